// The desa table's colour scale: a cell's background by its percent, light (0 %) to dark blue
// (100 % and over), with the text turning white where the blue is dark enough to need it.

const lightest = 96;
const darkest = 38;

export function percentColour(percent: number | null): { background: string; color: string } | undefined {
  if (percent === null) return undefined;
  const share = Math.min(Math.max(percent, 0), 100) / 100;
  const lightness = lightest - share * (lightest - darkest);
  return { background: `hsl(212, 72%, ${lightness.toFixed(1)}%)`, color: lightness < 58 ? '#fff' : '#1a1b1e' };
}
