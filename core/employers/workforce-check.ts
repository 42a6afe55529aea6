import { workforceFindings, type WorkforceCounts, type WorkforceFinding } from '../api/employers.ts';
import type { LocalizedText } from '../api/localized-text.ts';
import { invalidInput } from '../app-error.ts';

// The worker counts against each other, said in words: what a save refuses (a split larger
// than the total) and what an import only warns about (a complete split short of it).

const n = (x: number, lang: 'id' | 'en') => x.toLocaleString(lang === 'id' ? 'id-ID' : 'en');

/** One finding as a sentence that names both figures and the way out. */
export function workforceMessage(f: WorkforceFinding): LocalizedText {
  const say = (lang: 'id' | 'en') => ({ split: n(f.split, lang), total: n(f.total, lang) });
  const id = say('id');
  const en = say('en');
  switch (f.code) {
    case 'sexAboveTotal':
      return {
        id: `Laki-laki + perempuan (${id.split}) lebih banyak dari jumlah tenaga kerja (${id.total}). Perbaiki jumlahnya atau rinciannya.`,
        en: `Male + female (${en.split}) is more than the number of workers (${en.total}). Correct the total or the split.`,
      };
    case 'contractAboveTotal':
      return {
        id: `PKWTT + PKWT + harian lepas + borongan (${id.split}) lebih banyak dari jumlah tenaga kerja (${id.total}). Perbaiki jumlahnya atau rinciannya.`,
        en: `PKWTT + PKWT + casual + piece-rate (${en.split}) is more than the number of workers (${en.total}). Correct the total or the split.`,
      };
    case 'foreignAboveTotal':
      return {
        id: `Tenaga kerja asing (${id.split}) lebih banyak dari jumlah tenaga kerja (${id.total}); TKA termasuk dalam jumlah itu.`,
        en: `Foreign workers (${en.split}) are more than the number of workers (${en.total}); they are part of that number.`,
      };
    case 'sexBelowTotal':
      return {
        id: `Laki-laki + perempuan (${id.split}) tidak sama dengan jumlah tenaga kerja (${id.total}). Periksa angkanya.`,
        en: `Male + female (${en.split}) differs from the number of workers (${en.total}). Check the figures.`,
      };
    case 'sexSumTooLarge':
      return {
        id: `Laki-laki + perempuan (${id.split}) lebih dari ${id.total}, batas satu jumlah tenaga kerja. Periksa angkanya.`,
        en: `Male + female (${en.split}) is more than ${en.total}, the most one count may say. Check the figures.`,
      };
    case 'contractBelowTotal':
      return {
        id: `PKWTT + PKWT + harian lepas + borongan (${id.split}) tidak sama dengan jumlah tenaga kerja (${id.total}). Periksa angkanya.`,
        en: `PKWTT + PKWT + casual + piece-rate (${en.split}) differs from the number of workers (${en.total}). Check the figures.`,
      };
  }
}

/** The field a finding is about, for the form and the import's column. */
export const workforceField = (f: WorkforceFinding): 'workersTotal' | 'workersMale' | 'workersForeign' =>
  f.code === 'foreignAboveTotal' ? 'workersForeign' : f.code === 'sexSumTooLarge' ? 'workersMale' : 'workersTotal';

/** A save refuses counts no record can have; the message names both figures. */
export function checkWorkforce(counts: WorkforceCounts): void {
  const errors = workforceFindings(counts).filter((f) => f.severity === 'error');
  if (errors.length === 0) return;
  const messages = errors.map(workforceMessage);
  throw invalidInput(
    { id: messages.map((m) => m.id).join(' '), en: messages.map((m) => m.en).join(' ') },
    { issues: errors.map((f) => ({ path: workforceField(f), messageKey: `employers.workforce.${f.code}Short` })) },
  );
}
