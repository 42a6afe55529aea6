import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { PackageBuilt, VerifyReport } from '../../../core/api/award.ts';
import type { DownloadToken } from '../../../core/api/imports.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import { setEncryptionOn } from '../../../core/encryption/state.ts';
import { tempDir } from '../support/test-db.ts';
import { textPdf } from '../support/pdf-samples.ts';
import { awardWorld, indicatorUid, itemTitled, narrative, ok, saveItem, stage, starterCycle, type App } from './support.ts';

// The package side through the router, as the screens call it: the package job of an approved
// cycle (refused before approval, audited after), two builds alike, its verification from an
// upload (plain, and sealed while encryption is on) catching a changed file, the one-page brief,
// and the self-assessment before approval.

afterEach(() => setEncryptionOn(false));

async function waitJob(app: App, job: JobState): Promise<JobState> {
  for (;;) {
    const state = ok(await app.call('jobs.get', { jobId: job.id }));
    if (state.status !== 'running') return state;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const bytesOf = async (app: App, token: string) => {
  const chunks: Buffer[] = [];
  for await (const c of app.runtime.files.openOutgoing(token)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};

async function approvedCycle() {
  const world = await awardWorld();
  const { app, snapshotUid, regulationUid } = world;
  const cycle = await starterCycle(app);
  await saveItem(app, { indicatorUid: indicatorUid(cycle, 'A.2'), kind: 'regulation', title: 'Perbup pekerja rentan', regulationUid, state: 'siap' });
  await saveItem(app, { indicatorUid: indicatorUid(cycle, 'C.1'), kind: 'coverage', title: 'Cakupan per segmen', coverage: { snapshotUid, dimension: 'segment' }, state: 'siap' });
  await saveItem(app, { indicatorUid: indicatorUid(cycle, 'G.1'), kind: 'narrative', title: 'Inovasi UCOK', narrative: narrative('Pekerja rentan dibiayai APBD.'), state: 'siap' });
  const withDoc = await saveItem(app, { indicatorUid: indicatorUid(cycle, 'H.1'), kind: 'document', title: 'Daftar hadir sosialisasi' });
  const docItem = itemTitled(withDoc, 'Daftar hadir sosialisasi').uid;
  ok(await app.call('documents.attach', { entity: 'award_evidence', entityUid: docItem, fileToken: await stage(app, 'daftar-hadir.pdf', await textPdf(['Daftar hadir sosialisasi.'])) }));
  // With its file the item is ready: approval refuses an item not started or in draft.
  await saveItem(app, { uid: docItem, indicatorUid: indicatorUid(cycle, 'H.1'), kind: 'document', title: 'Daftar hadir sosialisasi', state: 'siap' });
  return { world, cycle };
}

describe('the award package channels', () => {
  it('builds the package only from an approved cycle, audited, the same bytes twice, and verifies it', async () => {
    const { world, cycle } = await approvedCycle();
    const { app, snapshotUid } = world;
    const early = await app.call('award.package', { uid: cycle.uid });
    expect(!early.ok && early.error.message).toContain('belum disetujui');

    ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));
    const builds: Buffer[] = [];
    for (let i = 0; i < 2; i++) {
      const done = await waitJob(app, ok(await app.call('award.package', { uid: cycle.uid })));
      expect(done.status).toBe('done');
      const built = done.result as PackageBuilt;
      expect(built.fileName).toBe('Paket bukti Paritrana Award Provinsi Bali 2025.zip');
      builds.push(await bytesOf(app, built.token));
    }
    expect(builds[0]!.equals(builds[1]!)).toBe(true);
    const exports = app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'award_cycle' AND action = 'export'").pluck().get();
    expect(exports).toBe(2);

    const dir = tempDir('lindung-award-package-');
    try {
      const zip = join(dir.path, 'paket.zip');
      writeFileSync(zip, builds[0]!);
      expect(spawnSync('unzip', ['-t', zip], { encoding: 'utf8' }).stdout).toContain('No errors detected');
      const whole = ok(await app.call('award.verify', { fileToken: await stage(app, 'paket.zip', builds[0]!) })) as VerifyReport;
      expect(whole).toMatchObject({ ok: true, changed: [], missing: [], extra: [], problem: null });
      expect(whole.cycle?.edition).toBe('Paritrana Award Provinsi Bali 2025');
      // The very file this app built: its first build's audit row says when and by whom.
      const first = app.sqlite.prepare("SELECT at, actor_name AS by FROM audit_log WHERE entity = 'award_cycle' AND action = 'export' ORDER BY id LIMIT 1").get();
      expect(whole.builtHere).toEqual(first);

      // A file changed and the manifest written again to match: the manifest vouches for it, the
      // app's record of what it built does not.
      const entries = unzipSync(new Uint8Array(builds[0]!));
      const victim = Object.keys(entries).find((n) => n.startsWith('naratif/') || (n.endsWith('.pdf') && n !== '00-indeks.pdf'))!;
      entries[victim] = new Uint8Array([...entries[victim]!, ...Buffer.from('\n% ditambahkan\n')]);
      const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as { files: { path: string; sha256: string; size: number }[] };
      const listed = manifest.files.find((f) => f.path === victim)!;
      listed.sha256 = createHash('sha256').update(entries[victim]!).digest('hex');
      listed.size = entries[victim]!.length;
      entries['manifest.json'] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
      const rehashed = ok(await app.call('award.verify', { fileToken: await stage(app, 'paket-disusun-ulang.zip', Buffer.from(zipSync(entries))) })) as VerifyReport;
      expect(rehashed).toMatchObject({ ok: true, changed: [], builtHere: null });

      // One byte of the stored index changed (it is kept uncompressed): verify names the file.
      const damaged = Buffer.from(builds[0]!);
      const at = damaged.indexOf(Buffer.from('%PDF')) + 200;
      damaged[at] = damaged[at]! ^ 0xff;
      setEncryptionOn(true);
      const report = ok(await app.call('award.verify', { fileToken: await stage(app, 'paket-rusak.zip', damaged) })) as VerifyReport;
      expect(report.ok).toBe(false);
      expect(report.changed).toEqual(['00-indeks.pdf']);
    } finally {
      dir.remove();
    }
  });

  it('writes a one-page brief and a self-assessment before approval', async () => {
    const { world, cycle } = await approvedCycle();
    const { app } = world;
    ok(await app.call('award.selfAssessment.save', { indicatorUid: indicatorUid(cycle, 'A.2'), score: 4, note: 'Perbup ada' }));
    const brief = ok(await app.call('award.brief', { uid: cycle.uid })) as DownloadToken;
    expect(brief.fileName).toContain('(DRAF)');
    const dir = tempDir('lindung-award-brief-');
    try {
      const pdf = join(dir.path, 'brief.pdf');
      writeFileSync(pdf, await bytesOf(app, brief.token));
      expect(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout).toMatch(/Pages:\s+1\n/);
      expect(spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout).toContain('DRAF');

      const xlsx = ok(await app.call('award.selfAssessment.export', { cycleUid: cycle.uid, format: 'xlsx' })) as DownloadToken;
      const file = join(dir.path, 'penilaian.xlsx');
      writeFileSync(file, await bytesOf(app, xlsx.token));
      const csv = spawnSync('unzip', ['-p', file, 'xl/sharedStrings.xml'], { encoding: 'utf8' }).stdout;
      expect(csv).toContain('Perbup ada');
      const pdfToken = ok(await app.call('award.selfAssessment.export', { cycleUid: cycle.uid, format: 'pdf' })) as DownloadToken;
      const selfPdf = join(dir.path, 'penilaian.pdf');
      writeFileSync(selfPdf, await bytesOf(app, pdfToken.token));
      expect(spawnSync('pdftotext', [selfPdf, '-'], { encoding: 'utf8' }).stdout).toContain('Regulasi dan kebijakan');
      expect(readFileSync(selfPdf).subarray(0, 4).toString()).toBe('%PDF');
    } finally {
      dir.remove();
    }
  });
});
