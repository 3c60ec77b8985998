import * as vscode from 'vscode';
import { CACHE_FILE_NAME, readCache, serializeCache, summarize, type ImportSummary } from '../engine/sdk-import';
import type { CatalogSources } from './catalog-sources';
import { readSettings } from './config';
import { discoverSdkFolders } from './sdk-discovery';
import { importFromUris } from './sdk-fs-walk';

export function importCacheUri(storage: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(storage, CACHE_FILE_NAME);
}

/** Loads the import cache from global storage into the catalog layers; a missing cache is normal. */
export async function loadImportCache(storage: vscode.Uri, sources: CatalogSources, log: vscode.LogOutputChannel): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(importCacheUri(storage));
  } catch {
    return;
  }
  const cache = readCache(new TextDecoder('utf-8').decode(bytes));
  for (const p of cache.problems) log.warn(`SDK import cache: ${p}`);
  sources.setImported(cache.codes);
  log.info(`SDK import cache: ${cache.codes.length} codes loaded.`);
}

/** Arguments tests and keybindings may pass instead of the pickers: folder URIs or paths. */
function foldersFromArg(arg: unknown): vscode.Uri[] | null {
  const list = Array.isArray(arg) ? arg : arg === undefined ? [] : [arg];
  const uris = list.flatMap((a) => (a instanceof vscode.Uri ? [a] : typeof a === 'string' && a.trim() !== '' ? [vscode.Uri.file(a)] : []));
  return uris.length > 0 ? uris : null;
}

async function pickFolders(): Promise<vscode.Uri[] | undefined> {
  const configured = readSettings().catalogSdkPaths.map((p) => vscode.Uri.file(p));
  const discovered = await discoverSdkFolders();
  const known = [...configured, ...discovered.filter((d) => !configured.some((c) => c.toString() === d.toString()))];
  const choose = vscode.l10n.t('Choose a folder…');
  if (known.length > 0) {
    const items: (vscode.QuickPickItem & { uri?: vscode.Uri })[] = [
      ...known.map((uri) => ({ label: uri.fsPath, uri, picked: true })),
      { label: choose, alwaysShow: true },
    ];
    const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: vscode.l10n.t('tcerr: Import Error Codes from SDK Sources'), placeHolder: vscode.l10n.t('Folders holding tencentcloud-sdk-go, -python or -java sources') });
    if (!picked) return undefined;
    const uris = picked.flatMap((p) => (p.uri ? [p.uri] : []));
    if (!picked.some((p) => !p.uri)) return uris;
    const more = await openDialog();
    return more ? [...uris, ...more] : uris.length > 0 ? uris : undefined;
  }
  return openDialog();
}

function openDialog(): Thenable<vscode.Uri[] | undefined> {
  return vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: true, openLabel: vscode.l10n.t('Import Error Codes'), title: vscode.l10n.t('Folders of Tencent Cloud SDK sources') });
}

function describe(summary: ImportSummary): string {
  return vscode.l10n.t('tcerr imported {0} error codes of {1} products from {2} files (Chinese {3}, English {4}).', summary.codes, summary.products, summary.files, summary.languages['zh-CN'], summary.languages.en);
}

/** `tcerr.importSdkCodes`: resolves to the summary, or undefined when cancelled or nothing was found. */
export async function runSdkImport(storage: vscode.Uri, sources: CatalogSources, log: vscode.LogOutputChannel, arg?: unknown): Promise<ImportSummary | undefined> {
  try {
    const fromArg = foldersFromArg(arg);
    const folders = fromArg ?? (await pickFolders());
    if (!folders || folders.length === 0) return undefined;
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('tcerr: importing error codes'), cancellable: true },
      (progress, token) => importFromUris(folders, token, (uri) => progress.report({ message: uri.path.split('/').slice(-3).join('/') })),
    );
    for (const p of outcome.problems.slice(0, 50)) log.warn(`SDK import: ${p}`);
    if (outcome.truncated) log.warn('SDK import: stopped after too many entries; choose a narrower folder.');
    if (outcome.codes.length === 0) {
      if (!fromArg) void vscode.window.showWarningMessage(vscode.l10n.t('tcerr found no SDK error-code lists (errors.go, errorcodes.py, *ErrorCode.java) in the chosen folders.'));
      return undefined;
    }
    const summary = summarize(outcome.codes, outcome.files);
    await vscode.workspace.fs.createDirectory(storage);
    const text = serializeCache(outcome.codes, folders.map((f) => f.toString(true)), outcome.files, new Date().toISOString());
    await vscode.workspace.fs.writeFile(importCacheUri(storage), new TextEncoder().encode(text));
    sources.setImported(readCache(text).codes);
    log.info(`SDK import: ${describe(summary)}`);
    if (!fromArg) void vscode.window.showInformationMessage(describe(summary));
    return summary;
  } catch (err) {
    log.error('SDK import failed.', err instanceof Error ? err : String(err));
    void vscode.window.showErrorMessage(vscode.l10n.t('tcerr: importing error codes failed. See the "tcerr" output for details.'));
    return undefined;
  }
}
