/**
 * Client entry of a single-chart embed page: reports its height to the host (three dialects) and
 * follows a theme asked for in the URL or by the host. The chart itself is static SVG.
 *
 * @module
 */
import { applyTheme, connectToHost } from './embed/index.ts';
import './styles/story.css';

applyTheme(new URLSearchParams(location.search).get('theme'));
const host = connectToHost(window, { onTheme: applyTheme });
if (host.framed) {
  document.documentElement.classList.add('framed');
  const report = () => host.reportHeight(Math.ceil(document.body.getBoundingClientRect().height));
  new ResizeObserver(report).observe(document.body);
  report();
}
