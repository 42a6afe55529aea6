import { NumberInput } from '@mantine/core';
import { typedNumber, useNumberSeparators } from './number-field.ts';

// An amount in rupiah as every form types it ("Rp 1.500.000"): what was typed stays as typed (no
// clamping, no minus dropped), and the form's schema says what is wrong with it beside the field.

/** An emptied amount is null: the schema says whether it may stay empty. */
export function RupiahInput({ label, description, value, onChange, onBlur, error, testId, required }: { label: string; description?: string; value: number | string | null | undefined; onChange: (v: number | string | null) => void; onBlur?: () => void; error?: string | undefined; testId?: string; required?: boolean }) {
  const separators = useNumberSeparators();
  return (
    <NumberInput
      label={label}
      description={description}
      withAsterisk={required}
      value={value ?? ''}
      onChange={(v) => onChange(typedNumber(v, null))}
      onBlur={onBlur}
      min={0}
      // What was typed stays (no clamping on blur): the schema says what is wrong with it.
      clampBehavior="none"
      allowDecimal={false}
      {...separators}
      prefix="Rp "
      error={error}
      data-testid={testId}
    />
  );
}

