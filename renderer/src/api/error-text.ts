import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/api/result.ts';
import { sayMessage } from '../i18n/index.ts';
import { ApiCallError } from './client.ts';

const isApiError = (e: unknown): e is ApiError => typeof e === 'object' && e !== null && 'code' in e && 'message' in e && 'messageEn' in e;

/**
 * The sentence to show for any failure, in the current language: the server's own words for
 * a coded error (they name the field or column at fault), looked up by its key in the language
 * on screen; the plain text otherwise.
 */
export function useErrorText() {
  const { i18n } = useTranslation();
  return (error: unknown): string => {
    const api = error instanceof ApiCallError ? error.error : isApiError(error) ? error : null;
    if (api?.said) return sayMessage(api.said);
    if (api) return i18n.language === 'en' ? api.messageEn : api.message;
    return error instanceof Error ? error.message : String(error);
  };
}
