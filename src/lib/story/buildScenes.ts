/**
 * Computes the geometry of every chart state from the validated dataset (at build time, with d3),
 * so the page ships coordinates, not d3. Pure: the same dataset always gives the same scenes.
 *
 *   buildScenes(dataset).seats.states.party.slice(66, 70) // → ['CPP', 'CPP', 'CNRP', 'CNRP']
 */
import { scaleUtc } from 'd3';
import { assignSeats } from '../charts/assignSeats.ts';
import { hemicycleSeats } from '../charts/hemicycleSeats.ts';
import { hemicycleSize } from '../charts/hemicycleSize.ts';
import { round2 } from '../charts/round2.ts';
import { slopeChart } from '../charts/slopeChart.ts';
import { spreadLabels } from '../charts/spreadLabels.ts';
import { votesVsSeats } from '../charts/votesVsSeats.ts';
import { formatDate, formatPercent, formatShortDate, MONTHS } from '../format/format.ts';
import { allEvents, electionDate, eventById, majorityOf, meetingDate, seatCount, shortName } from '../data/lookups.ts';
import type { Dataset } from '../data/types.ts';
import { shownDataset } from '../copy/resolveText.ts';
import type { ChangeScene, Label, MeetingsScene, Scenes, SeatsScene, TimelineScene, VotesScene } from './scenes.ts';

const WIDTH = 400;
/** The seat charts are narrower, so that their small labels print at full size on a phone. */
const SEATS_WIDTH = 350;
const TIMELINE_WIDTH = 360;
/** Average width of a character of a 13 px chart label, for fitting labels. */
const LABEL_CHAR_WIDTH = 6.6;
/** Right edge of the constituency names in the map layout. */
const NAMES_X = 118;

export function buildScenes(raw: Dataset): Scenes {
  // Chart labels print prose fields (timeline titles, span labels) as readers see them.
  const data = shownDataset(raw);
  return { seats: seatsScene(data), votes: votesScene(data), change: changeScene(data), timeline: timelineScene(data), meetings: meetingsScene(data) };
}


function seatsScene(data: Dataset): SeatsScene {
  const e = data.election;
  const total = e.totalSeats.value;
  const W = SEATS_WIDTH;
  const geometry = hemicycleSize(total, { width: W - 20 });
  const rowHeight = 14.5;
  const mapTop = 40;
  const boxHeight = round2(mapTop + e.constituencies.length * rowHeight + 6);
  // The chamber (seats, and labels 42 units below the baseline) sits in the middle of the box.
  const chamberHeight = geometry.height + 42 + 8;
  const top = round2(Math.max(8, (boxHeight - chamberHeight) / 2) + 8);
  const hemi = hemicycleSeats(total, { width: W - 20 }).map((s) => ({ x: round2(s.x + 10), y: round2(s.y + top) }));
  const winners = e.results2013.filter((r) => r.seats > 0);
  const party = assignSeats(winners.map((r) => ({ key: r.party, count: r.seats })), total);
  const claimed = assignSeats(winners.map((r) => ({ key: r.party, count: e.cnrpClaim.seats[r.party] ?? 0 })), total);
  const boycotting = e.boycott.party;
  const boycott = party.map((p) => (p === boycotting ? 'vacant' : p));

  // The constituency rows: biggest first; in each row one dot per seat, parties in result order.
  const dot = 12;
  const rows = [...e.constituencies].sort((a, b) => seatCount(b.seats) - seatCount(a.seats) || a.name.localeCompare(b.name));
  const slots = new Map<string, { x: number; y: number }[]>();
  rows.forEach((row, i) => {
    let k = 0;
    for (const r of winners) {
      for (let j = 0; j < (row.seats[r.party] ?? 0); j++, k++) {
        const list = slots.get(r.party) ?? [];
        list.push({ x: round2(NAMES_X + 8 + k * dot), y: round2(mapTop + i * rowHeight + rowHeight / 2) });
        slots.set(r.party, list);
      }
    }
  });
  const used = new Map<string, number>();
  const map = party.map((p) => {
    const n = used.get(p) ?? 0;
    used.set(p, n + 1);
    return slots.get(p)![n];
  });

  const cy = geometry.cy + top;
  const cx = geometry.cx + 10;
  const majority = majorityOf(total);
  const seatsSorted = hemicycleSeats(total, { width: W - 20 });
  const angle = (seatsSorted[majority - 1].angle + seatsSorted[majority].angle) / 2;
  const r1 = geometry.innerRadius - geometry.seatRadius * 2;
  const r2 = geometry.outerRadius + geometry.seatRadius * 2;
  const majorityLine = {
    x1: round2(cx + r1 * Math.cos(angle)),
    y1: round2(cy - r1 * Math.sin(angle)),
    x2: round2(cx + r2 * Math.cos(angle)),
    y2: round2(cy - r2 * Math.sin(angle)),
  };
  const below = round2(cy + 30);
  const [first, second] = winners;
  const pair = (a: string, b: string): Label[] => [
    { text: a, x: 10, y: below, anchor: 'start', className: `label-${first.party}` },
    { text: b, x: W - 10, y: below, anchor: 'end', className: `label-${second.party}` },
  ];
  const centre: Label = { text: `${total} seats`, x: cx, y: round2(cy - 8), anchor: 'middle', className: 'label-total' };
  const result = pair(`${shortName(data, first.party)} ${first.seats}`, `${shortName(data, second.party)} ${second.seats}`);
  const labels: Record<string, Label[]> = {
    empty: [centre],
    party: [centre, ...result],
    majority: [centre, { text: `${majority} seats for a majority`, x: majorityLine.x2, y: round2(majorityLine.y2 - 6), anchor: 'middle', className: 'label-majority' }, ...result],
    claim: [{ ...centre, text: 'As claimed' }, ...pair(`${shortName(data, first.party)} ${e.cnrpClaim.seats[first.party]}`, `${shortName(data, second.party)} ${e.cnrpClaim.seats[second.party]}`)],
    boycott: [{ ...centre, text: `${first.seats} of ${total}` }, ...pair(`${shortName(data, first.party)} ${first.seats} seated`, `${shortName(data, second.party)} ${second.seats} empty`)],
    full: [centre, ...result],
    seats: [
      { text: 'One dot per seat', x: NAMES_X, y: 20, anchor: 'end', className: 'label-note' },
      { text: shortName(data, first.party), x: NAMES_X + 8, y: 20, anchor: 'start', className: `label-${first.party}` },
      { text: shortName(data, second.party), x: NAMES_X + 56, y: 20, anchor: 'start', className: `label-${second.party}` },
    ],
  };
  return {
    width: W,
    namesX: NAMES_X,
    height: boxHeight,
    chamberBox: [0, round2(top - 30), W, round2(cy + 42 - top + 30)],
    r: geometry.seatRadius,
    mapR: 5,
    seats: hemi.map((h, i) => ({ hemi: h, map: map[i] })),
    states: { empty: party.map(() => 'none'), party, majority: party, claim: claimed, boycott, full: party, seats: party },
    labels,
    majority: majorityLine,
    map: rows.map((row, i) => ({ name: row.name, y: round2(mapTop + i * rowHeight + rowHeight / 2), total: seatCount(row.seats), text: winners.map((r) => `${shortName(data, r.party)} ${row.seats[r.party] ?? 0}`).join(', ') })),
  };
}


function votesScene(data: Dataset): VotesScene {
  const e = data.election;
  const top = 44;
  const layout = votesVsSeats(
    e.results2013.map((r) => ({ key: r.party, voteShare: r.sharePercent, seatShare: (100 * r.seats) / e.totalSeats.value })),
    { width: WIDTH - 56, rowHeight: 40, labelWidth: 86 },
  );
  const rows = layout.rows.map((row) => {
    const r = e.results2013.find((x) => x.party === row.key)!;
    const bar = (b: { x: number; y: number; width: number; height: number }, label: string) => {
      // A label that would run past the chart's edge goes inside the end of its bar.
      const inside = b.x + b.width + 4 + label.length * LABEL_CHAR_WIDTH > WIDTH;
      return { ...b, y: round2(b.y + top), label, inside, labelX: round2(inside ? b.x + b.width - 4 : b.x + b.width + 4) };
    };
    return {
      key: row.key,
      name: shortName(data, row.key),
      y: round2(row.y + top),
      vote: bar(row.voteBar, formatPercent(r.sharePercent)),
      seat: bar(row.seatBar, r.seats ? `${formatPercent((100 * r.seats) / e.totalSeats.value)} · ${r.seats} seats` : 'no seats'),
    };
  });
  return {
    width: WIDTH,
    height: round2(top + layout.height + 28),
    rows,
    ticks: layout.ticks.map((t) => ({ x: t.x, label: t.label })),
    axisY: round2(top + layout.height + 4),
    legend: [
      { text: 'Share of votes', x: 86, y: 16, anchor: 'start', className: 'legend-votes' },
      { text: 'Share of seats', x: 226, y: 16, anchor: 'start', className: 'legend-seats' },
    ],
  };
}

function changeScene(data: Dataset): ChangeScene {
  const e = data.election;
  const seats2013 = new Map(e.results2013.map((r) => [r.party, r.seats]));
  const into = (party: string) => (e.merger.from.includes(party) ? e.merger.into : party);
  const rows = e.results2008.map((r) => ({ key: r.party, from: r.seats, to: seats2013.get(into(r.party)) ?? 0 }));
  const left = 120;
  const right = WIDTH - 120;
  const top = 40;
  const height = 250;
  const lines = slopeChart(rows, { width: right - left, height, labelGap: 16 });
  const year2008 = String(e.previousElectionYear.value);
  const year2013 = electionDate(data).slice(0, 4);
  const labels2013 = new Map<string, Label>();
  lines.forEach((l, i) => {
    const party = into(rows[i].key);
    if (!labels2013.has(party) && seats2013.has(party))
      labels2013.set(party, { text: `${shortName(data, party)} ${seats2013.get(party)}`, x: right + 8, y: round2(l.y2 + top + 4), anchor: 'start', className: `label-${party}` });
  });
  return {
    width: WIDTH,
    height: top + height + 16,
    lines: lines.map((l, i) => ({ key: l.key, x1: left, y1: round2(l.y1 + top), x2: right, y2: round2(l.y2 + top), party2013: seats2013.has(into(rows[i].key)) ? into(rows[i].key) : 'none' })),
    labels2008: lines.map((l) => ({ text: `${shortName(data, l.key)} ${rows.find((r) => r.key === l.key)!.from}`, x: left - 8, y: round2(l.labelY1 + top + 4), anchor: 'end', className: `label-${l.key}` })),
    labels2013: [...labels2013.values()],
    years: [
      { text: year2008, x: left, y: 18, anchor: 'middle', className: 'label-year' },
      { text: year2013, x: right, y: 18, anchor: 'middle', className: 'label-year' },
    ],
  };
}


/** x of the timeline's axis; spans stand to its right, labels to theirs. */
const AXIS_X = 58;

function timelineScene(data: Dataset): TimelineScene {
  const all = allEvents(data);
  const height = 400;
  const top = 24;
  const bottom = height - 16;
  const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;
  const nextMonth = (iso: string) => {
    const [y, m] = iso.split('-').map(Number);
    return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  };
  // Each state shows what data/timeline.json "views" declares, by event id: never picked by kind.
  const build = (view: Dataset['timeline']['views'][keyof Dataset['timeline']['views']]) => {
    const from = eventById(data, view.from);
    const to = view.to === undefined ? all.at(-1)! : eventById(data, view.to);
    const events = view.marks ? view.marks.map((id) => eventById(data, id)) : all.filter((ev) => ev.date >= from.date && ev.date <= to.date);
    const y = scaleUtc().domain([new Date(`${monthStart(from.date)}T00:00Z`), new Date(`${nextMonth(to.date)}T00:00Z`)]).range([top, bottom]);
    const at = (iso: string) => round2(y(new Date(`${iso}T00:00Z`)));
    const ticks = y.ticks(8).map((d, i) => ({ y: round2(y(d)), label: `${MONTHS[d.getUTCMonth()]!.slice(0, 3)}${d.getUTCMonth() === 0 || i === 0 ? ` ${d.getUTCFullYear()}` : ''}` }));
    const ys = events.map((ev) => at(ev.date));
    const labelYs = spreadLabels(ys.map((v) => v - top), 17, bottom - top).map((v) => round2(v + top));
    const spans = view.spans ?? [];
    return {
      axis: { x: AXIS_X, y1: top, y2: bottom },
      ticks,
      events: events.map((ev, i) => ({ id: ev.id, y: ys[i], labelY: labelYs[i], date: formatShortDate(ev.date), title: ev.title, kind: ev.kind })),
      spans: spans.map((span, i) => {
        const y1 = at(eventById(data, span.from).date);
        const y2 = at(to.date);
        return { y1, y2, x: AXIS_X + 8 + i * 20, label: span.label, labelY: round2((y1 + y2) / 2) };
      }),
      labelX: spans.length ? AXIS_X + 8 + spans.length * 20 + 2 : AXIS_X + 18,
    };
  };
  const views = data.timeline.views;
  return { width: TIMELINE_WIDTH, height, states: { dispute: build(views.dispute), boycott: build(views.boycott), afterwards: build(views.afterwards) } };
}

function meetingsScene(data: Dataset): MeetingsScene {
  const conflicts = new Map(data.sources.conflicts.map((c) => [c.id, c]));
  const longest = Math.max(...data.meetings.meetings.map((m) => m.duration?.hours ?? 0), 1);
  return {
    meetings: data.meetings.meetings.map((m) => ({
      n: m.n,
      date: formatDate(meetingDate(data, m)),
      jointStatement: m.jointStatement,
      duration: m.duration?.text ?? null,
      bar: m.duration ? round2((100 * m.duration.hours) / longest) : null,
      durationConflict: m.durationConflict ? conflicts.get(m.durationConflict)!.claims.map((c) => c.claim.charAt(0).toLowerCase() + c.claim.slice(1)).join('; ') : null,
      outcome: m.outcome,
      demands: m.demands,
    })),
  };
}
