/**
 * Whether an offset sits inside a double-quoted value on its line (a JSON string, logfmt's `msg="…"`), and where
 * that value ends. An SDK error logged that way is escaped (`\"`, `\\`, `\n`): its message has to be unescaped to
 * read as the user reads it, and it ends at the closing quote, not at the end of the line.
 *
 * Matches are asked about left to right; the quote state of the current line is carried from one question to the
 * next, so a line with many errors is walked once.
 */
export class QuotedValues {
  private lineStart = -1;
  private pos = 0;
  private inside = false;
  private close = -1;

  constructor(private readonly text: string) {}

  /** Offset of the quote closing the value that holds `at`, or -1 when `at` is not inside a closed value. */
  closeOf(at: number, lineStart: number, lineEnd: number): number {
    if (lineStart !== this.lineStart || at < this.pos) {
      this.lineStart = lineStart;
      this.pos = lineStart;
      this.inside = false;
      this.close = -1;
    }
    const text = this.text;
    while (this.pos < at) {
      const c = text.charCodeAt(this.pos);
      if (c === BACKSLASH) {
        this.pos += 2;
      } else {
        if (c === QUOTE) this.inside = !this.inside;
        this.pos++;
      }
    }
    if (!this.inside) return -1;
    if (this.close >= at) return this.close;
    const stop = Math.min(lineEnd, at + MAX_VALUE);
    for (let i = at; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) return (this.close = i);
    }
    return -1;
  }
}

const BACKSLASH = 92;
const QUOTE = 34;
/** A quoted value longer than this is not read as one (bounds the work per match on a huge line). */
const MAX_VALUE = 8 * 1024;
