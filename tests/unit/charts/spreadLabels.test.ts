import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../src/lib/charts/spreadLabels.ts';

describe('spreadLabels(targets, gap, height)', () => {
  it('leaves labels that are already gap apart where they are', () => {
    expect(spreadLabels([10, 40, 90], 14, 100)).toEqual([10, 40, 90]);
  });

  it('pushes two colliding labels apart symmetrically around their mean', () => {
    expect(spreadLabels([100, 102, 50], 14, 200)).toEqual([94, 108, 50]);
  });

  it('keeps the input order of the returned positions, whatever the order of the targets', () => {
    const out = spreadLabels([60, 10, 58], 10, 100);
    expect(out[1]).toBe(10);
    expect(out[2]).toBeLessThan(out[0]!);
    expect(out[0]! - out[2]!).toBeGreaterThanOrEqual(10 - 1e-9);
  });

  it('keeps labels inside [0, height] when they crowd an edge', () => {
    const out = spreadLabels([0, 0, 0], 10, 100);
    expect(out).toEqual([0, 10, 20]);
    const bottom = spreadLabels([100, 99, 100], 10, 100);
    expect(Math.max(...bottom)).toBeLessThanOrEqual(100);
    expect(Math.min(...bottom)).toBeGreaterThanOrEqual(0);
  });

  it('spreads labels evenly when there is not room for the full gap', () => {
    expect(spreadLabels([5, 5, 5], 100, 100)).toEqual([0, 50, 100]);
  });

  it('does not mutate its input', () => {
    const targets = [30, 31, 32];
    spreadLabels(targets, 10, 100);
    expect(targets).toEqual([30, 31, 32]);
  });
});
