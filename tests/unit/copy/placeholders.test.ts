import { describe, expect, it } from 'vitest';
import { fill, fillParts, PLACEHOLDER } from '../../../src/lib/copy/placeholders.ts';

describe('fill(template, values)', () => {
  it('replaces each placeholder by its value, every time it occurs', () => {
    expect(fill('Step %N% of %TOTAL%', { N: '3', TOTAL: '20' })).toBe('Step 3 of 20');
    expect(fill('ជំហានទី %N% ក្នុងចំណោម %TOTAL%', { N: '៣', TOTAL: '២០' })).toBe('ជំហានទី ៣ ក្នុងចំណោម ២០');
    expect(fill('%PARTY% and %PARTY%', { PARTY: 'CPP' })).toBe('CPP and CPP');
  });

  it('leaves a placeholder it has no value for, and text with % in it, as they are', () => {
    expect(fill('%N% of %TOTAL%', { N: '1' })).toBe('1 of %TOTAL%');
    expect(fill('48.8% of %N%', { N: 'votes' })).toBe('48.8% of votes');
    expect(fill('%constructor%', {})).toBe('%constructor%');
    expect(fill('%TOSTRING%', {})).toBe('%TOSTRING%');
  });
});

describe('fillParts(template, values)', () => {
  it('keeps values that are not text as they are, between the words of the template', () => {
    const node = { lang: 'en' };
    expect(fillParts('%STEP% %HEADING%។ %TEXT%', { STEP: 'ជំហានទី ២', HEADING: node, TEXT: 'text' })).toEqual(['ជំហានទី ២', ' ', node, '។ ', 'text']);
  });
});

describe('PLACEHOLDER', () => {
  it('finds the placeholders of a template', () => {
    expect('Sources %LIST% and %LAST%'.match(PLACEHOLDER)).toEqual(['%LIST%', '%LAST%']);
  });
});
