import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../../core/api/money.ts';
import { rupiah as pdfRupiah } from '../../core/award/pdf/words.ts';
import { msg, render } from '../../core/messages.ts';
import { formatRupiah as businessScaleRupiah } from '../../core/reference/business-scale.ts';
import { plainRupiah, formatRupiah as screenRupiah } from '../../renderer/src/format.ts';

// Money reads one way in every file, and in Indonesian messages and screens: "Rp 2.600.000", as
// Intl id-ID currency writes it (a no-break space on screens and in messages, an ordinary space in
// text pasted elsewhere and in PDFs). English messages and screens write "Rp 2,600,000" (screens:
// format-language.test.ts).

const intl = (n: number) => new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(n);
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('money', () => {
  it('is written as Intl id-ID currency writes it, whole Rupiah', () => {
    for (const n of [0, 6_800, 16_800, 2_600_000, 1_000_000_000, -2_600_000]) expect(formatRupiah(n)).toBe(intl(n));
    expect(formatRupiah(2_600_000, 'plain')).toBe('Rp 2.600.000');
    expect(formatRupiah(16_800.4)).toBe(intl(16_800));
  });

  it('reads the same on Indonesian screens, in copied summaries, messages and the brief', () => {
    expect(screenRupiah(2_600_000)).toBe('Rp\u00a02.600.000');
    expect(plainRupiah(16_800)).toBe('Rp 16.800');
    expect(businessScaleRupiah(1_000_000_000)).toBe('Rp\u00a01.000.000.000');
    expect(pdfRupiah(1_843_200_000)).toBe('Rp 1.843.200.000');
    const said = msg('calc.incomeOutside', { income: 500_000, min: 1_000_000, max: 20_700_000, used: 1_000_000 });
    expect(plain(render(said, 'id'))).toContain('Penghasilan Rp 500.000 di luar rentang yang diizinkan Rp 1.000.000–Rp 20.700.000');
    // An English message groups with commas, as the English screens do.
    expect(plain(render(said, 'en'))).toContain('Declared income Rp 500,000 is outside the allowed range Rp 1,000,000–Rp 20,700,000');
  });
});
