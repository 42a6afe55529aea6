import type { FilterModel, SortModelItem } from 'ag-grid-community';

// The view a register showed last (filters, sort, search, first row), one per register key:
// coming back from a record finds the register as it was left. Kept for the session only.

export interface RegisterView {
  filterModel: FilterModel;
  sortModel: SortModelItem[];
  search: string;
  firstRow: number;
}

const views = new Map<string, RegisterView>();

export function registerView(key: string, initialFilter: FilterModel): RegisterView {
  let view = views.get(key);
  if (!view) {
    view = { filterModel: initialFilter, sortModel: [], search: '', firstRow: 0 };
    views.set(key, view);
  }
  return view;
}
