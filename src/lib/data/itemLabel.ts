/**
 * Names the item of a data file that a JSON path points into, by the id a journalist knows it by,
 * so that a message need not be read as "the ninth item of afterwards":
 *
 *   itemLabel(timeline, ['afterwards', 8, 'text'])          // → 'id "sokha-removed"'
 *   itemLabel(election, ['elections', 1, 'results', 1, 'seats']) // → 'id "2013", party "CNRP"'
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
      const own =
        typeof item.id === 'string' ? `id "${item.id}"`
        : typeof item.n === 'number' ? `meeting ${item.n}`
        : typeof item.party === 'string' ? `party "${item.party}"`
        : typeof item.date === 'string' ? `dated ${item.date}`
        : undefined;
      // A result inside an election keeps both names ('id "2013", party "CNRP"'); an item with an
      // id of its own (a step in a section) is named by that id alone.
      if (own) label = label && typeof item.id !== 'string' ? `${label}, ${own}` : own;
    }
  }
  return label;
}
