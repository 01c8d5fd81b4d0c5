/**
 * How the benchmark reports: a plain-text table for the terminal (one row per metric, grouped by
 * section), the list of Lighthouse audits that did not pass, and bench/results.json.
 *
 *   console.log(formatTable(metrics));
 *   writeResults('bench/results.json', { metrics, ... });
 */
import { writeFileSync } from 'node:fs';
import type { FailingAudit } from './lighthouse.ts';
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

function status(m: Metric): string {
  if (m.budget === null) return '';
  return m.ok ? 'ok' : 'FAIL';
}

/** The metrics as an aligned table; a blank line between sections (the part of the key before the first dot). */
export function formatTable(metrics: Record<string, Metric>): string {
  const rows = Object.entries(metrics).map(([key, m]) => ({ section: key.split('.')[0] ?? key, cells: [m.label, formatValue(m.value, m.unit), formatBudget(m), status(m)], note: m.note }));
  const header = ['Metric', 'Value', 'Budget', 'Status'];
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

/** The failing audits of several runs, merged by id, with how many runs each failed in. */
export function mergeFailingAudits(runs: FailingAudit[][]): (FailingAudit & { runs: string })[] {
  const merged = new Map<string, FailingAudit & { count: number }>();
  for (const run of runs) {
    for (const audit of run) {
      const key = `${audit.category}/${audit.id}`;
      const seen = merged.get(key);
      if (seen) seen.count++;
      else merged.set(key, { ...audit, count: 1 });
    }
  }
  return [...merged.values()].map(({ count, ...audit }) => ({ ...audit, runs: `${count}/${runs.length}` }));
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

/** Writes results.json (pretty-printed, ending with a newline). */
export function writeResults(file: string, results: object): void {
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
