import { scaleUtc } from 'd3';
import { round2 } from '../../lib/charts/round2.ts';
import { spreadLabels } from '../../lib/charts/spreadLabels.ts';
import { eventById } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { editionFormats } from '../../lib/copy/resolveText.ts';
import type { Formats } from '../../lib/format/formats.ts';
import { viewEvents, type TimelineView } from './viewEvents.ts';

const WIDTH = 360;
const HEIGHT = 400;
const TOP = 24;
const BOTTOM = HEIGHT - 16;
/** x of the axis; the spans stand to its right, the labels to theirs. */
const AXIS_X = 58;
const SPAN_GAP = 20;
/** The smallest distance between two event labels. */
const LABEL_GAP = 17;

/** What one state of the timeline draws: the axis and its ticks, the events of its view, its spans. */
export type TimelineState = {
  /** The time axis, over the whole domain (from the first month to the month after the last event). */
  axis: { x: number; y1: number; y2: number };
  /** Each tick's month; `year`, on a line of its own, where a language's month names are too long to share one (Khmer). */
  ticks: { y: number; label: string; year?: string }[];
  events: { id: string; y: number; labelY: number; date: string; title: string; kind: string }[];
  /** Bars from an event to the end of the chart; each label reads across at `labelY`, among the event labels. */
  spans: { y1: number; y2: number; x: number; midY: number; label: string; labelY: number }[];
  /** Where event labels start (right of the spans, if any). */
  labelX: number;
};

/** The timeline chart in each of its states (the views of data/timeline.json), in one box. */
export type TimelineScene = { width: number; height: number; states: Record<'dispute' | 'boycott' | 'afterwards' | 'epilogue', TimelineState> };


/**
 * The timeline chart's geometry: time runs down a vertical axis; each state shows the events that
 * data/timeline.json `views` names (never picked by their kind), labelled without overlapping,
 * and the spans a view declares, from an event to the end of the chart. Ticks and dates are written
 * the edition's way (editionFormats: "Jul 2013", "28 Jul" in English).
 *
 *   timelineScene(dataset).states.boycott.spans.map((s) => s.label) // → ['Since the election', 'Since parliament opened']
 */
export function timelineScene(data: Dataset): TimelineScene {
  const views = data.timeline.views;
  const f = editionFormats(data);
  return {
    width: WIDTH,
    height: HEIGHT,
    states: { dispute: stateOf(data, views.dispute, f), boycott: stateOf(data, views.boycott, f), afterwards: stateOf(data, views.afterwards, f), epilogue: stateOf(data, views.epilogue, f) },
  };
}

/** One state of the timeline: the events of `view`, its ticks and dates written in the edition's way (`f`). */
function stateOf(data: Dataset, view: TimelineView, f: Formats): TimelineState {
  const { from, to, events } = viewEvents(data, view);
  // Over more than two calendar years a label far from its tick needs its year ("29 Jul 2018").
  const withYear = Number(to.date.slice(0, 4)) - Number(from.date.slice(0, 4)) > 2;
  const y = scaleUtc().domain([utc(monthStart(from.date)), utc(nextMonth(to.date))]).range([TOP, BOTTOM]);
  const at = (iso: string) => round2(y(utc(iso)));
  // Each tick is a month's short name; January and the first tick add the year ("Jan 2014"), on a
  // line of its own in a language without short month names (Khmer: "កក្កដា" over "២០១៣").
  const ticks = y.ticks(8).map((d, i) => {
    const month = f.month(isoDay(d));
    const year = d.getUTCMonth() === 0 || i === 0 ? f.year(d.getUTCFullYear()) : undefined;
    if (!year) return { y: round2(y(d)), label: month };
    return f.lang === 'en' ? { y: round2(y(d)), label: `${month} ${year}` } : { y: round2(y(d)), label: month, year };
  });
  const ys = events.map((ev) => at(ev.date));
  const spans = (view.spans ?? []).map((span) => ({ label: span.label, y1: at(eventById(data, span.from).date), y2: at(to.date) }));
  // A span's label reads across, among the event labels, beside the middle of its span: all
  // labels are spread together so that none overlaps another.
  const anchors = [...ys, ...spans.map((sp) => round2((sp.y1 + sp.y2) / 2))];
  const order = anchors.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const spread = spreadLabels(order.map(([v]) => v - TOP), LABEL_GAP, BOTTOM - TOP);
  const placed: number[] = [];
  order.forEach(([, i], k) => (placed[i] = round2((spread[k] ?? 0) + TOP)));
  const labelYs = placed.slice(0, ys.length);
  return {
    axis: { x: AXIS_X, y1: TOP, y2: BOTTOM },
    ticks,
    events: events.map((ev, i) => ({ id: ev.id, y: ys[i] ?? TOP, labelY: labelYs[i] ?? TOP, date: withYear ? `${f.shortDate(ev.date)} ${f.year(ev.date.slice(0, 4))}` : f.shortDate(ev.date), title: ev.title, kind: ev.kind })),
    spans: spans.map((span, i) => ({ ...span, x: AXIS_X + 8 + i * SPAN_GAP, midY: round2((span.y1 + span.y2) / 2), labelY: placed[ys.length + i] ?? TOP })),
    labelX: spans.length ? AXIS_X + 8 + spans.length * SPAN_GAP + 2 : AXIS_X + 18,
  };
}

/** The day of a date as YYYY-MM-DD (in UTC, as the axis counts). */
function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function utc(iso: string): Date {
  return new Date(`${iso}T00:00Z`);
}

function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

function nextMonth(iso: string): string {
  const [y = 0, m = 1] = iso.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
