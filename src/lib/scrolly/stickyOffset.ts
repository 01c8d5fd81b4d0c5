/**
 * Where a "sticky" graphic belongs when CSS sticky cannot work (inside an auto-height iframe, whose
 * document never scrolls): how far to move it down from its natural place so that it stays at the
 * top of the visible band, without leaving its container. All values in the same coordinates.
 *
 *   stickyOffset({ bandTop: 500, naturalTop: 300, height: 400, containerBottom: 2000 }) // → 200
 *   stickyOffset({ bandTop: 100, naturalTop: 300, height: 400, containerBottom: 2000 }) // → 0 (not reached yet)
 *   stickyOffset({ bandTop: 1900, naturalTop: 300, height: 400, containerBottom: 2000 }) // → 1300 (end of its container)
 */
export function stickyOffset(g: { bandTop: number; naturalTop: number; height: number; containerBottom: number }): number {
  const max = Math.max(0, g.containerBottom - g.naturalTop - g.height);
  return Math.min(Math.max(g.bandTop - g.naturalTop, 0), max);
}
