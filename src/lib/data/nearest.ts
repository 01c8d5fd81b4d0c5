/**
 * The known name closest to a misspelt one, for "did you mean …?" hints: the smallest edit
 * distance, if it is small for the word's length (at most a third of it, and at least 2).
 *
 *   nearest('vna-talk-fail', ['vna-talks-fail', 'voa-boycott']) // → "vna-talks-fail"
 *   nearest('xyz', ['vna-talks-fail'])                           // → undefined
 */
export function nearest(word: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of known) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions of one character each cost 1. */
export function editDistance(a: string, b: string): number {
  // previous[j]: the distance from the first i − 1 characters of `a` to the first j of `b`.
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = i - 1; // previous[j − 1]
    let left = i; // row[j − 1]
    const row = [left];
    for (const [k, above] of previous.slice(1).entries()) {
      left = Math.min(above + 1, left + 1, diagonal + (a[i - 1] === b[k] ? 0 : 1));
      diagonal = above;
      row.push(left);
    }
    previous = row;
  }
  return previous.at(-1) ?? a.length;
}
