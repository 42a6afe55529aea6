import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { sheetName, writeXlsx } from '../../../core/exports/xlsx-writer.ts';
import { hasLibreOffice, libreOfficeConvert, tempDir } from '../imports/fixtures.ts';

// Sheet names a spreadsheet program accepts: a "Desa/kelurahan" sheet once made a whole coverage
// export unreadable to LibreOffice ("source file could not be loaded").

const dir = tempDir('lindung-sheet-names-');

describe('sheet names of an export', () => {
  it('lose the characters Excel and LibreOffice refuse, keep to 31 characters, and stay unique', () => {
    const taken = new Set<string>();
    expect(sheetName('Desa/kelurahan', taken)).toBe('Desa-kelurahan');
    expect(sheetName('Kabupaten/kota: [ringkas]?*', taken)).toBe('Kabupaten-kota- -ringkas---');
    expect(sheetName('desa-kelurahan', taken)).toBe('desa-kelurahan 2'); // names differ in case only: the same to Excel
    const long = 'Kategori pekerja rentan menurut desa dan kecamatan';
    expect(sheetName(long, taken)).toBe(long.slice(0, 31));
    expect(sheetName(long, taken)).toBe(`${long.slice(0, 29)} 2`);
    expect(sheetName('', taken)).toBe('Sheet');
  });

  it.runIf(hasLibreOffice)('give a book LibreOffice opens, with every sheet', async () => {
    const path = dir.path('cakupan.xlsx');
    const sheet = (name: string) => ({ name, preamble: ['Cakupan'], header: ['Nama', 'Peserta'], rows: [[name, 1]] });
    await writeXlsx(path, [sheet('Ringkasan'), sheet('Kabupaten/kota'), sheet('Desa/kelurahan')]);
    libreOfficeConvert([path], 'ods', dir.path('lo'));
    const ods = join(dir.path('lo'), 'cakupan.ods');
    expect(existsSync(ods)).toBe(true);
    expect(XLSX.read(readFileSync(ods)).SheetNames).toEqual(['Ringkasan', 'Kabupaten-kota', 'Desa-kelurahan']);
  });
});
