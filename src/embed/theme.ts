/**
 * What the themes of `EMBED_THEMES` (protocol.ts) do to a page: the story, its embed and the chart
 * pages apply them; the snippet builder writes the pinned ones into the embed's URL.
 *
 * @module
 */
import { EMBED_THEMES, type EmbedTheme } from './protocol.ts';

/**
 * Whether a value is a theme that pins the look ("light", "dark" or "transparent"), rather than
 * "auto" (follow the reader's colour scheme) or no theme at all.
 *
 *   isPinnedTheme('dark') // → true;  isPinnedTheme('auto') // → false;  isPinnedTheme('') // → false
 */
export function isPinnedTheme(value: unknown): value is Exclude<EmbedTheme, 'auto'> {
  return value !== 'auto' && (EMBED_THEMES as readonly unknown[]).includes(value);
}

/**
 * Applies a theme asked for by the embed URL (`?theme=dark`) or by the host page (a `theme`
 * message): "light", "dark" or "transparent" pin it; "auto" follows the reader's (or the host
 * frame's) colour scheme. Unknown values are ignored.
 *
 *   applyTheme('dark') // <html data-theme="dark">
 */
export function applyTheme(theme: string | null | undefined): void {
  const root = document.documentElement;
  if (isPinnedTheme(theme)) root.dataset.theme = theme;
  else if (theme === 'auto') delete root.dataset.theme;
}
