// The width a grid column needs so its header reads whole ('Mulai usaha', not 'Mulai usa…'),
// sort arrow and filter button included. Measured on a canvas in the header's font, so it
// holds in both languages without a hand-set width per header.

/**
 * Room beside the text in a header cell of the grid theme (grid/theme.ts), measured: 48 px
 * of side padding, filter button and gap, 24 px for the sort arrow and its gap, and 4 px
 * for rounding.
 */
const headerChrome = 76;
let context: CanvasRenderingContext2D | null | undefined;

function measure(text: string): number | null {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return null;
  // grid/theme.ts: headers at 14 px, weight 600, in the page's font.
  context.font = `600 14px ${getComputedStyle(document.body).fontFamily}`;
  return context.measureText(text).width;
}

/** The least width that shows `header` whole; 0 when it cannot be measured (no canvas). */
export function headerMinWidth(header: string | undefined): number {
  const width = header ? measure(header) : null;
  return width === null ? 0 : Math.ceil(width + headerChrome);
}
