/**
 * The paths of every "__proto__" field in parsed JSON (JSON.parse keeps it as an own field; many
 * object handlers, zod's records among them, would drop it without a word).
 *
 *   findProtoKeys(JSON.parse('{"a": {"__proto__": 1}}')) // → [['a', '__proto__']]
 */
export function findProtoKeys(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => findProtoKeys(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((key) => (key === '__proto__' ? [[...path, key]] : findProtoKeys((value as Record<string, unknown>)[key], [...path, key])));
}
