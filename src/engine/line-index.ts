// Offsets to 0-based line/character positions for text that is not open in an editor (workspace scan).
// A line ends at \n, \r\n or a lone \r, as in VS Code; characters count UTF-16 code units.

export interface LinePosition {
  line: number;
  character: number;
}

export function lineIndex(text: string): (offset: number) => LinePosition {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return (offset) => {
    const at = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - starts[lo] };
  };
}
