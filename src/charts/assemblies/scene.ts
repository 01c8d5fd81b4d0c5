import { assignSeats } from '../../lib/charts/assignSeats.ts';
import { hemicycleSeats } from '../../lib/charts/hemicycleSeats.ts';
import { hemicycleSize } from '../../lib/charts/hemicycleSize.ts';
import { round2 } from '../../lib/charts/round2.ts';
import { electionDay } from '../../lib/data/elections.ts';
import { shortName } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { editionFormats } from '../../lib/copy/resolveText.ts';
import type { Label, Point } from '../types.ts';

/** As narrow as the seats chart, so that its labels print at full size on a phone. */
const WIDTH = 360;
/** Chambers side by side; more elections add rows, never shrink the chambers. */
const COLUMNS = 2;
const CELL = WIDTH / COLUMNS;
/** Space inside a cell on either side of its hemicycle. */
const PAD = 10;
/** From the top of a cell to the top of its hemicycle: the year and the size of the chamber. */
const HEAD = 44;
/** Below the hemicycle: one or two lines of party labels. */
const FOOT = 44;

/** One election's chamber: its seats, coloured by party, and its labels. */
export type Chamber = {
  id: string;
  /** Whether this is the election the story is about (drawn with an outline). */
  story: boolean;
  /** The seats, left to right, in runs of one colour: a party, or the party it merged into. */
  groups: { party: string; seats: Point[] }[];
  labels: Label[];
  /** The cell's box, for the outline of the story's election. */
  box: { x: number; y: number; width: number; height: number };
};

/** Everything the chamber-across-elections chart draws, in its own units (viewBox 0 0 width height). */
export type AssembliesScene = { width: number; height: number; r: number; chambers: Chamber[] };

/**
 * The chamber across elections: one small hemicycle per election of the series, oldest first,
 * each drawn with its own number of seats (123, then 125), coloured by party; parties that merged
 * take the colour of the party they merged into, so the opposition reads as one across the years.
 * Years and seats are written in the edition's digits (editionFormats).
 *
 *   assembliesScene(dataset).chambers.map((c) => c.groups.map((g) => [g.party, g.seats.length]))
 *   // → [[['CPP', 90], ['CNRP', 29], ['FUNCINPEC', 2], ['NRP', 2]], [['CPP', 68], ['CNRP', 55]], …]
 */
export function assembliesScene(data: Dataset): AssembliesScene {
  const e = data.election;
  const words = data.copy.chartText;
  const f = editionFormats(data);
  const largest = Math.max(...e.elections.map((el) => el.totalSeats.value));
  // Every chamber is drawn at one scale: the largest fills its cell, a smaller one has fewer seats.
  const size = hemicycleSize(largest, { width: CELL - 2 * PAD });
  const cellHeight = round2(HEAD + size.height + FOOT);
  const colourOf = (party: string) => (e.merger.from.includes(party) ? e.merger.into : party);
  const chambers = e.elections.map((el, i): Chamber => {
    const x0 = (i % COLUMNS) * CELL;
    const y0 = Math.floor(i / COLUMNS) * cellHeight;
    const total = el.totalSeats.value;
    const won = el.results.filter((r) => r.seats > 0);
    const parties = assignSeats(won.map((r) => ({ key: r.party, count: r.seats })), total);
    const groups: Chamber['groups'] = [];
    hemicycleSeats(total, { width: CELL - 2 * PAD, rows: size.rows }).forEach((s, k) => {
      const party = colourOf(parties[k] ?? 'none');
      const seat = { x: round2(s.x + x0 + PAD), y: round2(s.y + y0 + HEAD) };
      const last = groups.at(-1);
      if (last?.party === party) last.seats.push(seat);
      else groups.push({ party, seats: [seat] });
    });
    const base = round2(y0 + HEAD + size.height + 18);
    // Labels follow the colours: parties that share one (the merger's) are named together.
    const byColour = new Map<string, typeof won>();
    for (const r of won) byColour.set(colourOf(r.party), [...(byColour.get(colourOf(r.party)) ?? []), r]);
    const [first, second, ...rest] = [...byColour.entries()].map(([colour, rs]) => ({ colour, party: rs.map((r) => shortName(data, r.party)).join(' + '), seats: rs.reduce((n, r) => n + r.seats, 0) }));
    const labels: Label[] = [
      { text: f.year(electionDay(data, el).date.slice(0, 4)), x: x0 + CELL / 2, y: y0 + 18, anchor: 'middle', className: 'label-year' },
      { text: `${f.number(total)} ${words.seats}`, x: x0 + CELL / 2, y: y0 + 34, anchor: 'middle', className: 'label-note' },
    ];
    if (first) labels.push({ text: `${first.party} ${f.number(first.seats)}`, x: x0 + PAD, y: base, anchor: 'start', className: `label-${first.colour}` });
    if (second) labels.push({ text: `${second.party} ${f.number(second.seats)}`, x: x0 + CELL - PAD, y: base, anchor: 'end', className: `label-${second.colour}` });
    if (rest.length) labels.push({ text: `${words.otherParties} ${f.number(rest.reduce((s, r) => s + r.seats, 0))}`, x: x0 + CELL / 2, y: round2(base + 18), anchor: 'middle', className: 'label-other' });
    return { id: el.id, story: el.id === e.storyElection, groups, labels, box: { x: x0 + 2, y: y0 + 2, width: CELL - 4, height: cellHeight - 4 } };
  });
  return { width: WIDTH, height: round2(Math.ceil(chambers.length / COLUMNS) * cellHeight), r: size.seatRadius, chambers };
}
