import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { memoryIo } from '../../src/cli/memory-io';
import { run } from '../../src/cli/run';
import { userDataDir } from '../../src/node/data-dir';

const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures', 'sdk-import');
const R = 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6';
const temp = () => mkdtempSync(join(tmpdir(), 'tcerr-catalog-'));

test('the data folder follows the platform and TCERR_DATA_DIR overrides it', () => {
  assert.equal(userDataDir({ TCERR_DATA_DIR: '/tmp/x' }, 'linux', '/home/u'), '/tmp/x');
  assert.equal(userDataDir({}, 'linux', '/home/u'), '/home/u/.local/share/tcerr');
  assert.equal(userDataDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/u'), '/data/tcerr');
  assert.equal(userDataDir({ XDG_DATA_HOME: 'relative' }, 'linux', '/home/u'), '/home/u/.local/share/tcerr');
  assert.equal(userDataDir({}, 'darwin', '/Users/u'), '/Users/u/Library/Application Support/tcerr');
  assert.match(userDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u'), /Roaming[\\/]tcerr$/);
});

test('catalog arguments', () => {
  assert.deepEqual(parseArgs(['catalog', 'import', 'a', 'b']), { kind: 'catalog-import', paths: ['a', 'b'], json: false });
  assert.deepEqual(parseArgs(['catalog', 'status', '--json']), { kind: 'catalog-status', json: true });
  assert.equal(parseArgs(['catalog', 'import']).kind, 'usage-error');
  assert.equal(parseArgs(['catalog', 'frobnicate']).kind, 'usage-error');
  assert.deepEqual(parseArgs(['catalog', '--help']), { kind: 'help', topic: 'catalog' });
});

test('import writes the cache in the data folder, prints a summary, and scan then uses the codes', async () => {
  const data = temp();
  const env = { TCERR_DATA_DIR: data };
  const io = memoryIo({ env });
  assert.equal(await run(['catalog', 'import', FIXTURES], io), 0, io.stderr.text);
  assert.match(io.stdout.text, /products:\s+4/);
  assert.match(io.stdout.text, /languages: zh-CN \d+, en \d+/);
  const cache = JSON.parse(readFileSync(join(data, 'sdk-codes.json'), 'utf8'));
  assert.equal(cache.version, 1);

  const status = memoryIo({ env });
  assert.equal(await run(['catalog', 'status', '--json'], status), 0);
  assert.equal(JSON.parse(status.stdout.text).products, 4);

  const line = `POST https://cvm.tencentcloudapi.com/\n[TencentCloudSDKError] Code=InvalidInstanceId.NotFound, Message=gone, RequestId=${R}\n`;
  const scan = memoryIo({ env, stdin: [line] });
  assert.equal(await run(['scan', '--json', '-'], scan), 1);
  const finding = JSON.parse(scan.stdout.text).files[0].findings[0];
  assert.equal(finding.source, 'sdk-import');
  assert.equal(finding.product, 'cvm');
  assert.equal(finding.title, '实例编号找不到（测试用描述）', 'only a Chinese line was imported for this code');

  const decode = memoryIo({ env, stdin: [line] });
  assert.equal(await run(['decode', '-'], decode), 0);
  assert.match(decode.stdout.text, /imported from your SDK sources: tencentcloud-sdk-go: cvm 2017-03-12/);

  // Without the cache, the same line falls back to the family text.
  const bare = memoryIo({ env: { TCERR_DATA_DIR: temp() }, stdin: [line] });
  await run(['scan', '--json', '-'], bare);
  assert.equal(JSON.parse(bare.stdout.text).files[0].findings[0].source, 'fallback');
});

test('a folder without SDK lists is an error and leaves the cache alone; a broken cache only warns', async () => {
  const data = temp();
  const empty = temp();
  const io = memoryIo({ env: { TCERR_DATA_DIR: data } });
  assert.equal(await run(['catalog', 'import', empty], io), 2);
  assert.match(io.stderr.text, /no SDK error-code lists found/);
  assert.ok(!existsSync(join(data, 'sdk-codes.json')));

  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, 'sdk-codes.json'), '{broken');
  const scan = memoryIo({ env: { TCERR_DATA_DIR: data }, stdin: [`Code=InternalError, Message=x, RequestId=${R}`] });
  assert.equal(await run(['scan', '--json', '-'], scan), 1);
  assert.match(scan.stderr.text, /import cache: the import cache is not valid JSON/);
  assert.equal(JSON.parse(scan.stdout.text).files[0].findings[0].source, 'catalog');
});

test('--lang zh-CN gives Chinese catalog text in scan and decode; en stays English', async () => {
  const env = { TCERR_DATA_DIR: temp() };
  const line = `[TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=expired, RequestId=${R}`;
  const zh = memoryIo({ env, stdin: [line] });
  await run(['decode', '--lang', 'zh-CN', '-'], zh);
  assert.match(zh.stdout.text, /[\u4e00-\u9fff]/);
  assert.match(zh.stdout.text, /原因/);
  const en = memoryIo({ env, stdin: [line] });
  await run(['decode', '--lang', 'en', '-'], en);
  assert.doesNotMatch(en.stdout.text.split('Unwrapped payload')[0], /[\u4e00-\u9fff]/);
});

test('scan finds COS XML errors in .xml files and names the product', async () => {
  const dir = temp();
  const file = join(dir, 'response.xml');
  writeFileSync(file, `<?xml version="1.0"?>\n<Error>\n<Code>NoSuchBucket</Code>\n<Message>gone</Message>\n<RequestId>NjQ2YjE3ZTFfMzhiNTNhMDlfMjM2Y18xNjE0ZmI5</RequestId>\n</Error>\n`);
  const io = memoryIo({ env: { TCERR_DATA_DIR: temp() } });
  assert.equal(await run(['scan', '--json', file], io), 1);
  const f = JSON.parse(io.stdout.text).files[0].findings[0];
  assert.deepEqual([f.code, f.format, f.product, f.source, f.line], ['NoSuchBucket', 'cos-xml', 'cos', 'catalog', 3]);
});
