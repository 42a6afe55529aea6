import { AppError } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';

// The audit log records who took personal data out of the app. A file the app wrote without
// being asked (a commit's error file) goes on record when the user takes it: the commit screen
// calls this before its download (renderer/src/api/client.ts), and the file store serves no file
// whose row is still pending. Files audited when made, or holding no one's data, pass untouched.

/** Writes an outgoing file's pending audit row, once; nothing for a file without one. */
export function releaseOutgoing(ctx: ServiceContext, token: string): null {
  const files = ctx.runtime.files;
  const pending = files.pendingAudit(token);
  if (!pending) return null;
  // Its maker's file: another account is told it is not here (the row names who took it).
  if (pending.actorId !== ctx.actor.id) throw new AppError('NOT_FOUND', msg('files.notFound'));
  writeAudited(ctx, ({ audit }) => audit(pending.entry));
  // After the row is in: a failure before leaves the file held, never out without its row.
  files.clearPendingAudit(token);
  return null;
}
