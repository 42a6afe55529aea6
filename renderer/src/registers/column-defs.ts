import type { ColDef } from 'ag-grid-community';
import { headerMinWidth } from './header-fit.ts';
import { RecordNameCell } from './RecordNameCell.tsx';
import type { RegisterColumn } from './register-config.ts';

// A register's columns as the grid takes them. `width` and `pinned` become initial* values,
// so new column definitions (another language, option lists loaded) never undo the user's
// layout; every column is at least as wide as its header; the name column is pinned, kept
// shown, links to the record and shows a row still loading.

export function gridColumnDefs<Row extends { uid: string }>(
  columns: RegisterColumn<Row>[],
  { hiddenByDefault, nameColumn, onOpen }: { hiddenByDefault: readonly string[]; nameColumn: string; onOpen: (uid: string) => void },
): ColDef<Row>[] {
  const hidden = new Set(hiddenByDefault);
  return columns.map(({ width, pinned, minWidth, ...def }) => {
    const fit = Math.max(minWidth ?? 0, headerMinWidth(def.headerName));
    const isName = def.field === nameColumn;
    return {
      ...def,
      colId: def.field,
      minWidth: fit || undefined,
      initialWidth: Math.max(width ?? 200, fit),
      initialHide: hidden.has(def.field),
      ...(isName ? { initialPinned: 'left' as const, lockVisible: true, cellRenderer: RecordNameCell, cellRendererParams: { onOpen } } : pinned ? { initialPinned: pinned } : {}),
    };
  });
}
