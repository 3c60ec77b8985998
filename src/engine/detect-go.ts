import { candidate, type Emit } from './candidate';
import { CODE, isClientCode, isTencentLooking, OTHER_CLOUD, readRequestId, TENCENT_FIRST_SEGMENTS } from './patterns';
import { camRequestId, readMessageAndId, type MessageAndId } from './message';
import { QuotedValues } from './quoted';
import { trimEnd } from './text';
import { unescapeSlice } from './unescape';
import { LineMemo } from './line-memo';
import { type AnchoredRegex, literalPrefix } from './anchored-regex';

const GO_MARK = '[TencentCloudSDKError]';
const GO = literalPrefix(/\[TencentCloudSDKError\][ \t]*Code=/g, GO_MARK, 'KError');
const CODE_AT = new RegExp(CODE, 'y');
const MESSAGE_KEY = /,?[ \t]*(?:\r?\n[ \t>│|]*)?Message=/y;
const RID_KEY = ', RequestId=';

/** Go SDK (and the Ruby SDK, which prints the same text): `[TencentCloudSDKError] Code=…, Message=…, RequestId=…`. */
export function detectGo(text: string, emit: Emit): void {
  const lines = new LineMemo(text);
  const quoted = new QuotedValues(text);
  GO.lastIndex = 0;
  for (let m = GO.exec(text); m; m = GO.exec(text)) {
    const codeStart = m.index + m[0].length;
    CODE_AT.lastIndex = codeStart;
    const code = CODE_AT.exec(text);
    if (!code) continue;
    const codeEnd = codeStart + code[0].length;
    MESSAGE_KEY.lastIndex = codeEnd;
    const key = MESSAGE_KEY.exec(text);
    const messageStart = key ? codeEnd + key[0].length : -1;
    const close = key ? quoted.closeOf(m.index, lines.lineStart(m.index), lines.lineEnd(m.index)) : -1;
    const rest = !key ? null : close >= messageStart ? readQuotedMessage(text, messageStart, close) : readMessageAndId(text, messageStart, RID_KEY, GO_MARK, lines);
    emit(candidate(text, {
      format: 'go-sdk',
      span: { start: m.index, end: rest ? rest.end : codeEnd },
      code: { value: code[0], start: codeStart, end: codeEnd },
      message: rest?.message,
      messageText: rest?.message && close >= messageStart ? unescapeSlice(text, rest.message.start, rest.message.end, 1).text : undefined,
      requestId: rest?.requestId,
    }));
  }
}

/**
 * The message and id of an error logged inside a quoted value (logfmt `msg="…"`, a JSON string): they end at the
 * value's closing quote (or where the next error begins), and never reach into the fields after it.
 */
function readQuotedMessage(text: string, start: number, close: number): MessageAndId {
  const value = text.slice(start, close);
  const next = value.indexOf(GO_MARK);
  const own = next >= 0 ? next : value.length;
  const at = own >= RID_KEY.length ? value.lastIndexOf(RID_KEY, own - RID_KEY.length) : -1;
  const end = trimEnd(text, start, start + (at >= 0 ? at : own));
  const id = at >= 0 ? readRequestId(text, start + at + RID_KEY.length) : null;
  const requestId = id && id.end <= close ? id : camRequestId(text, start, end);
  return { message: { start, end }, requestId, end: id && id.end <= close ? id.end : at >= 0 ? start + at + RID_KEY.length : end };
}

interface KeyValueForm {
  re: AnchoredRegex;
  ridKey: string;
  format: 'code-message' | 'terraform-legacy';
}

/**
 * `Code=X, Message=Y, RequestId=Z` without the Go prefix, its colon twin `Code: X, Message: Y, RequestId: Z`
 * (COS STS SDK), and terraform's old `code:X, message:Y`. Other clouds print look-alikes, so these count only
 * with evidence: a RequestId, a Tencent-only code shape, or Tencent named on the line; never on a line that
 * names another cloud.
 */
// Each pattern starts with its literal key (a leading lookbehind would make the regex engine try every
// position of a big log instead of jumping between keys); the "not glued to a word" check is done by hand.
const KEY_VALUE_FORMS: KeyValueForm[] = [
  { re: literalPrefix(new RegExp(String.raw`Code=(${CODE}),[ \t]*Message=`, 'g'), 'Code=', 'Code='), ridKey: ', RequestId=', format: 'code-message' },
  { re: literalPrefix(new RegExp(String.raw`Code:[ \t]*(${CODE}),[ \t]*Message:[ \t]*`, 'g'), 'Code:', 'Code:'), ridKey: ', RequestId: ', format: 'code-message' },
  { re: literalPrefix(new RegExp(String.raw`code:(${CODE}),[ \t]*message:`, 'g'), 'code:', 'code:'), ridKey: ', requestId:', format: 'terraform-legacy' },
];
const WORD_CHAR = /[A-Za-z0-9_]/;

const TENCENT_NAMED = /tencent/i;

export function detectKeyValueForms(text: string, emit: Emit): void {
  const lines = new LineMemo(text);
  for (const form of KEY_VALUE_FORMS) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(text); m; m = form.re.exec(text)) {
      if (m.index > 0 && WORD_CHAR.test(text[m.index - 1])) {
        form.re.lastIndex = m.index + 1;
        continue;
      }
      if (lines.lineMatches(OTHER_CLOUD, m.index)) continue;
      const codeValue = m[1];
      const codeStart = m.index + m[0].indexOf(codeValue, 5);
      // The message ends where the next error of the same form begins (errors joined on one line).
      const rest = readMessageAndId(text, m.index + m[0].length, form.ridKey, form.re.shape, lines);
      const firstSegment = codeValue.split('.')[0];
      const evidence = rest.requestId !== null || isTencentLooking(codeValue) || isClientCode(codeValue)
        || (form.format === 'terraform-legacy' && (TENCENT_FIRST_SEGMENTS.has(firstSegment) || lines.lineMatches(TENCENT_NAMED, m.index)));
      if (!evidence) continue;
      emit(candidate(text, {
        format: form.format,
        strength: 'weak',
        span: { start: m.index, end: rest.end },
        code: { value: codeValue, start: codeStart, end: codeStart + codeValue.length },
        message: rest.message,
        requestId: rest.requestId,
      }));
    }
  }
}
