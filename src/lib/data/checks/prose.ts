/**
 * Every prose field of every file: numbers are tokens or quotations, tokens resolve, sources exist.
 *
 * @module
 */
import { figureCatalogue, tokensFor } from '../../copy/figureCatalogue.ts';
import { figureKeys, resolveFigure } from '../../copy/resolveFigure.ts';
import { EARLIER_VERSION, parseCopyText } from '../../copy/parseCopyText.ts';
import { formatPath } from '../formatPath.ts';
import { nearest } from '../nearest.ts';
import { proseFields } from '../proseFields.ts';
import type { Dataset } from '../types.ts';
import { didYouMean, type Add } from './add.ts';

/**
 * Every prose field of every file: a number is a figure token or inside a cited phrase, every
 * token resolves, every cited source exists, and no brace is left over.
 */
export function checkProse(data: Partial<Dataset>, add: Add) {
  const canResolve = data.election && data.timeline && data.meetings;
  const full = canResolve ? (data as Dataset) : undefined;
  const catalogue = full ? figureCatalogue(full) : [];
  const knownTokens = catalogue.map((f) => f.token);
  const sourceIds = data.sources ? new Set(data.sources.sources.map((s) => s.id)) : undefined;
  for (const name of ['sources', 'election', 'timeline', 'meetings', 'people', 'copy', 'corrections'] as const) {
    const json = data[name];
    if (!json) continue;
    for (const field of proseFields(name, json)) {
      const where = formatPath(field.path);
      for (const token of parseCopyText(field.text)) {
        if (token.kind === 'figure') {
          if (!full) {
            // The data the token needs is broken; its name can still be checked.
            const keys = figureKeys.map((k) => k.split(':')[0] ?? k);
            if (!keys.includes(token.key)) add(name, where, `expected a figure token listed in the README, found ${token.raw}`, didYouMean(token.key, keys));
            continue;
          }
          const r = resolveFigure(full, token.key, token.args);
          if ('error' in r) {
            const known = (figureKeys as readonly string[]).some((k) => k.split(':')[0] === token.key);
            const guess = nearest(token.raw, knownTokens);
            add(name, where, known ? `${r.error} (in ${token.raw})` : `expected a figure token listed in the README, found ${token.raw}`, guess ? { hint: `did you mean ${guess}?` } : {});
          }
        } else if (token.kind === 'cite') {
          if (!sourceIds) continue;
          token.sources.forEach((id) => {
            if (id === EARLIER_VERSION && name === 'corrections') return;
            if (id === EARLIER_VERSION) add(name, where, `expected the id of a source listed in data/sources.json, found "${id}" (in ${token.raw})`, { hint: 'only a correction (data/corrections.json) may quote the earlier version of this page' });
            else if (!sourceIds.has(id)) add(name, where, `expected the id of a source listed in data/sources.json, found "${id}" (in ${token.raw})`, didYouMean(id, sourceIds));
          });
        } else {
          const digits = /\d[\d,.]*/.exec(token.text);
          if (digits) {
            const suggestions = tokensFor(catalogue, field.text, digits[0]);
            add(name, where, `expected every number to be a figure such as {seats:CPP} or a cited phrase such as [six months]{source-id}, found "${digits[0]}" in plain text`, {
              hint: suggestions.length
                ? `write ${suggestions.join(' or ')}, which the build fills in from the data; or, for what a source said, quote it: [the words]{source-id}`
                : `write a figure token (the README lists them), or quote the source that says it: [the words]{source-id}`,
            });
          }
          const brace = /[{}]/.exec(token.text);
          if (brace) add(name, where, `expected a figure such as {seats:CPP}, found a stray "${brace[0]}"`, { hint: 'a figure token is written {name} or {name:argument}, with no spaces; close every {' });
        }
      }
    }
  }
}
