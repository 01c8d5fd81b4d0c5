/** Deeper nesting than any data file needs; it also keeps the recursion far from the stack's limit. */
const MAX_DEPTH = 100;

/**
 * Finds the first syntax error in JSON text and says what was expected there, since the messages
 * of `JSON.parse` differ between engines and some give no position at all.
 *
 *   findJsonSyntaxError('{"a": 1,}') // → { offset: 8, reason: 'expected a "quoted" field name, found "}"' }
 *   findJsonSyntaxError('{"a": 1}')  // → null
 */
export function findJsonSyntaxError(text: string): { offset: number; reason: string } | null {
  let i = 0;
  let depth = 0;
  class Stop extends Error {
    constructor(readonly offset: number, readonly reason: string) {
      super(reason);
    }
  }
  const found = () => {
    const codePoint = text.codePointAt(i);
    return codePoint === undefined ? 'the end of the file' : JSON.stringify(String.fromCodePoint(codePoint));
  };
  const fail: (what: string) => never = (what) => {
    throw new Stop(i, `expected ${what}, found ${found()}`);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('a value (text in "double quotes", a number, true, false, null, [ or {)');
  };
  const string = () => {
    if (text[i] !== '"') fail('a "quoted" text');
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail('the closing " of the text on the same line');
      if (text[i] === '\\') {
        i++;
        if (i >= text.length) fail('an escaped character after \\');
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('four hex digits after \\u');
          i += 5;
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail('a valid escape such as \\" or \\n');
      }
      i++;
    }
    if (i >= text.length) fail('the closing " of the text');
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail('a number');
    i += match[0].length;
  };
  const value = (): void => {
    skipSpace();
    const c = text.charAt(i);
    if ((c === '{' || c === '[') && ++depth > MAX_DEPTH) fail(`at most ${MAX_DEPTH} levels of nested [ and {`);
    if (c === '{') return void (object(), depth--);
    if (c === '[') return void (array(), depth--);
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    fail('a value (text in "double quotes", a number, true, false, null, [ or {)');
  };
  const object = () => {
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') fail('a "quoted" field name');
      string();
      skipSpace();
      if (text[i] !== ':') fail('":" after the field name');
      i++;
      value();
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail('"," or "}" after a value');
    }
  };
  const array = () => {
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail('"," or "]" after a value');
    }
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value();
    skipSpace();
    if (i < text.length) fail('the end of the file after the last value');
    return null;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}
