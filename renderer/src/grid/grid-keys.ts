import type { SuppressKeyboardEventParams } from 'ag-grid-community';

// Keys of a spreadsheet the registers' grid answers as a clerk expects (walk 33):
// - Home / End: the first / last column of the row (the grid jumped to the first / last row).
// - Ctrl+Home / Ctrl+End: the first / last row, focused once it has loaded. With rows loaded a block
//   at a time, the grid scrolled to the last one and left the focus on row 0, off screen.
// Tab leaves the grid (tabToNextCell false): it walked every cell of every row.

/** How long a row scrolled to may take to arrive (a block read from the database) before the focus gives up on it. */
const waitForRowMs = 15_000;
const pollMs = 50;

/** defaultColDef.suppressKeyboardEvent: true when the key was handled here. */
export function registerGridKeys(params: SuppressKeyboardEventParams): boolean {
  const { event, api, node, column } = params;
  if (event.type !== 'keydown' || (event.key !== 'Home' && event.key !== 'End') || event.shiftKey || event.altKey) return false;
  const toEnd = event.key === 'End';
  if (!(event.ctrlKey || event.metaKey)) {
    const columns = api.getAllDisplayedColumns();
    const target = toEnd ? columns.at(-1) : columns[0];
    if (target && node.rowIndex !== null) api.setFocusedCell(node.rowIndex, target);
    return true;
  }
  const last = api.getDisplayedRowCount() - 1;
  if (last < 0) return true;
  const index = toEnd ? last : 0;
  api.ensureIndexVisible(index, toEnd ? 'bottom' : 'top');
  // Focused once it is drawn with its data: a row drawn while loading is drawn anew with its data,
  // and a row not drawn yet (the scroll comes a frame later) takes no focus.
  const started = Date.now();
  const focusWhenLoaded = () => {
    if (api.isDestroyed()) return;
    if (api.getRenderedNodes().some((n) => n.rowIndex === index && n.data)) api.setFocusedCell(index, column);
    else if (Date.now() - started < waitForRowMs) setTimeout(focusWhenLoaded, pollMs);
  };
  focusWhenLoaded();
  return true;
}
