// `tcerr decode`: one pasted response or log excerpt, read whole, explained at length.

import type { DecodeResult } from '../engine/decode';
import type { Language } from '../engine/types';
import type { Explainer } from './explain';
import { projectStart } from './noise-config';
import { userExplainer } from './user-catalog';
import { formatDecodeReport, type DecodedFinding } from './format-decode';
import type { CliIo } from './io';
import { encodingOf } from '../engine/text-encoding';
import { EXIT_OK, EXIT_USAGE, STDIN_NAME } from './exit-codes';
import { LineIndex } from './positions';
import { redactDecodeResult } from '../engine/redact';
import { JSON_VERSION, toJsonFinding } from './report';
import { stringifyJsonSafe, sanitizeLine } from './sanitize';
import { anchorSpan } from './stitch';
import { concat } from './stream-scan';
import { describeFsError } from './walk';

export interface DecodeRequest {
  input: string | null;
  json: boolean;
  language: Language;
  /** False with --no-redact: credentials in the input are then shown as found. */
  redact?: boolean;
}

export interface DecodeDeps {
  decode: (text: string) => DecodeResult;
  explain?: Explainer;
}

async function readAll(chunks: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  return concat(parts);
}

export async function runDecode(request: DecodeRequest, io: CliIo, deps: DecodeDeps): Promise<number> {
  const fromStdin = request.input === null || request.input === '-';
  if (request.input === null && io.stdin.isTTY) {
    await io.stderr.write("tcerr: decode needs input: a file, or text piped to standard input; see 'tcerr decode --help'\n");
    return EXIT_USAGE;
  }
  let bytes: Uint8Array;
  try {
    bytes = fromStdin ? await readAll(io.stdin) : await io.readWholeFile(request.input as string);
  } catch (err) {
    const name = fromStdin ? STDIN_NAME : (request.input as string);
    const reason = describeFsError(err);
    await io.stderr.write(`tcerr: ${sanitizeLine(name)}: ${sanitizeLine(reason)}\n`);
    // A pipeline reading --json gets a JSON answer either way, as scan --json gives for an unreadable path.
    if (request.json) await io.stdout.write(stringifyJsonSafe({ version: JSON_VERSION, findings: [], error: reason }) + '\n');
    return EXIT_USAGE;
  }
  const text = new TextDecoder(encodingOf(bytes)).decode(bytes);
  // Masked texts, same spans: positions still refer to the input as given.
  const result = request.redact === false ? deps.decode(text) : redactDecodeResult(deps.decode(text));
  const cwd = process.cwd();
  const explain = deps.explain ?? (await userExplainer(request.language, io, await projectStart([request.input], cwd), cwd));
  // Findings point into the input as given (the unwrapped text is for display only).
  const index = new LineIndex(text);
  const items: DecodedFinding[] = result.findings.map((finding) => {
    const anchor = anchorSpan(finding, text);
    const record = toJsonFinding({ finding, start: index.positionAt(anchor.start), end: index.positionAt(anchor.end) }, explain);
    return { record, meaning: explain(finding) };
  });
  if (request.json) {
    const report = { version: JSON_VERSION, findings: items.map((i) => i.record), unwrapped: result.unwrapped };
    await io.stdout.write(stringifyJsonSafe(report) + '\n');
  } else {
    await io.stdout.write(formatDecodeReport(result, items, request.language));
  }
  return EXIT_OK;
}
