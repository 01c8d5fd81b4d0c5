/**
 * Reads a stylesheet's rules for the style tests (which max-width does `.step-figure .chart` get
 * in print?) without a CSS parser.
 *
 * @module
 */

/** One style rule: where it sits, what it selects, what it declares. */
export type CssRule = {
  /** The enclosing at-rules, outermost first: ['@media (min-width: 960px)'], [] at the top. */
  at: string[];
  /** The rule's selectors, split at top-level commas and trimmed. */
  selectors: string[];
  /** Its declarations, the last of a repeated property winning. */
  declarations: Record<string, string>;
};

/**
 * The style rules of a stylesheet, flat, each with the at-rules it sits in. Comments are dropped;
 * strings and escapes holding braces are not supported (the project's sheets have none).
 *
 *   cssRules('@media print { .a, .b { max-width: 26rem; } }')
 *   // → [{ at: ['@media print'], selectors: ['.a', '.b'], declarations: { 'max-width': '26rem' } }]
 */
export function cssRules(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  const stack: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') {
      const prelude = text.slice(start, i).trim();
      if (prelude.startsWith('@')) {
        stack.push(prelude.replace(/\s+/g, ' '));
        start = i + 1;
        continue;
      }
      const end = text.indexOf('}', i);
      if (end < 0) throw new Error(`cssRules: no closing brace for "${prelude}"`);
      rules.push({ at: [...stack], selectors: splitSelectors(prelude), declarations: declarationsOf(text.slice(i + 1, end)) });
      i = end;
      start = end + 1;
    } else if (ch === '}') {
      stack.pop();
      start = i + 1;
    } else if (ch === ';' && !text.slice(start, i).includes('{')) {
      // A statement at-rule (`@import '…';`) ends here.
      start = i + 1;
    }
  }
  return rules;
}

/** Splits a selector list at the commas outside parentheses: `:is(.a, .b) .c, .d` → two. */
function splitSelectors(prelude: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < prelude.length; i++) {
    if (prelude[i] === '(') depth++;
    else if (prelude[i] === ')') depth--;
    else if (prelude[i] === ',' && depth === 0) {
      out.push(prelude.slice(from, i));
      from = i + 1;
    }
  }
  out.push(prelude.slice(from));
  return out.map((s) => s.trim().replace(/\s+/g, ' ')).filter(Boolean);
}

function declarationsOf(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim();
    if (name) out[name] = part.slice(colon + 1).trim().replace(/\s+/g, ' ');
  }
  return out;
}
