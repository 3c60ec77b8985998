// Line and column numbering of the CLI output: 1-based lines; 1-based columns counted in UTF-16 code units
// (what VS Code and the LSP use, so `file:line:col` lands on the right character). A line ends at \n, \r\n
// or a lone \r, as in VS Code.

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

/** Maps offsets of a text (possibly a window of a larger one that starts at `origin`) to positions. */
export class LineIndex {
  private readonly starts: number[];

  constructor(
    readonly text: string,
    private readonly origin: Position = { line: 1, column: 1 },
  ) {
    this.starts = lineStarts(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of the 0-based line `index` of this text. */
  lineStart(index: number): number {
    return this.starts[Math.max(0, Math.min(index, this.starts.length - 1))];
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const index = lineIndexOf(this.starts, clamped);
    const column = clamped - this.starts[index] + 1;
    return index === 0
      ? { line: this.origin.line, column: this.origin.column + column - 1 }
      : { line: this.origin.line + index, column };
  }
}

/** Offsets at which lines start; always begins with 0. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // indexOf is native and many times faster than a charCodeAt loop over a megabyte window.
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function lineIndexOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
