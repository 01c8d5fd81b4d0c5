/**
 * The share image is drawn from the data at build time, so it changes when the data does.
 */
import { describe, expect, it } from 'vitest';
import { renderPng } from '../../../scripts/renderPng.ts';
import { renderPages } from '../../../src/entry-server.ts';
import { datasetFrom, realDataset, withJson } from '../fixtures/dataTexts.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the share image', () => {
  const real = renderPages(realDataset());

  it('renders to a 1200 × 630 PNG', () => {
    expect(pngSize(renderPng(real.share.svg))).toEqual({ width: 1200, height: 630 });
  });

  it('shows the seat tally and the headline from the data', () => {
    expect(real.share.svg).toContain('>CPP 68<');
    expect(real.share.svg).toContain('>CNRP 55<');
    expect(real.share.svg).toContain('From a disputed');
    expect(real.share.svg.match(/<circle /g)).toHaveLength(123);
  });

  it('changes when the data changes', () => {
    const edited = renderPages(datasetFrom(withJson('copy', (c) => void (c.headline = 'A different headline'))));
    expect(edited.share.svg).toContain('>A different<');
    expect(renderPng(edited.share.svg).equals(renderPng(real.share.svg))).toBe(false);
  });

  it('is announced to social networks with its size and alt text', () => {
    expect(real.story.head).toContain('<meta property="og:image" content="https://example.org/news/2014/cambodia-election/share.png"');
    expect(real.story.head).toContain('<meta property="og:image:width" content="1200"');
    expect(real.story.head).toContain('<meta name="twitter:card" content="summary_large_image"');
    expect(real.share.alt).toBe('A half-circle chart of the 123 seats of Cambodia’s National Assembly after the election of 28 July 2013: 68 for the ruling CPP and 55 for the opposition CNRP.');
    expect(real.story.head).toContain(`content="${real.share.alt.replace(/’/g, '’')}"`);
  });
});

describe('corrections and updates', () => {
  it('render newest first as visible notes on the story and in the embed', () => {
    const pages = renderPages(
      datasetFrom(
        withJson('corrections', (c) => {
          c.corrections = [
            { date: '2026-11-02', kind: 'update', text: 'Added what happened next.' },
            { date: '2026-11-20', kind: 'correction', text: 'An earlier version gave the wrong date for the fourth meeting; it was {date:meeting-4}.' },
          ];
        }),
      ),
    );
    for (const html of [pages.story.body, pages.embed.body]) {
      const body = html.replace(/<!--[^>]*-->/g, '');
      const first = body.indexOf('Correction, <time datetime="2026-11-20">20 November 2026</time>');
      const second = body.indexOf('Update, <time datetime="2026-11-02">2 November 2026</time>');
      expect(first).toBeGreaterThan(0);
      expect(second).toBeGreaterThan(first);
      expect(body).toContain('it was <a class="fig" href="#source-');
    }
  });

  it('no corrections, no note', () => {
    expect(renderPages(realDataset()).story.body).not.toContain('class="corrections"');
  });
});
