import pkg from '../../package.json';

export const VERSION: string = pkg.version;

export const MAIN_HELP = `tcerr ${VERSION}: explains Tencent Cloud API errors found in logs and saved responses.

Usage:
  tcerr scan [--json] [--no-color] [--lang en|zh-CN] <path>... | -
  tcerr decode [--json] [--lang en|zh-CN] [file | -]
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

Options:
  --json       Print exactly one JSON object (version 1) instead of text.
  --no-color   No colours (also when NO_COLOR is set or output is not a terminal).
  --lang L     Language of the explanations: en (default) or zh-CN.
  -h, --help   This help. -V, --version: the version.

Exit status:
  scan     0 no errors found, 1 errors found (success responses and dry-run
           answers do not count), 2 bad usage or an unreadable path (the other
           paths are still scanned).
  decode   0 when the input was read and decoded, whether or not it holds errors;
           2 bad usage or unreadable input.
  141      the reader of the output went away (e.g. piped into head); scanning stops.
`;

export const SCAN_HELP = `Usage: tcerr scan [--json] [--no-color] [--lang en|zh-CN] <path>... | -

Scans files, folders (recursively, skipping node_modules, .git and binary files)
and standard input (-). Input is read as UTF-8 and streamed, so files of any size
can be scanned.

Text output: file:line:col: severity code meaning (RequestId id), one line per
finding, and a summary on standard error.

JSON output (--json), exactly one object:
  {"version":1,"files":[{"path":"...","findings":[...],"error":"..."?}]}
Every scanned file is listed, with an "error" when it could not be read. Each
finding has kind ("error"|"success"), code, message, requestId, origin
("server"|"client"|"legacy"), format, severity ("error"|"warning"|"information"),
line, column, endLine, endColumn (of the code; of the RequestId for a success
response), title, source ("catalog"|"fallback") and product. Lines and columns are
1-based; columns count UTF-16 code units; the end is exclusive.

Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable path.
`;

export const DECODE_HELP = `Usage: tcerr decode [--json] [--lang en|zh-CN] [file | -]

Reads the whole input (standard input when the file is - or omitted), unwraps
escaped JSON and explains every Tencent Cloud API error in it: meaning, why,
what to do, retry advice, message, RequestId, product and documentation link,
then prints the unwrapped payload.

JSON output (--json): {"version":1,"findings":[...],"unwrapped":"..."} with the
same finding fields as 'tcerr scan --json' (positions refer to the input as given).

Exit status: 0 when the input was decoded (errors found or not), 2 bad usage or
unreadable input.
`;

export function helpText(topic: 'main' | 'scan' | 'decode'): string {
  return topic === 'scan' ? SCAN_HELP : topic === 'decode' ? DECODE_HELP : MAIN_HELP;
}
