import * as vscode from 'vscode';
import { MAX_FILE_CHARS, parseSdkFile, sdkFileKind, type ImportedCode } from '../engine/sdk-import';

// Walks folders through vscode.workspace.fs, so the import also works for remote and virtual file systems
// (and in the browser); the engine parses what it finds.
const SKIP = new Set(['.git', '.hg', '.svn', 'node_modules', '__pycache__', '.idea', '.vscode', 'target', 'build', 'dist']);
const MAX_ENTRIES = 400_000;
const MAX_DEPTH = 24;

export interface FsWalkOutcome {
  codes: ImportedCode[];
  files: number;
  problems: string[];
  truncated: boolean;
}

export async function importFromUris(roots: readonly vscode.Uri[], token?: vscode.CancellationToken, onFile?: (uri: vscode.Uri) => void): Promise<FsWalkOutcome> {
  const outcome: FsWalkOutcome = { codes: [], files: 0, problems: [], truncated: false };
  let budget = MAX_ENTRIES;
  const decoder = new TextDecoder('utf-8');

  async function parse(uri: vscode.Uri): Promise<void> {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.byteLength > MAX_FILE_CHARS * 4) return void outcome.problems.push(`${uri.toString(true)}: too large, skipped`);
      const result = parseSdkFile(uri.path, decoder.decode(bytes));
      if (!result) return;
      outcome.files++;
      outcome.codes.push(...result.codes);
      outcome.problems.push(...result.problems);
      onFile?.(uri);
    } catch (err) {
      outcome.problems.push(`${uri.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  async function visit(dir: vscode.Uri, depth: number): Promise<void> {
    if (depth > MAX_DEPTH || budget <= 0 || token?.isCancellationRequested) return;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch (err) {
      outcome.problems.push(`${dir.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    entries.sort((a, b) => a[0].localeCompare(b[0]));
    for (const [name, type] of entries) {
      if (--budget <= 0) {
        outcome.truncated = true;
        return;
      }
      // Symbolic links are not followed: no cycles, no leaving the chosen folder.
      if (type & vscode.FileType.SymbolicLink) continue;
      const child = vscode.Uri.joinPath(dir, name);
      if (type === vscode.FileType.Directory) {
        if (!SKIP.has(name)) await visit(child, depth + 1);
      } else if (type === vscode.FileType.File && sdkFileKind(child.path)) {
        await parse(child);
      }
    }
  }

  for (const root of roots) {
    try {
      const stat = await vscode.workspace.fs.stat(root);
      if (stat.type & vscode.FileType.Directory) await visit(root, 0);
      else if (sdkFileKind(root.path)) await parse(root);
      else outcome.problems.push(`${root.toString(true)}: not a folder`);
    } catch (err) {
      outcome.problems.push(`${root.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return outcome;
}
