import '@mantine/dates/styles.css';
import 'dayjs/locale/id';
import { DateInput, DatesProvider } from '@mantine/dates';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import './messages.ts';

// A date typed the Indonesian way (dd/mm/yyyy) whatever the computer's own locale, with a
// calendar to pick from; the value is an ISO date ('YYYY-MM-DD') or null.
// The browser's own date field follows the Windows locale (often mm/dd/yyyy), which invites
// day and month mix-ups; this one does not.

/** '7/3/2024', '07-03-2024', '07.03.24', '07032024' or '2024-03-07' → '2024-03-07'; null when not a real date. */
export function parseTypedDate(text: string, today = new Date()): string | null {
  const s = text.trim();
  let day: number;
  let month: number;
  let year: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{2}|\d{4})$/.exec(s) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(s))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[3]?.length === 2) {
      // Two-digit years: up to next year means this century.
      const soon = (today.getFullYear() + 1) % 100;
      year += year <= soon ? 2000 : 1900;
    }
  } else {
    return null;
  }
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 31/02 and the like
  return date.toISOString().slice(0, 10);
}

export interface IsoDateInputProps {
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  label: string;
  description?: string;
  error?: ReactNode;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  testId?: string;
}

export function IsoDateInput({ value, onChange, onBlur, label, description, error, required, inputRef, testId }: IsoDateInputProps) {
  const { t, i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'id', firstDayOfWeek: 1 }}>
      <DateInput
        ref={inputRef}
        label={label}
        description={description}
        error={error}
        withAsterisk={required}
        value={value ?? null}
        onChange={(v) => onChange(v ? String(v).slice(0, 10) : null)}
        onBlur={onBlur}
        valueFormat="DD/MM/YYYY"
        dateParser={(text) => parseTypedDate(text)}
        placeholder={t('employers.date.placeholder')}
        clearable={!required}
        fixOnBlur
        minDate="1900-01-01"
        maxDate="2100-12-31"
        popoverProps={{ withinPortal: true, zIndex: 1000 }}
        data-testid={testId}
      />
    </DatesProvider>
  );
}
