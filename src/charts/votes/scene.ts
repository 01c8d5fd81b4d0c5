import { storyElection } from '../../lib/data/elections.ts';
import { round2 } from '../../lib/charts/round2.ts';
import { votesVsSeats } from '../../lib/charts/votesVsSeats.ts';
import { shortName } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { formatPercent } from '../../lib/format/format.ts';
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

/** Everything the votes chart draws: a row of two bars per party, the axis, its grid and the legend. */
export type VotesScene = {
  width: number;
  height: number;
  rows: { key: string; name: string; nameX: number; y: number; vote: VotesBar; seat: VotesBar }[];
  ticks: { x: number; label: string }[];
  grid: { y1: number; y2: number };
  axisY: number;
  /** The legend: a swatch and a label for each kind of bar. */
  legend: (Label & { swatch: { x: number; y: number; size: number }; kind: 'votes' | 'seats' })[];
};

/**
 * The votes chart's geometry: for each party a bar for its share of the votes and one for its
 * share of the seats, each labelled at its end; a legend and a percentage axis.
 *
 *   votesScene(dataset).rows[0].seat.label // → "55.3% · 68 seats"
 */
export function votesScene(data: Dataset): VotesScene {
  const e = storyElection(data);
  const words = data.copy.chartText;
  const layout = votesVsSeats(
    e.results.map((r) => ({ key: r.party, voteShare: r.sharePercent, seatShare: (100 * r.seats) / e.totalSeats.value })),
    { width: WIDTH - 56, rowHeight: 40, labelWidth: LABEL_WIDTH },
  );
  const rows = layout.rows.map((row) => {
    const r = e.results.find((x) => x.party === row.key);
    const seats = r?.seats ?? 0;
    const bar = (b: { x: number; y: number; width: number; height: number }, label: string): VotesBar => {
      // A label that would run past the chart's edge goes inside the end of its bar.
      const inside = b.x + b.width + 4 + label.length * LABEL_CHAR_WIDTH > WIDTH;
      return { ...b, y: round2(b.y + TOP), label, inside, labelX: round2(inside ? b.x + b.width - 4 : b.x + b.width + 4) };
    };
    return {
      key: row.key,
      name: shortName(data, row.key),
      nameX: NAME_X,
      y: round2(row.y + TOP),
      vote: bar(row.voteBar, formatPercent(r?.sharePercent ?? 0)),
      seat: bar(row.seatBar, seats ? `${formatPercent((100 * seats) / e.totalSeats.value)} · ${seats} ${words.seats}` : words.noSeats),
    };
  });
  const axisY = round2(TOP + layout.height + 4);
  return {
    width: WIDTH,
    height: round2(TOP + layout.height + 28),
    rows,
    ticks: layout.ticks.map((t) => ({ x: t.x, label: t.label })),
    grid: { y1: GRID_TOP, y2: axisY },
    axisY,
    legend: [
      { text: words.voteShare, x: 86, y: 16, anchor: 'start', className: 'legend-votes', kind: 'votes', swatch: { x: 70, y: 7, size: 12 } },
      { text: words.seatShare, x: 226, y: 16, anchor: 'start', className: 'legend-seats', kind: 'seats', swatch: { x: 210, y: 7, size: 12 } },
    ],
  };
}
