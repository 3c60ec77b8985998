// Child processes and timing for the harness scripts.
import { spawnSync } from 'node:child_process';

/** Runs a command with inherited stdio; throws with the command line when it fails. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

const timings = [];
/** Runs `fn`, prints and records how long it took. */
export async function timed(label, fn) {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    const s = (performance.now() - t0) / 1000;
    timings.push([label, s]);
    console.log(`[tcerr-vscode] ${label}: ${s.toFixed(1)} s`);
  }
}
export function timingSummary() {
  return timings.map(([l, s]) => `  ${l.padEnd(34)} ${s.toFixed(1).padStart(6)} s`).join('\n');
}

export function log(msg) {
  console.log(`[tcerr-vscode] ${msg}`);
}

/** Polls `fn` until it returns a truthy value; throws `what` after `ms`. Every wait has a deadline. */
export async function waitFor(what, fn, ms, everyMs = 100) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
