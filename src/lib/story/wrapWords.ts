/**
 * Breaks text into lines of at most `maxChars` characters at spaces (a word longer than that gets
 * a line of its own). For SVG text, which does not wrap by itself.
 *
 *   wrapWords('From a disputed vote to stalled talks', 20) // → ['From a disputed vote', 'to stalled talks']
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
