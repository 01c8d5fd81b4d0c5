/**
 * Server entry: renders the pages of a validated dataset to HTML. Used by the build (prerender)
 * and the dev server; never shipped to the browser.
 *
 * @module
 */
import { render } from 'svelte/server';
import BuilderPage from './components/BuilderPage.svelte';
import ChartPage from './components/ChartPage.svelte';
import Graphic from './components/Graphic.svelte';
import Page from './components/Page.svelte';
import type { Dataset } from './lib/data/types.ts';
import { englishFormats, type Formats } from './lib/format/formats.ts';
export { formatsFor } from './lib/format/formats.ts';
export { localizeDataset } from './lib/data/localizeDataset.ts';
import type { BuilderEdition, Edition, Translation } from './lib/story/types.ts';
import { buildDownloads } from './lib/story/buildDownloads.ts';
import { buildScenes, buildTables, chartOf, type ChartKind } from './charts/index.ts';
import { tableFor } from './charts/tableFor.ts';
import { buildShareSvg, SHARE_SIZE, type ShareFonts } from './lib/story/buildShareSvg.ts';
import { buildStory } from './lib/story/buildStory.ts';
import { withoutHydrationMarkers } from './lib/staticHtml.ts';
import { must } from './lib/must.ts';

/** A rendered page: what goes in its <head> and in its <body>. */
export type RenderedPage = { head: string; body: string };

/** Every page of the site, rendered, and the files the build writes beside them. */
export type RenderedSite = {
  story: RenderedPage;
  embed: RenderedPage;
  builder: RenderedPage;
  charts: (RenderedPage & { file: string; anchor: string })[];
  /** Files for dist/data/. */
  downloads: { name: string; text: string; title: string }[];
  /** The edition's share image as SVG (the build rasterises it to share.png in the edition's folder) and its alt text. */
  share: { svg: string; alt: string };
  /** The story's title. */
  title: string;
};

/**
 * Which edition to render: its formats (English unless given), every edition for the language
 * switch and hreflang, a translation's state for its notices, the way to the files every edition
 * shares ("../" from dist/km/), its canonical address, and the type of its share image.
 */
export type EditionOptions = {
  f?: Formats;
  editions?: Edition[];
  translation?: Translation;
  root?: string;
  canonicalUrl?: string;
  /** The other editions the embed builder offers (after this one, English), with their titles and share alt texts. */
  builderEditions?: BuilderEdition[];
  /**
   * The fonts its share image is set in: Source Sans 3 unless given. An edition in a script that
   * needs shaping must pass its own (the build gives the Khmer edition tools/shareFonts.ts shareFontsFor('km')).
   */
  shareFonts?: ShareFonts;
};

/**
 * Renders every page of a validated dataset: the story, the embed, the embed builder, a chart page
 * per step (and per published step number), the downloads and the share image.
 *
 *   renderPages(dataset).story // → { head: '<title>…', body: '<a class="skip-link" …' }
 *   renderPages(dataset).charts[0].file // → "charts/step-1.html"
 *   renderPages(localizeDataset(dataset, km).data, { f: formatsFor('km'), root: '../', … }) // → the Khmer edition
 */
export function renderPages(dataset: Dataset, edition: EditionOptions = {}): RenderedSite {
  const f = edition.f ?? englishFormats;
  const built = buildStory(dataset, f, new Set(edition.translation?.english ?? []), edition.translation?.source ?? dataset);
  const story = edition.canonicalUrl ? { ...built, meta: { ...built.meta, canonicalUrl: edition.canonicalUrl } } : built;
  const scenes = buildScenes(dataset, f);
  const tables = buildTables(dataset, f);
  const [first] = story.steps;
  const firstStep = must(first, 'validateDataset: the copy has a section with a step');
  const kinds = [...new Set(Object.keys(scenes))].sort() as ChartKind[];
  const graphic = render(Graphic, { props: { scenes, kinds, first: { id: firstStep.id, chart: chartOf(firstStep.chart.view), view: firstStep.chart.view, state: firstStep.chart.state }, total: story.steps.length, ui: story.ui, lang: story.meta.lang } });
  const downloads = buildDownloads(dataset, story.dataLicence.map((x) => x.text).join(''));
  const root = edition.root ?? '';
  // Each edition has its own share image, in its own folder (dist/km/share.png), drawn in its own words.
  const shareImage = { src: 'share.png', ...SHARE_SIZE };
  const pageProps = { story, scenes, tables, graphicHtml: graphic.body, downloads, shareImage, editions: edition.editions ?? [], translation: edition.translation, root };
  // Nothing is hydrated (the live graphic is brought to life by src/lib/live/startGraphic.ts), so
  // Svelte's hydration markers go from every page.
  const page = (embedded: boolean) => {
    const r = render(Page, { props: { ...pageProps, embedded } });
    return { head: withoutHydrationMarkers(r.head), body: withoutHydrationMarkers(r.body) };
  };
  // One page per step, named by its id; steps published under a number keep charts/step-N.html
  // too (the same page, its canonical address the id's), so embeds already in articles do not move.
  const charts = story.steps.flatMap((step) => {
    const r = render(ChartPage, { props: { story, step, scenes, table: tableFor(tables[step.chart.view], step.chart.state), storyUrl: `../#${step.anchor}` } });
    const page = { file: `charts/${step.id}.html`, anchor: step.anchor, head: r.head, body: withoutHydrationMarkers(r.body) };
    // Old addresses (a published number, a retired step's id) show the same page, canonical at the id's.
    const old = [...step.numbers.map((n) => `step-${n}`), ...step.aliases];
    return [page, ...old.map((name) => ({ ...page, file: `charts/${name}.html`, head: `${r.head}<link rel="canonical" href="./${step.id}.html">` }))];
  });
  const others = edition.builderEditions ?? [];
  const builderEditions = others.length ? [{ lang: story.meta.lang, language: 'English', path: '', title: story.meta.title, alt: story.shareAlt }, ...others] : [];
  const builder = render(BuilderPage, { props: { story, editions: builderEditions } });
  return {
    story: page(false),
    embed: page(true),
    builder: { head: builder.head, body: builder.body },
    charts,
    downloads,
    share: { svg: buildShareSvg(story, scenes, dataset, edition.shareFonts), alt: story.shareAlt },
    title: story.meta.title,
  };
}

/** The story page alone (kept for tests and tools that only need it). */
export function renderStory(dataset: Dataset): RenderedPage {
  return renderPages(dataset).story;
}
