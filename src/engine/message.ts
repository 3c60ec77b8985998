import { lineEndAt, nextLineStart, trimEnd } from './text';
import { readRequestId, UUID, type IdMatch } from './patterns';
import type { LineMemo } from './line-memo';

/** Where the next error begins: a marker string, or a (non-global) regex for shapes with no fixed marker. */
export type NextError = string | RegExp | null;

export interface MessageAndId {
  message: { start: number; end: number } | null;
  requestId: IdMatch | null;
  /** Where the occurrence ends (after the id, or after the message). */
  end: number;
}

/** How many following lines a message may continue on before its RequestId field shows up. */
const CONTINUATION_LINES = 8;

/**
 * Reads `<message><ridKey><id>` starting at `start`. The message may hold the separator itself, so its
 * reliable end is the LAST `ridKey` on the line; when the line has none, the message may go on for a few
 * lines (terraform wraps them) until a line with `ridKey`, a blank line, or `stop` (the next error).
 * `lines`: the detector's memo, so many errors on one long line do not each walk to its end.
 */
export function readMessageAndId(text: string, start: number, ridKey: string, stop: NextError, lines?: LineMemo): MessageAndId {
  const lineEnd = lines ? lines.lineEnd(start) : lineEndAt(text, start);
  // Searches stay on this line: an unbounded indexOf/lastIndexOf runs to the next (or previous) error in the
  // whole text, which made a log with thousands of errors quadratic.
  const line = text.slice(start, lineEnd);
  const own = cutAt(line, start, lineEnd, stop);
  const onLine = own - start >= ridKey.length ? line.lastIndexOf(ridKey, own - start - ridKey.length) : -1;
  if (onLine >= 0) return finish(text, start, start + onLine, ridKey);
  if (own === lineEnd) {
    let lineStart = nextLineStart(text, lineEnd);
    for (let n = 0; n < CONTINUATION_LINES && lineStart < text.length; n++) {
      const end = lineEndAt(text, lineStart);
      const line = text.slice(lineStart, end);
      if (line.trim() === '' || (stop !== null && nextErrorIn(line, stop) >= 0)) break;
      const at = line.lastIndexOf(ridKey);
      if (at >= 0) return finish(text, start, lineStart + at, ridKey);
      lineStart = nextLineStart(text, end);
    }
  }
  const end = trimEnd(text, start, own);
  return { message: { start, end }, requestId: camRequestId(text, start, end), end };
}

/** End of the message's own text on its line: the line end, or where `stop` (the next error) begins. */
function cutAt(line: string, start: number, lineEnd: number, stop: NextError): number {
  if (!stop) return lineEnd;
  const at = nextErrorIn(line, stop);
  return at >= 0 ? start + at : lineEnd;
}

function nextErrorIn(line: string, stop: string | RegExp): number {
  return typeof stop === 'string' ? line.indexOf(stop) : line.search(stop);
}

function finish(text: string, start: number, keyAt: number, ridKey: string): MessageAndId {
  const id = readRequestId(text, keyAt + ridKey.length);
  const messageEnd = trimEnd(text, start, keyAt);
  return {
    message: { start, end: messageEnd },
    requestId: id ?? camRequestId(text, start, messageEnd),
    end: id ? id.end : keyAt + ridKey.length,
  };
}

const CAM_ID = new RegExp(String.raw`\[request id:(${UUID})\]`);

/** CAM permission messages carry the id inside the message: `[[request id:<uuid>]…`. */
export function camRequestId(text: string, start: number, end: number): IdMatch | null {
  const m = CAM_ID.exec(text.slice(start, end));
  if (!m) return null;
  const at = start + m.index + '[request id:'.length;
  return { value: m[1], start: at, end: at + m[1].length };
}
