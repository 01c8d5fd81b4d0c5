import { DataProblem } from './DataProblem.ts';
import { checkCopy } from './checks/copy.ts';
import { checkDates } from './checks/dates.ts';
import { checkElections } from './checks/elections.ts';
import { checkSeatsAndVotes } from './checks/figures.ts';
import { checkProse } from './checks/prose.ts';
import { checkIds, checkReferences } from './checks/references.ts';
import type { Add } from './checks/add.ts';
import type { DataFileName, Dataset } from './types.ts';

/**
 * Checks what types cannot: that the figures of the dataset agree with each other, that every
 * reference (source, party, person, event, conflict, figure token) points at something that
 * exists, and that no prose field holds a number typed by hand.
 *
 * It works on whatever files passed their schema: a broken file does not hide the problems of the
 * others. Each check runs when the files it needs are there.
 *
 *   checkConsistency({ election, timeline, … }) // → [] when all is well, else a DataProblem per disagreement
 */
export function checkConsistency(data: Partial<Dataset>, fileName: (name: DataFileName) => string = (n) => `data/${n}.json`): DataProblem[] {
  const problems: DataProblem[] = [];
  // Messages that mention another file name it in the folder actually read, as the problem's own file is.
  const inFolder = (message: string) => message.replace(/\bdata\/(sources|election|timeline|meetings|people|copy|corrections)\.json\b/g, (_, name: DataFileName) => fileName(name));
  const add: Add = (name, where, message, details) =>
    problems.push(new DataProblem(fileName(name), where, inFolder(message), details?.hint ? { ...details, hint: inFolder(details.hint) } : details));
  checkIds(data, add);
  // Without a complete story election the checks below could only cascade: check it alone.
  const usable = checkElections(data, add) ? data : { ...data, election: undefined };
  checkReferences(usable, add);
  checkSeatsAndVotes(usable, add);
  checkDates(usable, add);
  checkProse(usable, add);
  checkCopy(usable, add);
  return problems;
}
