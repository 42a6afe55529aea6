import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { setEncryptionOn } from '../../../core/encryption/state.ts';
import { writeCsv } from '../../../core/exports/csv-writer.ts';
import { writeXlsx } from '../../../core/exports/xlsx-writer.ts';
import { FileStore } from '../../../core/files/file-store.ts';
import { sealKeyFor } from '../../../core/files/sealed-file.ts';
import { readInWorker } from '../../../core/imports/read/read-in-worker.ts';
import { tempDir } from '../support/test-db.ts';
import { employerCsv, niksIn, seededNiks } from './nik-seed.ts';

// A staged spreadsheet copy while encryption is on: sealed (AES-256-GCM, a key in this process's
// memory) on its way to disk, so none of its NIKs is readable in the data folder, and read by
// the parse worker from memory after it decrypts it (CSV by stream, XLSX through the ZIP guard).

const data = tempDir('lindung-sealed-');
const niks = seededNiks(1000);
afterAll(() => {
  setEncryptionOn(false);
  data.remove();
});

async function rowsOf(path: string): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for await (const batch of readInWorker(path)) rows.push(...batch.rows.map((r) => r.cells));
  return rows;
}

describe('staged files with encryption on', () => {
  it('a CSV is sealed at rest and still read whole', async () => {
    setEncryptionOn(true);
    const store = new FileStore(data.path);
    const csv = employerCsv(niks, 'CV Usaha');
    const staged = await store.stage('perusahaan.csv', Readable.from([Buffer.from(csv)]), 50e6);
    const path = store.staged(staged.token).path;
    expect(sealKeyFor(path)).not.toBeNull();
    expect(staged.bytes).toBe(Buffer.byteLength(csv));
    expect(niksIn(path, niks)).toEqual({ bytes: 0, strings: 0 });
    const rows = await rowsOf(path);
    expect(rows).toHaveLength(1001);
    expect(rows.slice(1).map((r) => String(r[2]))).toEqual(niks);
    store.discardStaged(staged.token);
    expect(sealKeyFor(path)).toBeNull();
  });

  it('an XLSX is sealed at rest and read through the ZIP guard from memory', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Data');
    sheet.addRow(['Nama Perusahaan', 'NPWP']);
    niks.forEach((nik, i) => sheet.addRow([`CV ${i}`, nik]));
    const file = join(data.path, 'perusahaan.xlsx');
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    setEncryptionOn(true);
    const store = new FileStore(data.path);
    const staged = await store.stage('perusahaan.xlsx', Readable.from([readFileSync(file)]), 50e6);
    const path = store.staged(staged.token).path;
    expect(readFileSync(path).subarray(0, 2).toString()).not.toBe('PK'); // not a ZIP on disk
    const rows = await rowsOf(path);
    expect(rows.slice(1).map((r) => String(r[1]))).toEqual(niks);
  });

  it('a file for download (an error file, an export) is sealed in the data folder and plain where it is saved', async () => {
    setEncryptionOn(true);
    const store = new FileStore(data.path);
    const csvOut = store.reserveOutgoing('kesalahan.csv');
    await writeCsv(csvOut.path, ['Lindung'], ['NPWP'], niks.map((n) => [n]));
    expect(niksIn(csvOut.path, niks)).toEqual({ bytes: 0, strings: 0 });
    const saved = join(data.path, 'saved.csv');
    await store.copyOutgoing(csvOut.token, saved);
    expect(readFileSync(saved, 'utf8')).toContain(niks[999]);
    expect(store.outgoingFile(csvOut.token).bytes).toBe(readFileSync(saved).length);
    const xlsxOut = store.reserveOutgoing('kesalahan.xlsx');
    await writeXlsx(xlsxOut.path, [{ name: 'Data', header: ['NPWP'], textColumns: [0], rows: niks.map((n) => [n]) }]);
    expect(niksIn(xlsxOut.path, niks)).toEqual({ bytes: 0, strings: 0 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.read(store.openOutgoing(xlsxOut.token));
    expect(String(book.getWorksheet('Data')!.getCell('A1001').value)).toBe(niks[999]);
    store.discardOutgoing(xlsxOut.token);
  });

  it('with encryption off, the staged copy is the file itself', async () => {
    setEncryptionOn(false);
    const store = new FileStore(data.path);
    const staged = await store.stage('plain.csv', Readable.from([Buffer.from('a;b\n1;2\n')]), 50e6);
    expect(readFileSync(store.staged(staged.token).path, 'utf8')).toBe('a;b\n1;2\n');
  });
});
