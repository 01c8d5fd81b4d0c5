import { describe, expect, it } from 'vitest';
import { parsePymMessage } from '../../../src/embed/parsePymMessage.ts';
import { formatPymMessage } from '../../../src/embed/pymMessage.ts';
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
