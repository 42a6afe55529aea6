import { afterAll, describe, expect, it } from 'vitest';
import i18n from '../../renderer/src/i18n/index.ts';
import '../../renderer/src/exports/messages.ts';
import '../../renderer/src/coverage-inputs/messages.ts';

// English says "1 row", not "1 rows" (walk 33: the export dialog of one worker); Indonesian has one form.
afterAll(() => i18n.changeLanguage('id'));

describe('counts in English and Indonesian', () => {
  it('the export dialog and its notice', async () => {
    await i18n.changeLanguage('en');
    expect(i18n.t('exports.summary', { count: 1, rows: '1', columns: '5' })).toMatch(/^1 row, as the filters, search and sort on screen select it,/);
    expect(i18n.t('exports.summary', { count: 2, rows: '2', columns: '5' })).toMatch(/^2 rows, as the filters/);
    expect(i18n.t('exports.done', { count: 1, file: 'a.xlsx', rows: '1' })).toBe('a.xlsx: 1 row.');
    expect(i18n.t('cakupanInput.aggregates.total', { count: 1, rows: '1', people: '1,200' })).toBe('1 row · 1,200 people');
    await i18n.changeLanguage('id');
    expect(i18n.t('exports.done', { count: 1, file: 'a.xlsx', rows: '1' })).toBe('a.xlsx: 1 baris.');
    expect(i18n.t('cakupanInput.aggregates.total', { count: 3, rows: '3', people: '1.200' })).toBe('3 baris · 1.200 orang');
  });
});
