import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../core/api/localized-text.ts';
import type { RowProblem } from '../../../../core/api/imports.ts';
import { formatDecimal } from '../../format.ts';
import './messages.ts';

// Small pieces the import steps share.

/** Bytes as people read them, in the interface language's style ('1,5 MB' / '1.5 MB'). */
export function useFormatBytes() {
  const { t } = useTranslation();
  return (bytes: number) => {
    if (bytes < 1024) return t('imports.bytes.b', { n: formatDecimal(bytes, 1) });
    if (bytes < 1024 * 1024) return t('imports.bytes.kb', { n: formatDecimal(bytes / 1024, 1) });
    return t('imports.bytes.mb', { n: formatDecimal(bytes / (1024 * 1024), 1) });
  };
}

/** A server sentence (LocalizedText) in the interface language. */
export function useLocalized() {
  const { i18n } = useTranslation();
  return (text: LocalizedText) => (i18n.language === 'en' ? text.en : text.id);
}

/** 'Baris 8 · kolom H (judul kolom) · "nilai di berkas": pesan dari pemeriksaan.' */
export function useProblemText() {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (rowNumber: number, problem: RowProblem) => {
    const parts = [t('imports.check.problemRow', { n: rowNumber })];
    if (problem.column) parts.push(t('imports.check.problemColumn', { column: problem.column }));
    const message = localized(problem.message);
    // A message that quotes the value itself is not preceded by it again.
    if (problem.value && !message.includes(`"${problem.value}"`)) parts.push(`"${problem.value}"`);
    return `${parts.join(' · ')}: ${message}`;
  };
}

/** An .xlsx/.xls name over text content (the reader goes by the bytes and reads it as CSV). */
export const isTextNamedLikeExcel = (name: string, format: string) => /\.xlsx?$/i.test(name) && format === 'csv';

/** What the readers take (core/imports/read): Excel, LibreOffice (also its flat XML) and CSV. */
export const acceptedExtensions = ['.xlsx', '.xls', '.ods', '.fods', '.csv'];
export const hasAcceptedExtension = (name: string) => acceptedExtensions.some((ext) => name.toLowerCase().endsWith(ext));
