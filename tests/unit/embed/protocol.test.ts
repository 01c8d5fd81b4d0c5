import { describe, expect, it } from 'vitest';
import { EMBED_SOURCE, parseEmbedMessage } from '../../../src/embed/index.ts';
// Not public (index.ts leaves it out): the plain-object gate parseEmbedMessage and parseAmpMessage share.
import { asPlainRecord } from '../../../src/embed/protocol.ts';
import { hostileInputs } from './hostileInputs.ts';

const S = EMBED_SOURCE;
const base = { source: S, v: 1 } as const;

describe('parseEmbedMessage', () => {
  it.each([
    ['height', { ...base, type: 'height', height: 812 }],
    ['height 0', { ...base, type: 'height', height: 0 }],
    ['height 100000', { ...base, type: 'height', height: 100_000 }],
    ['fractional height', { ...base, type: 'height', height: 812.25 }],
    ['scroll-to', { ...base, type: 'scroll-to', offset: 2400 }],
    ['scroll-to 0', { ...base, type: 'scroll-to', offset: 0 }],
    ['ready', { ...base, type: 'ready' }],
  ])('parseEmbedMessage(data, "to-host") accepts a %s message as it is', (_, data) => {
    expect(parseEmbedMessage(data, 'to-host')).toEqual(data);
  });

  it.each([
    ['geometry', { ...base, type: 'geometry', top: -350.5, viewportHeight: 720, viewportWidth: 1280 }],
    ['geometry at the limits', { ...base, type: 'geometry', top: 1e6, viewportHeight: 1, viewportWidth: 100_000 }],
    ['geometry far above', { ...base, type: 'geometry', top: -1e6, viewportHeight: 100_000, viewportWidth: 1 }],
    ['theme light', { ...base, type: 'theme', theme: 'light' }],
    ['theme dark', { ...base, type: 'theme', theme: 'dark' }],
    ['theme transparent', { ...base, type: 'theme', theme: 'transparent' }],
    ['theme auto', { ...base, type: 'theme', theme: 'auto' }],
    ['step 1', { ...base, type: 'step', step: 1 }],
    ['step 1000', { ...base, type: 'step', step: 1000 }],
    ['step "result" (a step id)', { ...base, type: 'step', step: 'result' }],
    ['step "seats-2008"', { ...base, type: 'step', step: 'seats-2008' }],
  ])('parseEmbedMessage(data, "to-child") accepts a %s message as it is', (_, data) => {
    expect(parseEmbedMessage(data, 'to-child')).toEqual(data);
  });

  it('parseEmbedMessage(data, direction) drops extra fields and returns a fresh object', () => {
    const data = { ...base, type: 'height', height: 812, __proto_x: 1, html: '<img>' };
    const parsed = parseEmbedMessage(data, 'to-host');
    expect(parsed).toEqual({ ...base, type: 'height', height: 812 });
    expect(parsed).not.toBe(data);
    expect(Object.keys(parsed!)).toEqual(['source', 'v', 'type', 'height']);
  });

  it('parseEmbedMessage(data, direction) leaves its input untouched', () => {
    const data = { ...base, type: 'geometry', top: 1, viewportHeight: 2, viewportWidth: 3, extra: [1] };
    const copy = structuredClone(data);
    parseEmbedMessage(data, 'to-child');
    expect(data).toEqual(copy);
  });

  it('parseEmbedMessage(data, direction) accepts an object without a prototype', () => {
    const data = Object.assign(Object.create(null) as object, { ...base, type: 'ready' });
    expect(parseEmbedMessage(data, 'to-host')).toEqual({ ...base, type: 'ready' });
  });

  it('parseEmbedMessage(data, direction) rejects a message sent the other way', () => {
    expect(parseEmbedMessage({ ...base, type: 'height', height: 812 }, 'to-child')).toBeNull();
    expect(parseEmbedMessage({ ...base, type: 'ready' }, 'to-child')).toBeNull();
    expect(parseEmbedMessage({ ...base, type: 'geometry', top: 0, viewportHeight: 720, viewportWidth: 1280 }, 'to-host')).toBeNull();
    expect(parseEmbedMessage({ ...base, type: 'step', step: 2 }, 'to-host')).toBeNull();
  });

  it.each([
    ['no source', { v: 1, type: 'ready' }],
    ['another source', { source: 'pym', v: 1, type: 'ready' }],
    ['a source of another case', { source: S.toUpperCase(), v: 1, type: 'ready' }],
    ['no version', { source: S, type: 'ready' }],
    ['version 2', { source: S, v: 2, type: 'ready' }],
    ['version "1"', { source: S, v: '1', type: 'ready' }],
    ['an unknown type', { ...base, type: 'navigate', url: 'javascript:alert(1)' }],
    ['a type of another case', { ...base, type: 'READY' }],
    ['a missing type', { ...base }],
    ['height NaN', { ...base, type: 'height', height: NaN }],
    ['height Infinity', { ...base, type: 'height', height: Infinity }],
    ['height -1', { ...base, type: 'height', height: -1 }],
    ['height 1e9', { ...base, type: 'height', height: 1e9 }],
    ['height 100000.5', { ...base, type: 'height', height: 100_000.5 }],
    ['height as a string', { ...base, type: 'height', height: '812' }],
    ['height as a boxed number', { ...base, type: 'height', height: Object(812) as unknown }],
    ['height missing', { ...base, type: 'height' }],
    ['height null', { ...base, type: 'height', height: null }],
    ['offset -1', { ...base, type: 'scroll-to', offset: -1 }],
    ['offset 1e9', { ...base, type: 'scroll-to', offset: 1e9 }],
    ['offset as a string', { ...base, type: 'scroll-to', offset: '100' }],
  ])('parseEmbedMessage(data, "to-host") rejects %s', (_, data) => {
    expect(parseEmbedMessage(data, 'to-host')).toBeNull();
  });

  const geometry = { ...base, type: 'geometry', top: 0, viewportHeight: 720, viewportWidth: 1280 };
  it.each([
    ['top NaN', { ...geometry, top: NaN }],
    ['top -Infinity', { ...geometry, top: -Infinity }],
    ['top -1e9', { ...geometry, top: -1e9 }],
    ['top as a string', { ...geometry, top: '0' }],
    ['viewportHeight 0', { ...geometry, viewportHeight: 0 }],
    ['viewportHeight 1e9', { ...geometry, viewportHeight: 1e9 }],
    ['viewportWidth -1280', { ...geometry, viewportWidth: -1280 }],
    ['viewportWidth missing', { ...base, type: 'geometry', top: 0, viewportHeight: 720 }],
    ['theme "sepia"', { ...base, type: 'theme', theme: 'sepia' }],
    ['theme "Dark"', { ...base, type: 'theme', theme: 'Dark' }],
    ['theme ["dark"]', { ...base, type: 'theme', theme: ['dark'] }],
    ['theme "toString"', { ...base, type: 'theme', theme: 'toString' }],
    ['step 0', { ...base, type: 'step', step: 0 }],
    ['step 1001', { ...base, type: 'step', step: 1001 }],
    ['step 2.5', { ...base, type: 'step', step: 2.5 }],
    ['step "3"', { ...base, type: 'step', step: '3' }],
    ['step "Result"', { ...base, type: 'step', step: 'Result' }],
    ['step "result--2"', { ...base, type: 'step', step: 'result--2' }],
    ['a step id of 65 characters', { ...base, type: 'step', step: 'a'.repeat(65) }],
    ['step NaN', { ...base, type: 'step', step: NaN }],
  ])('parseEmbedMessage(data, "to-child") rejects %s', (_, data) => {
    expect(parseEmbedMessage(data, 'to-child')).toBeNull();
  });

  it.each(hostileInputs())('parseEmbedMessage(%s, direction) gives null and never throws', (_, data) => {
    expect(parseEmbedMessage(data, 'to-host')).toBeNull();
    expect(parseEmbedMessage(data, 'to-child')).toBeNull();
  });

  it('parseEmbedMessage(data, direction) gives null for a valid envelope whose number field throws', () => {
    const data = {
      ...base,
      type: 'height',
      get height(): number {
        throw new Error('getter');
      },
    };
    expect(parseEmbedMessage(data, 'to-host')).toBeNull();
  });

  it('parseEmbedMessage(data, direction) reads each field once, so a getter cannot change it after the check', () => {
    let reads = 0;
    const data = {
      ...base,
      type: 'height',
      get height(): number {
        reads += 1;
        return reads === 1 ? 812 : 1e12;
      },
    };
    expect(parseEmbedMessage(data, 'to-host')).toEqual({ ...base, type: 'height', height: 812 });
    expect(reads).toBe(1);
  });

  it('parseEmbedMessage(data, direction) rejects a class instance that carries valid fields', () => {
    class Impostor {
      source = S;
      v = 1;
      type = 'ready';
    }
    expect(parseEmbedMessage(new Impostor(), 'to-host')).toBeNull();
  });
});

describe('asPlainRecord', () => {
  it('asPlainRecord(object) gives the same object back', () => {
    const data = { type: 'ready' };
    expect(asPlainRecord(data)).toBe(data);
  });

  it('asPlainRecord(an object from structuredClone or without a prototype) lets it through', () => {
    expect(asPlainRecord(structuredClone({ a: 1 }))).toEqual({ a: 1 });
    expect(asPlainRecord(Object.create(null))).not.toBeNull();
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'x'],
    ['a number', 1],
    ['a function', () => 1],
    ['a Date', new Date()],
    ['a Map', new Map()],
    ['a class instance', new (class Message {})()],
  ])('asPlainRecord(%s) gives null', (_, data) => {
    expect(asPlainRecord(data)).toBeNull();
  });
});
