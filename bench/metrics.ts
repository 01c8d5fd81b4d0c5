/**
 * The shape of one benchmark result and the small helpers every measurement shares: a metric
 * with its budget (or none, for report-only numbers), the median, and byte/number formatting.
 *
 *   metric('Story JS (gzip)', 21.2, 'KB', { max: 35, aim: 30 })
 *   // → { label, value: 21.2, unit: 'KB', budget: 35, compare: '<=', aim: 30, ok: true }
 *   timedMetric('TBT', [40, 55, 38], 'ms', { max: 50 })
 *   // → { value: 40 (the median), spread: { min: 38, max: 55 }, runs: [40, 55, 38], ok: true }
 *
 * A timed metric is judged by its median only: one slow run on a busy machine does not break a budget.
 */

/** One number in results.json. `budget` is null for report-only metrics, which are always ok. */
export type Metric = {
  label: string;
  value: number | null;
  unit: string;
  budget: number | null;
  /** How value is compared with budget: "<=" (at most) or ">=" (at least). */
  compare: '<=' | '>=' | null;
  /** A softer target, printed next to the budget; never fails a check. */
  aim?: number;
  ok: boolean;
  /** Why the value is what it is, or why it is missing (an error). */
  note?: string;
  /** For a timed metric: the lowest and highest of its runs (value is their median). */
  spread?: { min: number; max: number };
  /** For a timed metric: every run's value, in the order measured. */
  runs?: number[];
  /** What went wrong while measuring it although a value came out (e.g. Lighthouse audits that errored): not a pass. */
  errors?: string[];
};

export type Budget = { max: number; aim?: number } | { min: number; aim?: number } | null;

/** A metric checked against its budget. A missing value (null, or NaN from an empty median) is stored as null, and is not ok if there is a budget. */
export function metric(label: string, measured: number | null, unit: string, budget: Budget, note?: string): Metric {
  const value = measured !== null && Number.isFinite(measured) ? measured : null;
  const base = { label, value, unit, ...(note ? { note } : {}) };
  if (!budget) return { ...base, budget: null, compare: null, ok: true };
  const aim = budget.aim === undefined ? {} : { aim: budget.aim };
  if ('max' in budget) return { ...base, budget: budget.max, compare: '<=', ...aim, ok: value !== null && value <= budget.max };
  return { ...base, budget: budget.min, compare: '>=', ...aim, ok: value !== null && value >= budget.min };
}

/**
 * A metric measured several times: its value is the median of `runs` (rounded to `digits`), judged
 * against the budget; the spread (min–max) and the runs are kept beside it. Runs that are null
 * (not measured) are left out; none at all gives a missing value.
 */
export function timedMetric(label: string, runs: (number | null)[], unit: string, budget: Budget, options: { digits?: number; note?: string } = {}): Metric {
  const values = runs.filter((v): v is number => v !== null && Number.isFinite(v));
  const digits = options.digits ?? 0;
  const m = metric(label, round(median(values), digits), unit, budget, options.note);
  if (values.length === 0) return m;
  return { ...m, spread: { min: round(Math.min(...values), digits), max: round(Math.max(...values), digits) }, runs: values.map((v) => round(v, digits)) };
}

/** The median of a non-empty list (the mean of the middle two for an even count); null if empty. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const middle = sorted.length % 2 ? sorted.slice(mid, mid + 1) : sorted.slice(mid - 1, mid + 1);
  return middle.reduce((sum, v) => sum + v, 0) / middle.length;
}

/** Bytes → KB (1024), one decimal, as the budgets are written. */
export function kb(bytes: number): number {
  return round(bytes / 1024, 1);
}

/** `value` rounded to `digits` decimals; null stays null. */
export function round(value: number, digits?: number): number;
export function round(value: number | null, digits?: number): number | null;
export function round(value: number | null, digits = 0): number | null {
  if (value === null) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The message of anything thrown, on one line of at most 400 characters. */
export function errorMessage(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  return text.length > 400 ? `${text.slice(0, 399)}…` : text;
}
