import data from '../catalog/products.json';
import type { Language } from './types';

/** What tcerr knows about a product's documentation (facts from src/catalog/products.json). */
export interface ProductInfo {
  nameEn: string;
  nameZh: string;
  /** Product id of its docs on cloud.tencent.com (`/document/product/<id>`). */
  cnDocId: string;
  /** Product id on tencentcloud.com, only where checked: the international site numbers many products differently. */
  enDocId?: string;
  /** The product's own error-code page, where it has one outside the API error center. */
  errorDocs?: { en: string; 'zh-CN': string };
}

const PRODUCTS = (data as { products: Record<string, ProductInfo> }).products;

export function productInfo(product: string | null | undefined): ProductInfo | null {
  if (typeof product !== 'string') return null;
  const key = product.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(PRODUCTS, key) ? PRODUCTS[key] : null;
}

/**
 * The page listing a product's error codes: the product's own page if it has one, else (Chinese) the API error
 * center filtered to the product, else (English) the product's docs home where its id is known. Null when
 * tcerr knows no better page than the generic one.
 */
export function productDocs(product: string | null | undefined, language: Language): string | null {
  const info = productInfo(product);
  if (!info) return null;
  if (info.errorDocs) return info.errorDocs[language];
  const key = (product as string).trim().toLowerCase();
  if (language === 'zh-CN') return `https://cloud.tencent.com/api/error-center?product=${encodeURIComponent(key)}`;
  return info.enDocId ? `https://www.tencentcloud.com/document/product/${info.enDocId}` : null;
}

/** Known product short names, sorted (for tests and the docs). */
export function knownProducts(): string[] {
  return Object.keys(PRODUCTS).sort();
}
