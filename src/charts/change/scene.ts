import { electionDay, previousElection, storyElection } from '../../lib/data/elections.ts';
import { must } from '../../lib/must.ts';
import { round2 } from '../../lib/charts/round2.ts';
import { slopeChart } from '../../lib/charts/slopeChart.ts';
import { electionDate, shortName } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import type { Label } from '../types.ts';

const WIDTH = 400;
const LEFT = 120;
const RIGHT = WIDTH - 120;
const TOP = 40;
const HEIGHT = 250;

/** Everything the change chart draws, in its own units (viewBox 0 0 width height). */
export type ChangeScene = {
  width: number;
  height: number;
  /** Lines from the previous election to this one; `party2013` is where the earlier party's seats went. */
  lines: { key: string; x1: number; y1: number; x2: number; y2: number; party2013: string }[];
  /** Radius of the dots at the ends of the lines. */
  dotR: number;
  /** The vertical rule under each year's label. */
  grid: { y1: number; y2: number };
  labels2008: Label[];
  labels2013: Label[];
  years: Label[];
};

/**
 * The change chart's geometry: a slope chart of seats from the previous election to this one; the
 * lines of the parties that merged meet at the merger's result.
 *
 *   changeScene(dataset).labels2013[0].text // → "CPP 68"
 */
export function changeScene(data: Dataset): ChangeScene {
  const e = data.election;
  const story = storyElection(data);
  const before = must(previousElection(data), 'validateDataset: an election comes before the story’s');
  const seats2013 = new Map(story.results.map((r) => [r.party, r.seats]));
  const into = (party: string) => (e.merger.from.includes(party) ? e.merger.into : party);
  const rows = before.results.map((r) => ({ key: r.party, from: r.seats, to: seats2013.get(into(r.party)) ?? 0 }));
  const lines = slopeChart(rows, { width: RIGHT - LEFT, height: HEIGHT, labelGap: 16 });
  const labels2013 = new Map<string, Label>();
  lines.forEach((l, i) => {
    const party = into(rows[i]?.key ?? l.key);
    if (!labels2013.has(party) && seats2013.has(party))
      labels2013.set(party, { text: `${shortName(data, party)} ${seats2013.get(party)}`, x: RIGHT + 8, y: round2(l.y2 + TOP + 4), anchor: 'start', className: `label-${party}` });
  });
  const height = TOP + HEIGHT + 16;
  return {
    width: WIDTH,
    height,
    lines: lines.map((l, i) => {
      const to = into(rows[i]?.key ?? l.key);
      return { key: l.key, x1: LEFT, y1: round2(l.y1 + TOP), x2: RIGHT, y2: round2(l.y2 + TOP), party2013: seats2013.has(to) ? to : 'none' };
    }),
    dotR: 5,
    grid: { y1: 28, y2: height - 10 },
    labels2008: lines.map((l) => ({ text: `${shortName(data, l.key)} ${rows.find((r) => r.key === l.key)?.from ?? 0}`, x: LEFT - 8, y: round2(l.labelY1 + TOP + 4), anchor: 'end', className: `label-${l.key}` })),
    labels2013: [...labels2013.values()],
    years: [
      { text: electionDay(data, before).date.slice(0, 4), x: LEFT, y: 18, anchor: 'middle', className: 'label-year' },
      { text: electionDate(data).slice(0, 4), x: RIGHT, y: 18, anchor: 'middle', className: 'label-year' },
    ],
  };
}
