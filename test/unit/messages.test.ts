import { describe, expect, it } from 'vitest';
import { catalogue } from '../../core/api/messages/catalogue.ts';
import { addMessages, hasMessage, msg, render, renderBoth } from '../../core/messages.ts';
import { makeTestApp } from './support/test-db.ts';

const keysOf = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v as object, `${prefix}${k}.`)));
/** Plural forms ("skipped_one", "skipped_other") count as their base key: languages have different forms. */
const baseKeys = (tree: object) => [...new Set(keysOf(tree).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

describe('one message mechanism', () => {
  it('says a coded message in both languages, its message parameters in words too', () => {
    const message = msg('errors.notFound', { what: msg('things.region', { code: '51.03' }) });
    expect(renderBoth(message)).toEqual({ id: 'Wilayah 51.03 tidak ditemukan.', en: 'Region 51.03 not found.' });
  });

  it('has the same keys in Indonesian and English, every one a sentence', () => {
    const id = baseKeys(catalogue.id);
    expect(id.length).toBeGreaterThan(5);
    expect(baseKeys(catalogue.en)).toEqual(id);
    for (const key of id) expect(render({ key, params: { count: 2 } }, 'en'), key).not.toBe(key);
  });

  it('takes a register’s own words without a shared file naming them', () => {
    expect(hasMessage('tinyRegister.fields.code')).toBe(false);
    addMessages({ id: { tinyRegister: { fields: { code: 'Kode rumah tangga' } } }, en: { tinyRegister: { fields: { code: 'Household code' } } } });
    expect(render({ key: 'errors.notFound', params: { what: { key: 'tinyRegister.fields.code' } } }, 'id')).toBe('Kode rumah tangga tidak ditemukan.');
    expect(render({ key: 'tinyRegister.fields.code' }, 'en')).toBe('Household code');
  });

  it('sends an error across the router as a coded message and in words', async () => {
    const app = makeTestApp();
    const result = await app.call('regions.get', { code: '99' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.said).toEqual({ key: 'errors.notFound', params: { what: { key: 'things.region', params: { code: '99' } } } });
    expect(result.error.message).toBe('Wilayah 99 tidak ditemukan.');
    expect(result.error.messageEn).toBe('Region 99 not found.');
  });
});
