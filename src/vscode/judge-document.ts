import * as vscode from 'vscode';
import { judgeFindings } from '../engine/judge';
import { lineIndex } from '../engine/line-index';
import { noiseOf } from '../engine/noise';
import type { TcerrSettings } from '../engine/settings';
import type { Finding, Language, Span } from '../engine/types';
import type { Explainer } from './explainer';
import type { StoredFinding } from './findings-store';
import { relativePathOf } from './workspace-paths';

/** Where a finding is pointed at: its code token, else the first line of the occurrence (a squiggle over a whole JSON object would be noise). */
function anchorSpan(finding: Finding, text: string): Span {
  if (finding.codeSpan) return finding.codeSpan;
  let end = finding.span.start;
  while (end < finding.span.end && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return { start: finding.span.start, end };
}

/**
 * Noise control applied to the findings of one text (an open document or a file read from disk), with ranges.
 * `positionAt` converts offsets; without it they are computed from `text`.
 */
export function judgeText(
  uri: vscode.Uri,
  text: string,
  findings: readonly Finding[],
  explainer: Explainer,
  language: Language,
  settings: TcerrSettings,
  positionAt?: (offset: number) => vscode.Position,
): StoredFinding[] {
  const judged = judgeFindings(findings, (f) => explainer.explain(f.code!, language, f.product), noiseOf(settings), relativePathOf(uri));
  if (judged.length === 0) return [];
  const at = positionAt ?? toPositionFn(text);
  return judged.map((j) => {
    const span = anchorSpan(j.finding, text);
    return { ...j, uri, range: new vscode.Range(at(span.start), at(span.end)), anchor: span.start };
  });
}

function toPositionFn(text: string): (offset: number) => vscode.Position {
  const index = lineIndex(text);
  return (offset) => {
    const p = index(offset);
    return new vscode.Position(p.line, p.character);
  };
}
