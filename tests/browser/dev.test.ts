/**
 * `npm run dev`: the live preview journalists edit against. A data edit reloads the page with the
 * change; invalid data shows the same messages as `npm run check:data`, not a blank page.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launchChromium.ts';

const dir = mkdtempSync(join(tmpdir(), 'story-dev-'));
const data = join(dir, 'data');
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
  cpSync('data', data, { recursive: true });
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
    expect(await page.locator('li code').allInnerTexts()).toEqual(['data/election.json: constituencies[4].seats.CNRP: expected a whole number ≥ 0, found "three"']);

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
