/**
 * Client entry: brings the prerendered graphic to life (src/lib/live/startGraphic.ts). Nothing is
 * hydrated and nothing is rendered in the browser: the prose, the controls and every step's chart
 * are already in the page, and the graphic shows each step by copying that step's figure.
 *
 * @module
 */
import { startGraphic } from './lib/live/startGraphic.ts';
import './styles/story.css';

const graphic = document.querySelector<HTMLElement>('#graphic-root .graphic');
if (graphic) {
  // In a task of its own, after the page's first layout: measuring the steps then costs no second
  // layout of the whole page inside the script's task. `js` on <html> says the graphic is live.
  setTimeout(() => {
    startGraphic(graphic);
    document.documentElement.classList.add('js');
  }, 0);
}
