/**
 * Client entry: hydrates the live graphic (and only it) from the JSON the prerender left in the
 * page. The prose is static HTML and stays as it is.
 *
 * @module
 */
import { hydrate } from 'svelte';
import Graphic from './components/Graphic.svelte';
import type { GraphicProps } from './lib/story/GraphicProps.ts';
import './styles/story.css';

const target = document.getElementById('graphic-root');
const json = document.getElementById('graphic-data');
if (target && json?.textContent) {
  const props = JSON.parse(json.textContent) as GraphicProps;
  hydrate(Graphic, { target, props });
  document.documentElement.classList.add('js');
}
