import { useTranslation } from 'react-i18next';

// The number fields' shared behaviour. Mantine's NumberInput hands over a string while what is
// typed is not yet a number ('-', '12,'): kept as it is, so "-5" can be typed and the schema then
// says the range beside the field; turning it into 0 or NaN replaced the text ("-5" became "5",
// a selected "40" and "-5" became "50"). And the separators follow the interface language, as the
// numbers shown do: "1.500.000,5" in Indonesian, "1,500,000.5" in English (a pasted English
// "35,000,000" read as 35 before).

/** A NumberInput's value for the form: the number, `empty` when cleared, the text while it is not yet a number. */
export function typedNumber<E>(value: number | string, empty: E): number | string | E {
  if (typeof value === 'number') return value;
  return value === '' ? empty : value;
}

/** Thousands and decimal separators of the interface language, for NumberInput. */
export function useNumberSeparators(): { thousandSeparator: string; decimalSeparator: string } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { thousandSeparator: ',', decimalSeparator: '.' } : { thousandSeparator: '.', decimalSeparator: ',' };
}
