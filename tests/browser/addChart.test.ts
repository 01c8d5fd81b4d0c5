/**
 * "Add a chart" as the README says: in a copy of the project, a sixth chart's folder
 * (tests/fixtures/sixth-chart, never shipped) goes to src/charts/turnout/, one line goes to
 * src/charts/all.ts and one to src/charts/components.ts, a step of the copy asks for the new view,
 * and the real build draws it: the static figure, the data table, the live graphic and its chart page.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_DATA, PROJECT_ROOT } from '../fixtures/paths.ts';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'add-chart-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The project as a fresh clone has it, without its tests, data, builds or dependencies (linked). */
function copyProject(to: string) {
  const skip = new Set(['node_modules', 'dist', '.test-dist', 'tests', 'data', 'screenshots', 'bench', '.git', '.ci']);
  for (const name of readdirSync(PROJECT_ROOT)) if (!skip.has(name) && !name.startsWith('.build-')) cpSync(join(PROJECT_ROOT, name), join(to, name), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(to, 'node_modules'));
}

describe('adding a sixth chart', () => {
  it('takes its folder, one line in src/charts/all.ts and one in src/charts/components.ts; the build draws it', async () => {
    const project = join(work, 'project');
    copyProject(project);
    cpSync(join(PROJECT_ROOT, 'tests/fixtures/sixth-chart'), join(project, 'src/charts/turnout'), { recursive: true });
    appendFileSync(join(project, 'src/charts/all.ts'), "export { default as turnout } from './turnout/index.ts';\n");
    appendFileSync(join(project, 'src/charts/components.ts'), "export { default as turnout } from './turnout/TurnoutBar.svelte';\n");

    const data = join(work, 'data');
    cpSync(FIXTURE_DATA, data, { recursive: true });
    const copy = JSON.parse(readFileSync(join(data, 'copy.json'), 'utf8'));
    copy.sections[0].steps.push({ id: 'turnout', text: ['A turnout of {turnout}.'], chart: { view: 'turnout', state: 'ballots' }, alt: 'One bar: {ballots} ballots of {registered} registered voters.' });
    writeFileSync(join(data, 'copy.json'), JSON.stringify(copy, null, 2));

    const out = join(work, 'site');
    const build = await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', `--data=${data}`, `--out=${out}`], { cwd: project });
    expect(build.stderr).toBe('');
    const page = readFileSync(join(out, 'index.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    // The static figure beside the step (drawn once: the live graphic copies it), a view for it in
    // the live graphic, the step that names it, and its data table.
    expect(page.match(/class="chart turnout-fixture"/g)?.length).toBe(1);
    expect(page).toContain('<div class="view" data-chart="turnout"></div>');
    expect(page).toMatch(/<div class="step" id="step-turnout" data-index="\d+" data-chart="turnout" data-view="turnout" data-state="ballots"/);
    expect(page).toContain('<caption>Turnout</caption>');
    expect(page).toContain('One bar: 6,735,244 ballots of 9,675,453 registered voters.');
    expect(readFileSync(join(out, 'charts/turnout.html'), 'utf8')).toContain('class="chart turnout-fixture"');

    // A state the new chart does not declare is reported by the checks, with the states it has.
    copy.sections[0].steps.at(-1).chart.state = 'pie';
    writeFileSync(join(data, 'copy.json'), JSON.stringify(copy, null, 2));
    const check = await run(process.execPath, ['--import', 'tsx', 'scripts/checkData.ts', `--data=${data}`], { cwd: project }).catch((e: { stderr: string }) => e);
    expect(check.stderr).toContain('expected one of "ballots", "registered" for the "turnout" chart, found "pie"');
  }, 120_000);
});
