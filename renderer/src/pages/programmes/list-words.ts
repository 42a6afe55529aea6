import { useTranslation } from 'react-i18next';
import { useLookupList } from '../workers/queries.ts';

// A list value's label in the interface language: the list's English where it has one, else the
// (Indonesian) label the page was sent.

export function useListWords(list: 'vulnerable_category' | 'funding_source') {
  const items = useLookupList(list);
  const { i18n } = useTranslation();
  return (code: string | null, shown: string) => {
    if (i18n.language !== 'en' || !code) return shown;
    return items.data?.find((item) => item.code === code)?.labelEn || shown;
  };
}
