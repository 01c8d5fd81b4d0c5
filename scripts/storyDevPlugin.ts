/**
 * Dev-server half of the prerender: on every page request, validates data/ and renders the story
 * through `src/entry-server.ts`, exactly as the build does; when data/ changes, the page reloads.
 * Invalid data shows the same messages as `npm run check:data`, in the browser and the terminal.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { resolve } from 'node:path';
import { readDataset } from '../src/lib/data/readDataset.ts';
import { escapeHtml } from '../src/lib/data/escapeHtml.ts';
import { injectStory } from './injectStory.ts';

export function storyDevPlugin(): Plugin {
  let server: ViteDevServer | undefined;
  /** The data folder; STORY_DATA_DIR points elsewhere (the tests edit a copy). */
  const dataDir = resolve(process.env.STORY_DATA_DIR ?? 'data');
  return {
    name: 'story-dev',
    apply: 'serve',
    configureServer(s) {
      server = s;
      s.watcher.add(dataDir);
      const reload = (file: string) => {
        if (!resolve(file).startsWith(dataDir)) return;
        const result = readDataset(dataDir);
        if (result.ok) s.config.logger.info(`data changed: ${file}; reloading`, { timestamp: true });
        else s.config.logger.error(`data/ has problems:\n${result.problems.map((p) => `  ${p}`).join('\n')}`, { timestamp: true });
        s.ws.send({ type: 'full-reload' });
      };
      // dist/ serves one page per chart state in charts/; in dev they all come from chart.html.
      s.middlewares.use((req, _res, next) => {
        const m = /^\/charts\/(step-\d+)\.html(\?.*)?$/.exec(req.url ?? '');
        if (m) req.url = `/chart.html?step=${m[1]}${m[2] ? `&${m[2].slice(1)}` : ''}`;
        // The embed shares the story's shell, index.html.
        const e = /^\/embed\.html(\?.*)?$/.exec(req.url ?? '');
        if (e) req.url = `/index.html?embed=1${e[1] ? `&${e[1].slice(1)}` : ''}`;
        next();
      });
      s.watcher.on('change', reload);
      s.watcher.on('add', reload);
      s.watcher.on('unlink', reload);
    },
    async transformIndexHtml(html, ctx) {
      const result = readDataset(dataDir);
      if (!result.ok) {
        const list = result.problems.map((p) => `<li><code>${escapeHtml(String(p))}</code></li>`).join('');
        return html.replace(
          '<!--story-body-->',
          `<main style="font:16px/1.5 system-ui;max-width:60rem;margin:2rem auto;padding:0 1rem"><h1>The data has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}</h1><p>Fix these in <code>data/</code>; this page reloads when you save.</p><ul>${list}</ul></main>`,
        ).replace('<script type="module" src="/src/main.ts"></script>', '');
      }
      const mod = (await server!.ssrLoadModule('/src/entry-server.ts')) as typeof import('../src/entry-server.ts');
      const pages = mod.renderPages(result.dataset);
      // originalUrl is what the browser asked for, before the rewrites above.
      const asked = new URL(ctx.originalUrl ?? ctx.path, 'http://x');
      const query = asked.searchParams;
      if (asked.pathname === '/embed.html' || query.get('embed') === '1') return injectStory(html, pages.embed);
      if (ctx.path === '/embed-builder.html') return injectStory(html, pages.builder);
      if (ctx.path === '/chart.html') {
        const anchor = /(step-\d+)\.html$/.exec(asked.pathname)?.[1] ?? query.get('step') ?? 'step-1';
        return injectStory(html, pages.charts.find((c) => c.anchor === anchor) ?? pages.charts[0]);
      }
      return injectStory(html, pages.story);
    },
  };
}
