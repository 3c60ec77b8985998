/** Line helpers over a plain string; `\r\n`, `\n` and lone `\r` all end a line. */

export function lineStartAt(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0) {
    const ch = text.charCodeAt(i - 1);
    if (ch === 10 || ch === 13) break;
    i--;
  }
  return i;
}

export function lineEndAt(text: string, offset: number): number {
  let i = Math.max(0, offset);
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) break;
    i++;
  }
  return i;
}

/** Offset of the start of the line after the one containing `offset` (text.length at the end). */
export function nextLineStart(text: string, offset: number): number {
  const end = lineEndAt(text, offset);
  if (end >= text.length) return text.length;
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}

export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

/** Start of the line `lines` lines before the one holding `offset`, but no further back than `chars`. */
export function linesBefore(text: string, offset: number, lines: number, chars: number): number {
  const floor = Math.max(0, offset - chars);
  let seen = 0;
  // A bounded walk: lastIndexOf would search a line with no break back to the start of the text for every call.
  for (let i = Math.min(offset, text.length) - 1; i >= floor; i--) {
    if (text.charCodeAt(i) === 10 && ++seen > lines) return i + 1;
  }
  return floor;
}

/** End of the line `lines` lines after the one holding `offset`, but no further than `chars`. */
export function linesAfter(text: string, offset: number, lines: number, chars: number): number {
  const ceiling = Math.min(text.length, offset + chars);
  let seen = 0;
  // Bounded, as linesBefore: indexOf would search a long line without a break to the end of the text.
  for (let i = Math.max(0, offset); i < ceiling; i++) {
    if (text.charCodeAt(i) === 10 && ++seen > lines) return i + 1;
  }
  return ceiling;
}
