import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { VerifyReport } from '../../../core/api/award.ts';
import { verifyPackage } from '../../../core/award/package/verify-package.ts';
import { setEncryptionOn } from '../../../core/encryption/state.ts';
import { render } from '../../../core/messages.ts';
import { ok, stage } from './support.ts';
import { filledForPackage, packageBytes } from './package-support.ts';

// Verifying a package says what is wrong in our words, never yauzl's English (an unsafe entry
// name is named as such; a damaged ZIP is said to be damaged); and a sealed upload is checked
// from memory: no plaintext copy of it is written to the jobs folder (here a path where nothing
// can be written, so any attempt would fail the check).

afterEach(() => setEncryptionOn(false));

describe('verifying a package', () => {
  it('says an unsafe entry name and a damaged ZIP in its own words', async () => {
    const evil = Buffer.from(zipSync({ 'manifest.json': strToU8('{}'), '../evil.txt': strToU8('x') }));
    const unsafe = await verifyPackage(evil);
    expect(unsafe.problem?.key).toBe('award.verify.unsafeEntryName');
    expect(render(unsafe.problem!)).toBe('ZIP berisi berkas dengan nama yang tidak aman ("../evil.txt": menunjuk ke luar paket atau memakai jalur mutlak). Paket ini tidak dapat dipercaya; jangan diekstrak, dan minta paket yang asli dari pengirimnya.');

    // The central directory's first header signature spoiled: the listing fails.
    const good = Buffer.from(zipSync({ 'manifest.json': strToU8('{}'), 'a.txt': strToU8('isi') }));
    const damaged = Buffer.from(good);
    const central = damaged.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    damaged[central + 2] = 0x09;
    const report = await verifyPackage(damaged);
    expect(report.problem?.key).toBe('award.verify.badZip');
    for (const r of [unsafe, report]) expect(render(r.problem!)).not.toMatch(/invalid|signature|relative path|0x/i);
  });

  it('checks a sealed upload from memory, writing nothing to the jobs folder', async () => {
    const { world, cycle } = await filledForPackage();
    const { app, snapshotUid } = world;
    ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));
    const bytes = await packageBytes(app, cycle.uid);
    setEncryptionOn(true);
    const token = await stage(app, 'paket.zip', bytes);
    // The jobs folder replaced by a file: a scratch copy written there could not be made.
    const blocked = join(app.runtime.dataDir, 'bukan-folder');
    writeFileSync(blocked, 'x');
    Object.defineProperty(app.runtime.files, 'jobs', { value: blocked });
    const report = ok(await app.call('award.verify', { fileToken: token })) as VerifyReport;
    expect(report).toMatchObject({ ok: true, changed: [], missing: [], extra: [], problem: null });
  });
});
