import { round2 } from '../../lib/charts/round2.ts';
import { meetingDate } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { formatDate, formatDay } from '../../lib/format/format.ts';

/** One meeting as its card prints it. */
export type MeetingCard = {
  n: number;
  title: string;
  /** The full date, for text alternatives, and the day alone, printed on the card. */
  date: string;
  day: string;
  jointStatement: boolean;
  statement: string;
  /** What the card says of its length: "about three hours", "one hour*" or "Length not reported". */
  length: string;
  duration: string | null;
  /** Length of the duration bar, 0–100 (share of the longest meeting); null when not reported. */
  bar: number | null;
  /** The accounts of its length, when they differ. */
  durationConflict: string | null;
  outcome: string;
  demands: { CNRP: string; CPP: string } | null;
};

/** The cards, in meeting order, and the note shown when accounts of a length differ. */
export type MeetingsScene = { meetings: MeetingCard[]; conflictNote: string };

/**
 * The meetings chart: one card per meeting of the joint commission, with everything the card
 * prints (its title, day, whether a joint statement came out, its reported length, the outcome and
 * each side's demands); the length as a bar where it was reported.
 *
 *   meetingsScene(dataset).meetings[1] // → { n: 2, title: 'Meeting 2', day: '10 March', … }
 */
export function meetingsScene(data: Dataset): MeetingsScene {
  const words = data.copy.chartText;
  const conflicts = new Map(data.sources.conflicts.map((c) => [c.id, c]));
  const longest = Math.max(...data.meetings.meetings.map((m) => m.duration?.hours ?? 0), 1);
  return {
    conflictNote: words.lengthsDiffer,
    meetings: data.meetings.meetings.map((m) => {
      const conflict = m.durationConflict ? conflicts.get(m.durationConflict) : undefined;
      const iso = meetingDate(data, m);
      return {
        n: m.n,
        title: `${words.meeting} ${m.n}`,
        date: formatDate(iso),
        day: formatDay(iso),
        jointStatement: m.jointStatement,
        statement: m.jointStatement ? words.jointStatement : words.noJointStatement,
        length: m.duration ? `${m.duration.text}${conflict ? '*' : ''}` : words.lengthNotReported,
        duration: m.duration?.text ?? null,
        bar: m.duration ? round2((100 * m.duration.hours) / longest) : null,
        durationConflict: conflict ? conflict.claims.map((c) => c.claim.charAt(0).toLowerCase() + c.claim.slice(1)).join('; ') : null,
        outcome: m.outcome,
        demands: m.demands,
      };
    }),
  };
}
