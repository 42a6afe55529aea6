import { describe, expect, it } from 'vitest';
import { newSession } from '../../../core/accounts/session.ts';
import { passwordLength, passwordProblem } from '../../../core/api/password-rule.ts';
import { makeTestApp } from '../support/test-db.ts';

// The password rule (walk: "        ", "12345678", "password" and "weak3weak3" for weak3 were
// accepted), and an administrator's own account, which they may not deactivate or demote.

describe('the password rule', () => {
  it('refuses short, blank, repeated, sequential and common passwords, saying which', () => {
    expect(passwordProblem(' '.repeat(12))).toBe('passwordBlank');
    expect(passwordProblem('12345678')).toBe('passwordShort');
    expect(passwordProblem('   abcd    ')).toBe('passwordShort'); // the spaces at its ends do not count
    expect(passwordProblem('x'.repeat(passwordLength.max + 1))).toBe('passwordLong');
    expect(passwordProblem('aaaaaaaaaaaa')).toBe('passwordRepeated');
    expect(passwordProblem('abcabcabcabc')).toBe('passwordRepeated');
    expect(passwordProblem('1234567890')).toBe('passwordSequence');
    expect(passwordProblem('9876543210')).toBe('passwordSequence');
    expect(passwordProblem('abcdefghijk')).toBe('passwordSequence');
    expect(passwordProblem('qwertyuiop')).toBe('passwordSequence');
    expect(passwordProblem('abcdefgh12')).toBe('passwordSequence');
    expect(passwordProblem('qwerty12345')).toBe('passwordSequence');
    for (const common of ['bismillah1', 'Indonesia2024', 'sayang12345', 'rahasia!!!', 'admin12345', 'Password123', '  bismillah  2026', 'katasandi99']) {
      expect(passwordProblem(common), common).toBe('passwordCommon');
    }
  });

  it('refuses the username or the display name inside the password', () => {
    expect(passwordProblem('weak3weak3', { username: 'weak3', displayName: 'Weak Three' })).toBe('passwordHasName');
    expect(passwordProblem('kopi-budi.santoso-7', { username: 'budi.santoso', displayName: 'B. Santoso' })).toBe('passwordHasName');
    expect(passwordProblem('SantosoPagiHari', { username: 'bs01', displayName: 'Budi Santoso' })).toBe('passwordHasName');
    expect(passwordProblem('kopi-pagi-sawah', { username: 'budi', displayName: 'Budi Santoso' })).toBeNull();
  });

  it('keeps the passwords the tests and fixtures use valid', () => {
    expect(passwordProblem('kata-sandi-uji-e2e', { username: 'admin', displayName: 'Admin Dinas' })).toBeNull();
    expect(passwordProblem('sandi-uji-rahasia', { username: 'admin', displayName: 'Petugas Uji' })).toBeNull();
  });
});

function freshApp() {
  const app = makeTestApp({ now: () => new Date('2026-03-02T08:00:00Z') });
  app.sqlite.prepare('DELETE FROM user_account').run();
  return app;
}

const issuesOf = (r: { ok: boolean; error?: { details?: unknown } }) => (r as { error: { details: { issues: unknown[] } } }).error.details.issues;

describe('the rule at every door', () => {
  it('the first administrator, a new account, an own change and a reset each refuse a weak password on its field', async () => {
    const app = freshApp();
    const s = newSession();
    const blank = await app.callIn(s, 'auth.createFirstAdmin', { username: 'admin', displayName: 'Admin Dinas', password: '        ' });
    expect(!blank.ok && blank.error.code).toBe('INVALID_INPUT');
    expect(issuesOf(blank)).toEqual([{ path: 'password', messageKey: 'validation.passwordBlank' }]);
    const named = await app.callIn(s, 'auth.createFirstAdmin', { username: 'admin', displayName: 'Admin Dinas', password: 'admin-kantor-2026' });
    expect(issuesOf(named)).toEqual([{ path: 'password', messageKey: 'validation.passwordHasName' }]);
    expect(!named.ok && named.error.message).toMatch(/nama pengguna/);
    const made = await app.callIn(s, 'auth.createFirstAdmin', { username: 'admin', displayName: 'Admin Dinas', password: 'kata-sandi-uji-e2e' });
    expect(made.ok).toBe(true);

    const common = await app.callIn(s, 'accounts.create', { username: 'weak3', displayName: 'Weak Three', role: 'operator', password: 'password' });
    expect(issuesOf(common)).toEqual([{ path: 'password', messageKey: 'validation.passwordShort' }]);
    const digits = await app.callIn(s, 'accounts.create', { username: 'weak3', displayName: 'Weak Three', role: 'operator', password: '1234567890' });
    expect(issuesOf(digits)).toEqual([{ path: 'password', messageKey: 'validation.passwordSequence' }]);
    const own = await app.callIn(s, 'accounts.create', { username: 'weak3', displayName: 'Weak Three', role: 'operator', password: 'weak3weak3' });
    expect(issuesOf(own)).toEqual([{ path: 'password', messageKey: 'validation.passwordHasName' }]);
    const tooLong = await app.callIn(s, 'accounts.create', { username: 'weak3', displayName: 'Weak Three', role: 'operator', password: 'k'.repeat(150) + '-sandi-'.repeat(10) });
    expect(issuesOf(tooLong)).toEqual([{ path: 'password', messageKey: 'validation.passwordLong' }]);
    const created = await app.callIn(s, 'accounts.create', { username: 'weak3', displayName: 'Weak Three', role: 'operator', password: 'sandi-awal-pertama' });
    if (!created.ok) throw new Error(created.error.message);

    const reset = await app.callIn(s, 'accounts.resetPassword', { uid: created.data.uid, password: 'Weak3-baru-2026' });
    expect(issuesOf(reset)).toEqual([{ path: 'password', messageKey: 'validation.passwordHasName' }]);
    const resetCommon = await app.callIn(s, 'accounts.resetPassword', { uid: created.data.uid, password: 'bismillah123' });
    expect(issuesOf(resetCommon)).toEqual([{ path: 'password', messageKey: 'validation.passwordCommon' }]);

    const u = newSession();
    expect((await app.callIn(u, 'auth.signIn', { username: 'weak3', password: 'sandi-awal-pertama' })).ok).toBe(true);
    const change = await app.callIn(u, 'auth.changePassword', { oldPassword: 'sandi-awal-pertama', newPassword: 'weak3weak3' });
    expect(issuesOf(change)).toEqual([{ path: 'newPassword', messageKey: 'validation.passwordHasName' }]);
    const changeCommon = await app.callIn(u, 'auth.changePassword', { oldPassword: 'sandi-awal-pertama', newPassword: 'qwerty123456' });
    expect(issuesOf(changeCommon)).toEqual([{ path: 'newPassword', messageKey: 'validation.passwordSequence' }]);
    expect((await app.callIn(u, 'auth.changePassword', { oldPassword: 'sandi-awal-pertama', newPassword: 'kopi-pagi-sawah' })).ok).toBe(true);
  });
});

describe("an administrator's own account", () => {
  it('cannot be deactivated or demoted by its owner; another administrator may', async () => {
    const app = freshApp();
    const s = newSession();
    const first = await app.callIn(s, 'auth.createFirstAdmin', { username: 'admin', displayName: 'Admin Dinas', password: 'kata-sandi-uji-e2e' });
    if (!first.ok || !first.data.user) throw new Error('no admin');
    const me = first.data.user.uid;
    const second = await app.callIn(s, 'accounts.create', { username: 'kedua', displayName: 'Admin Kedua', role: 'administrator', password: 'sandi-awal-pertama' });
    if (!second.ok) throw new Error(second.error.message);

    const off = await app.callIn(s, 'accounts.update', { uid: me, displayName: 'Admin Dinas', role: 'administrator', state: 'nonaktif' });
    expect(!off.ok && off.error.code).toBe('CONFLICT');
    expect(!off.ok && off.error.said?.key).toBe('auth.selfDeactivate');
    expect(!off.ok && off.error.message).toMatch(/administrator lain/);
    const demoted = await app.callIn(s, 'accounts.update', { uid: me, displayName: 'Admin Dinas', role: 'operator', state: 'aktif' });
    expect(!demoted.ok && demoted.error.said?.key).toBe('auth.selfDeactivate');
    // Their own name may change.
    expect((await app.callIn(s, 'accounts.update', { uid: me, displayName: 'Admin Dinas Kota', role: 'administrator', state: 'aktif' })).ok).toBe(true);
    expect((await app.callIn(s, 'auth.signIn', { username: 'admin', password: 'kata-sandi-uji-e2e' })).ok).toBe(true);

    const other = newSession();
    await app.callIn(other, 'auth.signIn', { username: 'kedua', password: 'sandi-awal-pertama' });
    await app.callIn(other, 'auth.changePassword', { oldPassword: 'sandi-awal-pertama', newPassword: 'kopi-pagi-sawah' });
    const byOther = await app.callIn(other, 'accounts.update', { uid: me, displayName: 'Admin Dinas Kota', role: 'administrator', state: 'nonaktif' });
    expect(byOther.ok).toBe(true);
  });
});
