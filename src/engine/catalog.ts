// Public face of the error catalog: build one (bundled or from entries), look codes up, explain them, label them.
export { createCatalog } from './catalog-core';
export type { Catalog, ExplainOptions } from './catalog-core';
export { bundledCatalog, BUNDLED_FILES } from './catalog-bundled';
export { readableDetail } from './catalog-detail';
export {
  RETRY_LABELS,
  CATEGORY_LABELS,
  ORIGIN_LABELS,
  retryLabel,
  categoryLabel,
  originLabel,
} from './catalog-labels';
