/**
 * Turns one chart's markup into another's in place: the live graphic shows a step by making its
 * chart the same as that step's prerendered figure, keeping every element the two states share, so
 * that CSS transitions move and recolour the marks (a seat keeps its element from one state to the
 * next) instead of a new chart replacing the old one. The result is always exactly `target`'s markup.
 *
 * Children are paired in order by their tag and first class ("circle seat", "text label"): a child
 * of `target` takes the next unpaired child of `live` with the same signature, later unpaired ones
 * are dropped and missing ones cloned in. Text is copied; attributes are set, changed or removed.
 *
 *   morph(liveSvg, stepFigureSvg); liveSvg.outerHTML === stepFigureSvg.outerHTML // → true
 */
export function morph(live: Element, target: Element): void {
  syncAttributes(live, target);
  syncChildren(live, target);
}

function syncAttributes(live: Element, target: Element): void {
  for (const name of live.getAttributeNames()) if (!target.hasAttribute(name)) live.removeAttribute(name);
  for (const name of target.getAttributeNames()) {
    const value = target.getAttribute(name)!;
    if (live.getAttribute(name) !== value) live.setAttribute(name, value);
  }
}

/** "circle seat" for `<circle class="seat p-CPP">`, "#text" for a text node. */
function signature(node: Node): string {
  if (node.nodeType !== 1) return node.nodeName;
  const el = node as Element;
  return `${el.tagName} ${(el.getAttribute('class') ?? '').split(' ', 1)[0]}`;
}

function syncChildren(live: Element, target: Element): void {
  // Comments carry nothing a reader sees: they go first, so that the children left are the ones paired.
  for (const n of [...live.childNodes]) if (n.nodeType !== 1 && n.nodeType !== 3) live.removeChild(n);
  // Invariant: the children already synced come first, in order, then old[from…], not yet visited.
  const old = [...live.childNodes];
  let from = 0;
  for (const want of target.childNodes) {
    if (want.nodeType !== 1 && want.nodeType !== 3) continue;
    const sig = signature(want);
    let match = from;
    while (match < old.length && signature(old[match]!) !== sig) match++;
    if (match < old.length) {
      // Unpaired children skipped on the way are dropped.
      for (let i = from; i < match; i++) live.removeChild(old[i]!);
      from = match + 1;
      const node = old[match]!;
      if (want.nodeType === 3) {
        if (node.nodeValue !== want.nodeValue) node.nodeValue = want.nodeValue;
      } else {
        morph(node as Element, want as Element);
      }
    } else {
      live.insertBefore(want.cloneNode(true), old[from] ?? null);
    }
  }
  for (let i = from; i < old.length; i++) live.removeChild(old[i]!);
}
