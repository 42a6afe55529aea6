import { NumberInput } from '@mantine/core';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { Controller } from 'react-hook-form';
import { useNumberSeparators } from '../components/number-field.ts';

// A number that may be left empty (weight, maximum score): empty is null, not 0.
export function NullableNumber<V extends FieldValues>({ control, name, label, description, error, testId, max }: { control: Control<V>; name: FieldPath<V>; label: string; description?: string; error: string | undefined; testId?: string; max?: number }) {
  const separators = useNumberSeparators();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          description={description}
          value={(field.value as number | null | undefined) ?? ''}
          onChange={(v) => field.onChange(typeof v === 'number' ? v : v === '' ? null : Number(v))}
          onBlur={field.onBlur}
          min={0}
          max={max}
          decimalSeparator={separators.decimalSeparator}
          thousandSeparator=""
          error={error}
          data-testid={testId}
        />
      )}
    />
  );
}
