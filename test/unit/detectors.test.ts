import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../src/engine/scan';
import type { FormatId, Origin } from '../../src/engine/types';

const R = 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6';

interface Shape { name: string; text: string; code: string | null; message: string; requestId: string | null; format: FormatId; origin?: Origin }

/** One line of every SDK's printed error (see ../shared/cases/FORMATS.md), with what a user must be told. */
const SHAPES: Shape[] = [
  { name: 'Go', text: `[TencentCloudSDKError] Code=AuthFailure.SignatureFailure, Message=bad, with, commas=and equals, RequestId=${R}`, code: 'AuthFailure.SignatureFailure', message: 'bad, with, commas=and equals', requestId: R, format: 'go-sdk' },
  { name: 'Go without RequestId', text: '[TencentCloudSDKError] Code=MissingParameter, Message=The request is missing `Region`', code: 'MissingParameter', message: 'The request is missing `Region`', requestId: null, format: 'go-sdk' },
  { name: 'Go 2017 %!d bug', text: `[TencentCloudSDKError] Code=InvalidParameter, Message=bad, RequestId=%!d(string=${R})`, code: 'InvalidParameter', message: 'bad', requestId: R, format: 'go-sdk' },
  { name: 'Go in gRPC', text: `rpc error: code = InvalidArgument desc = [TencentCloudSDKError] Code=InvalidParameterValue.Foo, Message=x, RequestId=${R}`, code: 'InvalidParameterValue.Foo', message: 'x', requestId: R, format: 'go-sdk' },
  { name: 'Go in logrus', text: `time="t" level=error msg="[TencentCloudSDKError] Code=ResourceNotFound.InstanceNotFound, Message=gone, RequestId=${R}" x=1`, code: 'ResourceNotFound.InstanceNotFound', message: 'gone', requestId: R, format: 'go-sdk' },
  { name: 'Go in docker-compose', text: `api_1  | [TencentCloudSDKError] Code=LimitExceeded, Message=too many, RequestId=${R}`, code: 'LimitExceeded', message: 'too many', requestId: R, format: 'go-sdk' },
  { name: 'Go in a markdown quote', text: `> [TencentCloudSDKError] Code=UnauthorizedOperation, Message=no, RequestId=${R}`, code: 'UnauthorizedOperation', message: 'no', requestId: R, format: 'go-sdk' },
  { name: 'Go wrapped by terraform', text: `│ Error: [TencentCloudSDKError] Code=InvalidParameterValue, Message=The value is\n│ not valid., RequestId=${R}\n│\n`, code: 'InvalidParameterValue', message: 'The value is not valid.', requestId: R, format: 'go-sdk' },
  { name: 'Go client-side', text: '[TencentCloudSDKError] Code=ClientError.NetworkError, Message=Fail to get response because EOF', code: 'ClientError.NetworkError', message: 'Fail to get response because EOF', requestId: null, format: 'go-sdk', origin: 'client' },
  { name: 'Python', text: `[TencentCloudSDKException] code:AuthFailure.SignatureExpire message:Signature expired. requestId:${R}`, code: 'AuthFailure.SignatureExpire', message: 'Signature expired.', requestId: R, format: 'python-sdk' },
  { name: 'Python None id', text: '[TencentCloudSDKException] code:ClientNetworkError message:timed out requestId:None', code: 'ClientNetworkError', message: 'timed out', requestId: null, format: 'python-sdk', origin: 'client' },
  { name: 'Python repr', text: `[TencentCloudSDKException('ResourceInUse', 'busy', '${R}')]`, code: 'ResourceInUse', message: 'busy', requestId: R, format: 'python-sdk' },
  { name: 'Python repr, requestId None', text: "ERROR tasks: [TencentCloudSDKException('InvalidParameter', 'bad', None)]", code: 'InvalidParameter', message: 'bad', requestId: null, format: 'python-sdk' },
  { name: 'Python repr, message in double quotes', text: `TencentCloudSDKException('AuthFailure', "it's bad", 'aa11bb22-cc33-4d44-8e55-ff6677889900')`, code: 'AuthFailure', message: "it's bad", requestId: 'aa11bb22-cc33-4d44-8e55-ff6677889900', format: 'python-sdk' },
  { name: 'Python repr, network error (two arguments)', text: `errors=[TencentCloudSDKException('ClientNetworkError', "HTTPSConnectionPool(host='cvm.tencentcloudapi.com', port=443): Max retries exceeded (Caused by ConnectTimeoutError(<obj>, 'timed out'))")]`, code: 'ClientNetworkError', message: "HTTPSConnectionPool(host='cvm.tencentcloudapi.com', port=443): Max retries exceeded (Caused by ConnectTimeoutError(<obj>, 'timed out'))", requestId: null, format: 'python-sdk', origin: 'client' },
  { name: 'Python repr, escaped quote read as the user reads it', text: String.raw`TencentCloudSDKException('InvalidParameterValue', 'the "Name" isn\'t valid', None)`, code: 'InvalidParameterValue', message: `the "Name" isn't valid`, requestId: null, format: 'python-sdk' },
  { name: 'Java', text: `[TencentCloudSDKException]code: AuthFailure.SecretIdNotFound message:The SecretId is not found requestId:${R}`, code: 'AuthFailure.SecretIdNotFound', message: 'The SecretId is not found', requestId: R, format: 'java-sdk' },
  { name: 'Java old form', text: `[TencentCloudSDKException]message:AuthFailure.SignatureFailure-bad sig requestId:${R}`, code: 'AuthFailure.SignatureFailure', message: 'bad sig', requestId: R, format: 'java-sdk-legacy' },
  { name: 'Java old form, class name is no code', text: '[TencentCloudSDKException]message:java.net.SocketException-Connection reset requestId:', code: null, message: 'java.net.SocketException-Connection reset', requestId: null, format: 'java-sdk-legacy', origin: 'client' },
  { name: 'Node toString (traceId since 2024)', text: `[TencentCloudSDKException]message:The SecretId is not found  requestId:${R}  traceId:0f5b7f0e-1111-4222-8333-444455556666`, code: null, message: 'The SecretId is not found', requestId: R, format: 'node-sdk' },
  { name: 'Node toString, network failure', text: '[TencentCloudSDKException]message:request to https://cvm.tencentcloudapi.com/ failed, reason: ETIMEDOUT  requestId:  traceId:0f5b7f0e-1111-4222-8333-444455556666', code: null, message: 'request to https://cvm.tencentcloudapi.com/ failed, reason: ETIMEDOUT', requestId: null, format: 'node-sdk', origin: 'client' },
  { name: 'Node or Java 2018 toString (no traceId: cannot be told apart)', text: `[TencentCloudSDKException]message:The SecretId is not found  requestId:${R}`, code: null, message: 'The SecretId is not found', requestId: R, format: 'java-sdk-legacy' },
  { name: 'Java code null', text: '[TencentCloudSDKException]code: null message:java.net.SocketTimeoutException-timeout requestId:null', code: null, message: 'java.net.SocketTimeoutException-timeout', requestId: null, format: 'java-sdk', origin: 'client' },
  { name: 'PHP', text: `[TencentCloud\\Common\\Exception\\TencentCloudSDKException] code:AuthFailure.SignatureFailure message:bad sig requestId:${R}`, code: 'AuthFailure.SignatureFailure', message: 'bad sig', requestId: R, format: 'php-sdk' },
  { name: '.NET before 2023', text: `message：code:AuthFailure.SignatureFailure message:bad sig  requestId${R}`, code: 'AuthFailure.SignatureFailure', message: 'bad sig', requestId: R, format: 'dotnet-sdk' },
  { name: '.NET current (no code)', text: `requestId: ${R} TencentCloud.Common.TencentCloudSDKException: bad sig\r\n   at X.Y()`, code: null, message: 'bad sig', requestId: R, format: 'dotnet-sdk' },
  { name: 'C++', text: `RequestId=${R}, ErrorCode=AuthFailure.SignatureFailure, ErrorMessage=bad sig`, code: 'AuthFailure.SignatureFailure', message: 'bad sig', requestId: R, format: 'cpp-sdk' },
  { name: 'C++ empty id', text: 'RequestId=, ErrorCode=CoreInternalError, ErrorMessage=parse json error', code: 'CoreInternalError', message: 'parse json error', requestId: null, format: 'cpp-sdk', origin: 'client' },
  { name: 'terraform legacy', text: '* tencentcloud_instance.default: got error, code:InternalError, message:The order system is abnormal.', code: 'InternalError', message: 'The order system is abnormal.', requestId: null, format: 'terraform-legacy' },
  { name: 'bare Code=', text: `Code=InvalidParameter.Foo, Message=bar, RequestId=${R}`, code: 'InvalidParameter.Foo', message: 'bar', requestId: R, format: 'code-message' },
  { name: 'bare Code: (COS STS)', text: `Code: AuthFailure.SecretIdNotFound, Message: not found, RequestId: ${R}]deadbeef`, code: 'AuthFailure.SecretIdNotFound', message: 'not found', requestId: R, format: 'code-message' },
  { name: 'code: message list item', text: '1. AuthFailure.SignatureFailure: The provided credentials could not be validated.', code: 'AuthFailure.SignatureFailure', message: 'The provided credentials could not be validated.', requestId: null, format: 'code-colon-message' },
  { name: 'JSON envelope, one line', text: `{"Response":{"Error":{"Code":"ResourceNotFound.InstanceNotFound","Message":"gone"},"RequestId":"${R}"}}`, code: 'ResourceNotFound.InstanceNotFound', message: 'gone', requestId: R, format: 'json-envelope' },
  { name: 'JSON envelope, RequestId first', text: `{"Response":{"RequestId":"${R}","Error":{"Message":"m","Code":"FailedOperation"}}}`, code: 'FailedOperation', message: 'm', requestId: R, format: 'json-envelope' },
  { name: 'JSONC envelope with comments and trailing commas', text: `// saved\n{\n "Response": {\n  "Error": {"Code": "DryRunOperation", "Message": "ok",},\n  "RequestId": "${R}", // id\n },\n}`, code: 'DryRunOperation', message: 'ok', requestId: R, format: 'json-envelope' },
  { name: 'envelope without Response', text: `Uncaught Exception: {"Error":{"Code":"AuthFailure","Message":"m"},"RequestId":"${R}"}`, code: 'AuthFailure', message: 'm', requestId: R, format: 'json-envelope' },
  { name: 'envelope escaped once', text: `{"body":"{\\"Response\\":{\\"Error\\":{\\"Code\\":\\"InvalidParameter\\",\\"Message\\":\\"say \\\\\\"hi\\\\\\"\\"},\\"RequestId\\":\\"${R}\\"}}"}`, code: 'InvalidParameter', message: 'say "hi"', requestId: R, format: 'json-envelope-escaped' },
  { name: 'envelope escaped twice', text: `{"e":"{\\"d\\":\\"{\\\\\\"Response\\\\\\":{\\\\\\"Error\\\\\\":{\\\\\\"Code\\\\\\":\\\\\\"AuthFailure\\\\\\",\\\\\\"Message\\\\\\":\\\\\\"m\\\\\\"},\\\\\\"RequestId\\\\\\":\\\\\\"${R}\\\\\\"}}\\"}"}`, code: 'AuthFailure', message: 'm', requestId: R, format: 'json-envelope-escaped' },
];

for (const shape of SHAPES) {
  test(`detects ${shape.name}`, () => {
    const { findings } = scanText(shape.text);
    const errors = findings.filter((f) => f.kind === 'error');
    assert.equal(errors.length, 1, JSON.stringify(findings, null, 1));
    const [f] = errors;
    assert.equal(f.code, shape.code);
    assert.equal(f.message, shape.message);
    assert.equal(f.requestId, shape.requestId);
    assert.equal(f.format, shape.format);
    assert.equal(f.origin, shape.origin ?? 'server');
    if (f.code) assert.equal(shape.text.slice(f.codeSpan!.start, f.codeSpan!.end), f.code, 'code span covers the code token');
    if (f.requestId) assert.ok(shape.text.slice(f.requestIdSpan!.start, f.requestIdSpan!.end) === f.requestId || shape.name.includes('escaped'));
  });
}

/** Other clouds, and Tencent text that is not an API 3.0 error: nothing to report. */
const NEGATIVES: Record<string, string> = {
  'AWS Go SDK': 'UnauthorizedOperation: You are not authorized to perform this operation.\n\tstatus code: 403, request id: 8a2c1f3e-1111-4222-8333-444455556666',
  'AWS CLI': "An error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation: The instance ID 'i-1' does not exist",
  'boto3 response dump': `{"Error": {"Code": "InvalidClientTokenId", "Message": "bad"}, "ResponseMetadata": {"RequestId": "${R}", "HTTPStatusCode": 403}}`,
  Huawei: '{"error_msg":"Incorrect IAM authentication information","error_code":"APIGW.0301","request_id":"4ad1c3b2a3b94d3c8f0e1a2b3c4d5e6f"}',
  'Hunyuan OpenAI-style': "{'error': {'message': 'bad', 'type': 'invalid_request_error', 'code': '1001'}}",
  'Tencent Ads': '{"code":30104,"message":"invalid token trace_id: abc"}',
  'Alibaba Go SDK': `SDK.ServerError\nErrorCode: InvalidAccessKeyId.NotFound\nRecommend: https://x\nRequestId: ${R}\nMessage: Specified access key is not found.`,
  'aliyungo with a Tencent-like code': 'Aliyun API Error: RequestId: D0CC639E-180D-4827-97CB-FC609F6C95CD Status Code: 403 Code: OperationDenied, Message: The resource is out of usage.',
  'HTTP status words': 'HTTP Code=200, Message=OK',
  'gRPC status': 'rpc error: code = Unavailable desc = connection refused',
  'SCF invocation log': 'ERROR RequestId:7d51b0d9-037b-4305-8eee-b09ef245face Result:{"errorCode":1,"errorMessage":"user code exception caught"}',
  'per-item codes in a success envelope': `{"Response":{"SendStatusSet":[{"Code":"FailedOperation.PhoneNumberInBlacklist","Message":"x"}],"RequestId":"${R}"}}`,
};

for (const [name, text] of Object.entries(NEGATIVES)) {
  test(`stays silent on ${name}`, () => {
    assert.deepEqual(scanText(text).findings.filter((f) => f.kind === 'error'), []);
  });
}

test('a success envelope is reported as success with its RequestId, never as an error', () => {
  const text = `{"Response":{"TotalCount":0,"RequestId":"${R}"}}`;
  const { findings } = scanText(text);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].kind, 'success');
  assert.equal(findings[0].requestId, R);
  assert.equal(text.slice(findings[0].requestIdSpan!.start, findings[0].requestIdSpan!.end), R);
});

test('a Node inspect dump takes its code from the properties block after the stack', () => {
  const text = [
    'TencentCloudSDKHttpException [Error]: The SecretId is not found.',
    '    at Client.parseResponse (/app/node_modules/tencentcloud-sdk-nodejs/abstract_client.js:134:33)',
    '    at async main (/app/index.js:3:1) {',
    `  requestId: '${R}',`,
    "  traceId: '0f5b7f0e-1111-4222-8333-444455556666',",
    "  code: 'AuthFailure.SecretIdNotFound'",
    '}',
  ].join('\n');
  const [f] = scanText(text).findings;
  assert.equal(f.code, 'AuthFailure.SecretIdNotFound');
  assert.equal(f.requestId, R);
  assert.equal(f.message, 'The SecretId is not found.');
  assert.equal(text.slice(f.codeSpan!.start, f.codeSpan!.end), 'AuthFailure.SecretIdNotFound');
});

test('the product is inferred from the endpoint, the SDK package and tccli', () => {
  const go = `POST https://cvm.tencentcloudapi.com/\n[TencentCloudSDKError] Code=InvalidParameter, Message=x, RequestId=${R}`;
  assert.equal(scanText(go).findings[0].product, 'cvm');
  const py = `  File "/site-packages/tencentcloud/cbs/v20170312/cbs_client.py", line 3\n[TencentCloudSDKException] code:InvalidParameter message:x requestId:${R}`;
  assert.equal(scanText(py).findings[0].product, 'cbs');
  const cli = `$ tccli cdn PurgeUrlsCache --Urls '["x"]'\n[TencentCloudSDKException] code:AuthFailure message:x requestId:${R}`;
  assert.equal(scanText(cli).findings[0].product, 'cdn');
  assert.equal(scanText(`[TencentCloudSDKError] Code=InvalidParameter, Message=x`).findings[0].product, null);
});

test('maxFindings caps the list and says so', () => {
  const line = `[TencentCloudSDKError] Code=LimitExceeded, Message=x, RequestId=${R}\n`;
  const result = scanText(line.repeat(50), { maxFindings: 10 });
  assert.equal(result.findings.length, 10);
  assert.equal(result.truncated, true);
  assert.equal(scanText(line.repeat(5), { maxFindings: 10 }).truncated, false);
});

test('a code-colon message inside a JSON string or after key= is still found', () => {
  const inJson = '{"msg":"AuthFailure.SignatureFailure:请求签名验证失败"}';
  assert.deepEqual(scanText(inJson).findings.map((f) => f.code), ['AuthFailure.SignatureFailure']);
  const logfmt = 'level=error err=AuthFailure.SecretIdNotFound: the SecretId is not found';
  assert.deepEqual(scanText(logfmt).findings.map((f) => f.code), ['AuthFailure.SecretIdNotFound']);
  assert.deepEqual(scanText('see docs/AuthFailure.SignatureFailure: page').findings, []);
});

test('a product hint belongs to its own error: not to the next one, not to the one above it', () => {
  const go = (code: string) => `[TencentCloudSDKError] Code=${code}, Message=x, RequestId=${R}`;
  const text = [
    `[TencentCloudSDKError] Code=ClientError.NetworkError, Message=Post "https://cos.ap-shanghai.tencentcloudapi.com/": timeout`,
    go('FailedOperation.InsufficientBalanceInSmsPackage'),
    go('ResourceNotFound.InstanceNotFound'),
    'GET https://cvm.tencentcloudapi.com/ 200',
  ].join('\n');
  assert.deepEqual(scanText(text).findings.map((f) => f.product), ['cos', null, null]);
});

test('terraform names the resource below the error, and that names the product', () => {
  const text = `│ Error: ${'[TencentCloudSDKError]'} Code=InvalidParameter, Message=x, RequestId=${R}\n│\n│   with tencentcloud_clb_listener.http,\n`;
  assert.equal(scanText(text).findings[0].product, 'clb');
});

test('terminal colours around the code and the id do not hide an error, and spans point into the coloured text', () => {
  const text = `\x1b[31mERROR\x1b[0m [TencentCloudSDKError] Code=\x1b[1mAuthFailure.SignatureExpire\x1b[0m, Message=\x1b]8;;https://x\x07expired\x1b]8;;\x07, RequestId=\x1b[2m${R}\x1b[0m`;
  const [f] = scanText(text).findings;
  assert.equal(f.code, 'AuthFailure.SignatureExpire');
  assert.equal(f.requestId, R);
  assert.equal(f.message, 'expired');
  assert.equal(text.slice(f.codeSpan!.start, f.codeSpan!.end), 'AuthFailure.SignatureExpire');
  assert.equal(text.slice(f.requestIdSpan!.start, f.requestIdSpan!.end), R);
});

test('a Go error logged inside a quoted value reads unescaped, ends at the closing quote, and keeps source offsets', () => {
  // Found in review: the message kept logfmt's `\"` escapes, and without a RequestId it ran on into `"}`.
  const logfmt = String.raw`time="t" level=error msg="[TencentCloudSDKError] Code=ResourceInUse, Message=security group \"sg-123\" is in use, RequestId=${R}" x=1`;
  const [a] = scanText(logfmt).findings;
  assert.equal(a.message, 'security group "sg-123" is in use');
  assert.equal(a.requestId, R);
  assert.equal(logfmt.slice(a.messageSpan!.start, a.messageSpan!.end), String.raw`security group \"sg-123\" is in use`);
  const json = String.raw`{"level":"error","msg":"[TencentCloudSDKError] Code=ResourceInUse, Message=group \"sg-1\" in use, path C:\\tmp"}`;
  const [b] = scanText(json).findings;
  assert.equal(b.message, String.raw`group "sg-1" in use, path C:\tmp`);
  assert.equal(b.requestId, null);
  assert.equal(json.slice(b.span.end), '"}');
  // A RequestId in a later field belongs to that field, not to this error.
  const later = `msg="[TencentCloudSDKError] Code=InvalidParameter, Message=bad" note="x, RequestId=${R}"`;
  assert.deepEqual(scanText(later).findings.map((f) => [f.message, f.requestId]), [['bad', null]]);
  // Quotes that close before the error leave it unquoted: nothing is unescaped.
  const plain = String.raw`Error: creating "x": [TencentCloudSDKError] Code=InvalidParameter, Message=name \"a\" bad, RequestId=${R}`;
  assert.equal(scanText(plain).findings[0].message, String.raw`name \"a\" bad`);
});
