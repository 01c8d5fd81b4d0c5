import { describe, expect, it } from 'vitest';
import { renderStory } from '../../../src/entry-server.ts';
import { buildScenes } from '../../../src/charts/index.ts';
import { buildStory } from '../../../src/lib/story/buildStory.ts';
import { datasetFrom, realDataset, withJson } from '../fixtures/dataTexts.ts';
import { withoutHydrationMarkers } from '../../../src/lib/staticHtml.ts';

/** The HTML without Svelte's hydration comments, so that text can be matched as written. */
const clean = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');
/** Escapes a string for use in a RegExp. */
const re = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
/** The text inside the JSON data script of the live graphic. */
function graphicJson(body: string): string {
  const match = /<script type="application\/json" id="graphic-data">([\s\S]*?)<\/script>/.exec(body);
  if (match?.[1] === undefined) throw new Error('no <script id="graphic-data"> in the body');
  return match[1];
}
/** The HTML of each step, from its opening tag to the next step (or the end of the steps). */
function stepChunks(body: string): Map<string, string> {
  const starts = [...body.matchAll(/<[a-z]+ class="step" id="(step-[a-z0-9-]+)"/g)];
  return new Map(starts.map((m, i) => [m[1]!, body.slice(m.index, starts[i + 1]?.index ?? body.indexOf('id="sources"'))]));
}

const data = realDataset();
const story = buildStory(data);
const { head, body } = renderStory(data);
const text = clean(body);

describe('renderStory', () => {
  it('renderStory(dataset) puts the title and description in the head', () => {
    expect(clean(head)).toContain('<title>Cambodia’s disputed election: from a 68–55 result to stalled talks</title>');
    expect(clean(head)).toContain(
      '<meta name="description" content="How Cambodia’s 28 July 2013 election turned into a boycott of parliament and four rounds of electoral-reform talks that stalled on 24 March 2014. A visual explainer."/>',
    );
  });

  it('renderStory(dataset) renders the headline in the h1 and the resolved dek', () => {
    expect(text).toContain('<h1>From a disputed vote to stalled talks</h1>');
    expect(count(text, /<h1[\s>]/g)).toBe(1);
    expect(text).toContain('Cambodia’s ruling party won <a class="fig" href="#source-1">68<span class="visually-hidden">');
  });

  it('renderStory(dataset) renders 18 elements with class "step", with ids from the step ids (step-voters …) in order', () => {
    expect(count(body, /class="step"/g)).toBe(18);
    expect([...body.matchAll(/<[a-z]+ class="step" id="(step-[a-z0-9-]+)"/g)].map((m) => m[1])).toEqual(story.steps.map((s) => s.anchor));
    for (const step of story.steps) expect(count(body, new RegExp(`id="${step.anchor}"`, 'g')), step.anchor).toBe(1);
  });

  it('renderStory(dataset) keeps the published numbered anchors step-1 … step-18, each at the start of its step', () => {
    const chunks = stepChunks(body);
    for (const step of story.steps) expect(chunks.get(step.anchor), step.anchor).toMatch(new RegExp(`^<div class="step" id="${step.anchor}"[^>]*>(<!--[^>]*-->)?<span class="step-alias" id="step-${step.numbers[0]}"></span>`));
  });

  it('renderStory(dataset) renders a static figure per step: an svg for every chart, the tracker for the meetings', () => {
    const chunks = stepChunks(body);
    expect(chunks.size).toBe(18);
    for (const step of story.steps) {
      const html = chunks.get(step.anchor)!;
      const figure = /<figure class="step-figure"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
      expect(figure, step.anchor).not.toBe('');
      if (step.chart.view === 'meetings') {
        // The tracker draws marks, not bars: one per mark of the key, per meeting's joint statement and per issue at each meeting.
        const { meetings, issues } = data.meetings;
        expect(count(figure, /<svg class="mark mark-/g), step.anchor).toBe(4 + meetings.length * (1 + issues.length));
        expect(count(figure, /<svg/g), step.anchor).toBe(count(figure, /<svg class="mark mark-/g));
        expect(figure, step.anchor).toContain('class="chart meetings');
      } else {
        expect(count(figure, /<svg/g), step.anchor).toBe(1);
      }
    }
    expect(count(text, /<figure class="step-figure"/g)).toBe(18);
  });

  it('renderStory(dataset) gives each static figure its text alternative as a caption', () => {
    const chunks = stepChunks(body);
    const step2 = clean(chunks.get('step-result')!);
    expect(step2).toContain('<figure class="step-figure" aria-labelledby="step-result-alt">');
    expect(step2).toMatch(/<figcaption class="chart-alt" id="step-result-alt">.*The chamber: 68 seats for the CPP on the left, 55 for the CNRP on the right\.<\/figcaption>/);
  });

  it('renderStory(dataset) lists every source note with a link to its url', () => {
    const list = /<ol class="source-notes">([\s\S]*?)<\/ol>/.exec(text)?.[1] ?? '';
    expect(count(list, /<li /g)).toBe(story.notes.length);
    expect(story.notes).toHaveLength(50);
    for (const note of story.notes) {
      const url = note.url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      expect(list, note.id).toMatch(new RegExp(`<li id="source-${note.n}" value="${note.n}">[^<]*<a href="${re(url)}"[^>]*>${re(note.title.replace(/&/g, '&amp;').replace(/</g, '&lt;'))}</a>`));
    }
  });

  it('every link to a source note in the body points at a note that exists', () => {
    const targets = [...body.matchAll(/href="#source-(\d+)"/g)].map((m) => Number(m[1]));
    expect(targets.length).toBeGreaterThan(50);
    for (const n of new Set(targets)) expect(count(body, new RegExp(`id="source-${n}"`, 'g')), `source-${n}`).toBe(1);
  });

  it('renderStory(dataset) serialises the live graphic props as JSON that parses back to the scenes and steps', () => {
    const props = JSON.parse(graphicJson(body));
    expect(props.scenes).toEqual(buildScenes(data));
    expect(props.steps).toHaveLength(18);
    expect(props.steps[0]).toEqual({ id: 'voters', anchor: 'step-voters', numbers: [1], aliases: [], chart: 'seats', view: 'chamber', state: 'empty', heading: 'The election' });
    expect(props.steps[17]).toEqual({ id: 'full-house', anchor: 'step-full-house', numbers: [18], aliases: [], chart: 'seats', view: 'chamber', state: 'full', heading: 'What happened next' });
  });

  it('renderStory(dataset) escapes HTML placed in a copy string instead of rendering it as a tag', () => {
    const attack = '<img src=x onerror=alert(document.cookie)>';
    const dataset = datasetFrom(
      withJson('copy', (c) => {
        c.dek = attack;
        c.headline = '<b>Bold</b> & <i>brave</i>';
        c.meta.title = '</title><script>alert(document.domain)</script>';
      }),
    );
    const out = renderStory(dataset);
    expect(clean(out.body)).toContain('<p class="dek">&lt;img src=x onerror=alert(document.cookie)></p>');
    expect(clean(out.body)).toContain('<h1>&lt;b>Bold&lt;/b> &amp; &lt;i>brave&lt;/i></h1>');
    expect(out.body).not.toContain('<img');
    expect(out.body).not.toContain('<b>');
    expect(clean(out.head)).toContain('<title>&lt;/title>&lt;script>alert(document.domain)&lt;/script></title>');
    expect(out.head).not.toContain('<script');
  });

  it('a "</script>" in a copy string cannot break out of the JSON data script of the graphic', () => {
    const heading = '</script><script>alert(document.cookie)</script><!--';
    const dataset = datasetFrom(withJson('copy', (c) => void (c.sections[0].heading = heading)));
    const out = renderStory(dataset);
    const json = graphicJson(out.body);
    expect(json).toContain('"heading":"\\u003c/script>\\u003cscript>alert(document.cookie)\\u003c/script>\\u003c!--"');
    expect(json).not.toContain('</script');
    expect(json).not.toContain('<!--');
    expect(JSON.parse(json).steps[0].heading).toBe(heading);
    expect(count(out.body, /<script/gi)).toBe(count(body, /<script/gi));
    expect(clean(out.body)).toContain('&lt;/script>&lt;script>alert(document.cookie)&lt;/script>&lt;!--</h2>');
  });

  it('line and paragraph separators in a copy string are escaped in the JSON data script', () => {
    const dataset = datasetFrom(withJson('copy', (c) => void (c.sections[0].heading = 'A\u2028B\u2029C')));
    const json = graphicJson(renderStory(dataset).body);
    expect(json).toContain('"heading":"A\\u2028B\\u2029C"');
    expect(JSON.parse(json).steps[0].heading).toBe('A\u2028B\u2029C');
  });

  it('renderStory(dataset) is deterministic', () => {
    expect(renderStory(data)).toEqual({ head, body });
  });
});

describe('hydration markers', () => {
  const graphicStart = body.indexOf('<div id="graphic-root"');
  const graphicEnd = body.indexOf('<script type="application/json" id="graphic-data"');
  const markers = /<!--(?:\[-?\d*|\]|!|)-->/g;

  it('withoutHydrationMarkers drops only Svelte block markers and keeps other comments', () => {
    expect(withoutHydrationMarkers('<p><!--[-->a<!--]--><!--[-1--><!---->b<!--[2--><!-- a note --></p>')).toBe('<p>ab<!-- a note --></p>');
  });

  it('the live graphic keeps its markers (it is hydrated) and the rest of the page has none', () => {
    expect(graphicStart).toBeGreaterThan(0);
    expect(count(body.slice(graphicStart, graphicEnd), markers)).toBeGreaterThan(10);
    expect(count(body.slice(0, graphicStart) + body.slice(graphicEnd), markers)).toBe(0);
  });
});
