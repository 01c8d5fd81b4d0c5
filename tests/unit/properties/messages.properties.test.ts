/**
 * Property tests of the embed messages, on both sides of the frame: whatever arrives through
 * `postMessage` (anything at all, strings, pym-looking strings, our envelope with random fields,
 * AMP-looking objects, deep or huge objects, objects whose getters change their answer), the
 * parsers never throw and give null or a well-formed message within the documented ranges; the host
 * script (on the fake windows of tests/unit/embed/fakes.ts) never throws, never sizes a frame
 * outside 50 … 100 000 px, never scrolls to a non-finite position and never navigates; the child
 * never throws and never hands its handlers an invalid value.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  connectToHost,
  EMBED_LIMITS as L,
  EMBED_SOURCE,
  EMBED_THEMES,
  isStepRef,
  parseAmpMessage,
  parseDecimal,
  parseEmbedMessage,
  parsePymMessage,
  parseViewportPosition,
  startEmbedHost,
} from '../../../src/embed/index.ts';
import { fakeChildWindow, fakeHostWindow, fakeIframe, type FakeIframe } from '../embed/fakes.ts';
import { hostileInputs } from '../embed/hostileInputs.ts';
import '../../fixtures/seed.ts';

const RUNS = { numRuns: 1000 };

// ---------------------------------------------------------------------------------------------
// Hostile payloads

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Numbers around every limit, non-finite ones, and things that only look like numbers. */
const numberish: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.double() },
  { weight: 3, arbitrary: fc.double({ min: -2e6, max: 2e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 1005 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(0, -0, 0.5, 1, 49.4, 50, 99_999.5, 100_000, 100_000.0001, 1_000_000, 1_000_001, -1_000_000, -1_000_001, 1e9, -1, NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, 1000, 1001, 1.5),
  },
  { weight: 1, arbitrary: fc.constantFrom('900', '1e3', ' 12 ', '0x1f', '', 'Infinity', '12px', true, null, undefined, [500], { valueOf: () => 500 }, 500n) },
  { weight: 1, arbitrary: fc.double().map((n) => Object(n) as unknown) },
  { weight: 1, arbitrary: anything },
);

const OUR_TYPES = ['ready', 'height', 'scroll-to', 'geometry', 'theme', 'step'];
const PYM_TYPES = ['height', 'width', 'scrollToChildPos', 'parentPositionInfo', 'viewport-iframe-position', 'navigateTo', 'childLoaded'];
const themeish = fc.oneof(fc.constantFrom(...EMBED_THEMES, 'LIGHT', 'dark ', '', '<img src=x onerror=alert(1)>', 'javascript:alert(1)'), fc.string(), anything);

/** Our envelope (mostly right), a type (mostly ours), every numeric field, and random extra fields. */
const oursLike: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.record(
      {
        source: fc.oneof({ weight: 9, arbitrary: fc.constant(EMBED_SOURCE) }, { weight: 1, arbitrary: fc.oneof(fc.string(), anything, fc.constant(`${EMBED_SOURCE} `)) }),
        v: fc.oneof({ weight: 9, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.oneof(fc.constantFrom('1', 2, 0, 1.0000001, true), fc.constant(Object(1)), anything) }),
        type: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...OUR_TYPES) }, { weight: 1, arbitrary: fc.string() }, { weight: 1, arbitrary: anything }),
        height: numberish,
        offset: numberish,
        top: numberish,
        viewportHeight: numberish,
        viewportWidth: numberish,
        theme: themeish,
        step: numberish,
      },
      { requiredKeys: ['source', 'v', 'type'] },
    ),
    fc.dictionary(fc.string(), anything, { maxKeys: 4 }),
    fc.constantFrom('plain', 'null-prototype', 'class', 'array'),
  )
  .map(([fields, extra, shape]) => {
    const merged = { ...extra, ...fields };
    if (shape === 'null-prototype') return Object.assign(Object.create(null), merged);
    if (shape === 'class') return Object.assign(new (class Message {})(), merged);
    if (shape === 'array') return Object.assign([], Object.fromEntries(Object.entries(merged).filter(([key]) => key !== 'length')));
    return merged;
  });

/** `{ sentinel: 'amp', type: 'embed-size', height }`, mostly right, plus extras. */
const ampLike: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.record(
      {
        sentinel: fc.oneof({ weight: 8, arbitrary: fc.constant('amp') }, { weight: 1, arbitrary: fc.string() }, { weight: 1, arbitrary: anything }),
        type: fc.oneof({ weight: 8, arbitrary: fc.constant('embed-size') }, { weight: 1, arbitrary: fc.constantFrom('embed-ready', 'embed-size ', 'EMBED-SIZE') }, { weight: 1, arbitrary: anything }),
        height: numberish,
      },
      { requiredKeys: ['sentinel', 'type'] },
    ),
    fc.dictionary(fc.string(), anything, { maxKeys: 3 }),
  )
  .map(([fields, extra]) => ({ ...extra, ...fields }));

/** The text of one number as a pym page would send it, or something close to one. */
const decimalText = fc.oneof(
  fc.double().map(String),
  fc.integer({ min: -1000, max: 200_000 }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => n.toFixed(2)),
  fc.constantFrom('', '-', '.', '1.', '.5', '-0', '1e400', '1e-400', '0x10', '1_000', ' 1', '1 ', 'NaN', 'Infinity', '١٢٣', '１２'),
  fc.string({ maxLength: 6 }),
);
const childIds = fc.oneof(fc.constantFrom('example-graphic', 'story'), fc.string({ maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 6 }));

/** `pymxPYMx{id}xPYMx{type}xPYMx{payload}` with random parts, payloads mostly numbers or six of them. */
const pymLike: fc.Arbitrary<unknown> = fc
  .tuple(
    childIds,
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PYM_TYPES) }, { weight: 1, arbitrary: fc.string() }),
    fc.oneof(
      decimalText,
      fc.array(decimalText, { minLength: 5, maxLength: 7 }).map((parts) => parts.join(' ')),
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('javascript:alert(1)', 'https://evil.example/', 'xPYMx', '1\n2', '\u2028'),
    ),
  )
  .map(([id, type, payload]) => `pymxPYMx${id}xPYMx${type}xPYMx${payload}`);

/** Arbitrary strings around the pym prefix. */
const pymFragments = fc.oneof(
  fc.string(),
  fc.tuple(fc.string(), fc.string(), fc.string()).map(([a, b, c]) => `pymxPYMx${a}xPYMx${b}xPYMx${c}`),
  fc.tuple(fc.string(), fc.string()).map(([a, b]) => `pymxPYMx${a}xPYMx${b}`),
  fc.array(fc.constantFrom('pym', 'xPYMx', 'x', 'PYM', ' ', '\n', 'height', '12'), { maxLength: 12 }).map((parts) => parts.join('')),
);

/** Deeply nested objects and lists, with our envelope at the top or buried. */
const deep: fc.Arbitrary<unknown> = fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('object', 'array', 'envelope')).map(([depth, kind]) => {
  let value: unknown = { source: EMBED_SOURCE, v: 1, type: 'height', height: 812 };
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : kind === 'object' ? { next: value, type: 'height' } : { source: EMBED_SOURCE, v: 1, type: 'geometry', top: value, viewportHeight: value, viewportWidth: 800 };
  return value;
});

/** A few huge values, built once. */
const HUGE: unknown[] = [
  'x'.repeat(2_000_000),
  `pymxPYMxstoryxPYMxheightxPYMx${'9'.repeat(100_000)}`,
  `pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx${'1 '.repeat(50_000)}1`,
  Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])),
  { ...Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i])), source: EMBED_SOURCE, v: 1, type: 'height', height: 900 },
  Array.from({ length: 100_000 }, () => ({ source: EMBED_SOURCE, v: 1, type: 'height', height: 900 })),
  new Array(1_000_000),
  new Uint8Array(1_000_000),
];

/**
 * Objects whose getters answer differently each time they are read (a valid value first, then a
 * hostile one, or the other way round): a parser must read each field once and keep that reading.
 */
const shifty: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom('ours', 'amp'), fc.constantFrom(...OUR_TYPES), fc.array(numberish, { minLength: 2, maxLength: 4 }), fc.boolean())
  .map(([kind, type, answers, throwLate]) => {
    const reads = new Map<string, number>();
    const answer = (key: string, fixed: unknown) => {
      const n = reads.get(key) ?? 0;
      reads.set(key, n + 1);
      if (fixed !== undefined && n === 0) return fixed;
      if (throwLate && n >= 2) throw new Error(`read ${key} ${n} times`);
      return answers[n % answers.length];
    };
    const fields = kind === 'ours' ? { source: EMBED_SOURCE, v: 1, type } : { sentinel: 'amp', type: 'embed-size' };
    const target: Record<string, unknown> = {};
    for (const key of [...Object.keys(fields), 'height', 'offset', 'top', 'viewportHeight', 'viewportWidth', 'theme', 'step']) {
      const fixed = (fields as Record<string, unknown>)[key];
      Object.defineProperty(target, key, { enumerable: true, get: () => answer(key, fixed) });
    }
    return target;
  });

/**
 * A generated payload in a box: fast-check looks into the values it generates (`cloneMethod in
 * value`), which would set off a Proxy whose traps throw inside fast-check itself; the box also
 * prints safely in a counterexample.
 */
class Box {
  constructor(readonly value: unknown) {}
  [fc.toStringMethod](): string {
    try {
      return fc.stringify(this.value).slice(0, 300);
    } catch {
      return '(a value that cannot be printed)';
    }
  }
}
const boxed = (arbitrary: fc.Arbitrary<unknown>) => arbitrary.map((value) => new Box(value));
/**
 * A number in [min, max] and a little beyond, spread evenly (fc.double spreads over the bit patterns,
 * so most of its values in a range are tiny).
 */
const around = (min: number, max: number) =>
  fc.oneof(fc.integer({ min: Math.ceil(min) - 2, max: Math.floor(max) + 2 }), fc.tuple(fc.integer({ min: Math.ceil(min) - 2, max: Math.floor(max) + 1 }), fc.double({ min: 0, max: 1, noNaN: true })).map(([n, f]) => n + f));

/** Well-formed messages of every dialect, in range or just out of it, so that every branch is reached often. */
const wellFormed: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant({ source: EMBED_SOURCE, v: 1, type: 'ready' }),
  around(0, L.maxHeight).map((height) => ({ source: EMBED_SOURCE, v: 1, type: 'height', height })),
  around(0, L.maxOffset).map((offset) => ({ source: EMBED_SOURCE, v: 1, type: 'scroll-to', offset })),
  fc
    .tuple(around(-L.maxTop, L.maxTop), around(L.minViewport, L.maxViewport), around(L.minViewport, L.maxViewport))
    .map(([top, viewportHeight, viewportWidth]) => ({ source: EMBED_SOURCE, v: 1, type: 'geometry', top, viewportHeight, viewportWidth })),
  themeish.map((theme) => ({ source: EMBED_SOURCE, v: 1, type: 'theme', theme })),
  fc
    .oneof(around(L.minStep, L.maxStep), fc.constantFrom('result', 'seats-2008', 'Step 3', '3', 'a-', '-a', 'a--b', 'x'.repeat(65)), fc.string({ maxLength: 70 }))
    .map((step) => ({ source: EMBED_SOURCE, v: 1, type: 'step', step })),
  around(0, L.maxHeight).map((height) => ({ sentinel: 'amp', type: 'embed-size', height })),
  fc.tuple(childIds, fc.constantFrom('height', 'scrollToChildPos', 'parentPositionInfo', 'navigateTo'), fc.oneof(decimalText, around(0, L.maxHeight).map(String))).map(([id, type, text]) => `pymxPYMx${id}xPYMx${type}xPYMx${text}`),
);

const HOSTILE = hostileInputs().map(([, value]) => value);
const hostile = fc.nat({ max: HOSTILE.length - 1 }).map((i) => new Box(HOSTILE[i]));

/** Everything a `message` event may carry. */
const payload: fc.Arbitrary<Box> = fc.oneof(
  { weight: 3, arbitrary: boxed(anything) },
  { weight: 2, arbitrary: boxed(fc.string()) },
  { weight: 3, arbitrary: boxed(pymLike) },
  { weight: 1, arbitrary: boxed(pymFragments) },
  { weight: 5, arbitrary: boxed(oursLike) },
  { weight: 2, arbitrary: boxed(ampLike) },
  { weight: 1, arbitrary: boxed(deep) },
  { weight: 1, arbitrary: fc.nat({ max: HUGE.length - 1 }).map((i) => new Box(HUGE[i])) },
  { weight: 1, arbitrary: boxed(shifty) },
  { weight: 1, arbitrary: hostile },
  { weight: 5, arbitrary: boxed(wellFormed) },
);

// ---------------------------------------------------------------------------------------------
// What a well-formed message looks like

const inRange = (value: unknown, min: number, max: number) => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
const keysOf = (value: object) => Object.keys(value).sort();

function expectToHost(message: unknown) {
  expect(message).toBeTypeOf('object');
  const m = message as Record<string, unknown>;
  expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
  expect([m.source, m.v]).toEqual([EMBED_SOURCE, 1]);
  if (m.type === 'ready') expect(keysOf(m)).toEqual(['source', 'type', 'v']);
  else if (m.type === 'height') {
    expect(keysOf(m)).toEqual(['height', 'source', 'type', 'v']);
    expect(inRange(m.height, 0, L.maxHeight), `height ${String(m.height)}`).toBe(true);
  } else if (m.type === 'scroll-to') {
    expect(keysOf(m)).toEqual(['offset', 'source', 'type', 'v']);
    expect(inRange(m.offset, 0, L.maxOffset), `offset ${String(m.offset)}`).toBe(true);
  } else throw new Error(`not a to-host type: ${String(m.type)}`);
}

function expectToChild(message: unknown) {
  expect(message).toBeTypeOf('object');
  const m = message as Record<string, unknown>;
  expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
  expect([m.source, m.v]).toEqual([EMBED_SOURCE, 1]);
  if (m.type === 'geometry') {
    expect(keysOf(m)).toEqual(['source', 'top', 'type', 'v', 'viewportHeight', 'viewportWidth']);
    expect(inRange(m.top, -L.maxTop, L.maxTop), `top ${String(m.top)}`).toBe(true);
    expect(inRange(m.viewportHeight, L.minViewport, L.maxViewport), `viewportHeight ${String(m.viewportHeight)}`).toBe(true);
    expect(inRange(m.viewportWidth, L.minViewport, L.maxViewport), `viewportWidth ${String(m.viewportWidth)}`).toBe(true);
  } else if (m.type === 'theme') {
    expect(keysOf(m)).toEqual(['source', 'theme', 'type', 'v']);
    expect(EMBED_THEMES).toContain(m.theme);
  } else if (m.type === 'step') {
    expect(keysOf(m)).toEqual(['source', 'step', 'type', 'v']);
    expect(isStepRef(m.step), `step ${String(m.step)}`).toBe(true);
  } else throw new Error(`not a to-child type: ${String(m.type)}`);
}

/** Calls `f`, failing the property with a readable message if it throws. */
function noThrow<T>(label: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    throw new Error(`${label} threw: ${String(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The parsers

describe('the message parsers on generated hostile payloads', () => {
  it('parseEmbedMessage(data, "to-host") never throws and gives null or a fresh, in-range child → host message', () => {
    fc.assert(
      fc.property(payload, ({ value: data }) => {
        const result = noThrow('parseEmbedMessage', () => parseEmbedMessage(data, 'to-host'));
        if (result === null) return;
        expect(result).not.toBe(data);
        expectToHost(result);
        expect(parseEmbedMessage(result, 'to-host')).toEqual(result);
        expect(parseEmbedMessage(result, 'to-child')).toBeNull();
      }),
      RUNS,
    );
  });

  it('parseEmbedMessage(data, "to-child") never throws and gives null or a fresh, in-range host → child message', () => {
    fc.assert(
      fc.property(payload, ({ value: data }) => {
        const result = noThrow('parseEmbedMessage', () => parseEmbedMessage(data, 'to-child'));
        if (result === null) return;
        expect(result).not.toBe(data);
        expectToChild(result);
        expect(parseEmbedMessage(result, 'to-child')).toEqual(result);
        expect(parseEmbedMessage(result, 'to-host')).toBeNull();
      }),
      RUNS,
    );
  });

  it('parseEmbedMessage accepts every in-range message of its direction (the generators do reach valid ones)', () => {
    const accepted = { 'to-host': 0, 'to-child': 0 };
    fc.assert(
      fc.property(oursLike, (data) => {
        for (const direction of ['to-host', 'to-child'] as const) if (parseEmbedMessage(data, direction)) accepted[direction]++;
      }),
      RUNS,
    );
    expect(accepted['to-host']).toBeGreaterThan(20);
    expect(accepted['to-child']).toBeGreaterThan(5);
  });

  it('parseAmpMessage(data) never throws and gives null or { type: "embed-size", height } with 0 ≤ height ≤ 100 000', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(payload, boxed(ampLike)), ({ value: data }) => {
        const result = noThrow('parseAmpMessage', () => parseAmpMessage(data));
        if (result === null) return;
        accepted++;
        expect(keysOf(result)).toEqual(['height', 'type']);
        expect(result.type).toBe('embed-size');
        expect(inRange(result.height, 0, L.maxHeight), `height ${result.height}`).toBe(true);
      }),
      RUNS,
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it('parsePymMessage(data) never throws and gives null or { id, type, payload } that write back to exactly the input', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(payload, boxed(pymLike), boxed(pymFragments)), ({ value: data }) => {
        const result = noThrow('parsePymMessage', () => parsePymMessage(data));
        if (result === null) return;
        accepted++;
        expect(keysOf(result)).toEqual(['id', 'payload', 'type']);
        expect(typeof data).toBe('string');
        expect((data as string).length).toBeLessThanOrEqual(2000);
        expect(result.id).not.toBe('');
        expect(result.id).not.toContain('xPYMx');
        expect(result.type).toMatch(/^\S+$/);
        expect(result.type).not.toContain('xPYMx');
        expect(result.payload).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(`pymxPYMx${result.id}xPYMx${result.type}xPYMx${result.payload}`).toBe(data);
      }),
      RUNS,
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it('parseViewportPosition(payload) and parseDecimal(text) never throw and give null or finite numbers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(decimalText, { minLength: 5, maxLength: 7 }).map((p) => p.join(' ')), decimalText, fc.string(), anything), (data) => {
        const position = noThrow('parseViewportPosition', () => parseViewportPosition(data));
        if (position !== null) {
          expect(keysOf(position)).toEqual(['bottom', 'left', 'right', 'top', 'viewportHeight', 'viewportWidth']);
          for (const value of Object.values(position)) expect(Number.isFinite(value), String(value)).toBe(true);
        }
        if (typeof data !== 'string') return;
        const value = noThrow('parseDecimal', () => parseDecimal(data));
        if (value !== null) {
          expect(Number.isFinite(value)).toBe(true);
          expect(Object.is(value, -0)).toBe(false);
          expect(value).toBe(Number(data) + 0);
        }
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The host script

const CHILD = 'https://child.example';

/** A fake host page whose every way of navigating is recorded instead of done. */
function hostPage(frames: FakeIframe[], reducedMotion: boolean) {
  const win = fakeHostWindow({ iframes: frames, reducedMotion });
  const navigations: string[] = [];
  const href = win.location.href;
  const location = {
    get href() {
      return href;
    },
    set href(value: string) {
      navigations.push(`location.href = ${value}`);
    },
    assign: (url: string) => void navigations.push(`location.assign(${url})`),
    replace: (url: string) => void navigations.push(`location.replace(${url})`),
    reload: () => void navigations.push('location.reload()'),
  };
  Object.defineProperty(win, 'location', { get: () => location, set: (value: unknown) => navigations.push(`location = ${String(value)}`), configurable: true });
  const open = vi.fn(() => null);
  Object.assign(win, { open });
  return { win, navigations, open };
}

type HostEvent =
  | { kind: 'message'; frame: number; data: Box; origin: 'right' | string; source: 'frame' | 'other-frame' | 'stranger' | 'null' | 'self' }
  | { kind: 'scroll' }
  | { kind: 'resize' }
  | { kind: 'flush' }
  | { kind: 'detach' }
  | { kind: 'move'; frame: number; top: number; height: number }
  | { kind: 'viewport'; width: number; height: number; scrollY: number };

const hostEvent: fc.Arbitrary<HostEvent> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('message' as const),
      frame: fc.nat({ max: 1 }),
      // A (re)started child says ready: that is when the host sends data-step and data-theme.
      data: fc.oneof({ weight: 9, arbitrary: payload }, { weight: 1, arbitrary: fc.constant(new Box({ source: EMBED_SOURCE, v: 1, type: 'ready' })) }),
      origin: fc.oneof({ weight: 8, arbitrary: fc.constant('right') }, { weight: 1, arbitrary: fc.constantFrom('null', 'https://evil.example', 'http://child.example', `${CHILD}/`, '*', '') }),
      source: fc.oneof({ weight: 8, arbitrary: fc.constant('frame' as const) }, { weight: 1, arbitrary: fc.constantFrom('other-frame' as const, 'stranger' as const, 'null' as const, 'self' as const) }),
    }),
  },
  { weight: 2, arbitrary: fc.constantFrom({ kind: 'scroll' as const }, { kind: 'resize' as const }, { kind: 'flush' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'detach' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), frame: fc.nat({ max: 1 }), top: fc.double({ min: -1e8, max: 1e8, noNaN: true }), height: fc.double({ min: 0, max: 1e6, noNaN: true }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('viewport' as const), width: fc.integer({ min: 0, max: 1e6 }), height: fc.integer({ min: 0, max: 1e6 }), scrollY: fc.double({ min: 0, max: 1e7, noNaN: true }) }) },
);

const dataAttribute = fc.oneof(fc.constant(undefined), fc.constantFrom('3', 'dark'), fc.constantFrom('1', '3', '18', '0', '1000', '1001', '9999', '03', '1e2', ' 3', '-1', 'light', 'dark', 'transparent', 'auto', 'LIGHT', '<b>'), fc.string({ maxLength: 6 }));

/** Whatever the host posts to a frame must be one of our host → child messages or a pym position. */
function expectPostedToChild(frame: FakeIframe) {
  const origin = new URL(frame.src, 'https://news.example/').origin;
  for (const { message, targetOrigin } of frame.contentWindow.posted) {
    expect(targetOrigin, 'targetOrigin').toBe(origin);
    if (typeof message === 'string') {
      // The id is the child's own, echoed (up to 2000 characters): read the message by hand, not with parsePymMessage's length limit.
      const marker = 'xPYMxviewport-iframe-positionxPYMx';
      expect(message.startsWith('pymxPYMx') && message.includes(marker), message.slice(0, 100)).toBe(true);
      expect(parseViewportPosition(message.slice(message.lastIndexOf(marker) + marker.length)), message.slice(-200)).not.toBeNull();
    } else {
      expectToChild(message);
      expect(parseEmbedMessage(message, 'to-child')).toEqual(message);
    }
  }
}

describe('startEmbedHost(win) on a fake host page fed generated messages', () => {
  it('never throws, keeps every frame between 50 and 100 000 px, scrolls only to finite positions, never navigates and posts only valid messages to its frames', () => {
    /** How many runs did each thing at least once: the generators must reach every branch. */
    const reached = { height: 0, scrollTo: 0, geometry: 0, step: 0, theme: 0, pymPosition: 0 };
    fc.assert(
      fc.property(
        fc.record({ step: dataAttribute, theme: dataAttribute }),
        fc.boolean(),
        fc.array(hostEvent, { minLength: 1, maxLength: 25 }),
        (attributes, reducedMotion, events) => {
          const dataset: Record<string, string> = {};
          if (attributes.step !== undefined) dataset.step = attributes.step;
          if (attributes.theme !== undefined) dataset.theme = attributes.theme;
          const frames = [fakeIframe({ src: `${CHILD}/story/embed.html`, dataset }), fakeIframe({ src: '/local/chart.html', top: 2000, height: 400 })];
          const { win, navigations, open } = hostPage(frames, reducedMotion);
          const stranger = { postMessage: vi.fn() };
          const stop = noThrow('startEmbedHost', () => startEmbedHost(win.asWindow()));
          for (const event of events) {
            noThrow(`handling ${event.kind}`, () => {
              if (event.kind === 'message') {
                const frame = frames[event.frame]!;
                const origin = event.origin === 'right' ? new URL(frame.src, 'https://news.example/').origin : event.origin;
                const source = { frame: frame.contentWindow, 'other-frame': frames[1 - event.frame]!.contentWindow, stranger, null: null, self: win }[event.source];
                // fakes.receive() puts the frame in place of a null source, so that one is dispatched by hand.
                if (event.source === 'null') win.dispatch('message', { data: event.data.value, origin, source: null });
                else win.receive(frame, event.data.value, origin, source);
              } else if (event.kind === 'scroll') win.scroll();
              else if (event.kind === 'resize') win.resize();
              else if (event.kind === 'flush') win.flushFrames();
              else if (event.kind === 'detach') frames[1]!.isConnected = !frames[1]!.isConnected;
              else if (event.kind === 'move') Object.assign(frames[event.frame]!.rect, { top: event.top, height: event.height });
              else if (event.kind === 'viewport') Object.assign(win, { innerWidth: event.width, innerHeight: event.height, scrollY: event.scrollY });
            });
            for (const frame of frames) {
              if (frame.style.height === '') continue;
              const match = /^(\d+)px$/.exec(frame.style.height);
              expect(match, `style.height ${frame.style.height}`).not.toBeNull();
              expect(Number(match![1])).toBeGreaterThanOrEqual(50);
              expect(Number(match![1])).toBeLessThanOrEqual(100_000);
            }
          }
          noThrow('flushing frames', () => win.flushFrames());
          for (const call of win.scrollTo.mock.calls as unknown[][]) {
            const [first, second] = call;
            if (typeof first === 'object' && first !== null) {
              const options = first as ScrollToOptions;
              expect(Number.isFinite(options.top), `scrollTo top ${options.top}`).toBe(true);
              if ('left' in options) expect(Number.isFinite(options.left)).toBe(true);
              expect(['auto', 'smooth', 'instant', undefined]).toContain(options.behavior);
            } else {
              expect(Number.isFinite(first) && Number.isFinite(second), `scrollTo(${String(first)}, ${String(second)})`).toBe(true);
            }
          }
          expect(navigations).toEqual([]);
          expect(open).not.toHaveBeenCalled();
          expect(frames.map((f) => f.src)).toEqual([`${CHILD}/story/embed.html`, '/local/chart.html']);
          expect(stranger.postMessage).not.toHaveBeenCalled();
          for (const frame of frames) expectPostedToChild(frame);
          const posted = frames.flatMap((f) => f.contentWindow.posted.map((p) => p.message as { type?: string }));
          if (frames.some((f) => f.style.height !== '')) reached.height++;
          if (win.scrollTo.mock.calls.length) reached.scrollTo++;
          if (posted.some((m) => m.type === 'geometry')) reached.geometry++;
          if (posted.some((m) => m.type === 'step')) reached.step++;
          if (posted.some((m) => m.type === 'theme')) reached.theme++;
          if (posted.some((m) => typeof m === 'string')) reached.pymPosition++;
          noThrow('stop', stop);
          expect(['message', 'scroll', 'resize'].map((type) => win.listenerCount(type))).toEqual([0, 0, 0]);
        },
      ),
      RUNS,
    );
    for (const [what, runs] of Object.entries(reached)) expect(runs, `${what}: reached by at least one generated run (so the property is not vacuous)`).toBeGreaterThan(0);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// The child

type ChildEvent =
  | { kind: 'message'; data: Box; from: 'parent' | 'self' | 'stranger' | 'null' }
  | { kind: 'pym-position'; numbers: string[]; rightId: boolean }
  | { kind: 'height'; value: number }
  | { kind: 'scroll-to'; value: number }
  | { kind: 'timers' };

const childEvent: fc.Arbitrary<ChildEvent> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('message' as const),
      data: payload,
      from: fc.oneof({ weight: 8, arbitrary: fc.constant('parent' as const) }, { weight: 1, arbitrary: fc.constantFrom('self' as const, 'stranger' as const, 'null' as const) }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('pym-position' as const),
      numbers: fc.oneof(fc.array(decimalText, { minLength: 5, maxLength: 7 }), fc.tuple(around(0, 2e5), around(0, 2e5), around(-2e6, 2e6), around(-10, 10), around(-2e6, 2e6), around(0, 2e5)).map((n) => n.map(String))),
      rightId: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('height' as const), value: fc.oneof(fc.double(), fc.double({ min: -10, max: 2e5, noNaN: true })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('scroll-to' as const), value: fc.oneof(fc.double(), fc.double({ min: -10, max: 2e5, noNaN: true })) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'timers' as const }) },
);

/** Whatever the child posts to its parent must be one of our, AMP's or pym's child → host messages. */
function expectPostedToHost(posted: { message: unknown; targetOrigin: string }[], childId: string | null) {
  for (const { message, targetOrigin } of posted) {
    expect(targetOrigin).toBe('*');
    if (typeof message === 'string') {
      const pym = parsePymMessage(message);
      expect(pym, message).not.toBeNull();
      expect(pym!.id).toBe(childId);
      if (pym!.type === 'parentPositionInfo') expect(pym!.payload).toBe('');
      else {
        expect(['height', 'scrollToChildPos']).toContain(pym!.type);
        expect(inRange(parseDecimal(pym!.payload), 0, L.maxHeight), message).toBe(true);
      }
    } else if ((message as { sentinel?: unknown }).sentinel === 'amp') {
      expect(keysOf(message as object)).toEqual(['height', 'sentinel', 'type']);
      expect(parseAmpMessage(message)).toEqual({ type: 'embed-size', height: (message as { height: number }).height });
    } else {
      expectToHost(message);
      expect(parseEmbedMessage(message, 'to-host')).toEqual(message);
    }
  }
}

describe('connectToHost(win, handlers) on a fake framed page fed generated messages', () => {
  it('never throws and never calls its handlers with an invalid value, and posts only valid messages', () => {
    const reached = { ours: 0, pym: 0, onTheme: 0, onStep: 0 };
    fc.assert(
      fc.property(
        fc.option(fc.oneof(fc.constantFrom('example-graphic', 'story'), fc.string({ minLength: 1, maxLength: 12 })), { nil: null }),
        fc.boolean(),
        fc.array(childEvent, { minLength: 1, maxLength: 25 }),
        (rawId, throwing, events) => {
          const href = rawId === null ? 'https://child.example/story/' : `https://child.example/story/?initialWidth=640&childId=${encodeURIComponent(rawId)}`;
          const childId = rawId !== null && /^\S{1,200}$/.test(rawId) && !rawId.includes('xPYMx') ? rawId : null;
          const win = fakeChildWindow({ href });
          const calls: { handler: string; args: unknown[] }[] = [];
          const handler = (name: string) => (...args: unknown[]) => {
            calls.push({ handler: name, args });
            if (throwing) throw new Error(`${name} failed`);
          };
          const host = noThrow('connectToHost', () => connectToHost(win.asWindow(), { onGeometry: handler('onGeometry'), onTheme: handler('onTheme'), onStep: handler('onStep') }));
          expect(host.framed).toBe(true);
          for (const event of events) {
            noThrow(`handling ${event.kind}`, () => {
              if (event.kind === 'message') {
                if (event.from === 'parent') win.receive(event.data.value);
                else win.receive(event.data.value, { self: win, stranger: { postMessage() {} }, null: null }[event.from]);
              } else if (event.kind === 'pym-position') win.receive(`pymxPYMx${event.rightId && childId ? childId : 'someone-else'}xPYMxviewport-iframe-positionxPYMx${event.numbers.join(' ')}`);
              else if (event.kind === 'height') host.reportHeight(event.value);
              else if (event.kind === 'scroll-to') host.requestScrollTo(event.value);
              else win.runTimers();
            });
          }
          for (const { handler: name, args } of calls) {
            expect(args.length).toBe(1);
            const [value] = args;
            if (name === 'onGeometry') {
              const g = value as Record<string, unknown>;
              expect(keysOf(g)).toEqual(['top', 'via', 'viewportHeight', 'viewportWidth']);
              expect(['ours', 'pym']).toContain(g.via);
              expect(inRange(g.top, -L.maxTop, L.maxTop), `top ${String(g.top)}`).toBe(true);
              expect(inRange(g.viewportHeight, L.minViewport, L.maxViewport), `viewportHeight ${String(g.viewportHeight)}`).toBe(true);
              expect(inRange(g.viewportWidth, L.minViewport, L.maxViewport), `viewportWidth ${String(g.viewportWidth)}`).toBe(true);
              if (g.via === 'pym') expect(childId).not.toBeNull();
            } else if (name === 'onTheme') expect(EMBED_THEMES).toContain(value);
            else {
              expect(isStepRef(value), `step ${String(value)}`).toBe(true);
            }
          }
          for (const { handler: name, args } of calls) {
            if (name === 'onGeometry') reached[(args[0] as { via: 'ours' | 'pym' }).via]++;
            else reached[name as 'onTheme' | 'onStep']++;
          }
          if (!throwing) expect(win.reportError).not.toHaveBeenCalled();
          else expect(win.reportError).toHaveBeenCalledTimes(calls.length);
          expectPostedToHost(win.parentWindow.posted, childId);
          noThrow('stop', () => host.stop());
          const before = win.parentWindow.posted.length;
          noThrow('after stop', () => {
            host.reportHeight(1234);
            host.requestScrollTo(10);
            win.runTimers();
            win.receive({ source: EMBED_SOURCE, v: 1, type: 'step', step: 2 });
          });
          expect(win.parentWindow.posted.length).toBe(before);
          expect(win.listenerCount('message')).toBe(0);
        },
      ),
      RUNS,
    );
    for (const [what, calls] of Object.entries(reached)) expect(calls, `${what}: reached by at least one generated run (so the property is not vacuous)`).toBeGreaterThan(0);
  }, 60_000);
});
