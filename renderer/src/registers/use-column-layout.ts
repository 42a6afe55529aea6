import type { ColumnState, GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useSaveUiSetting } from './ui-settings.ts';

// The register's column layout (order, width, shown or hidden, pinned) remembered in
// settings.ui under the register's key, a moment after the last change. The sort is not
// part of it: it follows the session (register-view.ts).

function parseColumns(json: string | null): ColumnState[] | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? (value as ColumnState[]) : null;
  } catch {
    return null;
  }
}

/** Column state without the sort. */
const layoutOf = (state: ColumnState[]) => state.map(({ sort: _s, sortIndex: _i, ...rest }) => rest);

export function useColumnLayout<Row>(layoutKey: string, saved: string | null, apiRef: RefObject<GridApi<Row> | null>) {
  const save = useSaveUiSetting(layoutKey);
  const savedLayout = useRef(saved);
  const saveTimer = useRef<number | undefined>(undefined);
  // Events of the grid's own start (restoring the layout) are not the user's changes.
  const ready = useRef(false);
  /** The columns in their order on screen, for the column chooser. */
  const [columns, setColumns] = useState<ColumnState[]>([]);

  const remember = useCallback(() => {
    const api = apiRef.current;
    if (api) setColumns(api.getColumnState());
    if (!ready.current) return;
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => {
      const current = apiRef.current;
      if (!current) return;
      const json = JSON.stringify(layoutOf(current.getColumnState()));
      if (json === savedLayout.current) return;
      savedLayout.current = json;
      save.mutate(json);
    }, 400);
  }, [apiRef, save]);
  useEffect(() => () => window.clearTimeout(saveTimer.current), []);

  /** On grid ready: the remembered layout, then the user's changes count. */
  const restore = useCallback((api: GridApi<Row>) => {
    const layout = parseColumns(savedLayout.current);
    if (layout) api.applyColumnState({ state: layout, applyOrder: true });
    setColumns(api.getColumnState());
    window.setTimeout(() => (ready.current = true), 0);
  }, []);

  return { columns, remember, restore };
}
