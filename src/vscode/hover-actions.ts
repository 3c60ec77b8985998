import * as vscode from 'vscode';
import { commandLink } from '../engine/command-link';
import { safeHttpsUrl } from '../engine/render-markdown';
import type { Explanation, Finding } from '../engine/types';
import { COMMANDS } from './commands';
import { refOf } from './finding-ref';

/** The only commands a hover may run: tcerr's own actions on the error. */
export const HOVER_COMMAND_IDS: readonly string[] = [
  COMMANDS.copyCode.id,
  COMMANDS.copyRequestId.id,
  COMMANDS.copyMessage.id,
  COMMANDS.openDocs.id,
  COMMANDS.decodeFinding.id,
  COMMANDS.ignoreCode.id,
  COMMANDS.copyIssueReport.id,
];

/** Where actions refer to a finding: its code token, else its start (as in the Problems panel). */
export function anchorOffset(finding: Finding): number {
  return (finding.codeSpan ?? finding.span).start;
}

/**
 * The row of action buttons under a hover, as its own MarkdownString: it holds no file text (only our labels
 * and a JSON-encoded reference), and is trusted for tcerr's own commands and nothing else.
 */
export function hoverActions(uri: vscode.Uri, finding: Finding, explanation: Explanation | null): vscode.MarkdownString {
  const args = [refOf(uri, anchorOffset(finding))];
  const links: string[] = [];
  const add = (label: string, id: string, tooltip: string) => links.push(commandLink(label, id, args, tooltip));
  if (finding.code !== null) add(vscode.l10n.t('Copy code'), COMMANDS.copyCode.id, vscode.l10n.t('Copy the error code'));
  if (finding.requestId && finding.requestId.trim() !== '' && finding.requestId !== 'None') {
    add(vscode.l10n.t('Copy RequestId'), COMMANDS.copyRequestId.id, vscode.l10n.t('Copy the RequestId (support needs it)'));
  }
  if (finding.message && finding.message.trim() !== '') add(vscode.l10n.t('Copy message'), COMMANDS.copyMessage.id, vscode.l10n.t('Copy the error message'));
  add(vscode.l10n.t('Copy as issue report'), COMMANDS.copyIssueReport.id, vscode.l10n.t('Copy a Markdown report for a support ticket, credentials masked'));
  if (safeHttpsUrl(explanation?.docs)) add(vscode.l10n.t('Open docs'), COMMANDS.openDocs.id, vscode.l10n.t('Open the documentation of this error'));
  add(vscode.l10n.t('Decode this response'), COMMANDS.decodeFinding.id, vscode.l10n.t('Open a full report of this response'));
  if (finding.code !== null) add(vscode.l10n.t('Ignore this code'), COMMANDS.ignoreCode.id, vscode.l10n.t('Stop reporting this code (workspace or user settings)'));
  const md = new vscode.MarkdownString(links.join(' · '), false);
  md.isTrusted = { enabledCommands: [...HOVER_COMMAND_IDS] };
  md.supportHtml = false;
  return md;
}
