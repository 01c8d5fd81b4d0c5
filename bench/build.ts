/**
 * Builds: the production build the benchmark measures (`npx tsx scripts/build.ts`), and the time a
 * rebuild takes after an editor changes the data: data/ is copied to a temporary folder, the
 * headline in copy.json is edited, and `npx tsx scripts/build.ts --data=TMP --out=TMP2` is timed by
 * the wall clock (tsx start-up included), twice; the second run counts (warm file cache).
 *
 *   await buildDist();                        // dist/, throws if the build fails
 *   const t = await timeBuildAfterDataEdit(); // → { seconds: 3.1, runs: [3.4, 3.1], reported: [1.4, 1.3] }
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type BuildRun = { seconds: number; output: string; code: number | null };

export type BuildTiming = {
  /** Wall clock of the second run, in s. */
  seconds: number;
  runs: number[];
  /** What scripts/build.ts itself printed ("Built … in 1.4 s"), per run, without tsx start-up. */
  reported: (number | null)[];
};

/** Runs `npx tsx scripts/build.ts …args` in the project and times it by the wall clock. */
export function runBuild(args: string[] = []): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npx', ['tsx', 'scripts/build.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ seconds: (performance.now() - started) / 1000, output, code }));
  });
}

/** Builds dist/ from data/; throws with the build's output if it fails. */
export async function buildDist(): Promise<BuildRun> {
  const run = await runBuild();
  if (run.code !== 0) throw new Error(`npm run build failed:\n${run.output}`);
  return run;
}

/** A copy of data/ in a temporary folder with the headline changed, as an editor would. */
export function editedDataCopy(dataDir: string, into: string): string {
  const copy = join(into, 'data');
  cpSync(dataDir, copy, { recursive: true });
  const file = join(copy, 'copy.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { headline: string };
  // No digits: the data checks reject plain-text numbers in the copy.
  json.headline = `${json.headline}, edited`;
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  return copy;
}

/** Times two rebuilds after a data edit (in a temporary folder that is removed afterwards). */
export async function timeBuildAfterDataEdit(dataDir = 'data', runs = 2): Promise<BuildTiming> {
  const tmp = mkdtempSync(join(tmpdir(), 'bench-build-'));
  try {
    const data = editedDataCopy(dataDir, tmp);
    const out = join(tmp, 'dist');
    const results: BuildRun[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await runBuild([`--data=${data}`, `--out=${out}`]);
      if (run.code !== 0) throw new Error(`the build of the edited data failed:\n${run.output}`);
      results.push(run);
    }
    const reported = results.map((r) => {
      const match = /in ([\d.]+) s\./.exec(r.output);
      return match ? Number(match[1]) : null;
    });
    const last = results.at(-1);
    if (!last) throw new Error(`timeBuildAfterDataEdit: runs must be at least 1, got ${runs}`);
    return { seconds: last.seconds, runs: results.map((r) => r.seconds), reported };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
