import { describe, expect, it } from 'vitest';
import { asPlainRecord } from '../../../src/embed/asPlainRecord.ts';

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
