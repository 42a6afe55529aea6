import { afterAll, describe, expect, it } from 'vitest';
import i18n from '../../../renderer/src/i18n/index.ts';
import '../../../renderer/src/pages/employers/compliance-messages.ts';

// The employer page's line of its workers counts in the language's grammar (walk 29: "1 workers").

describe("an employer's workers line", () => {
  afterAll(async () => {
    await i18n.changeLanguage('id');
  });

  it('is singular for one worker in English, and the same word for any number in Indonesian', async () => {
    await i18n.changeLanguage('en');
    expect(i18n.t('kepatuhan.workers.count', { n: '1', count: 1, date: '7 Dec 2026' })).toBe('1 worker with an active PU period at 7 Dec 2026.');
    expect(i18n.t('kepatuhan.workers.count', { n: '3', count: 3, date: '7 Dec 2026' })).toBe('3 workers with an active PU period at 7 Dec 2026.');
    await i18n.changeLanguage('id');
    expect(i18n.t('kepatuhan.workers.count', { n: '1', count: 1, date: '7 Des 2026' })).toBe('1 pekerja dengan periode PU aktif per 7 Des 2026.');
  });
});
