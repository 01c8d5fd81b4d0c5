import { electionDay, previousElection, storyElection } from '../../lib/data/elections.ts';
import { must } from '../../lib/must.ts';
import { round2 } from '../../lib/charts/round2.ts';
import { slopeChart } from '../../lib/charts/slopeChart.ts';
import { electionDate, shortName } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { editionFormats } from '../../lib/copy/resolveText.ts';
import type { Label } from '../types.ts';

const WIDTH = 400;
const LEFT = 120;
const RIGHT = WIDTH - 120;
const TOP = 40;
const HEIGHT = 250;
const DOT_R = 5;
/** Two dots' centres at least this far apart: two radii, the outline's width (2) and a gap of 1. */
const DOT_GAP = 2 * DOT_R + 2;
/**
 * Two labels' middles at least this far apart: a line of the largest label (13 px on a phone, where
 * the chart is drawn 260 px wide or more: 13 × 400 / 260 = 20 units) less what its glyphs leave free.
 */
const LABEL_GAP = 19;
/** From a dot's centre to its label's near end. */
const LABEL_OFFSET = DOT_R + 4;

/**
 * A label of the change chart. Unlike other charts' labels, `y` is the label's middle (the component
 * draws it with dy 0.35em), so that it stands level with its dot at any type size. `note`, when
 * given, is a second line under it.
 */
export type ChangeLabel = Label & { note?: string };

/** One party's line, from its dot in the previous election to its dot in this one. */
export type ChangeLine = {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Where the party's seats went: itself, the party it merged into, or "none" when it did not stand. */
  party2013: string;
  /** A party that merged into another before this election (drawn as an outline until then). */
  predecessor: boolean;
};

/** Everything the change chart draws, in its own units (viewBox 0 0 width height). */
export type ChangeScene = {
  width: number;
  height: number;
  /** Lines from the previous election to this one; `party2013` is where the earlier party's seats went. */
  lines: ChangeLine[];
  /** Radius of the dots at the ends of the lines. */
  dotR: number;
  /** The vertical rule under each year's label. */
  grid: { y1: number; y2: number };
  labels2008: ChangeLabel[];
  /** One per end point: each party of this election a line reaches, and each party that did not stand. */
  labels2013: ChangeLabel[];
  /** The key of the outlined dots, shown with the previous election only: an outline and its words, line by line. */
  predecessorKey: { x: number; y: number; lines: string[] };
  years: Label[];
};

/**
 * Words split into two lines at the space nearest their middle (one line if there is no space).
 *
 *   twoLines('later merged into the CNRP') // → ['later merged', 'into the CNRP']
 */
export function twoLines(text: string): string[] {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [text];
  const at = spaces.reduce((best, i) => (Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2) ? i : best));
  return [text.slice(0, at), text.slice(at + 1)];
}

/**
 * The change chart's geometry: a slope chart of seats from the previous election to this one; the
 * lines of the parties that merged meet at the merger's result, and a party that did not stand
 * ends below the rest with a note. Dots that would overlap (3, 2 and 2 seats) are nudged apart and
 * each label stands by its own dot. Seats and years are written in the edition's digits
 * (editionFormats).
 *
 *   changeScene(dataset).labels2013[0].text // → "CPP 68"
 */
export function changeScene(data: Dataset): ChangeScene {
  const e = data.election;
  const words = data.copy.chartText;
  const f = editionFormats(data);
  const story = storyElection(data);
  const before = must(previousElection(data), 'validateDataset: an election comes before the story’s');
  const seats2013 = new Map(story.results.map((r) => [r.party, r.seats]));
  const into = (party: string) => (e.merger.from.includes(party) ? e.merger.into : party);
  const rows = before.results.map((r) => ({ key: r.party, from: r.seats, to: seats2013.get(into(r.party)) ?? null, toKey: into(r.party) }));
  const lines = slopeChart(rows, { width: RIGHT - LEFT, height: HEIGHT, labelGap: LABEL_GAP, dotGap: DOT_GAP });
  const line = (i: number) => must(lines[i], 'slopeChart gives one line per row');

  const labels2008 = rows.map((r, i) => ({ text: `${shortName(data, r.key)} ${f.number(r.from)}`, x: LEFT - LABEL_OFFSET, y: round2(line(i).labelY1 + TOP), anchor: 'end' as const, className: `label-${r.key}` }));
  const labels2013 = new Map<string, ChangeLabel>();
  rows.forEach((r, i) => {
    if (labels2013.has(r.toKey)) return;
    const y = round2(line(i).labelY2 + TOP);
    labels2013.set(
      r.toKey,
      r.to === null
        ? { text: shortName(data, r.key), note: words.didNotStand, x: RIGHT + LABEL_OFFSET, y, anchor: 'start', className: `label-${r.key}` }
        : { text: `${shortName(data, r.toKey)} ${f.number(r.to)}`, x: RIGHT + LABEL_OFFSET, y, anchor: 'start', className: `label-${r.toKey}` },
    );
  });
  const lowest = Math.max(...lines.flatMap((l) => [l.y1, l.y2, l.labelY1, l.labelY2]));
  // Room under the lowest label for its note (two lines of small type on a phone).
  const height = round2(TOP + lowest + 2 * LABEL_GAP);
  const predecessors = rows.filter((r) => e.merger.from.includes(r.key));
  const firstPredecessor = lines.find((l) => predecessors.some((r) => r.key === l.key));
  return {
    width: WIDTH,
    height,
    lines: lines.map((l, i) => ({
      key: l.key,
      x1: LEFT,
      y1: round2(l.y1 + TOP),
      x2: RIGHT,
      y2: round2(l.y2 + TOP),
      party2013: l.ended ? 'none' : (rows[i]?.toKey ?? l.key),
      predecessor: e.merger.from.includes(l.key),
    })),
    dotR: DOT_R,
    grid: { y1: 28, y2: round2(TOP + Math.max(HEIGHT, ...lines.flatMap((l) => [l.y1, l.y2])) + DOT_R + 6) },
    labels2008,
    labels2013: [...labels2013.values()],
    // Beside the first predecessor's dot, halfway up to the line above it, in the empty middle of the
    // chart (the lines are drawn only with the later election, when the key goes).
    predecessorKey: {
      x: LEFT + 3 * DOT_R + 4,
      y: round2(TOP + (firstPredecessor ? firstPredecessor.y1 - 2.5 * LABEL_GAP : HEIGHT / 2)),
      lines: twoLines(words.mergedLater),
    },
    years: [
      { text: f.year(electionDay(data, before).date.slice(0, 4)), x: LEFT, y: 18, anchor: 'middle', className: 'label-year' },
      { text: f.year(electionDate(data).slice(0, 4)), x: RIGHT, y: 18, anchor: 'middle', className: 'label-year' },
    ],
  };
}
