import * as vscode from 'vscode';
import type { Severity, Span } from '../engine/types';

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** The part of `span` on its first line: a multi-line squiggle over a whole JSON object would be noise. */
export function firstLineRange(document: vscode.TextDocument, span: Span): vscode.Range {
  const start = document.positionAt(span.start);
  const end = document.positionAt(span.end);
  const lineEnd = document.lineAt(start.line).range.end;
  return new vscode.Range(start, end.isBefore(lineEnd) ? end : lineEnd);
}

export function toDiagnosticSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
  }
}

export function contains(span: Span | null, offset: number): span is Span {
  return span !== null && span.start <= offset && offset < span.end;
}
