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

  toString(): string {
    return `${this.file}: ${this.where}: ${this.message}`;
  }
}
