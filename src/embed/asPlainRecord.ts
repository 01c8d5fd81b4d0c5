/**
 * Lets a received message through only if it is a plain object: not null, not an array, not a
 * class instance (Date, Map, a DOM node …). Objects from another realm pass, since structured
 * clone builds them there; so do objects without a prototype.
 *
 * @example
 * asPlainRecord({ type: 'height' })      // → the same object, typed as a record
 * asPlainRecord(Object.create(null))     // → that object
 * asPlainRecord([1, 2]) // → null     asPlainRecord(null) // → null     asPlainRecord('x') // → null
 * asPlainRecord(new Date())              // → null
 *
 * A Proxy whose traps throw makes this throw: callers wrap it (and their field reads) in try/catch.
 */
export function asPlainRecord(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const proto: unknown = Object.getPrototypeOf(data);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return null;
  return data as Record<string, unknown>;
}
