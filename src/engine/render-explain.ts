import type { Explanation, Language } from './types';

/** The catalog's explain function, as the renderers need it. */
export type ExplainFn = (code: string, opts: { language: Language; product?: string | null }) => Explanation;

const GENERIC_DOCS: Record<Language, string> = {
  en: 'https://www.tencentcloud.com/document/api',
  'zh-CN': 'https://cloud.tencent.com/document/api',
};

/** What to say about a code when no catalog is available or it failed: honest and generic. */
export function genericExplanation(code: string, language: Language): Explanation {
  const zh = language === 'zh-CN';
  return {
    code,
    matchedCode: code,
    source: 'fallback',
    detail: null,
    title: zh ? '腾讯云 API 错误' : 'Tencent Cloud API error',
    explanation: zh
      ? 'tcerr 没有这个错误码的说明。错误信息通常会说明具体原因。'
      : 'tcerr has no explanation for this code. The message usually says what went wrong.',
    remediation: zh
      ? ['阅读错误信息并核对请求参数。', '在该产品的 API 文档中查找这个错误码。', '联系技术支持时请提供 RequestId。']
      : ['Read the message and check the request parameters it mentions.', "Look the code up in the product's API documentation.", 'Quote the RequestId when contacting support.'],
    retry: 'fix-first',
    category: 'unknown',
    origin: 'server',
    docs: GENERIC_DOCS[language],
    language,
  };
}

/** Calls `explain`, never letting a catalog failure break a hover or a diagnostic. */
export function explainSafely(explain: ExplainFn | null, code: string, language: Language, product: string | null): Explanation {
  if (explain) {
    try {
      return explain(code, { language, product });
    } catch {
      // fall through to the generic text
    }
  }
  return genericExplanation(code, language);
}
