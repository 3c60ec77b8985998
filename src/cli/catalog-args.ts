// `tcerr catalog import <folder>...`: parsing only, pure.

export type CatalogCommand =
  | { kind: 'catalog-import'; paths: string[]; json: boolean }
  | { kind: 'catalog-status'; json: boolean };

export type CatalogParse = CatalogCommand | { kind: 'help'; topic: 'catalog' } | { kind: 'usage-error'; message: string };

export function parseCatalogArgs(args: readonly string[]): CatalogParse {
  const [sub, ...rest] = args;
  if (sub === undefined) return { kind: 'usage-error', message: "missing subcommand for 'catalog' (import or status)" };
  if (sub === '--help' || sub === '-h' || sub === 'help') return { kind: 'help', topic: 'catalog' };
  if (sub !== 'import' && sub !== 'status') return { kind: 'usage-error', message: `unknown subcommand '${sub}' for 'catalog' (import or status)` };
  let json = false;
  const paths: string[] = [];
  let optionsEnded = false;
  for (const arg of rest) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && (arg === '--help' || arg === '-h')) return { kind: 'help', topic: 'catalog' };
    else if (!optionsEnded && arg === '--json') json = true;
    else if (!optionsEnded && arg.startsWith('-')) return { kind: 'usage-error', message: `unknown option '${arg}' for 'catalog ${sub}'` };
    else paths.push(arg);
  }
  if (sub === 'status') {
    if (paths.length > 0) return { kind: 'usage-error', message: "'catalog status' takes no operands" };
    return { kind: 'catalog-status', json };
  }
  if (paths.length === 0) return { kind: 'usage-error', message: "'catalog import' needs a folder of SDK sources (tencentcloud-sdk-go, -python or -java)" };
  return { kind: 'catalog-import', paths, json };
}

export const CATALOG_HELP = `Usage: tcerr catalog import [--json] <folder>...
       tcerr catalog status [--json]

import  Walks the folders for the official error-code lists of the Tencent Cloud
        SDKs you already have (tencentcloud-sdk-go errors.go, tencentcloud-sdk-python
        errorcodes.py, tencentcloud-sdk-java *ErrorCode.java), and saves the codes
        to tcerr's import cache. 'tcerr scan' and 'tcerr decode' then use them for
        codes the bundled catalog does not know (source "sdk-import"). Bundled
        text always wins where both exist. Importing again replaces the cache.
status  Shows what the import cache holds.

The cache is sdk-codes.json in tcerr's data folder: $TCERR_DATA_DIR if set, else
$XDG_DATA_HOME/tcerr or ~/.local/share/tcerr (Linux), ~/Library/Application
Support/tcerr (macOS), %APPDATA%\\tcerr (Windows).

Exit status: 0 codes imported (or status shown), 2 bad usage, nothing found or
the cache could not be written.
`;
