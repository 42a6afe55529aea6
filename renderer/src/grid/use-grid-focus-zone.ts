import type { CellFocusedEvent, GridApi } from 'ag-grid-community';
import { useMemo, useRef, type RefObject } from 'react';
import { useFocusZone } from '../layout/focus-rescue.ts';

/**
 * The grid as a focus zone: when the focused cell goes away (the grid redrew its rows after a
 * save in the dialog opened from it), the focus comes back to the same row and column, as a
 * spreadsheet keeps its cursor. Returns the handler for the grid's onCellFocused.
 */
export function useGridFocusZone<Row>(api: RefObject<GridApi<Row> | null>, root: RefObject<HTMLElement | null>) {
  const last = useRef<{ row: number; column: string } | null>(null);
  const zone = useMemo(
    () => ({
      root: () => root.current,
      rescue: () => {
        const grid = api.current;
        const cell = last.current;
        const rows = grid?.getDisplayedRowCount() ?? 0;
        if (!grid || !cell || rows === 0) return false;
        const row = Math.min(cell.row, rows - 1);
        grid.ensureIndexVisible(row);
        grid.setFocusedCell(row, cell.column);
        return true;
      },
    }),
    [api, root],
  );
  useFocusZone(zone);
  return (event: CellFocusedEvent<Row>) => {
    const column = typeof event.column === 'string' ? event.column : event.column?.getColId();
    if (event.rowIndex !== null && event.rowIndex !== undefined && column) last.current = { row: event.rowIndex, column };
  };
}
