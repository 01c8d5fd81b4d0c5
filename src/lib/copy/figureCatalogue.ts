import { figureKeys, resolveFigure } from './resolveFigure.ts';
import type { Dataset } from '../data/types.ts';

/** A figure token with its arguments filled in, and the text it gives. */
export type CatalogueEntry = { token: string; text: string };

/**
 * Every figure token the dataset can fill in, with the text it gives: for "did you mean" hints,
 * and to suggest the token for a number typed by hand ("68" → {seats:CPP}).
 *
 *   figureCatalogue(dataset).find((f) => f.token === '{seats:CPP}') // → { token: '{seats:CPP}', text: '68' }
 */
export function figureCatalogue(data: Dataset): CatalogueEntry[] {
  const e = data.election;
  const events = [...data.timeline.events, ...data.timeline.afterwards].map((ev) => ev.id);
  const argsFor: Record<string, string[][]> = {
    PARTY: e.parties.map((p) => [p.id]),
    ELECTION: e.elections.map((el) => [el.id]),
    'ELECTION:PARTY': e.elections.flatMap((el) => el.results.map((r) => [el.id, r.party])),
    CONSTITUENCY: e.constituencies.map((c) => [c.id]),
    'CONSTITUENCY:PARTY': e.constituencies.flatMap((c) => Object.keys(c.seats).map((p) => [c.id, p])),
    EVENT: events.map((id) => [id]),
    'EVENT:EVENT': [],
    N: data.meetings.meetings.map((m) => [String(m.n)]),
  };
  const out: CatalogueEntry[] = [];
  for (const pattern of figureKeys) {
    const [key = pattern, ...params] = pattern.split(':');
    const combos = params.length ? (argsFor[params.join(':')] ?? []) : [[]];
    for (const args of combos) {
      const r = resolveFigure(data, key, args);
      if (!('error' in r)) out.push({ token: `{${[key, ...args].join(':')}}`, text: r.text });
    }
  }
  return out;
}

/** Tokens whose value appears in `text` around a hand-typed number, longest match first. */
export function tokensFor(catalogue: CatalogueEntry[], text: string, digits: string): string[] {
  return catalogue
    .filter((f) => /\d/.test(f.text) && f.text.includes(digits.replace(/[.,]$/, '')) && text.includes(f.text))
    .sort((a, b) => b.text.length - a.text.length)
    .map((f) => f.token)
    .slice(0, 3);
}
