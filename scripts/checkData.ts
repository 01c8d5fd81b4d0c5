/**
 * `npm run check:data`: validates data/ and prints every problem, one per line. Exit code 1 when
 * anything is wrong. No stack traces: these messages are for the journalists who edit the data.
 */
import { readDataset } from '../src/lib/data/readDataset.ts';

const result = readDataset('data');
if (result.ok) {
  const d = result.dataset;
  const steps = d.copy.sections.reduce((n, s) => n + s.steps.length, 0);
  console.log(`data/ is valid: ${d.sources.sources.length} sources, ${d.election.constituencies.length} constituencies, ${d.timeline.events.length + d.timeline.afterwards.length} events, ${d.meetings.meetings.length} meetings, ${steps} story steps.`);
} else {
  console.error(`data/ has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}:`);
  for (const problem of result.problems) console.error(`  ${problem}`);
  process.exitCode = 1;
}
