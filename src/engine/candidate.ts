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
  return message.includes('\n') || message.includes('\r') ? message.replace(/[ \t]*\r?\n[ \t]*(?:[│|>][ \t]*)?/g, ' ') : message;
}
