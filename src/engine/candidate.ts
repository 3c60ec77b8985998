import type { Finding, FormatId, Origin, Span } from './types';
import { isClientCode } from './patterns';

/** A finding before overlaps are resolved. Weak shapes give way to any strong finding they overlap. */
export interface Candidate extends Finding {
  strength: 'strong' | 'weak';
}

export interface CandidateParts {
  format: FormatId;
  span: Span;
  code?: { value: string; start: number; end: number } | null;
  message?: { start: number; end: number } | null;
  /** The message when the source text is escaped (JSON strings), else it is sliced from the text. */
  messageText?: string;
  requestId?: { value: string; start: number; end: number } | null;
  origin?: Origin;
  strength?: 'strong' | 'weak';
}

export type Emit = (candidate: Candidate) => void;

/** Builds a candidate, taking the message text from `text` and the origin from the code when not given. */
export function candidate(text: string, parts: CandidateParts): Candidate {
  const code = parts.code ?? null;
  const message = parts.message && parts.message.end > parts.message.start ? parts.message : null;
  const requestId = parts.requestId ?? null;
  const origin: Origin = parts.origin ?? (code && isClientCode(code.value) ? 'client' : 'server');
  return {
    kind: 'error',
    code: code ? code.value : null,
    message: parts.messageText ?? (message ? joinContinuationLines(text.slice(message.start, message.end)) : null),
    requestId: requestId ? requestId.value : null,
    origin,
    format: parts.format,
    span: parts.span,
    codeSpan: code ? { start: code.start, end: code.end } : null,
    messageSpan: message ? { start: message.start, end: message.end } : null,
    requestIdSpan: requestId ? { start: requestId.start, end: requestId.end } : null,
    product: null,
    strength: parts.strength ?? 'strong',
  };
}

/** A message wrapped over lines (terraform's `│ ` frame, markdown quotes) reads as one line. */
function joinContinuationLines(message: string): string {
  if (!message.includes('\n')) return message;
  // Split and trimmed by hand: the one-regex form (`[ \t]*\r?\n[ \t]*…`) retried its leading `[ \t]*` at every
  // blank of a long run, quadratic in the run's length.
  const lines = message.split('\n');
  return lines
    .map((line, i) => {
      let start = 0;
      let end = line.length;
      if (i < lines.length - 1) {
        if (line.endsWith('\r')) end--;
        while (end > 0 && isBlank(line.charCodeAt(end - 1))) end--;
      }
      if (i > 0) {
        while (start < end && isBlank(line.charCodeAt(start))) start++;
        if (start < end && '│|>'.includes(line[start])) {
          start++;
          while (start < end && isBlank(line.charCodeAt(start))) start++;
        }
      }
      return line.slice(start, end);
    })
    .join(' ');
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
