import '@mantine/dates/styles.css';
import 'dayjs/locale/id';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isIsoDate, parseTypedDate, typedDayProblem } from '../typed-date.ts';

// The one date field of the app: typed the Indonesian way (dd/mm/yyyy) whatever the computer's
// own locale, with a calendar to pick from. The browser's own date field follows the Windows
// locale (often mm/dd/yyyy), which invites day and month mix-ups; this one does not.
//
// A text that is no day (31/02/2026, 7/3) is not dropped: the field hands it to its form as
// the value, so the form's schema (which takes only real 'YYYY-MM-DD' days) refuses the save,
// focuses the field, and the field says why in its own words. It stays on screen as typed.

export interface IsoDateInputProps {
  /** 'YYYY-MM-DD'; null, undefined or '' when empty; otherwise the typed text that is no date. */
  value: string | null | undefined;
  /** Called with 'YYYY-MM-DD', null when emptied, or the typed text when it is no date. */
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  label: string;
  description?: string;
  /** The form's message; when the field holds text that is no date, its own message shows instead. */
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

/** What is wrong with a typed text that is no day: the month it lacks, a month past 12, or the format. */
function notADayMessage(text: string, t: TFunction, language: string): string {
  const problem = typedDayProblem(text);
  if (problem?.kind === 'month') return t('common.noSuchMonth', { text, month: problem.month });
  if (problem?.kind === 'day') {
    const month = new Intl.DateTimeFormat(language === 'en' ? 'en' : 'id', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, problem.month - 1, 1));
    return t('common.noSuchDay', { text, month, year: problem.year, last: problem.last });
  }
  return t('common.notADate', { text });
}

export function IsoDateInput({ value, onChange, onBlur, label, description, error, required, inputRef, testId, clearable, disabled, w, name }: IsoDateInputProps) {
  const { t, i18n } = useTranslation();
  const unparsed = value && !isIsoDate(value) ? value : null;
  // Said when the form refuses the value (on saving, or as the form validates), not on leaving
  // the field: a message appearing on blur moves the buttons under the pointer, and the click
  // that left the field ("Simpan", "Hitung") would land beside them and be lost.
  const ownMessage = unparsed !== null && error ? notADayMessage(unparsed.trim(), t, i18n.language) : undefined;
  // The calendar opens on a click, not whenever the field gets focus: a form that refuses the
  // save focuses this field, and a calendar opening then would cover the message saying why.
  const [calendarOpen, setCalendarOpen] = useState(false);
  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'id', firstDayOfWeek: 1 }}>
      <DateInput
        ref={inputRef}
        label={label}
        description={description}
        error={ownMessage ?? error}
        withAsterisk={required}
        value={unparsed === null ? value || null : null}
        onChange={(v) => {
          setCalendarOpen(false);
          onChange(v ? String(v).slice(0, 10) : null);
        }}
        onClick={() => setCalendarOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setCalendarOpen(false);
        }}
        onInput={(e) => {
          const typed = e.currentTarget.value;
          // A day is handed over by DateInput itself (same parser); anything else is handed over here.
          if (typed.trim() === '') {
            if (unparsed !== null) onChange(null);
          } else if (parseTypedDate(typed) === null) {
            onChange(typed);
          }
        }}
        onBlur={() => {
          setCalendarOpen(false);
          onBlur?.();
        }}
        valueFormat="DD/MM/YYYY"
        dateParser={(text) => parseTypedDate(text)}
        placeholder={t('common.datePlaceholder')}
        clearable={clearable ?? !required}
        disabled={disabled}
        w={w}
        name={name}
        // Put a real day back in the dd/mm/yyyy form on leaving; a text that is no day stays as typed.
        fixOnBlur={unparsed === null}
        minDate="1900-01-01"
        maxDate="2100-12-31"
        popoverProps={{ withinPortal: true, zIndex: 1000, opened: calendarOpen && !disabled }}
        data-testid={testId}
      />
    </DatesProvider>
  );
}
