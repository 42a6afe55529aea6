import { Box, Button, Group, Kbd, Stack, Text } from '@mantine/core';
import type { BaseSyntheticEvent, ReactNode } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../core/api/result.ts';
import { ApiCallError } from '../api/client.ts';
import { useErrorText } from '../api/error-text.ts';
import { useFormModal } from '../components/FormModal.tsx';
import { issuesOnFields } from '../registers/RecordForm.tsx';

// The award's forms (cycle, aspect, indicator, evidence): Ctrl+S saves, a save bar stays in
// view, a refused save puts the server's word on its fields and above the bar, and what was
// typed stays (an approved cycle's refusal says how to unlock it).

interface Props {
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  aria: string;
  saving: boolean;
  disabled?: boolean;
  /** The server's refusal, in words (shown above the save bar). */
  failure?: ReactNode;
  children: ReactNode;
}

export function AwardForm({ onSubmit, aria, saving, disabled = false, failure, children }: Props) {
  const { t } = useTranslation();
  const modal = useFormModal();
  return (
    <Box
      component="form"
      onSubmit={onSubmit}
      noValidate
      aria-label={aria}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault();
          if (!disabled) void onSubmit();
        }
      }}
    >
      <Stack gap="md">
        {children}
        {/* The refusal sits in the save bar, in view however far the form is scrolled. */}
        <Stack gap="xs" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)" style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}>
        {failure}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Ctrl+S</Kbd> {t('paritrana.common.saveKey')} · <Kbd size="xs">Esc</Kbd> {t('paritrana.common.closeKey')}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={() => modal?.requestClose()}>
              {t('paritrana.common.cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={disabled} data-testid="award-form-save">
              {t('common.save')}
            </Button>
          </Group>
        </Group>
        </Stack>
      </Stack>
    </Box>
  );
}

/** A field's message in words, and a send that keeps what was typed when the server refuses (its word on the fields it names). */
export function useAwardSend<Values extends FieldValues>(form: Pick<UseFormReturn<Values>, 'setError' | 'getFieldState' | 'formState' | 'control'>, setFailure: (text: string | null) => void) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const err = (name: FieldPath<Values>): string | undefined => {
    const message = form.getFieldState(name, form.formState).error?.message;
    return message ? t(String(message)) : undefined;
  };
  const guard = async (save: () => Promise<void>) => {
    setFailure(null);
    try {
      await save();
    } catch (error) {
      if (!(error instanceof ApiCallError)) throw error;
      const message = errorText(error.error);
      if (!issuesOnFields(form, (error.error.details as { issues?: FieldIssue[] } | undefined)?.issues, message)) setFailure(message);
    }
  };
  return { err, guard };
}
