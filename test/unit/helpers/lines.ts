/** 1-based line of a UTF-16 offset (`\r\n`, `\n` and `\r` all end a line). */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) line++;
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}
