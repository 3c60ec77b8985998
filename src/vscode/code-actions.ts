import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { DIAGNOSTIC_SOURCE_ID } from './diagnostic-of';
import { refOf } from './finding-ref';
import type { FindingsStore } from './findings-store';

/** The hover's actions as quick fixes on each tcerr diagnostic, plus a one-step "ignore in this workspace". */
export class TcerrCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly store: FindingsStore) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE_ID) continue;
      const offset = document.offsetAt(diagnostic.range.start);
      const stored = this.store.at(document.uri, offset);
      const code = stored?.finding.code ?? codeOf(diagnostic);
      const args = [refOf(document.uri, offset)];
      const add = (title: string, command: string, extra: unknown[] = []) => {
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.command = { title, command, arguments: [...args, ...extra] };
        actions.push(action);
      };
      add(vscode.l10n.t('tcerr: Copy as issue report'), COMMANDS.copyIssueReport.id);
      if (code) add(vscode.l10n.t('tcerr: Copy code {0}', code), COMMANDS.copyCode.id);
      if (!stored || (stored.finding.requestId && stored.finding.requestId !== 'None')) add(vscode.l10n.t('tcerr: Copy RequestId'), COMMANDS.copyRequestId.id);
      if (!stored || stored.finding.message) add(vscode.l10n.t('tcerr: Copy message'), COMMANDS.copyMessage.id);
      if (typeof diagnostic.code === 'object') add(vscode.l10n.t('tcerr: Open documentation'), COMMANDS.openDocs.id);
      add(vscode.l10n.t('tcerr: Decode this response'), COMMANDS.decodeFinding.id);
      if (code) {
        add(vscode.l10n.t('tcerr: Ignore {0}…', code), COMMANDS.ignoreCode.id);
        if (vscode.workspace.workspaceFolders?.length) add(vscode.l10n.t('tcerr: Ignore {0} in this workspace', code), COMMANDS.ignoreCodeInWorkspace.id);
      }
    }
    return actions;
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const c = diagnostic.code;
  const value = typeof c === 'object' ? c.value : c;
  return typeof value === 'string' ? value : undefined;
}
