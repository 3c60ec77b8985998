import { productOfTerraformName } from './product-terraform';
import { linesAfter, linesBefore } from './text';
import type { Span } from './types';

/**
 * Product short names as the context spells them: the endpoint host, SDK package paths (Go, Python, Java, Node),
 * `tccli [options] <product>`, and terraform resource names. The nearest hint wins, looking in the finding's own
 * text and the lines above it (far enough for a Python traceback or tccli's usage banner), but never above the
 * previous finding (its hints are its own: an endpoint in one error's message says nothing about the next error).
 * Below it, and never past the next finding, only where the tools print it there: terraform's
 * `with tencentcloud_x.y` and the Java stack frames under an exception (`at com.tencentcloudapi.tke.v20180525…`).
 *
 * Not used: the API action (`X-TC-Action`, `Action=`, `"Action":`). Many actions exist in several products
 * (`DescribeInstances` in cvm, cdb, redis, lighthouse...), so an action alone names no product, and wherever
 * a log shows the action together with the endpoint host or service, the host hint below already gives it.
 */
const HINTS = [
  /\b([a-z][a-z0-9]{1,19})\.(?:[a-z0-9-]+\.)?tencentcloudapi\.com\b/g,
  /tencentcloud[/.]([a-z][a-z0-9]{1,19})[/.]v20\d{6}/g,
  /com\.tencentcloudapi\.([a-z][a-z0-9]{1,19})\.v20\d{6}/g,
  // Node: `tencentcloud-sdk-nodejs/tencentcloud/services/cvm/v20170312/...` and the per-product packages.
  /tencentcloud[/\\]services[/\\]([a-z][a-z0-9]{1,19})[/\\]v20\d{6}/g,
  /\btencentcloud-sdk-nodejs-([a-z][a-z0-9]{1,19})\b/g,
];
/** Terraform: `tencentcloud_instance.web`, `data.tencentcloud_clb_listeners`, `resource "tencentcloud_cos_bucket"`. */
const TERRAFORM = /\btencentcloud_([a-z][a-z0-9_]{1,60})\b/g;
const NOT_PRODUCTS = new Set(['api', 'cloud', 'common', 'www', 'intl', 'services']);
/** Lines above a finding that may hold its hint: a Python traceback's frames, tccli's usage banner before its error. */
export const LOOK_BEHIND_LINES = 16;
const LOOK_BEHIND_CHARS = 4000;
const LOOK_AHEAD_LINES = 8;
const LOOK_AHEAD_CHARS = 2000;
const JAVA_FRAME = /\bat com\.tencentcloudapi\.([a-z][a-z0-9]{1,19})\.v20\d{6}\./;
const PRODUCT_WORD = /^[a-z][a-z0-9]{1,19}$/;
const ACTION_WORD = /^[A-Z][A-Za-z0-9]*$/;

/** Lines and characters around a finding beyond what inferProduct reads: room to see the neighbouring findings whole. */
const CONTEXT_MARGIN_LINES = 10;
const CONTEXT_MARGIN_CHARS = 4096;

/**
 * The part of `text` that decides a finding's product: what inferProduct reads, with a margin so the neighbouring
 * findings that bound it are seen too. A scan of just this part gives the finding the product a full scan gives.
 */
export function productContext(text: string, span: Span): Span {
  return {
    start: linesBefore(text, span.start, LOOK_BEHIND_LINES + CONTEXT_MARGIN_LINES, LOOK_BEHIND_CHARS + CONTEXT_MARGIN_CHARS),
    end: linesAfter(text, span.end, LOOK_AHEAD_LINES + CONTEXT_MARGIN_LINES, LOOK_AHEAD_CHARS + CONTEXT_MARGIN_CHARS),
  };
}

/** Every hint names tencentcloud (hosts, packages, frames, terraform) or tccli: text without either holds none. */
export function mayHoldProductHint(text: string): boolean {
  return text.includes('tencentcloud') || text.includes('tccli');
}

/** `floor`: where the previous finding ends (hints before it are that one's); `ceiling`: where the next one starts. */
export function inferProduct(text: string, span: Span, floor = 0, ceiling = text.length): string | null {
  const start = Math.max(floor, linesBefore(text, span.start, LOOK_BEHIND_LINES, LOOK_BEHIND_CHARS));
  const window = text.slice(start, Math.max(start, span.end));
  const after = text.slice(span.end, Math.max(span.end, Math.min(ceiling, linesAfter(text, span.end, LOOK_AHEAD_LINES, LOOK_AHEAD_CHARS))));
  // Most findings have no hint nearby: skip the patterns then.
  if (!mayHoldProductHint(window)) return after.includes('tencentcloud') ? productAfter(after) : null;
  let best: { product: string; at: number } | null = null;
  const consider = (product: string | null, at: number) => {
    if (product && !NOT_PRODUCTS.has(product) && (!best || at >= best.at)) best = { product, at };
  };
  for (const re of HINTS) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) consider(m[1], m.index);
  }
  TERRAFORM.lastIndex = 0;
  for (let m = TERRAFORM.exec(window); m; m = TERRAFORM.exec(window)) consider(productOfTerraformName(m[1]), m.index);
  for (let at = window.indexOf('tccli'); at >= 0; at = window.indexOf('tccli', at + 1)) consider(tccliProduct(window, at), at);
  return best ? (best as { product: string }).product : productAfter(after);
}

/**
 * `tccli [--region r] [--profile p] <product> <Action> …`: the product is the first lower-case word followed by an
 * action name, whatever options come before it (read word by word: a regex for "options, then a product" would
 * have to guess which words are option values).
 */
function tccliProduct(text: string, at: number): string | null {
  if (at > 0 && /[A-Za-z0-9_-]/.test(text[at - 1])) return null;
  const lineEnd = text.indexOf('\n', at);
  const words = text.slice(at + 'tccli'.length, lineEnd < 0 ? undefined : lineEnd).trim().split(/[ \t]+/, 12);
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i].startsWith('-')) continue;
    if (PRODUCT_WORD.test(words[i]) && ACTION_WORD.test(words[i + 1])) return words[i];
  }
  return null;
}

/** Below the error: terraform ≥ 0.15's `│   with tencentcloud_instance.web,`, or a Java stack frame of the product's client. */
function productAfter(after: string): string | null {
  const frame = JAVA_FRAME.exec(after);
  if (frame && !NOT_PRODUCTS.has(frame[1])) return frame[1];
  TERRAFORM.lastIndex = 0;
  for (let m = TERRAFORM.exec(after); m; m = TERRAFORM.exec(after)) {
    const product = productOfTerraformName(m[1]);
    if (product) return product;
  }
  return null;
}
