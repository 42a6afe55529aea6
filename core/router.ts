import type { z } from 'zod';
import { anonymousActorName } from './api/audit.ts';
import { contract, isChannel, maxRequestBytes, type AppInfo, type Channel } from './api/contract.ts';
import type { ApiError, FieldIssue, Result } from './api/result.ts';
import { apiError, AppError } from './app-error.ts';
import type { Message } from './api/messages/message.ts';
import { msg } from './messages.ts';
import type { Actor, ServiceContext } from './context.ts';
import { activeUser } from './accounts/account-store.ts';
import { authorize } from './accounts/authorize.ts';
import type { Session } from './accounts/session.ts';
import { createHandlers, type Handler } from './handlers.ts';
import type { Db, Sqlite } from '../db/open.ts';
import type { Runtime } from './runtime.ts';

export interface RouterDeps {
  db: Db;
  sqlite: Sqlite;
  runtime: Runtime;
  info: () => AppInfo;
  now?: () => Date;
  /** Where unexpected errors go (stderr by default); never to the caller. */
  logError?: (channel: string, error: unknown) => void;
  /**
   * A read-only connection to the same database file. While a long import holds the write
   * connection's transaction, read-only calls use it and see the last committed data,
   * instead of waiting at the gate (other screens keep working during an import).
   */
  reader?: { db: Db; sqlite: Sqlite };
}

export interface Router {
  /** One call by whoever is signed in on `session` (the host keeps one per window, browser session or CLI run). */
  call(channel: unknown, input: unknown, session: Session): Promise<Result<unknown>>;
}

/** The actor of a call before anyone has signed in (the public channels write nothing under it). */
/** The actor of a public call's writes (a failed sign-in): whoever typed, not the account typed at. */
const nobody: Actor = { id: 'anonymous', name: anonymousActorName };

const fail = (code: ApiError['code'], said: Message, details?: unknown): Result<never> => ({ ok: false, error: apiError(code, said, details) });

const issuesOf = (error: z.ZodError): FieldIssue[] =>
  error.issues.slice(0, 50).map((i) => ({ path: i.path.map(String).join('.'), messageKey: i.message.startsWith('validation.') ? i.message : 'validation.invalid' }));

/** Serialised size of an input, for inputs that did not arrive as JSON text (IPC). */
function jsonSize(input: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(input ?? null));
  } catch {
    return Number.POSITIVE_INFINITY; // cycles, BigInt: not a valid input anyway
  }
}

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** True when any object key in the input could reach a prototype (JSON.parse keeps "__proto__" as an own key). */
function hasForbiddenKey(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 32) return depth > 32;
  for (const key of Object.keys(value)) {
    if (forbiddenKeys.has(key)) return true;
    if (hasForbiddenKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/** Validates, calls the service, and always returns a Result: nothing thrown crosses a host boundary. */
export function createRouter(deps: RouterDeps): Router {
  const handlers = createHandlers(deps.info);
  const now = deps.now ?? (() => new Date());
  const logError = deps.logError ?? ((channel, error) => console.error(`[lindung] ${channel} failed:`, error));

  return {
    async call(channel, input, session) {
      if (!isChannel(channel)) {
        return fail('UNKNOWN_CHANNEL', msg('errors.unknownChannel'), {
          channel: typeof channel === 'string' ? channel.slice(0, 100) : typeof channel,
        });
      }
      // Who is calling, read again now: a deactivated account or a changed role counts at once.
      let user;
      try {
        user = activeUser(deps.reader && deps.runtime.gate.held ? deps.reader.sqlite : deps.sqlite, session.userUid);
      } catch (error) {
        logError(channel, error);
        return fail('INTERNAL', msg('errors.internal'));
      }
      const refused = authorize(contract[channel], user, session);
      if (refused) return fail(refused.code, refused.said, refused.details);
      const actor: Actor = user ? { id: user.uid, name: user.displayName, role: user.role } : nobody;
      if (jsonSize(input) > maxRequestBytes) {
        return fail('INPUT_TOO_LARGE', msg('errors.inputTooLarge'), { limitBytes: maxRequestBytes });
      }
      if (hasForbiddenKey(input)) {
        return fail('INVALID_INPUT', msg('errors.forbiddenKey'));
      }
      const parsed = contract[channel].input.safeParse(input ?? {});
      if (!parsed.success) {
        return fail('INVALID_INPUT', msg('errors.invalidInput'), {
          issues: issuesOf(parsed.error),
        });
      }
      const { access } = contract[channel];
      const onReader = deps.reader !== undefined && access === 'read' && deps.runtime.gate.held;
      // The connections are taken when the call runs, not when it arrived: a restore that held
      // the gate meanwhile has replaced them.
      const context = (): ServiceContext => {
        const connection = onReader ? deps.reader! : deps;
        return { db: connection.db, sqlite: connection.sqlite, actor, now, runtime: deps.runtime, session };
      };
      try {
        const handler = handlers[channel] as Handler<Channel>;
        // Progress polls pass; reads go to the reader while a job holds the database;
        // everything else waits at the gate.
        const run = () => handler(context(), parsed.data as never);
        const data = access === 'control' || onReader ? await run() : await deps.runtime.gate.run(run);
        return { ok: true, data };
      } catch (error) {
        if (error instanceof AppError) return fail(error.code, error.said, error.details);
        logError(channel, error);
        return fail('INTERNAL', msg('errors.internal'));
      }
    },
  };
}
