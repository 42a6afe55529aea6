import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newSession } from '../../../core/accounts/session.ts';
import { startCore } from '../../../core/host.ts';
import { tempDir } from '../support/test-db.ts';

// An office that used the app before accounts: its data comes through, nothing opens without a
// sign-in, and the first start asks for the administrator; the old rows keep their actor.
describe('upgrading to accounts', () => {
  it('asks a database of the previous version for its first administrator and keeps its records behind the sign-in', async () => {
    const dir = tempDir();
    copyFileSync(new URL('../../fixtures/db/v7.db', import.meta.url), join(dir.path, 'lindung.db'));
    const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
    try {
      const session = newSession();
      const status = await core.router.call('auth.status', {}, session);
      expect(status.ok && status.data).toMatchObject({ needsFirstAdmin: true, user: null, idleLockSeconds: 900 });
      const refused = await core.router.call('registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel: {} }, session);
      expect(!refused.ok && refused.error.code).toBe('UNAUTHENTICATED');
      const made = await core.router.call('auth.createFirstAdmin', { username: 'admin', displayName: 'Admin Dinas', password: 'sandi-pertama-kantor' }, session);
      expect(made.ok).toBe(true);
      const counts = await core.router.call('registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel: {} }, session);
      expect(counts.ok && (counts.data as { total: number }).total).toBeGreaterThan(0);
      const actors = core.database.sqlite.prepare('SELECT DISTINCT actor_name FROM audit_log').pluck().all();
      expect(actors).toEqual(expect.arrayContaining(['Fixture', 'Admin Dinas']));
    } finally {
      core.database.close();
    }
  });
});
