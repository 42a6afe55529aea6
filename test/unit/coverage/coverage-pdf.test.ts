import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { addDenominator } from '../../../core/coverage/input-rows.ts';
import { columnTitles } from '../../../core/coverage/export/figure-rows.ts';
import { fittedWidths } from '../../../core/workers/person-report/report-pdf.ts';
import { addPerson, badungApp, bpu } from './support.ts';

// The dashboard's PDF of a frozen month, read back as poppler reads it: landscape A4 (11 columns),
// no word, code or date cut inside a cell, and the dates in Indonesian words, the freezing time
// on the office's clock.

describe('coverage PDF', () => {
  it('is landscape A4 with codes, dates and column titles whole, dates in words', async () => {
    const app = await badungApp(); // the clock: 24 Nov 2026 03:00 UTC = 11.00 WITA
    addDenominator(app.ctx, { name: 'Penduduk bekerja Badung', value: 400, areaCode: '51.03', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Badung', asOfDate: '2024-08-31' });
    addDenominator(app.ctx, { name: 'Penduduk bekerja Kuta Utara', value: 90, areaCode: '51.03.06', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Badung', asOfDate: '2024-08-31' });
    await addPerson(app, 31, [bpu('2024-01-01')]);
    await addPerson(app, 32, [bpu('2024-02-01')]);
    const frozen = await app.call('coverage.freeze', { month: '2024-05' });
    if (!frozen.ok) throw new Error(frozen.error.message);
    const pdf = await app.call('coverage.export', { format: 'pdf', snapshotUid: frozen.data.uid });
    if (!pdf.ok) throw new Error(pdf.error.message);
    const path = app.runtime.files.outgoingFile(pdf.data.token).path;

    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Number(w)).toBeGreaterThan(Number(h));
    expect(info).toMatch(/\(A4\)/);

    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
    const words = new Set(text.split(/\s+/));
    for (const code of ['51.03', '51.03.06', '51.03.06.2006']) expect(words).toContain(code);
    // Each column title's words whole (a cut "Penyeb" + "ut" would be two other words).
    for (const word of columnTitles().flatMap((t) => t.split(' '))) expect(words).toContain(word);
    // Dates in words, each on one line of its cell.
    expect(text).toContain('31 Agustus 2024');
    expect(text).toContain('31 Mei 2024');
    expect(text).toContain('Badung, per 31 Mei 2024');
    expect(text).toContain('Potret bulan Mei 2024, dibekukan 24 November 2026 pukul 11.00 WITA oleh Petugas Uji');
    expect(text).toContain('Diekspor 24 November 2026 pukul 11.00 WITA');
    expect(text).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
  });

  it('widens a column to its longest word and narrows the others, unless the words cannot fit', () => {
    expect(fittedWidths([10, 50, 10], [1, 1, 1], 90)).toEqual([20, 50, 20]);
    expect(fittedWidths([10, 10, 10], [1, 1, 1], 90)).toEqual([30, 30, 30]);
    expect(fittedWidths([50, 50, 10], [1, 1, 1], 90)).toEqual([30, 30, 30]);
  });
});
