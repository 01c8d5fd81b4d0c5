/**
 * Applies a theme asked for by the embed URL (`?theme=dark`) or by the host page (a `theme`
 * message): "light", "dark" or "transparent" pin it; "auto" or anything else follows the reader's
 * (or the host frame's) colour scheme. Unknown values are ignored.
 *
 *   applyTheme('dark') // <html data-theme="dark">
 */
const THEMES = ['light', 'dark', 'transparent'];

export function applyTheme(theme: string | null | undefined): void {
  const root = document.documentElement;
  if (theme && THEMES.includes(theme)) root.dataset.theme = theme;
  else if (theme === 'auto') delete root.dataset.theme;
}
