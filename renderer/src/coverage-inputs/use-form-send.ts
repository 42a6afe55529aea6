import { notifications } from '@mantine/notifications';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../core/api/result.ts';
import { ApiCallError } from '../api/client.ts';
import { useErrorText } from '../api/error-text.ts';
import { issuesOnFields } from '../registers/RecordForm.tsx';

// What the coverage input forms share: a field's message in words, and a send that shows the
// server's word on the fields it names (what was typed stays) or says "saved".

export function useFormSend<Values extends FieldValues, Saved>(form: Pick<UseFormReturn<Values>, 'setError' | 'getFieldState' | 'formState' | 'control'>, save: (values: never) => Promise<Saved>, onSaved: (saved: Saved) => void) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const err = (name: FieldPath<Values>): string | undefined => {
    const message = form.getFieldState(name, form.formState).error?.message;
    return message ? t(String(message)) : undefined;
  };
  const send = async (values: unknown) => {
    try {
      const saved = await save(values as never);
      notifications.show({ color: 'green', title: t('common.saved'), message: t('cakupanInput.form.saved') });
      onSaved(saved);
    } catch (error) {
      if (!(error instanceof ApiCallError)) throw error;
      const message = errorText(error.error);
      if (!issuesOnFields(form, (error.error.details as { issues?: FieldIssue[] } | undefined)?.issues, message)) notifications.show({ color: 'red', title: t('errors.title'), message });
    }
  };
  return { err, send };
}
