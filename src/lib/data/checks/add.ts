/**
 * What every check shares: how it reports a problem, and the "did you mean" hint.
 *
 * @module
 */
import type { ProblemDetails } from '../DataProblem.ts';
import { nearest } from '../nearest.ts';
import type { DataFileName } from '../types.ts';

/** Reports one problem: the file it is in, where in it, what is wrong, and how to fix it. */
export type Add = (name: DataFileName, where: string, message: string, details?: ProblemDetails) => void;

/** A "did you mean" hint naming the known id nearest to a misspelt one, if any is near. */
export function didYouMean(word: string, known: Iterable<string>): ProblemDetails {
  const guess = nearest(word, known);
  return guess ? { hint: `did you mean "${guess}"?` } : {};
}
