import { describe, expect, it } from 'vitest';
import { formatViewportPosition } from '../../../src/embed/formatViewportPosition.ts';
import { parseViewportPosition } from '../../../src/embed/parseViewportPosition.ts';
import { hostileInputs } from './hostileInputs.ts';

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
