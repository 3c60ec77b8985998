/**
 * Undoes one level of JSON string escaping over a slice of text and remembers, for every character
 * produced, where it came from, so findings in the unescaped text map back to the original offsets.
 */
export interface Unescaped {
  text: string;
  /** origin[i] is the offset in the source of text[i]; origin[text.length] is the source end. */
  origin: number[];
}

const SIMPLE: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

export function unescapeJsonLevel(source: string, origin: number[]): Unescaped {
  let out = '';
  const map: number[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\' && i + 1 < source.length) {
      const next = source[i + 1];
      const simple = SIMPLE[next];
      if (simple !== undefined) {
        out += simple;
        map.push(origin[i]);
        i += 2;
        continue;
      }
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
        map.push(origin[i]);
        i += 6;
        continue;
      }
    }
    out += ch;
    map.push(origin[i]);
    i++;
  }
  map.push(origin[source.length]);
  return { text: out, origin: map };
}

/** Unescapes `levels` times the slice [start, end) of `text`. */
export function unescapeSlice(text: string, start: number, end: number, levels: number): Unescaped {
  let current: Unescaped = { text: text.slice(start, end), origin: [] };
  for (let i = start; i <= end; i++) current.origin.push(i);
  for (let level = 0; level < levels; level++) current = unescapeJsonLevel(current.text, current.origin);
  return current;
}
