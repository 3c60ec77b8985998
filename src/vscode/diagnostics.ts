import * as vscode from 'vscode';
import { renderDiagnosticMessage } from '../engine/render-diagnostic';
import { safeHttpsUrl } from '../engine/render-markdown';
import { scanText } from '../engine/scan';
import { severityOf } from '../engine/severity';
import type { Finding, Language } from '../engine/types';
import { explanationLanguage, readSettings } from './config';
import { firstLineRange, toDiagnosticSeverity, toRange } from './convert';
import { wantsDiagnostics } from './documents';
import type { Explainer } from './explainer';

export const DIAGNOSTIC_SOURCE = 'tcerr';
export const EDIT_DEBOUNCE_MS = 300;
/** A log with thousands of errors needs a search, not a Problems panel with thousands of rows. */
export const MAX_DIAGNOSTICS_PER_DOCUMENT = 1000;

/** Keeps the `tcerr` diagnostic collection equal to what the open documents say. */
export class DiagnosticsManager implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listeners: vscode.Disposable[] = [];

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly explainer: Explainer,
    private readonly log: vscode.LogOutputChannel,
    private readonly debounceMs = EDIT_DEBOUNCE_MS,
  ) {}

  /** Listens to document events and scans the documents already open. */
  start(): void {
    this.listeners.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.refresh(doc)),
      vscode.workspace.onDidSaveTextDocument((doc) => this.refresh(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
    );
    this.refreshAll();
  }

  /** Re-scans every open document (after a settings change, or at start). */
  refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.refresh(doc);
  }

  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.refresh(document);
      }, this.debounceMs),
    );
  }

  refresh(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(key);
    try {
      if (document.isClosed || !wantsDiagnostics(document, readSettings(document.uri))) {
        this.collection.delete(document.uri);
        return;
      }
      const version = document.version;
      const diagnostics = this.compute(document, explanationLanguage());
      // Never publish results for text the user no longer has.
      if (document.isClosed || document.version !== version) return;
      this.collection.set(document.uri, diagnostics);
    } catch (err) {
      this.log.error(`Scanning ${document.uri.toString(true)} failed.`, err instanceof Error ? err : String(err));
    }
  }

  forget(uri: vscode.Uri): void {
    this.cancel(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const listener of this.listeners.splice(0)) listener.dispose();
    this.collection.clear();
  }

  private cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  private compute(document: vscode.TextDocument, language: Language): vscode.Diagnostic[] {
    const result = scanText(document.getText(), { maxFindings: MAX_DIAGNOSTICS_PER_DOCUMENT });
    if (result.truncated) this.log.warn(`${document.uri.toString(true)}: only the first ${MAX_DIAGNOSTICS_PER_DOCUMENT} errors are shown.`);
    return result.findings.filter((f) => f.kind === 'error').map((f) => this.toDiagnostic(document, f, language));
  }

  private toDiagnostic(document: vscode.TextDocument, finding: Finding, language: Language): vscode.Diagnostic {
    const explanation = finding.code === null ? null : this.explainer.explain(finding.code, language, finding.product);
    const range = finding.codeSpan ? toRange(document, finding.codeSpan) : firstLineRange(document, finding.span);
    const diagnostic = new vscode.Diagnostic(range, renderDiagnosticMessage(finding, explanation, language), toDiagnosticSeverity(severityOf(finding)));
    diagnostic.source = DIAGNOSTIC_SOURCE;
    if (finding.code !== null) {
      const docs = safeHttpsUrl(explanation?.docs);
      diagnostic.code = docs ? { value: finding.code, target: vscode.Uri.parse(docs, true) } : finding.code;
    }
    return diagnostic;
  }
}
