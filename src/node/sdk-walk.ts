// Finds and parses the SDK error lists under a folder (Node file system). Shared by the CLI import command.
import { opendir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_FILE_CHARS, parseSdkFile, sdkFileKind, type ImportedCode } from '../engine/sdk-import';

/** Folders that never hold SDK sources, or hold only copies (VCS data, caches, other languages' dependencies). */
const SKIP = new Set(['.git', '.hg', '.svn', 'node_modules', '__pycache__', '.idea', '.vscode', 'target', 'build', 'dist']);
/** A walk over a whole disk would never end; these bound it. */
export const MAX_ENTRIES = 400_000;
const MAX_DEPTH = 24;

export interface WalkOutcome {
  codes: ImportedCode[];
  files: number;
  problems: string[];
  /** True when MAX_ENTRIES stopped the walk early. */
  truncated: boolean;
}

export async function importFromFolders(roots: readonly string[]): Promise<WalkOutcome> {
  const outcome: WalkOutcome = { codes: [], files: 0, problems: [], truncated: false };
  let budget = MAX_ENTRIES;
  async function visit(dir: string, depth: number): Promise<void> {
    if (depth > MAX_DEPTH || budget <= 0) return;
    let handle;
    try {
      handle = await opendir(dir);
    } catch (err) {
      outcome.problems.push(`${dir}: ${describe(err)}`);
      return;
    }
    const subdirs: string[] = [];
    for await (const entry of handle) {
      if (--budget <= 0) {
        outcome.truncated = true;
        break;
      }
      const path = join(dir, entry.name);
      // Symbolic links are not followed: no cycles, no leaving the folder the user chose.
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) subdirs.push(path);
      } else if (entry.isFile() && sdkFileKind(path)) {
        await parseOne(path);
      }
    }
    subdirs.sort();
    for (const sub of subdirs) await visit(sub, depth + 1);
  }
  async function parseOne(path: string): Promise<void> {
    try {
      const info = await stat(path);
      if (info.size > MAX_FILE_CHARS * 4) {
        outcome.problems.push(`${path}: too large, skipped`);
        return;
      }
      const result = parseSdkFile(path, await readFile(path, 'utf8'));
      if (!result) return;
      outcome.files++;
      outcome.codes.push(...result.codes);
      outcome.problems.push(...result.problems);
    } catch (err) {
      outcome.problems.push(`${path}: ${describe(err)}`);
    }
  }
  for (const root of roots) {
    try {
      const info = await stat(root);
      if (info.isDirectory()) await visit(root, 0);
      else if (info.isFile() && sdkFileKind(root)) await parseOne(root);
      else outcome.problems.push(`${root}: not a folder`);
    } catch (err) {
      outcome.problems.push(`${root}: ${describe(err)}`);
    }
  }
  return outcome;
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}
