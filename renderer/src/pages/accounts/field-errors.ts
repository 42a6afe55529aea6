import { useTranslation } from 'react-i18next';
import { passwordLength } from '../../../../core/api/password-rule.ts';
import { fieldIssue } from '../../api/client.ts';

/** A form field's problem from a server refusal (details.issues), in words; undefined when none. */
export function useFieldError(error: unknown) {
  const { t } = useTranslation();
  return (path: string): string | undefined => {
    const issue = fieldIssue(error, path);
    // The password's words say its limits ("paling sedikit 10 karakter").
    return issue?.messageKey ? t(issue.messageKey, { ...passwordLength }) : undefined;
  };
}
