// A cell's value in a message is quoted short: the first 60 characters and "…" (walk 36 #9: a
// Keterangan of 31,199 characters was quoted whole, the result row 10,000 px tall and the CLI's
// line 31,000 characters). The error file keeps the whole value (displayCell).
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readRows } from '../../../core/imports/read/reader.ts';
import type { RawRow } from '../../../core/imports/read/types.ts';
import { choice, count, date, displayCell, quotedCell, quotedParams, quotedText, rupiahAmount } from '../../../core/imports/fields/cell-values.ts';
import type { MessageKey } from '../../../core/api/messages/catalogue.ts';
import type { Message } from '../../../core/api/messages/message.ts';
import { msg, render } from '../../../core/messages.ts';
import { tempDir } from './fixtures.ts';

const tmp = tempDir('lindung-quoted-');
const p = tmp.path;
afterAll(() => tmp.remove());

const long = 'Catatan pemeriksaan lapangan berulang. '.repeat(800).trim(); // 31,199 characters

async function secondRow(file: string): Promise<RawRow> {
  for await (const r of readRows(file)) if (r.rowNumber === 2) return r;
  throw new Error('no row 2');
}

describe('long cell values in messages', () => {
  it('a refusal quotes the first 60 characters and "…", in both languages', async () => {
    writeFileSync(p('panjang.csv'), `Nama Perusahaan;Tanggal berdiri;Status BPJS;Jumlah TK;Gaji\nCV Catatan Panjang;${long};${long};${long};${long}\n`);
    const row = await secondRow(p('panjang.csv'));
    expect(displayCell(row.cells[1])).toHaveLength(long.length); // the error file's value stays whole
    const refusals = [date(row.cells[1]), choice(row.cells[2], { terdaftar: 'terdaftar' }, 'terdaftar'), count(row.cells[3], 1000), rupiahAmount(row.cells[4], 1e9)];
    for (const result of refusals) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const value = result.message.params?.value as string;
      expect(value).toBe(`${long.slice(0, 60).trimEnd()}…`);
      for (const language of ['id', 'en'] as const) expect(render(result.message, language).length).toBeLessThan(300);
    }
  });

  it('quotedParams: the cell texts a register message quotes, in nested messages too; other parameters stay whole', () => {
    const allowed = 'terdaftar, PWBD, PDS TK, PDS upah, PDS program, belum terdaftar, tidak aktif lagi, lainnya';
    const message = msg('employerImport.statusUnknown' as MessageKey, { value: long, allowed, inner: msg('imports.rowRolledBack', { row: 2, problem: msg('imports.cells.notADate', { value: long }) }) });
    const quoted = quotedParams(message);
    expect(quoted.params?.value).toBe(`${long.slice(0, 60).trimEnd()}…`);
    expect(quoted.params?.allowed).toBe(allowed);
    expect(((quoted.params?.inner as Message).params?.problem as Message).params?.value).toBe(`${long.slice(0, 60).trimEnd()}…`);
    const short = msg('imports.cells.notADate', { value: '32/13/2024' });
    expect(quotedParams(short)).toBe(short);
  });

  it('quotes short values whole and never cuts a character in two', () => {
    expect(quotedText('Br. Kaja')).toBe('Br. Kaja');
    expect(quotedText('x'.repeat(60))).toBe('x'.repeat(60));
    const emoji = `${'a'.repeat(59)}😀${'b'.repeat(10)}`;
    expect(quotedText(emoji)).toBe(`${'a'.repeat(59)}😀…`);
    expect(quotedCell({ formula: `CONCAT(${'"x",'.repeat(40)}"y")`, result: null })).toMatch(/^=CONCAT\(.{52}…$/);
    expect(quotedCell(undefined)).toBe('');
  });
});
