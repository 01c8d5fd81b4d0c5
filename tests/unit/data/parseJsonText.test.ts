import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../../src/lib/data/findJsonSyntaxError.ts';
import { parseJsonText } from '../../../src/lib/data/parseJsonText.ts';
import { realTexts } from '../fixtures/dataTexts.ts';

const A_VALUE = 'a value (text in "double quotes", a number, true, false, null, [ or {)';

describe('parseJsonText', () => {
  it.each([
    ['a trailing comma before }', '{"a": 1,}', 1, 9, 'a trailing comma before "}": remove the "," after the last field'],
    ['a trailing comma on its own line', '{\n  "seats": 68,\n}\n', 3, 1, 'a trailing comma before "}": remove the "," after the last field'],
    ['a trailing comma in a list', '{\n  "sources": [\n    "ipu-2013",\n  ]\n}', 4, 3, 'a trailing comma before "]": remove the "," after the last item'],
    ['a trailing comma with Windows line endings', '{\r\n  "a": 1,\r\n}', 3, 1, 'a trailing comma before "}": remove the "," after the last field'],
    ['a missing closing quote', '{\n  "a": "x,\n  "b": 2\n}', 2, 11, 'expected the closing " of the text on the same line, found "\\n"'],
    ['a missing opening quote of a field name', '{\n  "a": 1,\n  b": 2\n}', 3, 3, 'expected a "quoted" field name, found "b"'],
    ['a missing comma between fields', '{\n  "a": 1\n  "b": 2\n}', 3, 3, 'a missing comma before this field: put a "," at the end of line 2, after the value that ends there'],
    ['a missing comma between list items', '["a" "b"]', 1, 6, 'a missing comma before this item: put a "," right after the value that ends at line 1, column 4'],
    ['a missing colon', '{"a" 1}', 1, 6, 'expected ":" after the field name, found "1"'],
    ['an unclosed brace', '{\n  "a": {\n    "b": 1\n  \n', 5, 1, 'expected "," or "}" after a value, found the end of the file'],
    ['an unclosed list', '[1, 2', 1, 6, 'expected "," or "]" after a value, found the end of the file'],
    ['single quotes', "{'a': 1}", 1, 2, "expected a \"quoted\" field name, found \"'\""],
    ['a number with a leading zero', '{"a": 01}', 1, 8, 'expected "," or "}" after a value, found "1"'],
    ['a number ending in a point', '{"a": 1.}', 1, 8, 'expected "," or "}" after a value, found "."'],
    ['a lone minus sign', '{"a": -}', 1, 7, 'expected a number, found "-"'],
    ['an invalid escape', '{"a": "b\\q"}', 1, 10, 'expected a valid escape such as \\" or \\n, found "q"'],
    ['a misspelt literal', '{"a": tru}', 1, 7, `expected ${A_VALUE}, found "t"`],
    ['a word without quotes', '{"seats": three}', 1, 11, `expected ${A_VALUE}, found "t"`],
    ['a second value after the first', '{"a": 1}\n{', 2, 1, 'expected the end of the file after the last value, found "{"'],
    ['an empty text', '', 1, 1, 'the file is empty; it must hold one JSON object'],
    ['only white space', '  \n  ', 2, 3, 'the file is empty; it must hold one JSON object'],
  ])('parseJsonText(text) reports %s at its line and column', (_what, text, line, column, reason) => {
    expect(parseJsonText(text)).toEqual({ ok: false, line, column, message: `invalid JSON: ${reason}` });
  });

  it('parseJsonText(text) accepts a byte-order mark at the start and returns the value', () => {
    expect(parseJsonText('\uFEFF{"a": [1, true, null, "x"]}')).toEqual({ ok: true, value: { a: [1, true, null, 'x'] } });
  });

  it('parseJsonText(text) returns the same value as JSON.parse for every real data file', () => {
    for (const text of Object.values(realTexts())) expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it('parseJsonText(text) accepts escapes, unicode escapes, exponents and nesting', () => {
    expect(parseJsonText(' {"a\\"b": "\\u00e9\\n\\/", "n": -1.5e+3, "l": [[], {}, [{}]]} ')).toEqual({
      ok: true,
      value: { 'a"b': 'é\n/', n: -1500, l: [[], {}, [{}]] },
    });
  });
});

describe('findJsonSyntaxError', () => {
  it('findJsonSyntaxError(text) gives the offset of a trailing comma error and what was expected', () => {
    expect(findJsonSyntaxError('{"a": 1,}')).toEqual({ offset: 8, reason: 'expected a "quoted" field name, found "}"' });
  });

  it('findJsonSyntaxError(text) returns null for valid JSON, with or without a byte-order mark', () => {
    expect(findJsonSyntaxError('{"a": 1}')).toBeNull();
    expect(findJsonSyntaxError('\uFEFF{"a": 1}')).toBeNull();
    expect(findJsonSyntaxError('[]')).toBeNull();
    expect(findJsonSyntaxError('"x"')).toBeNull();
  });

  it('findJsonSyntaxError(text) rejects a byte-order mark that is not at the start', () => {
    expect(findJsonSyntaxError('{"a": 1}\uFEFF')).toEqual({ offset: 8, reason: 'expected the end of the file after the last value, found "\uFEFF"' });
  });

  it('findJsonSyntaxError(text) agrees with JSON.parse on which texts are valid', () => {
    const texts = ['{"a":1}', '{"a":1,}', '[1,]', '[01]', '"\\x"', '"a\tb"', '{"a":"\\u12"}', 'null', 'nul', '1e5', '1e', '-0', '{"a":{"b":[1,{"c":null}]}}', '{"a" : 1 , "b" : [ ] }'];
    for (const text of texts) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(findJsonSyntaxError(text) === null, text).toBe(valid);
    }
  });
});
