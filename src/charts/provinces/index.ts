import { defineChart } from '../types.ts';
import { provincesScene } from './scene.ts';
import { provincesTable } from './table.ts';

/**
 * The provinces chart: the constituencies as a tile map laid out roughly as they lie, each with
 * one dot per seat coloured by the party that won it, and a locator map of Cambodia in its region.
 */
export default defineChart({
  views: { provinces: ['seats'] },
  scene: provincesScene,
  tables: { provinces: provincesTable },
  drawn: (scene) => ({ tiles: scene.tiles, locator: scene.locator }),
});
