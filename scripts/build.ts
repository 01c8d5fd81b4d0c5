/**
 * `npm run build`: validates data/, builds the client and a server bundle, prerenders the story
 * into dist/index.html, then swaps the new dist/ in. Any failure leaves the previous dist/ exactly
 * as it was: everything is built in a temporary folder first.
 *
 * A rebuild after a data edit is fast (budget: 3 s from the command to the prompt, bench/budgets.ts):
 * the three Vite builds (client, server, host script) depend on the code only, so they are reused
 * from the build cache (scripts/buildCache.ts) while the code is unchanged, and Vite is then not
 * even loaded; the subset fonts and the share images are reused when their inputs are the same; the
 * builds that do run, run at once, and the share images (one per edition) are drawn off the main
 * thread meanwhile, all at once.
 * `STORY_BUILD_TIMES=1` prints what each phase took.
 *
 *   npm run build                                  # data/ → dist/
 *   npm run build -- --data=/tmp/data --out=/tmp/dist   # another dataset or output folder (tests)
 */
import { plural } from '../src/lib/format/plural.ts';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InlineConfig, Plugin } from 'vite';
import { embedScriptBuild } from './embedScriptBuild.ts';
import { folderLabel, readDataset } from '../src/lib/data/readDataset.ts';
import { readLocales } from '../src/lib/data/readLocales.ts';
import { injectStory } from './injectStory.ts';
import { cachedFile, cachedViteBuild, sha256 } from './buildCache.ts';
import { clientGraphGuard } from './clientGraphGuard.ts';
import { KHMER_FACES, subsetFonts } from './subsetFonts.ts';

const root = resolve('.');
const started = Date.now();
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const dataDir = resolve(arg('data') ?? join(root, 'data'));
const dist = resolve(arg('out') ?? join(root, 'dist'));
const phases: string[] = [];
/** Times a phase of the build, for STORY_BUILD_TIMES=1. */
async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await work();
  phases.push(`${name} ${Math.round(performance.now() - t0)} ms`);
  return result;
}

const distLabel = `${folderLabel(dist)}/`;
const data = readDataset(dataDir);
if (!data.ok) {
  // Every problem at once: the translations' own (their JSON, their shape) too.
  const localeProblems = readLocales(dataDir, folderLabel(dataDir), undefined).problems;
  const also = localeProblems.length ? `, and its translations ${localeProblems.length}` : '';
  console.error(`Build stopped: ${folderLabel(dataDir)}/ has ${plural(data.problems.length, 'problem')}${also}. ${distLabel} was not changed.`);
  for (const problem of [...data.problems, ...localeProblems]) console.error(`  ${problem}`);
  process.exit(1);
}
// The translations (data/locales/): a mistake that would print a wrong figure or source stops the
// build like any other; gaps (missing, stale, left in English) are for check:data to list.
const locales = readLocales(dataDir, folderLabel(dataDir), data.dataset);
if (locales.problems.length) {
  console.error(`Build stopped: the translations in ${folderLabel(dataDir)}/locales/ have ${plural(locales.problems.length, 'problem')}. ${distLabel} was not changed.`);
  for (const problem of locales.problems) console.error(`  ${problem}`);
  process.exit(1);
}

/** Vite's build(), loaded only when a build is not in the cache. */
async function viteBuild(config: InlineConfig): Promise<void> {
  const { build } = await import('vite');
  await build(config);
}

// The fonts each translation's share image is set in (Khmer: Noto Sans Khmer, shaped with harfbuzz),
// loaded while the bundles are found or built.
const shareFonts = new Map(locales.editions.map((e) => [e.locale.locale, import('../tools/shareFonts.ts').then((m) => m.shareFontsFor(e.locale.locale))]));
// Awaited in a phase below, whose failure the build reports ("Build failed; dist/ was not changed");
// until then a failure must not end the process unreported.
for (const fonts of shareFonts.values()) fonts.catch(() => {});

mkdirSync(dirname(dist), { recursive: true });
const work = mkdtempSync(join(dirname(dist), '.build-'));
const clientDir = join(work, 'client');
try {
  const quiet = { root, logLevel: 'warn' as const, configFile: join(root, 'vite.config.ts') };
  // The three bundles depend on the code, not on data/: each comes from the cache unless the code changed.
  // The server bundle imports svelte and d3 from node_modules, so its cache lives inside the project.
  const [client, server, host] = await phase('vite builds (client, server, host script)', () =>
    Promise.all([
      cachedViteBuild({ kind: 'client', root, options: 'client' }, (outDir, recorder) =>
        viteBuild({ ...quiet, plugins: [recorder as Plugin], build: { outDir, emptyOutDir: true } }),
      ),
      cachedViteBuild({ kind: 'server', root, options: 'ssr' }, (outDir, recorder) =>
        viteBuild({ ...quiet, plugins: [recorder as Plugin], build: { ssr: join(root, 'src/entry-server.ts'), outDir, emptyOutDir: true, copyPublicDir: false } }),
      ),
      // The host script for newsrooms' pages: one small self-contained file, dist/embed.js.
      cachedViteBuild({ kind: 'host', root, options: 'embed.js' }, (outDir, recorder) =>
        viteBuild({ ...quiet, configFile: false, publicDir: false, plugins: [recorder as Plugin, clientGraphGuard()], build: { outDir, emptyOutDir: true, ...embedScriptBuild(root) } }),
      ),
    ]),
  );
  cpSync(client.dir, clientDir, { recursive: true });
  cpSync(join(host.dir, 'embed.js'), join(clientDir, 'embed.js'));
  const entry = (await phase('load the server bundle', () => import(pathToFileURL(join(server.dir, 'entry-server.js')).href))) as typeof import('../src/entry-server.ts');

  // Every edition: English at the root, each translation in dist/<code>/ (data/locales/).
  const base = data.dataset.copy.meta.canonicalUrl;
  const OG_LOCALES: Record<string, string> = { en: 'en_GB', km: 'km_KH' };
  const languages = [{ lang: 'en', language: 'English' }, ...locales.editions.map((e) => ({ lang: e.locale.locale, language: e.locale.language }))];
  /** The editions as the page in `from` links to them (hreflang, the language switch). */
  const editionsFrom = (from: string) =>
    languages.length < 2
      ? []
      : languages.map((l) => ({
          ...l,
          url: l.lang === 'en' ? base : new URL(`${l.lang}/`, base).href,
          href: from === l.lang ? './' : `${from === 'en' ? './' : '../'}${l.lang === 'en' ? '' : `${l.lang}/`}`,
          ogLocale: OG_LOCALES[l.lang] ?? l.lang,
          current: l.lang === from,
        }));
  const translations = await phase('render translations', async () =>
    Promise.all(
      locales.editions.map(async (e) => {
        const { data: localized, english } = entry.localizeDataset(data.dataset, e.locale);
        const lang = e.locale.locale;
        const rendered = entry.renderPages(localized, {
          f: entry.formatsFor(lang),
          editions: editionsFrom(lang),
          translation: { status: e.locale.status, english, source: data.dataset },
          root: '../',
          canonicalUrl: new URL(`${lang}/`, base).href,
          shareFonts: await shareFonts.get(lang),
        });
        return { lang, pages: rendered };
      }),
    ),
  );
  // The embed builder offers every edition, each with its own title and alt text for the snippet.
  const builderEditions = translations.map((t) => ({ lang: t.lang, language: languages.find((l) => l.lang === t.lang)?.language ?? t.lang, path: `${t.lang}/`, title: t.pages.title, alt: t.pages.share.alt }));
  const pages = await phase('render', async () => entry.renderPages(data.dataset, { editions: editionsFrom('en'), builderEditions }));

  // The share images, one per edition, are drawn off the main thread, all at once, while the fonts
  // are cut (each reused when its input is unchanged). A translation's is in its own cache folder.
  const share = phase('share images', async () => {
    const { renderPng, shareFontOptions } = await import('../tools/renderPng.ts');
    const fontFiles = (await shareFontOptions()).fontFiles ?? [];
    const resvg = (JSON.parse(readFileSync(join(root, 'node_modules/@resvg/resvg-js/package.json'), 'utf8')) as { version: string }).version;
    const fonts = fontFiles.map((f) => `${f}:${sha256(readFileSync(f))}`);
    const draw = (svg: string, group: string) => cachedFile(root, group, 'share', sha256(svg, resvg, ...fonts), '.png', () => renderPng(svg));
    const [english, ...translated] = await Promise.all([draw(pages.share.svg, 'share'), ...translations.map((t) => draw(t.pages.share.svg, `share-${t.lang}`))]);
    return { english: english!, translated: translations.map((t, i) => ({ lang: t.lang, png: translated[i]! })) };
  });
  // Web fonts cut down to the characters of these pages, linked from every page.
  const fonts = await phase('fonts', () => subsetFonts([pages.story.body, pages.story.head, pages.builder.body, ...pages.charts.map((c) => c.body)], clientDir));
  writeFileSync(join(clientDir, 'fonts.css'), fonts.css);
  const withFonts = (rendered: { head: string; body: string }, up = '') => ({
    ...rendered,
    head: `${fonts.preloads.map((l) => l.replace('href="./', `href="./${up}`)).join('')}<link rel="stylesheet" href="./${up}fonts.css">${rendered.head}`,
  });
  const fill = (file: string, rendered: { head: string; body: string }) => writeFileSync(file, injectStory(readFileSync(file, 'utf8'), withFonts(rendered)));
  // The story and its embed share one HTML shell (and one client bundle).
  const shell = readFileSync(join(clientDir, 'index.html'), 'utf8');
  writeFileSync(join(clientDir, 'embed.html'), shell);
  fill(join(clientDir, 'index.html'), pages.story);
  fill(join(clientDir, 'embed.html'), pages.embed);
  fill(join(clientDir, 'embed-builder.html'), pages.builder);
  // One page per chart state, in charts/: the shared template with its relative URLs one level up.
  const chartTemplate = readFileSync(join(clientDir, 'chart.html'), 'utf8').replace(/(src|href)="\.\//g, '$1="../');
  mkdirSync(join(clientDir, 'charts'), { recursive: true });
  for (const chart of pages.charts) writeFileSync(join(clientDir, chart.file), injectStory(chartTemplate, withFonts(chart, '../')));
  rmSync(join(clientDir, 'chart.html'));

  // Each translation in dist/<code>/: the same shell and bundle one level up, marked with its
  // language, with its own subset of its own fonts (the Khmer page preloads Noto Sans Khmer only).
  for (const t of translations) {
    const dir = join(clientDir, t.lang);
    mkdirSync(join(dir, 'charts'), { recursive: true });
    const texts = [t.pages.story.body, t.pages.story.head, ...t.pages.charts.map((c) => c.body)];
    const own = t.lang === 'km' ? await phase(`fonts (${t.lang})`, () => subsetFonts(texts, clientDir, KHMER_FACES)) : { css: '', preloads: [] as string[] };
    writeFileSync(join(clientDir, `fonts-${t.lang}.css`), own.css);
    const up = (depth: string) => (rendered: { head: string; body: string }) => ({
      ...rendered,
      head: `${own.preloads.map((l) => l.replace('href="./', `href="${depth}`)).join('')}<link rel="stylesheet" href="${depth}fonts-${t.lang}.css"><link rel="stylesheet" href="${depth}fonts.css">${rendered.head}`,
    });
    const localShell = shell.replace(/<html lang="[^"]*"/, `<html lang="${t.lang}"`).replace(/(src|href)="\.\//g, '$1="../');
    writeFileSync(join(dir, 'index.html'), injectStory(localShell, up('../')(t.pages.story)));
    writeFileSync(join(dir, 'embed.html'), injectStory(localShell, up('../')(t.pages.embed)));
    const localChart = chartTemplate.replace(/<html lang="[^"]*"/, `<html lang="${t.lang}"`).replace(/(src|href)="\.\.\//g, '$1="../../');
    for (const chart of t.pages.charts) writeFileSync(join(dir, chart.file), injectStory(localChart, up('../../')(chart)));
  }

  // The data for readers to download, and the share images drawn from the same scenes.
  mkdirSync(join(clientDir, 'data'), { recursive: true });
  for (const file of pages.downloads) writeFileSync(join(clientDir, 'data', file.name), file.text);
  const images = await share;
  writeFileSync(join(clientDir, 'share.png'), images.english);
  for (const t of images.translated) writeFileSync(join(clientDir, t.lang, 'share.png'), t.png);

  // Swap: the old dist/ is replaced only once the new one is complete.
  const old = join(work, 'old');
  if (existsSync(dist)) renameSync(dist, old);
  try {
    renameSync(clientDir, dist);
  } catch (error) {
    if (existsSync(old)) renameSync(old, dist);
    throw error;
  }
  const reused = [client, server, host].every((b) => b.cached) ? ' (code unchanged: bundles reused)' : '';
  console.log(`Built ${distLabel} in ${((Date.now() - started) / 1000).toFixed(1)} s${reused}.`);
  // An edition that shows texts in English says so (check:data lists them, each with its line).
  for (const e of locales.editions) {
    const english = e.report.missing.length + e.report.stale.length;
    if (english) console.log(`  ${distLabel}${e.locale.locale}/ shows ${plural(english, 'text')} in English until ${plural(english, 'its translation is', 'their translations are', { count: false })} brought up to date (${e.report.missing.length} missing, ${e.report.stale.length} stale): npm run check:data lists them.`);
  }
  if (process.env.STORY_BUILD_TIMES) console.log(`  ${phases.join(', ')}; total since start-up ${Math.round(performance.now())} ms`);
} catch (error) {
  console.error(`Build failed; ${distLabel} was not changed.`);
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
