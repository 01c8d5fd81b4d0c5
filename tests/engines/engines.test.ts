/**
 * Smoke tests of the built story in the engines other than Chromium (which tests/browser covers
 * in depth): Firefox ESR over WebDriver BiDi (puppeteer-core) and WebKitGTK over WebDriver
 * (WebKitWebDriver under Xvfb). For each: the story loads and hydrates without errors, scrolling
 * walks the steps, and an embed on another origin sizes itself to its content and follows the
 * host page's scroll.
 *
 * Run after a build: npx vitest run -c tests/engines/vitest.config.ts
 * A missing browser fails the tests with the apt-get command that installs it.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../tools/serveStatic.ts';
import { startHosts } from '../../tools/hostPages.ts';
import { firefoxEngine, webkitEngine, type Engine } from './engine.ts';
import { startRecordingProxy } from './errorRecorder.ts';
import { FIXTURE_DIST } from '../fixtures/paths.ts';

const BASE = '/news/2014/cambodia/';
const WIDTH = 1280;
const HEIGHT = 800;
/** Where a reader has the active step at this width: its top at 30 % of the viewport (as in tests/browser). */
const READING_LINE = 0.3;
/** Representative steps: the first, the first change, the middle of each section, the last. */
const STEPS = [1, 2, 7, 9, 13, 18];
const EMBED = 'iframe[data-cambodia-embed]';

let server: StaticServer;
let story: Awaited<ReturnType<typeof startRecordingProxy>>;
let hostProxy: Awaited<ReturnType<typeof startRecordingProxy>>;
let hosts: Awaited<ReturnType<typeof startHosts>>;
/** The story's URL and the 'ours' host page's URL, both through the error-recording proxy. */
let storyUrl: string;
let hostUrl: string;

beforeAll(async () => {
  if (!existsSync(`${FIXTURE_DIST}index.html`)) throw new Error(`${FIXTURE_DIST}index.html is missing: the global setup (tests/fixtures/buildFixture.ts) builds it.`);
  server = await serveStatic({ dir: FIXTURE_DIST, base: BASE });
  story = await startRecordingProxy(server.origin, '127.0.0.1');
  storyUrl = story.origin + BASE;
  // The host pages are on another origin (127.0.0.2), as a newsroom's would be.
  hosts = await startHosts(storyUrl, '127.0.0.2');
  hostProxy = await startRecordingProxy(hosts.origin, '127.0.0.2');
  hostUrl = hosts.url('ours').replace(hosts.origin, hostProxy.origin);
});

afterAll(async () => {
  await hostProxy?.close();
  await hosts?.close();
  await story?.close();
  await server?.close();
});

type StepInfo = { id: string; view: string | null; state: string | null };
type GraphicInfo = { step: string | null; view: string | null; state: string | null };

const READ_STEPS = "return Array.prototype.map.call(document.querySelectorAll('.step'), function (el) { return { id: el.id, view: el.getAttribute('data-view'), state: el.getAttribute('data-state') }; })";
const READ_GRAPHIC = "var g = document.querySelector('.graphic'); return g && { step: g.getAttribute('data-step'), view: g.getAttribute('data-view'), state: g.getAttribute('data-state') }";
const READ_ERRORS = 'return window.__errors || null';
const HYDRATED = "return document.documentElement.classList.contains('js')";
const AT_STEP = "var g = document.querySelector('.graphic'); return !!g && g.getAttribute('data-step') === String(arguments[0]) && g.getAttribute('data-view') === arguments[1]";

/** Waits until the live graphic shows step `n` with `view`, and returns what it shows. */
async function waitForStep(engine: Engine, n: number, view: string | null, timeout = 5000): Promise<GraphicInfo> {
  await engine.waitFor(AT_STEP, [n, view], timeout, async () => `${engine.name}: expected the graphic at data-step ${n} / data-view ${view}, it shows ${JSON.stringify(await engine.run(READ_GRAPHIC))}`);
  return engine.run<GraphicInfo>(READ_GRAPHIC);
}

/**
 * Reported, not thrown, and harmless: Firefox fires this 'error' event when a step's height changes
 * after scrollama's setup (the web font arriving): scrollama's resizeStep() makes a new
 * ResizeObserver inside a ResizeObserver callback, whose first notification then waits a frame.
 * Chromium and WebKit do not fire it; the steps still work (the walk below checks).
 */
const BENIGN = [/^error: ResizeObserver loop completed with undelivered notifications\./];

/** What the page recorded (uncaught errors, failed loads, console.error…) — and that the recorder ran. */
async function recordedErrors(engine: Engine, where: string): Promise<string[]> {
  const errors = await engine.run<string[] | null>(READ_ERRORS);
  expect(errors, `${engine.name}: the error recorder did not run in ${where}`).not.toBeNull();
  return (errors ?? []).filter((e) => !BENIGN.some((re) => re.test(e))).map((e) => `${where}: ${e}`);
}

const engines: [string, () => Promise<Engine>][] = [
  ['Firefox ESR (puppeteer-core, WebDriver BiDi)', () => firefoxEngine(WIDTH, HEIGHT)],
  ['WebKitGTK (WebKitWebDriver, Xvfb)', () => webkitEngine(WIDTH, HEIGHT)],
];

describe.each(engines)('%s', (_label, launch) => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await launch();
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('loads the story and hydrates the graphic without errors', async () => {
    await engine.open(storyUrl);
    expect(await engine.run<string>("var h = document.querySelector('h1'); return h ? h.textContent : ''")).toContain('stalled talks');
    expect(await engine.run<number[]>('return [innerWidth, innerHeight]')).toEqual([WIDTH, HEIGHT]);
    await engine.waitFor(HYDRATED, [], 10000, async () => `${engine.name}: the story did not hydrate (no "js" class on <html>)`);
    expect(await engine.run<string>('return document.documentElement.dataset.scrollMode')).toBe('page');
    const graphic = await engine.run<GraphicInfo>(READ_GRAPHIC);
    expect(graphic?.step).toBe('1');
    expect(await engine.run<StepInfo[]>(READ_STEPS)).toHaveLength(18);
    // Let anything scheduled after hydration run before looking for errors.
    await new Promise((r) => setTimeout(r, 300));
    expect([...(await recordedErrors(engine, 'story')), ...engine.engineErrors()]).toEqual([]);
    // The recorder does see an error thrown in this engine (so an empty list above means something).
    await engine.run("setTimeout(function () { throw new Error('probe from the engine smoke test'); })");
    await engine.waitFor("return (window.__errors || []).some(function (e) { return e.indexOf('probe from the engine smoke test') >= 0; })", [], 3000, async () => `${engine.name}: the error recorder missed a thrown error: ${JSON.stringify(await engine.run(READ_ERRORS))}`);
  });

  it(`scrolling walks the steps (${STEPS.join(', ')}), each showing its chart`, async () => {
    await engine.open(storyUrl);
    await engine.waitFor(HYDRATED, [], 10000, async () => `${engine.name}: the story did not hydrate`);
    const steps = await engine.run<StepInfo[]>(READ_STEPS);
    // Steps are anchored by their ids (stable when steps are added), in the fixture's order.
    expect(steps).toHaveLength(18);
    expect([steps[0]?.id, steps[4]?.id, steps[17]?.id]).toEqual(['step-voters', 'step-seats-2008', 'step-full-house']);
    for (const n of STEPS) {
      const step = steps[n - 1]!;
      await engine.run("var r = document.getElementById(arguments[0]).getBoundingClientRect(); window.scrollBy(0, r.top - innerHeight * arguments[1])", step.id, READING_LINE);
      const shown = await waitForStep(engine, n, step.view);
      expect(shown, `step ${n}`).toEqual({ step: String(n), view: step.view, state: step.state });
    }
    expect([...(await recordedErrors(engine, 'story')), ...engine.engineErrors()]).toEqual([]);
  });

  it('an embed on another origin is as tall as its content, and scrolling the host moves its steps', async () => {
    await engine.open(hostUrl);
    await engine.enterFrame(EMBED);
    await engine.waitFor("return document.documentElement.dataset.scrollMode === 'host'", [], 10000, async () => `${engine.name}: the embedded story's data-scroll-mode is ${JSON.stringify(await engine.run('return document.documentElement.dataset.scrollMode || null'))}, not "host"`);

    // The host script sizes the frame to the story's content: wait for it, then assert.
    type Fit = { frameHeight: number; contentHeight: number; scrollHeight: number; innerHeight: number };
    const measure = async (): Promise<Fit> => {
      await engine.enterFrame(EMBED);
      const inner = await engine.run<Omit<Fit, 'frameHeight'>>('return { contentHeight: document.body.getBoundingClientRect().height, scrollHeight: document.documentElement.scrollHeight, innerHeight: innerHeight }');
      await engine.leaveFrame();
      const frameHeight = await engine.run<number>('return document.querySelector(arguments[0]).getBoundingClientRect().height', EMBED);
      return { frameHeight, ...inner };
    };
    let fit = await measure();
    const deadline = Date.now() + 8000;
    while (Math.abs(fit.frameHeight - fit.contentHeight) > 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      fit = await measure();
    }
    expect(Math.abs(fit.frameHeight - fit.contentHeight), `frame height ${fit.frameHeight} vs content height ${fit.contentHeight}`).toBeLessThanOrEqual(2);
    expect(fit.scrollHeight, `the story scrolls inside its frame (${JSON.stringify(fit)})`).toBeLessThanOrEqual(fit.innerHeight + 2);
    expect(fit.contentHeight).toBeGreaterThan(HEIGHT * 3);

    // Scroll the HOST so that step 7's top is at the reading line; the story follows.
    await engine.enterFrame(EMBED);
    const steps = await engine.run<StepInfo[]>(READ_STEPS);
    const y = await engine.run<number>("var r = document.querySelector('.step[data-index=\"6\"]').getBoundingClientRect(); return r.top + scrollY");
    await engine.leaveFrame();
    await engine.run('var f = document.querySelector(arguments[0]); var r = f.getBoundingClientRect(); window.scrollTo(0, r.top + scrollY + f.clientTop + arguments[1] - innerHeight * arguments[2])', EMBED, y, READING_LINE);
    await engine.enterFrame(EMBED);
    const step7 = steps[6]!;
    const shown = await waitForStep(engine, 7, step7.view);
    expect(shown).toEqual({ step: '7', view: step7.view, state: step7.state });
    expect(await engine.run<string>('return document.documentElement.dataset.scrollMode')).toBe('host');
    const childErrors = await recordedErrors(engine, 'embedded story');
    await engine.leaveFrame();
    expect([...(await recordedErrors(engine, 'host page')), ...childErrors, ...engine.engineErrors()]).toEqual([]);
  });
});
