/**
 * One problem found in the dataset: which file, where in it, and what is wrong.
 * `toString()` gives the one-line message printed by the build, e.g.
 * `data/election.json: constituencies[4].seats.CNRP: expected a whole number ≥ 0, found "three"`.
 */
export class DataProblem {
  constructor(
    /** The file, relative to the project, e.g. "data/election.json". */
    readonly file: string,
    /** The JSON path inside the file, e.g. "constituencies[4].seats.CNRP", or "line 3, column 5". */
    readonly where: string,
    /** What was expected and what was found. */
    readonly message: string,
  ) {}

  /** One line, always: control characters in what was found are shown escaped. */
  toString(): string {
    // eslint-disable-next-line no-control-regex
    return `${this.file}: ${this.where}: ${this.message}`.replace(/[\u0000-\u001f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
}
