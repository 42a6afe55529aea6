// A person's phone number as Indonesians write it: with its leading 0 (0812 3456 7890, 0361 412 777)
// or with the country code instead of the 0 (+62 812 3456 7890, 62812…), read to the 0 form. A
// number without either ("81234567890") is refused: which digit is missing cannot be guessed. A
// number abroad (a migrant worker's, +852 …) keeps its own country code. The person form and
// the worker importer read it here, so both take and refuse the same numbers.

/** Digits, spaces and the separators people type: + at the start, ( ) . - */
const typed = /^\+?[0-9(][0-9 ().-]*$/;
/** 0, an area or mobile prefix (not 0), and 7 to 11 more digits: 9 to 13 digits in all. */
const national = /^0[1-9]\d{7,11}$/;

export type PhoneReading = { ok: true; phone: string } | { ok: false };

/** The number in its 0 form (the separators kept as typed), '' for nothing, or not readable. */
export function readPhone(text: string): PhoneReading {
  const t = text.trim();
  if (t === '') return { ok: true, phone: '' };
  if (!typed.test(t)) return { ok: false };
  const digits = t.replace(/\D/g, '');
  if (/^\+?\s*62/.test(t)) {
    // The country code, then the number without its 0 (some write "+62 (0)812": that 0 is dropped).
    const rest = t.replace(/^\+?\s*62[\s.-]*(\(0\)|0)?[\s.-]*/, '');
    const phone = `0${rest}`;
    return national.test(phone.replace(/\D/g, '')) ? { ok: true, phone } : { ok: false };
  }
  if (t.startsWith('+')) return digits.length >= 8 && digits.length <= 15 ? { ok: true, phone: t } : { ok: false };
  return national.test(digits) ? { ok: true, phone: t } : { ok: false };
}
