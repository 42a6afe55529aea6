import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/api/result.ts';

/** The server's own sentence in the current language; it names the field or column at fault. */
export function useErrorText() {
  const { i18n } = useTranslation();
  return (error: ApiError) => (i18n.language === 'en' ? error.messageEn : error.message);
}
