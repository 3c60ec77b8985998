// Entry of the `tcerr` binary: real process I/O around `run`. The exit code is set, not forced, so
// pending output is flushed before the process ends.
//
// The same bundle is the script of the scan workers (parallel-scan.ts); they are told apart by `workerData`.
// Each side is `require`d, not imported, so a worker does not load (and initialise) the catalog and the CLI.

import { isMainThread, workerData } from 'node:worker_threads';
import { WORKER_FLAG } from './parallel-scan';

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true) {
  (require('./scan-worker') as typeof import('./scan-worker')).runScanWorker();
} else {
  main();
}

function main(): void {
  const { processIo } = require('./io') as typeof import('./io');
  const { run } = require('./run') as typeof import('./run');
  run(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`tcerr: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 70;
    },
  );
}
