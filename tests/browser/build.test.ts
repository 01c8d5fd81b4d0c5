/**
 * The build as a journalist meets it: an edit in data/ shows up after a rebuild, and a bad edit
 * stops the build with clear messages while the previous output stays exactly as it was.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../tools/serveStatic.ts';
import { launchChromium } from '../../tools/launchChromium.ts';
import { FIXTURE_DATA, LIVE_DATA } from '../fixtures/paths.ts';
import { staleFigures } from '../fixtures/staleFigures.ts';
import { visibleText } from '../fixtures/visibleText.ts';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'story-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(dataDir: string, outDir: string) {
  return run('npx', ['tsx', 'scripts/build.ts', `--data=${dataDir}`, `--out=${outDir}`], { encoding: 'utf8' }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

/** Every file under dir with its size and content, to compare a folder before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[path.slice(dir.length)] = readFileSync(path, 'base64');
    }
  };
  walk(dir);
  return out;
}

describe('npm run build', () => {
  const data = join(work, 'data');
  const out = join(work, 'site', 'dist');
  cpSync(FIXTURE_DATA, data, { recursive: true });

  it('puts an edited sentence and an edited number into the rebuilt page, served from a nested path', async () => {
    const copy = JSON.parse(readFileSync(join(data, 'copy.json'), 'utf8'));
    copy.headline = 'A corrected headline from the data';
    writeFileSync(join(data, 'copy.json'), JSON.stringify(copy, null, 2));
    const election = JSON.parse(readFileSync(join(data, 'election.json'), 'utf8'));
    election.elections[1].registeredVoters.value = 9675454; // a correction: one more registered voter
    election.elections[1].turnoutPercent.value = 69.61;
    writeFileSync(join(data, 'election.json'), JSON.stringify(election, null, 2));
    const result = await build(data, out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);

    const server = await serveStatic({ dir: out, base: '/news/2014/cambodia/' });
    const browser = await launchChromium();
    try {
      for (const javaScriptEnabled of [false, true]) {
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(server.url);
        expect(await page.locator('h1').innerText()).toBe('A corrected headline from the data');
        expect(await page.locator('.step[data-index="0"]').innerText()).toContain('9,675,454');
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('after the README\'s correction (68–55 → 67–56, numbers only), no file of the rebuilt site states 68 or 55 outside a quotation', async () => {
    const fresh = join(work, 'corrected');
    cpSync(FIXTURE_DATA, fresh, { recursive: true });
    const election = JSON.parse(readFileSync(join(fresh, 'election.json'), 'utf8'));
    election.constituencies.find((c: { id: string }) => c.id === 'phnom-penh').seats = { CPP: 4, CNRP: 8 };
    election.elections[1].results.find((r: { party: string }) => r.party === 'CPP').seats = 67;
    election.elections[1].results.find((r: { party: string }) => r.party === 'CNRP').seats = 56;
    writeFileSync(join(fresh, 'election.json'), JSON.stringify(election, null, 2));
    const site = join(work, 'corrected-site');
    const result = await build(fresh, site);
    expect(result.stderr).toBe('');
    const texts = Object.fromEntries(readdirSync(fresh).filter((n) => n.endsWith('.json')).map((n) => [n.slice(0, -5), readFileSync(join(fresh, n), 'utf8')]));
    const files = Object.fromEntries(
      Object.entries(snapshot(site))
        .filter(([name]) => /\.(html|csv|json|txt)$/.test(name))
        .map(([name, base64]) => [name, visibleText(name, Buffer.from(base64, 'base64').toString('utf8'))]),
    );
    expect(Object.keys(files).length).toBeGreaterThan(40);
    expect(staleFigures(files, texts, ['68', '55'])).toEqual([]);
    expect(files['/index.html']).toMatch(/CPP\s+67/);
  });

  it('builds a translation that lags behind the English, shows those texts in English and says how many', async () => {
    // The live Khmer translation against the fixture's English: many texts missing or stale, none wrong.
    cpSync(join(LIVE_DATA, 'locales'), join(data, 'locales'), { recursive: true });
    try {
      const result = await build(data, join(work, 'lagging'));
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/\/km\/ shows \d+ texts in English until their translations are brought up to date \(\d+ missing, \d+ stale\): npm run check:data lists them\./);
      expect(readFileSync(join(work, 'lagging', 'km', 'index.html'), 'utf8')).toMatch(/<p lang="en">/);
    } finally {
      rmSync(join(data, 'locales'), { recursive: true, force: true });
    }
  });

  it('stops on bad data, lists every problem without a stack trace, and leaves the previous output untouched', async () => {
    const before = snapshot(out);
    expect(Object.keys(before)).toContain('/index.html');
    const election = JSON.parse(readFileSync(join(data, 'election.json'), 'utf8'));
    election.constituencies[4].seats.CNRP = 'three';
    election.elections[1].results[0].seats = 69;
    writeFileSync(join(data, 'election.json'), JSON.stringify(election, null, 2));
    writeFileSync(join(data, 'people.json'), '{ "people": [ }');
    const result = await build(data, out);
    expect(result.code).toBe(1);
    // Every message names the folders actually used, and file:line:column to jump to.
    expect(result.stderr).toContain(`Build stopped: ${data}/ has 2 problems. ${out}/ was not changed.`);
    expect(result.stderr).toMatch(new RegExp(`${data}/election\\.json:\\d+:\\d+: constituencies\\[4\\]\\.seats\\.CNRP \\(id "kampong-speu"\\): expected a whole number ≥ 0, found "three"`));
    expect(result.stderr).toContain(`${data}/people.json:1:15: invalid JSON: expected a value`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(join(work, 'site')).filter((n) => n.startsWith('.build-'))).toEqual([]);
  });
});
