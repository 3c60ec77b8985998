// Command-line parsing, pure: argv in, a command or a usage error out. No process access here.

import type { Language } from '../engine/types';

export interface CommonOptions {
  json: boolean;
  noColor: boolean;
  language: Language;
}

export type Command =
  | { kind: 'help'; topic: 'main' | 'scan' | 'decode' }
  | { kind: 'version' }
  | ({ kind: 'scan'; paths: string[] } & CommonOptions)
  | ({ kind: 'decode'; input: string | null } & CommonOptions)
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
  if (first.startsWith('-')) return usageError(`unknown option '${first}'`);
  return usageError(`unknown command '${first}'`);
}

function parseCommand(name: 'scan' | 'decode', args: readonly string[]): Command {
  const options: CommonOptions = { json: false, noColor: false, language: 'en' };
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
      default:
        return usageError(`unknown option '${flag}' for '${name}'`);
    }
  }
  if (name === 'scan') return { kind: 'scan', paths: operands, ...options };
  if (operands.length > 1) return usageError(`'decode' takes one input (a file or -), got ${operands.length}`);
  return { kind: 'decode', input: operands[0] ?? null, ...options };
}
