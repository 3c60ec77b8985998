// Offsets to 0-based line/character positions for text that is not open in an editor (workspace scan).
// A line ends at \n, \r\n or a lone \r, as in VS Code; characters count UTF-16 code units.

import { LineIndex } from './positions';

export interface LinePosition {
  line: number;
  character: number;
}

export function lineIndex(text: string): (offset: number) => LinePosition {
  const index = new LineIndex(text);
  return (offset) => {
    const { line, column } = index.positionAt(Number.isFinite(offset) ? offset : 0);
    return { line: line - 1, character: column - 1 };
  };
}
