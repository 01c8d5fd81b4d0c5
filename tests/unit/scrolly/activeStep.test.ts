import { describe, expect, it } from 'vitest';
import { activeStep } from '../../../src/lib/scrolly/activeStep.ts';

/** Three steps with a gap after step 0 and a shared edge between steps 1 and 2. */
const boxes = [
  { top: 0, bottom: 100 },
  { top: 150, bottom: 250 },
  { top: 250, bottom: 400 },
];

describe('activeStep', () => {
  it.each([
    ['far above the first step', -500, -1],
    ['just above the first step', -0.5, -1],
    ['on the first step’s top edge', 0, 0],
    ['inside the first step', 50, 0],
    ['on the first step’s bottom edge (gap starts)', 100, 0],
    ['in the gap after the first step', 120, 0],
    ['on the second step’s top edge', 150, 1],
    ['inside the second step', 200, 1],
    ['on the edge shared by steps 1 and 2', 250, 2],
    ['inside the last step', 399, 2],
    ['on the last step’s bottom edge', 400, 2],
    ['below the last step', 10_000, 2],
  ])('activeStep with the trigger line %s (y = %s) is %i', (_, triggerY, expected) => {
    expect(activeStep(boxes, triggerY)).toBe(expected);
  });

  it.each([
    [-1, -1],
    [0, 0],
    [5, 0],
    [100, 0],
  ])('activeStep with a single step [0, 10] and the line at %s is %i', (triggerY, expected) => {
    expect(activeStep([{ top: 0, bottom: 10 }], triggerY)).toBe(expected);
  });

  it('activeStep of no steps is -1 wherever the line is', () => {
    for (const y of [-100, 0, 100]) expect(activeStep([], y)).toBe(-1);
  });

  it('activeStep works in viewport coordinates, where boxes scroll past a fixed trigger line', () => {
    const trigger = 400; // e.g. 50 % of an 800 px viewport
    const layout = [
      { top: 300, bottom: 900 },
      { top: 1000, bottom: 1600 },
      { top: 1700, bottom: 2300 },
    ];
    const at = (scroll: number) =>
      activeStep(layout.map((b) => ({ top: b.top - scroll, bottom: b.bottom - scroll })), trigger);
    expect([0, 500, 599, 600, 1300, 1900, 5000].map(at)).toEqual([0, 0, 0, 1, 2, 2, 2]);
    expect(activeStep(layout, trigger - 200)).toBe(-1);
  });

  it('activeStep picks the later of two overlapping steps once its top passes the line', () => {
    const overlapping = [
      { top: 0, bottom: 120 },
      { top: 100, bottom: 200 },
    ];
    expect(activeStep(overlapping, 99)).toBe(0);
    expect(activeStep(overlapping, 110)).toBe(1);
  });

  it('activeStep accepts zero-height steps and steps that start together', () => {
    expect(activeStep([{ top: 10, bottom: 10 }, { top: 10, bottom: 50 }], 10)).toBe(1);
    expect(activeStep([{ top: 10, bottom: 10 }, { top: 20, bottom: 50 }], 15)).toBe(0);
  });

  it('activeStep does not mutate the boxes', () => {
    const frozen = Object.freeze(boxes.map((b) => Object.freeze({ ...b })));
    activeStep(frozen, 200);
    expect(frozen).toEqual(boxes);
  });

  it.each([
    ['boxes out of document order', [{ top: 100, bottom: 200 }, { top: 0, bottom: 50 }], 10],
    ['a NaN trigger line', boxes, Number.NaN],
    ['a box with a NaN edge', [{ top: Number.NaN, bottom: 10 }], 5],
  ])('activeStep throws a RangeError for %s', (_, stepBoxes, triggerY) => {
    expect(() => activeStep(stepBoxes, triggerY)).toThrow(RangeError);
  });
});
