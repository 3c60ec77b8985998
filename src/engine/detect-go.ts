import { candidate, type Emit } from './candidate';
import { CODE, isClientCode, isTencentLooking, OTHER_CLOUD, TENCENT_FIRST_SEGMENTS } from './patterns';
import { readMessageAndId } from './message';
import { LineMemo } from './line-memo';
import { type AnchoredRegex, literalPrefix } from './anchored-regex';

const GO_MARK = '[TencentCloudSDKError]';
const GO = literalPrefix(/\[TencentCloudSDKError\][ \t]*Code=/g, GO_MARK, 'KError');
const CODE_AT = new RegExp(CODE, 'y');
const MESSAGE_KEY = /,?[ \t]*(?:\r?\n[ \t>│|]*)?Message=/y;

/** Go SDK (and the Ruby SDK, which prints the same text): `[TencentCloudSDKError] Code=…, Message=…, RequestId=…`. */
export function detectGo(text: string, emit: Emit): void {
  const lines = new LineMemo(text);
  GO.lastIndex = 0;
  for (let m = GO.exec(text); m; m = GO.exec(text)) {
    const codeStart = m.index + m[0].length;
    CODE_AT.lastIndex = codeStart;
    const code = CODE_AT.exec(text);
    if (!code) continue;
    const codeEnd = codeStart + code[0].length;
    MESSAGE_KEY.lastIndex = codeEnd;
    const key = MESSAGE_KEY.exec(text);
    const rest = key ? readMessageAndId(text, codeEnd + key[0].length, ', RequestId=', GO_MARK, lines) : null;
    emit(candidate(text, {
      format: 'go-sdk',
      span: { start: m.index, end: rest ? rest.end : codeEnd },
      code: { value: code[0], start: codeStart, end: codeEnd },
      message: rest?.message,
      requestId: rest?.requestId,
    }));
  }
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
