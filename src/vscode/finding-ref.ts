import * as vscode from 'vscode';
import { findingAt } from '../engine/scan';
import type { Explanation, Finding } from '../engine/types';
import { explanationLanguage } from './config';
import type { Explainer } from './explainer';
import type { FindingsStore } from './findings-store';

/**
 * How hover buttons, quick fixes and the errors view name one error: its document and the offset where its
 * range starts. Small and plain, so it travels JSON-encoded in a command URI; the finding itself is found
 * again in the current text, so a stale or forged reference can only fail to resolve.
 */
export interface FindingRef {
  uri: string;
  offset: number;
}

export function isFindingRef(value: unknown): value is FindingRef {
  const v = value as Partial<FindingRef> | null;
  return typeof v === 'object' && v !== null && typeof v.uri === 'string' && v.uri.length < 4096 && Number.isSafeInteger(v.offset) && (v.offset as number) >= 0;
}

export function refOf(uri: vscode.Uri, offset: number): FindingRef {
  return { uri: uri.toString(), offset };
}

export interface ResolvedFinding {
  document: vscode.TextDocument;
  finding: Finding;
  explanation: Explanation | null;
}

/** The error a reference names, or (without one: from the command palette) the error at the cursor. */
export async function resolveFinding(input: unknown, store: FindingsStore, explainer: Explainer): Promise<ResolvedFinding | undefined> {
  const arg = fromTreeNode(input) ?? input;
  let document: vscode.TextDocument;
  let offset: number;
  if (isFindingRef(arg)) {
    let uri: vscode.Uri;
    try {
      uri = vscode.Uri.parse(arg.uri, true);
    } catch {
      return undefined;
    }
    document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
    offset = arg.offset;
  } else {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    document = editor.document;
    offset = document.offsetAt(editor.selection.active);
  }
  const text = document.getText();
  if (offset > text.length) return undefined;
  const stored = store.at(document.uri, offset) ?? store.get(document.uri).find((f) => f.range.contains(document.positionAt(offset)));
  // The store knows code-less findings, whose range start is not inside a code, message or RequestId.
  const finding = findingAt(text, offset) ?? stored?.finding;
  if (!finding || finding.kind !== 'error') return undefined;
  const explanation = finding.code === null ? null : explainer.explain(finding.code, explanationLanguage(), finding.product);
  return { document, finding, explanation };
}

/** The errors view passes its node to context-menu commands: a finding, or a group (its first finding). */
function fromTreeNode(value: unknown): FindingRef | undefined {
  const node = value as { kind?: unknown; item?: { uri?: unknown; anchor?: unknown }; group?: { items?: { uri?: unknown; anchor?: unknown }[] } } | null;
  if (typeof node !== 'object' || node === null) return undefined;
  const item = node.kind === 'finding' ? node.item : node.kind === 'group' ? node.group?.items?.[0] : undefined;
  if (!item || !(item.uri instanceof vscode.Uri) || typeof item.anchor !== 'number') return undefined;
  return refOf(item.uri, item.anchor);
}
