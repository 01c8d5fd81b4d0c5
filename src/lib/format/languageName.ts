/**
 * A language's name in another language (Intl.DisplayNames): how the language switch and the embed
 * builder name an edition for readers who may have no font for its script.
 *
 *   languageName('km', 'en') // → 'Khmer'
 *   languageName('en', 'km') // → 'អង់គ្លេស'
 */
export function languageName(lang: string, inLanguage: string): string {
  return new Intl.DisplayNames(inLanguage, { type: 'language' }).of(lang) ?? lang;
}
