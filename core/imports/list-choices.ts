import type { ServiceContext } from '../context.ts';

// An editable list's active items as an import field's choices (the office's own words for
// funding sources and vulnerable categories), in both languages for the mapping screen.

export interface OfficeChoice {
  value: string;
  label: string;
  /** The English label, where the list has one (the mapping screen in English). */
  labelEn?: string;
}

export function listChoices(ctx: Pick<ServiceContext, 'sqlite'>, list: string): OfficeChoice[] {
  const rows = ctx.sqlite.prepare('SELECT code, label_id AS label, label_en AS labelEn FROM lookup_item WHERE list = ? AND active = 1 ORDER BY sort_order, code').all(list) as { code: string; label: string; labelEn: string }[];
  return rows.map((r) => ({ value: r.code, label: r.label, ...(r.labelEn ? { labelEn: r.labelEn } : {}) }));
}
