import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../src/engine/scan';
import type { FormatId } from '../../src/engine/types';

// Synthetic lines in the shapes the COS SDKs print. The id is base64 of "646b29df_28a8c09_1c44_19d4e54".
const ID = 'NjQ2YjI5ZGZfMjhhOGMwOV8xYzQ0XzE5ZDRlNTQ=';
const TRACE = 'OGVmYzZiMmQzYjA2OWNhODk0NTRkMTBi';
const HOST = 'examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com';

interface CosShape { name: string; text: string; code: string; message: string | null; requestId: string | null; format: FormatId }

const SHAPES: CosShape[] = [
  {
    name: 'Python CosServiceError (traceback line)',
    text: `qcloud_cos.cos_exception.CosServiceError: {'code': 'NoSuchBucket', 'message': 'The specified bucket does not exist.', 'resource': '${HOST}', 'requestid': '${ID}', 'traceid': '${TRACE}'}`,
    code: 'NoSuchBucket', message: 'The specified bucket does not exist.', requestId: ID, format: 'cos-python-sdk',
  },
  {
    name: 'Python 2 dict, other key order, message in double quotes',
    text: `upload failed: {u'requestid': u'${ID}', u'message': u"The key 'a {b}.txt' does not exist.", u'code': u'NoSuchKey', u'traceid': u'${TRACE}'}`,
    code: 'NoSuchKey', message: "The key 'a {b}.txt' does not exist.", requestId: ID, format: 'cos-python-sdk',
  },
  {
    name: 'Python dict with an empty requestid, named by its class',
    text: `CosServiceError: {'code': 'AccessDenied', 'message': 'Access Denied.', 'resource': 'Unknown', 'requestid': '', 'traceid': 'Unknown'}`,
    code: 'AccessDenied', message: 'Access Denied.', requestId: null, format: 'cos-python-sdk',
  },
  {
    name: 'Go ErrorResponse (decoded URL with a blank)',
    text: `2024/01/01 10:00:00 get failed: GET https://${HOST}/my file.txt: 404 NoSuchKey(Message: The specified key does not exist., RequestId: ${ID}, TraceId: ${TRACE})`,
    code: 'NoSuchKey', message: 'The specified key does not exist.', requestId: ID, format: 'cos-go-sdk',
  },
  {
    name: 'Go ErrorResponse, older text without TraceId',
    text: `PUT https://${HOST}/a.txt: 403 SignatureDoesNotMatch(Message: The calculated signature does not match., RequestId: ${ID})`,
    code: 'SignatureDoesNotMatch', message: 'The calculated signature does not match.', requestId: ID, format: 'cos-go-sdk',
  },
  {
    name: 'Java CosServiceException',
    text: `com.qcloud.cos.exception.CosServiceException: The specified key does not exist. (Status Code: 404; Error Code: NoSuchKey; Request ID: ${ID}); Trace ID: ${TRACE}`,
    code: 'NoSuchKey', message: 'The specified key does not exist.', requestId: ID, format: 'cos-java-sdk',
  },
  {
    name: 'Java getMessage() alone, older text (COS RequestId is the evidence)',
    text: `ERROR Upload failed: The specified key does not exist. (Status Code: 404; Error Code: NoSuchKey; Request ID: ${ID})`,
    code: 'NoSuchKey', message: null, requestId: ID, format: 'cos-java-sdk',
  },
];

for (const shape of SHAPES) {
  test(`COS: detects ${shape.name}`, () => {
    const findings = scanText(shape.text).findings;
    assert.equal(findings.length, 1, JSON.stringify(findings, null, 1));
    const [f] = findings;
    assert.deepEqual([f.code, f.message, f.requestId, f.format, f.product], [shape.code, shape.message, shape.requestId, shape.format, 'cos']);
    assert.equal(shape.text.slice(f.codeSpan!.start, f.codeSpan!.end), shape.code, 'code span');
    if (f.requestId) assert.equal(shape.text.slice(f.requestIdSpan!.start, f.requestIdSpan!.end), f.requestId, 'RequestId span');
  });
}

/** S3 and its clients print the same codes in look-alike shapes: none of them is a COS error. */
const S3_NEGATIVES: Record<string, string> = {
  'Java AmazonS3Exception':
    'com.amazonaws.services.s3.model.AmazonS3Exception: The specified key does not exist. (Service: Amazon S3; Status Code: 404; Error Code: NoSuchKey; Request ID: 4442587FB7D0A2F9; S3 Extended Request ID: Zm9vYmFy), S3 Extended Request ID: Zm9vYmFy',
  'boto3 ClientError': 'botocore.errorfactory.NoSuchKey: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.',
  'boto3 response dict':
    "{'Error': {'Code': 'NoSuchKey', 'Message': 'The specified key does not exist.', 'Key': 'a.txt'}, 'ResponseMetadata': {'RequestId': '4442587FB7D0A2F9', 'HostId': 'Zm9vYmFy', 'HTTPStatusCode': 404}}",
  'aws-sdk-go v1': 'NoSuchKey: The specified key does not exist.\n\tstatus code: 404, request id: 4442587FB7D0A2F9, host id: Zm9vYmFy',
  'aws-sdk-go v2': 'operation error S3: GetObject, https response error StatusCode: 404, RequestID: 4442587FB7D0A2F9, HostID: Zm9vYmFy, NoSuchKey: ',
  'the Go COS text against an S3 host': 'GET https://b.s3.amazonaws.com/a.txt: 404 NoSuchKey(Message: The specified key does not exist., RequestId: 4442587FB7D0A2F9, TraceId: x)',
  'a Python dict with code and message but nothing of COS': "{'code': 'NoSuchKey', 'message': 'gone', 'requestid': 'abc-123'}",
};

for (const [name, text] of Object.entries(S3_NEGATIVES)) {
  test(`COS: stays silent on ${name}`, () => {
    assert.deepEqual(scanText(text).findings, []);
  });
}
