// In-memory CliIo for tests and embedding: captured output, scripted stdin, the real file system.

import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { CliIo, Sink } from './io';

export interface CapturingSink extends Sink {
  readonly text: string;
}

export function capturingSink(isTTY = false): CapturingSink {
  let text = '';
  return {
    isTTY,
    get text() {
      return text;
    },
    write(chunk) {
      text += chunk;
      return Promise.resolve();
    },
  };
}

export interface MemoryIo extends CliIo {
  stdout: CapturingSink;
  stderr: CapturingSink;
}

export interface MemoryIoOptions {
  /** Standard input, as pieces delivered one by one; undefined means an interactive terminal. */
  stdin?: readonly (string | Uint8Array)[];
  stdoutIsTTY?: boolean;
  env?: Record<string, string | undefined>;
}

export function memoryIo(options: MemoryIoOptions = {}): MemoryIo {
  const pieces = options.stdin ?? [];
  const stdin = {
    isTTY: options.stdin === undefined,
    async *[Symbol.asyncIterator]() {
      for (const piece of pieces) yield piece;
    },
  };
  return {
    stdout: capturingSink(options.stdoutIsTTY ?? false),
    stderr: capturingSink(false),
    stdin,
    env: options.env ?? {},
    openFile: (path) => createReadStream(path, { highWaterMark: 64 * 1024 }),
    readWholeFile: async (path) => {
      const b = await readFile(path);
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    },
  };
}
