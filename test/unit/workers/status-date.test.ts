import { afterAll, describe, expect, it } from 'vitest';
import { messageNamespace } from '../../../core/api/messages/message.ts';
import { personStatuses, segments } from '../../../core/api/workers.ts';
import i18n from '../../../renderer/src/i18n/index.ts';
import '../../../renderer/src/pages/workers/messages.ts';
import { statusAsksDate, statusDateProblem, statusDateStart } from '../../../renderer/src/pages/workers/status-date.ts';

// The person page's "Status data" dialog: a date of death or of moving away is never filled in
// for the clerk (a default of today was saved unread and reported as the date of death); it must
// be typed, and a text that is no day is refused, not dropped.

describe('the status dialog date', () => {
  it('starts empty for died and moved away, at today for entered in error', () => {
    expect(statusDateStart('meninggal', '2026-05-04')).toBeNull();
    expect(statusDateStart('pindah', '2026-05-04')).toBeNull();
    expect(statusDateStart('salah_input', '2026-05-04')).toBe('2026-05-04');
    expect(statusDateStart('aktif', '2026-05-04')).toBeNull();
  });

  it('is asked for every status but set back to active', () => {
    expect(personStatuses.filter(statusAsksDate)).toEqual(['meninggal', 'pindah', 'salah_input']);
  });

  it('refuses the save while empty', () => {
    for (const status of ['meninggal', 'pindah', 'salah_input'] as const) {
      expect(statusDateProblem(status, null)).toBe('required');
      expect(statusDateProblem(status, '')).toBe('required');
      expect(statusDateProblem(status, '   ')).toBe('required');
    }
  });

  it('refuses a typed text that is no day, and takes a real day', () => {
    expect(statusDateProblem('meninggal', '31/02/2026')).toBe('notADate');
    expect(statusDateProblem('pindah', '2026-02-31')).toBe('notADate');
    expect(statusDateProblem('meninggal', 'kemarin')).toBe('notADate');
    expect(statusDateProblem('meninggal', '2026-02-28')).toBeNull();
    expect(statusDateProblem('salah_input', '2026-05-04')).toBeNull();
  });

  it('asks nothing of set back to active', () => {
    expect(statusDateProblem('aktif', null)).toBeNull();
  });
});

describe('the words', () => {
  afterAll(async () => {
    await i18n.changeLanguage('id');
  });

  it('say which date is missing, in Indonesian and in English', async () => {
    await i18n.changeLanguage('id');
    expect(i18n.t('pekerja.detail.dateRequired.meninggal')).toBe('Isi tanggal meninggal.');
    expect(i18n.t('pekerja.detail.dateRequired.pindah')).toBe('Isi tanggal pindah.');
    await i18n.changeLanguage('en');
    expect(i18n.t('pekerja.detail.dateRequired.meninggal')).toBe('Enter the date of death.');
    expect(i18n.t('pekerja.detail.dateRequired.pindah')).toBe('Enter the date the person moved away.');
  });

  it('name every segment as the register does (Jakon, not JAKON)', async () => {
    await i18n.changeLanguage('id');
    const words = segments.map((s) => i18n.t(`workers.segment.${s}`, { ns: messageNamespace, defaultValue: s }));
    expect(words).toEqual(['PU', 'BPU', 'Jakon', 'PMI']);
  });

  it("name every action a person's history lists, in both languages (walk 30: the report's badge read 'report')", async () => {
    const actions = ['create', 'update', 'died', 'moved', 'remove', 'restore', 'report', 'merge', 'merged', 'undo-merge', 'different', 'undo-different', 'import-create', 'import-update', 'undo-import'];
    for (const lng of ['id', 'en']) {
      await i18n.changeLanguage(lng);
      expect(actions.filter((a) => !i18n.exists(`pekerja.history.actions.${a}`))).toEqual([]);
    }
    await i18n.changeLanguage('id');
    expect(i18n.t('pekerja.history.actions.report')).toBe('laporan data pribadi dibuat');
  });
});

