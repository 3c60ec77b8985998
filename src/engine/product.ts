import { productOfTerraformName } from './product-terraform';
import { linesAfter, linesBefore } from './text';
import type { Span } from './types';

/**
 * Product short names as the context spells them: the endpoint host, SDK package paths (Go, Python, Java, Node),
 * `tccli <product>`, and terraform resource names. The nearest hint wins, looking in the finding's own text and
 * a few lines above it, but never above the previous finding (its hints are its own: an endpoint in one error's
 * message says nothing about the next error), and below it only for terraform's `with tencentcloud_x.y` lines.
 *
 * Not used: the API action (`X-TC-Action`, `Action=`, `"Action":`). Many actions exist in several products
 * (`DescribeInstances` in cvm, cdb, redis, lighthouse...), so an action alone names no product, and wherever
 * a log shows the action together with the endpoint host or service, the host hint below already gives it.
 */
const HINTS = [
  /\b([a-z][a-z0-9]{1,19})\.(?:[a-z0-9-]+\.)?tencentcloudapi\.com\b/g,
  /tencentcloud[/.]([a-z][a-z0-9]{1,19})[/.]v20\d{6}/g,
  /com\.tencentcloudapi\.([a-z][a-z0-9]{1,19})\.v20\d{6}/g,
  /\btccli[ \t]+([a-z][a-z0-9]{1,19})[ \t]+[A-Z]/g,
  // Node: `tencentcloud-sdk-nodejs/tencentcloud/services/cvm/v20170312/...` and the per-product packages.
  /tencentcloud[/\\]services[/\\]([a-z][a-z0-9]{1,19})[/\\]v20\d{6}/g,
  /\btencentcloud-sdk-nodejs-([a-z][a-z0-9]{1,19})\b/g,
];
/** Terraform: `tencentcloud_instance.web`, `data.tencentcloud_clb_listeners`, `resource "tencentcloud_cos_bucket"`. */
const TERRAFORM = /\btencentcloud_([a-z][a-z0-9_]{1,60})\b/g;
const NOT_PRODUCTS = new Set(['api', 'cloud', 'common', 'www', 'intl', 'services']);
/** Fewer than the hover's near window (10 lines), so a hover and a full scan see the same hints. */
export const LOOK_BEHIND_LINES = 8;
const LOOK_BEHIND_CHARS = 2000;
const LOOK_AHEAD_LINES = 3;

/** `floor`: where the previous finding ends; hints before it belong to that finding. */
export function inferProduct(text: string, span: Span, floor = 0): string | null {
  const start = Math.max(floor, linesBefore(text, span.start, LOOK_BEHIND_LINES, LOOK_BEHIND_CHARS));
  const window = text.slice(start, Math.max(start, span.end));
  const after = text.slice(span.end, linesAfter(text, span.end, LOOK_AHEAD_LINES, LOOK_BEHIND_CHARS));
  // Every hint names tencentcloud or tccli; most findings have neither nearby, so skip the patterns then.
  if (!window.includes('tencentcloud') && !window.includes('tccli')) return after.includes('tencentcloud_') ? terraformAfter(after) : null;
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
  return best ? (best as { product: string }).product : terraformAfter(after);
}

/** Terraform ≥ 0.15 names the resource below the error: `│   with tencentcloud_instance.web,`. */
function terraformAfter(after: string): string | null {
  TERRAFORM.lastIndex = 0;
  for (let m = TERRAFORM.exec(after); m; m = TERRAFORM.exec(after)) {
    const product = productOfTerraformName(m[1]);
    if (product) return product;
  }
  return null;
}
