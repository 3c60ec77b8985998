import * as vscode from 'vscode';
import { findCredentials, type CredentialKind } from '../engine/credentials';
import { readSettings } from './config';
import { toRange } from './convert';
import { SETTINGS_SECTION } from './settings';

export const CREDENTIAL_SOURCE = 'tcerr-credentials';
const DEBOUNCE_MS = 300;
/** Schemes whose text is a copy of another document (or tcerr's own report, already masked). */
const SKIPPED_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-scm', 'debug', 'tcerr-decode']);

const LABELS: Record<CredentialKind, string> = {
  'secret-id': 'SecretId',
  'secret-key': 'SecretKey',
  token: 'session token',
  signature: 'request signature',
};

/**
 * A warning on every Tencent Cloud credential in an open log or response (`tcerr.credentials.warn`). Its own
 * collection, so the error diagnostics, their counts and their views stay about API errors.
 */
export class CredentialDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(CREDENTIAL_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listeners: vscode.Disposable[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {}

  start(): this {
    this.listeners.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.refresh(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SETTINGS_SECTION)) this.refreshAll();
      }),
    );
    this.refreshAll();
    return this;
  }

  refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.refresh(doc);
  }

  refresh(document: vscode.TextDocument): void {
    this.cancel(document.uri.toString());
    try {
      const settings = readSettings(document.uri);
      const wanted = settings.credentialsWarn && settings.languages.includes(document.languageId) && !SKIPPED_SCHEMES.has(document.uri.scheme);
      if (document.isClosed || !wanted) {
        this.collection.delete(document.uri);
        return;
      }
      const diagnostics = findCredentials(document.getText()).map((c) => {
        const d = new vscode.Diagnostic(
          toRange(document, c.span),
          vscode.l10n.t('Tencent Cloud credential exposed: a {0}. Remove it from the file and rotate it if it ever left your machine.', LABELS[c.kind]),
          vscode.DiagnosticSeverity.Warning,
        );
        d.source = CREDENTIAL_SOURCE;
        d.code = `credential-exposed/${c.kind}`;
        return d;
      });
      this.collection.set(document.uri, diagnostics);
    } catch (err) {
      this.log.error(`Looking for credentials in ${document.uri.toString(true)} failed.`, err instanceof Error ? err : String(err));
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const l of this.listeners.splice(0)) l.dispose();
    this.collection.dispose();
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(key);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.refresh(document);
    }, DEBOUNCE_MS));
  }

  private forget(uri: vscode.Uri): void {
    this.cancel(uri.toString());
    this.collection.delete(uri);
  }

  private cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }
}
