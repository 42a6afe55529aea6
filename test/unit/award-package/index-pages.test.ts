import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPackage } from '../../../core/award/package/verify-package.ts';
import type { PackageSource } from '../../../core/award/package/package-source.ts';
import { planPackage } from '../../../core/award/package/package-layout.ts';
import { writeIndexPdf } from '../../../core/award/pdf/index-pdf.ts';
import { tempDir } from '../support/test-db.ts';
import { coverageTable, makeSource } from './fixture.ts';
import { build, entriesOf, pdfPages, pdfText } from './helpers.ts';

// The index's page references: a cycle with many items (contents over several pages, long tables
// running onto further pages) prints, for an item, the page it is really on. And a bare cycle (no
// logo, no annexes, an aspect without indicators, a logo that is not an image) still builds.

const dir = tempDir('lindung-award-index-');
afterAll(() => dir.remove());

const pageText = (file: string, page: number) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('index PDF page references', () => {
  it('sends every contents line to the page the item is printed on, over several contents pages', async () => {
    const source = await makeSource(dir.path, { documents: 0 });
    const indicator = source.aspects[2]!.indicators[0]!;
    for (let i = 1; i <= 90; i++) {
      indicator.items.push({ uid: `ev-${i}`, kind: 'coverage', title: `Tabel tambahan nomor ${i}`, owner: 'Tim data', state: 'siap', summary: 'Rincian cakupan.', targetLabel: null, table: i % 15 === 0 ? coverageTable(80, 'Desa') : null, narrative: null, documents: [] });
    }
    const file = join(dir.path, 'indeks.pdf');
    writeFileSync(file, await writeIndexPdf(source, planPackage(source)));
    const pages = pdfPages(file);
    const contents = [2, 3, 4].map((p) => pageText(file, p)).join(' ');
    expect(pageText(file, 3)).toContain('Tabel tambahan nomor'); // the contents run onto a second page
    for (const n of [1, 15, 16, 45, 90]) {
      const listed = new RegExp(`Tabel tambahan nomor ${n} \\(Data cakupan\\) (\\d+)`).exec(contents);
      expect(listed, `contents line of item ${n}`).not.toBeNull();
      const page = Number(listed![1]);
      expect(page).toBeLessThanOrEqual(pages);
      expect(pageText(file, page)).toContain(`C.1.${n + 3} Tabel tambahan nomor ${n}`);
    }
  }, 120_000);

  it('builds a bare cycle: no logo, a logo that is not an image, no annexes, an aspect with nothing in it', async () => {
    const source = await makeSource(dir.path, { documents: 0, logo: false });
    const bare: PackageSource = { ...source, annexes: [], aspects: [...source.aspects, { code: 'D', title: 'Wawancara', description: '', weight: null, indicators: [] }] };
    const zip = join(dir.path, 'bare.zip');
    await build(bare, zip);
    expect((await verifyPackage(zip)).ok).toBe(true);
    const index = join(dir.path, 'bare-index.pdf');
    writeFileSync(index, entriesOf(zip)['00-indeks.pdf']!);
    expect(pdfText(index)).toContain('Aspek D. Wawancara');

    const damaged = { ...bare, office: { ...bare.office, logo: { mime: 'image/png', bytes: Buffer.from('bukan gambar sama sekali') } } };
    await build(damaged, join(dir.path, 'damaged-logo.zip'));
    expect((await verifyPackage(join(dir.path, 'damaged-logo.zip'))).ok).toBe(true);
  }, 120_000);
});

describe('index PDF words', () => {
  it('prints a year as written, dates as words and the approval time in the office’s zone', async () => {
    const source = await makeSource(dir.path, { documents: 0 });
    const table = source.aspects[0]!.indicators[0]!.items[0]!.table!;
    table.rows.push({ k: 'Tahun', v: 2023 }); // freeze-tables keeps it text; a number in a text column prints as written too
    const file = join(dir.path, 'indeks-kata.pdf');
    writeFileSync(file, await writeIndexPdf(source, planPackage(source)));
    const text = pdfText(file);
    expect(text).toContain('Tahun 2023');
    expect(text).not.toContain('2.023');
    expect(text).toContain('14 Oktober 2025 pukul 10.30 WITA'); // 02.30 UTC, the office's zone absent → WITA
    expect(text).not.toContain('UTC');

    writeFileSync(file, await writeIndexPdf({ ...source, office: { ...source.office, timeZone: 'WIB' } }, planPackage(source)));
    expect(pdfText(file)).toContain('14 Oktober 2025 pukul 09.30 WIB');
  });
});
