import type { Span } from './types';

/**
 * Product short names as the context spells them: the endpoint host, SDK package paths (Go, Python,
 * Java, Node), and `tccli <product>`. The nearest hint before the finding (or on its own text) wins.
 */
const HINTS = [
  /\b([a-z][a-z0-9]{1,19})\.(?:[a-z0-9-]+\.)?tencentcloudapi\.com\b/g,
  /tencentcloud[/.]([a-z][a-z0-9]{1,19})[/.]v20\d{6}/g,
  /com\.tencentcloudapi\.([a-z][a-z0-9]{1,19})\.v20\d{6}/g,
  /\btccli[ \t]+([a-z][a-z0-9]{1,19})[ \t]+[A-Z]/g,
];
const NOT_PRODUCTS = new Set(['api', 'cloud', 'common', 'www', 'intl']);
const LOOK_BEHIND = 4000;

export function inferProduct(text: string, span: Span): string | null {
  const start = Math.max(0, span.start - LOOK_BEHIND);
  const window = text.slice(start, Math.min(text.length, span.end + 200));
  // Every hint names tencentcloud or tccli; most findings have neither nearby, so skip the patterns then.
  if (!window.includes('tencentcloud') && !window.includes('tccli')) return null;
  let best: { product: string; at: number } | null = null;
  for (const re of HINTS) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      if (NOT_PRODUCTS.has(m[1])) continue;
      if (!best || m.index >= best.at) best = { product: m[1], at: m.index };
    }
  }
  return best ? best.product : null;
}
