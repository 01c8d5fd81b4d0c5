/**
 * `npm run build`: validates data/, builds the client and a server bundle, prerenders the story
 * into dist/index.html, then swaps the new dist/ in. Any failure leaves the previous dist/ exactly
 * as it was: everything is built in a temporary folder first.
 *
 *   npm run build                                  # data/ → dist/
 *   npm run build -- --data=/tmp/data --out=/tmp/dist   # another dataset or output folder (tests)
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { embedScriptBuild } from './embedScriptBuild.ts';
import { folderLabel, readDataset } from '../src/lib/data/readDataset.ts';
import { injectStory } from './injectStory.ts';
import { renderPng } from '../tools/renderPng.ts';
import { subsetFonts } from './subsetFonts.ts';

const root = resolve('.');
const started = Date.now();
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const dataDir = resolve(arg('data') ?? join(root, 'data'));
const dist = resolve(arg('out') ?? join(root, 'dist'));

const distLabel = `${folderLabel(dist)}/`;
const data = readDataset(dataDir);
if (!data.ok) {
  console.error(`Build stopped: ${folderLabel(dataDir)}/ has ${data.problems.length} problem${data.problems.length === 1 ? '' : 's'}. ${distLabel} was not changed.`);
  for (const problem of data.problems) console.error(`  ${problem}`);
  process.exit(1);
}

mkdirSync(dirname(dist), { recursive: true });
const work = mkdtempSync(join(dirname(dist), '.build-'));
const clientDir = join(work, 'client');
// The server bundle imports svelte and d3 from node_modules, so it is built inside the project.
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const serverDir = mkdtempSync(join(root, 'node_modules', '.cache', 'story-server-'));
try {
  const quiet = { root, logLevel: 'warn' as const, configFile: join(root, 'vite.config.ts') };
  await build({ ...quiet, build: { outDir: clientDir, emptyOutDir: true } });
  await build({ ...quiet, build: { ssr: join(root, 'src/entry-server.ts'), outDir: serverDir, emptyOutDir: true, copyPublicDir: false } });
  const server = (await import(pathToFileURL(join(serverDir, 'entry-server.js')).href)) as typeof import('../src/entry-server.ts');

  const pages = server.renderPages(data.dataset);
  // Web fonts cut down to the characters of these pages, linked from every page.
  const fonts = await subsetFonts([pages.story.body, pages.story.head, pages.builder.body, ...pages.charts.map((c) => c.body)], clientDir);
  writeFileSync(join(clientDir, 'fonts.css'), fonts.css);
  const withFonts = (rendered: { head: string; body: string }, up = '') => ({
    ...rendered,
    head: `${fonts.preloads.map((l) => l.replace('href="./', `href="./${up}`)).join('')}<link rel="stylesheet" href="./${up}fonts.css">${rendered.head}`,
  });
  const fill = (file: string, rendered: { head: string; body: string }) => writeFileSync(file, injectStory(readFileSync(file, 'utf8'), withFonts(rendered)));
  // The story and its embed share one HTML shell (and one client bundle).
  writeFileSync(join(clientDir, 'embed.html'), readFileSync(join(clientDir, 'index.html'), 'utf8'));
  fill(join(clientDir, 'index.html'), pages.story);
  fill(join(clientDir, 'embed.html'), pages.embed);
  fill(join(clientDir, 'embed-builder.html'), pages.builder);
  // One page per chart state, in charts/: the shared template with its relative URLs one level up.
  const chartTemplate = readFileSync(join(clientDir, 'chart.html'), 'utf8').replace(/(src|href)="\.\//g, '$1="../');
  mkdirSync(join(clientDir, 'charts'), { recursive: true });
  for (const chart of pages.charts) writeFileSync(join(clientDir, chart.file), injectStory(chartTemplate, withFonts(chart, '../')));
  rmSync(join(clientDir, 'chart.html'));

  // The data for readers to download, and the share image drawn from the same scenes.
  mkdirSync(join(clientDir, 'data'), { recursive: true });
  for (const file of pages.downloads) writeFileSync(join(clientDir, 'data', file.name), file.text);
  writeFileSync(join(clientDir, 'share.png'), await renderPng(pages.share.svg));

  // The host script for newsrooms' pages: one small self-contained file, dist/embed.js.
  await build({
    ...quiet,
    configFile: false,
    publicDir: false,
    build: {
      outDir: join(work, 'host'),
      emptyOutDir: true,
      ...embedScriptBuild(root),
    },
  });
  renameSync(join(work, 'host', 'embed.js'), join(clientDir, 'embed.js'));

  // Swap: the old dist/ is replaced only once the new one is complete.
  const old = join(work, 'old');
  if (existsSync(dist)) renameSync(dist, old);
  try {
    renameSync(clientDir, dist);
  } catch (error) {
    if (existsSync(old)) renameSync(old, dist);
    throw error;
  }
  console.log(`Built ${distLabel} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(`Build failed; ${distLabel} was not changed.`);
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(serverDir, { recursive: true, force: true });
}
