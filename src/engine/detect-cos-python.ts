import { candidate, type Emit } from './candidate';
import { COS_HOST, isCosCode, isCosRequestId, OTHER_HOST, readCosRequestId } from './cos-evidence';
import { LineMemo } from './line-memo';
import { readPyLiteral, type PyLiteral } from './py-literal';

/**
 * The COS Python SDK's `CosServiceError` prints as the dict it made of the XML body:
 * `{'code': 'NoSuchBucket', 'message': '…', 'resource': '…', 'requestid': '…', 'traceid': '…'}` (Python 2 writes
 * `u'…'`, and older Pythons any key order). It counts as COS with the class name in front of it, a `traceid` key,
 * a COS-shaped RequestId or a COS host in `resource`; never with another cloud's host there.
 */

/** `questi` of the `'requestid'` key every such dict has; `q` is rare in logs, so the search skips ahead fast. */
const ANCHOR = 'questi';
const KEY = "'requestid': ";
const KEY_AT = KEY.indexOf(ANCHOR);
/** How far before the `requestid` key the dict may open (COS messages are short), and how many `{` are tried as its start. */
const LOOK_BACK = 1024;
const MAX_TRIES = 3;
const MAX_ENTRIES = 12;
const CLASS_MARK = /CosServiceError\W{0,3}$/;

export function detectCosPythonDict(text: string, emit: Emit): void {
  const lines = new LineMemo(text);
  let after = 0;
  for (let at = text.indexOf(ANCHOR); at >= 0; at = text.indexOf(ANCHOR, at + 1)) {
    const keyStart = at - KEY_AT;
    if (keyStart < after || !text.startsWith(KEY, keyStart)) continue;
    const lineStart = lines.lineStart(at);
    const lineEnd = lines.lineEnd(at);
    const dict = dictAround(text, keyStart, Math.max(lineStart, keyStart - LOOK_BACK), lineEnd);
    if (!dict) continue;
    after = dict.end;
    const code = dict.entries.get('code');
    const message = dict.entries.get('message');
    const id = dict.entries.get('requestid');
    const resource = dict.entries.get('resource')?.value ?? '';
    if (!code || code.value === null || !code.verbatim || !isCosCode(code.value)) continue;
    const requestId = id && id.value ? readCosRequestId(text, id.start) : null;
    const named = CLASS_MARK.test(text.slice(Math.max(lineStart, dict.start - 40), dict.start));
    const cos = named || dict.entries.has('traceid') || (requestId !== null && isCosRequestId(requestId.value)) || COS_HOST.test(resource);
    if (!cos || OTHER_HOST.test(resource)) continue;
    emit({
      ...candidate(text, {
        format: 'cos-python-sdk',
        span: { start: dict.start, end: dict.end },
        code: { value: code.value, start: code.start, end: code.end },
        message: message && message.value !== null ? { start: message.start, end: message.end } : null,
        messageText: message?.value ?? undefined,
        requestId: requestId && requestId.end === id!.end ? requestId : null,
      }),
      product: 'cos',
    });
  }
}

interface Dict {
  start: number;
  end: number;
  entries: Map<string, PyLiteral>;
}

/** The dict holding the key at `keyStart`: tried from the nearest `{` before it (a value may hold a `{` too). */
function dictAround(text: string, keyStart: number, floor: number, lineEnd: number): Dict | null {
  const before = text.slice(floor, keyStart);
  let open = before.length;
  for (let n = 0; n < MAX_TRIES; n++) {
    open = before.lastIndexOf('{', open - 1);
    if (open < 0) return null;
    const dict = readDict(text, floor + open, lineEnd);
    if (dict && dict.end > keyStart) return dict;
  }
  return null;
}

/** `{'key': <literal or None>, …}` with string keys only; null when the text is not that. */
function readDict(text: string, open: number, lineEnd: number): Dict | null {
  const entries = new Map<string, PyLiteral>();
  let at = open + 1;
  for (let n = 0; n < MAX_ENTRIES; n++) {
    const key = readPyLiteral(text, at, lineEnd);
    if (!key || key.value === null || !text.startsWith(': ', key.next)) return null;
    const value = readPyLiteral(text, key.next + 2, lineEnd);
    if (!value) return null;
    if (!entries.has(key.value)) entries.set(key.value, value);
    at = value.next;
    if (text[at] === '}') return { start: open, end: at + 1, entries };
    if (!text.startsWith(', ', at)) return null;
    at += 2;
  }
  return null;
}
