import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackageSource } from '../../../core/award/package/package-source.ts';
import { verifyPackage } from '../../../core/award/package/verify-package.ts';
import { render } from '../../../core/messages.ts';
import { tempDir } from '../support/test-db.ts';
import { makeSource } from './fixture.ts';
import { build, entriesOf } from './helpers.ts';

// verifyPackage on a real package, then on copies changed the ways a package gets spoiled or
// forged: one byte flipped in place, a file changed and re-zipped (CRC valid), a file removed, a
// file added; and on files that are not packages at all, or are hostile (a manifest pointing
// outside, a zip bomb). Each says what it found, in Indonesian.

const dir = tempDir('lindung-award-verify-');
let source: PackageSource;
const zip = join(dir.path, 'paket.zip');
const entries = () => entriesOf(zip);
/** A ZIP of the given entries (as a forger would make one), written next to the package. */
const rezip = (name: string, files: Record<string, Uint8Array>) => {
  const out = join(dir.path, name);
  const z: Zippable = {};
  for (const [k, v] of Object.entries(files)) z[k] = v;
  writeFileSync(out, zipSync(z));
  return out;
};

beforeAll(async () => {
  source = await makeSource(dir.path);
  await build(source, zip);
}, 120_000);
afterAll(() => dir.remove());

describe('verifyPackage', () => {
  it('finds the package whole, with its cycle, approval and frozen month', async () => {
    const report = await verifyPackage(zip);
    expect(report).toMatchObject({ ok: true, problem: null, changed: [], missing: [], extra: [], cycle: { edition: source.cycle.edition, approvedAt: source.approval.approvedAt, snapshotMonth: '2025-08' } });
    expect(report.files).toBe(Object.keys(entries()).length - 1);
  });

  it('catches one byte changed in place inside a stored document', async () => {
    const bytes = readFileSync(zip);
    const name = 'Perda Jembrana 5-2023 Perlindungan Pekerja Rentan.pdf';
    // The stored PDF's bytes sit in the ZIP as they are: find its "%PDF" after its local header.
    const at = bytes.indexOf('%PDF', bytes.indexOf(name));
    bytes[at + 200] = bytes[at + 200]! ^ 0x01;
    const spoiled = join(dir.path, 'one-byte.zip');
    writeFileSync(spoiled, bytes);
    const report = await verifyPackage(spoiled);
    expect(report.ok).toBe(false);
    expect(report.changed).toEqual([`dokumen/A Regulasi dan Kebijakan Daerah/1/${name}`]);
    expect(report.missing).toEqual([]);
    expect(report.extra).toEqual([]);
  });

  it('names a file changed (re-zipped with a valid CRC), a missing one and an extra one', async () => {
    const files = entries();
    const annex = 'lampiran/Program pekerja rentan.xlsx';
    const narrative = 'naratif/C.1 Desa Terlindungi.pdf';
    files[annex] = new Uint8Array([...files[annex]!, 0]);
    delete files[narrative];
    files['dokumen/catatan-tambahan.txt'] = strToU8('disisipkan kemudian');
    const report = await verifyPackage(rezip('forged.zip', files));
    expect(report).toMatchObject({ ok: false, problem: null, changed: [annex], missing: [narrative], extra: ['dokumen/catatan-tambahan.txt'] });
  });

  it('says plainly when the file is not a ZIP, has no manifest, or a manifest that is not one', async () => {
    const notZip = join(dir.path, 'not-a-zip.zip');
    writeFileSync(notZip, 'ini bukan zip');
    expect(await verifyPackage(notZip)).toMatchObject({ ok: false, problem: expect.objectContaining({ key: 'award.verify.notZip' }), cycle: null });
    expect(render((await verifyPackage(join(dir.path, 'nowhere.zip'))).problem!)).toContain('tidak ditemukan');

    const files = entries();
    const withoutManifest = { ...files };
    delete withoutManifest['manifest.json'];
    expect(render((await verifyPackage(rezip('no-manifest.zip', withoutManifest))).problem!)).toContain('manifest.json tidak ada');
    expect(render((await verifyPackage(rezip('bad-json.zip', { ...files, 'manifest.json': strToU8('{ bukan json') }))).problem!)).toContain('bukan JSON');
    expect(render((await verifyPackage(rezip('bad-shape.zip', { ...files, 'manifest.json': strToU8('{"schemaVersion": 1, "files": "semua"}') }))).problem!)).toContain('tidak sesuai susunan');
  });

  it('refuses a manifest that points outside the package, and never inflates what the manifest does not vouch for', async () => {
    const files = entries();
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    manifest.files[1].path = '../../etc/passwd';
    expect(render((await verifyPackage(rezip('traversal.zip', { ...files, 'manifest.json': strToU8(JSON.stringify(manifest)) }))).problem!)).toContain('tidak aman');

    // A bomb: 64 MB of zeros (about 64 KB deflated) in place of a listed file and as an extra one.
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const bomb = { ...files, '00-indeks.pdf': zeros, 'bom.bin': zeros };
    const report = await verifyPackage(rezip('bomb.zip', bomb));
    expect(report).toMatchObject({ ok: false, problem: null, changed: ['00-indeks.pdf'], extra: ['bom.bin'] });
  }, 120_000);
});
