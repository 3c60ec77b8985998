import { productOfTerraformName } from './product-terraform';
import type { Span } from './types';

/**
 * Product short names as the context spells them: the endpoint host, SDK package paths (Go, Python, Java, Node),
 * `tccli <product>`, and terraform resource names. The nearest hint before the finding (or on its own text) wins.
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
const LOOK_BEHIND = 4000;

export function inferProduct(text: string, span: Span): string | null {
  const start = Math.max(0, span.start - LOOK_BEHIND);
  const window = text.slice(start, Math.min(text.length, span.end + 200));
  // Every hint names tencentcloud or tccli; most findings have neither nearby, so skip the patterns then.
  if (!window.includes('tencentcloud') && !window.includes('tccli')) return null;
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
  return best ? (best as { product: string }).product : null;
}
