/**
 * The charts, one line each: adding a chart is its folder plus one line here and one in
 * ./components.ts. (Build side: scene builders and tables. The browser never imports this file.)
 *
 * @module
 */
export { default as seats } from './seats/index.ts';
export { default as votes } from './votes/index.ts';
export { default as change } from './change/index.ts';
export { default as timeline } from './timeline/index.ts';
export { default as meetings } from './meetings/index.ts';
export { default as provinces } from './provinces/index.ts';
export { default as assemblies } from './assemblies/index.ts';
