import { hiddenFindingsNote, type HiddenCount } from './hidden-note';
import * as vscode from 'vscode';
import { composeEdits } from '../engine/compose-edits';
import { rescanAfterEdit, type Edit } from '../engine/incremental';
import { DEFAULT_MAX_FINDINGS, scanText } from '../engine/scan';
import type { Finding, Language } from '../engine/types';
import { explanationLanguage, readSettings } from './config';
import { diagnosticOf } from './diagnostic-of';
import { wantsDiagnostics } from './documents';
import type { Explainer } from './explainer';
import type { FindingsStore, StoredFinding } from './findings-store';
import { judgeText } from './judge-document';

export const DIAGNOSTIC_SOURCE = 'tcerr';
export const EDIT_DEBOUNCE_MS = 300;
/** A log with thousands of errors needs a search, not a Problems panel with thousands of rows. */
export const MAX_DIAGNOSTICS_PER_DOCUMENT = 1000;

/** Keeps the `tcerr` diagnostic collection equal to what the open documents say. */
/** A document's last full findings, and the edits since (folded into one), for an incremental refresh. */
interface Scanned {
  version: number;
  findings: Finding[];
  edit: Edit | null;
}

export class DiagnosticsManager implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly scanned = new Map<string, Scanned>();
  private readonly listeners: vscode.Disposable[] = [];

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly explainer: Explainer,
    private readonly log: vscode.LogOutputChannel,
    private readonly debounceMs = EDIT_DEBOUNCE_MS,
    /** Receives every published result (the errors view, status bar and annotations read it). */
    private readonly store?: FindingsStore,
  ) {}

  /** Listens to document events and scans the documents already open. */
  start(): void {
    this.listeners.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.refresh(doc)),
      vscode.workspace.onDidSaveTextDocument((doc) => this.refresh(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        this.noteEdit(e);
        // `onOpenAndSave` leaves edits alone until the save.
        if (e.contentChanges.length > 0 && readSettings(e.document.uri).diagnosticsTrigger === 'onType') this.schedule(e.document);
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
        // What an explicit workspace scan found stays (with the trigger off, it is the only way to see errors).
        if (this.store?.originOf(document.uri) === 'scan') return;
        this.collection.delete(document.uri);
        this.store?.delete(document.uri);
        return;
      }
      const version = document.version;
      const language = explanationLanguage();
      const { items, hidden } = this.compute(document, language);
      // Never publish results for text the user no longer has.
      if (document.isClosed || document.version !== version) return;
      const note = hidden ? [hiddenFindingsNote(document, hidden)] : [];
      this.collection.set(document.uri, [...items.map((item) => diagnosticOf(item, language)), ...note]);
      this.store?.set(document.uri, items, 'live');
    } catch (err) {
      this.log.error(`Scanning ${document.uri.toString(true)} failed.`, err instanceof Error ? err : String(err));
    }
  }

  /**
   * Keeps the edits since the last scan as one replacement, so the next refresh rescans only around them (a
   * keystroke in a 20 MB log must not rescan it whole). Anything else (several changes at once, a missed
   * version) drops the cache and the next refresh scans the whole text.
   */
  private noteEdit(e: vscode.TextDocumentChangeEvent): void {
    const key = e.document.uri.toString();
    const entry = this.scanned.get(key);
    if (!entry) return;
    const change = e.contentChanges.length === 1 ? e.contentChanges[0] : undefined;
    if (!change || entry.version !== e.document.version - 1) {
      this.scanned.delete(key);
      return;
    }
    const edit: Edit = { start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, insertedLength: change.text.length };
    entry.edit = entry.edit ? composeEdits(entry.edit, edit) : edit;
    entry.version = e.document.version;
  }

  forget(uri: vscode.Uri): void {
    this.scanned.delete(uri.toString());
    this.cancel(uri.toString());
    this.collection.delete(uri);
    this.store?.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const listener of this.listeners.splice(0)) listener.dispose();
    this.scanned.clear();
    this.collection.clear();
  }

  private cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  private compute(document: vscode.TextDocument, language: Language): { items: StoredFinding[]; hidden: HiddenCount | null } {
    const text = document.getText();
    const key = document.uri.toString();
    const entry = this.scanned.get(key);
    const result =
      entry && entry.version === document.version && entry.edit
        ? rescanAfterEdit(text, entry.findings, entry.edit, { maxFindings: DEFAULT_MAX_FINDINGS })
        : entry && entry.version === document.version
          ? { findings: entry.findings, truncated: false }
          : scanText(text, { maxFindings: DEFAULT_MAX_FINDINGS });
    // Only a complete list can be updated incrementally later.
    if (result.truncated) this.scanned.delete(key);
    else this.scanned.set(key, { version: document.version, findings: result.findings, edit: null });
    const findings = result.findings.slice(0, MAX_DIAGNOSTICS_PER_DOCUMENT);
    const hidden = result.truncated || result.findings.length > MAX_DIAGNOSTICS_PER_DOCUMENT
      ? { count: result.findings.length - findings.length, atLeast: result.truncated, shown: findings.length }
      : null;
    if (hidden) this.log.warn(`${document.uri.toString(true)}: only the first ${MAX_DIAGNOSTICS_PER_DOCUMENT} errors are shown.`);
    const items = judgeText(document.uri, text, findings, this.explainer, language, readSettings(document.uri), (offset) => document.positionAt(offset));
    return { items, hidden };
  }
}
