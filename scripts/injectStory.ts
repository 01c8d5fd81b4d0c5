/**
 * Puts the prerendered story into the HTML shell at its two placeholders.
 *
 *   injectStory('<head><!--story-head--></head><body><!--story-body--></body>', { head: '<title>x</title>', body: '<main>…</main>' })
 */
export function injectStory(template: string, rendered: { head: string; body: string }): string {
  for (const mark of ['<!--story-head-->', '<!--story-body-->']) {
    if (!template.includes(mark)) throw new Error(`the HTML shell has no ${mark} placeholder`);
  }
  return template.replace('<!--story-head-->', () => rendered.head).replace('<!--story-body-->', () => rendered.body);
}
