import { writeAudited } from '../audit/write.ts';
import type { CoreContext } from '../context.ts';

/** The audit row of encryption turned on (written on the first open under the new key). */
export function recordEncryptionOn(ctx: CoreContext, details: { backupsEncrypted: number; wrappedBy: string[] }): void {
  writeAudited(ctx, ({ audit }) =>
    audit({ action: 'encrypt', entity: 'database', entityUid: null, label: 'lindung.db', before: { encrypted: false }, after: { encrypted: true, ...details } }),
  );
}
