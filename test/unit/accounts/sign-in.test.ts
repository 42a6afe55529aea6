import { describe, expect, it } from 'vitest';
import { newSession } from '../../../core/accounts/session.ts';
import { hashPassword, verifyPassword } from '../../../core/accounts/password.ts';
import { makeTestApp } from '../support/test-db.ts';

// Signing in on a database with no account yet: the first administrator, then accounts the
// administrator makes. A fake clock moves time past a lockout; nothing measures durations.

function freshApp() {
  let now = new Date('2026-03-02T08:00:00Z');
  const app = makeTestApp({ now: () => now });
  app.sqlite.prepare('DELETE FROM user_account').run(); // the test administrator goes: a first start
  return { app, advance: (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000)) };
}

const admin = { username: 'Admin.Dinas', displayName: 'Ni Luh Admin', password: 'kata-sandi-utama' };

async function setUp() {
  const { app, advance } = freshApp();
  const adminSession = newSession();
  const first = await app.callIn(adminSession, 'auth.createFirstAdmin', admin);
  if (!first.ok) throw new Error(first.error.message);
  const created = await app.callIn(adminSession, 'accounts.create', { username: 'budi', displayName: 'Budi Santoso', role: 'operator', password: 'sandi-awal-pertama' });
  if (!created.ok) throw new Error(created.error.message);
  return { app, advance, adminSession, budi: created.data };
}

describe('passwords', () => {
  it('hashes with argon2id, salted, and verifies only the right password', async () => {
    const a = await hashPassword('rahasia-sekali');
    const b = await hashPassword('rahasia-sekali');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'rahasia-sekali')).toBe(true);
    expect(await verifyPassword(a, 'rahasia-sekal')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});

describe('sign-in', () => {
  it('asks for the first administrator once, signs them in, and records the audit row as them', async () => {
    const { app } = freshApp();
    const session = newSession();
    const before = await app.callIn(session, 'auth.status', {});
    expect(before.ok && before.data).toMatchObject({ needsFirstAdmin: true, user: null, permissions: [] });
    const made = await app.callIn(session, 'auth.createFirstAdmin', admin);
    expect(made.ok && made.data.user).toMatchObject({ username: 'Admin.Dinas', role: 'administrator' });
    expect(made.ok && made.data.permissions).toContain('accounts.manage');
    const again = await app.callIn(newSession(), 'auth.createFirstAdmin', { ...admin, username: 'kedua' });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    const row = app.sqlite.prepare("SELECT actor_id, actor_name, after FROM audit_log WHERE entity = 'user_account'").get() as { actor_id: string; actor_name: string; after: string };
    expect(row.actor_name).toBe('Ni Luh Admin');
    expect(row.actor_id).toBe(session.userUid);
    expect(row.after).not.toMatch(/argon2|passwordHash|kata-sandi-utama/);
  });

  it('signs in with the username in any case, refuses a wrong password or unknown user alike', async () => {
    const { app } = await setUp();
    const s = newSession();
    const wrong = await app.callIn(s, 'auth.signIn', { username: 'admin.dinas', password: 'salah-sandi' });
    const unknown = await app.callIn(s, 'auth.signIn', { username: 'siapa', password: 'salah-sandi' });
    expect(!wrong.ok && wrong.error.code).toBe('UNAUTHENTICATED');
    expect(!wrong.ok && !unknown.ok && wrong.error.message === unknown.error.message).toBe(true);
    expect(s.userUid).toBeNull();
    const ok = await app.callIn(s, 'auth.signIn', { username: 'ADMIN.DINAS', password: admin.password });
    expect(ok.ok && ok.data.user?.displayName).toBe('Ni Luh Admin');
    await app.callIn(s, 'auth.signOut', {});
    const after = await app.callIn(s, 'registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel: {} });
    expect(!after.ok && after.error.code).toBe('UNAUTHENTICATED');
  });

  it('locks an account after five wrong passwords, says how many minutes to wait, and longer the next time', async () => {
    const { app, advance } = await setUp();
    const s = newSession();
    for (let i = 1; i <= 4; i++) {
      const r = await app.callIn(s, 'auth.signIn', { username: 'budi', password: `salah-${i}-xxx` });
      expect(!r.ok && r.error.said?.key).toBe('auth.wrongCredentials');
    }
    const fifth = await app.callIn(s, 'auth.signIn', { username: 'budi', password: 'salah-5-xxx' });
    expect(!fifth.ok && fifth.error.said).toEqual({ key: 'auth.lockedOut', params: { minutes: 5 } });
    expect(!fifth.ok && fifth.error.message).toMatch(/coba lagi dalam 5 menit/);
    // The right password does not open a locked account.
    const during = await app.callIn(s, 'auth.signIn', { username: 'budi', password: 'sandi-awal-pertama' });
    expect(!during.ok && during.error.said).toEqual({ key: 'auth.lockedOut', params: { minutes: 5 } });
    advance(3);
    const later = await app.callIn(s, 'auth.signIn', { username: 'budi', password: 'sandi-awal-pertama' });
    expect(!later.ok && later.error.said).toEqual({ key: 'auth.lockedOut', params: { minutes: 2 } });
    advance(3);
    for (let i = 1; i <= 5; i++) await app.callIn(s, 'auth.signIn', { username: 'budi', password: `lagi-salah-${i}` });
    const second = await app.callIn(s, 'auth.signIn', { username: 'budi', password: 'sandi-awal-pertama' });
    expect(!second.ok && second.error.said).toEqual({ key: 'auth.lockedOut', params: { minutes: 10 } });
    advance(11);
    const open = await app.callIn(s, 'auth.signIn', { username: 'budi', password: 'sandi-awal-pertama' });
    expect(open.ok && open.data.user?.mustChangePassword).toBe(true);
    const actions = (app.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'user_account' AND entity_uid = ? ORDER BY id").all(s.userUid) as { action: string }[]).map((r) => r.action);
    expect(actions.filter((a) => a === 'lockout')).toHaveLength(2);
    expect(actions.at(-1)).toBe('sign_in');
    // A name no account has answers the same way (walk 29: only a real account ever said "locked"), and 5 minutes later lets the next try through.
    for (let i = 1; i <= 4; i++) {
      const r = await app.callIn(s, 'auth.signIn', { username: 'Budi.Tidak.Ada', password: `salah-${i}-xxx` });
      expect(!r.ok && r.error.said?.key).toBe('auth.wrongCredentials');
    }
    const fifthUnknown = await app.callIn(s, 'auth.signIn', { username: 'budi.tidak.ada', password: 'salah-5-xxx' });
    expect(!fifthUnknown.ok && fifthUnknown.error.said).toEqual({ key: 'auth.lockedOut', params: { minutes: 5 } });
    advance(6);
    const afterWait = await app.callIn(s, 'auth.signIn', { username: 'budi.tidak.ada', password: 'salah-6-xxx' });
    expect(!afterWait.ok && afterWait.error.said?.key).toBe('auth.wrongCredentials');
    // The wrong passwords are written by whoever typed them (no one signed in), not in budi's name.
    const typedBy = app.sqlite.prepare("SELECT DISTINCT actor_id FROM audit_log WHERE action IN ('sign_in_failed', 'lockout')").pluck().all();
    expect(typedBy).toEqual(['anonymous']);
  });

  it('answers six wrong tries for a name no account has exactly as six for an account (walk 35 item 12)', async () => {
    const { app } = await setUp();
    const tries = async (username: string) => {
      const answers: unknown[] = [];
      for (let i = 1; i <= 6; i++) {
        const r = await app.callIn(newSession(), 'auth.signIn', { username, password: `salah-${i}-xxx` });
        answers.push(r.ok ? 'signed in' : { code: r.error.code, message: r.error.message, said: r.error.said, details: r.error.details });
      }
      return answers;
    };
    const known = await tries('budi');
    const unknown = await tries('bukan.akun');
    expect(unknown).toEqual(known);
    expect(known.slice(4).map((a) => (a as { said: { key: string } }).said.key)).toEqual(['auth.lockedOut', 'auth.lockedOut']);
  });

  it('makes a user with a reset password change it before anything else, with the old one', async () => {
    const { app, adminSession, budi } = await setUp();
    const s = newSession();
    await app.callIn(s, 'auth.signIn', { username: 'budi', password: 'sandi-awal-pertama' });
    const blocked = await app.callIn(s, 'registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel: {} });
    expect(!blocked.ok && blocked.error.said?.key).toBe('auth.mustChangePassword');
    const badOld = await app.callIn(s, 'auth.changePassword', { oldPassword: 'bukan-yang-lama', newPassword: 'sandi-baru-kedua' });
    expect(!badOld.ok && badOld.error.code).toBe('INVALID_INPUT');
    const short = await app.callIn(s, 'auth.changePassword', { oldPassword: 'sandi-awal-pertama', newPassword: 'pendek' });
    expect(!short.ok && short.error.code).toBe('INVALID_INPUT');
    const changed = await app.callIn(s, 'auth.changePassword', { oldPassword: 'sandi-awal-pertama', newPassword: 'sandi-baru-kedua' });
    expect(changed.ok && changed.data.user?.mustChangePassword).toBe(false);
    expect((await app.callIn(s, 'registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel: {} })).ok).toBe(true);

    // The administrator resets it: audited as the administrator, the user must change it again.
    const reset = await app.callIn(adminSession, 'accounts.resetPassword', { uid: budi.uid, password: 'sandi-dari-admin' });
    expect(reset.ok && reset.data.mustChangePassword).toBe(true);
    const row = app.sqlite.prepare("SELECT actor_name, before, after FROM audit_log WHERE action = 'password_reset'").get() as { actor_name: string; before: string; after: string };
    expect(row.actor_name).toBe('Ni Luh Admin');
    expect(row.before + row.after).not.toMatch(/argon2|sandi-dari-admin|passwordHash/);
    const old = await app.callIn(newSession(), 'auth.signIn', { username: 'budi', password: 'sandi-baru-kedua' });
    expect(old.ok).toBe(false);
    expect((await app.callIn(newSession(), 'auth.signIn', { username: 'budi', password: 'sandi-dari-admin' })).ok).toBe(true);
  });

  it('records every write as the signed-in user, and keeps the last administrator', async () => {
    const { app, adminSession, budi } = await setUp();
    const s = newSession();
    await app.callIn(s, 'auth.signIn', { username: 'budi', password: 'sandi-awal-pertama' });
    await app.callIn(s, 'auth.changePassword', { oldPassword: 'sandi-awal-pertama', newPassword: 'sandi-baru-kedua' });
    const saved = await app.callIn(s, 'settings.ui.set', { key: 'grid.columns', value: '[]' });
    expect(saved.ok).toBe(true);
    const row = app.sqlite.prepare("SELECT actor_id, actor_name FROM audit_log WHERE entity = 'user_setting'").get() as { actor_id: string; actor_name: string };
    expect(row).toEqual({ actor_id: budi.uid, actor_name: 'Budi Santoso' });

    const me = (await app.callIn(adminSession, 'auth.status', {})) as { ok: true; data: { user: { uid: string } } };
    const demote = await app.callIn(adminSession, 'accounts.update', { uid: me.data.user.uid, displayName: 'Ni Luh Admin', role: 'operator', state: 'aktif' });
    expect(!demote.ok && demote.error.said?.key).toBe('auth.lastAdmin');
    // The app's own name in the change log cannot be a person's: written so, any case, it is refused at the field.
    const posing = await app.callIn(adminSession, 'accounts.update', { uid: budi.uid, displayName: ' LINDUNG (Sistem) ', role: 'operator', state: 'aktif' });
    const issues = !posing.ok ? (posing.error.details as { issues: { path: string; messageKey: string }[] }).issues : [];
    expect(issues).toEqual([{ path: 'displayName', messageKey: 'validation.reservedName' }]);
    const off = await app.callIn(adminSession, 'accounts.update', { uid: budi.uid, displayName: 'Budi Santoso', role: 'operator', state: 'nonaktif' });
    expect(off.ok).toBe(true);
    expect((await app.callIn(s, 'auth.status', {})).ok && (await app.callIn(s, 'registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel: {} })).ok).toBe(false);
    const refused = await app.callIn(newSession(), 'auth.signIn', { username: 'budi', password: 'sandi-baru-kedua' });
    expect(!refused.ok && refused.error.said?.key).toBe('auth.inactive');
    // A wrong password answers as for any name: a stranger cannot tell the account exists (walk 35).
    const guessed = await app.callIn(newSession(), 'auth.signIn', { username: 'budi', password: 'tebakan-salah-1' });
    const unknown = await app.callIn(newSession(), 'auth.signIn', { username: 'tidak.ada', password: 'tebakan-salah-1' });
    expect(!guessed.ok && guessed.error.said?.key).toBe(!unknown.ok && unknown.error.said?.key);
  });

  it('locks the screen: calls are refused until the password is given again, job progress still answers', async () => {
    const { app, adminSession } = await setUp();
    await app.callIn(adminSession, 'auth.lock', {});
    const status = await app.callIn(adminSession, 'auth.status', {});
    expect(status.ok && status.data.locked).toBe(true);
    const refused = await app.callIn(adminSession, 'accounts.list', {});
    expect(!refused.ok && refused.error.said?.key).toBe('auth.screenLocked');
    const progress = await app.callIn(adminSession, 'jobs.get', { jobId: 'none' });
    expect(!progress.ok && progress.error.code).not.toBe('UNAUTHENTICATED');
    expect((await app.callIn(adminSession, 'auth.unlock', { password: 'salah-salah' })).ok).toBe(false);
    const open = await app.callIn(adminSession, 'auth.unlock', { password: admin.password });
    expect(open.ok && open.data.locked).toBe(false);
    expect((await app.callIn(adminSession, 'accounts.list', {})).ok).toBe(true);
    // The idle time is the office's setting, kept by the administrator.
    const set = await app.callIn(adminSession, 'accounts.policy.save', { idleLockSeconds: 120 });
    expect(set.ok).toBe(true);
    const now = await app.callIn(adminSession, 'auth.status', {});
    expect(now.ok && now.data.idleLockSeconds).toBe(120);
  });
});
