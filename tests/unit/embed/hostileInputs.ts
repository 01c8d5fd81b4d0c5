/**
 * Inputs no parser may accept or choke on: every `parse*` function must return null for each
 * (and never throw).
 *
 * @example
 * for (const [label, value] of hostileInputs()) expect(parseAmpMessage(value), label).toBeNull();
 */
export function hostileInputs(): [string, unknown][] {
  const throwingProxy = new Proxy(
    {},
    {
      get() {
        throw new Error('get trap');
      },
      getPrototypeOf() {
        throw new Error('getPrototypeOf trap');
      },
      has() {
        throw new Error('has trap');
      },
    },
  );
  const getOnlyProxy = new Proxy(
    {},
    {
      get() {
        throw new Error('get trap');
      },
    },
  );
  const throwingGetter = {
    get source(): string {
      throw new Error('getter');
    },
    get sentinel(): string {
      throw new Error('getter');
    },
    get type(): string {
      throw new Error('getter');
    },
  };
  return [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['NaN', NaN],
    ['true', true],
    ['an empty object', {}],
    ['an array', [{ type: 'height', height: 100 }]],
    ['an empty string', ''],
    ['a 1 MB string', 'x'.repeat(1_000_000)],
    ['a 1 MB pym-looking string', 'pymxPYMxidxPYMxheightxPYMx' + '1'.repeat(1_000_000)],
    ['a function', () => ({ type: 'height' })],
    ['a symbol', Symbol('height')],
    ['a Date', new Date()],
    ['a Map', new Map([['type', 'height']])],
    ['a Proxy whose traps throw', throwingProxy],
    ['a Proxy whose get trap throws', getOnlyProxy],
    ['an object with throwing getters', throwingGetter],
  ];
}
