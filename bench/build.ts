/**
 * Builds, timed as a journalist meets them: the production build the benchmark measures
 * (`npm run build`), the wall clock of `npm run build` after each of several data edits (npm, Node
 * and tsx start-up included, from the command to the prompt), and the wall clock of
 * `npm run check:data`. data/ is copied to a temporary folder and edited there, so the project's
 * data/ and dist/ are never touched by the timing; each run follows a fresh edit of the headline.
 *
 *   await buildDist();                          // dist/, throws if the build fails
 *   const t = await timeBuildAfterDataEdit();   // → { runs: [2.1, 1.9, 2.0], reported: [1.2, 1.1, 1.1] }
 *   const c = await timeCheckData();            // → { runs: [0.62, 0.6, 0.61] }
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type CommandRun = { seconds: number; output: string; code: number | null };

export type BuildTiming = {
  /** Wall clock of each `npm run build` after a data edit, in s. */
  runs: number[];
  /** What scripts/build.ts itself printed ("Built … in 1.4 s"), per run: the build without npm, Node and tsx start-up. */
  reported: (number | null)[];
};

/** Runs `npm run <script> -- …args` in the project, as typed in a terminal, and times it by the wall clock. */
export function runNpm(script: string, args: string[] = []): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ seconds: (performance.now() - started) / 1000, output, code }));
  });
}

/** Builds dist/ from data/ with `npm run build`; throws with the build's output if it fails. */
export async function buildDist(): Promise<CommandRun> {
  const run = await runNpm('build');
  if (run.code !== 0) throw new Error(`npm run build failed:\n${run.output}`);
  return run;
}

/** A copy of data/ in a temporary folder, for editing. */
export function dataCopy(dataDir: string, into: string): string {
  const copy = join(into, 'data');
  cpSync(dataDir, copy, { recursive: true });
  return copy;
}

/** Edits the headline of the data in `dataDir` as an editor would (a different edit each `n`). */
export function editHeadline(dataDir: string, n: number): void {
  const file = join(dataDir, 'copy.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { headline: string };
  // No digits: the data checks reject plain-text numbers in the copy.
  json.headline = `${json.headline.replace(/, edited( again)*$/, '')}, edited${' again'.repeat(n)}`;
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

/** Times `runs` rebuilds, each right after an edit of the data (in a temporary folder that is removed afterwards). */
export async function timeBuildAfterDataEdit(dataDir = 'data', runs = 3): Promise<BuildTiming> {
  if (runs < 1) throw new Error(`timeBuildAfterDataEdit: runs must be at least 1, got ${runs}`);
  const tmp = mkdtempSync(join(tmpdir(), 'bench-build-'));
  try {
    const data = dataCopy(dataDir, tmp);
    const out = join(tmp, 'dist');
    // The first build fills dist/ and any caches, as the journalist's earlier build did.
    const first = await runNpm('build', [`--data=${data}`, `--out=${out}`]);
    if (first.code !== 0) throw new Error(`the build of the copied data failed:\n${first.output}`);
    const results: CommandRun[] = [];
    for (let i = 0; i < runs; i++) {
      editHeadline(data, i);
      const run = await runNpm('build', [`--data=${data}`, `--out=${out}`]);
      if (run.code !== 0) throw new Error(`the build of the edited data failed:\n${run.output}`);
      results.push(run);
    }
    const reported = results.map((r) => {
      const match = /in ([\d.]+) s\b/.exec(r.output);
      return match ? Number(match[1]) : null;
    });
    return { runs: results.map((r) => r.seconds), reported };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Times `npm run check:data` on data/, `runs` times; throws if the data is not valid. */
export async function timeCheckData(runs = 3): Promise<{ runs: number[] }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runNpm('check:data');
    if (run.code !== 0) throw new Error(`npm run check:data failed:\n${run.output}`);
    times.push(run.seconds);
  }
  return { runs: times };
}
