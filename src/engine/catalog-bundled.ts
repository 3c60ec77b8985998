import client from '../catalog/client.json';
import common from '../catalog/common.json';
import segments from '../catalog/segments.json';
import emr from '../catalog/emr.json';
import legacy from '../catalog/legacy.json';
import cos from '../catalog/cos.json';
import { createCatalog, type Catalog } from './catalog-core';
import type { CatalogEntry } from './types';

interface CatalogFile {
  entries: unknown[];
}

/** The JSON files shipped in src/catalog, in precedence order. Tests validate them against catalog.schema.json. */
export const BUNDLED_FILES: Readonly<Record<string, CatalogFile>> = Object.freeze({
  'common.json': common as CatalogFile,
  'client.json': client as CatalogFile,
  'segments.json': segments as CatalogFile,
  'emr.json': emr as CatalogFile,
  'legacy.json': legacy as CatalogFile,
  'cos.json': cos as CatalogFile,
});

/** A fresh catalog over the bundled data; the caller keeps it (building it takes well under a millisecond per entry). */
export function bundledCatalog(): Catalog {
  const entries: CatalogEntry[] = [];
  for (const file of Object.values(BUNDLED_FILES)) entries.push(...(file.entries as CatalogEntry[]));
  return createCatalog(entries);
}
