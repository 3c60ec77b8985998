// Dispatch: argv to a command, run it against the given I/O, return the exit code. Never throws for bad input.

import { decodeText } from '../engine/decode';
import { scanText } from '../engine/scan';
import { parseArgs } from './args';
import { runCatalog, type CatalogDeps } from './catalog-command';
import { runDecode, type DecodeDeps } from './decode-command';
import { EXIT_OK, EXIT_USAGE } from './exit-codes';
import { helpText, VERSION } from './help';
import type { CliIo } from './io';
import { JSON_VERSION } from './report';
import { sanitizeLine, stringifyJsonSafe } from './sanitize';
import { runScan, type ScanDeps } from './scan-command';

export interface RunDeps {
  scan?: ScanDeps;
  decode?: DecodeDeps;
  catalog?: CatalogDeps;
}

// Windows are bounded in size, so no cap is needed; a cap would silently drop findings of a dense log.
// `parallel`: this scan is the engine's own, so big files may be scanned by workers that run it themselves.
export const defaultScanDeps = (): ScanDeps => ({ scan: (text) => scanText(text, { maxFindings: Number.POSITIVE_INFINITY }), parallel: {} });
export const defaultDecodeDeps = (): DecodeDeps => ({ decode: decodeText });

export async function run(argv: readonly string[], io: CliIo, deps: RunDeps = {}): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'usage-error':
      await io.stderr.write(`tcerr: ${sanitizeLine(command.message)}\nRun 'tcerr --help' for usage.\n`);
      // A pipeline that asked for --json parses stdout whatever happens: give it the command's shape and the reason.
      if (argv.includes('--json')) {
        const empty = argv[0] === 'decode' ? { findings: [] } : { files: [] };
        await io.stdout.write(stringifyJsonSafe({ version: JSON_VERSION, ...empty, error: command.message }) + '\n');
      }
      return EXIT_USAGE;
    case 'help':
      await io.stdout.write(helpText(command.topic));
      return EXIT_OK;
    case 'version':
      await io.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
    case 'scan':
      return runScan(command, io, deps.scan ?? defaultScanDeps());
    case 'decode':
      return runDecode(command, io, deps.decode ?? defaultDecodeDeps());
    case 'catalog-import':
    case 'catalog-status':
      return runCatalog(command, io, deps.catalog);
  }
}
