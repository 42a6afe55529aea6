import { describe, expect, it } from 'vitest';
import { programmeLabel } from '../../../core/coverage/labels.ts';

// A programme as a coverage figure's name: its year in brackets after the name, unless the name
// already says that year as a whole word (never "… APBD 2026 (2026)").

describe("a programme's coverage label", () => {
  it('adds the year when the name does not say it', () => {
    expect(programmeLabel({ name: 'Perlindungan Pekerja Rentan APBD', year: 2026 })).toBe('Perlindungan Pekerja Rentan APBD (2026)');
    expect(programmeLabel({ name: 'Perlindungan Pekerja Rentan APBD', year: 2026 }, 'en')).toBe('Perlindungan Pekerja Rentan APBD (2026)');
  });

  it('keeps the name alone when it already says its year as a whole word', () => {
    expect(programmeLabel({ name: 'Perlindungan Pekerja Rentan APBD 2026', year: 2026 })).toBe('Perlindungan Pekerja Rentan APBD 2026');
    expect(programmeLabel({ name: 'Program 2026/2027', year: 2026 }, 'en')).toBe('Program 2026/2027');
  });

  it('adds the year when the name says another year, or the digits only inside a word', () => {
    expect(programmeLabel({ name: 'Lanjutan program 2025', year: 2026 })).toBe('Lanjutan program 2025 (2026)');
    expect(programmeLabel({ name: 'Program APBD20261', year: 2026 })).toBe('Program APBD20261 (2026)');
  });
});
