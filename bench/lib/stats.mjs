/**
 * Summaries of repeated measurements: median, quartiles (IQR), min–max and n; ratios of medians; and the
 * growth exponent of a metric over problem sizes (least-squares slope of log(metric) against log(n)).
 * Medians and quartiles, not means: on a shared 2-core machine a few runs are always disturbed, and the
 * median of ≥ 10 runs ignores them where a mean would not.
 */

/** The q-quantile (0…1) of sorted numbers, linear between neighbours (the common "type 7" definition). */
function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** Rounds for storage: measurements are not more precise than this, and results.json stays readable. */
export function round(value, digits = 2) {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * { median, q1, q3, min, max, n, samples } of finite numbers (non-finite ones are dropped and counted as
 * `failed`, so a broken run shows up instead of skewing the median).
 */
export function summarize(values, digits = 2) {
  const finite = values.filter((value) => Number.isFinite(value));
  const sorted = [...finite].sort((a, b) => a - b);
  return {
    median: round(quantile(sorted, 0.5), digits),
    q1: round(quantile(sorted, 0.25), digits),
    q3: round(quantile(sorted, 0.75), digits),
    min: round(sorted[0], digits),
    max: round(sorted.at(-1), digits),
    n: sorted.length,
    ...(finite.length < values.length ? { failed: values.length - finite.length } : {}),
    samples: finite.map((value) => round(value, digits)),
  };
}

/** Ratio of two medians (a / b), or null when either is missing. */
export function ratio(a, b) {
  if (!a || !b || !Number.isFinite(a.median) || !Number.isFinite(b.median) || b.median === 0) return null;
  return round(a.median / b.median, 2);
}

/**
 * The exponent k of metric ≈ c·n^k: the least-squares slope of log(metric) against log(n). k ≈ 1 is linear,
 * k ≈ 0 constant (a windowed list's render should approach it), k > 1 worse than linear.
 * `points` are [n, value] pairs with value > 0.
 */
export function growthExponent(points) {
  const usable = points.filter(([n, value]) => n > 0 && value > 0);
  if (usable.length < 2) return null;
  const xs = usable.map(([n]) => Math.log(n));
  const ys = usable.map(([, value]) => Math.log(value));
  const mean = (list) => list.reduce((sum, v) => sum + v, 0) / list.length;
  const mx = mean(xs);
  const my = mean(ys);
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? null : round(num / den, 2);
}

/** A shuffled copy (Fisher–Yates): interleaved cases run in a new order each round, so drift hits all alike. */
export function shuffled(list) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
