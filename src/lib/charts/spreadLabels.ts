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
  const order = targets.map((_, i) => i).sort((a, b) => targets[a] - targets[b] || a - b);
  const result = new Array<number>(n);
  if (n === 0) return result;

  if ((n - 1) * gap > height) {
    // Not enough room: spread evenly, keeping order.
    order.forEach((index, k) => {
      result[index] = n === 1 ? targets[index] : (height * k) / (n - 1);
    });
    return result;
  }

  type Block = { start: number; size: number; sum: number };
  const top = (b: Block) => Math.min(Math.max(b.sum / b.size, 0), height - (b.size - 1) * gap);
  const blocks: Block[] = [];
  order.forEach((index, k) => {
    blocks.push({ start: k, size: 1, sum: targets[index] });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1];
      const prev = blocks[blocks.length - 2];
      if (top(prev) + prev.size * gap <= top(last)) break;
      // Merge: each member of `last` sits (prev.size + j)·gap below the block top.
      prev.sum += last.sum - last.size * prev.size * gap;
      prev.size += last.size;
      blocks.pop();
    }
  });

  for (const block of blocks) {
    const blockTop = top(block);
    for (let j = 0; j < block.size; j++) {
      result[order[block.start + j]] = blockTop + j * gap;
    }
  }
  return result;
}
