import type { ChannelSpec } from '../api/channel.ts';
import type { ErrorCode } from '../api/result.ts';
import type { Message } from '../api/messages/message.ts';
import { msg } from '../messages.ts';
import { can } from './roles.ts';
import type { Session, SessionUser } from './session.ts';

// The router's one question before a call: may this caller use this channel?

export interface Refusal {
  code: Extract<ErrorCode, 'UNAUTHENTICATED' | 'FORBIDDEN'>;
  said: Message;
  details?: unknown;
}

/** Null when allowed; otherwise the coded refusal. `user` is the session's account read again now. */
export function authorize(spec: Pick<ChannelSpec, 'permission' | 'access'>, user: SessionUser | null, session: Session): Refusal | null {
  if (spec.permission === 'public') return null;
  if (!user) return { code: 'UNAUTHENTICATED', said: msg('auth.signInFirst') };
  // A locked screen lets job progress through (an import keeps running behind the lock).
  if (session.locked && spec.access !== 'control') return { code: 'UNAUTHENTICATED', said: msg('auth.screenLocked'), details: { locked: true } };
  if (user.mustChangePassword && spec.permission !== 'app') return { code: 'FORBIDDEN', said: msg('auth.mustChangePassword'), details: { mustChangePassword: true } };
  if (!can(user.role, spec.permission)) return { code: 'FORBIDDEN', said: msg('auth.forbidden', { role: msg(`roles.${user.role}`) }), details: { permission: spec.permission } };
  return null;
}
