import { describe, expect, it } from 'vitest';
import { badungApp } from './support.ts';

// What a coverage report refuses: a date that does not exist and an area that is not a region,
// each with words saying what to write instead (never a report of zeros for a typo).

describe('coverage report input', () => {
  it('refuses a day that does not exist and an unknown area, for a report and for freezing a month', async () => {
    const app = await badungApp();
    const badDay = await app.call('coverage.report', { at: '2025-02-30' });
    expect(badDay.ok).toBe(false);
    const unknown = await app.call('coverage.report', { areaCode: '99' });
    expect(!unknown.ok && unknown.error.message).toContain('Kode wilayah "99" tidak dikenal');
    const freeze = await app.call('coverage.freeze', { month: '2025-10', areaCode: '99' });
    expect(!freeze.ok && freeze.error.message).toContain('tidak dikenal');
    expect((await app.call('coverage.report', { areaCode: '51.03', at: '2024-02-29' })).ok).toBe(true);
  });
});
