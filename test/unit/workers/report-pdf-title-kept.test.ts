import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PersonReport } from '../../../core/workers/person-report/report-data.ts';
import { writeReportPdf } from '../../../core/workers/person-report/report-pdf.ts';

// A table's title never stands alone at the foot of a page (the coverage PDF left one so): with the first table one row longer
// each time, the second table's title falls at every height of the page's end once; wherever it
// falls, the page that holds the title holds its header and first row too.

const dir = mkdtempSync(join(tmpdir(), 'lindung-report-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = (rows: number): PersonReport => ({
  office: 'Dinas Tenaga Kerja Kabupaten Uji',
  title: 'Laporan uji',
  subtitle: ['Tentang: Uji', 'Dibuat oleh: Petugas', 'Catatan'],
  nik: '5103010101900001',
  personUid: 'p1',
  personName: 'Uji',
  tables: [
    { title: 'Tabel pertama', header: ['Kolom A', 'Kolom B'], rows: Array.from({ length: rows }, (_, i) => [`baris ${i + 1}`, 'isi']), widths: [1, 1] },
    // A wide table's header and rows wrap over several lines (the coverage report's 11 columns).
    {
      title: 'JUDULKEDUA',
      header: ['KEPALAKEDUA', ...Array.from({ length: 7 }, () => 'Judul kolom yang panjang dan turun beberapa baris')],
      rows: [['BARISPERTAMAKEDUA', ...Array.from({ length: 7 }, () => 'Isi sel yang panjang dan turun beberapa baris juga')]],
      widths: [1, 1, 1, 1, 1, 1, 1, 1],
    },
  ],
});

describe('the report PDF', () => {
  it('keeps a table title with its header and first row on one page', async () => {
    const pagesSeen = new Set<number>();
    for (let rows = 25; rows <= 50; rows++) {
      const file = join(dir, `r${rows}.pdf`);
      await writeReportPdf(file, report(rows));
      const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
      const withTitle = pages.findIndex((p) => p.includes('JUDULKEDUA'));
      expect(withTitle, `${rows} rows`).toBeGreaterThanOrEqual(0);
      expect(pages[withTitle], `${rows} rows: the title's page`).toContain('KEPALAKEDUA');
      expect(pages[withTitle], `${rows} rows: the title's page`).toContain('BARISPERTAMAKEDUA');
      pagesSeen.add(withTitle);
    }
    // The sweep did cross a page's end (else it proved nothing).
    expect(pagesSeen.size).toBeGreaterThan(1);
  });
});
