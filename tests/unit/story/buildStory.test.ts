import { storyElection } from '../../../src/lib/data/elections.ts';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/data/types.ts';
import { formatPartialDate } from '../../../src/lib/format/format.ts';
import { buildStory } from '../../../src/lib/story/buildStory.ts';
import type { Paragraph, Story } from '../../../src/lib/story/types.ts';
import { realDataset } from '../fixtures/dataTexts.ts';

const data = realDataset();
const story = buildStory(data);

/** Every paragraph of the story, labelled with where it is. */
function paragraphs(s: Story): [string, Paragraph][] {
  return [
    ['kicker', s.kicker],
    ['headline', s.headline],
    ['dek', s.dek],
    ['byline', s.byline],
    ...s.sections.map((sec): [string, Paragraph] => [`sections.${sec.id}.heading`, sec.heading]),
    ...s.steps.flatMap((st) => [...st.text.map((p, i): [string, Paragraph] => [`${st.anchor}.text[${i}]`, p]), [`${st.anchor}.alt`, st.alt] as [string, Paragraph]]),
    ['sourcesHeading', s.sourcesHeading],
    ['sourcesIntro', s.sourcesIntro],
    ['credits', s.credits],
    ['methodology', s.methodology],
  ];
}
const noteId = (n: number) => story.notes[n - 1]?.id;

describe('buildStory', () => {
  it('buildStory(data) gives 18 steps anchored by their ids (step-voters …), indexes 0 … 17 and published numbers 1 … 18', () => {
    expect(story.steps).toHaveLength(18);
    expect(story.steps.map((s) => s.anchor)).toEqual(data.copy.sections.flatMap((sec) => sec.steps.map((st) => `step-${st.id}`)));
    expect(story.steps[0]!.anchor).toBe('step-voters');
    expect(story.steps.map((s) => s.numbers)).toEqual(Array.from({ length: 18 }, (_, i) => [i + 1]));
    expect(story.steps.map((s) => s.index)).toEqual(Array.from({ length: 18 }, (_, i) => i));
  });

  it('buildStory(data) keeps the step ids, sections and charts of the copy, in order', () => {
    expect(story.steps.map((s) => `${s.sectionId}/${s.id} ${s.chart.view}:${s.chart.state}`)).toEqual([
      'election/voters chamber:empty',
      'election/result chamber:party',
      'election/majority chamber:majority',
      'votes/votes-vs-seats votes:all',
      'change/seats-2008 change:2008',
      'change/seats-2013 change:2013',
      'where/constituencies map:seats',
      'dispute/claim chamber:claim',
      'dispute/protests timeline:dispute',
      'boycott/opening chamber:boycott',
      'boycott/boycott-length timeline:boycott',
      'talks/commission meetings:overview',
      'talks/meeting-1 meetings:1',
      'talks/meeting-2 meetings:2',
      'talks/meeting-3 meetings:3',
      'talks/meeting-4 meetings:4',
      'afterwards/deal timeline:afterwards',
      'afterwards/full-house chamber:full',
    ]);
    expect(story.sections.flatMap((s) => s.steps)).toEqual(story.steps);
  });

  it('buildStory(data) resolves figures into text that carries the note numbers of their sources, and ends their sentence with a reference to them', () => {
    expect(story.steps[1]!.text[0]).toEqual([
      { text: 'The count gave the CPP ' },
      { text: '68', notes: [1, 2, 3] },
      { text: ' seats and the CNRP ' },
      { text: '55', notes: [1, 2, 3] },
      { text: '.' },
      { text: '', refs: [1, 2, 3] },
      { text: ' No other party won a seat.' },
    ]);
    expect([1, 2, 3].map(noteId)).toEqual(['vna-final-results', 'ipu-2013', 'nec-preliminary']);
  });

  it('buildStory(data) gives every sentence of the story with figures one reference: the union of their notes, in order of first appearance', () => {
    expect(story.dek.flatMap((s) => (s.refs ? [s.refs] : []))).toEqual([
      [1, 2, 3, 4, 5, 6],
      [6, 13, 7, 8, 9, 10, 11, 12],
    ]);
    for (const [where, paragraph] of paragraphs(story)) {
      let open: number[] = [];
      for (const segment of paragraph) {
        if (segment.refs) {
          expect(open.length, `${where}: a reference without figures before it`).toBeGreaterThan(0);
          expect(segment.refs, where).toEqual(open);
          open = [];
        } else for (const n of segment.notes ?? []) if (!open.includes(n)) open.push(n);
      }
      expect(open, `${where}: notes left without a reference`).toEqual([]);
    }
  });

  it('buildStory(data) resolves the dek with its figures and dates', () => {
    expect(story.dek.map((s) => s.text).join('')).toBe(
      'Cambodia’s ruling party won 68 of 123 seats on 28 July 2013. The opposition alleged serious irregularities, stayed out of parliament, and by 24 March 2014 four rounds of talks on electoral reform had run aground.',
    );
  });

  it('buildStory(data) writes meta as plain text and the update date in words', () => {
    expect(story.meta).toEqual({
      title: 'Cambodia’s disputed election: from a 68–55 result to stalled talks',
      description:
        'How Cambodia’s 28 July 2013 election turned into a boycott of parliament and four rounds of electoral-reform talks that stalled on 24 March 2014. A visual explainer.',
      canonicalUrl: 'https://example.org/news/2014/cambodia-election/',
      lang: 'en',
      published: '2026-11-29',
      updated: '2026-11-29',
      updatedText: '29 November 2026',
      siteName: 'Cambodia 2013 election explainer',
    });
  });

  it('buildStory(data) gives a cited phrase the notes of its own sources', () => {
    const meeting3 = story.steps.find((s) => s.id === 'meeting-3')!;
    const cite = meeting3.text[0]!.find((s) => s.text === '14 points')!;
    expect(cite.notes!.map(noteId)).toEqual(['voa-meeting-3', 'rfa-14-points']);
  });

  it('every figure and cited phrase of the story carries note numbers that exist in story.notes', () => {
    let figures = 0;
    for (const [where, paragraph] of paragraphs(story)) {
      for (const segment of paragraph) {
        if (!segment.notes) continue;
        figures++;
        expect(segment.notes.length, where).toBeGreaterThan(0);
        expect(new Set(segment.notes).size, where).toBe(segment.notes.length);
        for (const n of segment.notes) expect(story.notes[n - 1]?.n, `${where}: note ${n}`).toBe(n);
      }
    }
    expect(figures).toBeGreaterThan(100);
  });

  it('no resolved paragraph still contains a figure token or a cited-phrase bracket', () => {
    for (const [where, paragraph] of paragraphs(story)) expect(paragraph.map((s) => s.text).join(''), where).not.toMatch(/[{}[\]]/);
  });

  it('buildStory(data) numbers notes 1 … n without gaps, in order of first citation', () => {
    expect(story.notes.map((n) => n.n)).toEqual(Array.from({ length: story.notes.length }, (_, i) => i + 1));
    expect(story.notes.slice(0, 7).map((n) => n.id)).toEqual(['vna-final-results', 'ipu-2013', 'nec-preliminary', 'asia-matters', 'cambodia-daily-claims', 'vna-talks-fail', 'vna-meeting-1']);
  });

  it('every source in data/sources.json appears exactly once in story.notes, with its details', () => {
    expect(story.notes).toHaveLength(data.sources.sources.length);
    expect(story.notes.map((n) => n.id).sort()).toEqual(data.sources.sources.map((s) => s.id).sort());
    for (const s of data.sources.sources) {
      const note = story.notes.find((n) => n.id === s.id)!;
      // Dates are written out for readers: "2014-03-25" → "25 March 2014", "2014-03" → "March 2014".
      expect(note).toEqual({ n: note.n, id: s.id, publisher: s.publisher, title: s.title, date: s.date === null ? null : formatPartialDate(s.date), url: s.url, confidence: s.confidence, ...(s.note ? { note: s.note } : {}) });
    }
  });

  it('buildStory(data) lists the conflicts of the sources, including the disagreement on the length of the fourth meeting', () => {
    expect(story.conflicts.map((c) => c.id)).toEqual(['meeting-4-length', 'boycott-length', 'phnom-penh-seats', 'turnout', 'veng-sreng', 'fourteen-points']);
    const length = story.conflicts.find((c) => c.id === 'meeting-4-length')!;
    expect({ ...length, claims: length.claims.map((c) => ({ claim: c.claim, sources: c.notes.map(noteId) })) }).toEqual({
      id: 'meeting-4-length',
      topic: 'How long the fourth meeting lasted',
      claims: [
        { claim: 'One hour', sources: ['vna-talks-fail'] },
        { claim: 'More than two hours behind closed doors', sources: ['ppp-top-level'] },
        { claim: '30 minutes, according to CPP officials', sources: ['ppp-top-level'] },
      ],
      resolution: 'The page gives all three accounts.',
    });
  });

  it('buildStory(data) passes the votes note through, its date token filled in', () => {
    expect(storyElection(data).votesNote).toContain('{date:nec-preliminary}');
    expect(story.votesNote).toBe(storyElection(data).votesNote.replace('{date:nec-preliminary}', '12 August 2013'));
  });

  it('buildStory(data) is plain data: a JSON round trip gives the same story', () => {
    expect(JSON.parse(JSON.stringify(story))).toEqual(story);
  });

  it('buildStory(data) throws "data: …" for a figure that does not resolve (validateDataset reports these first)', () => {
    const bad: Dataset = structuredClone(data);
    bad.copy.kicker = 'Seats: {seats:XYZ}';
    expect(() => buildStory(bad)).toThrow('data: no 2013 result for party "XYZ"');
  });
});

describe('buildStory(data).people', () => {
  it('lists every person with party, role and source notes that exist', () => {
    const data = realDataset();
    const story = buildStory(data);
    expect(story.people.map((p) => p.name)).toEqual(data.people.people.map((p) => p.name));
    const sonChhay = story.people.find((p) => p.id === 'son-chhay')!;
    expect(sonChhay.party).toBe('CNRP');
    expect(sonChhay.role).toContain('head of the CNRP delegation');
    for (const p of story.people) for (const n of p.notes) expect(story.notes.some((note) => note.n === n)).toBe(true);
  });
});
