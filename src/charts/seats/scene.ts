import { electionDay, previousElection, storyElection } from '../../lib/data/elections.ts';
import { assignSeats } from '../../lib/charts/assignSeats.ts';
import { hemicycleSeats } from '../../lib/charts/hemicycleSeats.ts';
import { hemicycleSize } from '../../lib/charts/hemicycleSize.ts';
import { round2 } from '../../lib/charts/round2.ts';
import { majorityOf, seatCount, shortName } from '../../lib/data/lookups.ts';
import { must } from '../../lib/must.ts';
import { editionFormats } from '../../lib/copy/resolveText.ts';
import type { Dataset } from '../../lib/data/types.ts';
import type { Label, Point } from '../types.ts';

/** The seat charts are narrower than the others, so that their labels print at full size on a phone. */
const WIDTH = 350;
/** Right edge of the constituency names in the rows layout. */
const NAMES_X = 118;
const ROW_HEIGHT = 14.5;
const ROWS_TOP = 40;
/** Distance between two seats in a constituency row. */
const DOT_STEP = 12;

/** One mark per seat, in two layouts: the hemicycle and the constituency rows. */
export type SeatsScene = {
  width: number;
  height: number;
  /** viewBox of the chamber alone (the hemicycle and its labels), for static figures. */
  chamberBox: [number, number, number, number];
  r: number;
  mapR: number;
  seats: { hemi: Point; map: Point }[];
  /**
   * The party key of each seat (one per seat, in `seats` order) in each state; "vacant" is a won
   * seat left empty, "none" an unfilled one. `party` is the result, and every view's fallback.
   */
  states: { party: string[]; [state: string]: string[] };
  /** Labels drawn in each state. */
  labels: Record<string, Label[]>;
  majority: { x1: number; y1: number; x2: number; y2: number };
  /** The states that draw the majority line: the majority itself, and the claim it would flip. */
  majorityStates: string[];
  /** The seats whose party the claim changes (indexes into `seats`), ringed in the claim state. */
  contested: number[];
  /**
   * Where the largest party's seats ended in the previous election, for the margin step's
   * comparison ("a far thinner margin than before"): a radial line at that seat, labelled.
   */
  previous: { x1: number; y1: number; x2: number; y2: number; key: { x1: number; x2: number; y: number }; label: Label } | null;
  /** The constituency rows: each name, drawn right-aligned at `nameX`. */
  map: { name: string; nameX: number; y: number; total: number; text: string }[];
};

/**
 * The seats chart's geometry: one mark per seat, in two layouts (the hemicycle of the chamber and
 * the constituency rows), the party of each mark in each state, and the labels of each state (their
 * numbers and years the edition's, editionFormats).
 *
 *   seatsScene(dataset).states.party.slice(66, 70) // → ['CPP', 'CPP', 'CNRP', 'CNRP']
 */
export function seatsScene(data: Dataset): SeatsScene {
  const e = data.election;
  const story = storyElection(data);
  const words = data.copy.chartText;
  const f = editionFormats(data);
  const total = story.totalSeats.value;
  const geometry = hemicycleSize(total, { width: WIDTH - 20 });
  const boxHeight = round2(ROWS_TOP + e.constituencies.length * ROW_HEIGHT + 6);
  // The chamber (seats, and labels 42 units below the baseline) sits in the middle of the box.
  const chamberHeight = geometry.height + 42 + 8;
  const top = round2(Math.max(8, (boxHeight - chamberHeight) / 2) + 8);
  const seats = hemicycleSeats(total, { width: WIDTH - 20 });
  const hemi = seats.map((s) => ({ x: round2(s.x + 10), y: round2(s.y + top) }));
  const winners = story.results.filter((r) => r.seats > 0);
  const party = assignSeats(winners.map((r) => ({ key: r.party, count: r.seats })), total);
  const claimed = assignSeats(winners.map((r) => ({ key: r.party, count: e.cnrpClaim.seats[r.party] ?? 0 })), total);
  const boycott = party.map((p) => (p === e.boycott.party ? 'vacant' : p));
  const rows = constituencyRows(data, party);

  const cx = geometry.cx + 10;
  const cy = geometry.cy + top;
  const majority = majorityOf(total);
  // The majority line runs between the last seat a majority needs and the next one.
  const r1 = geometry.innerRadius - geometry.seatRadius * 2;
  const r2 = geometry.outerRadius + geometry.seatRadius * 2;
  /** A radial line between seat n − 1 and seat n (the end of a block of n seats from the left). */
  const lineAfter = (n: number) => {
    const angle = ((seats[n - 1]?.angle ?? 0) + (seats[n]?.angle ?? Math.PI)) / 2;
    return { x1: round2(cx + r1 * Math.cos(angle)), y1: round2(cy - r1 * Math.sin(angle)), x2: round2(cx + r2 * Math.cos(angle)), y2: round2(cy - r2 * Math.sin(angle)) };
  };
  const majorityLine = lineAfter(majority);

  // The charts compare the two largest parties.
  const twoWinners = 'validateDataset: at least two parties won seats';
  const [first, second] = [must(winners[0], twoWinners), must(winners[1], twoWinners)];
  const below = round2(cy + 30);
  const pair = (a: string, b: string): Label[] => [
    { text: a, x: 10, y: below, anchor: 'start', className: `label-${first.party}` },
    { text: b, x: WIDTH - 10, y: below, anchor: 'end', className: `label-${second.party}` },
  ];
  const name = (p: string) => shortName(data, p);
  /** A party's claimed seats, saying so when they would be a majority. */
  const claimLabel = (p: string) => {
    const n = e.cnrpClaim.seats[p] ?? 0;
    return `${name(p)} ${f.number(n)}${n >= majority ? `, ${words.aMajority}` : ''}`;
  };
  // The previous election's largest party: where its seats ended then.
  const before = previousElection(data);
  const beforeFirst = before?.results.find((r) => r.party === first.party);
  const previousLine = before && beforeFirst && beforeFirst.seats < total ? lineAfter(beforeFirst.seats) : null;
  // Its key sits between the two party labels under the chamber: a stroke of the dotted line, then "2008: CPP 90".
  const previous = previousLine && beforeFirst && before
    ? {
        ...previousLine,
        key: { x1: round2(cx - 50), x2: round2(cx - 36), y: round2(cy + 25) },
        label: { text: `${f.year(electionDay(data, before).date.slice(0, 4))}: ${name(first.party)} ${f.number(beforeFirst.seats)}`, x: round2(cx - 32), y: round2(cy + 30), anchor: 'start' as const, className: 'label-previous' },
      }
    : null;
  const centre: Label = { text: words.totalSeats, x: cx, y: round2(cy - 8), anchor: 'middle', className: 'label-total' };
  const result = pair(`${name(first.party)} ${f.number(first.seats)}`, `${name(second.party)} ${f.number(second.seats)}`);
  const labels: Record<string, Label[]> = {
    empty: [centre],
    party: [centre, ...result],
    majority: [centre, { text: words.majority, x: majorityLine.x2, y: round2(majorityLine.y2 - 6), anchor: 'middle', className: 'label-majority' }, ...(previous ? [previous.label] : []), ...result],
    claim: [
      { ...centre, text: words.claim },
      { text: words.majority, x: majorityLine.x2, y: round2(majorityLine.y2 - 6), anchor: 'middle', className: 'label-majority' },
      ...pair(claimLabel(first.party), claimLabel(second.party)),
    ],
    boycott: [{ ...centre, text: words.boycottCentre }, ...pair(`${name(first.party)} ${f.number(first.seats)} ${words.seated}`, `${name(second.party)} ${f.number(second.seats)} ${words.empty}`)],
    full: [{ ...centre, text: words.fullCentre }, ...result],
    seats: [
      { text: words.perSeat, x: NAMES_X, y: 20, anchor: 'end', className: 'label-note' },
      { text: name(first.party), x: NAMES_X + 8, y: 20, anchor: 'start', className: `label-${first.party}` },
      { text: name(second.party), x: NAMES_X + 56, y: 20, anchor: 'start', className: `label-${second.party}` },
    ],
  };
  return {
    width: WIDTH,
    height: boxHeight,
    chamberBox: [0, round2(top - 30), WIDTH, round2(cy + 42 - top + 30)],
    r: geometry.seatRadius,
    mapR: 5,
    seats: hemi.map((h, i) => ({ hemi: h, map: must(rows.slots[i], 'constituencyRows: a slot for every seat') })),
    states: { empty: party.map(() => 'none'), party, majority: party, claim: claimed, boycott, full: party, seats: party },
    labels,
    majority: majorityLine,
    majorityStates: ['majority', 'claim'],
    contested: party.flatMap((p, i) => (claimed[i] !== p ? [i] : [])),
    previous,
    map: rows.rows,
  };
}

/**
 * The constituency rows, biggest first: in each row one dot per seat, parties in result order, and
 * its seats in words ("CPP 7, CNRP 5", in the edition's digits); and, for each seat of `party` (the
 * chamber's order), the slot it moves to.
 */
function constituencyRows(data: Dataset, party: string[]): { rows: SeatsScene['map']; slots: Point[] } {
  const e = data.election;
  const f = editionFormats(data);
  const winners = storyElection(data).results.filter((r) => r.seats > 0);
  const sorted = [...e.constituencies].sort((a, b) => b.elects - a.elects || a.name.localeCompare(b.name));
  const rowY = (i: number) => round2(ROWS_TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2);
  const byParty = new Map<string, Point[]>();
  sorted.forEach((row, i) => {
    let k = 0;
    for (const r of winners) {
      for (let j = 0; j < (row.seats[r.party] ?? 0); j++, k++) {
        const list = byParty.get(r.party) ?? [];
        list.push({ x: round2(NAMES_X + 8 + k * DOT_STEP), y: rowY(i) });
        byParty.set(r.party, list);
      }
    }
  });
  const used = new Map<string, number>();
  const slots = party.map((p) => {
    const n = used.get(p) ?? 0;
    used.set(p, n + 1);
    // validateDataset makes each party's seats equal its seats over the constituencies.
    return byParty.get(p)?.[n] ?? { x: NAMES_X, y: 0 };
  });
  const rows = sorted.map((row, i) => ({
    name: row.name,
    nameX: NAMES_X,
    y: rowY(i),
    total: seatCount(row.seats),
    text: winners.map((r) => `${shortName(data, r.party)} ${f.number(row.seats[r.party] ?? 0)}`).join(', '),
  }));
  return { rows, slots };
}
