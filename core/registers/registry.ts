import { AppError } from '../app-error.ts';
import { setAuditFieldLabels } from '../audit/audit-words.ts';
import { addMessages, msg } from '../messages.ts';
import type { GridSpec } from '../grid/grid-spec.ts';
import type { RegisterDefinition } from './register-definition.ts';

// The registers a host serves, by key. Built once from a list (core/registers/index.ts for the
// app; a test may add its own): every shared floor finds a register here.

export interface Registry {
  get(key: string): RegisterDefinition;
  /** The register's grid whitelist (columns by id). */
  gridSpec(key: string): GridSpec;
  keys(): string[];
}

export function createRegistry(definitions: readonly RegisterDefinition[]): Registry {
  const byKey = new Map<string, { definition: RegisterDefinition; grid: GridSpec }>();
  for (const definition of definitions) {
    if (byKey.has(definition.key)) throw new Error(`register ${definition.key} declared twice`);
    if (definition.words) addMessages(definition.words);
    const columns = Object.fromEntries(definition.columns.map((c) => [c.id, c]));
    const hidden = new Set(definition.history?.hidden ?? []);
    setAuditFieldLabels(definition.entity, (f) => (hidden.has(f) ? null : (columns[f]?.label ?? definition.history?.fields[f]?.label)));
    for (const by of definition.countBy) if (!columns[by]) throw new Error(`register ${definition.key} counts by an unknown column ${by}`);
    byKey.set(definition.key, { definition, grid: { ...definition.grid, columns } });
  }
  const entry = (key: string) => {
    const found = byKey.get(key);
    if (!found) throw new AppError('NOT_FOUND', msg('errors.notFound', { what: msg('registers.unknown', { key }) }), { register: key });
    return found;
  };
  return {
    get: (key) => entry(key).definition,
    gridSpec: (key) => entry(key).grid,
    keys: () => [...byKey.keys()],
  };
}
