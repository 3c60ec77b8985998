import * as vscode from 'vscode';
import { registerCatalogFeatures } from './catalog-features';
import { loadCatalog } from './catalog-loader';
import { CatalogSources } from './catalog-sources';
import { COMMANDS } from './commands';
import { CredentialDiagnostics } from './credential-diagnostics';
import { runDecode } from './decode-command';
import { DECODE_SCHEME, DecodeDocumentProvider } from './decode-provider';
import { DIAGNOSTIC_SOURCE, DiagnosticsManager, EDIT_DEBOUNCE_MS } from './diagnostics';
import { Explainer } from './explainer';
import { registerFeatures, type TcerrApi } from './features';
import { FindingsStore } from './findings-store';
import { TcerrHoverProvider } from './hover';
import { LargeFileScanner } from './large-file';
import { SETTINGS_SECTION } from './settings';

export function activate(context: vscode.ExtensionContext): TcerrApi {
  const log = vscode.window.createOutputChannel('tcerr', { log: true });
  context.subscriptions.push(log);
  try {
    // The catalog is built on first hover/diagnostic/decode, not here.
    const sources = new CatalogSources();
    const explainer = new Explainer(() => loadCatalog(sources), log);
    const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
    const store = new FindingsStore();
    const diagnostics = new DiagnosticsManager(collection, explainer, log, EDIT_DEBOUNCE_MS, store);
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
    const features = registerFeatures({ store, collection, explainer, log });
    context.subscriptions.push(features.disposable, store);
    const largeFiles = new LargeFileScanner(store, collection, explainer, log);
    context.subscriptions.push(largeFiles, vscode.commands.registerCommand(COMMANDS.scanLargeFile.id, (arg?: unknown) => largeFiles.scan(arg)));
    context.subscriptions.push(sources, registerCatalogFeatures({ context, sources, log, refresh: () => diagnostics.refreshAll() }));
    // Leaked SecretIds, keys and tokens: a warning where they stand (tcerr.credentials.warn).
    context.subscriptions.push(new CredentialDiagnostics(log).start());
    diagnostics.start();
    log.info(`tcerr ${String(context.extension.packageJSON?.version ?? '')} activated.`);
    return features.api;
  } catch (err) {
    log.error('Activation failed.', err instanceof Error ? err : String(err));
    throw err;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
