import type { BatchChange } from '../../../../core/api/audit.ts';
import { inLanguage } from './words.ts';

/**
 * A batch's record by its name now, and for a child table's row what it is of that record
 * ("Ni Luh Putu Sukerti · Periode kepesertaan"). A new record with no name left is gone: the
 * undo of its import removed it.
 */
export function recordTitle(t: (key: string) => string, row: Pick<BatchChange, 'action' | 'recordUid' | 'recordLabel' | 'part'>, language: string): string {
  if (row.recordLabel) return row.part ? `${row.recordLabel} · ${inLanguage(row.part, language)}` : row.recordLabel;
  return row.recordUid === null && row.action === 'insert' ? t('changeLog.recordGone') : t('changeLog.recordUnnamed');
}
