import { Alert, type AlertProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/error-text.ts';

/**
 * A failure as the user reads it: a red alert titled "Terjadi kesalahan" with the sentence
 * for `error` (a server error, an exception or text already written). Nothing when there is
 * no error.
 */
export function ErrorAlert({ error, ...props }: { error: unknown } & Omit<AlertProps, 'children' | 'color' | 'title'>) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (error === null || error === undefined || error === false || error === '') return null;
  return (
    <Alert color="red" title={t('errors.title')} {...props}>
      {errorText(error)}
    </Alert>
  );
}
