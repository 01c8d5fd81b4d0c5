import { meetingDate } from '../../lib/data/lookups.ts';
import type { Dataset, Meeting } from '../../lib/data/types.ts';
import { editionFormats } from '../../lib/copy/resolveText.ts';
import type { Formats } from '../../lib/format/formats.ts';
import { hoursFigures, lengthRange, rangeLabel } from './lengthRange.ts';

/**
 * What a meeting did with an agenda issue, as the tracker marks it: agreed in a joint statement,
 * listed as a topic for talks, raised but not agreed, or not reported (no source says).
 */
export type IssueMark = 'agreed' | 'listed' | 'raised' | 'notReported';

/** One meeting as a column of the tracker. */
export type MeetingColumn = {
  n: number;
  /** "Meeting 1". */
  title: string;
  /** The full date, for text alternatives; the day alone, and the day with a short month, printed at the top of the column. */
  date: string;
  day: string;
  shortDay: string;
  jointStatement: boolean;
  /** "Joint statement" or "No joint statement". */
  statement: string;
  /**
   * Its length as the column prints it, always in words: "4½ h", "½–2+ h, accounts differ" (the
   * range of the accounts, where they differ) or "Length not reported". Never a bar.
   */
  length: string;
  /** Whether a length was reported at all (the column prints "Length not reported" more quietly). */
  lengthReported: boolean;
  /** Each side's position at this meeting, or null when none is recorded. */
  demands: { CNRP: string; CPP: string } | null;
};

/** One agenda issue as a row of the tracker: its label and its mark at each meeting, in meeting order. */
export type IssueRow = { id: string; label: string; marks: IssueMark[] };

/**
 * The meetings chart: a tracker of the agenda issues (rows) across the meetings (columns), with a
 * row for the joint statement, each meeting's length in words, the key to the marks, and the party
 * labels of each side's positions.
 */
export type MeetingsScene = {
  meetings: MeetingColumn[];
  /** The label of the joint-statement row ("Joint statement"); its marks are `agreed` (one came out) or `raised` (none did). */
  statementLabel: string;
  rows: IssueRow[];
  /** The key: every mark with its words, in the order the key prints them. */
  key: { mark: IssueMark; label: string }[];
  /** The two sides whose positions the chart prints, with their short names. */
  sides: { party: 'CNRP' | 'CPP'; name: string }[];
};

/** The marks in the order the key lists them. */
const MARKS: readonly IssueMark[] = ['agreed', 'listed', 'raised', 'notReported'];

/**
 * A meeting's length in words, as short as a column allows, in the edition's words and digits: the
 * reported length in hours ("4½ h"), the range of the accounts when they differ ("½–2+ h, accounts
 * differ"), or "Length not reported".
 *
 *   lengthWords(meeting4, chartText, englishFormats) // → "½–2+ h, accounts differ"
 */
function lengthWords(m: Meeting, words: Dataset['copy']['chartText'], f: Formats): string {
  const range = lengthRange(m);
  if (range) return `${rangeLabel(range, words.hours, f)}, ${words.accountsDiffer}`;
  if (!m.duration) return words.lengthNotReported;
  return `${hoursFigures(f)(m.duration.hours)} ${words.hours}${m.durationConflict ? `, ${words.accountsDiffer}` : ''}`;
}

/**
 * What a meeting did with an issue: its mark in the meeting's `issues`, or "notReported" when the
 * meeting does not list the issue (the chart never infers one).
 *
 *   issueMark(meeting1, 'voter-lists') // → "agreed"
 *   issueMark(meeting4, 'voter-lists') // → "notReported"
 */
export function issueMark(m: Meeting, issue: string): IssueMark {
  return m.issues?.find((cell) => cell.issue === issue)?.status ?? 'notReported';
}

/**
 * The meetings chart: one column per meeting of the joint commission (its day, its length in words,
 * whether a joint statement came out, each side's position) and one row per agenda issue of
 * data/meetings.json, marked for each meeting as its sources report it. Dates, numbers and words
 * are the edition's (the dataset as shown, shownDataset).
 *
 *   meetingsScene(dataset).rows[1] // → { id: 'voter-lists', label: 'Voter lists', marks: ['agreed', 'notReported', 'listed', 'notReported'] }
 */
export function meetingsScene(data: Dataset): MeetingsScene {
  const words = data.copy.chartText;
  const f = editionFormats(data);
  const { meetings, issues, statuses } = data.meetings;
  const shortName = (party: 'CNRP' | 'CPP') => data.election.parties.find((p) => p.id === party)?.shortName ?? party;
  return {
    statementLabel: words.jointStatement,
    meetings: meetings.map((m) => {
      const iso = meetingDate(data, m);
      return {
        n: m.n,
        title: `${words.meeting} ${f.number(m.n)}`,
        date: f.date(iso),
        day: f.day(iso),
        shortDay: f.shortDate(iso),
        jointStatement: m.jointStatement,
        statement: m.jointStatement ? words.jointStatement : words.noJointStatement,
        length: lengthWords(m, words, f),
        lengthReported: m.duration !== null,
        demands: m.demands,
      };
    }),
    rows: issues.map((issue) => ({ id: issue.id, label: issue.label, marks: meetings.map((m) => issueMark(m, issue.id)) })),
    key: MARKS.map((mark) => ({ mark, label: statuses[mark] })),
    sides: (['CNRP', 'CPP'] as const).map((party) => ({ party, name: shortName(party) })),
  };
}
