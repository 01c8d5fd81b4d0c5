/** What a DataProblem may add to file, path and message: where the value sits, what it belongs to, how to fix it. */
export type ProblemDetails = {
  /** 1-based line and column of the value in the file, when known. */
  line?: number;
  column?: number;
  /** The item the path points into, e.g. 'event "sworn-in"', so that a reader need not count list items. */
  item?: string;
  /** How to fix it, e.g. 'did you mean "vna-talks-fail"?'. */
  hint?: string;
};

/**
 * One problem found in the dataset: which file, where in it, what is wrong, and how to fix it.
 * `toString()` gives the one-line message printed by `check:data`, the build and the dev server:
 *
 *   data/election.json:397:9: constituencies[0].seats.CNRP (constituency "phnom-penh"): expected a whole number ≥ 0, found "three"
 *
 * `file:line:column:` first, as compilers write it, so editors and terminals can jump there.
 */
export class DataProblem {
  constructor(
    /** The file as the reader named it, e.g. "data/election.json" (or "/tmp/copy/election.json" with --data). */
    readonly file: string,
    /** The JSON path inside the file, e.g. "constituencies[4].seats.CNRP"; "" for a problem of the whole text. */
    readonly where: string,
    /** What was expected and what was found. */
    readonly message: string,
    readonly details: ProblemDetails = {},
  ) {}

  /** The same problem with more details (position, item, hint); existing details win. */
  with(details: ProblemDetails): DataProblem {
    return new DataProblem(this.file, this.where, this.message, { ...details, ...this.details });
  }

  /** "file: where: message", without position or hint: stable wording for tests and summaries. */
  get summary(): string {
    const where = this.where || (this.details.line ? `line ${this.details.line}, column ${this.details.column}` : '(file)');
    return oneLine(`${this.file}: ${where}: ${this.message}`);
  }

  /** One line, always: control characters in what was found are shown escaped. */
  toString(): string {
    const { line, column, item, hint } = this.details;
    const at = line ? `${this.file}:${line}:${column}:` : `${this.file}:`;
    const where = this.where ? ` ${this.where}${item ? ` (${item})` : ''}:` : '';
    return oneLine(`${at}${where} ${this.message}${hint ? `. ${hint.charAt(0).toUpperCase()}${hint.slice(1)}` : ''}`);
  }
}

function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
