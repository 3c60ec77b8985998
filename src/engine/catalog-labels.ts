import type { Category, Language, Origin, RetryAdvice } from './types';

/** Short labels for rendering (hover badges, CLI columns). Frozen: shared, never mutated. */
export const RETRY_LABELS: Readonly<Record<RetryAdvice, Readonly<Record<Language, string>>>> = Object.freeze({
  'retry-backoff': Object.freeze({ en: 'Retry with backoff', 'zh-CN': '退避后重试' }),
  'fix-first': Object.freeze({ en: 'Fix before retrying', 'zh-CN': '先修正再重试' }),
  'poll-then-retry': Object.freeze({ en: 'Wait for the resource, then retry', 'zh-CN': '等待资源状态就绪后重试' }),
  'not-an-error': Object.freeze({ en: 'Not an error', 'zh-CN': '并非错误' }),
});

export const CATEGORY_LABELS: Readonly<Record<Category, Readonly<Record<Language, string>>>> = Object.freeze({
  auth: Object.freeze({ en: 'Authentication', 'zh-CN': '身份认证' }),
  permission: Object.freeze({ en: 'Permission', 'zh-CN': '权限' }),
  parameter: Object.freeze({ en: 'Request parameter', 'zh-CN': '请求参数' }),
  resource: Object.freeze({ en: 'Resource state', 'zh-CN': '资源状态' }),
  limit: Object.freeze({ en: 'Rate limit', 'zh-CN': '频率限制' }),
  quota: Object.freeze({ en: 'Quota', 'zh-CN': '配额' }),
  server: Object.freeze({ en: 'Server side', 'zh-CN': '服务端' }),
  operation: Object.freeze({ en: 'Operation', 'zh-CN': '操作' }),
  client: Object.freeze({ en: 'SDK / client side', 'zh-CN': 'SDK / 客户端' }),
  legacy: Object.freeze({ en: 'Legacy API 2.0', 'zh-CN': '旧版 API 2.0' }),
  dryrun: Object.freeze({ en: 'Dry run', 'zh-CN': '预检（DryRun）' }),
  unknown: Object.freeze({ en: 'Unknown', 'zh-CN': '未知' }),
});

export const ORIGIN_LABELS: Readonly<Record<Origin, Readonly<Record<Language, string>>>> = Object.freeze({
  server: Object.freeze({ en: 'Returned by the API server', 'zh-CN': '由 API 服务端返回' }),
  client: Object.freeze({ en: 'Raised by the SDK itself', 'zh-CN': '由 SDK 自身抛出' }),
  legacy: Object.freeze({ en: 'Legacy API 2.0 code', 'zh-CN': '旧版 API 2.0 错误码' }),
});

/** Label for a retry advice in a language; English when the language is unknown. */
export function retryLabel(advice: RetryAdvice, language: Language): string {
  const labels = RETRY_LABELS[advice];
  return labels ? (labels[language] ?? labels.en) : String(advice);
}

export function categoryLabel(category: Category, language: Language): string {
  const labels = CATEGORY_LABELS[category];
  return labels ? (labels[language] ?? labels.en) : String(category);
}

export function originLabel(origin: Origin, language: Language): string {
  const labels = ORIGIN_LABELS[origin];
  return labels ? (labels[language] ?? labels.en) : String(origin);
}
