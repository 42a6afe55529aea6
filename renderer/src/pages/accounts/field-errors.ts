import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../api/client.ts';

/** A form field's problem from a server refusal (details.issues), in words; undefined when none. */
export function useFieldError(error: unknown) {
  const { t } = useTranslation();
  return (path: string): string | undefined => {
    if (!(error instanceof ApiCallError)) return undefined;
    const issues = (error.error.details as { issues?: { path: string; messageKey: string }[] } | undefined)?.issues ?? [];
    const issue = issues.find((i) => i.path === path);
    return issue ? t(issue.messageKey) : undefined;
  };
}
