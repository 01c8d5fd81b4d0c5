/**
 * Work a page can leave until it has loaded: `afterLoad(f)` runs `f` in a task of its own once
 * the load event has passed and the browser is idle (or after `timeout` ms at the latest), so that
 * it never lengthens a task of the page's loading. Returns a function that cancels it.
 *
 *   afterLoad(() => footer.style.contentVisibility = 'visible');
 */
export function afterLoad(f: () => void, { timeout = 2000 }: { timeout?: number } = {}): () => void {
  let cancelled = false;
  let idle = 0;
  const whenIdle = () => {
    if (cancelled) return;
    idle = window.requestIdleCallback
      ? window.requestIdleCallback(() => cancelled || f(), { timeout })
      : window.setTimeout(() => cancelled || f(), 200);
  };
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
  return () => {
    cancelled = true;
    removeEventListener('load', whenIdle);
    if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
    else clearTimeout(idle);
  };
}
