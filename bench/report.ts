/**
 * How the benchmark reports: a plain-text table for the terminal (one row per metric, grouped by
 * section; a timed metric shows its median and the spread of its runs), the list of Lighthouse
 * audits that did not pass or could not run, and bench/results.json.
 *
 *   console.log(formatTable(metrics));
 *   writeResults('bench/results.json', { metrics, ... });
 */
import { plural } from '../src/lib/format/plural.ts';
import { writeFileSync } from 'node:fs';
import type { ErroredAudit, FailingAudit } from './lighthouse.ts';
import type { Metric } from './metrics.ts';

/** A number as it is printed: KB with one decimal, anything else as it was rounded when measured. */
function formatValue(value: number | null, unit: string): string {
  if (value === null) return 'n/a';
  const text = unit === 'KB' ? value.toFixed(1) : String(value);
  return unit ? `${text} ${unit}` : text;
}

function formatBudget(m: Metric): string {
  if (m.budget === null || m.compare === null) return '(report only)';
  const budget = `${m.compare === '<=' ? '≤' : '≥'} ${formatValue(m.budget, m.unit)}`;
  return m.aim === undefined ? budget : `${budget} (aim ${m.aim})`;
}

/** "38–55 ms (5 runs)" for a timed metric, empty otherwise. */
function formatSpread(m: Metric): string {
  if (!m.spread || !m.runs || m.runs.length < 2) return '';
  const { min, max } = m.spread;
  const f = (v: number) => (m.unit === 'KB' ? v.toFixed(1) : String(v));
  return `${f(min)}–${f(max)}${m.unit ? ` ${m.unit}` : ''} (${m.runs.length} runs)`;
}

function status(m: Metric): string {
  const errors = m.errors?.length ? ` (measured with ${plural(m.errors.length, 'error')})` : '';
  if (m.budget === null) return errors.trim();
  return (m.ok ? 'ok' : 'FAIL') + errors;
}

/** The metrics as an aligned table; a blank line between sections (the part of the key before the first dot). */
export function formatTable(metrics: Record<string, Metric>): string {
  const rows = Object.entries(metrics).map(([key, m]) => ({ section: key.split('.')[0] ?? key, cells: [m.label, formatValue(m.value, m.unit), formatSpread(m), formatBudget(m), status(m)], note: m.note }));
  const header = ['Metric', 'Value (median)', 'Spread (min–max)', 'Budget', 'Status'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r.cells[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '─'.repeat(w)).join('  ')];
  let section = rows[0]?.section;
  for (const row of rows) {
    if (row.section !== section) out.push('');
    section = row.section;
    out.push(line(row.cells));
    if (row.note) out.push(`    ↳ ${row.note}`);
  }
  return out.join('\n');
}

/** Audits of several runs (failing, or errored), merged by category and id, with how many runs each appeared in. */
function mergeAudits<A extends { category: string; id: string }>(runs: A[][]): (A & { runs: string })[] {
  const merged = new Map<string, { audit: A; count: number }>();
  for (const run of runs) {
    for (const audit of run) {
      const key = `${audit.category}/${audit.id}`;
      const seen = merged.get(key);
      if (seen) seen.count++;
      else merged.set(key, { audit, count: 1 });
    }
  }
  return [...merged.values()].map(({ audit, count }) => ({ ...audit, runs: `${count}/${runs.length}` }));
}

/** The failing audits of several runs, merged by id, with how many runs each failed in. */
export function mergeFailingAudits(runs: FailingAudit[][]): (FailingAudit & { runs: string })[] {
  return mergeAudits(runs);
}

/** The merged failing audits as lines for a human to judge. */
export function formatFailingAudits(audits: ReturnType<typeof mergeFailingAudits>): string {
  if (audits.length === 0) return 'Lighthouse: every scored audit passed in every run.';
  const lines = ['Lighthouse audits that did not pass on the story page (judge whether they matter outside a local http server):'];
  for (const a of audits) {
    const score = a.score === null ? 'error' : `score ${a.score}`;
    lines.push(`  [${a.category}] ${a.id} — ${a.title} (${score}${a.displayValue ? `, ${a.displayValue}` : ''}; ${a.runs} runs)`);
    if (a.explanation) lines.push(`      ${a.explanation.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
  return lines.join('\n');
}

/** The audits that errored in any of several runs, merged by id, with how many runs each errored in. */
export function mergeErroredAudits(runs: ErroredAudit[][]): (ErroredAudit & { runs: string })[] {
  return mergeAudits(runs);
}

/** The errored audits as lines: they are errors of the measurement, not passes. */
export function formatErroredAudits(audits: ReturnType<typeof mergeErroredAudits>): string {
  if (audits.length === 0) return 'Lighthouse: every audit ran.';
  const lines = [`Lighthouse audits that could not run (${audits.length}; errors, not passes — the categories they belong to are marked "measured with errors"):`];
  for (const a of audits) {
    lines.push(`  [${a.category}] ${a.id} — ${a.title} (weight ${a.weight}; errored in ${a.runs} runs)`);
    lines.push(`      ${a.errorMessage.slice(0, 200)}`);
  }
  return lines.join('\n');
}

/** Writes results.json (pretty-printed, ending with a newline). */
export function writeResults(file: string, results: object): void {
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
