import { candidate, type Emit } from './candidate';
import { COS_HOST, isCosCode, isCosRequestId, OTHER_HOST, readCosRequestId } from './cos-evidence';
import { LineMemo } from './line-memo';
import { OTHER_CLOUD } from './patterns';
import { trimEnd } from './text';

/**
 * COS errors as its Go and Java SDKs print them. Both shapes are also printed, almost word for word, by S3
 * clients, so each counts only with a COS sign: a COS host, the COS RequestId shape, or (Java) the COS class.
 */

/** How far back on the line the request URL (Go) or the exception class (Java) may start. */
const LOOK_BACK = 2 * 1024;
/** How far a message may run before its RequestId field. */
const MAX_MESSAGE = 4 * 1024;
const MAX_TRACE = 128;

/** Go: `<METHOD> <url>: <status> <Code>(Message: <msg>, RequestId: <id>, TraceId: <id>)`; old versions lack TraceId. */
export function detectCosGo(text: string, emit: Emit): void {
  const lines = new LineMemo(text);
  for (let at = text.indexOf('Messag'); at >= 0; at = text.indexOf('Messag', at + 1)) {
    if (text.charCodeAt(at - 1) !== 40 /* ( */ || !text.startsWith('Message: ', at)) continue;
    const paren = at - 1;
    const codeStart = wordStart(text, paren, isCodeChar, 81);
    const code = text.slice(codeStart, paren);
    if (!isCosCode(code) || text[codeStart - 1] !== ' ') continue;
    const statusStart = wordStart(text, codeStart - 1, isDigit, 3);
    if (statusStart === codeStart - 1 || !text.startsWith(': ', statusStart - 2)) continue;
    const lineStart = lines.lineStart(at);
    const lineEnd = lines.lineEnd(at);
    // The URL is printed decoded, so it may hold blanks: it is found by its scheme, not read back to a blank.
    const from = Math.max(lineStart, at - LOOK_BACK);
    const found = text.slice(from, statusStart - 2).lastIndexOf('http');
    const url = from + found;
    if (found < 0 || !/^https?:\/\//.test(text.slice(url, url + 8))) continue;
    const host = text.slice(url, statusStart - 2).split('/')[2] ?? '';
    const messageStart = at + 'Message: '.length;
    // The first `, RequestId: `: a retried call joins its errors on one line with `; `.
    const key = text.slice(messageStart, Math.min(lineEnd, messageStart + MAX_MESSAGE)).indexOf(', RequestId: ');
    if (key < 0) continue;
    const idAt = messageStart + key + ', RequestId: '.length;
    const id = readCosRequestId(text, idAt);
    if (OTHER_HOST.test(host) || !(COS_HOST.test(host) || (id && isCosRequestId(id.value)))) continue;
    const end = closeParen(text, id ? id.end : idAt, ', TraceId: ', lineEnd);
    const method = wordStart(text, url - 1, isUpper, 10);
    emit({
      ...candidate(text, {
        format: 'cos-go-sdk',
        span: { start: text[url - 1] === ' ' && method < url - 1 ? method : url, end },
        code: { value: code, start: codeStart, end: paren },
        message: { start: messageStart, end: trimEnd(text, messageStart, messageStart + key) },
        requestId: id,
      }),
      product: 'cos',
    });
  }
}

/**
 * Java `CosServiceException`: `<msg> (Status Code: <n>; Error Code: <Code>; Request ID: <id>); Trace ID: <id>`
 * (older versions stop after the RequestId). S3's text has `(Service: Amazon S3; Status Code: …` instead.
 */
const JAVA_CLASS = 'CosServiceException: ';
const JAVA_COS_SIGN = /CosServiceException|qcloud|myqcloud/;

export function detectCosJava(text: string, emit: Emit): void {
  const lines = new LineMemo(text);
  for (let at = text.indexOf('; Erro'); at >= 0; at = text.indexOf('; Erro', at + 1)) {
    if (!text.startsWith('; Error Code: ', at)) continue;
    const statusStart = wordStart(text, at, isDigit, 3);
    const paren = statusStart - '(Status Code: '.length;
    if (statusStart === at || !text.startsWith('(Status Code: ', paren)) continue;
    const codeStart = at + '; Error Code: '.length;
    const codeEnd = wordEnd(text, codeStart, isCodeChar, 81);
    const code = text.slice(codeStart, codeEnd);
    if (!isCosCode(code) || code === 'null' || text[codeEnd] !== ';') continue;
    const lineStart = lines.lineStart(at);
    const lineEnd = lines.lineEnd(at);
    const key = text.slice(codeEnd, Math.min(lineEnd, codeEnd + MAX_MESSAGE)).indexOf('; Request ID: ');
    if (key < 0) continue;
    const idAt = codeEnd + key + '; Request ID: '.length;
    const id = readCosRequestId(text, idAt);
    if (lines.lineMatches(OTHER_CLOUD, at) || !(lines.lineMatches(JAVA_COS_SIGN, at) || (id && isCosRequestId(id.value)))) continue;
    const from = Math.max(lineStart, paren - LOOK_BACK);
    const found = text.slice(from, paren).lastIndexOf(JAVA_CLASS);
    const head = from + found;
    const hasHead = found >= 0;
    const messageStart = hasHead ? head + JAVA_CLASS.length : -1;
    let end = closeParen(text, id ? id.end : idAt, '; Trace ID: ', lineEnd);
    if (text.startsWith('; Trace ID: ', end)) end = traceEnd(text, end + '; Trace ID: '.length, lineEnd);
    emit({
      ...candidate(text, {
        format: 'cos-java-sdk',
        span: { start: hasHead ? wordStart(text, head, isClassChar, 200) : paren, end },
        code: { value: code, start: codeStart, end: codeEnd },
        message: hasHead ? { start: messageStart, end: trimEnd(text, messageStart, paren) } : null,
        requestId: id,
      }),
      product: 'cos',
    });
  }
}

/** After the RequestId: an optional trace field, then the `)` that closes the fields. Returns the end of it all. */
function closeParen(text: string, from: number, traceKey: string, lineEnd: number): number {
  let at = from;
  if (text.startsWith(traceKey, at)) at = traceEnd(text, at + traceKey.length, lineEnd);
  return text[at] === ')' ? at + 1 : at;
}

function traceEnd(text: string, from: number, lineEnd: number): number {
  let at = from;
  const stop = Math.min(lineEnd, from + MAX_TRACE);
  while (at < stop && isTraceChar(text.charCodeAt(at))) at++;
  return at;
}

/** Start of the run of `ok` characters that ends at `end`, no longer than `max`. */
function wordStart(text: string, end: number, ok: (c: number) => boolean, max: number): number {
  let at = end;
  while (at > 0 && end - at < max && ok(text.charCodeAt(at - 1))) at--;
  return at;
}

function wordEnd(text: string, start: number, ok: (c: number) => boolean, max: number): number {
  let at = start;
  while (at < text.length && at - start < max && ok(text.charCodeAt(at))) at++;
  return at;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLetterOrDigit(c: number): boolean {
  return isDigit(c) || isUpper(c) || (c >= 97 && c <= 122);
}

function isCodeChar(c: number): boolean {
  return isLetterOrDigit(c) || c === 95 /* _ */ || c === 46 /* . */;
}

function isClassChar(c: number): boolean {
  return isCodeChar(c) || c === 36 /* $ */;
}

function isTraceChar(c: number): boolean {
  return isLetterOrDigit(c) || c === 43 /* + */ || c === 47 /* / */ || c === 61 /* = */ || c === 45 /* - */ || c === 95;
}
