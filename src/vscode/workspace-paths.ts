import * as vscode from 'vscode';

/** The `/`-separated path of a file inside a workspace folder (what `tcerr.exclude.files` globs match), else null. */
export function relativePathOf(uri: vscode.Uri): string | null {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return null;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : null;
}
