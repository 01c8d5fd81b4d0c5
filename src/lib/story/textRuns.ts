/**
 * Splits a line set in a ShapedFont into the runs it is measured and drawn in: each run in one font
 * and, in the shaped font, in one script, because a shaper sets a run in a single script (guessed
 * from its first letter) and would not reorder the Khmer after a Latin word.
 *
 * @module
 */
import type { FontWidths, ShapedFont } from './measureText.ts';
import { clusters } from './wrapWords.ts';

/** A run of a line: its text and the font it is set in (the shaped font, or its fallback). */
export type TextRun = { text: string; font: ShapedFont | FontWidths };

/** Where a cluster would go by its script: the shaped font's letters, another script's letters, or neither (spaces, digits, punctuation, which go with their neighbours). */
type Side = 'own' | 'other' | 'neutral';

const scripts = new Map<string, RegExp>();
/** \p{Script=…} for a script name, compiled once. */
function scriptPattern(script: string): RegExp {
  let pattern = scripts.get(script);
  if (!pattern) scripts.set(script, (pattern = new RegExp(`^\\p{Script=${script}}`, 'u')));
  return pattern;
}

const known = new WeakMap<ShapedFont, Map<string, TextRun[]>>();

/**
 * The runs of `text` in `font` (remembered: fitting a headline splits the same lines at every size): the letters of the font's script in the font, letters of other
 * scripts (the Latin of "CPP") in its fallback; spaces, digits and punctuation go with the letters
 * before them (at the start of a line, with those after), in the shaped font only if it has them.
 * Clusters are never split (wrapWords' clusters), and a cluster the font lacks a character of goes
 * whole to the fallback.
 *
 *   textRuns('CPP ៦៨ ចូលកាន់អាសនៈ', notoSansKhmer).map((r) => r.text) // → ['CPP ', '៦៨ ចូលកាន់អាសនៈ'] (Source Sans 3, then Noto Sans Khmer)
 */
export function textRuns(text: string, font: ShapedFont): TextRun[] {
  let byText = known.get(font);
  if (!byText) known.set(font, (byText = new Map()));
  let runs = byText.get(text);
  if (!runs) byText.set(text, (runs = splitRuns(text, font)));
  return runs.map((run) => ({ ...run }));
}

/** textRuns, worked out. */
function splitRuns(text: string, font: ShapedFont): TextRun[] {
  const own = scriptPattern(font.script);
  const pieces = clusters(text);
  const sides: Side[] = pieces.map((c) => (own.test(c) ? 'own' : /^\p{L}/u.test(c) ? 'other' : 'neutral'));
  // Neutral clusters take the side of the letters before them, or else of those after.
  let before: Side | undefined;
  const resolved = sides.map((side) => (side === 'neutral' ? before : (before = side)));
  let after: Side = 'own';
  for (let i = resolved.length - 1; i >= 0; i--) {
    if (sides[i] !== 'neutral') after = sides[i]!;
    else if (resolved[i] === undefined) resolved[i] = after;
  }
  const runs: TextRun[] = [];
  pieces.forEach((piece, i) => {
    const drawn = resolved[i] === 'own' && [...piece].every((ch) => font.has(ch.codePointAt(0) ?? 0)) ? font : font.fallback;
    const last = runs.at(-1);
    if (last && last.font === drawn) last.text += piece;
    else runs.push({ text: piece, font: drawn });
  });
  return runs;
}
