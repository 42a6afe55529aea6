import { stmt } from '../../db/statements.ts';
import type { OwnerAccount } from '../api/award.ts';
import type { ServiceContext } from '../context.ts';

// The accounts an evidence item can be given to: active ones only, by name. Only the uid and the
// display name leave core (no username, role or NIP: anyone who reads records may pick an owner).

export function ownerAccounts(ctx: ServiceContext): OwnerAccount[] {
  return stmt(ctx.sqlite, "SELECT uid, display_name AS displayName FROM user_account WHERE state = 'aktif' ORDER BY display_name COLLATE NOCASE, uid").all() as OwnerAccount[];
}
