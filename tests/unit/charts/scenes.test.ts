/**
 * What every chart's scene must be, whatever the chart: coordinates finite and inside the scene; deterministic, plain data.
 */
import { describe, expect, it } from 'vitest';
import { buildScenes } from '../../../src/charts/index.ts';
import { realDataset } from '../fixtures/dataTexts.ts';

const data = realDataset();
const scenes = buildScenes(data);

/** Every coordinate in a scene, as [path, axis, value]; x-like keys are horizontal, y-like vertical. */
function coordinates(value: unknown, path = ''): [string, 'x' | 'y', number][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => coordinates(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]): [string, 'x' | 'y', number][] => {
    const here = `${path}.${k}`;
    if (typeof v === 'number' && /^(x|x1|x2|labelX|nameX)$/.test(k)) return [[here, 'x', v]];
    if (typeof v === 'number' && /^(y|y1|y2|labelY|axisY)$/.test(k)) return [[here, 'y', v]];
    return coordinates(v, here);
  });
}
/** Every number anywhere in a value. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbers);
  return [];
}

describe('buildScenes', () => {
  it.each(['seats', 'votes', 'change', 'timeline'] as const)('every coordinate of the %s scene is finite and inside [0, width] × [0, height]', (name) => {
    const scene = scenes[name];
    const all = coordinates(scene);
    expect(all.length).toBeGreaterThan(10);
    for (const [path, axis, v] of all) {
      expect(Number.isFinite(v), path).toBe(true);
      expect(v, path).toBeGreaterThanOrEqual(0);
      expect(v, path).toBeLessThanOrEqual(axis === 'x' ? scene.width : scene.height);
    }
    for (const n of numbers(scene)) expect(Number.isFinite(n)).toBe(true);
  });
  it('buildScenes(data) is deterministic and plain data', () => {
    expect(buildScenes(data)).toEqual(scenes);
    expect(JSON.parse(JSON.stringify(scenes))).toEqual(scenes);
  });
});
