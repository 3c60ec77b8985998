import { bundledCatalog } from '../engine/catalog';
import type { ExplainFn } from '../engine/render-explain';
import type { CatalogSources } from './catalog-sources';

/**
 * Builds the catalog's explain function. Called once, on first use, so activation stays cheap. With `sources`,
 * every call goes through the user's current layers (SDK import, team files).
 */
export function loadCatalog(sources?: CatalogSources): ExplainFn | null {
  const catalog = bundledCatalog();
  if (!sources) return (code, opts) => catalog.explain(code, opts);
  return (code, opts) => sources.catalog(catalog).explain(code, opts);
}
