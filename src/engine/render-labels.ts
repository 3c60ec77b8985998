import type { Language } from './types';

/**
 * Fixed UI wording, in our own words, per language. Inserted into Markdown unescaped, so it must stay free of
 * Markdown syntax (a unit test checks).
 */
export interface Labels {
  language: Language;
  why: string;
  whatToDo: string;
  retry: string;
  message: string;
  requestId: string;
  product: string;
  docs: string;
  noCode: string;
  noCodeTitle: string;
  successTitle: string;
  successNote: string;
  decodeTitle: string;
  noError: string;
  foundErrors: (count: number) => string;
  payload: string;
  notFromCatalog: string;
  /** Instead of notFromCatalog when products define the code but the context names none of them. */
  productUnknown: string;
  /** Which products give the code a meaning of their own (`list` is already joined and escaped). */
  definedBy: (list: string) => string;
  /** Ending of a list cut short: ", and 5 more". */
  andMore: (count: number) => string;
  fromSdk: string;
  fromTeam: string;
  teamNotes: string;
  runbook: string;
  /** After a message cut short in a hover: where the whole text is. */
  messageShortened: string;
  /** On a line longer than the scan reads: what the Problems panel and the CLI miss there. */
}

const EN: Labels = {
  language: 'en',
  why: 'Why it happens',
  whatToDo: 'What to do',
  retry: 'Retry',
  message: 'Message',
  requestId: 'RequestId',
  product: 'Product',
  docs: 'Documentation',
  noCode: '(no error code)',
  noCodeTitle: 'Tencent Cloud SDK error without an error code',
  successTitle: 'Successful response',
  successNote: 'This is a successful Tencent Cloud API response, not an error.',
  decodeTitle: 'Tencent Cloud API response, decoded',
  noError: 'No Tencent Cloud API error found in the given text.',
  foundErrors: (n) => (n === 1 ? 'Found 1 error.' : `Found ${n} errors.`),
  payload: 'Unwrapped payload',
  notFromCatalog: 'This exact code is not in the tcerr catalog; the explanation is for its general family.',
  productUnknown: 'The text does not say which product returned this code, so the explanation is for its general family.',
  definedBy: (list) => `Products that give this code a meaning of their own: ${list}.`,
  andMore: (n) => ` and ${n} more`,
  fromSdk: 'Meaning from the official error list imported from your SDK sources:',
  fromTeam: 'From your team catalog:',
  teamNotes: 'Team notes',
  runbook: 'Team runbook',
  messageShortened: 'Message shortened. Decode this response to see all of it.',
};

const ZH: Labels = {
  language: 'zh-CN',
  why: '原因',
  whatToDo: '处理办法',
  retry: '重试',
  message: '错误信息',
  requestId: 'RequestId',
  product: '产品',
  docs: '文档',
  noCode: '（无错误码）',
  noCodeTitle: '没有错误码的腾讯云 SDK 错误',
  successTitle: '成功响应',
  successNote: '这是一个成功的腾讯云 API 响应，不是错误。',
  decodeTitle: '腾讯云 API 响应解析结果',
  noError: '在给定文本中未找到腾讯云 API 错误。',
  foundErrors: (n) => `找到 ${n} 个错误。`,
  payload: '展开后的内容',
  notFromCatalog: 'tcerr 目录中没有这个确切的错误码；以下说明针对它所属的大类，具体情况请结合错误码点号后的部分和错误信息判断。',
  productUnknown: '文本中看不出是哪个产品返回了这个错误码，因此以下说明针对它所属的大类。',
  definedBy: (list) => `对这个错误码有专门含义的产品：${list}。`,
  andMore: (n) => ` 等另外 ${n} 个`,
  fromSdk: '错误含义取自从本地 SDK 源码导入的官方错误码列表：',
  fromTeam: '来自团队错误码目录：',
  teamNotes: '团队备注',
  runbook: '团队处理手册',
  messageShortened: '错误信息已截短。点击“解析这个响应”查看全文。',
};

export function labelsFor(language: Language): Labels {
  return language === 'zh-CN' ? ZH : EN;
}
