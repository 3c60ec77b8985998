// Command-line parsing, pure: argv in, a command or a usage error out. No process access here.

import type { Language } from '../engine/types';
import { parseCatalogArgs, type CatalogCommand } from './catalog-args';
import { emptyNoiseFlags, type NoiseFlags } from './noise-config';

export interface CommonOptions {
  json: boolean;
  noColor: boolean;
  language: Language;
}

export type Command =
  | { kind: 'help'; topic: 'main' | 'scan' | 'decode' | 'catalog' }
  | CatalogCommand
  | { kind: 'version' }
  | ({ kind: 'scan'; paths: string[]; noise?: NoiseFlags; redact?: false; jobs?: number } & CommonOptions)
  | ({ kind: 'decode'; input: string | null; redact?: false } & CommonOptions)
  | { kind: 'usage-error'; message: string };

const LANGUAGES: Readonly<Record<string, Language>> = { en: 'en', 'zh-cn': 'zh-CN' };

function usageError(message: string): Command {
  return { kind: 'usage-error', message };
}

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) return usageError('missing command (scan or decode)');
  if (first === '--help' || first === '-h' || first === 'help') return { kind: 'help', topic: 'main' };
  if (first === '--version' || first === '-V' || first === '-v') return { kind: 'version' };
  if (first === 'scan' || first === 'decode') return parseCommand(first, rest);
  if (first === 'catalog') return parseCatalogArgs(rest);
  if (first.startsWith('-')) return usageError(`unknown option '${first}'`);
  return usageError(`unknown command '${first}'`);
}

function parseCommand(name: 'scan' | 'decode', args: readonly string[]): Command {
  const options: CommonOptions = { json: false, noColor: false, language: 'en' };
  const noise = emptyNoiseFlags();
  // Credentials in the output are masked unless --no-redact; `redact: false` appears only then.
  let redact = true;
  let jobs: number | undefined;
  const operands: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      operands.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    switch (flag) {
      case '--help':
      case '-h':
        return { kind: 'help', topic: name };
      case '--json':
      case '--no-color':
      case '--no-colour':
        if (inline !== undefined) return usageError(`option '${flag}' takes no value`);
        if (flag === '--json') options.json = true;
        else options.noColor = true;
        break;
      case '--lang': {
        const value = inline ?? args[++i];
        if (value === undefined || value === '') return usageError(`option '--lang' needs a value: en or zh-CN`);
        const language = LANGUAGES[value.toLowerCase()];
        if (!language) return usageError(`unsupported language '${value}' for --lang (use en or zh-CN)`);
        options.language = language;
        break;
      }
      case '--exclude-code':
      case '--severity':
      case '--config': {
        // Noise control applies to scans; a decode shows everything it was given.
        if (name !== 'scan') return usageError(`unknown option '${flag}' for '${name}'`);
        const value = inline ?? args[++i];
        if (value === undefined || value === '') return usageError(`option '${flag}' needs a value`);
        if (flag === '--exclude-code') noise.excludeCodes.push(value);
        else if (flag === '--severity') noise.severity.push(value);
        else noise.config = value;
        break;
      }
      case '--redact':
      case '--no-redact':
        if (inline !== undefined) return usageError(`option '${flag}' takes no value`);
        redact = flag === '--redact';
        break;
      case '--jobs': {
        if (name !== 'scan') return usageError(`unknown option '${flag}' for '${name}'`);
        const value = inline ?? args[++i];
        if (value === undefined || !/^[1-9][0-9]{0,2}$/.test(value)) return usageError(`option '--jobs' needs a number of threads (1 or more)`);
        jobs = Number(value);
        break;
      }
      case '--no-config':
        if (name !== 'scan' || inline !== undefined) return usageError(`unknown option '${arg}' for '${name}'`);
        noise.config = false;
        break;
      default:
        return usageError(`unknown option '${flag}' for '${name}'`);
    }
  }
  // `noise` only when a noise option was given: the command stays what it was for everyone else.
  const noiseGiven = noise.excludeCodes.length > 0 || noise.severity.length > 0 || noise.config !== null;
  const redaction = redact ? {} : { redact: false as const };
  if (name === 'scan') return { kind: 'scan', paths: operands, ...(noiseGiven ? { noise } : {}), ...redaction, ...(jobs === undefined ? {} : { jobs }), ...options };
  if (operands.length > 1) return usageError(`'decode' takes one input (a file or -), got ${operands.length}`);
  return { kind: 'decode', input: operands[0] ?? null, ...redaction, ...options };
}
