/**
 * Dev-server half of the prerender: on every request, validates data/ and renders the story
 * through `src/entry-server.ts`, exactly as the build does; when data/ changes, the page reloads.
 * Invalid data shows the same messages as `npm run check:data`, in the browser and the terminal.
 *
 * It serves what `npm run build` writes to dist/ (see scripts/build.ts), made fresh on each request:
 * - the pages: index.html, embed.html, embed-builder.html and each chart's page in charts/;
 * - the downloads, data/*.csv, data/dataset.json and data/README.txt;
 * - share.png, and embed.js (the host script, bundled again only when its sources change);
 * - a 404 for any other path under data/ or charts/, where dist/ has nothing else.
 */
import { plural } from '../src/lib/format/plural.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { build, type Connect, type Plugin, type ViteDevServer } from 'vite';
import type { RenderedSite } from '../src/entry-server.ts';
import { escapeHtml } from '../src/lib/html.ts';
import { must } from '../src/lib/must.ts';
import { readDataset } from '../src/lib/data/readDataset.ts';
import { injectStory } from './injectStory.ts';
import { embedScriptBuild } from './embedScriptBuild.ts';
import { renderPng } from '../tools/renderPng.ts';

/** The site rendered from the current data, or the problems that stop it (as `check:data` lists them). */
type SiteResult = { ok: true; site: RenderedSite } | { ok: false; problems: string[] };

/** A response body with its Content-Type. */
type SiteFile = { type: string; body: string | Buffer };

/** Content types of the downloads, by extension: the same as `npm run serve` sends for dist/. */
const DOWNLOAD_TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

export function storyDevPlugin(): Plugin {
  let server: ViteDevServer | undefined;
  /** The data folder; STORY_DATA_DIR points elsewhere (the tests edit a copy). */
  const dataDir = resolve(process.env.STORY_DATA_DIR ?? 'data');
  return {
    name: 'story-dev',
    apply: 'serve',
    configureServer(s) {
      server = s;
      const hostScript = hostScriptBundler(s.config.root);
      watchSources(s, dataDir, hostScript.invalidate);
      // Added here, these run before Vite's own middlewares (and before its index.html fallback).
      s.middlewares.use(serveSiteFiles(s, dataDir, hostScript.code));
      s.middlewares.use(rewritePageUrls);
    },
    async transformIndexHtml(html, ctx) {
      const result = await renderSite(server!, dataDir);
      if (!result.ok) return problemsPage(html, result.problems);
      const pages = result.site;
      // originalUrl is what the browser asked for, before the rewrites in rewritePageUrls.
      const asked = new URL(ctx.originalUrl ?? ctx.path, 'http://x');
      const query = asked.searchParams;
      if (asked.pathname === '/embed.html' || query.get('embed') === '1') return injectStory(html, pages.embed);
      if (ctx.path === '/embed-builder.html') return injectStory(html, pages.builder);
      // charts/<name>.html (see rewritePageUrls); /chart.html itself shows the first chart.
      if (ctx.path === '/chart.html') return injectStory(html, pages.charts.find((c) => `/${c.file}` === asked.pathname) ?? must(pages.charts[0], 'validateDataset: the story has a step, so a chart page'));
      return injectStory(html, pages.story);
    },
  };
}

/**
 * Watches data/ (reloading the page on every change, and logging its problems if it has any) and
 * tells `onSourceChange` about every file added, changed or removed (the host script's cache).
 */
function watchSources(s: ViteDevServer, dataDir: string, onSourceChange: (file: string) => void): void {
  s.watcher.add(dataDir);
  const changed = (file: string) => {
    onSourceChange(resolve(file));
    if (!resolve(file).startsWith(dataDir)) return;
    const result = readDataset(dataDir);
    if (result.ok) s.config.logger.info(`data changed: ${file}; reloading`, { timestamp: true });
    else s.config.logger.error(`data/ has problems:\n${result.problems.map((p) => `  ${p}`).join('\n')}`, { timestamp: true });
    s.ws.send({ type: 'full-reload' });
  };
  s.watcher.on('change', changed);
  s.watcher.on('add', changed);
  s.watcher.on('unlink', changed);
}

/**
 * Points the build's page URLs at their dev templates: dist/ has one page per chart in charts/
 * (charts/<step id>.html, and charts/step-<n>.html for published steps), which in dev all come
 * from chart.html; the embed shares the story's shell, index.html. transformIndexHtml tells the
 * pages apart by the URL asked for.
 */
function rewritePageUrls(req: IncomingMessage, _res: ServerResponse, next: Connect.NextFunction): void {
  const m = /^\/charts\/[^/?]+\.html(\?.*)?$/.exec(req.url ?? '');
  if (m) req.url = `/chart.html${m[1] ?? ''}`;
  const e = /^\/embed\.html(\?.*)?$/.exec(req.url ?? '');
  if (e) req.url = `/index.html?embed=1${e[1] ? `&${e[1].slice(1)}` : ''}`;
  next();
}

/**
 * Middleware for the files of dist/ that are not HTML templates: the downloads and share.png
 * (rendered from the current data, or a 500 listing its problems), embed.js, and a 404 for any
 * path under data/ or charts/ that the build would not write.
 */
function serveSiteFiles(s: ViteDevServer, dataDir: string, hostScript: () => Promise<string>): Connect.NextHandleFunction {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // Only the path counts: /data/results-2013.csv?v=2 is that file, as on a static host.
    const path = pathOf(req.url ?? '/');
    const handle = async () => {
      if (path === '/embed.js') return send(res, 200, { type: 'text/javascript; charset=utf-8', body: await hostScript() });
      const isChart = path.startsWith('/charts/');
      if (!isChart && !path.startsWith('/data/') && path !== '/share.png') return next();
      const result = await renderSite(s, dataDir);
      if (!result.ok) {
        // A chart page shows the problems as every page does (see transformIndexHtml).
        if (isChart) return next();
        return send(res, 500, { type: 'text/plain; charset=utf-8', body: `${problemsText(result.problems)}\n` });
      }
      if (isChart && result.site.charts.some((c) => `/${c.file}` === path)) return next();
      const file = isChart ? undefined : await siteFile(result.site, path);
      send(res, file ? 200 : 404, file ?? { type: 'text/plain; charset=utf-8', body: `Not found: ${path}\n` });
    };
    handle().catch(next);
  };
}

/** The decoded path of a request URL, without its query; "" when it cannot be decoded. */
function pathOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return '';
  }
}

/** The download or the share image at `path` (e.g. "/data/results-2013.csv"), as the build writes it. */
async function siteFile(site: RenderedSite, path: string): Promise<SiteFile | undefined> {
  if (path === '/share.png') return { type: 'image/png', body: await renderPng(site.share.svg) };
  const download = site.downloads.find((d) => `/data/${d.name}` === path);
  if (!download) return undefined;
  const type = DOWNLOAD_TYPES[download.name.split('.').pop() ?? ''] ?? 'application/octet-stream';
  return { type, body: download.text };
}

/** Answers with a body that is never cached: it is made again from the sources on each request. */
function send(res: ServerResponse, status: number, file: SiteFile): void {
  res.statusCode = status;
  res.setHeader('Content-Type', file.type);
  res.setHeader('Content-Length', Buffer.byteLength(file.body));
  res.setHeader('Cache-Control', 'no-store');
  res.end(file.body);
}

/** Reads and validates the data, then renders every page and file through `src/entry-server.ts`. */
async function renderSite(s: ViteDevServer, dataDir: string): Promise<SiteResult> {
  const result = readDataset(dataDir);
  if (!result.ok) return { ok: false, problems: result.problems.map(String) };
  const mod = (await s.ssrLoadModule('/src/entry-server.ts')) as typeof import('../src/entry-server.ts');
  return { ok: true, site: mod.renderPages(result.dataset) };
}

/** The problems as `npm run check:data` prints them: a count, then one indented line each. */
function problemsText(problems: string[]): string {
  return [`data/ has ${plural(problems.length, 'problem')}:`, ...problems.map((p) => `  ${p}`)].join('\n');
}

/** The page shown instead of any page while the data is invalid; it reloads when data/ is saved. */
function problemsPage(html: string, problems: string[]): string {
  const list = problems.map((p) => `<li><code>${escapeHtml(p)}</code></li>`).join('');
  return html.replace(
    '<!--story-body-->',
    `<main style="font:16px/1.5 system-ui;max-width:60rem;margin:2rem auto;padding:0 1rem"><h1>The data has ${plural(problems.length, 'problem')}</h1><p>Fix these in <code>data/</code>; this page reloads when you save.</p><ul>${list}</ul></main>`,
  ).replace('<script type="module" src="/src/main.ts"></script>', '');
}

/**
 * dist/embed.js for the dev server: `src/embed/embed-entry.ts` bundled as a classic script (an IIFE) with
 * the options scripts/build.ts uses, in memory. The bundle is kept until one of its modules (or
 * any file under src/embed/) changes; a failed bundle is not kept, so the next request retries.
 */
function hostScriptBundler(root: string): { code: () => Promise<string>; invalidate: (file: string) => void } {
  const embedDir = resolve(root, 'src/embed') + sep;
  let cached: Promise<string> | undefined;
  /** The files the last bundle was made from (absolute paths). */
  let modules = new Set<string>();
  const bundle = async () => {
    const output = await build({
      root,
      configFile: false,
      publicDir: false,
      logLevel: 'warn',
      build: {
        write: false,
        emptyOutDir: false,
        ...embedScriptBuild(root),
      },
    });
    const chunk = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).find((o) => o.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('bundling src/embed/embed-entry.ts produced no script');
    modules = new Set(chunk.moduleIds.map((id) => resolve(id)));
    return chunk.code;
  };
  return {
    code: () =>
      (cached ??= bundle().catch((error: unknown) => {
        cached = undefined;
        throw error;
      })),
    invalidate: (file) => {
      if (file.startsWith(embedDir) || modules.has(file)) cached = undefined;
    },
  };
}
