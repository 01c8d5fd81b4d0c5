/**
 * How an edition of the story writes numbers and dates: English as the story always has
 * (format.ts), and any other language through `Intl` in that language with its own digits
 * (Khmer: ៦៨ for 68, the locale's grouping and decimal marks, Khmer month names). Presentation
 * only: no dataset, no copy tokens. The CSV downloads keep machine-readable digits whatever the
 * edition.
 *
 *   formatsFor('km').number(9675454)   // → "៩.៦៧៥.៤៥៤"
 *   formatsFor('km').date('2013-07-28') // → "២៨ កក្កដា ២០១៣"
 *   formatsFor('en').months(7)          // → "seven months"
 *
 * @module
 */
import { formatDate, formatDay, formatNumber, formatPartialDate, formatPercent, formatShortDate, MONTHS } from './format.ts';

/** How one edition writes each kind of number and date. */
export type Formats = {
  /** The language code, as in lang="…". */
  lang: string;
  /** A whole number with the language's grouping: 9,675,454 · ៩.៦៧៥.៤៥៤ */
  number(value: number): string;
  /** A percentage with a fixed number of decimals (1 unless given): 48.8% · ៤៨,៨% */
  percent(value: number, decimals?: number): string;
  /** A full date from YYYY-MM-DD: 28 July 2013 · ២៨ កក្កដា ២០១៣ */
  date(iso: string): string;
  /** A date without its year: 28 July · ២៨ កក្កដា */
  day(iso: string): string;
  /** A short date for chart labels: 28 Jul · ២៨ កក្កដា */
  shortDate(iso: string): string;
  /** A date known to the day, the month or the year: March 2014 · មីនា ២០១៤ */
  partialDate(value: string): string;
  /** A year, ungrouped: 2013 · ២០១៣ */
  year(value: string | number): string;
  /** A small count as the prose writes it: eight · ៨ */
  count(value: number): string;
  /** A number of months: seven months · ៧ ខែ */
  months(value: number): string;
  /** A number with a fixed number of decimals, ungrouped: 6.5 · ៦,៥ */
  decimal(value: number, decimals: number): string;
  /** A month's short name for an axis, from YYYY-MM-DD: Jul · កក្កដា */
  month(iso: string): string;
};

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The English edition: format.ts, as the story has always written. */
export const englishFormats: Formats = {
  lang: 'en',
  number: formatNumber,
  percent: formatPercent,
  date: formatDate,
  day: formatDay,
  shortDate: formatShortDate,
  partialDate: formatPartialDate,
  year: (value) => String(value),
  count: (value) => WORDS[value] ?? String(value),
  months: (value) => `${WORDS[value] ?? value} month${value === 1 ? '' : 's'}`,
  decimal: (value, decimals) => value.toFixed(decimals),
  month: (iso) => MONTHS[Number(iso.slice(5, 7)) - 1]?.slice(0, 3) ?? '',
};

/** A date at noon UTC, so no time zone moves it to the day before or after. */
const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00Z`);

/** Numbers and dates through `Intl` in `lang`, in the language's own digits where it has them (Khmer: khmr). */
function intlFormats(lang: string, numberingSystem: string): Formats {
  const locale = `${lang}-u-nu-${numberingSystem}`;
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const ungrouped = new Intl.NumberFormat(locale, { useGrouping: false });
  const percents = new Map<number, Intl.NumberFormat>();
  const dates = {
    full: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    day: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
    short: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    monthOnly: new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
  };
  const months = new Intl.NumberFormat(locale, { style: 'unit', unit: 'month', unitDisplay: 'long' });
  return {
    lang,
    number: (value) => whole.format(value),
    percent(value, decimals = 1) {
      let f = percents.get(decimals);
      if (!f) percents.set(decimals, (f = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
      return f.format(value / 100);
    },
    date: (iso) => dates.full.format(utc(iso)),
    day: (iso) => dates.day.format(utc(iso)),
    shortDate: (iso) => dates.short.format(utc(iso)),
    partialDate: (value) => (value.length === 10 ? dates.full.format(utc(value)) : value.length === 7 ? dates.month.format(utc(`${value}-01`)) : ungrouped.format(Number(value))),
    year: (value) => ungrouped.format(Number(value)),
    count: (value) => whole.format(value),
    months: (value) => months.format(value),
    decimal: (value, decimals) => new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false }).format(value),
    month: (iso) => dates.monthOnly.format(utc(iso)),
  };
}

/** The digits each language other than English writes its numbers in. */
const NUMBERING: Record<string, string> = { km: 'khmr' };

const editions = new Map<string, Formats>([['en', englishFormats]]);

/** How the edition in `lang` writes numbers and dates (made once per language). */
export function formatsFor(lang: string): Formats {
  let f = editions.get(lang);
  if (!f) editions.set(lang, (f = intlFormats(lang, NUMBERING[lang] ?? 'latn')));
  return f;
}
