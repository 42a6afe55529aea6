import { afterEach, describe, expect, it } from 'vitest';
import { formatPercent as briefPercent } from '../../core/api/percent.ts';
import { formatChange, formatPercent, formatPoints } from '../../renderer/src/coverage/coverage-format.ts';
import { formatDecimal, formatLongDay, formatNumber, formatPercentValue, formatRupiah, plainRupiah } from '../../renderer/src/format.ts';
import i18n from '../../renderer/src/i18n/index.ts';

// Numbers on screen follow the interface language, as dates do: "1.234,5" and "Rp 2.600.000" in
// Indonesian, "1,234.5" and "Rp 2,600,000" in English ("Rp" in both). Files and core's messages
// keep core's own formatters (money-format.test.ts, percent-format.test.ts).

afterEach(async () => {
  await i18n.changeLanguage('id');
});

describe('numbers on screen', () => {
  it('read the Indonesian way in Indonesian', async () => {
    await i18n.changeLanguage('id');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(130_300)).toBe('130.300');
    expect(formatDecimal(1.25, 1)).toBe('1,3');
    expect(formatDecimal(2.4, 2, 2)).toBe('2,40');
    expect(formatDecimal(1_048_576 / 1_048_576, 1)).toBe('1');
    expect(formatPercentValue(12.5)).toBe('12,5 %');
    expect(formatPercentValue(1234.567)).toBe('1.234,57 %');
    expect(formatPercentValue(null)).toBe('—');
    expect(formatRupiah(2_600_000)).toBe('Rp\u00a02.600.000');
    expect(formatRupiah(-2_600_000)).toBe('-Rp\u00a02.600.000');
    expect(plainRupiah(16_800)).toBe('Rp 16.800');
  });

  it('and the English way in English', async () => {
    await i18n.changeLanguage('en');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatNumber(130_300)).toBe('130,300');
    expect(formatDecimal(1.25, 1)).toBe('1.3');
    expect(formatDecimal(2.4, 2, 2)).toBe('2.40');
    expect(formatPercentValue(12.5)).toBe('12.5 %');
    expect(formatPercentValue(1234.567)).toBe('1,234.57 %');
    expect(formatPercentValue(undefined)).toBe('—');
    expect(formatRupiah(2_600_000)).toBe('Rp\u00a02,600,000');
    expect(formatRupiah(-2_600_000)).toBe('-Rp\u00a02,600,000');
    expect(formatRupiah(16_800.4)).toBe('Rp\u00a016,800');
    expect(formatRupiah(0)).toBe('Rp\u00a00');
    expect(plainRupiah(16_800)).toBe('Rp 16,800');
  });

  it('follow a change of language at once', async () => {
    await i18n.changeLanguage('en');
    expect(formatNumber(1500)).toBe('1,500');
    await i18n.changeLanguage('id');
    expect(formatNumber(1500)).toBe('1.500');
  });
});

describe('coverage figures on screen', () => {
  it('read "65,60 %" in Indonesian, as the interview brief prints them', async () => {
    await i18n.changeLanguage('id');
    for (const v of [5.16, 65.6, 0, 100, 0.05, 1234.5, null]) expect(formatPercent(v)).toBe(briefPercent(v));
    expect(formatChange(1250)).toBe('+1.250');
    expect(formatPoints(2.4)).toBe('+2,40');
    expect(formatPoints(-0.15)).toBe('−0,15');
  });

  it('and "65.60 %" in English, rounded alike', async () => {
    await i18n.changeLanguage('en');
    expect(formatPercent(65.6)).toBe('65.60 %');
    expect(formatPercent(5.16)).toBe('5.16 %');
    expect(formatPercent(1234.5)).toBe('1,234.50 %');
    expect(formatPercent(-0.001)).toBe('0.00 %');
    expect(formatPercent(null)).toBe('—');
    expect(formatChange(1250)).toBe('+1,250');
    expect(formatChange(-40)).toBe('−40');
    expect(formatPoints(2.4)).toBe('+2.40');
    expect(formatPoints(-0.15)).toBe('−0.15');
    expect(formatPoints(null)).toBe('—');
  });
});

describe('a day with the month in full', () => {
  it('names the month in the interface language', async () => {
    await i18n.changeLanguage('id');
    expect(formatLongDay('1985-06-05')).toBe('5 Juni 1985');
    await i18n.changeLanguage('en');
    expect(formatLongDay('1985-06-05')).toBe('5 June 1985');
    expect(formatLongDay(null)).toBe('—');
  });
});
