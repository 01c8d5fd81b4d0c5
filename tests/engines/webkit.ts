/**
 * WebKitGTK's MiniBrowser driven by WebKitWebDriver (a W3C WebDriver session over plain HTTP),
 * under Xvfb when there is no DISPLAY.
 *
 *   const webkit = await launchWebKit({ width: 1280, height: 800 });
 *   await webkit.navigate(url);
 *   const title = await webkit.execute<string>('return document.title');
 *   await webkit.close();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB_PATH = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

/** The W3C key of an element reference in WebDriver JSON. */
export const ELEMENT_KEY = 'element-6066-11e4-a6c3-cf1b6a5ff48d';
export type ElementRef = { [ELEMENT_KEY]: string };

export type WebKit = {
  /** Goes to `url` and returns once the page has loaded (WebDriver's "normal" page load strategy). */
  navigate: (url: string) => Promise<void>;
  /** Runs `script` (a function body: use `arguments[0]` and `return`) in the current browsing context. */
  execute: <T = unknown>(script: string, args?: unknown[]) => Promise<T>;
  /** Enters the iframe `el` (an element reference returned by `execute`), or the top-level page with null. */
  switchToFrame: (el: ElementRef | null) => Promise<void>;
  /** Polls `script` until it returns a truthy value; returns that value, or throws `message()`. */
  waitFor: <T = unknown>(script: string, args?: unknown[], opts?: { timeout?: number; message?: () => Promise<string> | string }) => Promise<T>;
  /** Deletes the session, then ends WebKitWebDriver and Xvfb (if this started them). */
  close: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display number it picks itself (-displayfd) and returns ":N". */
function startXvfb(): Promise<{ display: string; proc: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(XVFB_PATH, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let out = '';
    const timer = setTimeout(() => {
      proc.kill();
      reject(new Error(`Xvfb did not start within 15 s: ${stderr.trim()}`));
    }, 15000);
    proc.stderr?.on('data', (d) => (stderr += d));
    (proc.stdio[3] as NodeJS.ReadableStream).on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve({ display: `:${out.trim()}`, proc });
      }
    });
    proc.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}) before it was ready: ${stderr.trim()}`));
    });
  });
}

/** Kills a child process and waits (briefly) for it to go. */
async function stop(proc: ChildProcess | undefined): Promise<void> {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const gone = new Promise<void>((r) => proc.once('exit', () => r()));
  proc.kill('SIGTERM');
  await Promise.race([gone, sleep(3000)]);
  if (proc.exitCode === null && proc.signalCode === null) {
    proc.kill('SIGKILL');
    await Promise.race([gone, sleep(2000)]);
  }
}

export async function launchWebKit(opts: { width?: number; height?: number } = {}): Promise<WebKit> {
  const needed: [path: string, pkg: string][] = [
    [WEBKIT_DRIVER_PATH, 'webkit2gtk-driver'],
    [MINIBROWSER_PATH, 'webkit2gtk-driver'],
    ...(process.env.DISPLAY ? [] : [[XVFB_PATH, 'xvfb'] as [string, string]]),
  ];
  const missing = needed.filter(([path]) => !existsSync(path));
  if (missing.length) {
    const packages = [...new Set(missing.map(([, pkg]) => pkg))].join(' ');
    throw new Error(`WebKitGTK is not installed (missing ${missing.map(([path]) => path).join(', ')}): install it with "apt-get install -y ${packages}".`);
  }

  let xvfb: ChildProcess | undefined;
  let driver: ChildProcess | undefined;
  let base = '';
  let sessionId: string | undefined;
  const s = () => `/session/${sessionId}`;

  async function cleanup(): Promise<void> {
    if (sessionId) {
      const id = sessionId;
      sessionId = undefined;
      await fetch(`${base}/session/${id}`, { method: 'DELETE', signal: AbortSignal.timeout(10000) }).catch(() => {});
    }
    await stop(driver);
    await stop(xvfb);
  }

  try {
    let display = process.env.DISPLAY;
    if (!display) {
      const x = await startXvfb();
      xvfb = x.proc;
      display = x.display;
    }
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    let driverLog = '';
    driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: ['ignore', 'pipe', 'pipe'] });
    driver.stdout?.on('data', (d) => (driverLog = (driverLog + d).slice(-4000)));
    driver.stderr?.on('data', (d) => (driverLog = (driverLog + d).slice(-4000)));

    // Wait until the driver answers.
    const started = Date.now();
    for (;;) {
      if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}): ${driverLog.trim()}`);
      const ready = await fetch(`${base}/status`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
      if (ready) break;
      if (Date.now() - started > 15000) throw new Error(`WebKitWebDriver did not answer on ${base} within 15 s: ${driverLog.trim()}`);
      await sleep(100);
    }

    const session = await command('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          pageLoadStrategy: 'normal',
          'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
        },
      },
    });
    sessionId = (session as { sessionId: string }).sessionId;
    if (!sessionId) throw new Error(`WebKitWebDriver gave no session: ${JSON.stringify(session)}; ${driverLog.trim()}`);
    await command('POST', `/session/${sessionId}/timeouts`, { script: 30000, pageLoad: 60000, implicit: 0 });

    if (opts.width && opts.height) await fitViewport(opts.width, opts.height);
  } catch (error) {
    await cleanup();
    throw error;
  }

  async function command(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(90000),
    });
    const text = await response.text();
    let json: { value?: unknown } & Record<string, unknown>;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`WebDriver ${method} ${path}: HTTP ${response.status}, not JSON: ${text.slice(0, 500)}`);
    }
    const value = json.value as { error?: string; message?: string } | undefined;
    if (!response.ok || (value && typeof value === 'object' && 'error' in value && value.error)) {
      throw new Error(`WebDriver ${method} ${path}: ${value?.error ?? response.status}: ${value?.message ?? text.slice(0, 500)}`);
    }
    // POST /session answers { value: { sessionId, capabilities } }.
    return path === '/session' ? value : json.value;
  }

  /** Sizes the window so that the page's viewport (innerWidth × innerHeight) is width × height. */
  async function fitViewport(width: number, height: number): Promise<void> {
    let w = width;
    let h = height;
    for (let i = 0; i < 4; i++) {
      await command('POST', `${s()}/window/rect`, { width: w, height: h });
      const inner = (await command('POST', `${s()}/execute/sync`, { script: 'return [innerWidth, innerHeight]', args: [] })) as [number, number];
      if (inner[0] === width && inner[1] === height) return;
      w += width - inner[0];
      h += height - inner[1];
    }
  }

  const execute = async <T>(script: string, args: unknown[] = []) => (await command('POST', `${s()}/execute/sync`, { script, args })) as T;

  return {
    async navigate(url) {
      await command('POST', `${s()}/url`, { url });
    },
    execute,
    async switchToFrame(el) {
      await command('POST', `${s()}/frame`, { id: el });
    },
    async waitFor<T>(script: string, args: unknown[] = [], o: { timeout?: number; message?: () => Promise<string> | string } = {}) {
      const deadline = Date.now() + (o.timeout ?? 5000);
      for (;;) {
        const value = await execute<T>(script, args);
        if (value) return value;
        if (Date.now() > deadline) throw new Error(o.message ? await o.message() : `timed out waiting for: ${script}`);
        await sleep(50);
      }
    },
    close: cleanup,
  };
}
