/**
 * Token shapes shared by the detectors. Every pattern here is linear: no nested quantifiers over
 * overlapping character classes, so no input can make them backtrack catastrophically.
 */

/** A Tencent Cloud API 3.0 code: `AuthFailure`, `ResourceNotFound.InstanceNotFound`, `A.B_C.D`. */
export const CODE = String.raw`[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+){0,3}`;

export const UUID = String.raw`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`;

const FULL_CODE = new RegExp(`^${CODE}$`);
const UUID_AT = new RegExp(`^${UUID}`);
const LOOSE_ID_AT = /^[A-Za-z0-9][A-Za-z0-9-]{7,63}/;

/**
 * Real codes are a few dozen characters; a longer token is a blob that happens to match the shape (the catalog
 * treats anything past 256 as not a code). Shared by isCode and the scan, which drops any finding whose code is longer.
 */
export const MAX_CODE_LENGTH = 128;

export function isCode(value: string): boolean {
  return value.length <= MAX_CODE_LENGTH && FULL_CODE.test(value);
}

/**
 * First segments that only Tencent Cloud codes use in the shapes where nothing else says "Tencent".
 * (Names shared with other clouds, such as EC2's `AuthFailure` without a dot, still need a dotted rest.)
 */
export const TENCENT_FIRST_SEGMENTS: ReadonlySet<string> = new Set([
  'AuthFailure', 'DryRunOperation', 'FailedOperation', 'InternalError', 'InvalidAction', 'InvalidParameter',
  'InvalidParameterValue', 'InvalidRequest', 'IpInBlacklist', 'IpNotInWhitelist', 'LimitExceeded',
  'MissingParameter', 'NoSuchProduct', 'NoSuchVersion', 'OperationDenied', 'RequestLimitExceeded',
  'RequestSizeLimitExceeded', 'ResourceInUse', 'ResourceInsufficient', 'ResourceNotFound', 'ResourceUnavailable',
  'ResourcesSoldOut', 'ResponseSizeLimitExceeded', 'ServiceUnavailable', 'UnauthorizedOperation',
  'UnknownParameter', 'UnsupportedOperation', 'UnsupportedProtocol', 'UnsupportedRegion', 'ClientError',
]);

/**
 * Codes the SDKs raise themselves, before or without an API answer (a non-200 HTTP status included: no API
 * error envelope was read). Every code of src/catalog/client.json is here (a unit test checks).
 */
const CLIENT_CODES: ReadonlySet<string> = new Set([
  'ClientError', 'ClientNetworkError', 'ClientParamsError', 'ClientSideError', 'ServerNetworkError',
  'InvalidCredential', 'CoreInternalError', 'NetworkError', 'ServiceNetworkError', 'CurlError', 'ServerSideError',
  'SDKError',
]);

export function isClientCode(code: string): boolean {
  return CLIENT_CODES.has(code) || code.startsWith('ClientError.');
}

/** A dotted code whose first segment is one only Tencent Cloud uses (for shapes with no other evidence). */
export function isTencentLooking(code: string): boolean {
  const dot = code.indexOf('.');
  return dot > 0 && TENCENT_FIRST_SEGMENTS.has(code.slice(0, dot));
}

/** Words that place a line in another cloud's world; loose shapes on such lines are not ours. */
export const OTHER_CLOUD = /aliyun|alibaba|\baws\b|amazonaws|botocore|huawei|myhuaweicloud|qingcloud|\boci\b|oracle|opc request id|azure|googleapis|ksyun|baidubce|volcengine|ucloud|jdcloud/i;

export interface IdMatch {
  value: string;
  start: number;
  end: number;
}

/**
 * Reads a RequestId at `pos`: a UUID when there is one (so trailing glued text is not taken), else a
 * plain id token; Go's 2017 `%!d(string=<id>)` rendering is unwrapped. Python `None` / Java `null` are no id.
 */
export function readRequestId(text: string, pos: number): IdMatch | null {
  let at = pos;
  const head = text.slice(at, at + 80);
  if (head.startsWith('%!d(string=')) at += '%!d(string='.length;
  const rest = text.slice(at, at + 72);
  const uuid = UUID_AT.exec(rest);
  const token = uuid ?? LOOSE_ID_AT.exec(rest);
  if (!token) return null;
  const value = token[0];
  if (value === 'None' || value === 'null' || value === 'undefined') return null;
  return { value, start: at, end: at + value.length };
}
