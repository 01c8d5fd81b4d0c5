/**
 * Follows the reader's scroll on a top-level page: scrollama fires as each step crosses the
 * trigger line, and the pure `activeStep` re-checks the geometry after jumps (reload mid-page,
 * anchors, fast flings, resizes) so that no step is ever missed. Returns a function that stops it.
 *
 *   const stop = watchSteps(stepElements, (index) => (active = index), { offset: 0.5 });
 */
import scrollama from 'scrollama';
import { activeStep } from './activeStep.ts';

export function watchSteps(steps: HTMLElement[], onStep: (index: number) => void, opts: { offset: number }): () => void {
  const resync = () => {
    const boxes = steps.map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    onStep(Math.max(0, activeStep(boxes, window.innerHeight * opts.offset)));
  };
  const scroller = scrollama();
  // scrollama's index.d.ts is stale: it types offset as one-decimal literals (0.1, 0.2 …).
  scroller.setup({ step: steps, offset: opts.offset as 0.5 }).onStepEnter(({ index }) => onStep(index));
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(resync);
  };
  addEventListener('scrollend', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  addEventListener('hashchange', schedule);
  resync();
  return () => {
    scroller.destroy();
    cancelAnimationFrame(frame);
    removeEventListener('scrollend', schedule);
    removeEventListener('resize', schedule);
    removeEventListener('hashchange', schedule);
  };
}
