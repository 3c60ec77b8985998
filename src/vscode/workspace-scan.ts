import * as vscode from 'vscode';
import { isFileExcluded, judgeFinding, noiseOf, pathMatchesAny } from '../engine/noise';
import { scanText } from '../engine/scan';
import { encodingOf, looksBinary } from '../engine/text-encoding';
import type { TcerrSettings } from '../engine/settings';
import { severityOf } from '../engine/severity';
import { explanationLanguage, readSettings } from './config';
import { diagnosticOf } from './diagnostic-of';
import { MAX_DIAGNOSTICS_PER_DOCUMENT } from './diagnostics';
import type { Explainer } from './explainer';
import type { FindingsStore, StoredFinding } from './findings-store';
import { judgeText } from './judge-document';
import { relativePathOf } from './workspace-paths';

/** File extensions of the languages tcerr knows without asking other extensions. */
const BUILT_IN_EXTENSIONS: Readonly<Record<string, readonly string[]>> = { json: ['json'], jsonc: ['jsonc'], log: ['log'], plaintext: ['txt'] };
/** A workspace with more matching files than this is scanned in part (the summary says so). */
export const MAX_SCANNED_FILES = 5000;
const PARALLEL_READS = 8;
const BINARY_SNIFF_BYTES = 8192;

export interface ScanSummary {
  /** Files read and scanned. */
  scanned: number;
  filesWithErrors: number;
  errors: number;
  skippedLarge: number;
  skippedBinary: number;
  /** Open documents: their live results already stand. */
  skippedOpen: number;
  /** Matched by search.exclude or tcerr.exclude.files. */
  excluded: number;
  unreadable: number;
  /** More files matched than MAX_SCANNED_FILES. */
  limited: boolean;
  cancelled: boolean;
}

/** File extensions for the language ids in `tcerr.languages`: the built-in ones, and what installed extensions declare. */
export function extensionsFor(languages: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of languages) for (const ext of BUILT_IN_EXTENSIONS[id] ?? []) out.add(ext);
  for (const extension of vscode.extensions.all) {
    const contributed = (extension.packageJSON as { contributes?: { languages?: unknown } } | undefined)?.contributes?.languages;
    if (!Array.isArray(contributed)) continue;
    for (const lang of contributed as { id?: unknown; extensions?: unknown }[]) {
      if (typeof lang?.id !== 'string' || !languages.includes(lang.id) || !Array.isArray(lang.extensions)) continue;
      for (const ext of lang.extensions) if (typeof ext === 'string' && /^\.[A-Za-z0-9_.+-]{1,20}$/.test(ext)) out.add(ext.slice(1).toLowerCase());
    }
  }
  return [...out].sort();
}

function enabledGlobs(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  // `true` only: a `{ when: ... }` value depends on sibling files and is left to VS Code's own search.
  return Object.entries(value as Record<string, unknown>).filter(([, on]) => on === true).map(([glob]) => glob);
}

/** Every error finding of a file with its built-in severity, before noise control (kept so a settings change re-filters without re-reading). */
interface RawFile {
  uri: vscode.Uri;
  items: StoredFinding[];
}

/** "tcerr: Scan Workspace for API Errors" and the results it leaves in the Problems panel and the errors view. */
export class WorkspaceScanner implements vscode.Disposable {
  private readonly raw = new Map<string, RawFile>();
  private readonly listeners: vscode.Disposable[];

  constructor(
    private readonly store: FindingsStore,
    private readonly collection: vscode.DiagnosticCollection,
    private readonly explainer: Explainer,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.listeners = [
      // A scanned file that was opened shows live results; once closed, it shows what is on disk again.
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (this.raw.has(doc.uri.toString())) void this.rescanFile(doc.uri);
      }),
    ];
  }

  async run(): Promise<ScanSummary | undefined> {
    const folders = vscode.workspace.workspaceFolders;
    if (!folders?.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('tcerr: open a folder to scan it for Tencent Cloud API errors.'));
      return undefined;
    }
    const settings = readSettings();
    const extensions = extensionsFor(settings.languages);
    if (extensions.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('tcerr: no file types to scan: `tcerr.languages` names no language with known file extensions.'));
      return undefined;
    }
    const summary: ScanSummary = { scanned: 0, filesWithErrors: 0, errors: 0, skippedLarge: 0, skippedBinary: 0, skippedOpen: 0, excluded: 0, unreadable: 0, limited: false, cancelled: false };
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('tcerr: scanning the workspace for Tencent Cloud API errors'), cancellable: true },
      async (progress, token) => {
        const include = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
        // `undefined` exclude: VS Code applies files.exclude; search.exclude is applied below.
        const found = await vscode.workspace.findFiles(include, undefined, MAX_SCANNED_FILES + 1, token);
        summary.limited = found.length > MAX_SCANNED_FILES;
        const uris = found.slice(0, MAX_SCANNED_FILES).sort((a, b) => a.toString().localeCompare(b.toString()));
        this.clearScanResults();
        let done = 0;
        let next = 0;
        const worker = async () => {
          while (next < uris.length && !token.isCancellationRequested) {
            const uri = uris[next++];
            await this.scanOne(uri, summary);
            done++;
            progress.report({ increment: 100 / uris.length, message: `${done}/${uris.length}` });
          }
        };
        await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, uris.length) }, worker));
        summary.cancelled = token.isCancellationRequested;
      },
    );
    this.log.info(`Workspace scan: ${JSON.stringify(summary)}`);
    void this.announce(summary);
    return summary;
  }

  private async scanOne(uri: vscode.Uri, summary: ScanSummary): Promise<void> {
    try {
      const settings = readSettings(uri);
      const relative = relativePathOf(uri);
      const searchExclude = enabledGlobs(vscode.workspace.getConfiguration('search', uri).get<unknown>('exclude'));
      if (relative !== null && (pathMatchesAny(relative, searchExclude) || isFileExcluded(relative, noiseOf(settings)))) {
        summary.excluded++;
        return;
      }
      if (this.store.originOf(uri) === 'live') {
        summary.skippedOpen++;
        return;
      }
      const items = await this.readAndScan(uri, settings, summary);
      if (items === undefined) return;
      summary.scanned++;
      const shown = this.publish(uri, items);
      if (shown > 0) {
        summary.filesWithErrors++;
        summary.errors += shown;
      }
    } catch (err) {
      summary.unreadable++;
      this.log.warn(`Workspace scan: ${uri.toString(true)} could not be read.`, err instanceof Error ? err : String(err));
    }
  }

  /** Reads a file and returns all its error findings, unfiltered; undefined when it is skipped. */
  private async readAndScan(uri: vscode.Uri, settings: TcerrSettings, summary?: ScanSummary): Promise<StoredFinding[] | undefined> {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > settings.scanMaxFileSizeMB * 1024 * 1024) {
      if (summary) summary.skippedLarge++;
      return undefined;
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (looksBinary(bytes, BINARY_SNIFF_BYTES)) {
      if (summary) summary.skippedBinary++;
      return undefined;
    }
    const text = new TextDecoder(encodingOf(bytes)).decode(bytes);
    const { findings } = scanText(text, { maxFindings: MAX_DIAGNOSTICS_PER_DOCUMENT });
    const items = judgeText(uri, text, findings, this.explainer, explanationLanguage(), { ...settings, diagnosticsSeverity: {}, excludeCodes: [], excludeFiles: [] });
    this.raw.set(uri.toString(), { uri, items });
    return items;
  }

  /** Noise control over a file's raw findings, into the store and the Problems panel; returns how many are shown. */
  private publish(uri: vscode.Uri, items: readonly StoredFinding[]): number {
    // An open document's live results win.
    if (this.store.originOf(uri) === 'live') return 0;
    const settings = readSettings(uri);
    const noise = noiseOf(settings);
    const language = explanationLanguage();
    const shown: StoredFinding[] = [];
    if (!isFileExcluded(relativePathOf(uri), noise)) {
      for (const item of items) {
        const explanation = item.finding.code === null ? null : this.explainer.explain(item.finding.code, language, item.finding.product);
        const severity = judgeFinding(item.finding, explanation, severityOf(item.finding), noise);
        if (severity !== null) shown.push({ ...item, explanation, severity });
      }
    }
    this.store.set(uri, shown, 'scan');
    if (shown.length > 0) this.collection.set(uri, shown.map((i) => diagnosticOf(i, language)));
    else this.collection.delete(uri);
    return shown.length;
  }

  /** After a settings change: the scan's results filtered again (no re-reading). */
  rejudge(): void {
    for (const file of this.raw.values()) {
      if (this.store.originOf(file.uri) !== 'live') this.publish(file.uri, file.items);
    }
  }

  private async rescanFile(uri: vscode.Uri): Promise<void> {
    try {
      const items = await this.readAndScan(uri, readSettings(uri));
      if (items === undefined) this.raw.delete(uri.toString());
      else if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) this.publish(uri, items);
    } catch {
      // Deleted or moved since the scan: nothing to show.
      this.raw.delete(uri.toString());
    }
  }

  /** Removes what the last scan reported (open documents keep their live results). */
  clearScanResults(): void {
    this.raw.clear();
    for (const uri of this.store.uris('scan')) {
      this.collection.delete(uri);
      this.store.delete(uri);
    }
  }

  private async announce(s: ScanSummary): Promise<void> {
    let text =
      s.errors === 0
        ? vscode.l10n.t('tcerr: no Tencent Cloud API errors in {0} scanned files.', s.scanned)
        : vscode.l10n.t('tcerr: {0} Tencent Cloud API errors in {1} of {2} scanned files.', s.errors, s.filesWithErrors, s.scanned);
    const notes: string[] = [];
    if (s.skippedOpen > 0) notes.push(vscode.l10n.t('{0} open files show live results', s.skippedOpen));
    if (s.skippedLarge > 0) notes.push(vscode.l10n.t('{0} files over the size limit skipped', s.skippedLarge));
    if (s.limited) notes.push(vscode.l10n.t('only the first {0} files were scanned', MAX_SCANNED_FILES));
    if (s.cancelled) notes.push(vscode.l10n.t('cancelled'));
    if (notes.length > 0) text += ` (${notes.join('; ')})`;
    const show = vscode.l10n.t('Show Errors');
    const answer = await vscode.window.showInformationMessage(text, ...(s.errors > 0 ? [show] : []));
    if (answer === show) await vscode.commands.executeCommand('tcerr.errors.focus');
  }

  dispose(): void {
    for (const l of this.listeners) l.dispose();
    this.raw.clear();
  }
}
