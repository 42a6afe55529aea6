import '@mantine/dates/styles.css';
import 'dayjs/locale/id';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../typed-date.ts';

// The one date field of the app: typed the Indonesian way (dd/mm/yyyy) whatever the computer's
// own locale, with a calendar to pick from; the value is an ISO date ('YYYY-MM-DD') or null.
// The browser's own date field follows the Windows locale (often mm/dd/yyyy), which invites
// day and month mix-ups; this one does not.

export interface IsoDateInputProps {
  /** 'YYYY-MM-DD'; null, undefined or '' when empty. */
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  label: string;
  description?: string;
  error?: ReactNode;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  testId?: string;
  /** Default: an optional date can be cleared, a required one cannot. */
  clearable?: boolean;
  disabled?: boolean;
  w?: number;
  name?: string;
}

export function IsoDateInput({ value, onChange, onBlur, label, description, error, required, inputRef, testId, clearable, disabled, w, name }: IsoDateInputProps) {
  const { t, i18n } = useTranslation();
  // A typed text that is no day (31/02/2024) is put back on blur: say so, or the date just vanishes.
  const [notADate, setNotADate] = useState<string | null>(null);
  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'id', firstDayOfWeek: 1 }}>
      <DateInput
        ref={inputRef}
        label={label}
        description={description}
        error={error ?? (notADate ? t('common.notADate', { text: notADate }) : undefined)}
        withAsterisk={required}
        value={value || null}
        onChange={(v) => {
          setNotADate(null);
          onChange(v ? String(v).slice(0, 10) : null);
        }}
        onBlur={(e) => {
          const typed = e.currentTarget.value.trim();
          setNotADate(typed && parseTypedDate(typed) === null ? typed : null);
          onBlur?.();
        }}
        valueFormat="DD/MM/YYYY"
        dateParser={(text) => parseTypedDate(text)}
        placeholder={t('common.datePlaceholder')}
        clearable={clearable ?? !required}
        disabled={disabled}
        w={w}
        name={name}
        fixOnBlur
        minDate="1900-01-01"
        maxDate="2100-12-31"
        popoverProps={{ withinPortal: true, zIndex: 1000 }}
        data-testid={testId}
      />
    </DatesProvider>
  );
}
