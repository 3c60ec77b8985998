import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  dedupeCodes,
  parseGoErrors,
  parseJavaErrorCodes,
  parsePythonErrorCodes,
  parseSdkFile,
  productAndVersion,
  readCache,
  sdkFileKind,
  serializeCache,
  summarize,
} from '../../src/engine/sdk-import';
import { importFromFolders } from '../../src/node/sdk-walk';

const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures', 'sdk-import');
const read = (rel: string) => readFileSync(join(FIXTURES, rel), 'utf8');
const GO = 'go/tencentcloud/cvm/v20170312/errors.go';
const PY = 'python/tencentcloud/cvm/v20170312/errorcodes.py';
const JAVA = 'java/src/main/java/com/tencentcloudapi/cbs/v20170312/CbsErrorCode.java';

test('Go errors.go: comment lines right above a constant are its description; blank lines end a comment', () => {
  const { codes, problems } = parseGoErrors(read(GO), GO);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    codes.map((c) => [c.code, c.description]),
    [
      ['InvalidInstanceId.NotFound', '实例编号找不到（测试用描述）'],
      ['FailedOperation.InquiryPriceFailed', '询价没有成功（测试用描述） 第二行注释同样属于描述'],
      ['InvalidParameterValue', ''],
      ['InternalError', '内部错误（测试用）'],
    ],
  );
  for (const c of codes) {
    assert.equal(c.product, 'cvm');
    assert.equal(c.version, '2017-03-12');
    assert.equal(c.sdk, 'go');
  }
  assert.equal(codes[0].language, 'zh-CN');
});

test('Go intl-en lists give English descriptions', () => {
  const path = 'go-intl/tencentcloud/tmt/v20180321/errors.go';
  const { codes } = parseGoErrors(read(path), path);
  assert.equal(codes.length, 2);
  assert.ok(codes.every((c) => c.language === 'en' && c.product === 'tmt' && c.version === '2018-03-21'));
});

test('Python errorcodes.py: header comments never become descriptions; non-codes are reported', () => {
  const { codes, problems } = parsePythonErrorCodes(read(PY), PY);
  assert.deepEqual(codes.map((c) => c.code), ['InvalidInstanceId.NotFound', 'InvalidImageId.IncorrectState']);
  assert.equal(codes[1].description, '镜像状态不对（测试用描述）');
  assert.equal(codes[0].sdk, 'python');
  assert.equal(problems.length, 1);
  assert.match(problems[0], /'not a code' is not an error code/);
});

test('Java *ErrorCode.java: enum constants with their comment, not the enum members', () => {
  const { codes } = parseJavaErrorCodes(read(JAVA), JAVA);
  assert.deepEqual(codes.map((c) => [c.product, c.version, c.code, c.sdk]), [
    ['cbs', '2017-03-12', 'InvalidDiskId.NotFound', 'java'],
    ['cbs', '2017-03-12', 'ResourceBusy.SnapshotCreating', 'java'],
  ]);
  assert.equal(codes[1].description, '快照正在创建中（测试用描述）');
});

test('product and version come from the path, Go module cache versions stripped, Windows separators too', () => {
  assert.deepEqual(productAndVersion('/x/tencentcloud/cvm/v20170312/errors.go'), { product: 'cvm', version: '2017-03-12' });
  assert.deepEqual(productAndVersion('C:\\mod\\tencentcloud\\clb@v1.0.900\\v20180317\\errors.go'), { product: 'clb', version: '2018-03-17' });
  assert.equal(productAndVersion('/x/tencentcloud/cvm/errors.go'), null);
});

test('only the three list files are recognised', () => {
  assert.equal(sdkFileKind('/a/cvm/v20170312/errors.go'), 'go');
  assert.equal(sdkFileKind('/a/cvm/v20170312/errorcodes.py'), 'python');
  assert.equal(sdkFileKind('/a/cvm/v20170312/CvmErrorCode.java'), 'java');
  assert.equal(sdkFileKind('/a/cvm/v20170312/client.go'), null);
  assert.equal(sdkFileKind('/a/cvm/errors.go'), null);
  assert.equal(parseSdkFile('/a/cvm/v20170312/models.py', 'X = 1'), null);
});

test('parsers never throw, and refuse files that are not lists', () => {
  for (const junk of ['', '\u0000\u0001', 'const (\n' + '// x\n'.repeat(10_000) + ')', '"'.repeat(100_000)]) {
    const result = parseSdkFile('/a/tencentcloud/cvm/v20170312/errors.go', junk);
    assert.ok(result);
    assert.deepEqual(result.codes, []);
  }
  const huge = parseGoErrors('x'.repeat(3 * 1024 * 1024), '/a/tencentcloud/cvm/v20170312/errors.go');
  assert.deepEqual(huge.codes, []);
  assert.equal(huge.problems.length, 1);
});

test('the folder walk finds every list, including the Go module cache layout, and ignores files outside v<date> folders', async () => {
  const outcome = await importFromFolders([FIXTURES]);
  assert.equal(outcome.files, 5);
  const keys = new Set(outcome.codes.map((c) => `${c.product}:${c.code}`));
  assert.ok(keys.has('clb:ResourceNotFound.Listener'));
  assert.ok(keys.has('tmt:UnsupportedOperation.TextTooLong'));
  assert.ok(!keys.has('cvm:ShouldNotImport'));
  const missing = await importFromFolders([join(FIXTURES, 'no-such-folder')]);
  assert.equal(missing.codes.length, 0);
  assert.match(missing.problems[0], /no such file/);
});

test('the cache round-trips, drops repeats and malformed entries, and says why it is unusable', async () => {
  const { codes, files } = await importFromFolders([FIXTURES]);
  const text = serializeCache(codes, ['/x'], files, '2026-01-01T00:00:00.000Z');
  const back = readCache(text);
  assert.deepEqual(back.codes, dedupeCodes(codes));
  assert.equal(back.createdAt, '2026-01-01T00:00:00.000Z');
  assert.deepEqual(back.roots, ['/x']);
  // The Go and Python lists both state cvm InvalidInstanceId.NotFound in Chinese: kept once.
  assert.equal(back.codes.filter((c) => c.code === 'InvalidInstanceId.NotFound' && c.product === 'cvm').length, 1);
  const summary = summarize(back.codes, files);
  assert.equal(summary.products, 4);
  assert.ok(summary.languages.en >= 2 && summary.languages['zh-CN'] >= 6);

  const tampered = JSON.parse(text);
  tampered.codes.push({ code: 'Bad Code', product: 'cvm', version: '2017-03-12', description: 'x', sdk: 'go' }, null, 42);
  const read2 = readCache(JSON.stringify(tampered));
  assert.equal(read2.codes.length, back.codes.length);
  assert.match(read2.problems[0], /3 malformed/);
  assert.match(readCache('{not json').problems[0], /not valid JSON/);
  assert.match(readCache('{"version":99}').problems[0], /version 99/);
});
