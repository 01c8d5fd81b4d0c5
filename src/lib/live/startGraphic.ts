import { applyTheme, isFramed, linkToHost } from '../../embed/index.ts';
import { startScrolly } from '../scrolly/startScrolly.ts';
import { findStep, readSteps, type LiveStep } from './liveSteps.ts';
import { morph } from './morph.ts';
import { afterLoad } from './afterLoad.ts';
import { unfoldAllFigures } from './deferredFigures.ts';
import { fill, fillParts } from '../copy/placeholders.ts';

/**
 * Brings the prerendered graphic to life (src/components/Graphic.svelte draws it; nothing is
 * hydrated). The graphic shows the active step's chart by copying that step's static figure into
 * the chart's view: the first time as a copy, then by morphing it in place (src/lib/live/morph.ts),
 * so marks shared by two states move and recolour under CSS transitions. It follows the scroll
 * (src/lib/scrolly), and its controls step through the story without scrolling: previous, next,
 * show all. It starts in two tasks, each short on a slow phone: the steps and the controls at once;
 * the scroll observers and the first state after the page's next frame, after which `onLive` is
 * called; the frame's size comes with the first layout after. Returns a function that stops it.
 *
 *   startGraphic(document.querySelector('.graphic'), () => document.documentElement.classList.add('js'));
 */
export function startGraphic(graphic: HTMLElement, onLive: () => void = () => {}): () => void {
  const doc = graphic.ownerDocument;
  const steps = readSteps(doc);
  const scrollyEl = doc.querySelector<HTMLElement>('.scrolly');
  const graphicCol = doc.querySelector<HTMLElement>('.graphic-col');
  if (steps.length === 0 || !scrollyEl || !graphicCol) return () => {};
  const views = new Map([...graphic.querySelectorAll<HTMLElement>('.graphic-frame > .view')].map((v) => [v.dataset.chart ?? '', v]));
  const prev = graphic.querySelector<HTMLButtonElement>('.control.prev');
  const next = graphic.querySelector<HTMLButtonElement>('.control.next');
  const all = graphic.querySelector<HTMLButtonElement>('.control.all');
  const count = graphic.querySelector<HTMLElement>('.step-count');
  const live = graphic.querySelector<HTMLElement>('[aria-live]');
  let active = -1;
  let showAll = false;

  // The views' size, as numbers for the chart type scale (src/styles/charts.css, `.js .graphic-frame`).
  // Written when the observer reports, after a layout and before the paint (first in the frame
  // after this task): start-up neither reads a stale layout nor dirties one. Every chart inherits
  // them, so an unchanged size is not written again.
  const frame = graphic.querySelector<HTMLElement>('.graphic-frame');
  const measureFrame = () => {
    if (!frame) return;
    const { width, height } = frame.getBoundingClientRect();
    for (const [name, value] of [['--view-w', width], ['--view-h', height]] as const) {
      if (frame.style.getPropertyValue(name) !== value.toFixed(1)) frame.style.setProperty(name, value.toFixed(1));
    }
  };
  const resized = new ResizeObserver(measureFrame);
  if (frame) resized.observe(frame);

  /**
   * Draws a chart into its view ahead of time, if that view is still empty, and lays it out at
   * once: a chart's first style and layout (its text shaped, its marks placed) then happen in a
   * task of their own while the reader reads, not on top of the step change that first shows it.
   */
  function prepare(step: LiveStep | undefined) {
    const view = step && views.get(step.chart);
    const figure = view && !view.firstElementChild ? step.figure() : null;
    if (!view || !figure) return;
    view.append(figure.cloneNode(true));
    view.getBoundingClientRect(); // style and layout now, in this task
  }
  /** The first step after `i` (else before it, nearest first) whose chart is not drawn yet. */
  const nextUndrawn = (i: number, direction: 1 | -1) => {
    for (let j = i + direction; j >= 0 && j < steps.length; j += direction) if (!views.get(steps[j]!.chart)?.firstElementChild) return steps[j];
    return undefined;
  };
  /** The latest request to prepare views; stopping sets it to -1, which no request matches. */
  let pending = 0;
  let cancelPrepare = () => {};
  const prepareAround = (i: number) => {
    if (pending < 0) return;
    const ticket = ++pending;
    cancelPrepare();
    // Ahead: the next step's figure taken out of its <noscript> (so that its step only morphs) and
    // the next chart not drawn yet.
    const ahead = () => ticket === pending && (steps[i + 1]?.figure(), prepare(nextUndrawn(i, 1)));
    const behind = () => ticket === pending && prepare(nextUndrawn(i, -1));
    // The next chart ahead (readers mostly scroll down) right after this step's frame, the one
    // behind when the page is idle; the first step's, only once the page has loaded.
    if (doc.readyState !== 'complete') cancelPrepare = afterLoad(() => (ahead(), (cancelPrepare = afterLoad(behind))));
    else {
      const timer = setTimeout(() => (ahead(), (cancelPrepare = afterLoad(behind))), 0);
      cancelPrepare = () => clearTimeout(timer);
    }
  };

  /** Shows step `i`'s chart, counter and controls. */
  function show(i: number) {
    const step: LiveStep | undefined = steps[i];
    if (!step || i === active) return;
    // The server drew the first step's chart in its view: shown first, it is there as it is.
    const first = active < 0 && i === 0;
    active = i;
    Object.assign(graphic.dataset, { view: step.view, state: step.state, step: String(i + 1), stepId: step.id });
    const view = views.get(step.chart);
    const shown = view?.firstElementChild;
    const drawn = first && shown;
    const figure = view && !drawn && step.figure();
    if (view && figure) {
      if (shown) morph(shown, figure);
      else view.append(figure.cloneNode(true));
    }
    for (const [chart, v] of views) v.classList.toggle('is-active', chart === step.chart);
    for (const s of steps) s.el.classList.toggle('is-active', s === step);
    // The card's own counter, in the page's digits ("៣ / ២០" on the Khmer page).
    if (count) count.textContent = steps[i]?.el.querySelector('.step-number')?.textContent ?? `${i + 1} / ${steps.length}`;
    prev?.setAttribute('aria-disabled', String(i === 0));
    next?.setAttribute('aria-disabled', String(i === steps.length - 1));
    prepareAround(i);
  }

  /**
   * Brings step `index` to the reader. Focus stays on the button pressed, so that pressing it
   * again goes on to the next step; the step's text is announced instead (read from the page).
   */
  function go(index: number) {
    // The buttons are aria-disabled rather than disabled at the ends, so they keep focus.
    const step = steps[index];
    if (!step) return;
    show(index);
    const paragraph = step.el.querySelector('.step-card > p:not(.step-number)')?.cloneNode(true) as HTMLElement | undefined;
    paragraph?.querySelectorAll('.visually-hidden, .sentence-ref').forEach((el) => el.remove());
    // "Step 3 of 20" in the page's words (data-step-of) and digits (the card's counter).
    const [n = String(index + 1), of = String(steps.length)] = (step.el.querySelector('.step-number')?.textContent ?? '').split(' / ');
    const stepOf = fill(graphic.dataset.stepOf ?? 'Step %N% of %TOTAL%', { N: n, TOTAL: of });
    // Joined in the page's words and punctuation (data-step-announcement: "%STEP%, %HEADING%. %TEXT%", in Khmer with "។").
    // A heading or text a translated page shows in English keeps its lang="en" in the announcement.
    const inLang = (text: string, lang: string | undefined): string | Node => {
      if (!lang) return text;
      const span = doc.createElement('span');
      span.lang = lang;
      span.textContent = text;
      return span;
    };
    const words = {
      STEP: stepOf,
      HEADING: inLang(step.heading, step.el.closest('section')?.querySelector('h2')?.lang),
      TEXT: inLang(paragraph?.textContent ?? '', paragraph?.lang),
    };
    live?.replaceChildren(...fillParts(graphic.dataset.stepAnnouncement ?? '%STEP%, %HEADING%. %TEXT%', words));
    scrolly?.goTo(index);
    history.replaceState(null, '', `#${step.anchor}`);
  }

  function toggleAll() {
    showAll = !showAll;
    if (showAll) unfoldAllFigures(doc);
    doc.documentElement.classList.toggle('show-all', showAll);
    all?.setAttribute('aria-pressed', String(showAll));
    for (const label of all?.querySelectorAll<HTMLElement>('[data-when]') ?? []) label.hidden = (label.dataset.when === 'all') !== showAll;
    steps[Math.max(0, active)]?.el.scrollIntoView({ block: 'start' });
  }

  const onPrev = () => go(active - 1);
  const onNext = () => go(active + 1);
  prev?.addEventListener('click', onPrev);
  next?.addEventListener('click', onNext);
  all?.addEventListener('click', toggleAll);

  applyTheme(new URLSearchParams(location.search).get('theme'));
  let scrolly: ReturnType<typeof startScrolly> | undefined;
  let animating = 0;
  /**
   * A step the scroll brings is shown in a task of its own, right after the frame in which the
   * scrolly noticed it (its observers run in that frame): the chart's change and its first style
   * and layout then fall in the next frame, not on top of the scroll's own work. At start-up the
   * step under the reader is shown at once.
   */
  let drawing: ReturnType<typeof setTimeout> | undefined;
  const follow = (i: number) => {
    // While startScrolly measures for the first time, `scrolly` is not set yet: shown at once.
    if (!scrolly) return show(i);
    clearTimeout(drawing);
    drawing = setTimeout(() => show(i), 0);
  };
  // On a page of its own the second task waits for the page's next frame (a hidden tab's, until it
  // is shown): the scrolly's first measurements then never force the page's first layout into a task
  // of the script's (on a slow phone, with a late stylesheet, that layout alone is a long task). In a
  // frame, which the browser may not render at all while it is off screen, it starts at once: the
  // host waits for its height.
  let following = false;
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  const framed = isFramed(window);
  const nextFrame = framed ? 0 : requestAnimationFrame(() => (afterFrame = setTimeout(() => startFollowing(), 0)));
  if (framed) afterFrame = setTimeout(() => startFollowing(), 0);
  const cancelStart = () => {
    following = true;
    cancelAnimationFrame(nextFrame);
    clearTimeout(afterFrame);
  };
  const startFollowing = () => {
    if (following) return;
    cancelStart();
    // The link to a host page starts with the scrolly, so that no message of the host's is missed.
    const host = linkToHost(window);
    host.onTheme(applyTheme);
    scrolly = startScrolly({ steps: steps.map((s) => s.el), scrolly: scrollyEl, graphicCol, onStep: follow, findStep: (ref) => findStep(steps, ref), host, onMode: (mode) => mode === 'unrolled' && unfoldAllFigures(doc) });
    if (active < 0) show(0);
    onLive();
    // Transitions only once the first state is on screen: loading never animates.
    animating = requestAnimationFrame(() => (animating = requestAnimationFrame(() => graphic.classList.add('animate'))));
  };
  return () => {
    pending = -1;
    cancelPrepare();
    cancelAnimationFrame(animating);
    cancelStart();
    clearTimeout(drawing);
    scrolly?.stop();
    resized.disconnect();
    prev?.removeEventListener('click', onPrev);
    next?.removeEventListener('click', onNext);
    all?.removeEventListener('click', toggleAll);
  };
}
