import { readableDetail } from './catalog-detail';
import { productDocs } from './product-docs';
import type { CatalogEntry, EntryText, Explanation, Language, Origin } from './types';

export interface ExplainOptions {
  language?: Language;
  /** Product short name from the context (e.g. "emr"); product-scoped entries win when it matches. */
  product?: string | null;
}

export interface Catalog {
  /**
   * The entry for exactly this code. With a product: that product's entry, else the unscoped (common/SDK) one.
   * Without a product: only the unscoped entry. The same code can mean different things in two products, so a
   * product's entry never answers for a context that does not name that product.
   */
  lookup(code: string, product?: string | null): CatalogEntry | null;
  /** Explains any string; never throws. Falls back to the longest known dot-prefix, then to a generic text. */
  explain(code: string, options?: ExplainOptions): Explanation;
  /** Products whose entries define exactly this code, sorted. */
  productsDefining(code: string): string[];
  /** Every entry, in input order (duplicates dropped). */
  entries(): readonly CatalogEntry[];
}

interface Slot {
  unscoped: CatalogEntry | null;
  scoped: Map<string, CatalogEntry>;
}

/** Codes longer than this are not real codes (the longest known is under 100 characters). */
const MAX_CODE_LENGTH = 256;
/** Prefixes tried for the fallback: "A.B.C.D" tries "A.B.C", "A.B", "A". */
const MAX_PREFIX_SEGMENTS = 3;

const COMMON_DOCS = {
  en: 'https://www.tencentcloud.com/document/api/213/15694',
  'zh-CN': 'https://cloud.tencent.com/document/api/213/15694',
} as const;
const LEGACY_DOCS = {
  en: 'https://intl.cloud.tencent.com/document/product/239/1757',
  'zh-CN': 'https://cloud.tencent.com/document/product/236/1718',
} as const;

const UNKNOWN_TEXT: Readonly<Record<Language, EntryText>> = {
  en: {
    title: 'Error code not in the tcerr catalog',
    explanation:
      'Neither this code nor its first segment is in the bundled catalog. It is probably specific to one product, newer than this catalog, or not a Tencent Cloud code at all.',
    remediation: [
      'Read the Message field next to the code: it usually names the parameter or resource at fault.',
      "Look the code up in the \"Error Codes\" page of the product's API documentation.",
      'If the cause is still unclear, open a ticket with Tencent Cloud support and quote the RequestId.',
    ],
  },
  'zh-CN': {
    title: 'tcerr 目录中没有此错误码',
    explanation: '内置目录既没有收录这个错误码，也没有收录它的第一段。它可能是某个产品特有的、比本目录更新，或者根本不是腾讯云的错误码。',
    remediation: [
      '先看错误码旁边的 Message 字段，通常会指出出错的参数或资源。',
      '到对应产品 API 文档的“错误码”页面查找该错误码。',
      '仍无法确定原因时，向腾讯云售后提交工单并附上 RequestId。',
    ],
  },
};

/** Builds a catalog over the given entries. Later duplicates of a (code, product) pair and malformed entries are ignored. */
export function createCatalog(entries: readonly CatalogEntry[]): Catalog {
  const index = new Map<string, Slot>();
  const kept: CatalogEntry[] = [];
  for (const entry of Array.isArray(entries) ? entries : []) {
    if (!isUsable(entry)) continue;
    let slot = index.get(entry.code);
    if (!slot) {
      slot = { unscoped: null, scoped: new Map() };
      index.set(entry.code, slot);
    }
    if (entry.product) {
      if (slot.scoped.has(entry.product)) continue;
      slot.scoped.set(entry.product, entry);
    } else {
      if (slot.unscoped) continue;
      slot.unscoped = entry;
    }
    kept.push(entry);
  }
  const frozen = Object.freeze(kept);

  function lookup(code: string, product?: string | null): CatalogEntry | null {
    if (typeof code !== 'string') return null;
    const slot = index.get(code);
    if (!slot) return null;
    const wanted = normaliseProduct(product);
    if (wanted) return slot.scoped.get(wanted) ?? slot.unscoped;
    return slot.unscoped;
  }

  function explain(code: string, options: ExplainOptions = {}): Explanation {
    const language: Language = options?.language === 'zh-CN' ? 'zh-CN' : 'en';
    const product = options?.product;
    const raw = typeof code === 'string' ? code : '';
    const key = raw.trim();
    if (key.length === 0 || key.length > MAX_CODE_LENGTH) return unknown(raw, key, language);
    const exact = lookup(key, product);
    if (exact) return resolve(raw, exact, key, 'catalog', null, language);
    const family = withProductDocs(explainFamily(raw, key, language, product), product, language);
    // No product known: the family text stands in, and the reader learns which products have a meaning of their own.
    const definers = normaliseProduct(product) ? [] : productsDefining(key);
    return definers.length > 0 ? { ...family, definedBy: definers } : family;
  }

  function explainFamily(raw: string, key: string, language: Language, product: string | null | undefined): Explanation {
    const segments = key.split('.', MAX_PREFIX_SEGMENTS + 1);
    for (let n = Math.min(segments.length - 1, MAX_PREFIX_SEGMENTS); n >= 1; n--) {
      const prefix = segments.slice(0, n).join('.');
      if (prefix.length === 0) continue;
      const entry = lookup(prefix, product);
      if (!entry) continue;
      const tail = key.slice(prefix.length + 1);
      const explanation = resolve(raw, entry, prefix, 'fallback', readableDetail(tail), language);
      if (signalsBusyState(tail, explanation)) explanation.retry = 'poll-then-retry';
      return explanation;
    }
    return unknown(raw, key, language);
  }

  function productsDefining(code: string): string[] {
    const slot = typeof code === 'string' ? index.get(code) : undefined;
    return slot ? [...slot.scoped.keys()].sort() : [];
  }

  return { lookup, explain, productsDefining, entries: () => frozen };
}

function resolve(
  code: string,
  entry: CatalogEntry,
  matchedCode: string,
  source: Explanation['source'],
  detail: string | null,
  language: Language,
): Explanation {
  const zh = language === 'zh-CN' ? entry.text['zh-CN'] : undefined;
  const text = zh ?? entry.text.en;
  const used: Language = zh ? 'zh-CN' : 'en';
  return {
    code,
    matchedCode,
    source,
    // The detail is the code's own English words re-spaced ("instance not found"): beside Chinese text it reads as
    // an untranslated fragment and repeats the code shown next to it, so Chinese text goes without it.
    detail: used === 'en' ? detail : null,
    title: text.title,
    explanation: text.explanation,
    remediation: [...text.remediation],
    retry: entry.retry,
    category: entry.category,
    origin: entry.origin,
    docs: (used === 'zh-CN' ? entry.docs['zh-CN'] : undefined) ?? entry.docs.en,
    language: used,
  };
}

function unknown(code: string, key: string, language: Language): Explanation {
  const legacy = /^-?\d{1,6}$/.test(key);
  const origin: Origin = legacy ? 'legacy' : 'server';
  const text = UNKNOWN_TEXT[language];
  const docs = legacy ? LEGACY_DOCS : COMMON_DOCS;
  return {
    code,
    matchedCode: key,
    source: 'fallback',
    detail: null,
    title: text.title,
    explanation: text.explanation,
    remediation: [...text.remediation],
    retry: 'fix-first',
    category: 'unknown',
    origin,
    docs: docs[language],
    language,
  };
}

// Tails like "TaskInProgress" or "InstanceBusy" report a state that clears by itself, whatever the first segment says.
const BUSY_TAIL = /In(?:Progress|Process)|Busy|Processing|Pending|Locked/;

function signalsBusyState(tail: string, explanation: Explanation): boolean {
  return (
    explanation.retry === 'fix-first' &&
    explanation.category !== 'auth' &&
    explanation.category !== 'permission' &&
    BUSY_TAIL.test(tail.slice(0, MAX_CODE_LENGTH))
  );
}

/**
 * A family or unknown explanation links to the product's error-code page when the context names the product:
 * the generic page lists only the common codes, the product page lists the exact one.
 */
function withProductDocs(explanation: Explanation, product: string | null | undefined, language: Language): Explanation {
  if (explanation.origin === 'legacy') return explanation;
  const docs = productDocs(normaliseProduct(product), explanation.language === 'zh-CN' ? 'zh-CN' : language);
  return docs ? { ...explanation, docs } : explanation;
}

function normaliseProduct(product: string | null | undefined): string | null {
  if (typeof product !== 'string') return null;
  const p = product.trim().toLowerCase();
  return p.length > 0 ? p : null;
}

function isUsable(entry: CatalogEntry): boolean {
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.code === 'string' &&
    entry.code.length > 0 &&
    typeof entry.text === 'object' &&
    entry.text !== null &&
    typeof entry.text.en?.title === 'string' &&
    Array.isArray(entry.text.en.remediation) &&
    typeof entry.docs?.en === 'string'
  );
}
