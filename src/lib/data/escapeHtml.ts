/**
 * Escapes text for HTML, for the few places that write HTML by hand (error pages, JSON in a script).
 *
 *   escapeHtml('<b>"x"</b>') // → "&lt;b&gt;&quot;x&quot;&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
