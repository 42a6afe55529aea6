import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../../core/api/accounts.ts';
import { channels, contract } from '../../../core/api/contract.ts';
import { rolePermissions } from '../../../core/accounts/roles.ts';
import { makeTestApp } from '../support/test-db.ts';

// Every channel of the contract, for every role and for no one signed in: allowed or refused
// as the role table says (core/accounts/roles.ts), never from a list written here.

const allowed = (role: Role | null, channel: (typeof channels)[number]) => {
  const needs = contract[channel].permission;
  return needs === 'public' || (role !== null && rolePermissions[role].includes(needs));
};

describe('permissions per channel', () => {
  it('refuses each channel to every role without its permission, with a coded message; lets the others through', async () => {
    const app = makeTestApp();
    for (const role of [null, ...roles] as const) {
      for (const channel of channels) {
        // A fresh session each call: a sign-in or sign-out channel must not change the next call's caller.
        const result = await app.callIn(app.sessionAs(role), channel, {});
        const refusal = !result.ok && ['FORBIDDEN', 'UNAUTHENTICATED'].includes(result.error.code) && !(channel.startsWith('auth.') && contract[channel].permission === 'public');
        if (allowed(role, channel)) {
          expect(refusal, `${role ?? 'no one'} → ${channel} ${JSON.stringify(!result.ok && result.error)}`).toBe(false);
        } else {
          expect(result.ok, `${role ?? 'no one'} → ${channel}`).toBe(false);
          if (result.ok) continue;
          expect(result.error.code, `${role ?? 'no one'} → ${channel}`).toBe(role === null ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          expect(result.error.message, channel).toMatch(role === null ? /Masuk dulu/ : /tidak diizinkan/);
          expect(result.error.messageEn, channel).toMatch(role === null ? /Sign in first/ : /may not/);
        }
      }
    }
  });

  it('keeps the channels of the administrator to the administrator, by name (a wrong permission on one would pass the table test above)', async () => {
    const administratorOnly = [
      'accounts.list', 'accounts.create', 'accounts.update', 'accounts.resetPassword', 'accounts.policy.save',
      'backups.list', 'backups.create', 'backups.settings.get', 'backups.settings.save', 'backups.restorePreview', 'backups.restore',
      'encryption.status', 'encryption.turnOn', 'settings.officeProfile.save', 'setup.complete',
    ] as const;
    const app = makeTestApp();
    for (const role of ['operator', 'kepala_bidang', 'kepala_dinas'] as const) {
      for (const channel of administratorOnly) {
        const result = await app.callIn(app.sessionAs(role), channel, {});
        expect(!result.ok && result.error.code, `${role} → ${channel}`).toBe('FORBIDDEN');
      }
    }
  });

  it('gives each role what the one below it has, and the administrator everything', () => {
    expect(rolePermissions.operator).toEqual(expect.arrayContaining(['app', 'records.read', 'records.write', 'records.import', 'records.export']));
    expect(rolePermissions.operator).not.toContain('records.approve');
    expect(rolePermissions.kepala_bidang).toEqual(expect.arrayContaining([...rolePermissions.operator, 'records.approve', 'reference.write']));
    expect(rolePermissions.kepala_bidang).not.toContain('award.approve');
    expect(rolePermissions.kepala_dinas).toEqual(expect.arrayContaining([...rolePermissions.kepala_bidang, 'award.approve']));
    for (const role of ['operator', 'kepala_bidang', 'kepala_dinas'] as const) {
      for (const p of ['accounts.manage', 'backups.manage', 'settings.write'] as const) expect(rolePermissions[role]).not.toContain(p);
    }
    expect(rolePermissions.administrator).toEqual(expect.arrayContaining(['accounts.manage', 'backups.manage', 'settings.write', 'award.approve', 'records.import']));
  });

  it('declares app info and the sign-in channels public, and the accounts channels for administrators', () => {
    for (const c of ['app.info', 'auth.status', 'auth.signIn', 'auth.createFirstAdmin'] as const) expect(contract[c].permission, c).toBe('public');
    for (const c of ['accounts.list', 'accounts.create', 'accounts.update', 'accounts.resetPassword'] as const) expect(contract[c].permission, c).toBe('accounts.manage');
  });

  it('refuses a deactivated account at once, and a role change counts on the next call', async () => {
    const app = makeTestApp();
    const operator = app.sessionAs('operator');
    expect((await app.callIn(operator, 'accounts.list', {})).ok).toBe(false);
    app.sqlite.prepare("UPDATE user_account SET role = 'administrator' WHERE uid = ?").run(operator.userUid);
    expect((await app.callIn(operator, 'accounts.list', {})).ok).toBe(true);
    app.sqlite.prepare("UPDATE user_account SET state = 'nonaktif' WHERE uid = ?").run(operator.userUid);
    const refused = await app.callIn(operator, 'registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel: {} });
    expect(!refused.ok && refused.error.code).toBe('UNAUTHENTICATED');
  });
});
