// Money in one style on every screen, file and message: "Rp 2.600.000", whole Rupiah, as Intl
// id-ID currency writes it; an English message or screen groups with commas ("Rp 2,600,000").
// Grouped here rather than by Intl so every machine writes the same bytes.

/** Below this a monthly wage or income is a typing slip (most often thousands: "3.500"), not an amount: the lowest UMK is over Rp 2 million. */
export const implausiblyLowMonthly = 100_000;

const grouped = (n: number, mark: string) => String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, mark);

/**
 * 2600000 → "Rp 2.600.000". The space is a no-break space as Intl's (so "Rp" never ends a line
 * on screen); `plain` writes an ordinary space, for text pasted elsewhere and for files.
 */
export function formatRupiah(n: number, space: 'nbsp' | 'plain' = 'nbsp', language: 'id' | 'en' = 'id'): string {
  return `${n < 0 ? '-' : ''}Rp${space === 'nbsp' ? '\u00a0' : ' '}${grouped(n, language === 'en' ? ',' : '.')}`;
}
