/**
 * The snippet the embed builder (src/builder.ts) gives journalists to paste into an article.
 *
 * @module
 */
import { escapeHtml } from '../lib/html.ts';
import { STEP_ID } from './protocol.ts';
import { isPinnedTheme } from './theme.ts';

/** What `buildSnippet` embeds, and where it is published. */
export type SnippetOptions = {
  /** The folder the build is published at, ending in "/". */
  base: string;
  /** "embed.html" or "charts/<step id>.html". */
  page: string;
  /** "", "light", "dark" or "transparent". */
  theme?: string;
  /** The id of a step to open at (the whole story only; stable when steps are added); "" for none. */
  step?: string;
  title: string;
  /** Initial height in px (the measured height, so the host page does not jump); 0 for the default. */
  height?: number;
  /** Alt text of the share image, shown in <noscript> (hosts without JavaScript, RSS readers). */
  alt?: string;
  /** The edition's folder under `base` ("km/" for Khmer; "" for English, the default): its story and its share image are the <noscript> fallback's. */
  edition?: string;
};

/**
 * The HTML a journalist pastes into an article: the iframe, one script tag for our host script and
 * a <noscript> fallback (the edition's share image with its alt text, linking to the edition's
 * story). No inline script, no inline style (hosts with a strict CSP can use it).
 *
 *   buildSnippet({ base: 'https://ex.org/cambodia/', page: 'embed.html', theme: 'dark', step: 'result', title: 'Cambodia 2013', height: 4200 }).html
 *   // → <iframe src="https://ex.org/cambodia/embed.html?theme=dark#step-result" title="Cambodia 2013" …
 *   buildSnippet({ base: 'https://ex.org/cambodia/', page: 'km/embed.html', edition: 'km/', title: '…', alt: '…' }).html
 *   // → … <noscript><a href="https://ex.org/cambodia/km/"><img src="https://ex.org/cambodia/km/share.png" …
 */
export function buildSnippet(o: SnippetOptions): { src: string; html: string } {
  const base = new URL(o.base.endsWith('/') ? o.base : `${o.base}/`);
  const src = new URL(o.page, base);
  if (isPinnedTheme(o.theme)) src.searchParams.set('theme', o.theme);
  if (o.step && STEP_ID.test(o.step)) src.hash = `step-${o.step}`;
  const height = o.height && o.height > 100 ? Math.round(o.height) : 1200;
  // The edition's own folder, if it is one (a folder name, nothing that leaves `base`).
  const story = new URL(o.edition && /^[a-z]{2,3}(-[A-Za-z0-9]+)*\/$/.test(o.edition) ? o.edition : './', base);
  const html = [
    `<iframe src="${escapeHtml(src.href)}" title="${escapeHtml(o.title)}" width="100%" height="${height}" loading="lazy" frameborder="0" data-cambodia-embed></iframe>`,
    `<script src="${escapeHtml(new URL('embed.js', base).href)}" async></script>`,
    o.alt
      ? `<noscript><a href="${escapeHtml(story.href)}"><img src="${escapeHtml(new URL('share.png', story).href)}" alt="${escapeHtml(o.alt)}" width="1200" height="630"></a></noscript>`
      : `<noscript><a href="${escapeHtml(story.href)}">${escapeHtml(o.title)}</a></noscript>`,
  ].join('\n');
  return { src: src.href, html };
}
