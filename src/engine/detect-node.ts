import { candidate, type Emit } from './candidate';
import { isCode, readRequestId } from './patterns';
import { lineEndAt, nextLineStart, trimEnd } from './text';
import { literalPrefix } from './anchored-regex';
import { LineMemo } from './line-memo';

/**
 * Node's `util.inspect` of a TencentCloudSDKHttpException: `TencentCloudSDKHttpException [Error]: <Message>`,
 * stack frames, then an own-properties block `{ requestId: '…', code: '…' }`; the code comes last.
 */
const HEAD_SHAPE = /CloudSDKHttpException(?: \[[A-Za-z]*\])?: /;
const HEAD = literalPrefix(new RegExp(HEAD_SHAPE.source, 'g'), 'CloudSDKHttpException', 'KHttp');
const PROP = /^[ \t]*(requestId|code|traceId|httpCode)[ \t]*:[ \t]*'([^'\r\n]{0,200})'/;
const FRAME = /^[ \t]+at /;
const MAX_LINES = 120;
/** Lines that are neither frames nor properties (e.g. a log line that slipped in) before we give up. */
const MAX_STRAY_LINES = 3;

export function detectNodeDump(text: string, emit: Emit): void {
  const lines = new LineMemo(text);
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(text); m; m = HEAD.exec(text)) {
    const messageStart = m.index + m[0].length;
    const headLineEnd = lines.lineEnd(messageStart);
    // Another dump starting later on this line ends this one's message, and the properties below are that one's.
    const nextHead = text.slice(messageStart, headLineEnd).search(HEAD_SHAPE);
    const messageEnd = trimEnd(text, messageStart, nextHead >= 0 ? wordStart(text, messageStart + nextHead) : headLineEnd);
    let code: { value: string; start: number; end: number } | null = null;
    let requestId: { value: string; start: number; end: number } | null = null;
    let end = messageEnd;
    let inProps = false;
    let stray = 0;
    let lineStart = nextHead >= 0 ? text.length : nextLineStart(text, messageEnd);
    for (let n = 0; n < MAX_LINES && lineStart < text.length; n++) {
      const lineEnd = lineEndAt(text, lineStart);
      const line = text.slice(lineStart, lineEnd);
      if (HEAD_SHAPE.test(line)) break;
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
    const start = wordStart(text, m.index);
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

/** The head is matched from `CloudSDK…`; the class name before it (`TencentCloudSDKHttpException`) is part of the dump. */
function wordStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && /[A-Za-z]/.test(text[start - 1])) start--;
  return start;
}
