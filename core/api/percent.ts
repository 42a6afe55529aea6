// A percentage as the coverage dashboard shows it, and the interview brief prints it: two
// decimals, as the engine rounds a figure (5.16 → "5,16 %", 65.6 → "65,60 %"), id-ID style in
// both languages. Written by hand rather than by Intl so every machine prints the same bytes.

/** 5.16 → '5,16 %'; '—' for no percent (no denominator). */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const [whole, fraction] = Math.abs(value).toFixed(2).split('.');
  const sign = value < 0 && Number(`${whole}${fraction}`) !== 0 ? '-' : '';
  return `${sign}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction} %`;
}
