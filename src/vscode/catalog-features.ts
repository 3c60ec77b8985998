import * as vscode from 'vscode';
import type { CatalogSources } from './catalog-sources';
import { COMMANDS } from './commands';
import { loadImportCache, runSdkImport } from './sdk-import-command';
import { TeamCatalogs } from './team-catalogs';

export interface CatalogFeatureDeps {
  context: vscode.ExtensionContext;
  sources: CatalogSources;
  log: vscode.LogOutputChannel;
  /** Re-renders diagnostics after a layer changed. */
  refresh: () => void;
}

/** The import command, the import cache, team catalog files and their diagnostics. One Disposable for all. */
export function registerCatalogFeatures({ context, sources, log, refresh }: CatalogFeatureDeps): vscode.Disposable {
  const storage = context.globalStorageUri;
  const collection = vscode.languages.createDiagnosticCollection('tcerr-team-catalog');
  const team = new TeamCatalogs(sources, collection, log);
  const disposables: vscode.Disposable[] = [
    collection,
    team,
    sources.onDidChange(refresh),
    vscode.commands.registerCommand(COMMANDS.importSdkCodes.id, (arg?: unknown) => runSdkImport(storage, sources, log, arg)),
  ];
  void loadImportCache(storage, sources, log);
  team.start();
  return vscode.Disposable.from(...disposables);
}
