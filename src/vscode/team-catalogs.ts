import * as vscode from 'vscode';
import { parseTeamCatalog, type TeamEntry } from '../engine/team-catalog';
import type { CatalogSources } from './catalog-sources';
import { readSettings } from './config';

export const TEAM_CATALOG_GLOB = '**/.tcerr/catalog.json';
export const TEAM_DIAGNOSTIC_SOURCE = 'tcerr team catalog';

/**
 * Reads `.tcerr/catalog.json` of each workspace folder and the files of `tcerr.catalog.teamFiles`, reports their
 * problems on the files themselves (own collection: a bad team file never touches API error diagnostics or
 * hovers), and reloads when they change.
 */
export class TeamCatalogs implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private generation = 0;

  constructor(
    private readonly sources: CatalogSources,
    private readonly collection: vscode.DiagnosticCollection,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  start(): void {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tcerr.catalog.teamFiles')) void this.reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
    );
    void this.reload();
  }

  /** The team files in effect: each folder's `.tcerr/catalog.json`, then the configured ones. */
  files(): vscode.Uri[] {
    const out: vscode.Uri[] = [];
    const add = (uri: vscode.Uri) => {
      if (!out.some((u) => u.toString() === uri.toString())) out.push(uri);
    };
    for (const folder of vscode.workspace.workspaceFolders ?? []) add(vscode.Uri.joinPath(folder.uri, '.tcerr', 'catalog.json'));
    for (const folder of vscode.workspace.workspaceFolders ?? [undefined]) {
      for (const path of readSettings(folder?.uri).catalogTeamFiles) {
        if (isAbsolute(path)) add(vscode.Uri.file(path));
        else if (folder) add(vscode.Uri.joinPath(folder.uri, path));
      }
    }
    return out;
  }

  async reload(): Promise<number> {
    const generation = ++this.generation;
    const files = this.files();
    this.watch(files);
    const entries: TeamEntry[] = [];
    this.collection.clear();
    for (const uri of files) {
      let text: string;
      try {
        text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue; // no team file here: the usual case
      }
      const label = vscode.workspace.asRelativePath(uri, true);
      const result = parseTeamCatalog(text, label);
      if (generation !== this.generation) return entries.length;
      entries.push(...result.entries);
      this.collection.set(uri, result.problems.map((p) => toDiagnostic(text, p)));
      if (result.problems.length > 0) this.log.warn(`Team catalog ${label}: ${result.problems.length} problem(s).`);
    }
    if (generation !== this.generation) return entries.length;
    this.sources.setTeam(entries);
    this.log.info(`Team catalogs: ${entries.length} entries from ${files.length} candidate file(s).`);
    return entries.length;
  }

  dispose(): void {
    this.generation++;
    for (const d of [...this.disposables.splice(0), ...this.watchers.splice(0)]) d.dispose();
    this.collection.clear();
  }

  private watch(files: readonly vscode.Uri[]): void {
    for (const w of this.watchers.splice(0)) w.dispose();
    const patterns: vscode.GlobPattern[] = [TEAM_CATALOG_GLOB];
    for (const uri of files) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) {
        const dir = vscode.Uri.joinPath(uri, '..');
        patterns.push(new vscode.RelativePattern(dir, uri.path.split('/').pop() ?? '*'));
      } else if (!uri.path.endsWith('/.tcerr/catalog.json')) {
        patterns.push(new vscode.RelativePattern(folder, vscode.workspace.asRelativePath(uri, false)));
      }
    }
    for (const pattern of patterns) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const again = () => void this.reload();
      this.watchers.push(watcher, watcher.onDidCreate(again), watcher.onDidChange(again), watcher.onDidDelete(again));
    }
    // Unsaved edits are not on disk yet; saving triggers the watcher.
  }
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

function toDiagnostic(text: string, problem: { message: string; start: number; end: number; severity: 'error' | 'warning' }): vscode.Diagnostic {
  const position = (offset: number) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    const before = text.slice(0, clamped);
    const line = before.split(/\r\n|\r|\n/).length - 1;
    const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    return new vscode.Position(line, clamped - lastBreak - 1);
  };
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(position(problem.start), position(Math.max(problem.end, problem.start))),
    problem.message,
    problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = TEAM_DIAGNOSTIC_SOURCE;
  return diagnostic;
}
