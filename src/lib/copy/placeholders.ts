/**
 * The page's own words with blanks it fills in: `%N%`, `%TOTAL%`, `%PARTY%`, `%STEP%` … in
 * data/copy.json `ui` and `chartText` and their translations, which must keep them
 * (src/lib/data/checkTranslation.ts). One way to fill them, for the page, the charts' tables and
 * the live graphic alike.
 *
 * @module
 */

/** A placeholder: a name in capitals between two %. */
export const PLACEHOLDER = /%[A-Z]+%/g;

/**
 * The template cut at its placeholders, each replaced by its value: text, or anything else (a DOM
 * node, for words in another language). A placeholder with no value is left as it is.
 *
 *   fillParts('%STEP%, %HEADING%.', { STEP: 'Step 2 of 20', HEADING: span }) // → ['Step 2 of 20', ', ', span, '.']
 */
export function fillParts<T>(template: string, values: Readonly<Record<string, T>>): (string | T)[] {
  return template
    .split(/(%[A-Z]+%)/)
    .filter((part) => part !== '')
    .map((part) => {
      const name = /^%([A-Z]+)%$/.exec(part)?.[1];
      return name !== undefined && Object.hasOwn(values, name) ? values[name]! : part;
    });
}

/**
 * The template with its placeholders replaced by the values given.
 *
 *   fill('Step %N% of %TOTAL%', { N: '3', TOTAL: '20' }) // → 'Step 3 of 20'
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return fillParts(template, values).join('');
}
