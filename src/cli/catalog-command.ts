// `tcerr catalog import|status`: fills and shows the SDK import cache.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readCache, serializeCache, summarize, type ImportSummary } from '../engine/sdk-import';
import { importFromFolders } from '../node/sdk-walk';
import type { CatalogCommand } from './catalog-args';
import { EXIT_OK, EXIT_USAGE } from './exit-codes';
import type { CliIo } from './io';
import { sanitizeLine } from './sanitize';
import { importCachePath } from './user-catalog';

export interface CatalogDeps {
  now?: () => Date;
}

function summaryLines(summary: ImportSummary): string[] {
  const sdks = Object.entries(summary.sdks).map(([sdk, n]) => `${sdk} ${n}`).join(', ') || 'none';
  return [
    `products:  ${summary.products}`,
    `codes:     ${summary.codes}`,
    `languages: zh-CN ${summary.languages['zh-CN']}, en ${summary.languages.en}`,
    `files:     ${summary.files} (${sdks})`,
  ];
}

export async function runCatalog(command: CatalogCommand, io: CliIo, deps: CatalogDeps = {}): Promise<number> {
  const cachePath = importCachePath(io.env);
  if (command.kind === 'catalog-status') {
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await io.readWholeFile(cachePath));
    } catch {
      if (command.json) await io.stdout.write(JSON.stringify({ cache: cachePath, exists: false }) + '\n');
      else await io.stdout.write(`No import cache at ${sanitizeLine(cachePath)}. Run 'tcerr catalog import <folder>'.\n`);
      return EXIT_OK;
    }
    const cache = readCache(text);
    const summary = summarize(cache.codes, 0);
    if (command.json) await io.stdout.write(JSON.stringify({ cache: cachePath, exists: true, createdAt: cache.createdAt, roots: cache.roots, ...summary }) + '\n');
    else await io.stdout.write([`cache:     ${sanitizeLine(cachePath)}`, `created:   ${sanitizeLine(cache.createdAt ?? 'unknown')}`, ...summaryLines(summary).slice(0, 3)].join('\n') + '\n');
    return EXIT_OK;
  }

  const outcome = await importFromFolders(command.paths);
  for (const p of outcome.problems.slice(0, 20)) await io.stderr.write(`tcerr: ${sanitizeLine(p)}\n`);
  if (outcome.problems.length > 20) await io.stderr.write(`tcerr: ... and ${outcome.problems.length - 20} more problems\n`);
  if (outcome.truncated) await io.stderr.write('tcerr: stopped walking after too many entries; import a narrower folder\n');
  const summary = summarize(outcome.codes, outcome.files);
  if (outcome.codes.length === 0) {
    await io.stderr.write("tcerr: no SDK error-code lists found (errors.go, errorcodes.py, *ErrorCode.java under <product>/v<YYYYMMDD>/); the cache is unchanged\n");
    return EXIT_USAGE;
  }
  const createdAt = (deps.now ?? (() => new Date()))().toISOString();
  try {
    await mkdir(dirname(cachePath), { recursive: true });
    // Write then rename: a reader never sees half a cache.
    const tmp = `${cachePath}.${process.pid}.tmp`;
    await writeFile(tmp, serializeCache(outcome.codes, command.paths, outcome.files, createdAt), 'utf8');
    await rename(tmp, cachePath);
  } catch (err) {
    await io.stderr.write(`tcerr: could not write ${sanitizeLine(cachePath)}: ${sanitizeLine(err instanceof Error ? err.message : String(err))}\n`);
    return EXIT_USAGE;
  }
  if (command.json) await io.stdout.write(JSON.stringify({ cache: cachePath, ...summary, problems: outcome.problems.length }) + '\n');
  else await io.stdout.write([`Imported error codes into ${sanitizeLine(cachePath)}`, ...summaryLines(summary)].join('\n') + '\n');
  return EXIT_OK;
}
