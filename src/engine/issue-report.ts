// "Copy as issue report": one Markdown block with what a support ticket needs about one error, every value
// from the file in a code span (nothing in it renders) and SecretId-shaped tokens masked.

import { redactSecrets } from './redact';
import { toOneLine, truncate } from './render-markdown';
import type { Explanation, Finding, FormatId, Language } from './types';

export interface IssueReportInput {
  finding: Pick<Finding, 'code' | 'message' | 'requestId' | 'product' | 'format' | 'origin'>;
  explanation: Pick<Explanation, 'title' | 'docs' | 'category'> | null;
  /** The API action, when the context names it. */
  action?: string | null;
  /** When the report is made (ISO 8601). */
  time: string;
  language: Language;
  /** Credential masking; defaults to redactSecrets (SecretIds, SecretKeys, tokens). */
  redact?: (text: string) => string;
}

const MAX_VALUE_CHARS = 2000;

// Every format has a name: the type makes a new format id fail to compile until it gets one.
const FORMAT_NAMES: Record<FormatId, string> = {
  'json-envelope': 'API 3.0 JSON response',
  'json-envelope-escaped': 'API 3.0 JSON response (escaped in a string)',
  'object-dump': 'response object dump',
  'go-sdk': 'Go SDK',
  'python-sdk': 'Python SDK',
  'java-sdk': 'Java SDK',
  'java-sdk-legacy': 'Java SDK (legacy)',
  'node-sdk': 'Node.js SDK',
  'php-sdk': 'PHP SDK',
  'dotnet-sdk': '.NET SDK',
  'cpp-sdk': 'C++ SDK',
  'terraform-legacy': 'Terraform provider',
  'code-message': 'code/message pair',
  'code-colon-message': 'code: message line',
  'legacy-api2': 'API 2.0 response',
  'cos-xml': 'COS XML error body',
  'cos-python-sdk': 'COS Python SDK',
  'cos-go-sdk': 'COS Go SDK',
  'cos-java-sdk': 'COS Java SDK',
};

/** A readable name for a detected format, with its stable id. */
export function formatName(format: string): string {
  const name = FORMAT_NAMES[format as FormatId];
  return name ? `${name} (${format})` : format;
}

const LABELS = {
  en: {
    heading: 'Tencent Cloud API error',
    code: 'Error code',
    meaning: 'Meaning',
    message: 'Message',
    requestId: 'RequestId',
    time: 'Reported at',
    product: 'Product',
    action: 'Action',
    format: 'Seen in',
    origin: 'Origin',
    docs: 'Documentation',
    none: '(none)',
    noCode: '(no error code)',
    masked: 'Credentials (SecretId, SecretKey, tokens) are masked.',
    origins: { server: 'API server', client: 'SDK, client side', legacy: 'API 2.0' },
  },
  'zh-CN': {
    heading: '腾讯云 API 错误',
    code: '错误码',
    meaning: '含义',
    message: '错误信息',
    requestId: 'RequestId',
    time: '报告时间',
    product: '产品',
    action: '接口',
    format: '出现形式',
    origin: '来源',
    docs: '文档',
    none: '（无）',
    noCode: '（无错误码）',
    masked: '凭据（SecretId、SecretKey、令牌）已打码。',
    origins: { server: 'API 服务端', client: 'SDK 客户端', legacy: 'API 2.0' },
  },
} as const;

/** Inline code whose fence is longer than any backtick run inside, padded so edge backticks survive. */
export function codeSpan(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') || text.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** The report as Markdown. Never throws. */
export function buildIssueReport(input: IssueReportInput): string {
  const labels = LABELS[input.language === 'zh-CN' ? 'zh-CN' : 'en'];
  const redact = (text: string) => {
    try {
      return (input.redact ?? redactSecrets)(text);
    } catch {
      return redactSecrets(text);
    }
  };
  const value = (raw: string | null | undefined): string => {
    if (typeof raw !== 'string' || toOneLine(raw) === '') return labels.none;
    return codeSpan(truncate(toOneLine(redact(raw)), MAX_VALUE_CHARS));
  };
  const { finding, explanation } = input;
  const lines = [
    `### ${labels.heading}: ${finding.code === null ? labels.noCode : value(finding.code)}`,
    '',
    `- **${labels.code}:** ${finding.code === null ? labels.noCode : value(finding.code)}`,
  ];
  // The meaning and the documentation link are tcerr's own text, not file data.
  if (explanation) lines.push(`- **${labels.meaning}:** ${toOneLine(explanation.title)}`);
  lines.push(
    `- **${labels.message}:** ${value(finding.message)}`,
    `- **${labels.requestId}:** ${value(finding.requestId)}`,
    `- **${labels.time}:** ${value(input.time)}`,
  );
  if (finding.product) lines.push(`- **${labels.product}:** ${value(finding.product)}`);
  if (input.action) lines.push(`- **${labels.action}:** ${value(input.action)}`);
  lines.push(`- **${labels.format}:** ${formatName(finding.format)}`, `- **${labels.origin}:** ${labels.origins[finding.origin] ?? finding.origin}`);
  if (explanation && /^https:\/\/[^\s<>()]+$/.test(explanation.docs)) lines.push(`- **${labels.docs}:** ${explanation.docs}`);
  lines.push('', `_${labels.masked}_`, '');
  return lines.join('\n');
}
