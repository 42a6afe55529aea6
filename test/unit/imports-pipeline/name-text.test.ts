import { describe, expect, it } from 'vitest';
import { nameText } from '../../../core/imports/fields/name-text.ts';
import { word } from '../../../core/imports/employers/employer-words.ts';
import { render, renderBoth } from '../../../core/messages.ts';
import type { CellValue } from '../../../core/imports/read/types.ts';

// A name column's cell kind (company names now, people's names in the worker register next):
// what a spreadsheet puts there by mistake is refused with the value and the fix.

const label = word('nameLabel');
const refusal = (cell: CellValue) => {
  const r = nameText(cell, label);
  return r.ok ? null : render(r.message, 'id');
};

describe('nameText', () => {
  it('keeps names, tidied, whatever their letters and digits', () => {
    for (const [cell, value] of [
      ['  PT  Maju   Jaya ', 'PT Maju Jaya'],
      ['CV 3 Saudara', 'CV 3 Saudara'],
      ['7-Eleven', '7-Eleven'],
      ['Koperasi "Tani" 1945', 'Koperasi "Tani" 1945'],
      ['Salah Satu Jaya', 'Salah Satu Jaya'],
      ['Salah', 'Salah'], // a person's name; only Excel's own SALAH is a yes/no value
      ['Ñoño Café', 'Ñoño Café'],
      [{ formula: 'A2&" Jaya"', result: 'Maju Jaya' }, 'Maju Jaya'],
      [null, ''],
      ['', ''],
    ] as const) {
      expect(nameText(cell as CellValue, label)).toEqual({ ok: true, value });
    }
  });

  it('refuses spreadsheet error values, as cells and as text (CSV), from any program', () => {
    expect(refusal({ error: '#N/A' })).toBe('Nama perusahaan "#N/A" adalah nilai kesalahan dari spreadsheet (rumus yang gagal), bukan nama. Perbaiki rumusnya atau ketik namanya di sel ini, lalu impor lagi.');
    for (const v of ['#N/A', '#NUM!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NULL!', '#SPILL!', 'Err:502', '#ERROR!', '#n/a']) expect(refusal(v)).toMatch(/nilai kesalahan dari spreadsheet/);
    expect(refusal({ formula: 'VLOOKUP(A2,B:C,2,0)', result: null })).toBe(
      'Nama perusahaan berisi rumus =VLOOKUP(A2,B:C,2,0) yang hasilnya kesalahan atau tidak tersimpan, bukan nama. Di Excel: salin kolomnya, tempel sebagai nilai (Tempel Spesial > Nilai), perbaiki sel yang salah, lalu impor lagi.',
    );
  });

  it('refuses yes/no values, numbers, dates and text without a letter, naming the value', () => {
    expect(refusal(true)).toBe('Nama perusahaan "true" adalah nilai benar/salah, bukan nama. Periksa apakah kolom yang dipasangkan benar, atau ketik namanya.');
    for (const v of ['TRUE', 'false', 'BENAR', 'SALAH']) expect(refusal(v)).toMatch(/nilai benar\/salah/);
    expect(refusal({ formula: 'A1>0', result: false })).toMatch(/"false" adalah nilai benar\/salah/);
    expect(refusal(123)).toBe('Nama perusahaan "123" hanya angka, bukan nama. Periksa apakah kolom yang dipasangkan benar, atau ketik nama lengkapnya.');
    for (const v of ['123', '1.234,5', '-12', '5.10312E+15', '12 %']) expect(refusal(v)).toMatch(/hanya angka/);
    expect(refusal({ formula: 'B2*2', result: 4 })).toMatch(/"4" hanya angka/);
    expect(refusal({ date: '2014-11-10' })).toBe('Nama perusahaan "2014-11-10" adalah tanggal, bukan nama. Periksa apakah kolom yang dipasangkan benar, atau ketik namanya.');
    for (const v of ['10/11/14', '2014-11-10', '10.11.2014', '10-11-2014 08:30']) expect(refusal(v)).toMatch(/adalah tanggal/);
    expect(refusal('---')).toBe('Nama perusahaan "---" tidak berisi huruf, jadi bukan nama. Ketik nama lengkapnya, atau kosongkan sel ini.');
    expect(nameText('123', label).ok ? '' : render((nameText('123', label) as { message: Parameters<typeof render>[0] }).message, 'en')).toBe('The employer name "123" is only a number, not a name. Check that the right column is matched, or type the full name.');
  });

  it('refuses what offices write under a table: totals, place and date, signatures', () => {
    expect(refusal('JUMLAH')).toBe('Nama perusahaan "JUMLAH" tampaknya baris jumlah di bawah tabel, bukan nama; baris ini tidak diimpor. Hapus baris itu dari berkas agar tidak dihitung sebagai kesalahan.');
    for (const v of ['Total', 'Jumlah seluruhnya:', 'GRAND TOTAL', 'Sub Total', 'Rekapitulasi']) expect(refusal(v)).toMatch(/baris jumlah di bawah tabel/);
    for (const v of ['Badung, 31 Oktober 2026', 'Mengetahui,', 'Kepala Bidang', 'Kepala Dinas Tenaga Kerja', 'a.n. Kepala Dinas', 'NIP. 19750512 199803 1 007']) {
      expect(refusal(v), v).toMatch(/tanda tangan di bawah tabel/);
    }
    // A note under the table (walk 31: "Dicetak oleh: …" came in as a new employer).
    expect(refusal('Dicetak oleh: Operator Disnaker, 05/12/2026')).toBe(
      'Nama perusahaan "Dicetak oleh: Operator Disnaker, 05/12/2026" tampaknya catatan di bawah tabel (dicetak oleh, sumber, keterangan), bukan nama; baris ini tidak diimpor. Hapus baris itu dari berkas agar tidak dihitung sebagai kesalahan.',
    );
    for (const v of ['Dicetak pada 05/12/2026', 'Sumber: BPJS Ketenagakerjaan Cabang Denpasar', 'Keterangan: data sementara', 'Catatan: belum diverifikasi', 'Data per tanggal 30 November 2026', 'Printed by SIPP', 'Diunduh dari SIAPkerja']) {
      expect(refusal(v), v).toMatch(/catatan di bawah tabel/);
    }
    // Names that only begin like one stay names.
    for (const v of ['Sumber Rejeki Abadi', 'CV Sumber Makmur', 'Data Persada Nusantara', 'Catatan Kopi Bali', 'PT Dicetak Indah Grafika']) expect(refusal(v), v).toBeNull();
    for (const v of ['PT Total Bangun Persada', 'Total Bangunan Sejahtera', 'Jumlah Rejeki Abadi', 'CV Kepala Burung', 'UD Mengetahui Jaya Makmur']) expect(refusal(v), v).toBeNull();
  });

  it('still limits the length', () => {
    const long = nameText('A'.repeat(201), label);
    expect(long.ok ? null : renderBoth(long.message)).toEqual({ id: 'Terlalu panjang (201 karakter, paling banyak 200).', en: 'Too long (201 characters, at most 200).' });
  });
});
