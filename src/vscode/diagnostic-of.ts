import * as vscode from 'vscode';
import { renderDiagnosticMessage } from '../engine/render-diagnostic';
import { safeHttpsUrl } from '../engine/render-markdown';
import type { Language } from '../engine/types';
import { toDiagnosticSeverity } from './convert';
import type { StoredFinding } from './findings-store';

export const DIAGNOSTIC_SOURCE_ID = 'tcerr';

/** The Problems panel entry of one reported error: the code token, the judged severity, a docs link on the code. */
export function diagnosticOf(item: StoredFinding, language: Language): vscode.Diagnostic {
  const { finding, explanation } = item;
  const diagnostic = new vscode.Diagnostic(item.range, renderDiagnosticMessage(finding, explanation, language), toDiagnosticSeverity(item.severity));
  diagnostic.source = DIAGNOSTIC_SOURCE_ID;
  if (finding.code !== null) {
    const docs = safeHttpsUrl(explanation?.docs);
    diagnostic.code = docs ? { value: finding.code, target: vscode.Uri.parse(docs, true) } : finding.code;
  }
  return diagnostic;
}
