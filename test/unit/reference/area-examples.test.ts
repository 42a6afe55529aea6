import { beforeAll, describe, expect, it } from 'vitest';
import { areaExamples, misspelt } from '../../../renderer/src/pages/reference/area-examples.ts';
import type { RegionResolution } from '../../../core/api/regions.ts';
import { ok } from '../support/ok.ts';
import { makeTestApp } from '../support/test-db.ts';

// The area checker's examples come from the office's own area, and each one is what the
// checker is there to show: found by name, by capitals, by code, a desa, a typo it suggests.
type App = ReturnType<typeof makeTestApp>;
let app: App;
beforeAll(() => {
  app = makeTestApp({ reference: true, now: () => new Date('2026-11-24T03:00:00Z') });
});


describe('the area checker examples', () => {
  it('drops one vowel from the last word', () => {
    expect(misspelt('Kuta Utara')).toBe('Kuta Utra');
    expect(misspelt('Negara')).toBe('Negra');
    expect(misspelt('Kuta')).toBe('Kutaa');
  });

  it.each([
    ['51.01', 'Kabupaten Jembrana'],
    ['51.03', 'Kabupaten Badung'],
  ])('for the office of %s (%s) name its own places, each resolved as the example means', async (area, areaName) => {
    const kecamatan = await ok(app.call('regions.within', { code: area, level: 3 }));
    const villages = await ok(app.call('regions.children', { parentCode: kecamatan[0]!.code }));
    const examples = areaExamples(kecamatan, villages);
    expect(examples).toHaveLength(6);
    const [byName, capitals, code, village, typo, second] = examples as [string, string, string, string, string, string];
    const resolve = (text: string) => ok(app.call('regions.resolve', { text, withinCode: area }));
    const codeOf = (r: RegionResolution) => (r.status === 'found' ? r.code : null);
    for (const text of [byName, code]) expect(codeOf(await resolve(text)), text).toBe(kecamatan[0]!.code);
    // A bare name may also be a desa's (Mengwi, Jembrana): found, or offered among the choices.
    const bare = await resolve(capitals);
    expect(bare.status === 'found' ? [bare.code] : bare.status === 'ambiguous' ? bare.candidates.map((c) => c.code) : [], capitals).toContain(kecamatan[0]!.code);
    expect(codeOf(await resolve(village)), village).toBe(villages[0]!.code);
    const typed = await resolve(typo);
    expect(typed.status, typo).toBe('unknown');
    expect(typed.status === 'unknown' ? typed.suggestions.map((s) => s.code) : []).toContain(kecamatan[0]!.code);
    expect((await resolve(second)).status, second).not.toBe('unknown');
    // None names a place outside the office's area (its name is the summary's).
    const office = await ok(app.call('regions.get', { code: area }));
    expect(office.name).toBe(areaName);
  });
});
