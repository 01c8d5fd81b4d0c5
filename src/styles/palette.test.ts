/**
 * The palette of src/styles/base.css, in its light and dark values: text keeps 4.5:1 against every
 * background it is set on, marks keep 3:1 against the page, the accent is a neutral that is no
 * party's, and the page's chrome never borrows a party's colour.
 * @module
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, customProperties, over, parseColor, withOpacity, type Rgba } from './contrast.ts';
import { cssRules } from './cssRules.ts';

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');
const base = read('./base.css');
const themes = {
  light: customProperties(base, ':root'),
  dark: customProperties(base, ":root[data-theme='dark']"),
};
/** The opacity of a vote bar (votes.css), under which its label is drawn. */
const voteBarOpacity = Number(/\.bar-votes\s*\{[^}]*opacity:\s*([\d.]+)/.exec(read('../charts/votes/votes.css'))?.[1] ?? NaN);

const colour = (theme: Record<string, string>, name: string): Rgba => {
  const value = theme[name];
  if (value === undefined) throw new Error(`base.css declares no --${name}`);
  return parseColor(value);
};

describe('contrast helpers', () => {
  it('contrastRatio(black, white) is 21 and contrastRatio(x, x) is 1', () => {
    expect(contrastRatio(parseColor('#000'), parseColor('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColor('#585c64'), parseColor('#585c64'))).toBe(1);
  });
  it('over(rgb(255 255 255 / 0.5), black) is mid grey; withOpacity does the same for an opaque colour', () => {
    expect(over(parseColor('rgb(255 255 255 / 0.5)'), parseColor('#000000'))).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(withOpacity(parseColor('#ffffff'), 0.5, parseColor('#000000'))).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });
  it('parseColor reads #rgb, #rrggbbaa and rgb() with commas, and names what it cannot read', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('#00000080').a).toBeCloseTo(0.5, 2);
    expect(parseColor('rgba(10, 20, 30, 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(() => parseColor('rebeccapurple')).toThrow(/cannot read the colour "rebeccapurple"/);
  });
  it('customProperties resolves var() within its rule and names a missing rule', () => {
    expect(customProperties('.a { --x: #fff; --y: var(--x); }', '.a')).toEqual({ x: '#fff', y: '#fff' });
    expect(() => customProperties('.a {}', '.b')).toThrow(/no rule ".b/);
  });
});

describe('the palette (base.css)', () => {
  it('has the same dark values for a reader’s dark preference and for a page pinned to dark', () => {
    expect(customProperties(base, ":root:not([data-theme='light'])")).toEqual(themes.dark);
  });

  for (const [name, theme] of Object.entries(themes)) {
    const c = (n: string) => colour(theme, n);
    const page = c('bg');
    const backgrounds = { page, surface: c('surface'), card: over(c('card'), page) };

    it(`${name}: text colours (ink, muted, accent, the parties' label colours) keep 4.5:1 on the page, the surface and the cards`, () => {
      for (const text of ['ink', 'muted', 'accent', 'cpp', 'cnrp']) {
        for (const [where, bg] of Object.entries(backgrounds)) {
          expect(contrastRatio(c(text), bg), `--${text} on ${where}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });

    it(`${name}: a label inside a bar keeps 4.5:1: --on-bar on the CPP's, --on-bar-bright on the CNRP's and the others', ink on a faded vote bar`, () => {
      expect(contrastRatio(c('on-bar'), c('cpp'))).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(c('on-bar-bright'), c('cnrp-fill'))).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(c('on-bar-bright'), c('other'))).toBeGreaterThanOrEqual(4.5);
      expect(voteBarOpacity).toBeGreaterThan(0);
      for (const bar of ['cpp', 'cnrp-fill', 'other']) {
        expect(contrastRatio(c('ink'), withOpacity(c(bar), voteBarOpacity, page)), `ink on a faded --${bar} bar`).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`${name}: marks (party fills, the accent, the focus ring) keep 3:1 against the page`, () => {
      for (const mark of ['cpp', 'cnrp-fill', 'other', 'accent', 'focus']) {
        expect(contrastRatio(c(mark), page), `--${mark}`).toBeGreaterThanOrEqual(3);
      }
    });

    it(`${name}: the accent is a neutral, neither a party's blue nor its orange`, () => {
      const accent = c('accent');
      const chroma = Math.max(accent.r, accent.g, accent.b) - Math.min(accent.r, accent.g, accent.b);
      expect(chroma, 'accent chroma (0–255)').toBeLessThanOrEqual(16);
      for (const party of ['cpp', 'cnrp', 'cnrp-fill', 'other']) expect(theme.accent).not.toBe(theme[party]);
    });
  }

  it('keeps party colours out of the chrome: in base, layout, page-parts and embeds.css only a rule about a party (its selector names one) uses --cpp, --cnrp, --cnrp-fill or --other', () => {
    for (const file of ['./base.css', './layout.css', './page-parts.css', './embeds.css']) {
      const misuses = cssRules(read(file)).flatMap((rule) => {
        const uses = Object.entries(rule.declarations).filter(([, v]) => /var\(--(cpp|cnrp|cnrp-fill|other)\)/.test(v));
        const aboutAParty = rule.selectors.some((s) => /CPP|CNRP|part(y|ies)|\bp-/.test(s));
        return uses.length && !aboutAParty ? [`${rule.selectors.join(', ')} { ${uses.map(([k, v]) => `${k}: ${v}`).join('; ')} }`] : [];
      });
      expect(misuses, `${file}: use var(--accent) or ink for chrome`).toEqual([]);
    }
  });
});
