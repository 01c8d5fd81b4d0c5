import { meetingDate } from '../../lib/data/lookups.ts';
import type { Dataset, Meeting } from '../../lib/data/types.ts';
import { editionFormats } from '../../lib/copy/resolveText.ts';
import type { Formats } from '../../lib/format/formats.ts';
import { fill } from '../../lib/copy/placeholders.ts';
import { rowSources } from '../rowSources.ts';
import type { DataTable } from '../types.ts';
import { lengthAccounts, lengthRange, rangeText } from './lengthRange.ts';
import { issueMark } from './scene.ts';

/**
 * What the Length row says of a meeting: the reported length, or the range of the accounts when
 * they differ (its figures in the edition's digits, `f`).
 */
function lengthCell(data: Dataset, m: Meeting, f: Formats): string {
  const range = lengthRange(m);
  if (range) return `${rangeText(range, f, data.copy.chartText)} (${data.copy.chartText.accountsDiffer})`;
  // data/copy.json chartText has no words for this cell yet: English in every edition.
  if (!m.duration) return data.copy.chartText.lengthUnknown;
  return m.duration.text + (m.durationConflict ? ` (${data.copy.chartText.accountsDiffer})` : '');
}

/** Every state of the meetings view: "overview" and each meeting's number. */
function allStates(data: Dataset): string[] {
  return ['overview', ...data.meetings.meetings.map((m) => String(m.n))];
}

/**
 * The data behind the meetings tracker, laid out as the chart draws it: one column per meeting; a
 * row for each meeting's length, one for its joint statement, one per agenda issue (each cell in
 * the words of its mark: "Agreed in a joint statement", "Not reported" …), and each side's position
 * at a meeting, shown only in that meeting's state, as the chart shows it. Every row names its
 * sources: the length's and its accounts', the meetings', those of every marked cell, or the
 * meeting's and those of the figures its words print. Its words are data/copy.json chartText's,
 * its dates and numbers the edition's (editionFormats).
 *
 *   meetingsTable(shown, dataset).rows[2] // → ['NEC reform', 'Raised, not agreed', 'Raised, not agreed', 'Listed as a topic for talks', 'Raised, not agreed']
 */
export function meetingsTable(data: Dataset, raw: Dataset = data): DataTable {
  const words = data.copy.chartText;
  const f = editionFormats(data);
  const claimSources = new Map(raw.sources.conflicts.map((c) => [c.id, c.claims.map((claim) => claim.source)]));
  const { meetings, issues, statuses } = data.meetings;
  const rawMeetings = raw.meetings.meetings;
  const every = allStates(data);
  const rows: string[][] = [];
  const sources: string[][] = [];
  const states: string[][] = [];
  const add = (row: string[], ids: string[], shownIn: string[]) => {
    rows.push(row);
    sources.push([...new Set(ids)]);
    states.push(shownIn);
  };

  add(
    [words.rowLength, ...meetings.map((m) => lengthCell(data, m, f))],
    rawMeetings.flatMap((m) => [
      ...(m.duration?.sources ?? []),
      ...lengthAccounts(m).flatMap((a) => a.sources),
      ...(m.durationConflict ? (claimSources.get(m.durationConflict) ?? []) : []),
      ...rowSources(raw, [], m.duration?.text ?? ''),
    ]),
    every,
  );
  add([words.jointStatement, ...meetings.map((m) => (m.jointStatement ? words.yes : words.no))], rawMeetings.flatMap((m) => m.sources), every);
  for (const issue of issues) {
    add(
      [issue.label, ...meetings.map((m) => statuses[issueMark(m, issue.id)])],
      rawMeetings.flatMap((m) => m.issues?.find((cell) => cell.issue === issue.id)?.sources ?? []),
      every,
    );
  }
  for (const [i, m] of rawMeetings.entries()) {
    const shown = meetings[i]!.demands;
    if (!m.demands || !shown) continue;
    for (const party of ['CNRP', 'CPP'] as const) {
      add(
        [fill(words.positionOf, { PARTY: party }), ...meetings.map((other) => (other.n === m.n ? shown[party] : ''))],
        rowSources(raw, m.sources, m.demands[party]),
        [String(m.n)],
      );
    }
  }

  return {
    caption: words.tableMeetings,
    columns: [words.colIssue, ...meetings.map((m) => `${words.meeting} ${f.number(m.n)}, ${f.date(meetingDate(data, m))}`)],
    rows,
    sources,
    states,
  };
}
