import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { newSession, type Session } from '../../core/accounts/session.ts';

// `lindung serve`'s sign-ins: one per browser, named by a random id in an HttpOnly,
// SameSite=Strict cookie named for the server's port (cookies ignore ports: another server on
// 127.0.0.1 gets it, but no data without the per-run token). The token stays the first gate;
// this says who signed in.

const maxSessions = 200; // the oldest goes first: a loop of new browsers cannot grow memory

export function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

export class ServeSessions {
  readonly #sessions = new Map<string, Session>();
  readonly #cookie: () => string;

  constructor(cookieName: () => string) {
    this.#cookie = cookieName;
  }

  /** The request's session, or a new one with the cookie that names it (to send back). */
  of(req: IncomingMessage): { session: Session; setCookie?: string } {
    const id = cookieValue(req, this.#cookie());
    const found = id ? this.#sessions.get(id) : undefined;
    if (found) return { session: found };
    return this.open();
  }

  /** A fresh session (at the token exchange: a new sign-in for each opened address). */
  open(): { session: Session; setCookie: string } {
    const id = randomBytes(32).toString('base64url');
    const session = newSession();
    this.#sessions.set(id, session);
    if (this.#sessions.size > maxSessions) this.#sessions.delete(this.#sessions.keys().next().value!);
    return { session, setCookie: `${this.#cookie()}=${id}; HttpOnly; SameSite=Strict; Path=/` };
  }
}
