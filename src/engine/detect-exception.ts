import { candidate, type Emit } from './candidate';
import { CODE, isCode, readRequestId } from './patterns';
import { readMessageAndId, camRequestId } from './message';
import { trimEnd } from './text';
import { LineMemo } from './line-memo';
import { AnchoredRegex, literalPrefix } from './anchored-regex';
import { readPyLiteral, type PyLiteral } from './py-literal';

/**
 * `[TencentCloudSDKException]` as printed by Python, tccli, Java and (with its namespace) PHP; Node's
 * toString uses it too. Current form: `code:X message:Y requestId:Z` (Java puts a space after `code:`);
 * old Java/PHP and Node: `message:<Code>-<Message> requestId:Z` or just `message:Y  requestId:Z`.
 */
const MARK = new AnchoredRegex(
  /\[(?:TencentCloud(?:\\{1,2})Common(?:\\{1,2})Exception(?:\\{1,2}))?TencentCloudSDKException\]/g,
  'KExcep',
  // `KExcep…` is part of `TencentCloudSDKException]`, which starts 14 before it; in front of that comes `[` or
  // PHP's `[TencentCloud\Common\Exception\` with one or two backslashes at each of its three places (31-34).
  (_text, at) => [at - 48, at - 47, at - 46, at - 45, at - 15],
);
// The code and its blanks are one optional group, so a blank run after `code:` is read one way only.
const WITH_CODE = /[ \t]*code:(?:[ \t]*([^\s]{1,128}))?[ \t]+message:/y;
const WITHOUT_CODE = /[ \t]*message:/y;
const OLD_CODE_PREFIX = new RegExp(String.raw`^(${CODE})-`);
const NODE_TRACE = /[ \t]+traceId:[A-Za-z0-9-]{0,64}/y;

export function detectSdkException(text: string, emit: Emit): void {
  const lines = new LineMemo(text);
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const after = m.index + m[0].length;
    const format = m[0].includes('Common') ? 'php-sdk' : 'python-sdk';
    WITH_CODE.lastIndex = after;
    const withCode = WITH_CODE.exec(text);
    if (withCode) {
      const raw = withCode[1] ?? '';
      const codeStart = after + withCode[0].indexOf(raw, withCode[0].indexOf('code:') + 5);
      const rest = readMessageAndId(text, after + withCode[0].length, ' requestId:', '[TencentCloudSDKException', lines);
      const hasCode = isCode(raw);
      const javaSpacing = /code: /.test(withCode[0]) && format !== 'php-sdk';
      emit(candidate(text, {
        format: javaSpacing ? 'java-sdk' : format,
        span: { start: m.index, end: rest.end },
        code: hasCode ? { value: raw, start: codeStart, end: codeStart + raw.length } : null,
        message: rest.message,
        requestId: rest.requestId,
        origin: hasCode ? undefined : 'client',
      }));
      continue;
    }
    WITHOUT_CODE.lastIndex = after;
    const withoutCode = WITHOUT_CODE.exec(text);
    if (!withoutCode) continue;
    const messageStart = after + withoutCode[0].length;
    const rest = readMessageAndId(text, messageStart, ' requestId:', '[TencentCloudSDKException', lines);
    // Only Node's toString (since 2024) ends with `  traceId:<id>`; its message is the API message, with no code
    // in front. Without the traceId, Node's older toString is the same text as Java's 2018 one.
    NODE_TRACE.lastIndex = rest.end;
    const trace = format === 'php-sdk' ? null : NODE_TRACE.exec(text);
    const old = trace ? null : OLD_CODE_PREFIX.exec(text.slice(messageStart, messageStart + 140));
    // Before 2020 Java put `<Code>-` in front of the message, but also `<ExceptionClass>-` for network errors.
    const oldCode = old && !/Exception$/.test(old[1]) ? old[1] : null;
    emit(candidate(text, {
      format: trace ? 'node-sdk' : format === 'php-sdk' ? 'php-sdk' : 'java-sdk-legacy',
      span: { start: m.index, end: trace ? rest.end + trace[0].length : rest.end },
      code: oldCode ? { value: oldCode, start: messageStart, end: messageStart + oldCode.length } : null,
      message: oldCode && rest.message ? { start: messageStart + oldCode.length + 1, end: rest.message.end } : rest.message,
      requestId: rest.requestId,
      origin: oldCode ? undefined : rest.requestId ? 'server' : 'client',
    }));
  }
}

/**
 * Python `repr(e)`: `TencentCloudSDKException(<code>, <message>, <requestId>)`, the constructor's positional
 * arguments as Python literals: the id is `None` for client-side errors, a message with a `'` in it is written in
 * double quotes, and network errors are raised with two arguments only. (Arguments passed by keyword are not kept
 * in `args`, so a repr never shows them.)
 */
const REPR_HEAD = 'TencentCloudSDKException(';
/** `KExcep` starts 14 characters into the class name. */
const REPR_ANCHOR = 'KExcep';
const REPR_ANCHOR_AT = REPR_HEAD.indexOf(REPR_ANCHOR);

export function detectPythonRepr(text: string, emit: Emit): void {
  const lines = new LineMemo(text);
  for (let at = text.indexOf(REPR_ANCHOR); at >= 0; at = text.indexOf(REPR_ANCHOR, at + 1)) {
    const start = at - REPR_ANCHOR_AT;
    if (start < 0 || !text.startsWith(REPR_HEAD, start)) continue;
    const args = readReprArgs(text, start + REPR_HEAD.length, lines.lineEnd(start));
    if (!args) continue;
    const [code, message, id] = args.literals;
    // The code is only taken when the source spells it as it is, so its offsets are the code's.
    if (!code || code.value === null || !code.verbatim || !isCode(code.value)) continue;
    const requestId = id && id.value ? readRequestId(text, id.start) : null;
    emit(candidate(text, {
      format: 'python-sdk',
      span: { start, end: args.end },
      code: { value: code.value, start: code.start, end: code.end },
      message: message && message.value !== null ? { start: message.start, end: message.end } : null,
      messageText: message?.value ?? undefined,
      requestId: requestId && requestId.end <= id!.end ? requestId : null,
    }));
  }
}

/** One to three literals separated by `, ` and closed by `)`; null when the text is not that. */
function readReprArgs(text: string, from: number, limit: number): { literals: PyLiteral[]; end: number } | null {
  const literals: PyLiteral[] = [];
  let at = from;
  while (literals.length < 3) {
    const literal = readPyLiteral(text, at, limit);
    if (!literal) return null;
    literals.push(literal);
    at = literal.next;
    if (text[at] === ')') return { literals, end: at + 1 };
    if (!text.startsWith(', ', at)) return null;
    at += 2;
  }
  return null;
}

/**
 * .NET: until 2023 `message：code:<Code> message:<Message>  requestId<id>` (full-width colon, no separator
 * before the id); since then `requestId: <id> TencentCloud.Common.TencentCloudSDKException: <Message>`.
 */
const DOTNET_OLD = literalPrefix(new RegExp(String.raw`message：code:(${CODE}) message:`, 'g'), 'message：code:', '：code:');
const DOTNET_NEW = literalPrefix(
  /TencentCloud\.Common\.TencentCloudSDKException: /g,
  'TencentCloud.Common.TencentCloudSDKException: ',
  'KExcep',
);
const DOTNET_INNER_CODE = new RegExp(String.raw`^code:(${CODE}) message:`);
const DOTNET_ID_BEFORE = /requestId: ([A-Za-z0-9-]{8,64}) $/;

export function detectDotnet(text: string, emit: Emit): void {
  const lines = new LineMemo(text);
  DOTNET_OLD.lastIndex = 0;
  for (let m = DOTNET_OLD.exec(text); m; m = DOTNET_OLD.exec(text)) {
    const codeStart = m.index + 'message：code:'.length;
    const rest = readMessageAndId(text, m.index + m[0].length, 'requestId', DOTNET_OLD.shape, lines);
    emit(candidate(text, {
      format: 'dotnet-sdk',
      span: { start: m.index, end: rest.end },
      code: { value: m[1], start: codeStart, end: codeStart + m[1].length },
      message: rest.message,
      requestId: rest.requestId,
    }));
  }
  DOTNET_NEW.lastIndex = 0;
  for (let m = DOTNET_NEW.exec(text); m; m = DOTNET_NEW.exec(text)) {
    const messageStart = m.index + m[0].length;
    const lineStart = lines.lineStart(m.index);
    const before = DOTNET_ID_BEFORE.exec(text.slice(Math.max(lineStart, m.index - 90), m.index));
    const id = before ? readRequestId(text, m.index - before[0].length + 'requestId: '.length) : null;
    const messageEnd = trimEnd(text, messageStart, lines.lineEnd(messageStart));
    const inner = DOTNET_INNER_CODE.exec(text.slice(messageStart, messageStart + 140));
    const codeStart = messageStart + 'code:'.length;
    emit(candidate(text, {
      format: 'dotnet-sdk',
      span: { start: id ? id.start : m.index, end: messageEnd },
      code: inner ? { value: inner[1], start: codeStart, end: codeStart + inner[1].length } : null,
      message: { start: inner ? messageStart + inner[0].length : messageStart, end: messageEnd },
      requestId: id ?? camRequestId(text, messageStart, messageEnd),
    }));
  }
}
