// What the commands may touch of the outside world, injected so tests run them in memory.

import { readFile } from 'node:fs/promises';
import { readAhead } from './read-ahead';

export interface Sink {
  /** Resolves when the text may be followed by more (honours back-pressure on pipes). */
  write(text: string): Promise<void>;
  readonly isTTY?: boolean;
}

export interface CliIo {
  stdout: Sink;
  stderr: Sink;
  /** Standard input as bytes; `isTTY` true when it is an interactive terminal. */
  stdin: AsyncIterable<Uint8Array | string> & { readonly isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  /** Opens a file as a byte stream (errors surface while iterating). */
  openFile(path: string): AsyncIterable<Uint8Array | string>;
  readWholeFile(path: string): Promise<Uint8Array>;
}

/** Exit status of a process whose output pipe was closed, as a shell reports death by SIGPIPE. */
export const EXIT_BROKEN_PIPE = 141;

/**
 * Wraps a Node writable. A closed pipe (EPIPE: `tcerr scan … | head`) calls `onClosed` (the real CLI stops
 * there: reading the rest of a 1 GB log for nobody would be waste) and later writes are dropped.
 */
export function nodeSink(stream: NodeJS.WriteStream, onClosed: () => void = () => {}): Sink {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
    onClosed();
  });
  return {
    isTTY: stream.isTTY,
    write(text) {
      if (closed || text === '') return Promise.resolve();
      if (stream.write(text)) return Promise.resolve();
      return new Promise((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('close', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
      });
    },
  };
}

export function processIo(): CliIo {
  return {
    stdout: nodeSink(process.stdout, () => process.exit(EXIT_BROKEN_PIPE)),
    stderr: nodeSink(process.stderr),
    stdin: process.stdin,
    env: process.env,
    openFile: (path) => readAhead(path),
    readWholeFile: async (path) => {
      const b = await readFile(path);
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    },
  };
}
