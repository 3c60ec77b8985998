// Where the VS Code test harness keeps things. Everything it writes lives under git-ignored folders
// (.vscode-test/, test-results/), never in the source tree: scripts/build.mjs bundles every .ts file
// under test/vscode/, so an installed node_modules there would be swept into the build.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const HARNESS_SRC = path.join(ROOT, 'test', 'vscode', 'harness');
export const CACHE = path.join(ROOT, '.vscode-test');
/** The harness's package.json + lock are copied here and installed with `npm ci`. */
export const HARNESS = path.join(CACHE, 'harness');
export const HARNESS_MODULES = path.join(HARNESS, 'node_modules');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'vscode');
export const RESULTS = path.join(ROOT, 'test-results', 'vscode');
export const VSIX = path.join(ROOT, 'tcerr.vsix');
export const CATALOG_DIR = path.join(ROOT, 'src', 'catalog');

/** The compiled suite's entry (scripts/build.mjs puts test/vscode/**\/*.ts under dist-test/vscode/). */
export function suiteEntry() {
  const candidates = [
    path.join(ROOT, 'dist-test', 'vscode', 'suite', 'index.js'),
    path.join(ROOT, 'dist-test', 'vscode', 'index.js'),
  ];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`compiled extension-host suite not found (looked for ${candidates.join(', ')}); did the build run?`);
  return found;
}

/** Loads a package installed in the harness (it is deliberately not in the root package.json). */
export async function harnessImport(name) {
  const { createRequire } = await import('node:module');
  const req = createRequire(path.join(HARNESS, 'package.json'));
  return req(name);
}
