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
/**
 * The "source" a correction quotes its old, wrong figure from: this page as it was. Only
 * corrections.json may cite it: `An earlier version said [7 of 12 seats]{earlier-version}`.
 */
export const EARLIER_VERSION = 'earlier-version';

export type CopyToken =
  | { kind: 'text'; text: string }
  | { kind: 'figure'; key: string; args: string[]; raw: string }
  | { kind: 'cite'; text: string; sources: string[]; raw: string };

const TOKEN = /\[([^\[\]]+)\]\{([a-z0-9, -]+)\}|\{([a-z0-9-]+)((?::[A-Za-z0-9-]+)*)\}/g;

export function parseCopyText(text: string): CopyToken[] {
  const out: CopyToken[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const at = match.index ?? 0;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    if (match[1] !== undefined) {
      out.push({ kind: 'cite', text: match[1], sources: match[2].split(',').map((s) => s.trim()).filter(Boolean), raw: match[0] });
    } else {
      out.push({ kind: 'figure', key: match[3], args: match[4] ? match[4].slice(1).split(':') : [], raw: match[0] });
    }
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}
