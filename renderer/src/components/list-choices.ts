import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListName } from '../../../core/api/reference.ts';
import { useLookupList } from '../pages/workers/queries.ts';

// An editable list (vulnerable-worker categories, funding sources) in the interface language:
// an item's English label where the office gave one, else its Indonesian one. Every form's
// choices and every page's words for a list value come from here.

type Item = { code: string; labelId: string; labelEn: string };

export function useListChoices(list: ListName) {
  const query = useLookupList(list);
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  const items = query.data;
  // Kept while the list and the language stay: a grid's columns depend on the options.
  const words = useMemo(() => {
    const labelOf = (item: Item) => (english && item.labelEn) || item.labelId;
    /** The label of `code`, or `shown` (the words a page was sent) when the list does not have it. */
    const labelOr = (code: string | null, shown: string): string => {
      const item = code ? items?.find((c) => c.code === code) : undefined;
      return item ? labelOf(item) : shown;
    };
    return {
      options: (items ?? []).map((item) => ({ value: item.code, label: labelOf(item) })),
      labelOr,
      /** The label of `code`; the code itself when the list no longer has it; null for no value. */
      label: (code: string | null): string | null => (code ? labelOr(code, code) : null),
    };
  }, [items, english]);
  return { query, ...words };
}
