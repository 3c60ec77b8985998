import * as vscode from 'vscode';
import { judgeFindings } from '../engine/judge';
import { noiseOf } from '../engine/noise';
import { scanText } from '../engine/scan';
import { encodingOf } from '../engine/text-encoding';
import { anchorSpan, ChunkStitcher, type LocatedFinding } from '../engine/stitch';
import { COMMANDS } from './commands';
import { explanationLanguage, readSettings } from './config';
import { diagnosticOf } from './diagnostic-of';
import { MAX_DIAGNOSTICS_PER_DOCUMENT } from './diagnostics';
import type { Explainer } from './explainer';
import type { FindingsStore, StoredFinding } from './findings-store';
import { openByteStream, READ_CHUNK_BYTES } from './large-file-source';
import { relativePathOf } from './workspace-paths';

/**
 * VS Code does not hand files over 50 MB to extensions (no TextDocument, so no hover and no diagnostics).
 * A text tab whose file has no TextDocument and is at least this big is such a file.
 */
export const LARGE_FILE_BYTES = 50 * 1024 * 1024;

export interface LargeScanSummary {
  uri: string;
  bytes: number;
  /** Error findings after noise control (all of them, also past the Problems panel cap). */
  errors: number;
  /** Entries put in the Problems panel (at most MAX_DIAGNOSTICS_PER_DOCUMENT). */
  shown: number;
  cancelled: boolean;
}

/** The URI of the active text tab when no TextDocument stands for it (a file too large for extensions). */
export function activeTabWithoutDocument(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (!(input instanceof vscode.TabInputText)) return undefined;
  const key = input.uri.toString();
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === key) ? undefined : input.uri;
}

/**
 * "tcerr: Scan This Large File": streams a file from disk through the chunk stitcher (bounded memory, with
 * progress and cancel) and puts what it finds in the Problems panel and the findings store (errors view,
 * status bar). Also notices when the active tab is such a file and offers the scan.
 */
export class LargeFileScanner implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('tcerr.largeFile', vscode.StatusBarAlignment.Left, -101);
  private readonly offered = new Set<string>();
  private readonly listeners: vscode.Disposable[];
  private checks = 0;

  constructor(
    private readonly store: FindingsStore,
    private readonly collection: vscode.DiagnosticCollection,
    private readonly explainer: Explainer,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.item.name = vscode.l10n.t('tcerr: large file');
    this.item.command = COMMANDS.scanLargeFile.id;
    this.item.text = `$(search) ${vscode.l10n.t('tcerr: scan large file')}`;
    this.item.tooltip = vscode.l10n.t('This file is too large for VS Code to pass to extensions. Click to scan it from disk for Tencent Cloud API errors.');
    this.listeners = [
      vscode.window.tabGroups.onDidChangeTabs(() => void this.check()),
      vscode.window.tabGroups.onDidChangeTabGroups(() => void this.check()),
      vscode.workspace.onDidOpenTextDocument(() => void this.check()),
    ];
    void this.check();
  }

  /** Shows the status item (and offers the scan once per file) when the active tab is a large file. */
  async check(): Promise<vscode.Uri | undefined> {
    const ticket = ++this.checks;
    const uri = activeTabWithoutDocument();
    const large = uri ? await this.isLarge(uri) : false;
    if (ticket !== this.checks) return undefined; // a newer tab change answers instead
    if (!uri || !large) {
      this.item.hide();
      return undefined;
    }
    this.item.show();
    if (!this.offered.has(uri.toString()) && this.store.get(uri).length === 0) {
      this.offered.add(uri.toString());
      const scan = vscode.l10n.t('Scan for errors');
      void vscode.window
        .showInformationMessage(vscode.l10n.t('tcerr: this file is too large for VS Code to pass to extensions. Scan it from disk for Tencent Cloud API errors?'), scan)
        .then((choice) => (choice === scan ? this.scan(uri) : undefined));
    }
    return uri;
  }

  private async isLarge(uri: vscode.Uri): Promise<boolean> {
    try {
      return (await vscode.workspace.fs.stat(uri)).size >= LARGE_FILE_BYTES;
    } catch {
      return false;
    }
  }

  /** Scans `uri` (else the active tab's file, else the active editor's); resolves to what it found. */
  async scan(arg?: unknown): Promise<LargeScanSummary | undefined> {
    const uri = arg instanceof vscode.Uri ? arg : activeTabWithoutDocument() ?? vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('tcerr: open the large file first, then run this command.'));
      return undefined;
    }
    try {
      return await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('tcerr: scanning {0}', uri.path.split('/').pop() ?? ''), cancellable: true },
        (progress, token) => this.scanFile(uri, progress, token),
      );
    } catch (err) {
      this.log.error(`Scanning ${uri.toString(true)} failed.`, err instanceof Error ? err : String(err));
      void vscode.window.showErrorMessage(vscode.l10n.t('tcerr: scanning the file failed. See the "tcerr" output for details.'));
      return undefined;
    }
  }

  private async scanFile(uri: vscode.Uri, progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<LargeScanSummary> {
    const size = (await vscode.workspace.fs.stat(uri)).size;
    const settings = readSettings(uri);
    const language = explanationLanguage();
    const noise = noiseOf(settings);
    const relative = relativePathOf(uri);
    const stitcher = new ChunkStitcher((text) => scanText(text));
    // Chosen by the first bytes: UTF-16 when they are its BOM (PowerShell 5 logs), else UTF-8.
    let decoder: InstanceType<typeof TextDecoder> | null = null;
    const items: StoredFinding[] = [];
    let errors = 0;
    let read = 0;
    let reported = 0;
    const take = (located: LocatedFinding[]) => {
      if (located.length === 0) return;
      const byFinding = new Map(located.map((l) => [l.finding, l]));
      const judged = judgeFindings(located.map((l) => l.finding), (f) => this.explainer.explain(f.code!, language, f.product), noise, relative);
      errors += judged.length;
      for (const j of judged) {
        if (items.length >= MAX_DIAGNOSTICS_PER_DOCUMENT) break;
        const l = byFinding.get(j.finding)!;
        const range = new vscode.Range(l.start.line - 1, l.start.column - 1, l.end.line - 1, l.end.column - 1);
        items.push({ ...j, uri, range, anchor: anchorSpan(j.finding).start });
      }
    };
    const stream = openByteStream(uri) ?? wholeFile(uri);
    let cancelled = false;
    for await (const bytes of stream) {
      if (token.isCancellationRequested) {
        cancelled = true;
        break; // ends the for-await, which closes the file
      }
      let first = true;
      // The web fallback yields the whole file at once; feed it in read-sized pieces so progress moves.
      for (let at = 0; at < bytes.length || first; at += READ_CHUNK_BYTES) {
        first = false;
        const piece = bytes.subarray(at, at + READ_CHUNK_BYTES);
        decoder ??= new TextDecoder(encodingOf(piece));
        take(stitcher.push(decoder.decode(piece, { stream: true })));
        read += piece.length;
      }
      const percent = size > 0 ? Math.floor((100 * read) / size) : 100;
      if (percent > reported) {
        progress.report({ increment: percent - reported, message: vscode.l10n.t('{0} errors so far', errors) });
        reported = percent;
      }
    }
    if (!cancelled) {
      take(stitcher.push(decoder?.decode() ?? ''));
      take(stitcher.end());
    }
    // Partial results of a cancelled scan are still true; they are shown, and the summary says it stopped.
    this.collection.set(uri, items.map((item) => diagnosticOf(item, language)));
    this.store.set(uri, items, 'scan');
    const summary: LargeScanSummary = { uri: uri.toString(), bytes: read, errors, shown: items.length, cancelled };
    this.log.info(`Large file scan: ${JSON.stringify(summary)}`);
    void this.announce(summary);
    return summary;
  }

  private async announce(s: LargeScanSummary): Promise<void> {
    const capped = s.errors > s.shown ? vscode.l10n.t(' (the first {0} are in the Problems panel)', s.shown) : '';
    const text = s.cancelled
      ? vscode.l10n.t('tcerr: scan stopped after {0} MB: {1} errors{2}.', Math.round(s.bytes / 1048576), s.errors, capped)
      : vscode.l10n.t('tcerr: {0} Tencent Cloud API errors in this file{1}.', s.errors, capped);
    const show = vscode.l10n.t('Show Problems');
    const choice = await vscode.window.showInformationMessage(text, ...(s.shown > 0 ? [show] : []));
    if (choice === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
  }

  dispose(): void {
    for (const l of this.listeners) l.dispose();
    this.item.dispose();
  }
}

/** Web fallback: the whole file in one piece (no streams there). */
async function* wholeFile(uri: vscode.Uri): AsyncIterable<Uint8Array> {
  yield await vscode.workspace.fs.readFile(uri);
}
