import { describe, expect, it } from 'vitest';
import { buildScenes, buildTables } from '../../../src/charts/index.ts';
import { renderStory } from '../../../src/entry-server.ts';
import type { Dataset } from '../../../src/lib/data/types.ts';
import { buildStory } from '../../../src/lib/story/buildStory.ts';
import { realDataset } from '../fixtures/dataTexts.ts';

/** Freezes a value and everything inside it, so that any write throws in strict-mode code. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const builders: [string, (d: Dataset) => unknown][] = [
  ['buildStory', buildStory],
  ['buildScenes', buildScenes],
  ['buildTables', buildTables],
  ['renderStory', renderStory],
];

describe('the story builders do not mutate their input', () => {
  it.each(builders)('%s(dataset) leaves the dataset equal to a clone taken before', (_name, build) => {
    const dataset = realDataset();
    const before = structuredClone(dataset);
    build(dataset);
    expect(dataset).toEqual(before);
  });

  it.each(builders)('%s(dataset) works on a deep-frozen dataset and gives the same result as on a fresh one', (_name, build) => {
    const frozen = deepFreeze(realDataset());
    expect(Object.isFrozen(frozen.election.constituencies)).toBe(true);
    expect(build(frozen)).toEqual(build(realDataset()));
  });
});
