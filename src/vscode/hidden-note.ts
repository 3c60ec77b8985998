import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** How many findings a capped document did not get in the Problems panel. */
export interface HiddenCount {
  count: number;
  /** The scan itself stopped at its cap: there may be more than `count`. */
  atLeast: boolean;
  shown: number;
}

/**
 * One Information diagnostic at the end of the document, so a capped list says so where the user looks
 * (the Problems panel) instead of silently ending.
 */
export function hiddenFindingsNote(document: vscode.TextDocument, hidden: HiddenCount): vscode.Diagnostic {
  const end = document.positionAt(document.getText().length);
  const count = hidden.atLeast ? vscode.l10n.t('{0} or more', hidden.count) : String(hidden.count);
  const message = vscode.l10n.t('tcerr: {0} more findings in this file are not shown (only the first {1} are listed).', count, hidden.shown);
  const diagnostic = new vscode.Diagnostic(new vscode.Range(end, end), message, vscode.DiagnosticSeverity.Information);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = 'more-not-shown';
  return diagnostic;
}
