import { describe, expect, it } from 'vitest';
import { formatPymMessage, formatViewportPosition, parseDecimal, parsePymMessage, parseViewportPosition } from '../../../src/embed/index.ts';
import { hostileInputs } from './hostileInputs.ts';

describe('formatPymMessage', () => {
  it('formatPymMessage(id, type, payload) writes pym 1.3.2 strings', () => {
    expect(formatPymMessage('story', 'height', 4321)).toBe('pymxPYMxstoryxPYMxheightxPYMx4321');
    expect(formatPymMessage('story', 'viewport-iframe-position', '1280 720 0 0 600 640')).toBe(
      'pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1280 720 0 0 600 640',
    );
  });

  it('formatPymMessage(id, type) ends with an empty payload, as pym child.sendMessage(type) does', () => {
    expect(formatPymMessage('story', 'parentPositionInfo')).toBe('pymxPYMxstoryxPYMxparentPositionInfoxPYMx');
  });
});

describe('parsePymMessage', () => {
  it.each([
    ['pymxPYMxstoryxPYMxheightxPYMx4321', { id: 'story', type: 'height', payload: '4321' }],
    ['pymxPYMxstoryxPYMxparentPositionInfoxPYMx', { id: 'story', type: 'parentPositionInfo', payload: '' }],
    ['pymxPYMxexample-graphicxPYMxnavigateToxPYMxhttps://example.org/', { id: 'example-graphic', type: 'navigateTo', payload: 'https://example.org/' }],
    ['pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1280 720 -5 0 595 640', { id: 'story', type: 'viewport-iframe-position', payload: '1280 720 -5 0 595 640' }],
    ['pymxPYMxstoryxPYMxheightxPYMx1xPYMx2', { id: 'story', type: 'height', payload: '1xPYMx2' }],
  ])('parsePymMessage(%j) splits it into id, type and payload', (data, expected) => {
    expect(parsePymMessage(data)).toEqual(expected);
  });

  it('parsePymMessage(formatPymMessage(id, type, payload)) gives the parts back', () => {
    expect(parsePymMessage(formatPymMessage('a-b_c', 'scrollToChildPos', 250))).toEqual({ id: 'a-b_c', type: 'scrollToChildPos', payload: '250' });
  });

  it.each([
    ['an empty id', 'pymxPYMxxPYMxheightxPYMx100'],
    ['an empty type', 'pymxPYMxstoryxPYMxxPYMx100'],
    ['no payload delimiter', 'pymxPYMxstoryxPYMxheight'],
    ['no type', 'pymxPYMxstoryxPYMx'],
    ['only the prefix', 'pymxPYMx'],
    ['another prefix', 'pimxPYMxstoryxPYMxheightxPYMx100'],
    ['a leading space', ' pymxPYMxstoryxPYMxheightxPYMx100'],
    ['a type with a space', 'pymxPYMxstoryxPYMxhei ghtxPYMx100'],
    ['a payload with a line break', 'pymxPYMxstoryxPYMxheightxPYMx100\n200'],
    ['2001 characters', 'pymxPYMxstoryxPYMxheightxPYMx' + '1'.repeat(2001 - 'pymxPYMxstoryxPYMxheightxPYMx'.length)],
    ['a String object', Object('pymxPYMxstoryxPYMxheightxPYMx100') as unknown],
    ['an object', { id: 'story', type: 'height', payload: '100' }],
  ])('parsePymMessage(data) rejects %s', (_, data) => {
    expect(parsePymMessage(data)).toBeNull();
  });

  it('parsePymMessage(data) accepts exactly 2000 characters', () => {
    const prefix = 'pymxPYMxstoryxPYMxheightxPYMx';
    expect(parsePymMessage(prefix + '1'.repeat(2000 - prefix.length))?.type).toBe('height');
  });

  it.each(hostileInputs())('parsePymMessage(%s) gives null and never throws', (_, data) => {
    expect(parsePymMessage(data)).toBeNull();
  });
});

describe('formatViewportPosition', () => {
  it('formatViewportPosition(vw, vh, top, left, bottom, right) joins them with spaces, as a pym parent does', () => {
    expect(formatViewportPosition(1280, 720, -350.5, 0, 5650, 1280)).toBe('1280 720 -350.5 0 5650 1280');
  });
});

describe('parseViewportPosition', () => {
  it.each([
    ['1280 720 -350.5 0 5650 1280', { viewportWidth: 1280, viewportHeight: 720, top: -350.5, left: 0, bottom: 5650, right: 1280 }],
    ['375 667 0 0 0 0', { viewportWidth: 375, viewportHeight: 667, top: 0, left: 0, bottom: 0, right: 0 }],
    ['1280 720 1.5e-7 .5 -0 12.', { viewportWidth: 1280, viewportHeight: 720, top: 1.5e-7, left: 0.5, bottom: 0, right: 12 }],
  ])('parseViewportPosition(%j) reads six numbers', (payload, expected) => {
    expect(parseViewportPosition(payload)).toEqual(expected);
  });

  it('parseViewportPosition(formatViewportPosition(…)) gives the numbers back', () => {
    const numbers = [1920, 1080, -12345.678, 8, 4321.25, 1912] as const;
    expect(Object.values(parseViewportPosition(formatViewportPosition(...numbers))!)).toEqual([...numbers]);
  });

  it.each([
    ['five numbers', '1280 720 0 0 600'],
    ['seven numbers', '1280 720 0 0 600 640 1'],
    ['two spaces', '1280  720 0 0 600 640'],
    ['a leading space', ' 1280 720 0 0 600 640'],
    ['a trailing space', '1280 720 0 0 600 640 '],
    ['tabs', '1280\t720\t0\t0\t600\t640'],
    ['NaN', '1280 720 NaN 0 600 640'],
    ['Infinity', '1280 720 Infinity 0 600 640'],
    ['1e400', '1280 720 1e400 0 600 640'],
    ['hex', '0x500 720 0 0 600 640'],
    ['a unit', '1280px 720 0 0 600 640'],
    ['an empty number', '1280 720  0 600 640'],
    ['a lone minus', '1280 720 - 0 600 640'],
    ['commas', '1280,720,0,0,600,640'],
    ['an empty string', ''],
    ['201 characters', '1 1 1 1 1 ' + '1'.repeat(191)],
    ['an array', [1280, 720, 0, 0, 600, 640]],
  ])('parseViewportPosition(payload) rejects %s', (_, payload) => {
    expect(parseViewportPosition(payload)).toBeNull();
  });

  it.each(hostileInputs())('parseViewportPosition(%s) gives null and never throws', (_, payload) => {
    expect(parseViewportPosition(payload)).toBeNull();
  });
});

describe('parseDecimal', () => {
  it.each([
    ['4321', 4321],
    ['-12.5', -12.5],
    ['0.25', 0.25],
    ['.25', 0.25],
    ['12.', 12],
    ['1.5e-7', 1.5e-7],
    ['2E+3', 2000],
    ['-0', 0],
  ])('parseDecimal(%j) gives %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it('parseDecimal("-0") gives 0, not -0', () => {
    expect(Object.is(parseDecimal('-0'), 0)).toBe(true);
  });

  it.each(['', ' ', ' 12', '12 ', '+12', '0x1f', '0b1', '1_000', 'Infinity', '-Infinity', 'NaN', '1e400', '.', '-', 'e5', '12px', '1,5', '1'.repeat(41)])(
    'parseDecimal(%j) gives null',
    (text) => {
      expect(parseDecimal(text)).toBeNull();
    },
  );
});
