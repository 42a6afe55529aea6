// The second defence of the application log: nothing personal is logged on purpose (channel
// names, error codes and stacks, never inputs), and whatever slips into an error's text is
// masked here. A NIK (16 digits), NPWP (15 or 16), KK number, phone or account number is a run of
// ten or more digits, maybe split by dots, dashes or spaces; dates and line numbers are shorter.

const longNumber = /\d(?:[.\- ]?\d){9,}/g;
const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
export const masked = '[disamarkan]';

export function scrub(text: string): string {
  return text.replace(longNumber, masked).replace(email, masked);
}

/** A value for a log line, scrubbed deep (strings only carry personal data). */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (value === null || typeof value !== 'object' || depth > 6) return typeof value === 'object' ? null : value;
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => scrubValue(v, depth + 1));
  return Object.fromEntries(Object.entries(value).slice(0, 50).map(([k, v]) => [k, scrubValue(v, depth + 1)]));
}
