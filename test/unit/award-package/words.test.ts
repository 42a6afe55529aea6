import { describe, expect, it } from 'vitest';
import { cellText } from '../../../core/award/pdf/pdf-table.ts';
import { tanggal, tanggalDi, tanggalJam } from '../../../core/award/pdf/words.ts';

// Dates and years as the award documents print them: words, the office's zone, years as written.

describe('printed dates and years', () => {
  it('writes a timestamp in the office’s zone, the day changing with it', () => {
    const lateUtc = '2025-12-31T20:15:00.000Z';
    expect(tanggalJam(lateUtc)).toBe('1 Januari 2026 pukul 04.15 WITA'); // WITA when the profile does not say
    expect(tanggalJam(lateUtc, 'WIB')).toBe('1 Januari 2026 pukul 03.15 WIB');
    expect(tanggalJam(lateUtc, 'UTC')).toBe('31 Desember 2025 pukul 20.15 UTC');
    expect(tanggalDi('2025-12-31T16:30:00.000Z', 'WIT')).toBe('1 Januari 2026');
    expect(tanggalDi('2025-12-31T14:30:00.000Z', 'WIB')).toBe('31 Desember 2025');
    expect(tanggal('2025-12')).toBe('Desember 2025');
  });

  it('prints a number in a text column as written and a count with thousands separators', () => {
    expect(cellText({ key: 'v', label: 'Isi', kind: 'text' }, 2023)).toBe('2023');
    expect(cellText({ key: 'n', label: 'Jumlah', kind: 'integer' }, 2023)).toBe('2.023');
    expect(cellText({ key: 'd', label: 'Tanggal', kind: 'date' }, '2023-05-12')).toBe('12 Mei 2023');
    // A percent with two decimals, as the coverage page shows the same figure (21,44 %, not 21,4 %).
    expect(cellText({ key: 'p', label: 'Cakupan', kind: 'percent' }, 21.44)).toBe('21,44 %');
  });
});
