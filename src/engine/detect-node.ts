import { candidate, type Emit } from './candidate';
import { isCode, readRequestId } from './patterns';
import { lineEndAt, nextLineStart, trimEnd } from './text';

/**
 * Node's `util.inspect` of a TencentCloudSDKHttpException: `TencentCloudSDKHttpException [Error]: <Message>`,
 * stack frames, then an own-properties block `{ requestId: '…', code: '…' }`; the code comes last.
 */
const HEAD = /CloudSDKHttpException(?: \[[A-Za-z]*\])?: /g;
const PROP = /^[ \t]*(requestId|code|traceId|httpCode)[ \t]*:[ \t]*'([^'\r\n]{0,200})'/;
const FRAME = /^[ \t]+at /;
const MAX_LINES = 120;
/** Lines that are neither frames nor properties (e.g. a log line that slipped in) before we give up. */
const MAX_STRAY_LINES = 3;

export function detectNodeDump(text: string, emit: Emit): void {
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(text); m; m = HEAD.exec(text)) {
    const messageStart = m.index + m[0].length;
    const messageEnd = trimEnd(text, messageStart, lineEndAt(text, messageStart));
    let code: { value: string; start: number; end: number } | null = null;
    let requestId: { value: string; start: number; end: number } | null = null;
    let end = messageEnd;
    let inProps = false;
    let stray = 0;
    let lineStart = nextLineStart(text, messageEnd);
    for (let n = 0; n < MAX_LINES && lineStart < text.length; n++) {
      const lineEnd = lineEndAt(text, lineStart);
      const line = text.slice(lineStart, lineEnd);
      HEAD.lastIndex = 0;
      if (HEAD.test(line)) break;
      const prop = PROP.exec(line);
      if (prop) {
        inProps = true;
        const valueStart = lineStart + line.indexOf("'", prop[0].indexOf(':')) + 1;
        if (prop[1] === 'code' && isCode(prop[2])) code = { value: prop[2], start: valueStart, end: valueStart + prop[2].length };
        if (prop[1] === 'requestId') requestId = readRequestId(text, valueStart);
        end = lineEnd;
      } else if (inProps) {
        if (line.trim() === '}') end = lineEnd;
        break;
      } else if (!FRAME.test(line) && ++stray > MAX_STRAY_LINES) {
        break;
      }
      lineStart = nextLineStart(text, lineEnd);
    }
    HEAD.lastIndex = messageStart;
    let start = m.index;
    while (start > 0 && /[A-Za-z]/.test(text[start - 1])) start--;
    emit(candidate(text, {
      format: 'node-sdk',
      span: { start, end },
      code,
      message: { start: messageStart, end: messageEnd },
      requestId,
      origin: code || requestId ? undefined : 'client',
    }));
  }
}
