/**
 * Moves label positions apart: positions in [0, height] end at least `gap` apart.
 *
 *   spreadLabels([100, 102, 50], 14, 200) // → [94, 108, 50]
 *
 * Move positions in [0, height] apart by at least `gap`, keeping their order and
 * staying in [0, height]. Returns a new array aligned with `targets`.
 * Pool-adjacent-violators: colliding labels merge into blocks placed at the mean
 * of their members' ideal block tops, clamped to the bounds.
 */
export function spreadLabels(targets: readonly number[], gap: number, height: number): number[] {
  const n = targets.length;
  const order = targets.map((target, index) => ({ index, target })).sort((a, b) => a.target - b.target || a.index - b.index);
  const result = new Array<number>(n);
  if (n === 0) return result;

  if ((n - 1) * gap > height) {
    // Not enough room: spread evenly, keeping order.
    order.forEach(({ index, target }, k) => {
      result[index] = n === 1 ? target : (height * k) / (n - 1);
    });
    return result;
  }

  /** A run of labels set `gap` apart; `members` are their indexes in `targets`, top to bottom. */
  type Block = { members: number[]; size: number; sum: number };
  const top = (b: Block) => Math.min(Math.max(b.sum / b.size, 0), height - (b.size - 1) * gap);
  const blocks: Block[] = [];
  for (const { index, target } of order) {
    blocks.push({ members: [index], size: 1, sum: target });
    for (;;) {
      const last = blocks.at(-1);
      const prev = blocks.at(-2);
      if (!last || !prev || top(prev) + prev.size * gap <= top(last)) break;
      // Merge: each member of `last` sits (prev.size + j)·gap below the block top.
      prev.sum += last.sum - last.size * prev.size * gap;
      prev.size += last.size;
      prev.members.push(...last.members);
      blocks.pop();
    }
  }

  for (const block of blocks) {
    const blockTop = top(block);
    block.members.forEach((index, j) => {
      result[index] = blockTop + j * gap;
    });
  }
  return result;
}
