import { describe, expect, it } from 'vitest';
import { employerFields } from '../../../core/imports/employers/employer-fields.ts';
import { guessedMapping, headerNamesOf } from '../../../core/imports/guessed-mapping.ts';
import { findHeaderRow } from '../../../core/imports/read/header.ts';

// Which headers the employer register recognises, judged against what real files carry:
// whole-header-only words and words left out, so that other lists are not read as employers.

const fieldsOf = (...headers: string[]) => findHeaderRow([{ sheet: 'S', rowNumber: 1, cells: headers }], { synonyms: headerNamesOf(employerFields), rowNumber: 1 })!;
const fieldList = (...headers: string[]) => fieldsOf(...headers).columns.map((c) => c.field);

describe('employer header texts', () => {
  it('other lists name no employer field: a parts list, an interview, a price list', () => {
    expect(fieldList('No', 'Part Name', 'Qty', 'P', 'L')).toEqual([null, null, null, null, null]);
    expect(fieldList('Name', 'Question', 'Answer', '#NAME?', 'Security Name')).toEqual([null, null, null, null, null]);
    expect(fieldList('Nama', 'Size', 'Kantor', 'Program Kerja', 'Ket. Harga')).toEqual([null, null, null, null, null]);
  });

  it('Indonesian headers inside longer ones; English and short words only as the whole header', () => {
    expect(fieldList('Nama Perusahaan (sesuai akta)', 'No. NIB', 'Jumlah TK Laki-laki', 'Company Name', 'Employer', 'Program', 'HP', 'Ket')).toEqual(['name', 'nib', 'workersMale', 'name', 'name', 'bpjsProgrammes', 'contactPhone', 'notes']);
    expect(fieldList('Company Name Before Merger', 'Nomor HP Pemilik')).toEqual([null, 'contactPhone']);
  });

  it('headers about the owner or the company that are not their names do not fill the names', () => {
    expect(fieldList('NIK Pemilik', 'NPWP Perusahaan', 'Alamat Pemilik', 'Telepon Pemilik')).toEqual([null, 'npwp', 'address', 'contactPhone']);
    // the employer's own address wins over the owner's when both are there
    expect(fieldsOf('Alamat Pemilik', 'Alamat Perusahaan').fields.get('address')).toBe(1);
    expect(fieldList('Pemilik', 'Nama Pemilik', 'Perusahaan')).toEqual(['ownerName', 'ownerName', 'name']);
  });

  it('a narrow employer sheet is trusted; one known column among many unknown ones is not', () => {
    expect(guessedMapping(employerFields, fieldsOf('No', 'Nama Perusahaan')).mapping).toMatchObject({ name: 1 });
    expect(guessedMapping(employerFields, fieldsOf('Nama Perusahaan', 'Kecamatan', 'Omzet', 'Modal', 'Aset')).mapping).toMatchObject({ name: 0, kecamatan: 1 });
    const weak = guessedMapping(employerFields, fieldsOf('No', 'Nama Usaha', 'Jenis Usaha', 'Omzet'));
    expect(Object.values(weak.mapping).every((c) => c === null)).toBe(true);
    expect(weak.note?.severity).toBe('warning');
  });
});
