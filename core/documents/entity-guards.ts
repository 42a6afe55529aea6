import type { ServiceContext } from '../context.ts';

// What another domain says about writes to its records' documents: a record may refuse an
// attach or a removal (an approved award cycle's evidence is locked). The domain registers a
// guard for its entity name; the documents store asks it before it changes anything, without
// knowing the domain. A guard throws an AppError to refuse.

export type EntityGuard = (ctx: ServiceContext, entityUid: string, change: 'attach' | 'remove') => void;

// Several domains may guard one entity (a regulation's documents: the award's lock, and any rule
// of the regulations register itself): every guard registered for it is asked, in order.
const guards = new Map<string, EntityGuard[]>();

export function registerEntityGuard(entity: string, guard: EntityGuard): void {
  const list = guards.get(entity) ?? [];
  if (!list.includes(guard)) list.push(guard);
  guards.set(entity, list);
}

export function checkEntityGuard(ctx: ServiceContext, entity: string, entityUid: string, change: 'attach' | 'remove'): void {
  for (const guard of guards.get(entity) ?? []) guard(ctx, entityUid, change);
}
