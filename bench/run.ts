/**
 * `npm run bench`: the performance budgets of the built story, measured in the system Chromium.
 * Builds dist/ (unless --no-build), serves it under a nested base as a newsroom would, and measures
 *   1. the gzip bytes the story and embed pages load (by type, and the first load), and dist/embed.js;
 *   2. Lighthouse (mobile, median of 3 runs): the four category scores, LCP, TBT, CLS;
 *   3. the story's LCP against a no-JavaScript copy of the same page (runs interleaved);
 *   4. long tasks and step-to-chart latency while scrolling every step with the CPU slowed 4×;
 *   5. the wall-clock time of a rebuild after a data edit.
 * Prints a table, writes bench/results.json; with --check, exits 1 if a budget is broken.
 *
 *   npm run bench                      # build, measure, report
 *   npm run bench -- --no-build --check
 *   npm run bench -- --runs=5          # Lighthouse runs per page (default 3)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../tools/serveStatic.ts';
import { launchChromium } from '../tools/launchChromium.ts';
import { buildDist, timeBuildAfterDataEdit } from './build.ts';
import { gzipSize, measurePageBytes, TYPES, type PageBytes } from './bytes.ts';
import { CATEGORIES, makeNoJsCopy, runLighthouse, summariseRun, type RunSummary } from './lighthouse.ts';
import { errorMessage, kb, median, metric, round, type Metric } from './metrics.ts';
import { formatFailingAudits, formatTable, mergeFailingAudits, writeResults } from './report.ts';
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

type Options = { build: boolean; check: boolean; runs: number };
type Section = { metrics: Record<string, Metric>; details?: unknown };

/** --no-build, --check, --runs=N. */
function parseArgs(argv: string[]): Options {
  const runs = Number(argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
  for (const a of argv) if (!['--no-build', '--check'].includes(a) && !a.startsWith('--runs=')) throw new Error(`Unknown option ${a} (expected --no-build, --check, --runs=N)`);
  return { build: !argv.includes('--no-build'), check: argv.includes('--check'), runs: Number.isInteger(runs) && runs > 0 ? runs : 3 };
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

/** 1. Bytes of the story and embed pages, and of the host script. */
async function benchBytes(browser: Browser, server: StaticServer): Promise<Section> {
  const metrics: Record<string, Metric> = {};
  const details: Record<string, PageBytes> = {};
  for (const [key, file, name] of [['story', 'index.html', 'Story'], ['embed', 'embed.html', 'Embed']] as const) {
    const bytes = await measurePageBytes(browser, server, DIST, file);
    details[key] = bytes;
    const unmapped = bytes.unmapped.length ? `not from dist/: ${bytes.unmapped.join(', ')}` : undefined;
    metrics[`bytes.${key}.js`] = metric(`${name} JS (gzip)`, kb(bytes.byType.js), 'KB', { max: 35, aim: 30 });
    metrics[`bytes.${key}.css`] = metric(`${name} CSS (gzip)`, kb(bytes.byType.css), 'KB', { max: 8 });
    for (const type of TYPES.filter((t) => t !== 'js' && t !== 'css')) metrics[`bytes.${key}.${type}`] = metric(`${name} ${type === 'html' ? 'HTML' : type} (gzip)`, kb(bytes.byType[type]), 'KB', null);
    metrics[`bytes.${key}.firstLoad`] = metric(`${name} first load (gzip)`, kb(bytes.firstLoad), 'KB', { max: 120 });
    metrics[`bytes.${key}.total`] = metric(`${name} all loaded after scrolling (gzip)`, kb(bytes.total), 'KB', null, unmapped);
  }
  metrics['bytes.hostScript'] = metric('Host script embed.js (gzip)', kb(gzipSize(join(DIST, 'embed.js'))), 'KB', { max: 2 });
  return { metrics, details };
}

/** "69, 77 ms (step 4, step 9)": the durations of long tasks and, after load, the step whose scroll came last before each. */
function describeLongTasks(tasks: (LongTask & { afterStep?: number })[]): string | undefined {
  if (tasks.length === 0) return undefined;
  const durations = `${tasks.map((t) => Math.round(t.duration)).join(', ')} ms`;
  const when = tasks.filter((t) => t.afterStep !== undefined).map((t) => (t.afterStep === 0 ? 'before scrolling' : `step ${t.afterStep}`));
  return when.length ? `${durations} (${when.join(', ')})` : durations;
}

/** 4. Long tasks and step latency while scrolling, at each viewport. */
async function benchScroll(browser: Browser, server: StaticServer): Promise<Section> {
  const metrics: Record<string, Metric> = {};
  const details: ScrollRun[] = [];
  for (const viewport of VIEWPORTS) {
    const run = await measureScroll(browser, server.url, viewport, 4);
    details.push(run);
    const key = `scroll.${viewport.width}`;
    const where = `${viewport.width}×${viewport.height}, CPU 4×`;
    metrics[`${key}.longTasks`] = metric(`Long tasks while scrolling ${run.steps} steps (${where})`, run.longTasksAfterLoad.length, '', { max: 0 }, describeLongTasks(run.longTasksAfterLoad));
    metrics[`${key}.longTasksLoad`] = metric(`Long tasks during load (${where})`, run.longTasksDuringLoad.length, '', null, describeLongTasks(run.longTasksDuringLoad));
    const lat = run.stepLatencies;
    const note = lat.length < run.steps - 1 ? `${lat.length} of ${run.steps - 1} step changes timed` : undefined;
    metrics[`${key}.stepMedian`] = metric(`Scroll → chart state, median (${where})`, round(median(lat), 1), 'ms', null, note);
    metrics[`${key}.stepMax`] = metric(`Scroll → chart state, max (${where})`, round(Math.max(...lat), 1), 'ms', null);
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
  const med = (runs: RunSummary[], pick: (r: RunSummary) => number | null) => median(runs.map(pick).filter((v): v is number => v !== null));
  const metrics: Record<string, Metric> = {};
  for (const category of CATEGORIES) {
    metrics[`lighthouse.${category}`] = metric(`Lighthouse ${category} (median of ${runs})`, med(storyRuns, (r) => r.scores[category]), '', { min: 100 }, `runs: ${storyRuns.map((r) => r.scores[category]).join(', ')}`);
  }
  const lcp = med(storyRuns, (r) => r.lcp);
  const lcpNoJs = med(nojsRuns, (r) => r.lcp);
  metrics['lighthouse.lcp'] = metric('LCP, story (mobile, simulated)', round(lcp), 'ms', null, `runs: ${storyRuns.map((r) => round(r.lcp) ?? 'n/a').join(', ')}`);
  metrics['lighthouse.tbt'] = metric('TBT, story', round(med(storyRuns, (r) => r.tbt)), 'ms', null);
  metrics['lighthouse.cls'] = metric('CLS, story', round(med(storyRuns, (r) => r.cls), 3), '', null);
  metrics['lighthouse.lcpNoJs'] = metric('LCP, no-JS copy', round(lcpNoJs), 'ms', null, `runs: ${nojsRuns.map((r) => round(r.lcp) ?? 'n/a').join(', ')}`);
  metrics['lighthouse.lcpRatio'] = metric('LCP story / no-JS copy', lcp !== null && lcpNoJs ? round(lcp / lcpNoJs, 3) : null, '×', { max: 1.1 });
  const failing = mergeFailingAudits(storyRuns.map((r) => r.failing));
  const numbers = ({ scores, lcp, tbt, cls }: RunSummary) => ({ scores, lcp: round(lcp), tbt: round(tbt), cls: round(cls, 4) });
  const warnings = [...new Set(storyRuns.flatMap((r) => r.warnings))];
  return { metrics, details: { story: storyRuns.map(numbers), nojs: nojsRuns.map(numbers), failingAudits: failing, warnings } };
}

/** 5. Rebuild time after a data edit. */
async function benchBuildTime(): Promise<Section> {
  const timing = await timeBuildAfterDataEdit('data', 2);
  const note = `wall clock incl. npx + tsx start-up; runs ${timing.runs.map((s) => s.toFixed(2)).join(', ')} s; the build itself reported ${timing.reported.map((s) => (s === null ? '?' : `${s} s`)).join(', ')}`;
  return { metrics: { 'build.afterDataEdit': metric('Rebuild after a data edit (2nd run)', round(timing.seconds, 2), 's', { max: 3 }, note) }, details: timing };
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
      sections.scroll = await guarded('scroll', 'scroll', () => benchScroll(browser, story));
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
  console.log(formatTable(metrics));
  console.log('');
  const lighthouse = sections.lighthouse?.details as { failingAudits?: Parameters<typeof formatFailingAudits>[0] } | undefined;
  if (lighthouse?.failingAudits) {
    console.log(formatFailingAudits(lighthouse.failingAudits));
    console.log(`(full reports: ${REPORTS}/*.json, open them in the Lighthouse viewer)`);
    console.log('');
  }
  console.log(`Wrote ${RESULTS} in ${seconds} s total.`);
  if (Math.max(load.before, load.after) > cpus().length) {
    console.log(`Note: the machine was busy (1-min load average ${load.before} before, ${load.after} after, on ${cpus().length} cores): timings are noisy; run again on an idle machine before trusting a failure.`);
  }
  const failed = Object.entries(metrics).filter(([, m]) => !m.ok);
  if (failed.length === 0) {
    console.log('All budgets met.');
    return;
  }
  console.log(`Budgets broken (${failed.length}):`);
  for (const [key, m] of failed) console.log(`  ${key}: ${m.label} = ${m.value ?? 'n/a'}${m.unit ? ` ${m.unit}` : ''}, budget ${m.compare} ${m.budget}${m.note ? ` — ${m.note}` : ''}`);
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
    environment: { node: process.version, chromium, cpus: cpus().length, loadAverage1min: load, lighthouse: '12.2.3', base: BASE },
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
