import { describe, expect, it } from 'vitest';
import { regulationsForBrief, type InForceRow } from '../../../core/award/freeze-tables.ts';

// The brief for the head of region lists the office's own rules first: a Perbup of its
// kabupaten before the province's Pergub, before the country's UU and PP; newest first within each.

const row = (uid: string, areaCode: string | null, effective: string): InForceRow =>
  ({ uid, areaCode, effective, tanggalPenetapan: effective, status: 'berlaku', jenis: 'x', singkatanJenis: null, teuBadan: null, nomor: '1', tahun: Number(effective.slice(0, 4)), judul: uid }) as unknown as InForceRow;

describe('regulations on the brief', () => {
  it('puts the kabupaten first, then the province, then the rest (the country), newest first within each', () => {
    const rows = [row('UU 24/2011', null, '2011-11-25'), row('PP 86/2013', null, '2013-12-24'), row('Pergub Bali 2020', '51', '2020-05-01'), row('Perbup Jembrana 48/2023', '51.01', '2023-09-01'), row('Perbup Jembrana 2019', '51.01', '2019-01-01'), row('Perbup Badung 2024', '51.03', '2024-01-01')];
    expect(regulationsForBrief(rows, '51.01').map((r) => r.uid)).toEqual(['Perbup Jembrana 48/2023', 'Perbup Jembrana 2019', 'Pergub Bali 2020', 'Perbup Badung 2024', 'PP 86/2013', 'UU 24/2011']);
  });

  it('keeps the newest first when the office has no area yet', () => {
    expect(regulationsForBrief([row('a', null, '2011-01-01'), row('b', '51.01', '2023-01-01')], null).map((r) => r.uid)).toEqual(['b', 'a']);
  });
});
