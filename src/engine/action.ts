// The API action (e.g. DescribeInstances) a finding answers, when the nearby text names it: an `Action`
// parameter or header, `tccli <product> <Action>`, or a `<product>.<Action>` call in a log line.
import { lineStartAt } from './text';
import type { Span } from './types';

// CamelCase with at least two words. Written without a repeated group: `(?:[A-Z0-9][a-z0-9]*)+` matched the
// same text many ways and backtracked exponentially on a long run of digits (`"Action":"Bn000…0` froze the host).
const ACTION = '([A-Z][a-z]+[A-Z0-9][A-Za-z0-9]*)';
const HINTS = [
  new RegExp(`"Action"\\s*:\\s*"${ACTION}"`, 'g'),
  // Case-insensitive key, case-sensitive name: with the `i` flag the name's classes overlapped (quadratic).
  new RegExp(`\\b(?:[Xx]-[Tt][Cc]-)?(?:[Aa]ction|ACTION)\\s*[=:]\\s*"?${ACTION}\\b`, 'g'),
  new RegExp(`\\btccli[ \\t]+[a-z][a-z0-9]{1,19}[ \\t]+${ACTION}\\b`, 'g'),
  new RegExp(`\\b[a-z][a-z0-9]{1,19}\\.${ACTION}\\b`, 'g'),
];
const NOT_ACTIONS = /(?:Error|Exception|Client|Request|Response)$|^TencentCloud/;
/** How many lines before the finding may name its action. */
const LINES_BEFORE = 3;
const MAX_WINDOW = 4096;

/** The action nearest before (or inside) the finding, within a few lines; null when none is named. Never throws. */
export function inferAction(text: string, span: Span): string | null {
  if (typeof text !== 'string' || !span || !(span.start >= 0) || span.start > text.length) return null;
  let start = lineStartAt(text, span.start);
  for (let n = 0; n < LINES_BEFORE && start > 0; n++) start = lineStartAt(text, start - 1);
  start = Math.max(start, span.start - MAX_WINDOW);
  const window = text.slice(start, Math.min(text.length, span.end, span.start + MAX_WINDOW));
  let best: { action: string; at: number } | null = null;
  for (const re of HINTS) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      // Class names of SDK errors look like actions (`errors.TencentCloudSDKError`) but are not.
      if (NOT_ACTIONS.test(m[1])) continue;
      if (!best || m.index >= best.at) best = { action: m[1], at: m.index };
    }
  }
  return best ? best.action : null;
}
