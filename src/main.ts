/**
 * Client entry: brings the prerendered graphic to life (src/lib/live/startGraphic.ts). Nothing is
 * hydrated and nothing is rendered in the browser: the prose, the controls and every step's chart
 * are already in the page, and the graphic shows each step by copying that step's figure.
 *
 * The script is an async module (index.html): it is evaluated in a task of its own as soon as it
 * arrives, not inside the parser's last task, which on a slow phone was long enough already.
 *
 * @module
 */
import { afterLoad } from './lib/live/afterLoad.ts';
import { unfoldAllFigures } from './lib/live/deferredFigures.ts';
import { startGraphic } from './lib/live/startGraphic.ts';
import './styles/story.css';

function start() {
  // Print shows every step's chart: take them all out of their <noscript> first (a print preview
  // fires beforeprint; a print stylesheet applied otherwise, as by a headless browser, changes the media).
  const unfold = () => unfoldAllFigures(document);
  addEventListener('beforeprint', unfold);
  matchMedia('print').addEventListener('change', (e) => e.matches && unfold());
  // The footer is left unrendered while the page loads (src/styles/page-parts.css); its frame is
  // laid out once the page has loaded, in an idle task of its own, before the reader gets there.
  const footer = document.querySelector<HTMLElement>('.story-footer');
  if (footer)
    afterLoad(() => {
      footer.style.contentVisibility = 'visible';
      footer.getBoundingClientRect();
    });
  const graphic = document.querySelector<HTMLElement>('#graphic-root .graphic');
  if (!graphic) return;
  // In a task of its own, after the page's first layout; `js` on <html> says the graphic is live
  // (set once it follows the scroll: startGraphic works in two short tasks, not one long one).
  setTimeout(() => startGraphic(graphic, () => document.documentElement.classList.add('js')), 0);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
