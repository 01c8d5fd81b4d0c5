/** How `wrapWords` measures text, how many lines it may use, and whether it may cut a word. */
export type WrapOptions = {
  /** Width of a piece of text, in the same unit as maxWidth. */
  measure?: (text: string) => number;
  /** At most this many lines; what does not fit is replaced by an ellipsis. */
  maxLines?: number;
  /** At least this many lines, if there are words enough (and no more than maxLines): to move a lone last word up. */
  minLines?: number;
  /** false: leave a word too wide for a line whole on a line of its own (wider than maxWidth) rather than cut it. */
  cutWords?: boolean;
};

/** A word, or a part of a word too wide for a line (`glued` to the part before it: no space between). */
type Token = { text: string; glued: boolean };

const ELLIPSIS = '…';
/** Where a word too wide for a line may break: after a hyphen or dash that follows a letter and precedes one. */
const AFTER_HYPHEN = /(?<=[^-‐–—][-‐–—]+)(?=[^-‐–—])/u;
const countCharacters = (text: string) => [...text].length;
const graphemes = (text: string) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);

/**
 * Breaks text into lines no wider than `maxWidth`, for SVG text (which does not wrap by itself).
 * Widths come from `measure` (by default one unit per character; the share image passes real glyph
 * widths). Lines break at spaces. A word wider than a line breaks after its hyphens or dashes, and
 * any part still too wide is cut between two characters, without a hyphen, into pieces of about
 * equal width. It uses as few lines as possible, then balances them, and never ends on a one-word
 * line when a break into as many lines avoids it. With `minLines` it uses at least that many lines
 * (the share image asks for one more rather than leave a word alone). With `maxLines`, text that
 * needs more lines is cut after the last word that fits and ends with "…".
 *
 *   wrapWords('From a disputed vote to stalled talks', 24)                // → ['From a disputed vote', 'to stalled talks']
 *   wrapWords('From a disputed vote to stalled talks', 16, { maxLines: 2 }) // → ['From a disputed', 'vote to stalled…']
 */
export function wrapWords(text: string, maxWidth: number, { measure = countCharacters, maxLines = Infinity, minLines = 1, cutWords = true }: WrapOptions = {}): string[] {
  const tokens = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => {
      if (measure(word) <= maxWidth) return [{ text: word, glued: false }];
      const parts = word.split(AFTER_HYPHEN).flatMap((part) => (cutWords ? cutWord(part, maxWidth, measure) : [part]));
      return parts.map((part, i) => ({ text: part, glued: i > 0 }));
    });
  if (tokens.length === 0 || maxLines < 1) return [];
  const join = (from: number, to: number) => joinTokens(tokens.slice(from, to));
  const fits = (from: number, to: number) => to - from === 1 || measure(join(from, to)) <= maxWidth;
  const oneWord = (from: number, to: number) => tokens.slice(from + 1, to).every((t) => t.glued);

  // First fit gives the fewest lines: each line takes as many tokens as fit.
  const greedy: number[] = [0];
  for (let i = 1, start = 0; i < tokens.length; i++) {
    if (fits(start, i + 1)) continue;
    greedy.push(i);
    start = i;
  }
  if (greedy.length > maxLines) return truncate(tokens.slice(0, greedy[maxLines]), greedy.slice(0, maxLines), maxWidth, measure);

  // Then, among the breaks into that many lines (or minLines, if more), the one whose lines are
  // closest to equal width (least sum of squared slack), a one-word last line costing more than any
  // slack can.
  const lines = Math.max(greedy.length, Math.min(minLines, maxLines, tokens.length));
  const orphan = (lines + 1) * maxWidth * maxWidth;
  const cost = (from: number, to: number, last: boolean) => Math.max(0, maxWidth - measure(join(from, to))) ** 2 + (last && lines > 1 && oneWord(from, to) ? orphan : 0);
  // For k = 1, 2 … lines in turn: least[i] is the least cost of setting tokens i… in k lines
  // (Infinity where they cannot be), and firstEnds[k - 1][i] where the first of those lines ends.
  let least = new Array<number>(tokens.length + 1).fill(Infinity);
  least[tokens.length] = 0;
  const firstEnds: number[][] = [];
  for (let k = 1; k <= lines; k++) {
    const row = new Array<number>(tokens.length + 1).fill(Infinity);
    const ends = new Array<number>(tokens.length + 1).fill(0);
    for (let i = tokens.length - 1; i >= 0; i--) {
      for (let j = i + 1; j <= tokens.length && fits(i, j); j++) {
        const c = cost(i, j, k === 1) + (least[j] ?? Infinity);
        if (c < (row[i] ?? Infinity)) [row[i], ends[i]] = [c, j];
      }
    }
    least = row;
    firstEnds.push(ends);
  }
  const out: string[] = [];
  let start = 0;
  for (const ends of firstEnds.reverse()) {
    const end = ends[start] ?? tokens.length;
    out.push(join(start, end));
    start = end;
  }
  return out;
}

/**
 * The word whole if it fits a line, else cut between characters into pieces of about equal width:
 * as few as fit, each no wider than a line (so none is left with a letter or two).
 */
function cutWord(word: string, maxWidth: number, measure: (text: string) => number): string[] {
  if (measure(word) <= maxWidth) return [word];
  const chars = graphemes(word);
  const split = (limit: number) => {
    const pieces: string[] = [];
    let piece = '';
    for (const g of chars) {
      if (piece && measure(piece + g) > limit) {
        pieces.push(piece);
        piece = g;
      } else piece += g;
    }
    return [...pieces, piece];
  };
  const count = split(maxWidth).length;
  // The narrowest limit that still needs no more pieces than the full width does.
  let [narrow, wide] = [measure(word) / count, maxWidth];
  for (let i = 0; i < 16; i++) {
    const mid = (narrow + wide) / 2;
    if (split(mid).length <= count) wide = mid;
    else narrow = mid;
  }
  return split(wide);
}

function joinTokens(tokens: Token[]): string {
  return tokens.map((t, i) => (i > 0 && !t.glued ? ` ${t.text}` : t.text)).join('');
}

/** The lines starting at `starts`, the last one shortened until it fits with an ellipsis after it. */
function truncate(tokens: Token[], starts: number[], maxWidth: number, measure: (text: string) => number): string[] {
  const lines = starts.map((start, k) => tokens.slice(start, starts[k + 1] ?? tokens.length));
  const last = lines.pop() ?? [];
  let text = joinTokens(last);
  // Drop whole words while the line keeps one, then characters.
  while (measure(text + ELLIPSIS) > maxWidth && last.length > 1) {
    last.pop();
    text = joinTokens(last);
  }
  const chars = graphemes(text);
  while (chars.length > 0 && measure(chars.join('') + ELLIPSIS) > maxWidth) chars.pop();
  // "again…" rather than "again.…"
  return [...lines, [{ text: chars.join('').replace(/[\s.,;:\-‐–—]+$/u, '') + ELLIPSIS, glued: false }]].map(joinTokens);
}
