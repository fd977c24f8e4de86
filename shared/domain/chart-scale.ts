// Round axis values for a chart: ticks at 1, 2 or 5 times a power of ten, from zero (or below, for
// negative values) to just above the largest value, so no line touches the top edge.

export interface ChartScale {
  min: number;
  max: number;
  ticks: number[];
}

/** A 1-2-5 step giving about `target` intervals over `span`. */
export function niceStep(span: number, target = 4): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** The axis for `values`: zero included, round ticks, some room above the largest value. */
export function chartScale(values: number[], target = 4): ChartScale {
  const high = Math.max(0, ...values);
  const low = Math.min(0, ...values);
  const span = high - low || Math.abs(high) || 1;
  const step = niceStep(span, target);
  const min = Math.floor(low / step) * step;
  let max = Math.ceil(high / step) * step;
  // a point within 4 % of the top would touch it (its label above it would not fit): one more step
  if (high > 0 && (max - high) / (max - min) < 0.04) max += step;
  if (max === min) max = min + step;
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { min, max, ticks };
}
