/** A step's vertical extent, px, in whatever coordinates the trigger line uses. */
export type StepBox = { top: number; bottom: number };

/**
 * Which scrollytelling step is active: the last step whose top is at or above
 * the trigger line. Shared by every scrolly section.
 *
 * @example
 * const boxes = [ { top: 0, bottom: 100 }, { top: 150, bottom: 250 }, { top: 250, bottom: 400 } ];
 * activeStep(boxes, -10) // → -1 (above the first step: nothing active yet)
 * activeStep(boxes, 50)  // → 0  (inside step 0)
 * activeStep(boxes, 120) // → 0  (in the gap after step 0: keep the previous step)
 * activeStep(boxes, 250) // → 2  (on a shared edge: the later step has started)
 * activeStep(boxes, 999) // → 2  (below the last step: keep the last step)
 * activeStep([], 50)     // → -1
 *
 * Rules:
 * - `stepBoxes` are the steps' boxes in document order (tops non-decreasing), in the
 *   same coordinate space as `triggerY` (e.g. both relative to the viewport, or both
 *   page coordinates). Unsorted input is a caller bug and throws.
 * - A box contains the line when top ≤ triggerY < bottom.
 * - Above the first step's top → -1; in a gap between steps → the previous step;
 *   below the last step's bottom → the last step.
 *
 * @throws RangeError if `triggerY` or a box edge is not finite, or tops are out of order.
 */
export function activeStep(stepBoxes: readonly StepBox[], triggerY: number): number {
  if (!Number.isFinite(triggerY)) {
    throw new RangeError(`activeStep: triggerY must be a finite number, got ${triggerY}`);
  }
  let active = -1;
  for (let i = 0; i < stepBoxes.length; i++) {
    // Both `!` below hold: the loop keeps i < stepBoxes.length, and i − 1 is read only when i > 0.
    const { top, bottom } = stepBoxes[i]!;
    if (!Number.isFinite(top) || !Number.isFinite(bottom)) {
      throw new RangeError(`activeStep: box ${i} has a non-finite edge (top ${top}, bottom ${bottom})`);
    }
    if (i > 0 && top < stepBoxes[i - 1]!.top) {
      throw new RangeError(`activeStep: boxes must be in document order; box ${i} starts above box ${i - 1}`);
    }
    if (top <= triggerY) active = i;
  }
  return active;
}
