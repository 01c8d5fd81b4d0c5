import { describe, expect, it } from 'vitest';
import { ampEmbedSize, parseAmpMessage } from '../../../src/embed/index.ts';
import { hostileInputs } from './hostileInputs.ts';

describe('ampEmbedSize', () => {
  it('ampEmbedSize(height) builds the AMP / @newswire/frames resize request', () => {
    expect(ampEmbedSize(4321)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 4321 });
  });
});

describe('parseAmpMessage', () => {
  it('parseAmpMessage(ampEmbedSize(height)) gives the height back', () => {
    expect(parseAmpMessage(ampEmbedSize(4321))).toEqual({ type: 'embed-size', height: 4321 });
  });

  it.each([0, 50.5, 100_000])('parseAmpMessage({ sentinel: "amp", type: "embed-size", height: %d }) accepts it', (height) => {
    expect(parseAmpMessage({ sentinel: 'amp', type: 'embed-size', height, width: 300 })).toEqual({ type: 'embed-size', height });
  });

  it.each([
    ['no sentinel', { type: 'embed-size', height: 100 }],
    ['another sentinel', { sentinel: 'pym', type: 'embed-size', height: 100 }],
    ['another type', { sentinel: 'amp', type: 'frames-init' }],
    ['embed-ready', { sentinel: 'amp', type: 'embed-ready' }],
    ['height NaN', { sentinel: 'amp', type: 'embed-size', height: NaN }],
    ['height Infinity', { sentinel: 'amp', type: 'embed-size', height: Infinity }],
    ['height -1', { sentinel: 'amp', type: 'embed-size', height: -1 }],
    ['height 1e9', { sentinel: 'amp', type: 'embed-size', height: 1e9 }],
    ['height as a string', { sentinel: 'amp', type: 'embed-size', height: '100' }],
    ['height missing', { sentinel: 'amp', type: 'embed-size' }],
    ['a JSON string', JSON.stringify({ sentinel: 'amp', type: 'embed-size', height: 100 })],
  ])('parseAmpMessage(data) rejects %s', (_, data) => {
    expect(parseAmpMessage(data)).toBeNull();
  });

  it.each(hostileInputs())('parseAmpMessage(%s) gives null and never throws', (_, data) => {
    expect(parseAmpMessage(data)).toBeNull();
  });
});
