/**
 * fitText sets text in a box with DejaVu's real glyph widths: wrapped, and shrunk if it must be.
 */
import { describe, expect, it } from 'vitest';
import { DEJAVU_SANS_BOLD } from '../../../src/lib/story/dejaVuMetrics.ts';
import { fitText, type TextBox } from '../../../src/lib/story/fitText.ts';
import { textWidth } from '../../../src/lib/story/measureText.ts';

const BOX: TextBox = { font: DEJAVU_SANS_BOLD, sizes: [54, 48, 42, 36, 30], width: 500, height: 330, lineHeight: 1.2 };
const width = (text: string, size: number) => textWidth(text, { font: DEJAVU_SANS_BOLD, size });

describe('textWidth(text, style)', () => {
  it('adds up the advance widths of the glyphs, scaled to the font size', () => {
    // DejaVu Sans Bold: "i" is 702 and "W" 2259 units of a 2048-unit em.
    expect(width('iW', 2048)).toBe(702 + 2259);
    expect(width('iW', 20)).toBeCloseTo(((702 + 2259) * 20) / 2048, 10);
  });

  it('adds the letter spacing after every character', () => {
    expect(textWidth('iW', { font: DEJAVU_SANS_BOLD, size: 20, letterSpacing: 4 })).toBeCloseTo(width('iW', 20) + 8, 10);
  });

  it('counts a character missing from the table as one em wide', () => {
    expect(width('\u4e2d', 30)).toBe(30);
  });
});

describe('fitText(text, box)', () => {
  it('keeps the largest size when the text fits at it', () => {
    const fitted = fitText('Talks fail', BOX);
    expect(fitted).toMatchObject({ size: 54, lines: ['Talks fail'], truncated: false });
    expect(fitted.lineGap).toBeCloseTo(54 * 1.2, 10);
    expect(fitted.firstBaseline).toBeCloseTo((54 * 1901) / 2048, 10);
  });

  it('steps the size down until the wrapped lines fit the height of the box', () => {
    const text = 'After months of protest, Cambodia’s rival parties agree to reform the election commission';
    const fitted = fitText(text, BOX);
    expect(fitted.size).toBeLessThan(54);
    expect(fitted.lines.join(' ')).toBe(text);
    expect(fitText(text, { ...BOX, sizes: [fitted.size + 6, fitted.size] }).size).toBe(fitted.size);
  });

  it('shrinks a word too wide for the box before it cuts it', () => {
    const fitted = fitText('Parliamentarianism', BOX);
    expect(fitted.lines).toEqual(['Parliamentarianism']);
    expect(width('Parliamentarianism', fitted.size)).toBeLessThanOrEqual(500);
  });

  it('cuts a word too wide even at the smallest size, at the largest size that then fits', () => {
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
    const fitted = fitText(word, BOX);
    expect(fitted.size).toBe(54);
    expect(fitted.lines.join('')).toBe(word);
    for (const line of fitted.lines) expect(width(line, 54)).toBeLessThanOrEqual(500);
  });

  it('gets a little smaller rather than end on a one-word line', () => {
    // At the largest size that fits, "commission" would be left alone on the last line.
    const fitted = fitText('After months of protest, Cambodia’s rival parties agree to reform the election commission', { ...BOX, sizes: [44, 42], lineHeight: 1.18, height: 331 });
    expect(fitted.size).toBe(42);
    expect(fitted.lines.at(-1)).toBe('election commission');
  });

  it('cuts the text short with an ellipsis when even the smallest size cannot hold it', () => {
    const fitted = fitText('Talks fail again. '.repeat(40), BOX);
    expect(fitted.truncated).toBe(true);
    expect(fitted.size).toBe(30);
    expect(fitted.lines.at(-1)).toMatch(/…$/);
    const height = (fitted.lines.length - 1) * fitted.lineGap + (30 * (1901 + 483)) / 2048;
    expect(height).toBeLessThanOrEqual(330);
    for (const line of fitted.lines) expect(width(line, 30)).toBeLessThanOrEqual(500);
  });

  it('holds one line when asked for one', () => {
    const fitted = fitText('The 123 seats of the National Assembly and a great deal more besides', { ...BOX, sizes: [24, 18], maxLines: 1 });
    expect(fitted).toMatchObject({ size: 18, truncated: true });
    expect(fitted.lines).toHaveLength(1);
  });
});
