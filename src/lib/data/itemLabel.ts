/**
 * Names the item of a data file that a JSON path points into, by the id a journalist knows it by,
 * so that a message need not be read as "the ninth item of afterwards":
 *
 *   itemLabel(timeline, ['afterwards', 8, 'text'])          // → 'id "sokha-removed"'
 *   itemLabel(election, ['results2013', 1, 'seats'])        // → 'party "CNRP"'
 *   itemLabel(meetings, ['meetings', 1, 'demands', 'CPP'])  // → 'meeting 2'
 *   itemLabel(copy, ['headline'])                           // → undefined (no list item on the way)
 */
export function itemLabel(json: unknown, path: readonly (string | number)[]): string | undefined {
  let label: string | undefined;
  let value: unknown = json;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) break;
    value = (value as Record<string | number, unknown>)[key];
    if (typeof key === 'number' && value && typeof value === 'object' && !Array.isArray(value)) {
      const item = value as Record<string, unknown>;
      if (typeof item.id === 'string') label = `id "${item.id}"`;
      else if (typeof item.n === 'number') label = `meeting ${item.n}`;
      else if (typeof item.party === 'string') label = `party "${item.party}"`;
      else if (typeof item.date === 'string') label = `dated ${item.date}`;
    }
  }
  return label;
}
