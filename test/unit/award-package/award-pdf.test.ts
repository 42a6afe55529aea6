import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackageSource } from '../../../core/award/package/package-source.ts';
import { writeBriefPdf } from '../../../core/award/pdf/brief-pdf.ts';
import { writeSelfAssessmentPdf } from '../../../core/award/pdf/self-assessment-pdf.ts';
import { writeSelfAssessmentXlsx } from '../../../core/award/xlsx/self-assessment-xlsx.ts';
import { tempDir } from '../support/test-db.ts';
import { briefSource, makeSource } from './fixture.ts';
import { hasSoffice, libreOfficeCsv, pdfPages, pdfText } from './helpers.ts';

// The interview brief (one A4 page, whatever is typed into it) and the self-assessment (PDF and
// XLSX), read back by poppler and LibreOffice as a jury member's computer would.

const dir = tempDir('lindung-award-pdf-');
let source: PackageSource;
const write = (name: string, bytes: Buffer) => {
  const file = join(dir.path, name);
  writeFileSync(file, bytes);
  return file;
};

beforeAll(async () => {
  source = await makeSource(dir.path, { documents: 0 });
}, 60_000);
afterAll(() => dir.remove());

describe('interview brief', () => {
  it('is one A4 page with the coverage, its source, the targets, regulations, budget, innovations and the three points', async () => {
    const brief = briefSource(source);
    const file = write('brief.pdf', await writeBriefPdf(brief));
    expect(pdfPages(file)).toBe(1);
    expect(readFileSync(file).toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    const text = pdfText(file);
    // Percentages as the dashboard shows them (two decimals: '5,16 %', not '5,2 %').
    for (const expected of ['31,80 %', '19,80 %', '61.254 dari 192.630 pekerja', 'Sakernas Agustus 2024', 'Data per 31 Agustus 2025', 'Untuk Bupati Jembrana', 'Cakupan RPJMD 2025', 'Perda No. 5 Tahun 2023', 'Rp 1.843.200.000', 'Desa Terlindungi', 'Agu 25']) expect(text).toContain(expected);
    for (const point of brief.points) expect(text).toContain(point.slice(0, 40));
    expect(text).not.toContain('DRAF');
  });

  it('stays on one page when every list is too long and the points run on, says how many were left out, and marks a draft', async () => {
    const long = 'Kalimat yang sangat panjang tentang capaian daerah yang terus berulang tanpa henti. '.repeat(30);
    const many = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
    const brief = briefSource(source, {
      draft: true,
      points: [long, long, long],
      regulations: many(12, (i) => ({ label: `Perbup No. ${i + 1}`, judul: long, effectiveDate: '2024-01-01' })),
      innovations: many(9, (i) => ({ title: `Inovasi ${i + 1} ${long}`, summary: long })),
      segments: many(8, (i) => ({ label: `Segmen ${i + 1}`, numerator: 1000 * i, percent: i })),
      targets: many(7, (i) => ({ label: `Target ${i + 1} ${long}`, value: '10', achieved: '20', progressPercent: 200 })),
      budget: many(6, (i) => ({ label: `Program ${i + 1}`, amount: 1e9 * i, enrolled: i, target: null })),
      trend: many(36, (i) => ({ month: `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, percent: 10 + i, numerator: i })),
    });
    const file = write('brief-long.pdf', await writeBriefPdf(brief));
    expect(pdfPages(file)).toBe(1);
    const text = pdfText(file);
    expect(text).toContain('DRAF');
    expect(text).toContain('dan 9 lainnya'); // 12 regulations, 3 shown
    expect(text).toContain('dan 7 lainnya'); // 9 innovations, 2 shown
    expect(text).toContain('dan 5 lainnya'); // 8 segments, 3 shown
  });

  it('says what is missing when no month is frozen yet, still on one page', async () => {
    const file = write('brief-empty.pdf', await writeBriefPdf(briefSource(source, { coverage: null, snapshotMonth: null, trend: [], segments: [], targets: [], regulations: [], budget: [], innovations: [], points: ['', '', ''], draft: true })));
    expect(pdfPages(file)).toBe(1);
    const text = pdfText(file);
    expect(text).toContain('Belum ada bulan beku');
    expect(text).toContain('(belum ditulis)');
  });

  it('says a segment without its own denominator as people, not a lone dash', async () => {
    const file = write('brief-segments.pdf', await writeBriefPdf(briefSource(source, { segments: [{ label: 'Penerima Upah (PU)', numerator: 1234, percent: null }, { label: 'Bukan Penerima Upah (BPU)', numerator: 567, percent: 12.5 }] })));
    const text = pdfText(file);
    expect(text).toContain('Penerima Upah (PU) 1.234 peserta');
    expect(text).not.toContain('—');
    expect(text).toContain('Bukan Penerima Upah (BPU) 567');
    expect(text).toContain('12,50 %');
  });

  it('gives the same bytes twice', async () => {
    const brief = briefSource(source);
    expect((await writeBriefPdf(brief)).equals(await writeBriefPdf(brief))).toBe(true);
  });
});

describe('self-assessment', () => {
  it('lays the rubric out in a PDF with scores, weighted values, evidence counts and the weighted total', async () => {
    const file = write('penilaian-awal.pdf', await writeSelfAssessmentPdf(source));
    expect(pdfPages(file)).toBeGreaterThanOrEqual(1);
    const text = pdfText(file);
    for (const aspect of source.aspects) expect(text).toContain(aspect.title);
    expect(text).toContain('PENILAIAN AWAL');
    // Aspect A: (5/5·60 + 3/5·40) / 100 = 84 % of weight 30 = 25,2; aspect B: 72/100 of 40 = 28,8.
    expect(text).toContain('kontribusi 25,2 dari bobot 30');
    expect(text).toContain('kontribusi 28,8 dari bobot 40');
    expect(text).toContain('Nilai penilaian awal: 54 dari 70');
    expect(text).toContain('NIP 197203151998031007');
  });

  it('shares an aspect weight equally among its indicators when they have none (the starter rubric), in the PDF as in the form', async () => {
    const aspectWeightsOnly: PackageSource = { ...source, aspects: source.aspects.map((a) => ({ ...a, indicators: a.indicators.map((i) => ({ ...i, weight: null })) })) };
    const text = pdfText(write('penilaian-awal-bobot-aspek.pdf', await writeSelfAssessmentPdf(aspectWeightsOnly)));
    // Aspect A: (5/5 + 3/5) ÷ 2 = 80 % of weight 30 = 24; aspect B: 72/100 of 40 = 28,8.
    expect(text).toContain('kontribusi 24 dari bobot 30');
    expect(text).toContain('Nilai penilaian awal: 52,8 dari 70');
    // The note says how the aspects' weighted values were found, not the indicators' rule (no indicator has a weight).
    expect(text).toContain('Dihitung sebagai jumlah kontribusi aspek (capaian aspek × bobot aspek;');
    expect(text).not.toContain('Nilai tertimbang indikator =');
  });

  it('gives the same bytes twice, PDF and XLSX', async () => {
    expect((await writeSelfAssessmentPdf(source)).equals(await writeSelfAssessmentPdf(source))).toBe(true);
    expect((await writeSelfAssessmentXlsx(source)).equals(await writeSelfAssessmentXlsx(source))).toBe(true);
  });

  it.skipIf(!hasSoffice)('writes an XLSX LibreOffice opens, with the same rows and numbers', async () => {
    const file = write('penilaian-awal.xlsx', await writeSelfAssessmentXlsx(source));
    libreOfficeCsv(dir.path, [file]);
    const csv = readFileSync(join(dir.path, 'penilaian-awal.csv'), 'utf8');
    expect(csv).toContain('A.1,Peraturan daerah tentang perlindungan jaminan sosial ketenagakerjaan,60,5,5,60,2,2,');
    expect(csv).toContain('A.2,Surat edaran kepala daerah kepada perangkat daerah dan desa,40,5,3,24,0,0,');
    // The aspect's row and the total in their columns: Bobot, Skor maksimum, Skor, Nilai tertimbang
    // (the total and the aspects counted by aspect weights: weight 30, contribution 25,2).
    expect(csv).toContain(',Jumlah aspek A,30,10,8,25.20,2,2,');
    expect(csv).toContain(',Nilai penilaian awal,70,,,54,,,"Dihitung sebagai jumlah kontribusi aspek (capaian aspek × bobot aspek;');
    // Without any weight, the total is a sum of scores under Skor maksimum and Skor.
    const unweighted: PackageSource = { ...source, aspects: source.aspects.map((a) => ({ ...a, weight: null, indicators: a.indicators.map((i) => ({ ...i, weight: null })) })) };
    const plain = write('penilaian-awal-tanpa-bobot.xlsx', await writeSelfAssessmentXlsx(unweighted));
    libreOfficeCsv(dir.path, [plain]);
    const plainCsv = readFileSync(join(dir.path, 'penilaian-awal-tanpa-bobot.csv'), 'utf8');
    expect(plainCsv).toMatch(/,Nilai penilaian awal,,\d+,\d+,,,,Dihitung sebagai jumlah skor \(tanpa bobot\)\./);
  }, 600_000);
  if (!hasSoffice) console.log('LibreOffice check of the self-assessment skipped: soffice is not installed (apt-get install -y libreoffice-calc-nogui).');
});
