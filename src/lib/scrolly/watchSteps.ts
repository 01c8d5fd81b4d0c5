import scrollama from 'scrollama';
import { activeStep } from './activeStep.ts';

/**
 * Follows the reader's scroll on a top-level page: scrollama fires as each step crosses the
 * trigger line, and the pure `activeStep` then reads the geometry to pick the step under it —
 * also after jumps (reload mid-page, anchors, fast flings, resizes), so no step is ever missed. With `scrollama: false` (a frame
 * that scrolls by itself) the scroll events alone drive `activeStep`. Returns a function that stops it.
 *
 *   const stop = watchSteps(stepElements, (index) => (active = index), { offset: 0.5 });
 */
export function watchSteps(steps: HTMLElement[], onStep: (index: number) => void, opts: { offset: number; scrollama?: boolean }): () => void {
  const resync = () => {
    const boxes = steps.map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    onStep(Math.max(0, activeStep(boxes, window.innerHeight * opts.offset)));
  };
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(resync);
  };
  // Inside a cross-origin frame that scrolls by itself, IntersectionObserver measures against the
  // top-level viewport and ignores rootMargin, so scrollama's trigger line is wrong there: such a
  // frame follows its own scroll events instead (they fire, since the frame's document scrolls).
  const scroller = opts.scrollama === false ? null : scrollama();
  // scrollama's index.d.ts is stale: it types offset as one-decimal literals (0.1, 0.2 …).
  // scrollama says when a step crosses the line; the geometry says which step is under it, so a
  // late observer callback after a jump can never leave a stale step showing.
  scroller?.setup({ step: steps, offset: opts.offset as 0.5 }).onStepEnter(schedule).onStepExit(schedule);
  if (!scroller) addEventListener('scroll', schedule, { passive: true });
  addEventListener('scrollend', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  addEventListener('hashchange', schedule);
  resync();
  return () => {
    scroller?.destroy();
    removeEventListener('scroll', schedule);
    cancelAnimationFrame(frame);
    removeEventListener('scrollend', schedule);
    removeEventListener('resize', schedule);
    removeEventListener('hashchange', schedule);
  };
}
