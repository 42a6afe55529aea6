// The value axis of a small chart: steps of 1, 2 or 5 × 10ⁿ, never finer than what the labels
// print (0,1 for a percent with one decimal, 1 for a count), so no two labels read the same
// (a range of 0,78–0,92 % cut in thirds printed "0,8 %" three times).

export interface Ticks {
  lo: number;
  hi: number;
  step: number;
  values: number[];
}

/** About `count` intervals covering lo..hi; `finest` is the smallest step the labels can tell apart. */
export function niceTicks(lo: number, hi: number, finest: number, count = 3): Ticks {
  const span = Math.max(hi - lo, finest);
  const raw = Math.max(span / count, finest);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw - 1e-12)!;
  // Work in whole steps so 0,1 + 0,2 does not print 0,30000000000000004.
  const first = Math.floor(lo / step + 1e-9);
  let last = Math.ceil(hi / step - 1e-9);
  if (last === first) last = first + 1;
  const values = Array.from({ length: last - first + 1 }, (_, i) => Math.round((first + i) * step * 1e6) / 1e6);
  return { lo: values[0]!, hi: values[values.length - 1]!, step, values };
}
