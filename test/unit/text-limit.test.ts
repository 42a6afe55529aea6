import { afterAll, describe, expect, it } from 'vitest';
import { regulationInputSchema } from '../../core/api/regulations.ts';
import { maxLengthOf, tooLongWords } from '../../renderer/src/components/text-limit.ts';
import i18n from '../../renderer/src/i18n/index.ts';

// A text too long says by how much, from the limit its schema holds (walk 32: a 5,000-character
// title said only "Terlalu panjang.").
afterAll(() => i18n.changeLanguage('id'));

describe('a text field too long', () => {
  it('reads the limit from the schema, through trim, default and optional', () => {
    expect(maxLengthOf(regulationInputSchema, 'judul')).toBe(1000);
    expect(maxLengthOf(regulationInputSchema, 'abstrak')).toBe(20_000);
    expect(maxLengthOf(regulationInputSchema, 'tahun')).toBeNull();
    expect(maxLengthOf(regulationInputSchema, 'noSuchField')).toBeNull();
  });

  it('says the length and the limit in each language; other messages as they are', async () => {
    await i18n.changeLanguage('id');
    expect(tooLongWords(i18n.t, 'validation.tooLong', regulationInputSchema, 'judul', ` ${'x'.repeat(1240)} `)).toBe('Terlalu panjang: 1.240 karakter, paling banyak 1.000. Persingkat isinya.');
    expect(tooLongWords(i18n.t, 'validation.required', regulationInputSchema, 'judul', '')).toBe(i18n.t('validation.required'));
    await i18n.changeLanguage('en');
    expect(tooLongWords(i18n.t, 'validation.tooLong', regulationInputSchema, 'judul', 'x'.repeat(1240))).toBe('Too long: 1,240 characters, at most 1,000. Shorten it.');
  });
});
