// Turns the paths on the command line into the list of inputs to scan. Folders are walked depth-first in
// name order (stable output); dependency and VCS folders are skipped, and symbolic links to folders are not
// followed (no cycles, no escaping the tree). Binary files are skipped later, when their first bytes are read.

import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', '.git']);

export type WalkItem =
  | { kind: 'stdin' }
  /** `explicit`: named on the command line (binary files are then reported, not silently skipped). */
  | { kind: 'file'; path: string; explicit: boolean }
  | { kind: 'error'; path: string; reason: string };

export async function* walkPaths(paths: readonly string[]): AsyncGenerator<WalkItem> {
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield { kind: 'error', path, reason: describeFsError(err) };
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(path);
    else if (info.isFile()) yield { kind: 'file', path, explicit: true };
    // A pipe named on the command line (`tcerr scan <(kubectl logs …)`) is read as a stream, like stdin.
    else if (info.isFIFO() || info.isCharacterDevice()) yield { kind: 'file', path, explicit: true };
    else yield { kind: 'error', path, reason: 'not a regular file, pipe or folder' };
  }
}

async function* walkDirectory(dir: string): AsyncGenerator<WalkItem> {
  let names: { name: string; isDirectory: boolean; isFile: boolean; isLink: boolean }[];
  try {
    const handle = await opendir(dir);
    names = [];
    for await (const entry of handle) {
      names.push({ name: entry.name, isDirectory: entry.isDirectory(), isFile: entry.isFile(), isLink: entry.isSymbolicLink() });
    }
  } catch (err) {
    yield { kind: 'error', path: dir, reason: describeFsError(err) };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(dir, entry.name);
    if (entry.isDirectory) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) yield* walkDirectory(path);
    } else if (entry.isFile) {
      yield { kind: 'file', path, explicit: false };
    } else if (entry.isLink) {
      // A link to a file is scanned like the file; a link to a folder is not followed; a dangling link is noise.
      try {
        if ((await stat(path)).isFile()) yield { kind: 'file', path, explicit: false };
      } catch {
        // dangling link
      }
    }
  }
}

/** A short human reason for a file system error, e.g. "permission denied". */
export function describeFsError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'not a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
