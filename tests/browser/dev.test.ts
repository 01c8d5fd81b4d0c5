/**
 * `npm run dev`: the live preview journalists edit against. A data edit reloads the page with the
 * change; invalid data shows the same messages as `npm run check:data`, not a blank page. It serves
 * every file the build writes to dist/ (downloads, share.png, embed.js), made from the current data.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import type { Browser } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readDataset } from '../../src/lib/data/readDataset.ts';
import { launchChromium } from '../../tools/launchChromium.ts';
import { FIXTURE_DATA } from '../fixtures/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'story-dev-'));
const data = join(dir, 'data');
/** The data as copied, to start each test from. */
const pristine = join(dir, 'pristine');
let server: ViteDevServer;
let browser: Browser;
let url = '';

const editJson = (file: string, edit: (json: Record<string, any>) => void) => {
  const path = join(data, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
};

beforeAll(async () => {
  // The frozen fixture, not data/: this test pins the number of steps and their wording.
  cpSync(FIXTURE_DATA, data, { recursive: true });
  cpSync(data, pristine, { recursive: true });
  process.env.STORY_DATA_DIR = data;
  const { createServer } = await import('vite');
  server = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { host: '127.0.0.1', port: 0, strictPort: false } });
  await server.listen();
  const address = server.httpServer!.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  delete process.env.STORY_DATA_DIR;
  rmSync(dir, { recursive: true, force: true });
});

/** GETs a path of the dev server: status, Content-Type and the body as bytes and as text. */
async function get(path: string) {
  const response = await fetch(new URL(path, url));
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, type: response.headers.get('content-type') ?? '', bytes, text: bytes.toString('utf8') };
}

/** What `npm run check:data` prints about the data copy (it reads ./data, so it runs in `dir`). */
function checkDataOutput(): string {
  const run = spawnSync(resolve('node_modules/.bin/tsx'), [resolve('scripts/checkData.ts')], { cwd: dir, encoding: 'utf8' });
  return run.stdout + run.stderr;
}

/** A dev-server message as check:data words it: check:data names ./data, the dev server may name the copy by its full path. */
const asCheckData = (message: string) => message.replaceAll(`${data}/`, 'data/');

// Each test starts from the data as copied, whatever an earlier (failed) test left in it.
beforeEach(() => cpSync(pristine, data, { recursive: true }));

describe('npm run dev', () => {
  it('reloads with a data edit, shows clear messages for bad data, and recovers when it is fixed', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 30000 }).toBe('From a disputed vote to stalled talks');
    await page.waitForFunction(() => document.documentElement.classList.contains('js'), null, { timeout: 30000 });

    editJson('copy.json', (c) => void (c.headline = 'Edited in the live preview'));
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 20000 }).toBe('Edited in the live preview');

    editJson('election.json', (e) => void (e.constituencies[4].seats.CNRP = 'three'));
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 20000 }).toBe('The data has 1 problem');
    const shown = (await page.locator('li code').allInnerTexts()).map(asCheckData);
    expect(shown).toEqual(checkDataOutput().split('\n').filter((line) => line.startsWith('  ')).map((line) => line.slice(2)));
    expect(shown).toEqual([expect.stringMatching(/^data\/election\.json\b.*constituencies\[4\]\.seats\.CNRP\b.*expected a whole number ≥ 0, found "three"$/)]);

    editJson('election.json', (e) => void (e.constituencies[4].seats.CNRP = 3));
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 20000 }).toBe('Edited in the live preview');
    await page.close();
  });
});

describe('npm run dev serves every page of the build', () => {
  it('serves the embed and a chart page with their own content', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}embed.html`);
    await expect.poll(() => page.locator('.skip-link').count(), { timeout: 30000 }).toBe(0);
    expect(await page.locator('.step').count()).toBe(18);
    await page.goto(`${url}charts/step-7.html`);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 30000 }).toBe('Where the seats were won');
    await page.close();
  });
});

describe('npm run dev serves the files of the build, made from the current data', () => {
  it('serves the downloads of data/ with their content types', async () => {
    const election = JSON.parse(readFileSync(join(data, 'election.json'), 'utf8'));
    const cpp = election.elections[1].results.find((r: { party: string }) => r.party === 'CPP');

    const csv = await get('data/results-2013.csv');
    expect(csv.status).toBe(200);
    expect(csv.type).toBe('text/csv; charset=utf-8');
    expect(csv.text.split('\r\n')[0]).toBe('party,party_name,seats,votes,share_percent,sources,vote_sources');
    expect(csv.text).toContain(`CPP,Cambodian People’s Party,${cpp.seats},${cpp.votes},`);

    const json = await get('data/dataset.json');
    expect(json.status).toBe(200);
    expect(json.type).toMatch(/^application\/json(;|$)/);
    expect(JSON.parse(json.text).election.elections[1].results).toEqual(election.elections[1].results);

    const readme = await get('data/README.txt');
    expect(readme.status).toBe(200);
    expect(readme.type).toBe('text/plain; charset=utf-8');
    expect(readme.text).toContain('results-2013.csv: Votes and seats by party, 2013');
    expect(readme.text).not.toContain('<html');
  });

  it('serves share.png, a 1200 × 630 PNG', async () => {
    const png = await get('share.png');
    expect(png.status).toBe(200);
    expect(png.type).toBe('image/png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('serves embed.js, a classic script that sizes a host page\'s frame', async () => {
    const js = await get('embed.js');
    expect(js.status).toBe(200);
    expect(js.type).toMatch(/^text\/javascript(;|$)/);
    expect(js.text).not.toContain('<html');
    // A classic script: `import`/`export` would be a syntax error here.
    expect(() => new Script(js.text)).not.toThrow();

    // A newsroom's page on another origin (127.0.0.2), with our frame and the script, as the embed builder's snippet has them.
    const article = `<!doctype html><title>Host</title><iframe data-cambodia-embed src="${url}embed.html" title="Story" style="width:100%;border:0;height:300px"></iframe><script src="${url}embed.js" async></script>`;
    const host = createHttpServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article));
    await new Promise<void>((done) => host.listen(0, '127.0.0.2', done));
    const page = await browser.newPage();
    try {
      await page.goto(`http://127.0.0.2:${(host.address() as AddressInfo).port}/`);
      await expect.poll(() => page.locator('iframe').evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height), { timeout: 60000 }).toBeGreaterThan(1000);
    } finally {
      await page.close();
      await new Promise((done) => host.close(done));
    }
  });

  it('answers 404 for a path the build does not write, and serves each chart page the build writes', async () => {
    for (const path of ['data/nope.csv', 'data/election.json', 'charts/no-such-step.html', 'charts/step-999.html']) {
      const missing = await get(path);
      expect({ path, status: missing.status, html: missing.text.includes('<html') }).toEqual({ path, status: 404, html: false });
    }
    // The chart pages dist/ gets from this data: charts/<step id>.html, and charts/step-<n>.html for published steps.
    const dataset = readDataset(data);
    if (!dataset.ok) throw new Error(dataset.problems.join('\n'));
    const { renderPages } = (await server.ssrLoadModule('/src/entry-server.ts')) as typeof import('../../src/entry-server.ts');
    const charts = renderPages(dataset.dataset).charts;
    expect(charts.length).toBeGreaterThan(1);
    for (const { file, anchor } of charts) {
      const chart = await get(file);
      expect({ file, status: chart.status, type: chart.type }).toEqual({ file, status: 200, type: expect.stringMatching(/^text\/html/) });
      // Its own chart: the link back to the story goes to its step.
      expect(chart.text).toContain(`class="chart-story-link" href="../#${anchor}"`);
    }
  });

  it('serves the data as it is now: an edit changes the CSV on the next request', async () => {
    const before = await get('data/results-2013.csv');
    expect(before.text).toContain('\r\nCPP,Cambodian People’s Party,');
    const renameCpp = (name: string) => editJson('election.json', (e) => void (e.parties.find((p: { id: string }) => p.id === 'CPP').name = name));
    renameCpp('Cambodian People’s Party (edited)');
    try {
      const after = await get('data/results-2013.csv');
      expect(after.status).toBe(200);
      expect(after.text).toContain('\r\nCPP,Cambodian People’s Party (edited),');
    } finally {
      renameCpp('Cambodian People’s Party');
    }
    expect((await get('data/results-2013.csv')).text).toBe(before.text);
  });

  it('answers 500 with the problems `npm run check:data` lists while the data is invalid', async () => {
    editJson('election.json', (e) => void (e.constituencies[4].seats.CNRP = 'three'));
    try {
      const expected = checkDataOutput();
      expect(expected).toMatch(/^data\/ has 1 problem:\n {2}data\/election\.json\b.*constituencies\[4\]\.seats\.CNRP\b.*"three"\n$/);
      for (const path of ['data/results-2013.csv', 'data/dataset.json', 'data/README.txt', 'share.png']) {
        const broken = await get(path);
        const text = asCheckData(broken.text);
        expect({ path, status: broken.status, type: broken.type, text }).toEqual({ path, status: 500, type: 'text/plain; charset=utf-8', text: expected });
      }
    } finally {
      editJson('election.json', (e) => void (e.constituencies[4].seats.CNRP = 3));
    }
    expect((await get('data/results-2013.csv')).status).toBe(200);
  });
});
