import type * as vscode from 'vscode';
import type { TcerrSettings } from '../engine/settings';

// Output channels (tcerr's own log among them), SCM originals and our decode reports would only repeat
// diagnostics of the real file, or report on themselves.
const NO_DIAGNOSTICS_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-scm', 'debug', 'tcerr-decode']);

export function wantsHover(document: vscode.TextDocument, settings: TcerrSettings): boolean {
  return settings.languages.includes(document.languageId) && document.uri.scheme !== 'tcerr-decode';
}

export function wantsDiagnostics(document: vscode.TextDocument, settings: TcerrSettings): boolean {
  return (
    settings.diagnosticsEnabled &&
    settings.diagnosticsTrigger !== 'off' &&
    settings.languages.includes(document.languageId) &&
    !NO_DIAGNOSTICS_SCHEMES.has(document.uri.scheme)
  );
}
