// Keeps one enormous line (a minified 10 MB response, a binary blob read as text) from making the detectors'
// per-match line work quadratic: only the first `max` characters of a longer line are examined.

/**
 * The text with the part of every line beyond `max` characters blanked out as line breaks. Same length, so every
 * offset found in the result is an offset into `text`; errors in the blanked part are not found (by design: the
 * hover, which looks at a small window around the cursor, still finds them). Returns `text` itself when no line
 * is longer than `max`.
 */
export function capLongLines(text: string, max: number): string {
  if (!(max >= 1) || text.length <= max) return text;
  const parts: string[] = [];
  let from = 0;
  // Cheap pass over \n-separated segments; only a segment longer than `max` can hold a long line (\r also ends one).
  for (let segStart = 0; segStart < text.length; ) {
    const nl = text.indexOf('\n', segStart);
    const segEnd = nl < 0 ? text.length : nl;
    if (segEnd - segStart > max) {
      let lineStart = segStart;
      for (let i = segStart; i <= segEnd; i++) {
        if (i < segEnd && text.charCodeAt(i) !== 13) continue;
        if (i - lineStart > max) {
          const cut = avoidSplitPair(text, lineStart + max);
          parts.push(text.slice(from, cut), '\n'.repeat(i - cut));
          from = i;
        }
        lineStart = i + 1;
      }
    }
    segStart = segEnd + 1;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/** Never leave half a surrogate pair at the cut. */
function avoidSplitPair(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}
