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
    expect(text).toContain(
      '<p class="dek">Cambodia’s ruling party won 68 of 123 seats on 28 July 2013.<a class="sentence-ref" href="#source-1"><span aria-hidden="true">\u2060[1, 2, 3, 4, 5, 6]</span><span class="visually-hidden">Sources 1, 2, 3, 4, 5 and 6</span></a> The opposition',
    );
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

  it('renderStory(dataset) ships each chart once: the steps carry their chart, the graphic draws only the first step’s, and no JSON copy', () => {
    expect(body).not.toContain('application/json');
    const steps = [...body.matchAll(/<div class="step" id="([^"]+)" data-index="\d+" data-chart="([^"]+)" data-view="([^"]+)" data-state="([^"]+)"/g)].map((m) => m.slice(1));
    expect(steps).toHaveLength(18);
    expect(steps[0]).toEqual(['step-voters', 'seats', 'chamber', 'empty']);
    expect(steps[17]).toEqual(['step-full-house', 'seats', 'chamber', 'full']);
    const graphic = body.slice(body.indexOf('<div id="graphic-root"'), body.indexOf('<div class="steps-col">'));
    const views = [...graphic.matchAll(/<div class="view( is-active)?" data-chart="([^"]+)">/g)].map((m) => [m[2], Boolean(m[1])]);
    expect(views).toEqual(Object.keys(buildScenes(data)).sort().map((kind) => [kind, kind === 'seats']));
    // The one chart drawn in the graphic is the first step's figure, to the byte. On the story page
    // each step's chart ships in a <noscript> (a browser running the script does not parse it while loading).
    const firstFigure = /<figure class="step-figure" aria-labelledby="step-voters-alt"><noscript>(<svg[\s\S]*?<\/svg>)<\/noscript>/.exec(body)![1]!;
    expect(count(body, /<figure class="step-figure"[^>]*><noscript></g)).toBe(steps.length);
    expect(graphic).toContain(firstFigure);
    expect(count(graphic, /<svg class="chart /g)).toBe(1);
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

  it('a "</script>" in a copy string stays text: the page carries no script of data it could break out of', () => {
    const heading = '</script><script>alert(document.cookie)</script><!--';
    const dataset = datasetFrom(withJson('copy', (c) => void (c.sections[0].heading = heading)));
    const out = renderStory(dataset);
    expect(count(out.body, /<script/gi)).toBe(count(body, /<script/gi));
    expect(clean(out.body)).toContain('&lt;/script>&lt;script>alert(document.cookie)&lt;/script>&lt;!--</h2>');
  });

  it('renderStory(dataset) is deterministic', () => {
    expect(renderStory(data)).toEqual({ head, body });
  });
});

describe('hydration markers', () => {
  const markers = /<!--(?:\[-?\d*|\]|!|)-->/g;

  it('withoutHydrationMarkers drops only Svelte block markers and keeps other comments', () => {
    expect(withoutHydrationMarkers('<p><!--[-->a<!--]--><!--[-1--><!---->b<!--[2--><!-- a note --></p>')).toBe('<p>ab<!-- a note --></p>');
  });

  it('nothing is hydrated, so no page carries a marker', () => {
    expect(count(body, markers)).toBe(0);
  });
});
