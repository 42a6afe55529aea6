import type { BatchChange } from '../../../../core/api/audit.ts';
import { inLanguage } from './words.ts';

/**
 * A batch's record by its name now, and for a child table's row what it is of that record
 * ("Ni Luh Putu Sukerti · Periode kepesertaan"). A record with nothing left to name is gone: by
 * the undo of its import when the batch was undone, else later (a period taken off the form).
 */
export function recordTitle(t: (key: string) => string, row: Pick<BatchChange, 'action' | 'recordUid' | 'recordLabel' | 'part'>, language: string, batchUndone: boolean): string {
  if (row.recordLabel) return row.part ? `${row.recordLabel} · ${inLanguage(row.part, language)}` : row.recordLabel;
  if (row.recordUid !== null) return t('changeLog.recordUnnamed');
  return batchUndone && row.action === 'insert' ? t('changeLog.recordGone') : t('changeLog.recordGoneLater');
}
