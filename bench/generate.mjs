// Writes a realistic, deterministic log of a given size: ordinary lines (timestamps, levels, key=value, JSON
// lines, some long lines) with about 1% Tencent Cloud errors in every shape the engine knows. The same seed
// gives the same bytes, so runs compare like with like. Also tells how many error occurrences it wrote.

import { createWriteStream } from 'node:fs';

/** Deterministic 32-bit PRNG (mulberry32). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEX = '0123456789abcdef';
function uuid(r) {
  let s = '';
  for (let i = 0; i < 32; i++) {
    if (i === 8 || i === 12 || i === 16 || i === 20) s += '-';
    s += HEX[(r() * 16) | 0];
  }
  return s;
}
const pick = (r, list) => list[(r() * list.length) | 0];

const CODES = [
  'AuthFailure.SignatureExpire', 'AuthFailure.SecretIdNotFound', 'InvalidParameterValue.InstanceIdMalformed',
  'ResourceNotFound.InstanceNotFound', 'LimitExceeded', 'RequestLimitExceeded', 'UnauthorizedOperation',
  'FailedOperation.InsufficientBalance', 'InternalError', 'ResourceInsufficient.SpecifiedInstanceType',
];
const WORDS = ['order', 'payment', 'user', 'cache', 'queue', 'worker', 'session', 'billing', 'upload', 'index', 'report', 'sync'];
const LEVELS = ['INFO', 'INFO', 'INFO', 'DEBUG', 'DEBUG', 'WARN', 'ERROR'];

function ts(n) {
  const s = n % 86400;
  const p = (v) => String(v).padStart(2, '0');
  return `2026-03-14T${p((s / 3600) | 0)}:${p(((s / 60) | 0) % 60)}:${p(s % 60)}.${String(n % 1000).padStart(3, '0')}Z`;
}

/** Ordinary lines: what the detectors must skip quickly. Some mention `code`, `Error`, `Response`, `Message`. */
function ordinary(r, n) {
  const k = r();
  const w = pick(r, WORDS);
  if (k < 0.45) return `${ts(n)} ${pick(r, LEVELS)} [${w}-svc] handled request id=${uuid(r)} path=/api/v1/${w}/${n % 9973} status=200 duration_ms=${(r() * 900) | 0} bytes=${(r() * 65536) | 0}`;
  if (k < 0.7) return `{"ts":"${ts(n)}","level":"info","logger":"${w}","msg":"request done","status":200,"latency":${(r() * 100).toFixed(3)},"trace":"${uuid(r)}","Response":"ok"}`;
  if (k < 0.8) return `time="${ts(n)}" level=debug msg="cache ${w} miss" key=${w}:${n} code=200 message="fetched from origin" retries=0`;
  if (k < 0.88) return `${ts(n)} WARN  [${w}] slow query took ${(r() * 5000) | 0}ms: SELECT id, name, status FROM ${w}s WHERE owner = ? AND updated_at > ? ORDER BY id LIMIT 100`;
  if (k < 0.94) return `${ts(n)} ERROR [${w}] upstream returned an Error: connection refused (code: ECONNREFUSED) Message: retry later`;
  if (k < 0.985) return `    at ${w}.handle (/srv/app/src/${w}/handler.js:${(r() * 500) | 0}:${(r() * 80) | 0})`;
  // Long lines: a few KB of payload, as request/response dumps are.
  const payload = Array.from({ length: 40 + ((r() * 60) | 0) }, (_, i) => `"field_${i}":"${w}-${uuid(r)}"`).join(',');
  return `${ts(n)} DEBUG [${w}] payload={${payload}}`;
}

/** Every error shape the engine recognises, one occurrence each (some are multi-line). */
const SHAPES = [
  (r, n) => `${ts(n)} client.go:${(r() * 900) | 0}: [TencentCloudSDKError] Code=${pick(r, CODES)}, Message=The request failed: ${pick(r, WORDS)} not ready, RequestId=${uuid(r)}`,
  (r, n) => `${ts(n)} ERROR tencentcloud.common.exception.tencent_cloud_sdk_exception.TencentCloudSDKException: [TencentCloudSDKException] code:${pick(r, CODES)} message:Signature expired. requestId:${uuid(r)}`,
  (r, n) => `${ts(n)} ERROR c.e.App - [TencentCloudSDKException]code: ${pick(r, CODES)} message:The SecretId is not found requestId:${uuid(r)}`,
  (r, n) => `${ts(n)} ERROR c.e.Legacy - [TencentCloudSDKException]message:${pick(r, CODES)}-bad signature requestId:${uuid(r)}`,
  (r, n) => [
    `${ts(n)} TencentCloudSDKHttpException [Error]: The SecretId is not found.`,
    '    at Client.request (/srv/node_modules/tencentcloud-sdk-nodejs-common/common/abstract_client.js:210:19)',
    '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {',
    `  requestId: '${uuid(r)}',`,
    `  code: '${pick(r, CODES)}'`,
    '}',
  ].join('\n'),
  (r, n) => `${ts(n)} PHP Fatal error: Uncaught [TencentCloud\\Common\\Exception\\TencentCloudSDKException] code:${pick(r, CODES)} message:bad sig requestId:${uuid(r)}`,
  (r, n) => `${ts(n)} fail: message：code:${pick(r, CODES)} message:bad sig  requestId${uuid(r)}`,
  (r, n) => `${ts(n)} requestId: ${uuid(r)} TencentCloud.Common.TencentCloudSDKException: code:${pick(r, CODES)} message:bad sig`,
  (r, n) => `${ts(n)} RequestId=${uuid(r)}, ErrorCode=${pick(r, CODES)}, ErrorMessage=bad sig`,
  (r, n) => `${ts(n)} * tencentcloud_instance.default: got error, code:InternalError, message:The order system is abnormal.`,
  (r, n) => `${ts(n)} sts: Code=${pick(r, CODES)}, Message=denied, RequestId=${uuid(r)}`,
  (r, n) => `${ts(n)} cos-sts: Code: ${pick(r, CODES)}, Message: denied, RequestId: ${uuid(r)}`,
  (r, n) => `${ts(n)} alert: ${pick(r, CODES.filter((c) => c.includes('.')))}: the request was refused by the gateway`,
  (r, n) => ['{', '  "Response": {', '    "Error": {', `      "Code": "${pick(r, CODES)}",`, '      "Message": "The value is not valid."', '    },', `    "RequestId": "${uuid(r)}"`, '  }', '}'].join('\n'),
  (r, n) => `${ts(n)} http response: {"Response":{"Error":{"Code":"${pick(r, CODES)}","Message":"gone"},"RequestId":"${uuid(r)}"}}`,
  (r, n) => `{"ts":"${ts(n)}","level":"error","body":"{\\"Response\\":{\\"Error\\":{\\"Code\\":\\"${pick(r, CODES)}\\",\\"Message\\":\\"m\\"},\\"RequestId\\":\\"${uuid(r)}\\"}}"}`,
  (r, n) => `${ts(n)} DEBUG response body [{"Response":{"InstanceSet":[],"TotalCount":0,"RequestId":"${uuid(r)}"}}]`,
  (r, n) => `${ts(n)} legacy: {"code":4100,"message":"authentication failed","codeDesc":"AuthFailure"}`,
  (r, n) => `${ts(n)} cos: <?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Resource>examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.txt</Resource><RequestId>NjQ2YjE3ZTFfMzhiNTNhMDlfMTJhNl8xYjM0</RequestId><TraceId>OGVmYzZiMmQ3MjE3</TraceId></Error>`,
];

/**
 * Generates about `bytes` bytes to `path`; resolves to { bytes, lines, errors } (errors = occurrences written).
 * Writes in 4 MB blocks with back-pressure, so a gigabyte needs little memory.
 */
export async function generateLog(path, bytes, seed = 6) {
  const r = prng(seed);
  const out = createWriteStream(path);
  let written = 0;
  let lines = 0;
  let errors = 0;
  let n = 0;
  let block = [];
  let blockLength = 0;
  const flush = async () => {
    if (block.length === 0) return;
    const text = block.join('\n') + '\n';
    block = [];
    blockLength = 0;
    written += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
  };
  while (written + blockLength < bytes) {
    n++;
    let line;
    if (r() < 0.01) {
      line = SHAPES[errors % SHAPES.length](r, n);
      errors++;
    } else line = ordinary(r, n);
    block.push(line);
    blockLength += line.length + 1;
    lines += 1 + (line.match(/\n/g)?.length ?? 0);
    if (blockLength >= 4 << 20) await flush();
  }
  await flush();
  await new Promise((resolve, reject) => out.end((err) => (err ? reject(err) : resolve())));
  return { bytes: written, lines, errors };
}

/** A text of about `chars` characters, in memory (for the engine measurements; tests ask for more errors). */
export function generateText(chars, seed = 7, errorRate = 0.01) {
  const r = prng(seed);
  const parts = [];
  let length = 0;
  let n = 0;
  let errors = 0;
  while (length < chars) {
    n++;
    const line = r() < errorRate ? SHAPES[errors++ % SHAPES.length](r, n) : ordinary(r, n);
    parts.push(line);
    length += line.length + 1;
  }
  return parts.join('\n') + '\n';
}

export const SHAPE_COUNT = SHAPES.length;
