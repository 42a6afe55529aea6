import { Kbd, TextInput } from '@mantine/core';
import type { Ref } from 'react';

// The register's quick search: "/" or Ctrl+F come here (use-register-keys.ts); ArrowDown or
// Enter moves into the grid's first row, Escape clears.

interface Props {
  ref: Ref<HTMLInputElement>;
  value: string;
  onChange: (value: string) => void;
  onEnterGrid: () => void;
  label: string;
  placeholder: string;
  testId: string;
}

export function RegisterSearch({ ref, value, onChange, onEnterGrid, label, placeholder, testId }: Props) {
  return (
    <TextInput
      ref={ref}
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown' || e.key === 'Enter') {
          e.preventDefault();
          onEnterGrid();
        } else if (e.key === 'Escape' && value) {
          e.preventDefault();
          onChange('');
        }
      }}
      rightSection={<Kbd size="xs">/</Kbd>}
      rightSectionWidth={36}
      // As wide as its hint (the regulations' is 46 characters; cut at 340 px it no longer said
      // what it searches), never narrower than 340 px.
      w={`max(340px, calc(${Math.ceil(placeholder.length * 0.85)}ch + 3rem))`}
      data-testid={testId}
    />
  );
}
