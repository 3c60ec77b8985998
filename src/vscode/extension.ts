import * as vscode from 'vscode';
import { loadCatalog } from './catalog-loader';
import { COMMANDS } from './commands';
import { runDecode } from './decode-command';
import { DECODE_SCHEME, DecodeDocumentProvider } from './decode-provider';
import { DIAGNOSTIC_SOURCE, DiagnosticsManager } from './diagnostics';
import { Explainer } from './explainer';
import { TcerrHoverProvider } from './hover';
import { SETTINGS_SECTION } from './settings';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('tcerr', { log: true });
  context.subscriptions.push(log);
  try {
    // The catalog is built on first hover/diagnostic/decode, not here.
    const explainer = new Explainer(loadCatalog, log);
    const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
    const diagnostics = new DiagnosticsManager(collection, explainer, log);
    const decodeProvider = new DecodeDocumentProvider();

    context.subscriptions.push(
      collection,
      diagnostics,
      // All languages: the provider checks `tcerr.languages` itself, so a settings change needs no re-registration.
      vscode.languages.registerHoverProvider('*', new TcerrHoverProvider(explainer, log)),
      vscode.workspace.registerTextDocumentContentProvider(DECODE_SCHEME, decodeProvider),
      vscode.commands.registerCommand(COMMANDS.decode.id, (arg?: unknown) => runDecode(decodeProvider, explainer, log, arg)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SETTINGS_SECTION)) diagnostics.refreshAll();
      }),
    );
    diagnostics.start();
    log.info(`tcerr ${String(context.extension.packageJSON?.version ?? '')} activated.`);
  } catch (err) {
    log.error('Activation failed.', err instanceof Error ? err : String(err));
    throw err;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
