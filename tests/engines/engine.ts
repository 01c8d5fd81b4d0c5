/**
 * One small interface over the two ways the smoke tests drive a browser — puppeteer-core over
 * WebDriver BiDi (Firefox ESR) and a classic W3C WebDriver session (WebKitGTK) — so the same
 * test body runs in both.
 *
 * Scripts are function bodies, as in WebDriver's "Execute Script": they read `arguments[i]` and `return`.
 */
import type { Frame } from 'puppeteer-core';
import { launchFirefox, type Firefox, type FirefoxPage } from './firefox.ts';
import { launchWebKit, type ElementRef, type WebKit } from './webkit.ts';

export type Engine = {
  name: string;
  /** Loads `url` (waits for the load event) in a fresh page with a `width` × `height` viewport. */
  open: (url: string) => Promise<void>;
  /** Runs a function body in the current context (the page, or the frame entered with `enterFrame`). */
  run: <T = unknown>(body: string, ...args: unknown[]) => Promise<T>;
  /** Runs `body` every 50 ms until it returns something truthy; throws `message()` after `timeout` ms. */
  waitFor: <T = unknown>(body: string, args: unknown[], timeout: number, message: () => Promise<string>) => Promise<T>;
  /** Runs the next scripts in the first iframe matching `selector` (of the top-level page). */
  enterFrame: (selector: string) => Promise<void>;
  leaveFrame: () => Promise<void>;
  /** Errors the engine itself reported for the current page (beyond `window.__errors`). */
  engineErrors: () => string[];
  close: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const asExpression = (body: string, args: unknown[]) => `(function () {${body}\n}).apply(null, ${JSON.stringify(args)})`;

async function poll<T>(run: () => Promise<T>, timeout: number, message: () => Promise<string>): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await run().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(await message().catch((e) => `timed out (${e})`));
    await sleep(50);
  }
}

export async function firefoxEngine(width: number, height: number): Promise<Engine> {
  const firefox: Firefox = await launchFirefox();
  let current: FirefoxPage | undefined;
  let frame: Frame | undefined;
  const context = () => {
    if (!current) throw new Error('no page open');
    return frame ?? current.page.mainFrame();
  };
  const run = async <T>(body: string, ...args: unknown[]) => (await context().evaluate(asExpression(body, args))) as T;
  return {
    name: 'Firefox ESR',
    async open(url) {
      await current?.close();
      frame = undefined;
      current = await firefox.newPage(width, height);
      await current.page.goto(url, { waitUntil: 'load', timeout: 30000 });
    },
    run,
    waitFor: (body, args, timeout, message) => poll(() => run(body, ...args), timeout, message),
    async enterFrame(selector) {
      if (!current) throw new Error('no page open');
      const page = current.page;
      frame = await poll(
        async () => {
          const handle = await page.$(selector);
          const f = await handle?.contentFrame();
          return f && f.url() !== 'about:blank' ? f : undefined;
        },
        10000,
        async () => `no frame loaded in ${selector}`,
      );
    },
    async leaveFrame() {
      frame = undefined;
    },
    engineErrors: () => [...(current?.errors ?? [])],
    async close() {
      await firefox.close();
    },
  };
}

export async function webkitEngine(width: number, height: number): Promise<Engine> {
  const webkit: WebKit = await launchWebKit({ width, height });
  const run = <T>(body: string, ...args: unknown[]) => webkit.execute<T>(body, args);
  return {
    name: 'WebKitGTK',
    async open(url) {
      await webkit.switchToFrame(null);
      // One window for the whole session: leave the last page first so nothing of it lingers.
      await webkit.navigate('about:blank');
      await webkit.navigate(url);
    },
    run,
    waitFor: (body, args, timeout, message) => poll(() => run(body, ...args), timeout, message),
    async enterFrame(selector) {
      await webkit.switchToFrame(null);
      const el = await poll(
        () => webkit.execute<ElementRef | null>('var f = document.querySelector(arguments[0]); return f && f.contentWindow ? f : null', [selector]),
        10000,
        async () => `no ${selector}`,
      );
      await webkit.switchToFrame(el);
      // Wait until the frame has its document (not the initial about:blank).
      await poll(() => webkit.execute<boolean>("return location.href !== 'about:blank' && document.readyState !== 'loading'"), 10000, async () => `the frame in ${selector} did not load`);
    },
    async leaveFrame() {
      await webkit.switchToFrame(null);
    },
    engineErrors: () => [],
    close: () => webkit.close(),
  };
}
