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
  /** The text's language (lang="…"), for the word segmenter of scripts written without spaces (see UNSPACED); "km" for Khmer. */
  locale?: string;
};

/**
 * A word, or a part of a word too wide for a line: `glued` to the token before it (no space
 * between: a piece of a cut word, or the next word of a script written without spaces), and
 * `word` if it starts a word of its own (a piece of a cut word does not).
 */
type Token = { text: string; glued: boolean; word: boolean };

const ELLIPSIS = '…';
/** Where a line may break between words: white space, but not a no-break space (U+00A0, U+2007, U+202F), which keeps a name such as ហ៊ុន\u00a0សែន on one line. */
const BREAKING_SPACE = /[^\S\u00a0\u2007\u202f]+/u;
const NO_BREAK_AT_END = /[\u00a0\u2007\u202f]$/u;
/** Where a word too wide for a line may break: after a hyphen or dash that follows a letter and precedes one. */
const AFTER_HYPHEN = /(?<=[^-‐–—][-‐–—]+)(?=[^-‐–—])/u;
const countCharacters = (text: string) => [...text].length;

/**
 * Scripts written without spaces between words (Khmer, Thai, Lao, Myanmar): a run of them is broken
 * at the word boundaries Intl.Segmenter finds with its dictionaries (ICU's; Node 20's has Khmer's).
 * Where a runtime's ICU has none, a run comes back as one word, and one too wide for a line is cut
 * between clusters like any over-long word.
 */
const UNSPACED = /[\p{Script=Khmer}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}]/u;
/** A sign that stacks the next consonant under the one before it (Khmer coeng, Myanmar virama): never the end of a piece. */
const STACKER = /[\u17D2\u1039]$/u;
/** What may not start a piece: a combining mark (a vowel sign, a subscript's sign) or a joiner belongs to the character before it. */
const ATTACHED = /^[\p{M}\u200C\u200D]/u;
/** Punctuation that opens (quotes, brackets): it goes with the word after it. */
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;

const segmenters = new Map<string, Intl.Segmenter>();
/** Intl.Segmenter by locale and granularity, made once each. */
function segmenter(locale: string | undefined, granularity: 'grapheme' | 'word'): Intl.Segmenter {
  const key = `${locale ?? ''} ${granularity}`;
  let s = segmenters.get(key);
  if (!s) segmenters.set(key, (s = new Intl.Segmenter(locale, { granularity })));
  return s;
}

/** Pieces of text joined again wherever a break would fall inside a cluster: after a coeng, or before a mark. */
function keepClusters(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.length - 1;
    if (last >= 0 && (STACKER.test(out[last]!) || ATTACHED.test(piece))) out[last] += piece;
    else out.push(piece);
  }
  return out;
}

/**
 * The clusters of a text, the smallest pieces it may be cut into: its grapheme clusters, never
 * separating a vowel sign from its base nor a Khmer coeng (U+17D2) from the consonant it stacks.
 *
 *   clusters('ស្ទើរ') // → ['ស្ទើ', 'រ']
 */
export function clusters(text: string, locale?: string): string[] {
  return keepClusters(Array.from(segmenter(locale, 'grapheme').segment(text), (s) => s.segment));
}

/**
 * The words of a run of text without spaces, as Intl.Segmenter finds them: punctuation stays with
 * the word before it (an opening quote with the word after it), and no word boundary falls inside
 * a cluster. A run of a script with spaces is one word.
 *
 *   unspacedWords('និងអ្វីដែលកើតឡើង។', 'km') // → ['និង', 'អ្វី', 'ដែល', 'កើតឡើង។']
 */
export function unspacedWords(run: string, locale?: string): string[] {
  if (!UNSPACED.test(run)) return [run];
  const words: string[] = [];
  let opening = '';
  for (const { segment, isWordLike } of segmenter(locale, 'word').segment(run)) {
    if (isWordLike || words.length === 0) {
      if (OPENING.test(segment)) opening += segment;
      else {
        words.push(opening + segment);
        opening = '';
      }
    } else if (OPENING.test(segment)) opening += segment;
    else words[words.length - 1] += segment;
  }
  if (opening) words.push(opening);
  // A word followed by a no-break space stays with the word after it.
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length > 0 && NO_BREAK_AT_END.test(kept[kept.length - 1]!)) kept[kept.length - 1] += word;
    else kept.push(word);
  }
  return keepClusters(kept);
}

/**
 * How many words a line has: its words between spaces, each run of a script written without
 * spaces counted by its words (unspacedWords).
 *
 *   countWords('vote to stalled talks')      // → 4
 *   countWords('អ្វីដែលកើតឡើង', 'km')         // → 3
 */
export function countWords(line: string, locale?: string): number {
  return line
    .split(BREAKING_SPACE)
    .filter(Boolean)
    .reduce((n, run) => n + unspacedWords(run, locale).length, 0);
}

/**
 * Breaks text into lines no wider than `maxWidth`, for SVG text (which does not wrap by itself).
 * Widths come from `measure` (by default one unit per character; the share image passes real glyph
 * widths). Lines break at spaces, and inside a run of a script written without spaces (Khmer) at
 * its word boundaries (unspacedWords), never inside a cluster. A word wider than a line breaks
 * after its hyphens or dashes, and any part still too wide is cut between two clusters (clusters),
 * without a hyphen, into pieces of about equal width. It uses as few lines as possible, then balances them, and never ends on a one-word
 * line when a break into as many lines avoids it. With `minLines` it uses at least that many lines
 * (the share image asks for one more rather than leave a word alone). With `maxLines`, text that
 * needs more lines is cut after the last word that fits and ends with "…".
 *
 *   wrapWords('From a disputed vote to stalled talks', 24)                // → ['From a disputed vote', 'to stalled talks']
 *   wrapWords('From a disputed vote to stalled talks', 16, { maxLines: 2 }) // → ['From a disputed', 'vote to stalled…']
 *   wrapWords('ការបោះឆ្នោតដែលស្ទើរតែ', 12, { locale: 'km' })                // → ['ការបោះឆ្នោត', 'ដែលស្ទើរតែ']
 */
export function wrapWords(text: string, maxWidth: number, { measure = countCharacters, maxLines = Infinity, minLines = 1, cutWords = true, locale }: WrapOptions = {}): string[] {
  const tokens: Token[] = text
    .split(BREAKING_SPACE)
    .filter(Boolean)
    .flatMap((run) =>
      unspacedWords(run, locale).flatMap((word, w) => {
        if (measure(word) <= maxWidth) return [{ text: word, glued: w > 0, word: true }];
        const parts = word.split(AFTER_HYPHEN).flatMap((part) => (cutWords ? cutWord(part, maxWidth, measure, locale) : [part]));
        return parts.map((part, i) => ({ text: part, glued: w > 0 || i > 0, word: i === 0 }));
      }),
    );
  if (tokens.length === 0 || maxLines < 1) return [];
  const join = (from: number, to: number) => joinTokens(tokens.slice(from, to));
  const fits = (from: number, to: number) => to - from === 1 || measure(join(from, to)) <= maxWidth;
  const oneWord = (from: number, to: number) => tokens.slice(from + 1, to).every((t) => !t.word);

  // First fit gives the fewest lines: each line takes as many tokens as fit.
  const greedy: number[] = [0];
  for (let i = 1, start = 0; i < tokens.length; i++) {
    if (fits(start, i + 1)) continue;
    greedy.push(i);
    start = i;
  }
  if (greedy.length > maxLines) return truncate(tokens.slice(0, greedy[maxLines]), greedy.slice(0, maxLines), maxWidth, measure, locale);

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
 * The word whole if it fits a line, else cut between clusters into pieces of about equal width:
 * as few as fit, each no wider than a line (so none is left with a letter or two).
 */
function cutWord(word: string, maxWidth: number, measure: (text: string) => number, locale: string | undefined): string[] {
  if (measure(word) <= maxWidth) return [word];
  const chars = clusters(word, locale);
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
function truncate(tokens: Token[], starts: number[], maxWidth: number, measure: (text: string) => number, locale: string | undefined): string[] {
  const lines = starts.map((start, k) => tokens.slice(start, starts[k + 1] ?? tokens.length));
  const last = lines.pop() ?? [];
  let text = joinTokens(last);
  // Drop whole words while the line keeps one, then characters.
  while (measure(text + ELLIPSIS) > maxWidth && last.length > 1) {
    last.pop();
    text = joinTokens(last);
  }
  const chars = clusters(text, locale);
  while (chars.length > 0 && measure(chars.join('') + ELLIPSIS) > maxWidth) chars.pop();
  // "again…" rather than "again.…" (and "…ឡើង…" rather than "…ឡើង។…")
  return [...lines, [{ text: chars.join('').replace(/[\s.,;:\-‐–—។៕៖]+$/u, '') + ELLIPSIS, glued: false, word: true }]].map(joinTokens);
}
