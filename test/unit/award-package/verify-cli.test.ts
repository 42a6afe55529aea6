import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/test-db.ts';
import { makeSource } from './fixture.ts';
import { build } from './helpers.ts';

// `lindung verify <paket.zip>` as the province's reviewer runs it: a real process, no data folder.
// Exit 0 and "OK" for the package as built; 1 naming the changed file; 1 for a file that is not a package.

const dir = tempDir('lindung-award-verify-cli-');
const zip = join(dir.path, 'paket.zip');
const verify = (file: string, ...extra: string[]) => {
  const run = spawnSync(process.execPath, ['bin/lindung.mjs', 'verify', file, ...extra], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, LINDUNG_DATA_DIR: join(dir.path, 'no-data-folder') } });
  if (run.error) throw run.error;
  return { code: run.status, out: run.stdout, err: run.stderr };
};

beforeAll(async () => {
  await build(await makeSource(dir.path), zip);
}, 120_000);
afterAll(() => dir.remove());

describe('lindung verify', () => {
  it('exits 0 on the package as built, 1 naming a changed file, 1 for a file that is not a package', () => {
    const ok = verify(zip);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('OK: paket utuh');
    expect(ok.out).toContain('Paritrana Award Provinsi Bali 2025, disetujui 14 Oktober 2025');

    const bytes = readFileSync(zip);
    const name = "Perbup 48_2023_ 'petunjuk' teknis_.pdf";
    const at = bytes.indexOf('%PDF', bytes.indexOf(name)) + 100;
    bytes[at] = bytes[at]! ^ 0x01;
    const spoiled = join(dir.path, 'spoiled.zip');
    writeFileSync(spoiled, bytes);
    const changed = verify(spoiled);
    expect(changed.code).toBe(1);
    expect(changed.err).toContain(`BERUBAH: dokumen/A Regulasi dan Kebijakan Daerah/1/${name}`);
    expect(changed.err).toContain('Paket TIDAK utuh: 1 berubah');

    const json = verify(spoiled, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, changed: [`dokumen/A Regulasi dan Kebijakan Daerah/1/${name}`] });

    const notPackage = join(dir.path, 'surat.pdf');
    writeFileSync(notPackage, '%PDF-1.7 bukan paket');
    const refused = verify(notPackage);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('MASALAH: Berkas ini bukan ZIP');
  }, 300_000);

  it('says its help in both languages from the catalogue', () => {
    const help = verify('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Berkas ZIP paket bukti / The evidence package ZIP');
    expect(help.out).toContain('Laporan sebagai JSON / The report as JSON');
  }, 120_000);
});
