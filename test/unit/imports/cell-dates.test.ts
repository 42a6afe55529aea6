import { describe, expect, it } from 'vitest';
import { date, iso } from '../../../core/imports/fields/cell-values.ts';
import { renderBoth } from '../../../core/messages.ts';

// The calendar check is arithmetic (a Date per cell cost a tenth of a worker list's check):
// it must say exactly what the Date object says, for every day of several years.
const byDate = (y: number, m: number, d: number): string | null => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return y >= 100 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? dt.toISOString().slice(0, 10) : null;
};

describe('calendar days of an imported date', () => {
  it('agrees with the Date object on every day, month and year tried, leap years and impossible days included', () => {
    for (const y of [100, 1600, 1700, 1899, 1900, 1927, 1999, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) expect(iso(y, m, d), `${y}-${m}-${d}`).toBe(byDate(y, m, d));
    }
  });

  it('refuses a year under 100 and reads the usual spellings', () => {
    expect(iso(27, 1, 1)).toBeNull();
    expect(date('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
    expect(date('29/02/2023').ok).toBe(false);
    expect(date('2024-2-3')).toEqual({ ok: true, value: '2024-02-03' });
    expect(date('31 Des 2024')).toEqual({ ok: true, value: '2024-12-31' });
    expect(date('31-04-2024').ok).toBe(false);
  });
});

describe('an imported date written the right way that is no day', () => {
  const said = (text: string) => {
    const result = date(text);
    if (result.ok) throw new Error(`${text} was read as ${result.value}`);
    return renderBoth(result.message);
  };

  it('says which day the month lacks, not the format the clerk already used', () => {
    expect(said('31/02/2026')).toEqual({
      id: '"31/02/2026": tanggal itu tidak ada, Februari 2026 hanya sampai tanggal 28. Periksa tanggalnya.',
      en: '"31/02/2026": no such day, February 2026 has 28 days. Check the date.',
    });
    expect(said('30 Feb 2024').id).toContain('Februari 2024 hanya sampai tanggal 29');
    expect(said('2024-04-31').id).toContain('April 2024 hanya sampai tanggal 30');
    expect(said('00/05/2024').id).toContain('Mei 2024 hanya sampai tanggal 31');
  });

  it('says a month past 12 is none, and that day and month may be swapped', () => {
    expect(said('12/31/2024').id).toBe('"12/31/2024": bulan 31 tidak ada. Urutannya hari/bulan/tahun, mis. 31/12/2024; periksa apakah hari dan bulan tertukar.');
    expect(said('2024-13-01').en).toContain('there is no month 13');
  });

  it('keeps asking for the format when the text is not written as a date at all', () => {
    expect(said('besok').id).toBe('"besok" bukan tanggal yang dikenali. Tulis sebagai 31/12/2024 (hari/bulan/tahun).');
    expect(said('31/12/0024').id).toContain('bukan tanggal yang dikenali');
  });
});

describe('an imported date with a year of two digits (walk 34: "26/01/90" and "1/1/26" refused)', () => {
  it('reads it as Excel reads one typed, 00-29 this century and 30-99 the last, and says so', () => {
    const read = (text: string) => {
      const result = date(text);
      if (!result.ok) throw new Error(`${text} refused`);
      return [result.value, result.note ? renderBoth(result.note).id : null];
    };
    expect(read('26/01/90')).toEqual(['1990-01-26', 'Tahun di "26/01/90" hanya dua digit: dibaca 26/01/1990, seperti Excel membacanya. Bila salah, tulis tahunnya dengan empat digit, lalu periksa lagi.']);
    expect(read('1/1/26')[0]).toBe('2026-01-01');
    expect(read('31-12-29')[0]).toBe('2029-12-31');
    expect(read('01.01.30')[0]).toBe('1930-01-01');
    // No such day is still refused, a two-digit year or not.
    expect(date('31/02/90').ok).toBe(false);
  });
});

describe('dates as other programs and older documents write them (walk 36: refused)', () => {
  const read = (text: string) => {
    const result = date(text);
    if (!result.ok) throw new Error(`${text} refused: ${renderBoth(result.message).id}`);
    return [result.value, result.note ? renderBoth(result.note).id : null];
  };

  it("reads Excel's day-month-year with the month's name, a time after the day, older month spellings and a day number kept as text", () => {
    expect(read('5-Jul-90')).toEqual(['1990-07-05', 'Tahun di "5-Jul-90" hanya dua digit: dibaca 05/07/1990, seperti Excel membacanya. Bila salah, tulis tahunnya dengan empat digit, lalu periksa lagi.']);
    expect(read('05-Jul-1990')).toEqual(['1990-07-05', null]);
    expect(read('5-Juli-1990')).toEqual(['1990-07-05', null]);
    expect(read('05/07/1990 00:00')).toEqual(['1990-07-05', null]);
    expect(read('1990-07-05T08:30:00')).toEqual(['1990-07-05', null]);
    expect(read('5 Nop 1990')).toEqual(['1990-11-05', null]);
    expect(read('5 Pebruari 1990')).toEqual(['1990-02-05', null]);
    expect(read('33065')).toEqual(['1990-07-11', '"33065" dibaca sebagai nomor tanggal Excel: 11/07/1990 (sel tanggal yang tersimpan sebagai teks). Bila bukan, tulis tanggalnya sebagai 31/12/2024.']);
    // A month that is no month stays refused.
    expect(date('5-Xyz-1990').ok).toBe(false);
    expect(date('31-Feb-1990').ok).toBe(false);
  });
});
