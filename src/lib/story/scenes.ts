/**
 * Geometry of every chart state, computed at build time with d3 so that the browser only draws.
 * All coordinates are in the units of each chart's viewBox (400 wide).
 */
export type Point = { x: number; y: number };
export type Label = { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end'; className?: string };

/** One mark per seat, in two layouts: the hemicycle and the constituency rows. */
export type SeatsScene = {
  width: number;
  /** Right edge of the constituency names in the map layout. */
  namesX: number;
  height: number;
  /** viewBox of the chamber alone (the hemicycle and its labels), for static figures. */
  chamberBox: [number, number, number, number];
  r: number;
  mapR: number;
  seats: { hemi: Point; map: Point }[];
  /** The party key of each seat in each state; "vacant" is a won seat left empty, "none" an unfilled one. */
  states: Record<string, string[]>;
  /** Labels drawn in each state. */
  labels: Record<string, Label[]>;
  majority: { x1: number; y1: number; x2: number; y2: number };
  map: { name: string; y: number; total: number; text: string }[];
};

/** A bar and its value label: after the bar, or inside its end when it would not fit after it. */
export type VotesBar = { x: number; y: number; width: number; height: number; label: string; labelX: number; inside: boolean };

export type VotesScene = {
  width: number;
  height: number;
  rows: { key: string; name: string; y: number; vote: VotesBar; seat: VotesBar }[];
  ticks: { x: number; label: string }[];
  axisY: number;
  legend: Label[];
};

export type ChangeScene = {
  width: number;
  height: number;
  /** Lines from 2008 to 2013; `party2013` is where the 2008 party's seats went. */
  lines: { key: string; x1: number; y1: number; x2: number; y2: number; party2013: string }[];
  labels2008: Label[];
  labels2013: Label[];
  years: Label[];
};

export type TimelineScene = {
  width: number;
  height: number;
  /** Per state: a vertical time axis from top to bottom. */
  states: Record<
    string,
    {
      /** The time axis, drawn over the whole domain (from the first month to the month after the last event). */
      axis: { x: number; y1: number; y2: number };
      ticks: { y: number; label: string }[];
      events: { id: string; y: number; labelY: number; date: string; title: string; kind: string }[];
      spans: { y1: number; y2: number; x: number; label: string; labelY: number }[];
      /** Where event labels start (right of the spans, if any). */
      labelX: number;
    }
  >;
};

export type MeetingsScene = {
  meetings: {
    n: number;
    date: string;
    jointStatement: boolean;
    duration: string | null;
    /** Length of the duration bar, 0–100 (share of the longest meeting); null when not reported. */
    bar: number | null;
    durationConflict: string | null;
    outcome: string;
    demands: { CNRP: string; CPP: string } | null;
  }[];
};

export type Scenes = { seats: SeatsScene; votes: VotesScene; change: ChangeScene; timeline: TimelineScene; meetings: MeetingsScene };
