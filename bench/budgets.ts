/**
 * Every performance budget of the story, in one place. The tests (tests/browser/budgets.test.ts)
 * check the deterministic ones, the benchmark (bench/run.ts) measures all of them, and the README's
 * budget table is this list (tests/unit/readme.test.ts compares them), so none of the three can
 * drift from the others.
 *
 *   BUDGETS['bytes.js'].max        // → 35 (KB gzip)
 *   budgetOf('lighthouse.tbt')     // → { max: 50 }, as bench/metrics.ts metric() takes it
 *   budgetTableRows()              // → [['JavaScript the story loads (gzip)', '≤ 35 KB', 'test, bench'], …]
 */

/** Who checks a budget: `npm test` (deterministic: bytes, counts) and/or `npm run bench` (timings). */
export type CheckedBy = 'test' | 'bench';

export type BudgetSpec = {
  /** What is measured, as the README's table and the bench's report say it. */
  label: string;
  unit: 'KB' | 'ms' | 's' | '×' | '' | 'elements' | 'requests';
  /** At most this much… */
  max?: number;
  /** …or at least this much. */
  min?: number;
  /** A softer target the bench prints beside the budget; never fails. */
  aim?: number;
  checkedBy: readonly CheckedBy[];
  /** Why the number is what it is, for the README. */
  why?: string;
};

export const BUDGETS = {
  'bytes.js': { label: 'JavaScript a page loads (gzip)', unit: 'KB', max: 12, checkedBy: ['test', 'bench'], why: '7.6 when this budget was set: nothing is hydrated, no framework runtime ships' },
  'bytes.noD3': { label: 'd3 modules in a client chunk', unit: '', max: 0, checkedBy: ['test'], why: 'the client build fails on any (scripts/clientGraphGuard.ts)' },
  'bytes.css': { label: 'CSS a page loads (gzip)', unit: 'KB', max: 8, checkedBy: ['test', 'bench'] },
  'bytes.firstLoad': { label: 'First load: HTML, JS, CSS and fonts (gzip)', unit: 'KB', max: 120, checkedBy: ['test', 'bench'] },
  'bytes.fontFile': { label: 'Each subset web font file', unit: 'KB', max: 15, checkedBy: ['test'] },
  'bytes.hostScript': { label: 'Host script embed.js (gzip)', unit: 'KB', max: 2, checkedBy: ['test', 'bench'] },
  'dom.elements': {
    label: 'DOM elements of the story page after load',
    unit: 'elements',
    max: 6000,
    checkedBy: ['test', 'bench'],
    why: '5,215 when this budget was set: every step with its figure and data table, one live chart',
  },
  'requests.firstLoad': { label: 'Requests before the load event (story page)', unit: 'requests', max: 10, checkedBy: ['test', 'bench'], why: '8 when this budget was set: the page, two scripts, a stylesheet, the font sheet and three fonts' },
  'lighthouse.performance': { label: 'Lighthouse performance (mobile, median)', unit: '', min: 100, checkedBy: ['bench'] },
  'lighthouse.accessibility': { label: 'Lighthouse accessibility (median)', unit: '', min: 100, checkedBy: ['bench'] },
  'lighthouse.best-practices': { label: 'Lighthouse best practices (median)', unit: '', min: 100, checkedBy: ['bench'] },
  'lighthouse.seo': { label: 'Lighthouse SEO (median)', unit: '', min: 100, checkedBy: ['bench'] },
  'lighthouse.tbt': { label: 'Total blocking time, Lighthouse mobile (median)', unit: 'ms', max: 50, checkedBy: ['bench'] },
  'lighthouse.lcpRatio': { label: 'LCP of the story / its no-JavaScript copy (median)', unit: '×', max: 1.1, checkedBy: ['bench'] },
  'scroll.longTasks': { label: 'Long tasks while scrolling every step, 375 and 1280 px, CPU 4× (median)', unit: '', max: 0, checkedBy: ['bench'] },
  'load.longestTask': { label: 'Longest task during load, 375 and 1280 px, CPU 4× (median)', unit: 'ms', max: 50, checkedBy: ['bench'] },
  'build.afterDataEdit': { label: '`npm run build` after a data edit, wall clock (median of 3)', unit: 's', max: 3, checkedBy: ['bench'] },
  'checkData': { label: '`npm run check:data`, wall clock (median of 3)', unit: 's', max: 1, checkedBy: ['bench'] },
} as const satisfies Record<string, BudgetSpec>;

export type BudgetKey = keyof typeof BUDGETS;

/** A budget as bench/metrics.ts metric() takes it: { max } or { min }, with its aim. */
export function budgetOf(key: BudgetKey): { max: number; aim?: number } | { min: number; aim?: number } {
  const spec: BudgetSpec = BUDGETS[key];
  const aim = spec.aim === undefined ? {} : { aim: spec.aim };
  if (spec.max !== undefined) return { max: spec.max, ...aim };
  if (spec.min !== undefined) return { min: spec.min, ...aim };
  throw new Error(`bench/budgets.ts: ${key} has neither max nor min`);
}

/** A budget's limit as the README writes it: "≤ 35 KB", "100", "≤ 1.1×", "0". */
export function formatLimit(key: BudgetKey): string {
  const spec: BudgetSpec = BUDGETS[key];
  const unit = spec.unit === '' ? '' : spec.unit === '×' ? '×' : ` ${spec.unit}`;
  if (spec.min !== undefined) return `≥ ${spec.min}${unit}`;
  if (spec.max === 0) return `0${unit}`;
  return `≤ ${spec.max}${unit}`;
}

/** The README's budget table (| budget | limit | checked by | note |), row by row. */
export function budgetTableRows(): [string, string, string, string][] {
  return (Object.keys(BUDGETS) as BudgetKey[]).map((key) => {
    const spec: BudgetSpec = BUDGETS[key];
    const by = spec.checkedBy.map((c) => (c === 'test' ? '`npm test`' : '`npm run bench`')).join(', ');
    return [spec.label, formatLimit(key), by, spec.why ?? ''];
  });
}

/** The README's budget table as Markdown. */
export function budgetTable(): string {
  const rows = budgetTableRows().map((cells) => `| ${cells.join(' | ')} |`);
  return ['| budget | limit | checked by | note |', '|---|---|---|---|', ...rows].join('\n');
}
