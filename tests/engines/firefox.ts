/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright cannot drive stock Firefox).
 *
 *   const firefox = await launchFirefox();
 *   const page = await firefox.newPage(1280, 800);  // records console errors and page errors
 *   await page.page.goto(url);
 *   await firefox.close();
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export type FirefoxPage = { page: Page; errors: string[]; close: () => Promise<void> };
export type Firefox = { browser: Browser; newPage: (width: number, height: number) => Promise<FirefoxPage>; close: () => Promise<void> };

export async function launchFirefox(): Promise<Firefox> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox ESR is missing at ${FIREFOX_PATH}: install it with "apt-get install -y firefox-esr" (or set FIREFOX_PATH).`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'engines-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir,
    timeout: 60000,
    extraPrefsFirefox: {
      // No network traffic of its own, no first-run pages.
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  return {
    browser,
    async newPage(width, height) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
      return { page, errors, close: () => page.close() };
    },
    async close() {
      await browser.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
