import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/app-error.ts';
import { IMPORT_READ_ERROR_CODES, ImportReadError, columnLetter, readErrors } from '../../../core/imports/read/errors.ts';
import { msg } from '../../../core/messages.ts';
import { DEFAULT_LIMITS, describeLimits, resolveLimits } from '../../../core/imports/read/limits.ts';

describe('ImportReadError', () => {
  it('names the file by base name only, the sheet, row and column, in both languages, with the fix', () => {
    const e = readErrors.tooManyColumns({ file: 'C:\\Users\\clerk\\Desktop\\data pekerja.xlsx', sheet: 'Pekerja', row: 12_345, column: 28 }, 200);
    expect(e.where).toEqual({ file: 'data pekerja.xlsx', sheet: 'Pekerja', row: 12_345, column: 28 });
    expect(e.text.id).toBe(
      'Berkas "data pekerja.xlsx", lembar "Pekerja", baris 12.345, kolom AB: ada isi di luar batas 200 kolom. ' +
        'Hapus kolom yang tidak diperlukan (termasuk isi yang tersembunyi di kolom paling kanan), lalu simpan ulang.',
    );
    expect(e.text.en).toContain('File "data pekerja.xlsx", sheet "Pekerja", row 12,345, column AB');
    expect(e.message).toBe(e.text.id);
    expect(e).toBeInstanceOf(Error);
  });

  it('survives the trip through the worker boundary (structured clone of toData)', () => {
    const e = readErrors.zipBomb({ file: '/tmp/x/bom.xlsx' }, msg('read.why.ratio', { name: 'xl/a.xml', ratio: 900, limit: 200 }), 'detail');
    const back = ImportReadError.fromData(structuredClone(e.toData()));
    expect(back).toBeInstanceOf(ImportReadError);
    expect(back.toData()).toEqual(e.toData());
    expect(back.toData().message).toEqual({ id: e.text.id, en: e.text.en });
  });

  it('at() moves an error to a more precise place and rebuilds the text', () => {
    const e = readErrors.encoding({ file: 'a.csv', sheet: 'a' }).at({ row: 7 });
    expect(e.where).toEqual({ file: 'a.csv', sheet: 'a', row: 7 });
    expect(e.text.id.startsWith('Berkas "a.csv", lembar "a", baris 7: ')).toBe(true);
  });

  it('maps to an AppError for the router', () => {
    const big = readErrors.tooManyRows({ file: 'a.csv' }, 100).toAppError();
    expect(big).toBeInstanceOf(AppError);
    expect(big.code).toBe('INPUT_TOO_LARGE');
    expect(readErrors.corrupt({ file: 'a.xlsx' }).toAppError().code).toBe('INVALID_INPUT');
    expect(readErrors.internal({ file: 'a.xlsx' }).toAppError().code).toBe('INTERNAL');
  });

  it('every code has a catalogue entry with Indonesian and English text', () => {
    const w = { file: 'f.xlsx' };
    const all = [
      readErrors.fileNotFound(w),
      readErrors.fileTooLarge(w, 2, 1),
      readErrors.emptyFile(w),
      readErrors.unsupportedFormat(w, msg('read.kinds.pdf')),
      readErrors.corrupt(w),
      readErrors.encrypted(w),
      readErrors.zipBomb(w, msg('read.why.nul')),
      readErrors.suspicious(w, msg('read.why.nul')),
      readErrors.encoding(w),
      readErrors.sheetNotFound(w, 'A', ['B']),
      readErrors.tooManyRows(w, 1),
      readErrors.tooManyColumns(w, 1),
      readErrors.cellTooLong(w, 1, false),
      readErrors.timeLimit(w, 600_000),
      readErrors.memoryLimit(w, 1024),
      readErrors.cancelled(w),
      readErrors.internal(w),
    ];
    expect(new Set(all.map((e) => e.code))).toEqual(new Set(IMPORT_READ_ERROR_CODES));
    for (const e of all) {
      expect(e.text.id.length).toBeGreaterThan(20);
      expect(e.text.en.length).toBeGreaterThan(20);
      expect(e.text.id).not.toEqual(e.text.en);
    }
    expect(readErrors.timeLimit(w, 600_000).text.id).toContain('10 menit');
  });

  it('column letters', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
});

describe('limits', () => {
  it('defaults, overrides, and refuses nonsense', () => {
    expect(resolveLimits()).toEqual(DEFAULT_LIMITS);
    expect(resolveLimits({ maxRows: 100_000 }).maxRows).toBe(100_000);
    expect(() => resolveLimits({ maxRows: -1 })).toThrow(RangeError);
    expect(() => resolveLimits({ maxTimeMs: Number.NaN })).toThrow(RangeError);
    expect(DEFAULT_LIMITS.maxRows).toBeGreaterThan(1_048_576);
  });

  it('describes every limit in both languages', () => {
    const d = describeLimits();
    expect(d.find((x) => x.key === 'maxFileBytes')).toMatchObject({ id: 'Ukuran berkas maksimum: 512 MB', en: 'Maximum file size: 512 MB' });
    expect(d.find((x) => x.key === 'maxRows')!.id).toBe('Jumlah baris maksimum per lembar: 1.100.000');
    expect(d.find((x) => x.key === 'maxCompressionRatio')!.en).toBe('Maximum compression ratio of one XLSX part (ZIP bomb guard): 200:1');
    expect(d).toHaveLength(Object.keys(DEFAULT_LIMITS).length);
  });
});
