/**
 * The "source" a correction quotes its old, wrong figure from: this page as it was. Only
 * corrections.json may cite it: `An earlier version said [7 of 12 seats]{earlier-version}`.
 */
export const EARLIER_VERSION = 'earlier-version';

/** A piece of copy: plain text, a figure token (`{seats:CPP}`) or a cited phrase, with the text it was written as (`raw`). */
export type CopyToken =
  | { kind: 'text'; text: string }
  | { kind: 'figure'; key: string; args: string[]; raw: string }
  | { kind: 'cite'; text: string; sources: string[]; raw: string };

const TOKEN = /\[([^\[\]]+)\]\{([a-z0-9, -]+)\}|\{([a-z0-9-]+)((?::[A-Za-z0-9-]+)*)\}/g;

/**
 * Splits a sentence of the story's copy into plain text, figure tokens and cited phrases.
 *
 * - `{seats:CPP}` is a figure: its value and its sources come from the dataset.
 * - `[nearly eight months]{vna-talks-fail}` is a phrase quoted from sources, by id.
 *
 *   parseCopyText('CPP {seats:CPP}, as [VNA put it]{vna-talks-fail}')
 *   // → [ { kind: 'text', text: 'CPP ' }, { kind: 'figure', key: 'seats', args: ['CPP'] },
 *   //      { kind: 'text', text: ', as ' }, { kind: 'cite', text: 'VNA put it', sources: ['vna-talks-fail'] } ]
 */
export function parseCopyText(text: string): CopyToken[] {
  const out: CopyToken[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const at = match.index ?? 0;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    // TOKEN matches either a cited phrase (its words and ids) or a figure (its key and arguments).
    const [raw, quoted, ids, key, keyArgs] = match;
    if (quoted !== undefined && ids !== undefined) {
      out.push({ kind: 'cite', text: quoted, sources: ids.split(',').map((s) => s.trim()).filter(Boolean), raw });
    } else if (key !== undefined) {
      out.push({ kind: 'figure', key, args: keyArgs ? keyArgs.slice(1).split(':') : [], raw });
    }
    last = at + raw.length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}
