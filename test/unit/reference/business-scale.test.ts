import { describe, expect, it } from 'vitest';
import {
  BUSINESS_SCALE_THRESHOLDS,
  businessScale,
  formatRupiah,
  mandatoryProgrammes,
} from '../../../core/reference/business-scale.ts';
import type { BusinessScale } from '../../../core/reference/business-scale.ts';

const M = 1_000_000_000; // Rp1 miliar

describe('businessScale by capital (modal usaha, PP 7/2021)', () => {
  it.each<[number, BusinessScale]>([
    [0, 'mikro'],
    [1, 'mikro'],
    [1 * M, 'mikro'],
    [1 * M + 1, 'kecil'],
    [5 * M, 'kecil'],
    [5 * M + 1, 'menengah'],
    [10 * M, 'menengah'],
    [10 * M + 1, 'besar'],
    [1_000 * M, 'besar'],
  ])('capital %d -> %s', (capital, scale) => {
    const r = businessScale({ capital });
    expect(r).toMatchObject({ scale, basis: 'modal', byCapital: scale, bySales: null, errors: [] });
    expect(r.rule).toContain('PP 7/2021');
    expect(r.rule).toContain(`usaha ${scale}`);
  });

  it('states the band in the rule', () => {
    expect(businessScale({ capital: 1 * M }).rule).toContain('≤ Rp\u00a01.000.000.000');
    expect(businessScale({ capital: 3 * M }).rule).toContain('> Rp\u00a01.000.000.000 s.d. Rp\u00a05.000.000.000');
    expect(businessScale({ capital: 11 * M }).rule).toContain('> Rp\u00a010.000.000.000');
    expect(businessScale({ capital: 3 * M }).ruleEn).toContain('small enterprise');
  });
});

describe('businessScale by annual sales (hasil penjualan tahunan)', () => {
  it.each<[number, BusinessScale]>([
    [0, 'mikro'],
    [2 * M, 'mikro'],
    [2 * M + 1, 'kecil'],
    [15 * M, 'kecil'],
    [15 * M + 1, 'menengah'],
    [50 * M, 'menengah'],
    [50 * M + 1, 'besar'],
  ])('sales %d -> %s', (annualSales, scale) => {
    expect(businessScale({ annualSales })).toMatchObject({ scale, basis: 'penjualan', byCapital: null, bySales: scale });
  });
});

describe('businessScale with both figures', () => {
  it('uses capital and reports both', () => {
    const r = businessScale({ capital: 500_000_000, annualSales: 20 * M });
    expect(r).toMatchObject({ scale: 'mikro', basis: 'modal', byCapital: 'mikro', bySales: 'menengah' });
    expect(r.rule).toContain('usaha menengah');
    expect(r.rule).toContain('kriteria modal usaha');
  });

  it('says when both agree', () => {
    const r = businessScale({ capital: 3 * M, annualSales: 10 * M });
    expect(r).toMatchObject({ scale: 'kecil', byCapital: 'kecil', bySales: 'kecil' });
    expect(r.rule).toContain('(sama)');
  });
});

describe('businessScale rejects bad input', () => {
  it.each([
    [{ capital: -1 }, 'capital', 'negatif'],
    [{ capital: 1.5 }, 'capital', 'bilangan bulat'],
    [{ annualSales: -100 }, 'annualSales', 'negatif'],
    [{ annualSales: Number.NaN }, 'annualSales', 'angka'],
    [{ capital: Number.POSITIVE_INFINITY }, 'capital', 'angka'],
    [{ capital: 2 ** 60 }, 'capital', 'bilangan bulat'],
  ])('%j', (input, field, word) => {
    const r = businessScale(input);
    expect(r.scale).toBeNull();
    expect(r.basis).toBeNull();
    expect(r.errors.map((e) => e.field)).toEqual([field]);
    expect(r.rule).toContain(word);
  });

  it('rejects when one of two figures is bad, rather than silently using the other', () => {
    const r = businessScale({ capital: 1 * M, annualSales: -5 });
    expect(r.scale).toBeNull();
    expect(r.errors.map((e) => e.field)).toEqual(['annualSales']);
  });

  it('decides nothing without figures and says what to enter', () => {
    const r = businessScale({});
    expect(r).toMatchObject({ scale: null, basis: null, errors: [] });
    expect(r.rule).toContain('modal usaha');
  });
});

describe('threshold table', () => {
  it('is ascending and ends open', () => {
    for (const { bands } of Object.values(BUSINESS_SCALE_THRESHOLDS)) {
      expect(bands.map((b) => b.scale)).toEqual(['mikro', 'kecil', 'menengah', 'besar']);
      const limits = bands.slice(0, -1).map((b) => b.upTo!);
      expect([...limits].sort((a, b) => a - b)).toEqual(limits);
      expect(bands.at(-1)!.upTo).toBeNull();
    }
    expect(BUSINESS_SCALE_THRESHOLDS.modal.source).toContain('PP 7/2021');
  });

  it('formats Rupiah the Indonesian way', () => {
    expect(formatRupiah(1_000_000_000)).toBe('Rp\u00a01.000.000.000');
    expect(formatRupiah(0)).toBe('Rp\u00a00');
  });
});

describe('mandatoryProgrammes (PP 6/2025)', () => {
  it('requires JKK, JHT, JP, JKM for besar and menengah', () => {
    for (const scale of ['besar', 'menengah'] as const) {
      expect(mandatoryProgrammes(scale)).toMatchObject({ programmes: ['JKK', 'JHT', 'JP', 'JKM'], isMinimum: false });
    }
  });

  it('requires at least JKK, JHT, JKM for kecil and mikro', () => {
    for (const scale of ['kecil', 'mikro'] as const) {
      const p = mandatoryProgrammes(scale);
      expect(p).toMatchObject({ programmes: ['JKK', 'JHT', 'JKM'], isMinimum: true });
      expect(p.programmes).not.toContain('JP');
      expect(p.source).toContain('PP 6/2025');
    }
  });

  it('throws on an unknown scale', () => {
    expect(() => mandatoryProgrammes('raksasa' as BusinessScale)).toThrow(/Unknown business scale/);
  });

  it('chains with businessScale', () => {
    const r = businessScale({ capital: 10 * M + 1 });
    expect(mandatoryProgrammes(r.scale!).programmes).toContain('JP');
  });
});
