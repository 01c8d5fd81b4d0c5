/**
 * Escapes text for HTML and SVG, for the few places that write markup by hand (error pages, the
 * share image, the embed snippet).
 *
 *   escapeHtml('<b>"x"</b>') // → "&lt;b&gt;&quot;x&quot;&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
