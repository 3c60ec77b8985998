// The extension's "tcerr" log output channel is written to logs/<session>/exthost1/tcerr.tcerr/tcerr.log; reading it
// after the run shows whether activation logged success and whether anything logged an error.
import fs from 'node:fs';
import path from 'node:path';

function findFiles(dir, match, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, match, out);
    else if (match(p)) out.push(p);
  }
  return out;
}

/** Problems found in the "tcerr" channel's log file(s); empty when it says "activated" and has no [error] line. */
export function checkOutputChannel(userDataDir) {
  const files = findFiles(path.join(userDataDir, 'logs'), (p) => path.basename(p) === 'tcerr.log' && path.basename(path.dirname(p)) === 'tcerr.tcerr');
  if (files.length === 0) return [`no log file for the channel under ${path.join(userDataDir, 'logs')}`];
  const text = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const problems = [];
  if (!/activated/i.test(text)) problems.push(`no activation line in ${files.join(', ')}`);
  const errors = text.split('\n').filter((l) => /\[error\]/i.test(l));
  if (errors.length > 0) problems.push(`error lines:\n${errors.join('\n')}`);
  return problems;
}
