/**
 * Lighthouse 12 (default config: mobile emulation and simulated throttling), run programmatically
 * against a fresh headless Chromium per run, and the no-JavaScript copy of dist/ it is compared with.
 *
 *   const lhr = await runLighthouse('http://127.0.0.1:4000/news/2014/cambodia/');
 *   summariseRun(lhr).lcp // → 1234.5 (ms)
 *   makeNoJsCopy('dist', 'bench/tmp/nojs');   // index.html without its module scripts
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumPath } from '../tools/launchChromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What one Lighthouse run says: scores out of 100, LCP and TBT in ms, CLS, the audits that did not pass and those that could not run. */
export type RunSummary = {
  scores: Record<Category, number | null>;
  lcp: number | null;
  tbt: number | null;
  cls: number | null;
  failing: FailingAudit[];
  errored: ErroredAudit[];
  warnings: string[];
};

export type FailingAudit = { category: Category; id: string; title: string; score: number | null; displayValue?: string; explanation?: string };

/**
 * An audit Lighthouse could not run (`scoreDisplayMode: 'error'`, e.g. the trace audits that fail on
 * this Chromium with "Cannot read properties of undefined (reading 'frame_sequence')"). It is
 * neither a pass nor a fail: a category with one is reported as measured with errors. (An errored
 * audit with a weight makes Lighthouse give the category no score at all; those of weight 0 leave
 * the score as if they had passed, which is why they are listed.)
 */
export type ErroredAudit = { category: Category; id: string; title: string; weight: number; errorMessage: string };

/** Starts a headless Chromium, runs Lighthouse on `url`, and always closes that Chromium (and waits for it to exit). */
export async function runLighthouse(url: string): Promise<Result> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const exited = new Promise<void>((resolve) => (chrome.process.exitCode !== null ? resolve() : chrome.process.once('exit', () => resolve())));
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
}

/** The numbers and the failing audits of one report. */
export function summariseRun(lhr: Result): RunSummary {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score! * 100)])) as Record<Category, number | null>;
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  return { scores, lcp: numeric('largest-contentful-paint'), tbt: numeric('total-blocking-time'), cls: numeric('cumulative-layout-shift'), failing: failingAudits(lhr), errored: erroredAudits(lhr), warnings: lhr.runWarnings };
}

/** The audits of the four categories that Lighthouse could not run, with its error message. */
export function erroredAudits(lhr: Result): ErroredAudit[] {
  const errored: ErroredAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (audit?.scoreDisplayMode !== 'error') continue;
      errored.push({ category, id: audit.id, title: audit.title, weight: ref.weight, errorMessage: (audit.errorMessage ?? 'no message').replace(/\s+/g, ' ').trim() });
    }
  }
  return errored;
}

/** The audits of the four categories that scored below 1 (informative, manual and not-applicable ones never fail; errored ones are listed by erroredAudits). */
export function failingAudits(lhr: Result): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ['informative', 'manual', 'notApplicable', 'error'].includes(audit.scoreDisplayMode)) continue;
      if (audit.score === null || audit.score >= 1) continue;
      failing.push({
        category,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        ...(explain(audit) ? { explanation: explain(audit) } : {}),
      });
    }
  }
  return failing;
}

/** Why an audit did not pass, in Lighthouse's words: its explanation or error, or the reasons its table lists (e.g. bf-cache). */
function explain(audit: Result['audits'][string]): string | undefined {
  if (audit.explanation) return audit.explanation;
  const items = (audit.details as { items?: { reason?: unknown }[] } | undefined)?.items ?? [];
  const reasons = items.map((item) => item.reason).filter((r): r is string => typeof r === 'string');
  return reasons.length ? reasons.join(' / ') : undefined;
}

/**
 * Copies `dist` to `out` with every `<script type="module">` and modulepreload link removed from
 * index.html: the same prerendered page, without JavaScript. Returns how many tags were removed.
 */
export function makeNoJsCopy(dist: string, out: string): number {
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true });
  const file = join(out, 'index.html');
  let removed = 0;
  const html = readFileSync(file, 'utf8')
    .replace(/<script\b[^>]*\btype=["']?module["']?[^>]*>[\s\S]*?<\/script>[ \t]*\n?/gi, () => (removed++, ''))
    .replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>[ \t]*\n?/gi, () => (removed++, ''));
  writeFileSync(file, html);
  return removed;
}
