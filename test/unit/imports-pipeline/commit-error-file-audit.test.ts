import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommitResult, DownloadToken } from '../../../core/api/imports.ts';
import { verifyAuditChain } from '../../../core/audit/chain.ts';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../support/test-db.ts';
import { commit, inspectAndDryRun, stage, type App } from './support.ts';

// The audit log says who took personal data out of the app. The error file a commit writes
// unasked goes on record when it is taken (files.release, as the screen's download calls it),
// not when it is written; the check's own download, asked for, is on record at once.

const exportRows = (app: App) =>
  app.sqlite.prepare("SELECT actor_id, actor_name, action, entity, entity_uid, entity_label, before, after FROM audit_log WHERE action = 'export' ORDER BY id").all() as Record<string, unknown>[];

/** A staged list of one good firm and two bad rows (a desa not in Badung, a duplicate NIB). */
async function stagedList(app: App) {
  const dir = tempDir();
  const file = join(dir.path, 'desa canggu.csv');
  writeFileSync(
    file,
    ['Nama Perusahaan;NIB;Kecamatan;Desa', 'UD Canggu Jaya;9120000000871;Kuta Utara;Canggu', 'CV Canggu Salah;9120000000872;Kuta Utara;Desa Tidak Ada', 'PT Canggu Dua;9120000000871;Kuta Utara;Canggu'].join('\n'),
  );
  const staged = await stage(app, file, 'desa canggu.csv');
  dir.remove();
  return staged;
}

async function committedWithErrors(app: App) {
  const { job, result } = await inspectAndDryRun(app, (await stagedList(app)).token);
  expect(result.summary.invalid).toBe(2);
  const done = await commit(app, job.id);
  expect(done.status).toBe('done');
  const { errorFile } = done.result as CommitResult;
  if (!errorFile) throw new Error('the commit named no error file');
  return { job, errorFile };
}

const release = (app: App, token: string) => app.call('files.release', { token });

describe('the audit row of an import\'s error file', { timeout: 120_000 }, () => {
  it('is not written by the commit; taking the file writes it once, as the check\'s download writes its own', async () => {
    const app = await badungApp();
    const { errorFile } = await committedWithErrors(app);
    expect(exportRows(app)).toEqual([]);
    // Not served before it is on record: no host hands it over unrecorded.
    expect(() => app.runtime.files.outgoingFile(errorFile.token)).toThrow();

    expect((await release(app, errorFile.token)).ok).toBe(true);
    expect(exportRows(app)).toEqual([
      {
        actor_id: app.ctx.actor.id,
        actor_name: app.ctx.actor.name,
        action: 'export',
        entity: 'employer',
        entity_uid: null,
        entity_label: 'desa canggu - kesalahan.xlsx',
        before: null,
        after: JSON.stringify({ list: 'importErrors', register: 'employer', fileName: 'desa canggu.csv', rows: 2 }),
      },
    ]);
    expect(app.runtime.files.outgoingFile(errorFile.token).name).toBe(errorFile.fileName);

    // Taken again (a second click): on record already, nothing more.
    expect((await release(app, errorFile.token)).ok).toBe(true);
    expect(exportRows(app)).toHaveLength(1);
    expect(verifyAuditChain(app.sqlite).ok).toBe(true); // chained like any other row
  });

  it('of the check\'s download is written at once, and the commit\'s file taken after it adds the same row', async () => {
    const app = await badungApp();
    const { job } = await inspectAndDryRun(app, (await stagedList(app)).token);
    const asked = await app.call('imports.errorFile', { jobId: job.id });
    if (!asked.ok) throw new Error(asked.error.message);
    expect(exportRows(app)).toHaveLength(1);
    // Served at once; the download's release finds nothing left to write.
    expect(app.runtime.files.outgoingFile(asked.data.token).bytes).toBeGreaterThan(0);
    expect((await release(app, asked.data.token)).ok).toBe(true);
    expect(exportRows(app)).toHaveLength(1);

    const done = await commit(app, job.id);
    const errorFile = (done.result as CommitResult).errorFile as DownloadToken;
    expect(exportRows(app)).toHaveLength(1); // not a second entry for a file no one took
    expect((await release(app, errorFile.token)).ok).toBe(true);
    const [first, second] = exportRows(app);
    expect(second).toEqual(first);
  });

  it('is written only for the account that made the file; other files pass untouched', async () => {
    const app = await badungApp();
    const { errorFile } = await committedWithErrors(app);
    const other = await app.callIn(app.sessionAs('operator'), 'files.release', { token: errorFile.token });
    expect(other.ok ? null : other.error.code).toBe('NOT_FOUND');
    expect(exportRows(app)).toEqual([]);
    expect((await release(app, errorFile.token)).ok).toBe(true);
    expect(exportRows(app)).toHaveLength(1);

    // A template holds no one's data and was never held: released as a no-op, served as before.
    const template = await app.call('imports.template', { register: 'employer' });
    if (!template.ok) throw new Error(template.error.message);
    const audited = app.count('audit_log');
    expect((await release(app, template.data.token)).ok).toBe(true);
    expect(app.count('audit_log')).toBe(audited);
    expect(app.runtime.files.outgoingFile(template.data.token).bytes).toBeGreaterThan(0);

    const unknown = await release(app, 'a'.repeat(32));
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
    const malformed = await release(app, '../kesalahan');
    expect(malformed.ok ? null : malformed.error.code).toBe('INVALID_INPUT');
  });

  it('goes with the file: a discarded error file leaves nothing to release', async () => {
    const app = await badungApp();
    const { errorFile } = await committedWithErrors(app);
    app.runtime.files.discardOutgoing(errorFile.token);
    const gone = await release(app, errorFile.token);
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
    expect(exportRows(app)).toEqual([]);
  });
});
