import { describe, expect, it } from 'vitest';
import { isSafeEntryPath, safeSegment, UniqueNames } from '../../../core/award/package/safe-names.ts';

// Names typed in the office become folder and file names in the ZIP: safe on Windows, macOS and
// Linux, never climbing out, numbered when two collide.

describe('package names', () => {
  it('cleans a name into one safe segment', () => {
    expect(safeSegment('Perbup 48/2023: "petunjuk" teknis?.pdf')).toBe("Perbup 48_2023_ 'petunjuk' teknis_.pdf");
    expect(safeSegment('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeSegment('..')).toBe('berkas');
    expect(safeSegment('  laporan.  ')).toBe('laporan');
    expect(safeSegment('CON')).toBe('_CON');
    expect(safeSegment('nul.pdf')).toBe('_nul.pdf');
    expect(safeSegment('a\u0000b\u001fc')).toBe('a_b_c');
    const long = safeSegment(`${'x'.repeat(300)}.pdf`);
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('numbers names that collide, ignoring case', () => {
    const names = new UniqueNames();
    expect(['a.pdf', 'A.pdf', 'a.pdf', 'b'].map((n) => names.claim(n))).toEqual(['a.pdf', 'A (2).pdf', 'a (3).pdf', 'b']);
  });

  it('accepts only relative paths that stay inside', () => {
    for (const bad of ['', '/etc/passwd', 'C:/x', 'a/../b', 'a//b', 'a\\b', './a', 'a/']) expect(isSafeEntryPath(bad)).toBe(false);
    expect(isSafeEntryPath('dokumen/A Regulasi/1/Perda.pdf')).toBe(true);
  });
});
