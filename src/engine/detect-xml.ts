import { candidate, type Emit } from './candidate';
import { COS_HOST, isCosCode, isCosRequestId, OTHER_HOST } from './cos-evidence';

/**
 * COS (Cloud Object Storage) answers failed requests with an XML body:
 * `<Error><Code>NoSuchKey</Code><Message>…</Message><Resource>…</Resource><RequestId>…</RequestId><TraceId>…</TraceId></Error>`.
 * AWS S3 (and S3 clones: MinIO, OSS) use the same outer shape, so the shape alone proves nothing.
 *
 * Rule (evidence, not shape): an `<Error>` element is a COS error when it has at least one COS sign and no S3 sign.
 * - COS signs: a `<TraceId>` child; a RequestId that is base64 of a hex-and-underscore string (COS ids look
 *   like `NjQ2YjE3ZTFf…`); a `myqcloud.com` / `cos.<region>` host inside the element or just before it;
 *   a `<Resource>` child together with a RequestId that is not S3-shaped.
 * - S3 signs: a `<HostId>` child (COS never sends one) unless a `<TraceId>` is there too; a RequestId of 16
 *   uppercase hex digits (S3's shape); an `amazonaws.com` / `aliyuncs.com` host just before the element.
 * Everything is found with indexOf and bounded, anchored patterns: linear in the input, no backtracking.
 */

/** Longer `<Error>` elements are not error bodies (and reading them would only cost time). */
const MAX_ELEMENT = 8 * 1024;
/** How far before the element a host name still counts as its context (the request line of the same log entry). */
const CONTEXT_BEFORE = 2 * 1024;
const MAX_VALUE = 2000;

const CHILD = /<(Code|Message|RequestId|Resource|TraceId|HostId)>([^<]{0,2000})<\/\1>/g;
const S3_REQUEST_ID = /^[0-9A-F]{16}$/;

interface Child {
  value: string;
  start: number;
  end: number;
}

export function detectCosXml(text: string, emit: Emit): void {
  let from = 0;
  for (;;) {
    const open = text.indexOf('<Error>', from);
    if (open < 0) return;
    from = open + '<Error>'.length;
    const close = text.indexOf('</Error>', from);
    if (close < 0) return;
    if (close - from > MAX_ELEMENT) continue;
    const children = readChildren(text, from, close);
    const code = children.get('Code');
    if (!code || !isCosCode(code.value)) continue;
    const before = text.slice(Math.max(0, open - CONTEXT_BEFORE), open);
    const inside = text.slice(from, close);
    if (!isCos(children, before, inside)) continue;
    const requestId = children.get('RequestId');
    const message = children.get('Message');
    emit({
      ...candidate(text, {
        format: 'cos-xml',
        span: { start: open, end: close + '</Error>'.length },
        code: { value: code.value, start: code.start, end: code.end },
        message: message ? { start: message.start, end: message.end } : null,
        messageText: message ? decodeEntities(message.value) : undefined,
        requestId: requestId && requestId.value ? requestId : null,
      }),
      product: 'cos',
    });
    from = close + '</Error>'.length;
  }
}

function readChildren(text: string, start: number, end: number): Map<string, Child> {
  const children = new Map<string, Child>();
  const body = text.slice(start, end);
  CHILD.lastIndex = 0;
  for (let m = CHILD.exec(body); m; m = CHILD.exec(body)) {
    if (children.has(m[1])) continue;
    const valueStart = start + m.index + m[1].length + 2;
    const raw = m[2];
    // Pretty-printed XML may put the value on its own line; the span covers the value, not the blanks.
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    children.set(m[1], { value: value.slice(0, MAX_VALUE), start: valueStart + lead, end: valueStart + lead + value.length });
  }
  return children;
}

function isCos(children: Map<string, Child>, before: string, inside: string): boolean {
  const requestId = children.get('RequestId')?.value ?? '';
  const traceId = children.has('TraceId');
  const s3Signs = (children.has('HostId') && !traceId) || S3_REQUEST_ID.test(requestId) || OTHER_HOST.test(before) || OTHER_HOST.test(inside);
  if (s3Signs) return false;
  return (
    traceId ||
    isCosRequestId(requestId) ||
    COS_HOST.test(inside) ||
    COS_HOST.test(before) ||
    (children.has('Resource') && requestId.length > 0)
  );
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}
