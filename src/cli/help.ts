import pkg from '../../package.json';
import { CATALOG_HELP } from './catalog-args';

export const VERSION: string = pkg.version;

export const MAIN_HELP = `tcerr ${VERSION}: explains Tencent Cloud API errors found in logs and saved responses.

Usage:
  tcerr scan [--json] [--no-color] [--lang en|zh-CN] [noise options] <path>... | -
  tcerr decode [--json] [--lang en|zh-CN] [--no-redact] [file | -]
  tcerr catalog import [--json] <folder>... | tcerr catalog status
  tcerr --help | --version

Commands:
  scan     Find every Tencent Cloud API error in files, folders (walked recursively;
           node_modules, .git and binary files skipped) or standard input (-).
           Prints one line per finding:
             file:line:col: severity code meaning (RequestId id)
           and a summary on standard error. Lines are 1-based; columns are 1-based
           and count UTF-16 code units (as VS Code does). A line ends at \\n, \\r\\n or \\r.
  decode   Explain the errors in one pasted response or log excerpt (a file, or
           standard input when the file is - or omitted) and show its payload
           with escaped JSON unwrapped.
  catalog  Import the official error-code lists from SDK sources you have
           (see 'tcerr catalog --help'); scan and decode then use them, and
           the nearest team catalog .tcerr/catalog.json above what they read
           (else above the current folder).

Options:
  --json       Print exactly one JSON object (version 1) instead of text.
  --no-color   No colours (also when NO_COLOR is set or output is not a terminal).
  --lang L     Language of the explanations: en (default) or zh-CN.
  --no-redact  Print credentials found in the input (SecretId, SecretKey, session
               token, request signature) as they are. By default they are masked
               (AKID****1234, ****abcd) in every output, text and JSON; --redact
               says so explicitly.
  Noise options (scan): --exclude-code P, --severity K=L, --config F, --no-config;
               see 'tcerr scan --help'.
  -h, --help   This help. -V, --version: the version.

Exit status:
  scan     0 no errors found, 1 errors found (success responses and dry-run
           answers do not count), 2 bad usage or an unreadable path (the other
           paths are still scanned).
  decode   0 when the input was read and decoded, whether or not it holds errors;
           2 bad usage or unreadable input.
  141      the reader of the output went away (e.g. piped into head); scanning stops.
`;

export const SCAN_HELP = `Usage: tcerr scan [--json] [--no-color] [--lang en|zh-CN] [--exclude-code P]...
                  [--severity K=L]... [--config F | --no-config] [--jobs N] <path>... | -

Scans files, folders (recursively, skipping node_modules, .git and binary files)
and standard input (-). Input is read as UTF-8 and streamed, so files of any size
can be scanned.

  --jobs N   Threads for one big file (8 MB or more): its parts are scanned at the
             same time; the output is the same. Default: one less than the number
             of CPUs, at most 4, and 1 on machines with fewer than 4 CPUs.

Text output: file:line:col: severity code meaning (RequestId id), one line per
finding, and a summary on standard error.

JSON output (--json), exactly one object:
  {"version":1,"files":[{"path":"...","findings":[...],"error":"..."?}]}
Every scanned file is listed, with an "error" when it could not be read. Each
finding has kind ("error"|"success"), code, message, requestId, origin
("server"|"client"|"legacy"), format, severity ("error"|"warning"|"information"),
line, column, endLine, endColumn (of the code; without one, of the RequestId,
else of the message), title, source ("catalog"|"fallback"|"sdk-import"|"team") and product. Lines and columns are
1-based; columns count UTF-16 code units; the end is exclusive.

Credentials in messages (SecretId, SecretKey, session token, request signature)
are masked, keeping the last four characters (AKID****1234), in text and JSON
output alike; --no-redact prints them as they are.

Noise control (the extension's settings, for CI and terminals):
  --exclude-code P   Do not report codes matching P (* matches anything), e.g.
                     --exclude-code 'InvalidParameter*'. Repeatable.
  --severity K=L     Report category or code pattern K at level L: error,
                     warning, information, hint (shown as information) or off.
                     Categories: auth permission parameter resource limit quota
                     server operation client legacy dryrun unknown. Repeatable;
                     e.g. --severity auth=warning --severity DryRunOperation=off
  --config F         Read noise settings from F instead of looking for one.
  --no-config        Do not read any .tcerr.json.
  Without --config, the nearest .tcerr.json in the first scanned path's folder
  or its ancestors (else the current folder or its ancestors) is read:
    { "exclude.codes": ["ResourceNotFound.*"],
      "exclude.files": ["test/fixtures/**"],
      "diagnostics.severity": { "auth": "warning", "DryRunOperation": "off" } }
  (keys may also be written as in VS Code settings, "tcerr.exclude.codes", or
  nested, {"exclude": {"codes": [...]}}). exclude.files globs are relative to the
  .tcerr.json's folder. Flags add to the file; --severity wins over it. Findings
  at "off" or excluded are not printed and do not count for the exit status;
  errors lowered to warning still make the exit status 1, to information not.

Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable path.
`;

export const DECODE_HELP = `Usage: tcerr decode [--json] [--lang en|zh-CN] [--no-redact] [file | -]

Reads the whole input (standard input when the file is - or omitted), unwraps
escaped JSON and explains every Tencent Cloud API error in it: meaning, why,
what to do, retry advice, message, RequestId, product and documentation link,
then prints the unwrapped payload.

JSON output (--json): {"version":1,"findings":[...],"unwrapped":"..."} with the
same finding fields as 'tcerr scan --json' (positions refer to the input as given).

Credentials in the input (SecretId, SecretKey, session token, request signature)
are masked in the report, the messages and the payload, keeping the last four
characters (AKID****1234); --no-redact prints them as they are.

Exit status: 0 when the input was decoded (errors found or not), 2 bad usage or
unreadable input.
`;

export function helpText(topic: 'main' | 'scan' | 'decode' | 'catalog'): string {
  if (topic === 'catalog') return CATALOG_HELP;
  return topic === 'scan' ? SCAN_HELP : topic === 'decode' ? DECODE_HELP : MAIN_HELP;
}
