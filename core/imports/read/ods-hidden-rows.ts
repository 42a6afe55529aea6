// Rows an OpenDocument sheet hides (table:visibility "collapse" by hand, "filter" by a filter):
// SheetJS does not read them, so the table's row tags are counted here, repeats included, on
// the same XML it parses (walk 37: a hidden row in an .ods came in unsaid where the .xlsx said it).

const TAG = /<(\/?)([\w.-]+:)?(table-row|table)(?=[\s>/])([^>]*)>/g;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const patterns = new Map<string, RegExp>();
const attribute = (attrs: string, name: string) => {
  let pattern = patterns.get(name);
  if (!pattern) patterns.set(name, (pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}="([^"]*)"`)));
  return pattern.exec(attrs)?.[1]?.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]!);
};

/** The 1-based numbers of the rows hidden in the table named `sheet`, or none. */
export function odsHiddenRows(xml: string, sheet: string): Set<number> {
  const hidden = new Set<number>();
  let inSheet = false;
  let depth = 0;
  let row = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const [, closing, , kind, attrs = ''] = m;
    if (kind === 'table') {
      if (closing) {
        if (inSheet && --depth === 0) return hidden;
        continue;
      }
      if (inSheet) depth++;
      else if (attribute(attrs, 'name') === sheet) {
        inSheet = true;
        depth = 1;
      }
      continue;
    }
    if (!inSheet || closing) continue;
    const repeated = Number(attribute(attrs, 'number-rows-repeated') ?? 1) || 1;
    const visibility = attribute(attrs, 'visibility');
    // A run of hidden rows repeated to the sheet's end holds no data: only short runs are listed.
    if ((visibility === 'collapse' || visibility === 'filter') && repeated <= 10_000) for (let i = 1; i <= repeated; i++) hidden.add(row + i);
    row += repeated;
  }
  return hidden;
}
