import * as vscode from 'vscode';

/**
 * The usual places of SDK sources on a desktop: the Go module cache and Python environments (the workspace's
 * `.venv`/`venv`, the user site-packages). Needs environment variables, so it is skipped in the browser;
 * it uses only vscode.workspace.fs, so the web bundle carries no Node built-ins.
 */
export async function discoverSdkFolders(): Promise<vscode.Uri[]> {
  if (vscode.env.uiKind === vscode.UIKind.Web || typeof process === 'undefined' || !process.env) return [];
  const env = process.env;
  const home = env.HOME || env.USERPROFILE || '';
  const candidates: vscode.Uri[] = [];
  const file = (path: string) => vscode.Uri.file(path);
  const modCaches = [env.GOMODCACHE, ...(env.GOPATH ?? '').split(process.platform === 'win32' ? ';' : ':').filter(Boolean).map((p) => `${p}/pkg/mod`), home && `${home}/go/pkg/mod`];
  for (const cache of modCaches) if (cache) candidates.push(vscode.Uri.joinPath(file(cache), 'github.com', 'tencentcloud'));
  const envRoots = (vscode.workspace.workspaceFolders ?? []).flatMap((f) => ['.venv', 'venv', 'env'].map((name) => vscode.Uri.joinPath(f.uri, name)));
  if (env.VIRTUAL_ENV) envRoots.push(file(env.VIRTUAL_ENV));
  if (home) envRoots.push(vscode.Uri.joinPath(file(home), '.local'));
  for (const root of envRoots) candidates.push(...(await sitePackages(root)));
  const found: vscode.Uri[] = [];
  const seen = new Set<string>();
  for (const uri of candidates) {
    if (seen.has(uri.toString())) continue;
    seen.add(uri.toString());
    if (await isFolder(uri)) found.push(uri);
  }
  return found;
}

/** `<env>/lib/python3.X/site-packages/tencentcloud` (and `<env>/Lib/site-packages/tencentcloud` on Windows). */
async function sitePackages(envRoot: vscode.Uri): Promise<vscode.Uri[]> {
  const out = [vscode.Uri.joinPath(envRoot, 'Lib', 'site-packages', 'tencentcloud')];
  try {
    for (const [name, type] of await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(envRoot, 'lib'))) {
      if (type === vscode.FileType.Directory && /^python3\.\d+$/.test(name)) out.push(vscode.Uri.joinPath(envRoot, 'lib', name, 'site-packages', 'tencentcloud'));
    }
  } catch {
    // no lib folder: not a Python environment
  }
  return out;
}

async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}
