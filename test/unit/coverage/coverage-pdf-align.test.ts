import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { addAggregate, addDenominator, addTarget } from '../../../core/coverage/input-rows.ts';
import { addPerson, badungApp, bpu } from './support.ts';

// The coverage PDF's numbers flush right, as in the award package's tables: read back with
// `pdftotext -layout`, a column's numbers of different lengths ("12.345" over "1") end at the same
// character (give or take the one its grid rounds), and so does a right column's header wrapped over
// two lines ("Peserta / aktif"). Left-aligned, they would start together and end 2 to 5 apart.

/** The character column where `word` ends on `line`, the first time it stands alone after column `from`. */
const endOf = (line: string, word: string, from = 0) => {
  const m = new RegExp(`(^|\\s)(${word.replace(/[.]/g, '\\.')})(?=\\s|$)`, 'g');
  m.lastIndex = from;
  const found = m.exec(line);
  if (!found) throw new Error(`${word} not on: ${line}`);
  return found.index + found[0].length;
};
const sameEnd = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1);

describe('coverage PDF numbers', () => {
  it('are right-aligned, wrapped headers too, and a target year reads as a year', async () => {
    const app = await badungApp();
    addDenominator(app.ctx, { name: 'Penduduk bekerja Kuta', value: 20_000, areaCode: '51.03.01', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Badung', asOfDate: '2024-08-31' });
    addDenominator(app.ctx, { name: 'Penduduk bekerja Kuta Utara', value: 100, areaCode: '51.03.06', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Badung', asOfDate: '2024-08-31' });
    const whole = addDenominator(app.ctx, { name: 'Penduduk bekerja Badung', value: 400_000, areaCode: '51.03', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Badung', asOfDate: '2024-08-31' });
    addTarget(app.ctx, { year: 2024, areaCode: '51.03', kind: 'persen', value: 40, denominatorId: whole.id, source: 'RPJMD' });
    await addPerson(app, 31, [bpu('2024-01-01')]); // Kuta Utara
    addAggregate(app.ctx, { areaCode: '51.03.01', sourceKind: 'dinas', source: 'Dinas', asOfDate: '2024-03-31', count: 12_345 });
    const file = await app.call('coverage.export', { format: 'pdf', at: '2024-05-31', by: ['kecamatan'] });
    if (!file.ok) throw new Error(file.error.message);
    const text = execFileSync('pdftotext', ['-layout', app.runtime.files.outgoingFile(file.data.token).path, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
    const lines = text.split('\n');

    const kuta = lines.find((l) => /^Kuta\s+51\.03\.01\s/.test(l))!;
    const kutaUtara = lines.find((l) => /^Kuta Utara\s+51\.03\.06\s/.test(l))!;
    // Numerator, denominator, percentage: 12.345 / 20.000 = 61,73 over 1 / 100 = 1.
    expect(kuta).toMatch(/12\.345 .* 20\.000 .* 61,73 /);
    expect(kutaUtara).toMatch(/ 1 .* 100 .* 1 /);
    sameEnd(endOf(kutaUtara, '1'), endOf(kuta, '12.345'));
    sameEnd(endOf(kutaUtara, '100'), endOf(kuta, '20.000'));
    sameEnd(endOf(kutaUtara, '1', endOf(kutaUtara, '100')), endOf(kuta, '61,73'));

    // The kecamatan table's header: "Peserta" over "aktif", each line flush right over the numbers.
    const header = lines.findIndex((l) => /^Uraian\s+Kode\s+Peserta\s/.test(l));
    expect(lines[header + 1]).toMatch(/\saktif\s/);
    sameEnd(endOf(lines[header]!, 'Peserta'), endOf(kuta, '12.345'));
    sameEnd(endOf(lines[header + 1]!, 'aktif'), endOf(lines[header]!, 'Peserta'));
    expect(lines[header + 1]!.indexOf('aktif')).toBeGreaterThan(lines[header]!.indexOf('Peserta'));

    // The targets' table: the year as "2024", not the count "2.024".
    expect(text).toMatch(/^Seluruh peserta aktif — Kabupaten Badung\s+2024\s+40 %/m);
    expect(text).not.toContain('2.024');
  });
});
