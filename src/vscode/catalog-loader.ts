import { bundledCatalog } from '../engine/catalog';
import type { ExplainFn } from '../engine/render-explain';

/** Builds the catalog's explain function. Called once, on first use, so activation stays cheap. */
export function loadCatalog(): ExplainFn | null {
  const catalog = bundledCatalog();
  return (code, opts) => catalog.explain(code, opts);
}
