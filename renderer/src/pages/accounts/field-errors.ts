import { useTranslation } from 'react-i18next';
import { fieldIssue } from '../../api/client.ts';

/** A form field's problem from a server refusal (details.issues), in words; undefined when none. */
export function useFieldError(error: unknown) {
  const { t } = useTranslation();
  return (path: string): string | undefined => {
    const issue = fieldIssue(error, path);
    return issue?.messageKey ? t(issue.messageKey) : undefined;
  };
}
