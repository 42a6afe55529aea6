import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages, setLanguage, type Language } from '../i18n/index.ts';

/** ID | EN, each named in full for a screen reader: in the header, and on the forced password change. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('nav.language')}
      size="xs"
      value={i18n.language}
      onChange={(value) => setLanguage(value as Language)}
      data={languages.map((l) => ({ value: l.code, label: <span aria-label={l.label} title={l.label}>{l.code.toUpperCase()}</span> }))}
    />
  );
}
