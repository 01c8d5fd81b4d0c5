/**
 * The timeline chart: its scene (the geometry of every state) and its data table, on the frozen fixture data.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../../tests/unit/fixtures/dataTexts.ts';
import { buildScenes, buildTables } from '../index.ts';
import { tableFor } from '../tableFor.ts';

const data = realDataset();
const scenes = buildScenes(data);
const tables = buildTables(data);

describe('timeline scene', () => {
  it('buildScenes(data).timeline has the four states with their events, in date order from top to bottom', () => {
    const { states } = scenes.timeline;
    expect(Object.keys(states)).toEqual(['dispute', 'boycott', 'afterwards', 'epilogue']);
    expect(states.boycott.events.map((e) => e.id)).toEqual(['election', 'parliament-opens', 'commission-agreed', 'meeting-4']);
    expect(states.boycott.spans.map((s) => s.label)).toEqual(['Since the election', 'Since parliament opened']);
    expect(states.dispute.events.map((e) => e.id)).toEqual([
      'election', 'nec-preliminary', 'rally', 'nec-official', 'palace-meeting', 'kbal-thnal', 'reform-talks',
      'parliament-opens', 'pm-vote', 'daily-protests', 'garment-strike', 'veng-sreng', 'freedom-park-cleared',
    ]);
    expect(states.afterwards.events.map((e) => e.id)).toEqual(['meeting-4', ...data.timeline.afterwards.map((e) => e.id)]);
    for (const [name, state] of Object.entries(states)) {
      const ys = state.events.map((e) => e.y);
      const labelYs = state.events.map((e) => e.labelY);
      expect(ys, name).toEqual([...ys].sort((a, b) => a - b));
      expect(labelYs, name).toEqual([...labelYs].sort((a, b) => a - b));
      // Labels are spread at least 17 units apart so that they do not overlap.
      for (let i = 1; i < labelYs.length; i++) expect(labelYs[i]! - labelYs[i - 1]!, `${name} label ${i}`).toBeGreaterThanOrEqual(16.99);
    }
  });
});

describe('timeline table', () => {
  it('buildTables(data).timeline gives every event, with a range for events over several days', () => {
    expect(tables.timeline.rows).toHaveLength(data.timeline.events.length + data.timeline.afterwards.length);
    expect(tables.timeline.rows[7]![0]).toBe('16 September 2013 – 17 September 2013');
    expect(tables.timeline.rows[1]![0]).toBe('28 July 2013');
  });

  it('buildTables(data).timeline names the sources of every event, row by row, with those of the figures its text prints', () => {
    const events = [...data.timeline.events, ...data.timeline.afterwards];
    expect(tables.timeline.sources).toHaveLength(tables.timeline.rows.length);
    events.forEach((ev, r) => {
      expect(tables.timeline.rows[r]![1], ev.id).toContain(ev.title);
      expect(tables.timeline.sources![r]!.slice(0, ev.sources.length), ev.id).toEqual(ev.sources);
    });
    // "The NEC announces the official results: CPP {seats:CPP}, CNRP {seats:CNRP}": the event's own
    // source, then those of the seat figures it prints, each once.
    const official = events.findIndex((ev) => ev.id === 'nec-official');
    expect(tables.timeline.sources![official]).toEqual(['vna-final-results', 'ipu-2013', 'nec-preliminary']);
  });
  it('tableFor(table, state) lists the events that state’s chart draws, with their sources, and no others', () => {
    for (const state of ['dispute', 'boycott', 'afterwards', 'epilogue'] as const) {
      const shown = tableFor(tables.timeline, state);
      const drawn = scenes.timeline.states[state].events.map((ev) => ev.title);
      expect(shown.rows.map((row) => drawn.some((title) => row[1]!.startsWith(`${title}.`))), state).not.toContain(false);
      expect(shown.rows, state).toHaveLength(drawn.length);
      expect(shown.sources, state).toHaveLength(drawn.length);
    }
    // The boycott chart marks four events; its table lists those four.
    expect(tableFor(tables.timeline, 'boycott').rows.map((row) => row[0])).toEqual(['28 July 2013', '23 September 2013', '18 February 2014', '24 March 2014']);
  });
});
