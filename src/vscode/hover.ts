import * as vscode from 'vscode';
import { renderHover } from '../engine/render-hover';
import { isFileExcluded, judgeFinding, noiseOf } from '../engine/noise';
import { FINDING_AT_REACH, findingAt } from '../engine/scan';
import { shiftFinding } from '../engine/spans';
import { severityOf } from '../engine/severity';
import type { Finding } from '../engine/types';
import { explanationLanguage, readSettings } from './config';
import { contains, toRange } from './convert';
import { wantsHover } from './documents';
import type { Explainer } from './explainer';
import { hoverActions } from './hover-actions';
import { relativePathOf } from './workspace-paths';

/** Untrusted content: no command links, no HTML, no theme icons. */
export function inertMarkdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

/** The sub-span under the cursor (code, message or RequestId), else the whole occurrence. */
function hoveredSpan(finding: Finding, offset: number) {
  for (const span of [finding.codeSpan, finding.messageSpan, finding.requestIdSpan]) if (contains(span, offset)) return span;
  return finding.span;
}

/**
 * findingAt over only the text it can read around `offset` (not the whole document: a 50 MB log would be
 * copied on every hover); offsets are mapped back to the document's.
 */
function findingNear(document: vscode.TextDocument, offset: number): Finding | null {
  const start = document.offsetAt(document.positionAt(Math.max(0, offset - FINDING_AT_REACH.before)));
  const range = new vscode.Range(document.positionAt(start), document.positionAt(offset + FINDING_AT_REACH.after));
  const local = findingAt(document.getText(range), offset - start);
  return local && shiftFinding(local, start);
}

export class TcerrHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly explainer: Explainer,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token?: vscode.CancellationToken): vscode.Hover | null {
    try {
      // The cursor has moved on: skip the scan and the rendering nobody will see.
      if (token?.isCancellationRequested) return null;
      const settings = readSettings(document.uri);
      if (!wantsHover(document, settings)) return null;
      const noise = noiseOf(settings);
      if (isFileExcluded(relativePathOf(document.uri), noise)) return null;
      const offset = document.offsetAt(position);
      const finding = findingNear(document, offset);
      if (!finding || token?.isCancellationRequested) return null;
      const language = explanationLanguage();
      if (finding.kind === 'success') {
        // A success envelope is only worth a note where the user is looking at its RequestId.
        if (!contains(finding.requestIdSpan, offset)) return null;
        return new vscode.Hover(inertMarkdown(renderHover(finding, null, language)), toRange(document, finding.requestIdSpan));
      }
      const explanation = finding.code === null ? null : this.explainer.explain(finding.code, language, finding.product);
      // Noise control: an ignored code (or one set to `off`) is quiet everywhere, the hover included.
      if (judgeFinding(finding, explanation, severityOf(finding), noise) === null) return null;
      return new vscode.Hover(
        [
          inertMarkdown(renderHover(finding, explanation, language)),
          hoverActions(document.uri, finding, explanation),
        ],
        toRange(document, hoveredSpan(finding, offset)),
      );
    } catch (err) {
      this.log.error('Hover failed.', err instanceof Error ? err : String(err));
      return null;
    }
  }
}
