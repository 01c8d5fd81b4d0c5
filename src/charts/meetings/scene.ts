import { round2 } from '../../lib/charts/round2.ts';
import { meetingDate } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { formatDate, formatDay } from '../../lib/format/format.ts';
import { lengthAccounts, lengthRange, rangeLabel } from './lengthRange.ts';

/** One meeting as its card prints it. */
export type MeetingCard = {
  n: number;
  title: string;
  /** The full date, for text alternatives, and the day alone, printed on the card. */
  date: string;
  day: string;
  jointStatement: boolean;
  statement: string;
  /**
   * What the card says of its length: "about three hours", "one hour*" (accounts differ, and the
   * data gives no hours for them), "½–2+ h, accounts differ" (a range) or "Length not reported".
   */
  length: string;
  duration: string | null;
  /** Length of the duration bar, 0–100 (share of the longest meeting); null when not reported or drawn as a range. */
  bar: number | null;
  /**
   * A length the accounts disagree on, drawn from the shortest to the longest account (0–100, on
   * the bar's scale), then a dashed tail to `tail` when the longest said "more than" (`tail` is
   * `to` otherwise). Null for a single length.
   */
  range: { from: number; to: number; tail: number } | null;
  /** The accounts of its length, when they differ. */
  durationConflict: string | null;
  outcome: string;
  demands: { CNRP: string; CPP: string } | null;
};

/** How much longer than its hours the tail of a "more than" account is drawn. */
const MORE = 1.2;

/** The cards, in meeting order, and the note shown when accounts of a length differ. */
export type MeetingsScene = { meetings: MeetingCard[]; conflictNote: string };

/**
 * The meetings chart: one card per meeting of the joint commission, with everything the card
 * prints (its title, day, whether a joint statement came out, its reported length, the outcome and
 * each side's demands); the length as a bar where it was reported, and as a range from the
 * shortest to the longest account where the accounts differ (its `durationAccounts`).
 *
 *   meetingsScene(dataset).meetings[1] // → { n: 2, title: 'Meeting 2', day: '10 March', … }
 */
export function meetingsScene(data: Dataset): MeetingsScene {
  const words = data.copy.chartText;
  const conflicts = new Map(data.sources.conflicts.map((c) => [c.id, c]));
  // An account of "more than" so many hours counts a fifth longer, so that its tail fits the bar.
  const hours = data.meetings.meetings.flatMap((m) => [m.duration?.hours ?? 0, ...lengthAccounts(m).map((a) => a.hours * (a.orMore ? MORE : 1))]);
  const longest = Math.max(...hours, 1);
  const scale = (h: number) => round2((100 * h) / longest);
  return {
    conflictNote: words.lengthsDiffer,
    meetings: data.meetings.meetings.map((m) => {
      const conflict = m.durationConflict ? conflicts.get(m.durationConflict) : undefined;
      const iso = meetingDate(data, m);
      const range = lengthRange(m);
      return {
        n: m.n,
        title: `${words.meeting} ${m.n}`,
        date: formatDate(iso),
        day: formatDay(iso),
        jointStatement: m.jointStatement,
        statement: m.jointStatement ? words.jointStatement : words.noJointStatement,
        length: range ? `${rangeLabel(range)}, ${words.accountsDiffer}` : m.duration ? `${m.duration.text}${conflict ? '*' : ''}` : words.lengthNotReported,
        duration: m.duration?.text ?? null,
        bar: m.duration && !range ? scale(m.duration.hours) : null,
        range: range ? { from: scale(range.from), to: scale(range.to), tail: scale(range.to * (range.orMore ? MORE : 1)) } : null,
        durationConflict: conflict ? conflict.claims.map((c) => c.claim.charAt(0).toLowerCase() + c.claim.slice(1)).join('; ') : null,
        outcome: m.outcome,
        demands: m.demands,
      };
    }),
  };
}
