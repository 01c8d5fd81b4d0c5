/**
 * Edge cases found in review: each once let a bad dataset through or gave a misleading message.
 */
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../src/lib/data/parseJsonText.ts';
import { renderStory } from '../../../src/entry-server.ts';
import { buildScenes } from '../../../src/charts/index.ts';
import { datasetFrom, problemsOf, realDataset, withJson } from '../fixtures/dataTexts.ts';

describe('validateDataset(texts) on edge cases', () => {
  it('rejects figure tokens that name built-in object properties instead of parties', () => {
    const texts = withJson('copy', (c) => {
      c.dek = 'Claimed {claim:constructor} and {cseats:phnom-penh:toString}.';
    });
    expect(problemsOf(texts)).toEqual([
      'data/copy.json: dek: no claimed seats for party "constructor" (in {claim:constructor})',
      'data/copy.json: dek: no seats for party "toString" in constituency "phnom-penh" (in {cseats:phnom-penh:toString})',
    ]);
  });

  it('rejects a section id used twice or one the page uses itself', () => {
    const texts = withJson('copy', (c) => {
      c.sections[1].id = 'election';
      c.sections[2].id = 'sources';
    });
    expect(problemsOf(texts)).toEqual([
      'data/copy.json: sections[1].id: expected a unique id, found "election" a second time',
      'data/copy.json: sections[2].id: expected an id the page does not use itself (main, sources, graphic-root, corrections, data, chart-title, step-…, source-…, conflict-…, …-heading), found "sources"',
    ]);
  });

  it('rejects a section id the page makes from something else: a step anchor, a disagreement, another section\'s heading, or the corrections', () => {
    const texts = withJson('copy', (c) => {
      c.sections[1].id = 'step-result';
      c.sections[2].id = 'conflict-turnout';
      c.sections[3].id = 'election-heading';
      c.sections[4].id = 'corrections';
    });
    expect(problemsOf(texts).filter((p) => p.includes('does not use itself')).map((p) => p.replace(/ \(.*\)/, ''))).toEqual([
      'data/copy.json: sections[1].id: expected an id the page does not use itself, found "step-result"',
      'data/copy.json: sections[2].id: expected an id the page does not use itself, found "conflict-turnout"',
      'data/copy.json: sections[3].id: expected an id the page does not use itself, found "election-heading"',
      'data/copy.json: sections[4].id: expected an id the page does not use itself, found "corrections"',
    ]);
  });

  it('reports a badly written date once, not twice', () => {
    const texts = withJson('timeline', (t) => {
      t.events[1].date = '28/07/2013';
    });
    expect(problemsOf(texts)).toEqual(['data/timeline.json: events[1].date: expected a date written YYYY-MM-DD, found "28/07/2013"']);
  });

  it('shows text made of spaces as it is in the file', () => {
    const texts = withJson('copy', (c) => {
      c.headline = '   ';
    });
    expect(problemsOf(texts)).toEqual(['data/copy.json: headline: expected non-empty text, found "   "']);
  });

  it('takes the boycotting party from the data, not from the order of the results', () => {
    const swapped = datasetFrom(
      withJson('election', (e) => {
        e.elections[1].results = [e.elections[1].results[1], e.elections[1].results[0], ...e.elections[1].results.slice(2)];
      }),
    );
    const boycott = buildScenes(swapped).seats.states.boycott!;
    expect(boycott.filter((p) => p === 'vacant').length).toBe(55);
    expect(boycott.filter((p) => p === 'CPP').length).toBe(68);
    expect(problemsOf(withJson('election', (e) => void (e.boycott.party = 'FUNCINPEC')))).toEqual([
      'data/election.json: boycott.party: expected a party that won seats in 2013, found "FUNCINPEC"',
    ]);
  });
});

describe('parseJsonText(text) columns', () => {
  it('does not count a byte-order mark as a column', () => {
    expect(parseJsonText('\uFEFF{"a": 1,}')).toMatchObject({ ok: false, line: 1, column: 9 });
  });

  it('points just past the last character when a file ends inside an escape', () => {
    expect(parseJsonText('"\\')).toMatchObject({ ok: false, line: 1, column: 3 });
  });
});

describe('renderStory(dataset) keeps the spaces screen readers need', () => {
  it('separates a sentence\'s source marker from the next sentence, and "Chart:" from the caption', () => {
    const { body } = renderStory(realDataset());
    expect(body).toMatch(/2013\.<a class="sentence-ref" [^>]*>.*?<span class="visually-hidden">Sources [\d, and]+<\/span><\/a> The opposition/);
    expect(body).toMatch(/<span class="visually-hidden">Chart: <\/span>/);
  });
});

describe('validateDataset(texts) against hostile JSON', () => {
  it('reports a "__proto__" field, which record schemas would otherwise drop without a word', () => {
    const texts = withJson('election', () => undefined);
    texts.election = texts.election!.replace('"seats": {\n        "CPP": 3,', '"seats": {\n        "__proto__": {"CPP": 99},\n        "CPP": 3,');
    expect(problemsOf(texts)).toEqual(['data/election.json: constituencies[4].seats.__proto__: unexpected field; check its spelling or remove it']);
  });

  it('answers JSON nested 20,000 levels deep with a problem line, not a stack overflow', () => {
    const texts = withJson('people', () => undefined);
    texts.people = '['.repeat(20000);
    expect(problemsOf(texts)).toEqual(['data/people.json: line 1, column 101: invalid JSON: expected at most 100 levels of nested [ and {, found "["']);
  });

  it('keeps every problem on one line, whatever the data holds', () => {
    const texts = withJson('copy', (c) => void (c.headline = 'See [x]{a\nb} here'));
    expect(problemsOf(texts)).toEqual(['data/copy.json: headline: expected a figure such as {seats:CPP}, found a stray "{"']);
    const control = withJson('copy', (c) => void (c.kicker = 'Cambodia\u0007 {nope}'));
    for (const line of problemsOf(control)) expect(line).not.toMatch(/[\n\r\u0007]/);
  });

  it('shows a character outside the basic plane whole, not half of it', () => {
    const texts = withJson('people', () => undefined);
    texts.people = '{"people": [ {😀: 1} ]}';
    expect(problemsOf(texts)).toEqual(['data/people.json: line 1, column 15: invalid JSON: expected a "quoted" field name, found "😀"']);
  });
});
