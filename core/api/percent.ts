// A percentage as the coverage dashboard shows it, and the interview brief prints it: two
// decimals, as the engine rounds a figure (5.16 → "5,16 %", 65.6 → "65,60 %"; an English screen
// "65.60 %"). Written by hand rather than by Intl so every machine prints the same bytes.

/** 5.16 → '5,16 %' ('5.16 %' in English); '—' for no percent (no denominator). */
export function formatPercent(value: number | null | undefined, language: 'id' | 'en' = 'id'): string {
  if (value === null || value === undefined) return '—';
  const [whole, fraction] = Math.abs(value).toFixed(2).split('.');
  const sign = value < 0 && Number(`${whole}${fraction}`) !== 0 ? '-' : '';
  const [group, decimal] = language === 'en' ? [',', '.'] : ['.', ','];
  return `${sign}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${decimal}${fraction} %`;
}
