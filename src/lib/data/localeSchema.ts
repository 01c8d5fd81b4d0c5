/**
 * The shape of a translation of the story, `data/locales/<code>.json`: one file per language.
 * Each string is kept beside the English it translates (`en`), so that when the English changes
 * after the translation, `check:data` can say so and the page can show the new English instead
 * of a stale translation. Figures, dates and sources stay tokens (`{seats:CPP}`), never retyped.
 *
 *   { "locale": "km", "language": "ខ្មែរ", "status": "draft",
 *     "strings": { "copy.headline": { "en": "The election that …", "text": "ការបោះឆ្នោត …" } } }
 *
 * @module
 */
import { z } from 'zod';

const expected = (what: string) => ({ error: `expected ${what}` });
const text = z.string(expected('text')).refine((v) => v.trim() !== '', expected('non-empty text'));
const isoDate = z.string(expected('a date written YYYY-MM-DD')).regex(/^\d{4}-\d{2}-\d{2}$/, expected('a date written YYYY-MM-DD'));

/** One translated text and the English it was translated from. */
const translatedString = z.strictObject(
  {
    en: z.string(expected('the English this translates, as it was when translated')).describe('The English this text translates, as it was when it was translated: check:data compares it with the English of today.'),
    text: z.string(expected('the translation (empty while not yet translated)')).describe('The translation. Keep every {token} and every [cited phrase]{source-id} of the English.'),
  },
  expected('an object with "en" and "text"'),
);

/** The zod schema of a translation file; `npm run schema` writes it to data/schema/locale.schema.json. */
export const localeSchema = z
  .strictObject(
    {
      $schema: z.string().optional(),
      locale: z.string(expected('a language code such as "km"')).regex(/^[a-z]{2,3}$/, expected('a two- or three-letter language code such as "km"')).describe('The language code: the page is written to dist/<locale>/ and marked lang="<locale>".'),
      language: text.describe('The language’s name in itself, for the language switch: "ខ្មែរ".'),
      status: z.enum(['draft', 'reviewed'], expected('"draft" or "reviewed"')).describe('"draft" until a reviewer who reads the language has checked the whole translation; a draft page says so.'),
      reviewed: z
        .strictObject({ by: text.describe('Who reviewed the translation.'), on: isoDate.describe('When.') }, expected('an object with "by" and "on"'))
        .optional()
        .describe('Who reviewed the translation and when: required once status is "reviewed".'),
      keepLatin: z.array(text, expected('a list of words')).optional().describe('Latin-script words the translation keeps on purpose (besides party acronyms and publishers’ names), e.g. "Facebook".'),
      strings: z.record(z.string(), translatedString, expected('an object of translated strings by key')).describe('Every text of the story by key (copy.headline, timeline.events[rainsy-pardon].title, …).'),
    },
    expected('an object with "locale", "language", "status" and "strings"'),
  )
  .superRefine((l, ctx) => {
    // Located at "status" (a line the editor can jump to), and found: nothing, the field is missing.
    if (l.status === 'reviewed' && l.reviewed === undefined)
      ctx.addIssue({ code: 'custom', path: ['status'], input: undefined, message: 'expected, beside "status": "reviewed", who reviewed the translation and when: "reviewed": { "by": "Name Surname", "on": "YYYY-MM-DD" }' });
  });

/** A translation file once validated. */
export type Locale = z.infer<typeof localeSchema>;
