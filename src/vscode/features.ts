import * as vscode from 'vscode';
import { registerActionCommands } from './action-commands';
import { InlineAnnotations } from './annotations';
import { TcerrCodeActionProvider } from './code-actions';
import { COMMANDS } from './commands';
import type { Explainer } from './explainer';
import { registerErrorsView, type ViewSnapshot } from './errors-view';
import type { FindingsStore } from './findings-store';
import { registerLanguageModelTool } from './lm-tool';
import { SETTINGS_SECTION } from './settings';
import { ErrorsStatusBar, goToError } from './status-bar';
import { WorkspaceScanner, type ScanSummary } from './workspace-scan';

export interface FeatureDeps {
  store: FindingsStore;
  collection: vscode.DiagnosticCollection;
  explainer: Explainer;
  log: vscode.LogOutputChannel;
}

/** What activate() returns: a read-only look at what tcerr shows, for the extension-host tests and other extensions. */
export interface TcerrApi {
  /** The "Tencent Cloud Errors" view's groups and items, as labels and descriptions. */
  errorsView(): ViewSnapshot;
  /** The status bar text for the active editor ('' when hidden). */
  statusBarText(): string;
  /** The inline annotations of an editor, by 0-based line. */
  inlineAnnotations(editor: vscode.TextEditor): { line: number; text: string }[];
}

/** Everything of "actions where the error is", "all errors at once" and noise control beyond the diagnostics manager. */
export function registerFeatures(deps: FeatureDeps): { disposable: vscode.Disposable; api: TcerrApi } {
  const { store, collection, explainer, log } = deps;
  const { view, disposable: viewDisposable } = registerErrorsView(store);
  const statusBar = new ErrorsStatusBar(store);
  const annotations = new InlineAnnotations(store);
  const scanner = new WorkspaceScanner(store, collection, explainer, log);
  const disposable = vscode.Disposable.from(
    viewDisposable,
    statusBar,
    annotations,
    scanner,
    registerActionCommands({ store, explainer, log }),
    vscode.languages.registerCodeActionsProvider('*', new TcerrCodeActionProvider(store), TcerrCodeActionProvider.metadata),
    vscode.commands.registerCommand(COMMANDS.scanWorkspace.id, (): Promise<ScanSummary | undefined> => scanner.run()),
    vscode.commands.registerCommand(COMMANDS.clearWorkspaceScan.id, () => scanner.clearScanResults()),
    vscode.commands.registerCommand(COMMANDS.goToError.id, () => goToError(store)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SETTINGS_SECTION)) scanner.rejudge();
    }),
    registerLanguageModelTool(explainer),
  );
  const api: TcerrApi = {
    errorsView: () => view.snapshot(),
    statusBarText: () => statusBar.text(),
    inlineAnnotations: (editor) => annotations.textsFor(editor),
  };
  return { disposable, api };
}
