// The catalog as the user sees it: tcerr's bundled text, gaps filled from the official lists imported from
// the user's SDK sources, and the team's own entries on top.
//
// Precedence, per (code, product):
//   1. bundled exact entry          → bundled text (source "catalog"); imported text never replaces ours
//   2. else imported exact code     → the SDK's description as the title (source "sdk-import"), with the family's
//      of the context's product        why / what-to-do / retry from the bundled catalog
//   (no product known: no product's text answers; the family text says which products define the code)
//   3. else                         → the bundled family or generic text (source "fallback")
//   then a team entry for the code  → wins for every field it sets (source "team" when it sets title or explanation)
import type { Catalog, ExplainOptions } from './catalog-core';
import { productDocs } from './product-docs';
import type { ImportedCode } from './sdk-import/types';
import type { LocalList, LocalText, TeamEntry } from './team-catalog';
import type { CatalogEntry, Explanation, Language } from './types';

export interface CatalogLayers {
  imported?: readonly ImportedCode[];
  team?: readonly TeamEntry[];
}

const SDK_NAMES: Readonly<Record<ImportedCode['sdk'], string>> = {
  go: 'tencentcloud-sdk-go',
  python: 'tencentcloud-sdk-python',
  java: 'tencentcloud-sdk-java',
};

interface ImportedSlot {
  /** Newest API version's code, per language. */
  byLanguage: Partial<Record<Language, ImportedCode>>;
}

/** Builds the user's catalog over `base`; with no layers it behaves exactly as `base`. Never throws on bad layers. */
export function layeredCatalog(base: Catalog, layers: CatalogLayers = {}): Catalog {
  const imported = indexImported(layers.imported ?? []);
  const team = indexTeam(layers.team ?? []);
  if (imported.size === 0 && team.size === 0) return base;

  function importedFor(code: string, product: string | null): ImportedSlot | null {
    const byProduct = imported.get(code);
    if (!byProduct) return null;
    // Without a product no list answers, as in the bundled catalog: an SDK list covers only the products the user
    // has, so "only one product defines it" may just mean the other product's list was not imported.
    return product ? (byProduct.get(product) ?? null) : null;
  }

  function explain(code: string, options: ExplainOptions = {}): Explanation {
    const language: Language = options?.language === 'zh-CN' ? 'zh-CN' : 'en';
    const product = normalise(options?.product);
    const key = typeof code === 'string' ? code.trim() : '';
    let explanation = base.explain(code, options);
    if (explanation.source !== 'catalog') {
      const slot = importedFor(key, product);
      const found = slot ? pick(slot, language) : null;
      if (found) explanation = fromImported(explanation, found, language);
    }
    if (!product && explanation.source === 'fallback') {
      const definers = productsDefining(key);
      if (definers.length > 0) explanation = { ...explanation, definedBy: definers };
    }
    const teamEntry = team.get(`${key}\u0000${product ?? ''}`) ?? team.get(`${key}\u0000`);
    return teamEntry ? applyTeam(explanation, teamEntry, language) : explanation;
  }

  function lookup(code: string, product?: string | null): CatalogEntry | null {
    return base.lookup(code, product);
  }

  function productsDefining(code: string): string[] {
    const products = new Set(base.productsDefining(code));
    for (const p of imported.get(code)?.keys() ?? []) products.add(p);
    return [...products].sort();
  }

  return { lookup, explain, productsDefining, entries: base.entries };
}

function normalise(product: string | null | undefined): string | null {
  if (typeof product !== 'string') return null;
  const p = product.trim().toLowerCase();
  return p.length > 0 ? p : null;
}

function indexImported(codes: readonly ImportedCode[]): Map<string, Map<string, ImportedSlot>> {
  const index = new Map<string, Map<string, ImportedSlot>>();
  const list: readonly ImportedCode[] = Array.isArray(codes) ? codes : [];
  for (const c of list) {
    if (!c || typeof c.code !== 'string' || typeof c.product !== 'string' || typeof c.description !== 'string') continue;
    if (c.description.trim() === '') continue;
    let byProduct = index.get(c.code);
    if (!byProduct) index.set(c.code, (byProduct = new Map()));
    let slot = byProduct.get(c.product);
    if (!slot) byProduct.set(c.product, (slot = { byLanguage: {} }));
    const current = slot.byLanguage[c.language];
    if (!current || c.version > current.version) slot.byLanguage[c.language] = c;
  }
  return index;
}

function indexTeam(entries: readonly TeamEntry[]): Map<string, TeamEntry> {
  const index = new Map<string, TeamEntry>();
  // Later files override earlier ones (the workspace file first, then `tcerr.catalog.teamFiles` in order).
  const list: readonly TeamEntry[] = Array.isArray(entries) ? entries : [];
  for (const e of list) {
    if (e && typeof e.code === 'string') index.set(`${e.code}\u0000${e.product ?? ''}`, e);
  }
  return index;
}

/** The description in the wanted language, else the one there is (a Chinese line beats no line at all). */
function pick(slot: ImportedSlot, language: Language): ImportedCode | null {
  return slot.byLanguage[language] ?? slot.byLanguage[language === 'en' ? 'zh-CN' : 'en'] ?? null;
}

function fromImported(family: Explanation, found: ImportedCode, language: Language): Explanation {
  return {
    ...family,
    matchedCode: found.code,
    source: 'sdk-import',
    detail: null,
    title: found.description,
    docs: productDocs(found.product, language) ?? family.docs,
    provenance: `${SDK_NAMES[found.sdk] ?? found.sdk}: ${found.product} ${found.version}`,
  };
}

function text(value: LocalText | undefined, language: Language): string | undefined {
  return value ? (value[language] ?? value.en ?? value['zh-CN']) : undefined;
}

function items(value: LocalList | undefined, language: Language): string[] | undefined {
  return value ? (value[language] ?? value.en ?? value['zh-CN']) : undefined;
}

function applyTeam(explanation: Explanation, entry: TeamEntry, language: Language): Explanation {
  const title = text(entry.title, language);
  const why = text(entry.explanation, language);
  const steps = items(entry.remediation, language);
  const notes = items(entry.notes, language);
  const ownsText = title !== undefined || why !== undefined;
  return {
    ...explanation,
    source: ownsText ? 'team' : explanation.source,
    matchedCode: ownsText ? entry.code : explanation.matchedCode,
    detail: ownsText ? null : explanation.detail,
    title: title ?? explanation.title,
    explanation: why ?? explanation.explanation,
    remediation: steps ? [...steps] : explanation.remediation,
    retry: entry.retry ?? explanation.retry,
    category: entry.category ?? explanation.category,
    docs: entry.docs ?? explanation.docs,
    runbook: entry.runbook ?? explanation.runbook ?? null,
    notes: notes ? [...notes] : explanation.notes,
    provenance: ownsText ? entry.file : (explanation.provenance ?? null),
    // The team's text answers for the code whatever the product; the family stand-in note no longer applies.
    definedBy: ownsText ? undefined : explanation.definedBy,
  };
}
