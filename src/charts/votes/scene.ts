import { storyElection } from '../../lib/data/elections.ts';
import { round2 } from '../../lib/charts/round2.ts';
import { votesVsSeats } from '../../lib/charts/votesVsSeats.ts';
import { shortName } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { editionFormats } from '../../lib/copy/resolveText.ts';
import type { Label } from '../types.ts';

const WIDTH = 400;
/** Room for the party names, right-aligned at NAME_X. */
const LABEL_WIDTH = 86;
const NAME_X = 78;
const TOP = 44;
/** Top of the vertical grid lines. */
const GRID_TOP = 28;
/** Average width of a character of a 13 px chart label, for deciding whether a label fits after its bar. */
const LABEL_CHAR_WIDTH = 6.6;

/** A bar and its value label: after the bar, or inside its end when it would not fit after it. */
export type VotesBar = { x: number; y: number; width: number; height: number; label: string; labelX: number; inside: boolean };

/** Everything the votes chart draws: a row of two bars for each party that won seats, and one for the others together. */
export type VotesScene = {
  width: number;
  height: number;
  rows: { key: string; name: string; nameX: number; y: number; vote: VotesBar; seat: VotesBar }[];
  ticks: { x: number; label: string }[];
  grid: { y1: number; y2: number };
  axisY: number;
  /** The gap between the largest party's share of the vote and its share of the seats: a dotted line and its label. */
  gap: { x1: number; x2: number; y: number; label: Label } | null;
};

/**
 * The votes chart's geometry: for each party that won seats, and for the other parties together,
 * a bar for its share of the vote and one for its share of the seats, labelled directly (the
 * first row says which is which), with the largest party's seat bonus marked. Percentages and
 * numbers are the edition's (editionFormats).
 *
 *   votesScene(dataset).rows.map((r) => r.seat.label) // → ['55.3% of the seats · 68', '44.7% · 55', 'no seats']
 */
export function votesScene(data: Dataset): VotesScene {
  const e = storyElection(data);
  const words = data.copy.chartText;
  const f = editionFormats(data);
  const share = (seats: number) => (100 * seats) / e.totalSeats.value;
  const winners = e.results.filter((r) => r.seats > 0);
  const others = e.results.filter((r) => r.seats === 0);
  const entries = [
    ...winners.map((r) => ({ key: r.party, name: shortName(data, r.party), voteShare: r.sharePercent, seats: r.seats })),
    ...(others.length ? [{ key: 'others', name: words.otherParties, voteShare: others.reduce((n, r) => n + r.sharePercent, 0), seats: 0 }] : []),
  ];
  const largest = Math.max(...entries.flatMap((r) => [r.voteShare, share(r.seats)]));
  // Room right of the longest bar for the gap's label.
  const layout = votesVsSeats(
    entries.map((r) => ({ key: r.key, voteShare: r.voteShare, seatShare: share(r.seats) })),
    { width: WIDTH - 10, rowHeight: 40, labelWidth: LABEL_WIDTH, max: Math.max(50, Math.ceil(largest / 10) * 10 + 20) },
  );
  const rows = layout.rows.map((row, i) => {
    const r = entries[i]!;
    const bar = (b: { x: number; y: number; width: number; height: number }, label: string, inside?: boolean): VotesBar => {
      // A label that would run past the chart's edge goes inside the end of its bar.
      const within = inside ?? b.x + b.width + 4 + label.length * LABEL_CHAR_WIDTH > WIDTH;
      return { ...b, y: round2(b.y + TOP), label, inside: within, labelX: round2(within ? b.x + b.width - 4 : b.x + b.width + 4) };
    };
    const first = i === 0;
    const voteText = `${f.percent(r.voteShare)}${first ? ` ${words.ofTheVote}` : ''}`;
    const seatText = r.seats ? `${f.percent(share(r.seats))}${first ? ` ${words.ofTheSeats}` : ''} · ${f.number(r.seats)}` : words.noSeats;
    return {
      key: r.key,
      name: r.name,
      nameX: NAME_X,
      y: round2(row.y + TOP),
      // The first row's vote label goes inside its bar, leaving room after it for the gap.
      vote: bar(row.voteBar, voteText, first ? true : undefined),
      seat: bar(row.seatBar, seatText),
    };
  });
  const top = rows[0];
  const bonus = entries[0] ? share(entries[0].seats) - entries[0].voteShare : 0;
  const gap =
    top && bonus > 0
      ? {
          x1: round2(top.vote.x + top.vote.width),
          x2: round2(top.seat.x + top.seat.width),
          y: round2(top.vote.y + top.vote.height / 2),
          label: { text: `+${f.decimal(bonus, 1)} ${words.points}`, x: round2(top.seat.x + top.seat.width + 4), y: round2(top.vote.y + top.vote.height - 3), anchor: 'start' as const, className: 'label-gap' },
        }
      : null;
  const axisY = round2(TOP + layout.height + 4);
  return {
    width: WIDTH,
    height: round2(TOP + layout.height + 28),
    rows,
    // Ticks are whole percentages (votesVsSeats steps by whole numbers): "25%".
    ticks: layout.ticks.map((t) => ({ x: t.x, label: f.percent(t.value, 0) })),
    grid: { y1: GRID_TOP, y2: axisY },
    axisY,
    gap,
  };
}
