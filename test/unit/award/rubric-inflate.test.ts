import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/app-error.ts';
import { parseRubricFile, rubricFileLimits } from '../../../core/award/rubric-parse.ts';
import { render } from '../../../core/messages.ts';

// A rubric XLSX is inflated with a real cap before the spreadsheet reader sees it: a crafted
// file that declares small sizes but inflates large is refused as soon as an entry passes what it
// declared, in Indonesian; one that declares more than the cap is refused before inflating.

/** A ZIP whose one big entry says (in its local header and the central directory) it is `declared` bytes. */
function underDeclared(actual: number, declared: number): Buffer {
  const zip = Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(actual) }, { level: 9 }));
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  for (let at = zip.indexOf(name); at >= 0; at = zip.indexOf(name, at + 1)) {
    if (zip.readUInt32LE(at - 30) === 0x04034b50) zip.writeUInt32LE(declared, at - 30 + 22); // local file header
    else if (zip.readUInt32LE(at - 46) === 0x02014b50) zip.writeUInt32LE(declared, at - 46 + 24); // central directory
  }
  return zip;
}

async function refusal(bytes: Buffer): Promise<string> {
  try {
    await parseRubricFile(bytes, 'rubrik.xlsx');
  } catch (error) {
    if (error instanceof AppError) return render(error.said);
    throw error;
  }
  throw new Error('not refused');
}

describe('a rubric XLSX that inflates large', () => {
  it('is refused when it inflates past what it declares, and when it declares more than the cap', async () => {
    const bomb = underDeclared(rubricFileLimits.maxUnzipped + 10 * 1024 * 1024, 1000);
    expect(bomb.length).toBeLessThan(rubricFileLimits.maxBytes);
    expect(await refusal(bomb)).toBe(
      'Berkas "rubrik.xlsx" ditolak: isinya mengembang melebihi ukuran yang dicantumkannya sendiri (batas 60 MB setelah dibuka). Berkas seperti ini rusak atau sengaja dibuat; simpan ulang rubriknya dari Excel atau LibreOffice sebagai .xlsx.',
    );
    const honest = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(rubricFileLimits.maxUnzipped + 1) }, { level: 9 }));
    expect(await refusal(honest)).toContain('terlalu besar untuk sebuah rubrik (lebih dari 60 MB)');
    // Cut short after its first bytes: a ZIP that cannot be opened.
    expect(await refusal(honest.subarray(0, 200))).toContain('bukan XLSX yang utuh');
  });
});
