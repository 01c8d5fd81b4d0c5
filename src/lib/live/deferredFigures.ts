/**
 * The story page ships each step's chart inside a `<noscript>` (src/components/Page.svelte): a
 * browser that runs the script reads it as one run of text while the page loads, not as the
 * thousands of SVG elements it holds (on a slow phone, the parser's last long task); a browser
 * without scripts shows it as it is. The script takes a chart out when it first needs one: the
 * live graphic one step at a time, "show all", an unrolled page and print all of them.
 *
 *   unfoldFigure(stepEl.querySelector('.step-figure')) // → <svg class="chart seats" …>, now in the page
 *   unfoldAllFigures(document)
 *
 * @module
 */

/** Takes a step figure's chart out of its `<noscript>`, if it is still in one; returns the chart. */
export function unfoldFigure(figure: Element): Element | null {
  const deferred = figure.querySelector(':scope > noscript');
  if (deferred) {
    if (deferred.firstElementChild) {
      // Parsed as markup (a document without scripting): the chart is there already.
      deferred.replaceWith(...deferred.childNodes);
    } else {
      // The page's own markup, written by the build: parsed here, as the parser would have.
      const template = figure.ownerDocument.createElement('template');
      template.innerHTML = deferred.textContent ?? '';
      deferred.replaceWith(template.content);
    }
  }
  return figure.querySelector(':scope > .chart');
}

/** Takes every step figure's chart out of its `<noscript>`. */
export function unfoldAllFigures(doc: Document): void {
  for (const figure of doc.querySelectorAll('.step-figure')) unfoldFigure(figure);
}
