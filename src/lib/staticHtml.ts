/**
 * Svelte's server renderer marks blocks with comments (`<!--[-->`, `<!--]-->`, `<!--[1-->`,
 * `<!---->`) that only hydration reads. The page around the live graphic, its step figures and the
 * chart pages are never hydrated, so the build drops those comments from them: the same markup,
 * fewer bytes. Only the markers go; any other comment stays.
 *
 *   withoutHydrationMarkers('<p><!--[-->a<!--]--></p>') // → "<p>a</p>"
 */
export function withoutHydrationMarkers(html: string): string {
  return html.replace(/<!--(?:\[-?\d*|\]|!|)-->/g, '');
}
