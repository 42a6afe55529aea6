// The value axis of a small chart: steps of 1, 2 or 5 × 10ⁿ, never finer than the data can tell
// apart (0,01 for a percent of two decimals, 1 for a count), and labels with as many decimals as
// the step needs, so no two labels read the same (a range of 0,78–0,92 % cut in thirds printed
// "0,8 %" three times; a trend of 43,12–43,18 % needs "43,10 / 43,15 / 43,20 %"). The axis
// follows the data's own range, but never spans less than `minSpan`: a change of 0,01 point is
// not drawn as a cliff.

export interface Ticks {
  lo: number;
  hi: number;
  step: number;
  values: number[];
  /** Decimals a label needs to print the step exactly: 0 for 5 or 10, 1 for 0,2, 2 for 0,05. */
  decimals: number;
}

/**
 * About `count` intervals covering lo..hi; `finest` is the smallest step, `minSpan` the least
 * range the axis covers (centred on the data, kept at or above 0 when the data are).
 */
export function niceTicks(lo: number, hi: number, finest: number, count = 3, minSpan = finest): Ticks {
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    const floor = lo >= 0 ? 0 : -Infinity;
    lo = Math.max(floor, mid - minSpan / 2);
    hi = lo + minSpan;
  }
  const span = Math.max(hi - lo, finest);
  const raw = Math.max(span / count, finest);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw - 1e-12)!;
  // Work in whole steps so 0,1 + 0,2 does not print 0,30000000000000004.
  const first = Math.floor(lo / step + 1e-9);
  let last = Math.ceil(hi / step - 1e-9);
  if (last === first) last = first + 1;
  const values = Array.from({ length: last - first + 1 }, (_, i) => Math.round((first + i) * step * 1e6) / 1e6);
  const decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return { lo: values[0]!, hi: values[values.length - 1]!, step, values, decimals };
}
