// Rows an OpenDocument sheet hides (table:visibility "collapse" by hand, "filter" by a filter):
// SheetJS does not read them, so the table's row tags are counted here, repeats included, on
// the same XML it parses (walk 37: a hidden row in an .ods came in unsaid where the .xlsx said it).
// Columns likewise, from the table's column tags (hidden-columns.ts has the other formats').

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const patterns = new Map<string, RegExp>();
const attribute = (attrs: string, name: string) => {
  let pattern = patterns.get(name);
  if (!pattern) patterns.set(name, (pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}="([^"]*)"`)));
  return pattern.exec(attrs)?.[1]?.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]!);
};

const runs = {
  row: { tag: /<(\/?)([\w.-]+:)?(table-row|table)(?=[\s>/])([^>]*)>/g, repeat: 'number-rows-repeated' },
  column: { tag: /<(\/?)([\w.-]+:)?(table-column|table)(?=[\s>/])([^>]*)>/g, repeat: 'number-columns-repeated' },
};

/**
 * Each run of rows or columns of the table named `sheet` (not of a table inside a cell): its
 * first 0-based position, its length and whether it is hidden; `visit` returns true to stop.
 */
function eachRun(xml: string, sheet: string, what: keyof typeof runs, visit: (at: number, repeated: number, hidden: boolean) => boolean | void): void {
  const { tag, repeat } = runs[what];
  let inSheet = false;
  let depth = 0;
  let at = 0;
  tag.lastIndex = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [, closing, , kind, attrs = ''] = m;
    if (kind === 'table') {
      if (closing) {
        if (inSheet && --depth === 0) return;
        continue;
      }
      if (inSheet) depth++;
      else if (attribute(attrs, 'name') === sheet) {
        inSheet = true;
        depth = 1;
      }
      continue;
    }
    if (!inSheet || closing || depth !== 1) continue;
    const repeated = Number(attribute(attrs, repeat) ?? 1) || 1;
    const visibility = attribute(attrs, 'visibility');
    if (visit(at, repeated, visibility === 'collapse' || visibility === 'filter')) return;
    at += repeated;
  }
}

/** The 1-based numbers of the rows hidden in the table named `sheet`, or none. */
export function odsHiddenRows(xml: string, sheet: string): Set<number> {
  const hidden = new Set<number>();
  eachRun(xml, sheet, 'row', (at, repeated, isHidden) => {
    // A run of hidden rows repeated to the sheet's end holds no data: only short runs are listed.
    if (isHidden && repeated <= 10_000) for (let i = 1; i <= repeated; i++) hidden.add(at + i);
  });
  return hidden;
}

/** The 0-based columns (under `maxColumns`, ascending) hidden in the table named `sheet`, or none. */
export function odsHiddenColumns(xml: string, sheet: string, maxColumns: number): number[] {
  const hidden: number[] = [];
  eachRun(xml, sheet, 'column', (at, repeated, isHidden) => {
    if (isHidden) for (let c = at; c < Math.min(at + repeated, maxColumns); c++) hidden.push(c);
    // The sheet's columns are listed before its rows: nothing past the column limit is wanted.
    return at + repeated >= maxColumns;
  });
  return hidden;
}
