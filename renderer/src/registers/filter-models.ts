import type { FilterModel } from 'ag-grid-community';

// The filters the shell itself sets: one value of a column ({filterType: 'set'}), as the
// server's set filter and the grid's SetColumnFilter both read them.

interface SetModel {
  filterType?: string;
  values?: (string | null)[];
}

export const oneValue = (value: string): SetModel => ({ filterType: 'set', values: [value] });

/** The value a column is filtered on, when it is filtered on exactly one. */
export function singleValueOf(model: FilterModel, column: string): string | null {
  const filter = model[column] as SetModel | undefined;
  return filter?.filterType === 'set' && filter.values?.length === 1 ? (filter.values[0] ?? null) : null;
}

/** The default view: live records only (the record-status column on its active value). */
export const liveOnly = (recordStatus: { column: string; active: string }): FilterModel => ({ [recordStatus.column]: oneValue(recordStatus.active) });
