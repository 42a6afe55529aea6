import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DownloadToken } from '../../../core/api/imports.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import type { PersonInput } from '../../../core/api/workers.ts';
import { rolePermissions } from '../../../core/accounts/roles.ts';
import type { Session } from '../../../core/accounts/session.ts';
import { badungApp } from '../employers/support.ts';
import { waitJob, type App } from '../imports-pipeline/support.ts';
import { seedAccount } from '../support/accounts.ts';

// Permission holes a walk of the accounts found (UU PDP: the registers hold NIKs):
// a read-only role, full NIKs in a bulk export only for a kepala bidang and up, and an import
// undone only by whoever made it or a kepala bidang and up.

const person: PersonInput = {
  nik: '5103064507900002',
  name: 'Ni Luh Putu Sukerti',
  kecamatanCode: '51.03.06',
  desaCode: '51.03.06.2006',
  periods: [{ segment: 'BPU', startDate: '2025-01-01', programmes: ['JKK', 'JKM'], funding: 'apbd_kabkota', source: 'Daftar desa 2025' }],
} as PersonInput;

async function officeWithPerson(): Promise<App> {
  const app = await badungApp();
  const saved = await app.call('workers.save', person);
  if (!saved.ok) throw new Error(saved.error.message);
  return app;
}

const exportsAudited = (app: App) => app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'export'").pluck().get() as number;

describe('the pemantau (read only) role', () => {
  it('reads the registers and may do nothing else with records', async () => {
    expect(rolePermissions.pemantau).toEqual(['app', 'records.read']);
    const app = await officeWithPerson();
    const viewer = app.sessionAs('pemantau');
    const read = await app.callIn(viewer, 'registers.list', { register: 'worker', startRow: 0, endRow: 10, filterModel: {}, sortModel: [] });
    expect(read.ok, JSON.stringify(!read.ok && read.error)).toBe(true);
    expect(read.ok && (read.data as { rows: unknown[] }).rows).toHaveLength(1);
    for (const [channel, input] of [
      ['workers.save', person],
      ['registers.export', { register: 'worker', format: 'csv', filterModel: {}, maskNik: true }],
      ['employers.demo', { count: 5 }],
      ['imports.undo', { batchUid: 'x', edited: 'keep' }],
    ] as const) {
      const refused = await app.callIn(viewer, channel, input);
      expect(!refused.ok && refused.error.code, channel).toBe('FORBIDDEN');
      expect(!refused.ok && refused.error.message, channel).toMatch(/pemantau \(hanya melihat\)/);
    }
  });

  it('is a role the administrator can give, and its account signs in with it', async () => {
    const app = await badungApp();
    const created = await app.call('accounts.create', { username: 'pemantau.satu', displayName: 'Pemantau Satu', role: 'pemantau', password: 'sandi-panjang-sekali' });
    expect(created.ok, JSON.stringify(!created.ok && created.error)).toBe(true);
    expect(app.sqlite.prepare("SELECT role FROM user_account WHERE username = 'pemantau.satu'").pluck().get()).toBe('pemantau');
    expect(() => app.sqlite.prepare("UPDATE user_account SET role = 'tamu' WHERE username = 'pemantau.satu'").run()).toThrow(/CHECK constraint failed: user_account_role_check/);
  });
});

describe('full NIKs in a bulk export', { timeout: 60_000 }, () => {
  const exportAs = async (app: App, session: Session, input: Record<string, unknown>) => app.callIn(session, 'registers.export', { register: 'worker', format: 'csv', filterModel: {}, ...input });
  const fileOf = async (app: App, started: { ok: true; data: unknown }) => {
    const job = await waitJob(app, started.data as JobState);
    expect(job.status).toBe('done');
    return readFileSync(app.runtime.files.outgoingFile((job.result as DownloadToken).token).path, 'utf8');
  };

  it('are refused to an operator unless masked, with a sentence saying why; a kepala bidang gets them', async () => {
    expect(rolePermissions.operator).not.toContain('records.exportFullNik');
    expect(rolePermissions.kepala_bidang).toContain('records.exportFullNik');
    expect(rolePermissions.administrator).toContain('records.exportFullNik');
    const app = await officeWithPerson();
    const operator = app.sessionAs('operator');
    const before = exportsAudited(app);

    for (const columns of [[], ['nik', 'name']]) {
      const refused = await exportAs(app, operator, { columns });
      expect(!refused.ok && refused.error.code, `columns ${columns.join()}`).toBe('FORBIDDEN');
      expect(!refused.ok && refused.error.message).toMatch(/NIK lengkap hanya untuk kepala bidang ke atas.*Samarkan NIK.*--mask-nik/);
      expect(!refused.ok && refused.error.messageEn).toMatch(/full NIKs are for a head of division and up/);
    }
    expect(exportsAudited(app)).toBe(before); // nothing exported, nothing to record

    const masked = await exportAs(app, operator, { columns: ['nik', 'name'], maskNik: true });
    expect(masked.ok, JSON.stringify(!masked.ok && masked.error)).toBe(true);
    const maskedFile = await fileOf(app, masked as { ok: true; data: unknown });
    expect(maskedFile).toContain('510306******0002');
    expect(maskedFile).not.toContain(person.nik);

    // Without a NIK column there is no NIK to mask.
    const namesOnly = await exportAs(app, operator, { columns: ['name'] });
    expect(namesOnly.ok, JSON.stringify(!namesOnly.ok && namesOnly.error)).toBe(true);
    await fileOf(app, namesOnly as { ok: true; data: unknown });

    const full = await exportAs(app, app.sessionAs('kepala_bidang'), { columns: ['nik', 'name'] });
    expect(full.ok, JSON.stringify(!full.ok && full.error)).toBe(true);
    expect(await fileOf(app, full as { ok: true; data: unknown })).toContain(person.nik);
    // Each export that ran has its audit row, the full one said so.
    expect(exportsAudited(app)).toBe(before + 3);
    expect(JSON.parse(app.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1").pluck().get() as string)).toMatchObject({ nik: 'shown' });
  });
});

describe('undoing an import', { timeout: 60_000 }, () => {
  const demo = async (app: App, session: Session) => {
    const started = await app.callIn(session, 'employers.demo', { count: 5 });
    if (!started.ok) throw new Error(started.error.message);
    const done = await waitJob(app, started.data);
    if (done.status !== 'done') throw new Error(done.error?.message ?? done.status);
    return (done.result as { batch: { uid: string } }).batch.uid;
  };
  const undoAs = async (app: App, session: Session, batchUid: string) => {
    const started = await app.callIn(session, 'imports.undo', { batchUid, edited: 'keep' });
    if (!started.ok) return started;
    return { ok: true as const, job: await waitJob(app, started.data) };
  };

  it("is refused to another operator, at the check and at the undo; its importer and a kepala bidang may", async () => {
    expect(rolePermissions.operator).not.toContain('imports.undoAny');
    expect(rolePermissions.kepala_bidang).toContain('imports.undoAny');
    const app = await badungApp();
    const made = app.sessionAs('operator');
    const other = seedAccount(app.sqlite, { uid: 'operator-lain', username: 'operator.lain', displayName: 'Operator Lain', role: 'operator' });

    const first = await demo(app, made);
    for (const channel of ['imports.undoCheck', 'imports.undo'] as const) {
      const refused = await app.callIn(other, channel, channel === 'imports.undo' ? { batchUid: first, edited: 'keep' } : { batchUid: first });
      expect(!refused.ok && refused.error.code, channel).toBe('FORBIDDEN');
      expect(!refused.ok && refused.error.message, channel).toMatch(/dibuat oleh Uji operator\. Hanya Uji operator sendiri atau kepala bidang ke atas/);
    }
    expect(app.count('employer')).toBe(5);
    const own = await undoAs(app, made, first);
    expect(own.ok && own.job.status, JSON.stringify(!own.ok && own.error)).toBe('done');
    expect(app.count('employer')).toBe(0);

    const second = await demo(app, made);
    const byHead = await undoAs(app, app.sessionAs('kepala_bidang'), second);
    expect(byHead.ok && byHead.job.status, JSON.stringify(!byHead.ok && byHead.error)).toBe('done');
    expect(app.count('employer')).toBe(0);
  });
});
