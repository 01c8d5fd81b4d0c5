import { activeStep } from './activeStep.ts';
import { chooseScrollMode, type ScrollMode } from './chooseScrollMode.ts';
import { stickyOffset } from './stickyOffset.ts';
import { visibleBand } from './visibleBand.ts';
import { watchSteps } from './watchSteps.ts';

/**
 * The page's link to whatever embeds it, as far as the scrolly needs it. The caller makes it (the
 * story's side of the embed, `linkToHost(window)` in src/embed/child.ts) and hands it over:
 * `startScrolly` adds its listeners at once and stops the link when it stops.
 */
export interface HostLink {
  /** Whether the page runs inside a frame; when it does not, the rest does nothing. */
  readonly framed: boolean;
  /** Tells the host the content's height in CSS px. */
  reportHeight(height: number): void;
  /** Asks the host to scroll so that y = `offset` px of this page is at the top of its viewport. */
  requestScrollTo(offset: number): void;
  /**
   * Adds a listener for where the frame is, from a host that follows its page's scroll: the
   * frame's top in the host viewport and the viewport's height, px.
   */
  onGeometry(listener: (geometry: { top: number; viewportHeight: number }) => void): void;
  /** Adds a listener for a deep link from the host: a step id, or the number a step was first published under. */
  onStep(listener: (ref: number | string) => void): void;
  /** Stops listening and sending. */
  stop(): void;
}

/** What `startScrolly` follows, what it tells, and through which link to a host. */
export type ScrollyOptions = {
  /** The step elements, in document order. */
  steps: HTMLElement[];
  /** The element that contains the steps and the graphic (the graphic stays within it). */
  scrolly: HTMLElement;
  /** The graphic's column, the element that CSS makes sticky. */
  graphicCol: HTMLElement;
  onStep: (index: number) => void;
  /**
   * The index of the step a deep link names: a step id ("result") or the number a step was first
   * published under ("7", or 7 from the host's `data-step`); undefined when no step matches.
   */
  findStep: (ref: string | number) => number | undefined;
  onMode?: (mode: ScrollMode) => void;
  /** The link to the page that embeds this one (a top-level page has one too: it is not `framed`). */
  host: HostLink;
};

/** How long a framed child waits for a resizer or the host before choosing how to behave. */
const SETTLE_MS = 1200;

/**
 * Follows the reader through the steps in whichever situation the page finds itself (see
 * `chooseScrollMode`): a top-level page, an auto-height iframe whose host sends its geometry, a
 * fixed-height iframe that scrolls by itself, or an auto-height iframe that says nothing.
 * Calls `onStep(index)` whenever the active step changes and `onMode(mode)` when the mode does.
 *
 *   const scrolly = startScrolly({ steps, scrolly, graphicCol, onStep: (i) => (active = i), findStep, host: linkToHost(window) });
 *   scrolly.goTo(4); // brings step 5 to the reader, whatever the mode
 *   scrolly.stop();  // stops the host link too
 */
export function startScrolly(o: ScrollyOptions): { goTo: (index: number) => void; stop: () => void; mode: () => ScrollMode } {
  const root = document.documentElement;
  const narrow = () => matchMedia('(max-width: 959px)').matches;
  /**
   * The trigger line, as a share of the viewport: the step whose box holds it is active. On a wide
   * screen the middle; on a narrow one (a phone, a frame under 960 px) the middle of the band below
   * the chart (the chart holds the upper 56 %: src/styles/layout.css), where the cards are read.
   */
  const offset = () => (narrow() ? 0.78 : 0.5);
  const reduce = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
  let mode: ScrollMode = 'page';
  let stopMode: () => void = () => {};
  let geometry: { top: number; viewportHeight: number } | null = null;
  let settled = false;
  let reported = -1;
  let current = -1;
  const emit = (i: number) => {
    if (i !== current) o.onStep((current = i));
  };

  let pendingStep: number | null = null;
  const host = o.host;
  host.onGeometry((g) => {
    geometry = { top: g.top, viewportHeight: g.viewportHeight };
    if (mode !== 'host') decide();
    else followHost();
  });
  host.onStep((ref) => {
    const index = o.findStep(ref);
    if (index !== undefined) deepLink(index);
  });

  /** A deep link waits until the layout is settled (host geometry, or the settle timer). */
  function deepLink(index: number) {
    pendingStep = index;
    if (mode === 'host' || mode === 'page' || settled) flushDeepLink();
  }
  function flushDeepLink() {
    if (pendingStep === null) return;
    const index = pendingStep;
    pendingStep = null;
    requestAnimationFrame(() => goTo(index));
  }

  /** Viewport units that do not depend on the frame's own height (which follows the content). */
  const setViewportUnits = (px: number | null) => {
    for (const name of ['--vh', '--svh']) {
      if (px === null) root.style.removeProperty(name);
      else root.style.setProperty(name, `${(px / 100).toFixed(2)}px`);
    }
  };

  const docTop = (el: Element) => el.getBoundingClientRect().top + window.scrollY;
  /** The steps' boxes in document coordinates (the frame's own, inside a frame). */
  const stepBoxes = () =>
    o.steps.map((el) => {
      const top = docTop(el);
      return { top, bottom: top + el.offsetHeight };
    });

  function followHost() {
    if (!geometry) return;
    const { top, viewportHeight } = geometry;
    if (Math.abs(parseFloat(root.style.getPropertyValue('--vh')) * 100 - viewportHeight) > 1) setViewportUnits(viewportHeight);
    emit(Math.max(0, activeStep(stepBoxes(), -top + viewportHeight * offset())));
    const scrollyTop = docTop(o.scrolly);
    const shift = stickyOffset({ bandTop: -top, naturalTop: scrollyTop, height: o.graphicCol.offsetHeight, containerBottom: scrollyTop + o.scrolly.offsetHeight });
    o.graphicCol.style.transform = `translateY(${shift.toFixed(1)}px)`;
  }

  function startUnrolled(): () => void {
    const seen = new Map<Element, { top: number; bottom: number }>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const y = window.scrollY;
          seen.set(e.target, e.isIntersecting ? { top: e.intersectionRect.top + y, bottom: e.intersectionRect.bottom + y } : { top: 0, bottom: 0 });
        }
        const band = visibleBand([...seen.values()]);
        if (!band) return;
        emit(Math.max(0, activeStep(stepBoxes(), band.top + (band.bottom - band.top) * 0.5)));
      },
      { threshold: Array.from({ length: 101 }, (_, i) => i / 100) },
    );
    o.steps.forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }

  function enter(next: ScrollMode) {
    stopMode();
    stopMode = () => {};
    // Only the host and unrolled modes have styles of their own. Between the others the attribute
    // changes no layout, so it is written after the steps are measured: written before, it would
    // make the browser restyle and lay out the page a second time inside this task.
    const restyles = [root.dataset.scrollMode, next].some((m) => m === 'host' || m === 'unrolled');
    mode = next;
    if (restyles) root.dataset.scrollMode = next;
    o.graphicCol.style.removeProperty('transform');
    if (next === 'page' || next === 'frame') {
      if (next === 'frame') setViewportUnits(window.innerHeight);
      stopMode = watchSteps(o.steps, emit, { offset: offset(), scrollama: next === 'page' });
      root.dataset.scrollMode = next;
    } else if (next === 'host') {
      followHost();
      flushDeepLink();
    } else {
      setViewportUnits(Math.min(screen.height || 800, 1000));
      stopMode = startUnrolled();
    }
    o.onMode?.(next);
  }

  function decide() {
    const frameScrolls = document.documentElement.scrollHeight > window.innerHeight + 4;
    const resized = reported > 0 && Math.abs(window.innerHeight - reported) <= 2;
    const next = chooseScrollMode({ framed: host.framed, hasGeometry: geometry !== null, frameScrolls, resized, settled });
    if (next !== mode) enter(next);
  }

  function reportHeight() {
    const h = Math.ceil(document.body.getBoundingClientRect().height);
    if (Math.abs(h - reported) > 1) {
      reported = h;
      host.reportHeight(h);
    }
  }

  /**
   * Where a card brought to the reader sits, px from the top of the viewport: just below the chart
   * on a narrow screen, at 30 % on a wide one. Either way its step's box holds the trigger line.
   */
  const cardTop = (viewportHeight: number) => (narrow() ? o.graphicCol.offsetHeight + 16 : viewportHeight * 0.3);
  function goTo(index: number) {
    const el = o.steps[Math.min(Math.max(index, 0), o.steps.length - 1)];
    if (!el) return;
    const card = el.querySelector('.step-card') ?? el;
    if (mode === 'host') {
      host.requestScrollTo(Math.max(0, docTop(card) - cardTop(geometry?.viewportHeight ?? 0)));
    } else if (mode === 'unrolled') {
      host.requestScrollTo(Math.max(0, docTop(el) - 24));
    } else {
      const top = docTop(card) - cardTop(window.innerHeight);
      window.scrollTo({ top: Math.max(0, top), behavior: reduce() ? 'auto' : 'smooth' });
    }
  }

  let resizeObserver: ResizeObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopVisible = () => {};
  const onResize = () => decide();
  if (host.framed) {
    root.classList.add('framed');
    enter('unrolled');
    resizeObserver = new ResizeObserver(() => {
      reportHeight();
      if (mode === 'host') followHost();
    });
    resizeObserver.observe(document.body);
    reportHeight();
    addEventListener('resize', onResize);
    // Browsers pause off-screen cross-origin frames (no resize, no animation frames), so a resizer
    // can only be seen at work once the frame is visible: the wait starts then.
    const visible = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      visible.disconnect();
      timer = setTimeout(() => {
        settled = true;
        decide();
        flushDeepLink();
      }, SETTLE_MS);
    });
    visible.observe(document.body);
    stopVisible = () => visible.disconnect();
    const hash = /^#step-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(location.hash)?.[1];
    const index = hash === undefined ? undefined : o.findStep(/^\d+$/.test(hash) ? Number(hash) : hash);
    if (index !== undefined) deepLink(index);
  } else {
    enter('page');
  }

  return {
    goTo,
    mode: () => mode,
    stop() {
      stopMode();
      host.stop();
      resizeObserver?.disconnect();
      stopVisible();
      removeEventListener('resize', onResize);
      clearTimeout(timer);
    },
  };
}
