/**
 * `npm run bench`: the performance budgets of the built story, measured in the system Chromium.
 * Builds dist/ (unless --no-build), serves it under a nested base as a newsroom would, and measures
 *   1. the gzip bytes the story and embed pages load (by type, and the first load), dist/embed.js,
 *      the requests of the first load and the DOM elements once loaded (deterministic: `npm test`
 *      checks the same budgets);
 *   2. Lighthouse (mobile, median of 5 runs): the four category scores, LCP, TBT, CLS;
 *   3. the story's LCP against a no-JavaScript copy of the same page (runs interleaved);
 *   4. long tasks during load and while scrolling every step, and step-to-chart latency, with the
 *      CPU slowed 4× (median of 5 runs per width);
 *   5. the wall clock of `npm run build` after a data edit (median of 3) and of `npm run check:data`.
 * Every budget comes from bench/budgets.ts. A timed metric is its median, printed with the spread
 * of its runs, and only the median can break a budget. The machine's 1-minute load average before
 * and after is printed with the figures and kept in bench/results.json. Lighthouse audits that
 * errored are listed as errors and mark their category "measured with errors".
 * Prints a table, writes bench/results.json; with --check, exits 1 if a budget is broken.
 *
 *   npm run bench                      # build, measure, report
 *   npm run bench -- --no-build --check
 *   npm run bench -- --runs=3          # Lighthouse runs per page (default 5)
 *   npm run bench -- --scroll-runs=1   # scripted reads per width (default 5)
 */
import { plural } from '../src/lib/format/plural.ts';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../tools/serveStatic.ts';
import { launchChromium } from '../tools/launchChromium.ts';
import { buildDist, timeBuildAfterDataEdit, timeCheckData } from './build.ts';
import { budgetOf } from './budgets.ts';
import { gzipSize, measurePageBytes, TYPES, type PageBytes } from './bytes.ts';
import { CATEGORIES, makeNoJsCopy, runLighthouse, summariseRun, type RunSummary } from './lighthouse.ts';
import { errorMessage, kb, metric, round, timedMetric, type Metric } from './metrics.ts';
import { formatErroredAudits, formatFailingAudits, formatTable, mergeErroredAudits, mergeFailingAudits, writeResults } from './report.ts';
import { measureScroll, type LongTask, type ScrollRun, type Viewport } from './scrollTasks.ts';

const BASE = '/news/2014/cambodia/';
const DIST = 'dist';
const NOJS = 'bench/tmp/nojs';
const RESULTS = 'bench/results.json';
/** The full Lighthouse reports of the last run, for a human to open (bench/tmp/ is not committed). */
const REPORTS = 'bench/tmp/lighthouse';
const VIEWPORTS: Viewport[] = [
  { width: 375, height: 740, at: 0.62 },
  { width: 1280, height: 800, at: 0.3 },
];

type Options = { build: boolean; check: boolean; runs: number; scrollRuns: number };
type Section = { metrics: Record<string, Metric>; details?: unknown };

/** --no-build, --check, --runs=N (Lighthouse, default 5), --scroll-runs=N (default 5). */
function parseArgs(argv: string[]): Options {
  const count = (name: string, fallback: number) => {
    const n = Number(argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  for (const a of argv) if (!['--no-build', '--check'].includes(a) && !a.startsWith('--runs=') && !a.startsWith('--scroll-runs=')) throw new Error(`Unknown option ${a} (expected --no-build, --check, --runs=N, --scroll-runs=N)`);
  return { build: !argv.includes('--no-build'), check: argv.includes('--check'), runs: count('runs', 5), scrollRuns: count('scroll-runs', 5) };
}

function progress(message: string): void {
  process.stderr.write(`· ${message}\n`);
}

/** Runs one section; if it throws, the section reports one failing metric (`key`.error) that carries the error. */
async function guarded(key: string, name: string, fn: () => Promise<Section>): Promise<Section> {
  const started = performance.now();
  progress(`${name}…`);
  try {
    const section = await fn();
    progress(`${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return section;
  } catch (error) {
    progress(`${name} failed: ${errorMessage(error)}`);
    return { metrics: { [`${key}.error`]: metric(`${name}: could not be measured`, null, '', { max: 0 }, errorMessage(error)) }, details: { error: String(error) } };
  }
}

/** 1. Bytes of the story and embed pages, and of the host script; the story's first-load requests and DOM size. */
async function benchBytes(browser: Browser, server: StaticServer): Promise<Section> {
  const metrics: Record<string, Metric> = {};
  const details: Record<string, PageBytes> = {};
  for (const [key, file, name] of [['story', 'index.html', 'Story'], ['embed', 'embed.html', 'Embed']] as const) {
    const bytes = await measurePageBytes(browser, server, DIST, file);
    details[key] = bytes;
    const unmapped = bytes.unmapped.length ? `not from dist/: ${bytes.unmapped.join(', ')}` : undefined;
    metrics[`bytes.${key}.js`] = metric(`${name} JS (gzip)`, kb(bytes.byType.js), 'KB', budgetOf('bytes.js'));
    metrics[`bytes.${key}.css`] = metric(`${name} CSS (gzip)`, kb(bytes.byType.css), 'KB', budgetOf('bytes.css'));
    for (const type of TYPES.filter((t) => t !== 'js' && t !== 'css')) metrics[`bytes.${key}.${type}`] = metric(`${name} ${type === 'html' ? 'HTML' : type} (gzip)`, kb(bytes.byType[type]), 'KB', null);
    metrics[`bytes.${key}.firstLoad`] = metric(`${name} first load (gzip)`, kb(bytes.firstLoad), 'KB', budgetOf('bytes.firstLoad'));
    metrics[`bytes.${key}.total`] = metric(`${name} all loaded after scrolling (gzip)`, kb(bytes.total), 'KB', null, unmapped);
    metrics[`bytes.${key}.requests`] = metric(`${name} requests before the load event`, bytes.firstLoadRequests, '', key === 'story' ? budgetOf('requests.firstLoad') : null);
    metrics[`bytes.${key}.dom`] = metric(`${name} DOM elements after load`, bytes.domElements, '', key === 'story' ? budgetOf('dom.elements') : null);
  }
  metrics['bytes.hostScript'] = metric('Host script embed.js (gzip)', kb(gzipSize(join(DIST, 'embed.js'))), 'KB', budgetOf('bytes.hostScript'));
  return { metrics, details };
}

/** "69, 77 ms (step 4, step 9)": the durations of long tasks and, after load, the step whose scroll came last before each. */
function describeLongTasks(tasks: (LongTask & { afterStep?: number })[]): string | undefined {
  if (tasks.length === 0) return undefined;
  const durations = `${tasks.map((t) => Math.round(t.duration)).join(', ')} ms`;
  const when = tasks.filter((t) => t.afterStep !== undefined).map((t) => (t.afterStep === 0 ? 'before scrolling' : `step ${t.afterStep}`));
  return when.length ? `${durations} (${when.join(', ')})` : durations;
}

/** The longest task of a list, in ms; 0 when there is none (the observer only reports tasks over 50 ms). */
function longest(tasks: LongTask[]): number {
  return tasks.reduce((max, t) => Math.max(max, t.duration), 0);
}

/** 4. Long tasks during load and while scrolling, and step latency, at each viewport, `runs` scripted reads each. */
async function benchScroll(browser: Browser, server: StaticServer, runs: number): Promise<Section> {
  const metrics: Record<string, Metric> = {};
  const details: ScrollRun[] = [];
  for (const viewport of VIEWPORTS) {
    const reads: ScrollRun[] = [];
    for (let i = 0; i < runs; i++) {
      progress(`  scroll ${viewport.width} px, ${i + 1}/${runs}`);
      reads.push(await measureScroll(browser, server.url, viewport, 4));
    }
    details.push(...reads);
    const key = `scroll.${viewport.width}`;
    const where = `${viewport.width}×${viewport.height}, CPU 4×`;
    const steps = reads[0]?.steps ?? 0;
    const each = (describe: (run: ScrollRun) => string | undefined) => reads.map((r, i) => `run ${i + 1}: ${describe(r) ?? 'none'}`).join('; ');
    metrics[`${key}.longTasks`] = timedMetric(`Long tasks while scrolling ${steps} steps (${where})`, reads.map((r) => r.longTasksAfterLoad.length), '', budgetOf('scroll.longTasks'), { note: each((r) => describeLongTasks(r.longTasksAfterLoad)) });
    metrics[`${key}.longTasksLoad`] = timedMetric(`Long tasks during load (${where})`, reads.map((r) => r.longTasksDuringLoad.length), '', null, { note: each((r) => describeLongTasks(r.longTasksDuringLoad)) });
    metrics[`${key}.longestTaskLoad`] = timedMetric(`Longest task during load (${where}; 0 = none over 50 ms)`, reads.map((r) => longest(r.longTasksDuringLoad)), 'ms', budgetOf('load.longestTask'));
    const medians = reads.map((r) => (r.stepLatencies.length ? [...r.stepLatencies].sort((a, b) => a - b)[Math.floor(r.stepLatencies.length / 2)] ?? null : null));
    const timed = reads.map((r) => r.stepLatencies.length);
    const note = timed.some((n) => n < steps - 1) ? `step changes timed per run: ${timed.join(', ')} of ${steps - 1}` : undefined;
    metrics[`${key}.stepMedian`] = timedMetric(`Scroll → chart state, median step (${where})`, medians, 'ms', null, { digits: 1, ...(note ? { note } : {}) });
    metrics[`${key}.stepMax`] = timedMetric(`Scroll → chart state, slowest step (${where})`, reads.map((r) => (r.stepLatencies.length ? Math.max(...r.stepLatencies) : null)), 'ms', null, { digits: 1 });
  }
  return { metrics, details };
}

/** 2 and 3. Lighthouse on the story and its no-JavaScript copy, interleaved, `runs` times each. */
async function benchLighthouse(story: StaticServer, nojs: StaticServer, runs: number): Promise<Section> {
  const storyRuns: RunSummary[] = [];
  const nojsRuns: RunSummary[] = [];
  rmSync(REPORTS, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });
  for (let i = 0; i < runs; i++) {
    for (const [name, server, list] of [['story', story, storyRuns], ['nojs', nojs, nojsRuns]] as const) {
      progress(`  Lighthouse ${i + 1}/${runs}: ${name === 'story' ? 'story' : 'no-JS copy'}`);
      const lhr = await runLighthouse(server.url);
      writeFileSync(join(REPORTS, `${name}-${i + 1}.json`), JSON.stringify(lhr));
      list.push(summariseRun(lhr));
    }
  }
  const pick = (list: RunSummary[], get: (r: RunSummary) => number | null) => list.map(get);
  const erroredStory = mergeErroredAudits(storyRuns.map((r) => r.errored));
  const metrics: Record<string, Metric> = {};
  for (const category of CATEGORIES) {
    const m = timedMetric(`Lighthouse ${category} (median of ${runs})`, pick(storyRuns, (r) => r.scores[category]), '', budgetOf(`lighthouse.${category}`));
    const errors = erroredStory.filter((a) => a.category === category).map((a) => `${a.id} (errored in ${a.runs} runs): ${a.errorMessage.slice(0, 120)}`);
    metrics[`lighthouse.${category}`] = errors.length ? { ...m, errors, note: `measured with errors: ${plural(errors.length, 'audit')} could not run (${erroredStory.filter((a) => a.category === category).map((a) => a.id).join(', ')}); see below` } : m;
  }
  const lcp = timedMetric('LCP, story (mobile, simulated)', pick(storyRuns, (r) => r.lcp), 'ms', null);
  const lcpNoJs = timedMetric('LCP, no-JS copy', pick(nojsRuns, (r) => r.lcp), 'ms', null);
  metrics['lighthouse.lcp'] = lcp;
  metrics['lighthouse.tbt'] = timedMetric('TBT, story', pick(storyRuns, (r) => r.tbt), 'ms', budgetOf('lighthouse.tbt'));
  metrics['lighthouse.cls'] = timedMetric('CLS, story', pick(storyRuns, (r) => r.cls), '', null, { digits: 3 });
  metrics['lighthouse.lcpNoJs'] = lcpNoJs;
  // The runs are interleaved (story, no-JS copy, story, …): the ratio of each pair gives the spread.
  const pairs = storyRuns.map((r, i) => {
    const nojsLcp = nojsRuns[i]?.lcp;
    return r.lcp !== null && nojsLcp ? r.lcp / nojsLcp : null;
  });
  const ratio = lcp.value !== null && lcpNoJs.value ? round(lcp.value / lcpNoJs.value, 3) : null;
  const ratioRuns = timedMetric('', pairs, '×', null, { digits: 3 });
  metrics['lighthouse.lcpRatio'] = {
    ...metric('LCP story / no-JS copy (ratio of the medians)', ratio, '×', budgetOf('lighthouse.lcpRatio')),
    ...(ratioRuns.spread ? { spread: ratioRuns.spread, runs: ratioRuns.runs } : {}),
  };
  const failing = mergeFailingAudits(storyRuns.map((r) => r.failing));
  const numbers = ({ scores, lcp, tbt, cls }: RunSummary) => ({ scores, lcp: round(lcp), tbt: round(tbt), cls: round(cls, 4) });
  const warnings = [...new Set(storyRuns.flatMap((r) => r.warnings))];
  return { metrics, details: { story: storyRuns.map(numbers), nojs: nojsRuns.map(numbers), failingAudits: failing, erroredAudits: erroredStory, warnings } };
}

/** 5. `npm run build` after a data edit, and `npm run check:data`, by the wall clock. */
async function benchBuildTime(): Promise<Section> {
  const timing = await timeBuildAfterDataEdit('data', 3);
  const check = await timeCheckData(3);
  const note = `wall clock of "npm run build" as typed (npm, Node and tsx start-up included); the build itself reported ${timing.reported.map((s) => (s === null ? '?' : `${s} s`)).join(', ')}`;
  return {
    metrics: {
      'build.afterDataEdit': timedMetric('npm run build after a data edit', timing.runs, 's', budgetOf('build.afterDataEdit'), { digits: 2, note }),
      'build.checkData': timedMetric('npm run check:data', check.runs, 's', budgetOf('checkData'), { digits: 2 }),
    },
    details: { build: timing, checkData: check },
  };
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Builds (unless --no-build), serves dist/ and its no-JS copy, and runs every section. */
async function measureAll(options: Options): Promise<{ sections: Record<string, Section>; chromium: string }> {
  if (options.build) {
    // A failed build stops the benchmark: measuring the previous dist/ would report the wrong page.
    progress('build…');
    const build = await buildDist();
    progress(`build done in ${build.seconds.toFixed(1)} s`);
  }
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html is missing: run "npm run build" (or drop --no-build).`);

  mkdirSync('bench/tmp', { recursive: true });
  makeNoJsCopy(DIST, NOJS);
  const sections: Record<string, Section> = {};
  const story = await serveStatic({ dir: DIST, base: BASE });
  const nojs = await serveStatic({ dir: NOJS, base: BASE });
  let chromium = '';
  try {
    const browser = await launchChromium();
    try {
      chromium = browser.version();
      sections.bytes = await guarded('bytes', 'bytes', () => benchBytes(browser, story));
      sections.scroll = await guarded('scroll', 'scroll', () => benchScroll(browser, story, options.scrollRuns));
    } finally {
      await browser.close(); // before Lighthouse, so that an idle browser does not share the CPU
    }
    sections.lighthouse = await guarded('lighthouse', 'lighthouse', () => benchLighthouse(story, nojs, options.runs));
  } finally {
    await story.close();
    await nojs.close();
  }
  sections.build = await guarded('build', 'build time', benchBuildTime);
  return { sections, chromium };
}

/** Prints the table, the failing Lighthouse audits, the broken budgets and a warning if the machine was busy. */
function printReport(metrics: Record<string, Metric>, sections: Record<string, Section>, seconds: number, load: { before: number; after: number }): void {
  console.log(`Machine: ${cpus().length} cores, 1-minute load average ${load.before} before, ${load.after} after the run. Timed values are medians; the spread is min–max of the runs.`);
  console.log('');
  console.log(formatTable(metrics));
  console.log('');
  const lighthouse = sections.lighthouse?.details as { failingAudits?: Parameters<typeof formatFailingAudits>[0]; erroredAudits?: Parameters<typeof formatErroredAudits>[0] } | undefined;
  if (lighthouse?.failingAudits) {
    console.log(formatFailingAudits(lighthouse.failingAudits));
    if (lighthouse.erroredAudits) console.log(formatErroredAudits(lighthouse.erroredAudits));
    console.log(`(full reports: ${REPORTS}/*.json, open them in the Lighthouse viewer)`);
    console.log('');
  }
  console.log(`Wrote ${RESULTS} in ${seconds} s total.`);
  if (Math.max(load.before, load.after) > cpus().length) {
    console.log(`Note: the machine was busy (1-min load average ${load.before} before, ${load.after} after, on ${cpus().length} cores): timings are noisy; run again on an idle machine before trusting a failure.`);
  }
  const failed = Object.entries(metrics).filter(([, m]) => !m.ok);
  const withErrors = Object.values(metrics).filter((m) => m.errors?.length).map((m) => m.label);
  if (withErrors.length) console.log(`Measured with errors (not passes; see the audits that could not run): ${withErrors.join('; ')}.`);
  if (failed.length === 0) {
    console.log(withErrors.length ? 'No budget broken by a median, but the metrics above were measured with errors.' : 'All budgets met.');
    return;
  }
  console.log(`Budgets broken by the median (${failed.length}), load average ${load.before} → ${load.after}:`);
  for (const [key, m] of failed) console.log(`  ${key}: ${m.label} = ${m.value ?? 'n/a'}${m.unit ? ` ${m.unit}` : ''}${m.spread ? ` (runs ${m.spread.min}–${m.spread.max})` : ''}, budget ${m.compare} ${m.budget}${m.note ? ` — ${m.note}` : ''}`);
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  // os.loadavg() always lists the 1, 5 and 15 minute averages; the first is reported.
  const loadNow = () => round(loadavg()[0] ?? 0, 2);
  const loadBefore = loadNow();
  const { sections, chromium } = await measureAll(options);

  // Reported in the order of the brief (bytes, Lighthouse, scrolling, build), whatever order they ran in.
  const measured = ['bytes', 'lighthouse', 'scroll', 'build'].flatMap((key) => {
    const section = sections[key];
    return section ? [{ key, section }] : [];
  });
  const metrics = Object.assign({}, ...measured.map(({ section }) => section.metrics)) as Record<string, Metric>;
  const failed = Object.entries(metrics)
    .filter(([, m]) => !m.ok)
    .map(([key]) => key);
  const seconds = round((performance.now() - started) / 1000, 1);
  const load = { before: loadBefore, after: loadNow() };
  writeResults(RESULTS, {
    generatedAt: new Date().toISOString(),
    commit: gitCommit(),
    environment: { node: process.version, chromium, cpus: cpus().length, loadAverage1min: load, lighthouse: '12.2.3', base: BASE, lighthouseRuns: options.runs, scrollRuns: options.scrollRuns },
    durationSeconds: seconds,
    failed,
    metrics,
    details: Object.fromEntries(measured.map(({ key, section }) => [key, section.details ?? null])),
  });
  printReport(metrics, sections, seconds, load);
  return options.check && failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(errorMessage(error));
    process.exit(2);
  },
);
