import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readFileSync } from 'node:fs';
import { addPerson, badungApp, bpu, type App } from './support.ts';

// A past figure reads the person's domicile and category as recorded today (their history is not
// kept): the exported file says so for a past date or a frozen month, and not for today.

async function exportedText(app: App, input: Record<string, unknown>): Promise<string> {
  const made = await app.call('coverage.export', { format: 'xlsx', ...input });
  if (!made.ok) throw new Error(made.error.message);
  const book = XLSX.read(readFileSync(app.runtime.files.outgoingFile(made.data.token).path));
  return book.SheetNames.map((name) => XLSX.utils.sheet_to_csv(book.Sheets[name]!)).join('\n');
}

describe("the export's note on past figures", () => {
  it('is written for a past date and a frozen month, not for today', async () => {
    const app = await badungApp();
    await addPerson(app, 61, [bpu('2024-01-01')]);
    const note = /domisili \(kecamatan, desa\) dan kategori pekerja rentan dibaca sebagaimana tercatat saat dihitung/;
    expect(await exportedText(app, { at: '2024-06-30' })).toMatch(note);
    expect(await exportedText(app, {})).not.toMatch(note);
    const frozen = await app.call('coverage.freeze', { month: '2026-10' });
    if (!frozen.ok) throw new Error(frozen.error.message);
    expect(await exportedText(app, { snapshotUid: frozen.data.uid })).toMatch(note);
  });
});
