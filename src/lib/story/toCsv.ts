/**
 * Writes rows as CSV (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled,
 * lines end in CRLF.
 *
 *   toCsv([['party', 'seats'], ['CPP', '68'], ['A "quoted", name', '0']])
 *   // → 'party,seats\r\nCPP,68\r\n"A ""quoted"", name",0\r\n'
 */
export function toCsv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  const field = (value: string | number | boolean | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
