import type { CustomDateProps } from 'ag-grid-react';
import { useGridDate } from 'ag-grid-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../typed-date.ts';

// The date box of the grids' date filters, typed day first (dd/mm/yyyy) like every date field
// of the app. ag-grid's own box is the browser's date input, which follows the Windows
// locale (often mm/dd/yyyy): 03/07 would filter on the wrong day.

const pad = (n: number) => String(n).padStart(2, '0');
const shown = (date: Date | null) => (date ? `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}` : '');
/**
 * Whether typing on could still make it another day: a two-digit year ('24/11/20' on the way to
 * '24/11/2026') or a one-digit ISO day. Such a text filters only on Enter or when the box is left.
 */
const mayGrow = (text: string) => !/^(\d{1,2}\D\d{1,2}\D\d{4}|\d{8}|\d{4}-\d{1,2}-\d{2})$/.test(text.trim());
/** 'YYYY-MM-DD' as the grid wants it: local midnight of that day. */
const toDate = (iso: string) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

export function GridDateInput({ date, onDateChange }: CustomDateProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => shown(date));
  const [label, setLabel] = useState<string | undefined>(undefined);
  const [disabled, setDisabled] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // The grid sets the date too (a filter model restored or reset): show it unless the box already says it.
  useEffect(() => {
    setText((current) => {
      const typed = parseTypedDate(current);
      return (typed ? shown(toDate(typed)) : '') === shown(date) ? current : shown(date);
    });
  }, [date]);

  useGridDate({
    setInputAriaLabel: setLabel,
    setDisabled,
    afterGuiAttached: (params) => {
      if (!params?.suppressFocus) input.current?.focus();
    },
  });

  const typed = parseTypedDate(text);
  const invalid = text.trim() !== '' && typed === null;
  // Enter or leaving the box settles a short date and writes it out whole.
  const settle = () => {
    if (!typed) return;
    setText(shown(toDate(typed)));
    onDateChange(toDate(typed));
  };
  return (
    <div className="ag-input-wrapper" role="presentation">
      <input
        ref={input}
        className="ag-input-field-input ag-text-field-input"
        type="text"
        inputMode="numeric"
        value={text}
        disabled={disabled}
        placeholder={t('common.datePlaceholder')} // not the grid's 'yyyy-mm-dd'
        aria-label={label}
        aria-invalid={invalid || undefined}
        style={invalid ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const iso = parseTypedDate(e.target.value);
          onDateChange(iso && !mayGrow(e.target.value) ? toDate(iso) : null);
        }}
        onBlur={settle}
        onKeyDown={(e) => {
          if (e.key === 'Enter') settle();
        }}
      />
    </div>
  );
}

/** A column's date filter with this box. */
export const dayFirstDateFilter = { filter: 'agDateColumnFilter', dateComponent: GridDateInput } as const;
