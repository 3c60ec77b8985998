import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledCatalog, createCatalog, readableDetail, retryLabel, RETRY_LABELS } from '../../src/engine/catalog';
import type { CatalogEntry, RetryAdvice } from '../../src/engine/types';

const catalog = bundledCatalog();

function entry(code: string, product: string | undefined, title: string, zh = true): CatalogEntry {
  const text = { title, explanation: `${title} explained`, remediation: ['step one', 'step two'] };
  return {
    code,
    ...(product ? { product } : {}),
    origin: 'server',
    category: 'parameter',
    retry: 'fix-first',
    docs: { en: `https://example.com/${title}` },
    text: zh ? { en: text, 'zh-CN': { ...text, title: `${title}（中文）` } } : { en: text },
  };
}

test('exact common code explains from the catalog in both languages', () => {
  const en = catalog.explain('AuthFailure.SignatureExpire', { language: 'en' });
  assert.equal(en.source, 'catalog');
  assert.equal(en.matchedCode, 'AuthFailure.SignatureExpire');
  assert.equal(en.detail, null);
  assert.equal(en.category, 'auth');
  assert.equal(en.language, 'en');
  assert.match(en.docs, /^https:\/\//);
  const zh = catalog.explain('AuthFailure.SignatureExpire', { language: 'zh-CN' });
  assert.equal(zh.language, 'zh-CN');
  assert.match(zh.title, /[\u4e00-\u9fff]/);
  assert.match(zh.docs, /^https:\/\/cloud\.tencent\.com\//);
});

test('retry advice follows the facts for key common codes', () => {
  const expected: Record<string, RetryAdvice> = {
    RequestLimitExceeded: 'retry-backoff',
    'RequestLimitExceeded.UinLimitExceeded': 'retry-backoff',
    InternalError: 'retry-backoff',
    ServiceUnavailable: 'retry-backoff',
    'AuthFailure.SignatureFailure': 'fix-first',
    InvalidParameterValue: 'fix-first',
    ResourceInUse: 'poll-then-retry',
    DryRunOperation: 'not-an-error',
  };
  for (const [code, retry] of Object.entries(expected)) assert.equal(catalog.explain(code).retry, retry, code);
  assert.equal(catalog.explain('DryRunOperation').category, 'dryrun');
});

test('unknown tail falls back to the first segment with a readable detail', () => {
  const e = catalog.explain('InvalidParameterValue.InstanceIdMalformed', { language: 'en' });
  assert.equal(e.source, 'fallback');
  assert.equal(e.matchedCode, 'InvalidParameterValue');
  assert.equal(e.detail, 'instance id malformed');
  assert.equal(e.code, 'InvalidParameterValue.InstanceIdMalformed');
  assert.equal(e.category, 'parameter');
});

test('fallback uses the longest known prefix', () => {
  const e = catalog.explain('AuthFailure.SignatureExpire.Extra');
  assert.equal(e.matchedCode, 'AuthFailure.SignatureExpire');
  assert.equal(e.detail, 'extra');
});

test('fallback covers segments that are not common codes (OperationDenied, ResourcesSoldOut)', () => {
  assert.equal(catalog.explain('ResourcesSoldOut.EipInsufficient').matchedCode, 'ResourcesSoldOut');
  const denied = catalog.explain('OperationDenied.InstanceOperationInProgress');
  assert.equal(denied.matchedCode, 'OperationDenied');
  assert.equal(denied.retry, 'poll-then-retry', 'an in-progress tail means waiting helps');
  assert.equal(catalog.explain('OperationDenied.AccountNotVerified').retry, 'fix-first');
});

test('Chinese fallback text is not followed by the English words of the code', () => {
  const zh = catalog.explain('OperationDenied.InstanceOperationInProgress', { language: 'zh-CN' });
  assert.equal(zh.matchedCode, 'OperationDenied');
  assert.match(zh.title, /[\u4e00-\u9fff]/);
  assert.equal(zh.detail, null);
  assert.equal(zh.retry, 'poll-then-retry', 'the tail still decides the retry advice');
  assert.equal(catalog.explain('OperationDenied.InstanceOperationInProgress', { language: 'en' }).detail, 'instance operation in progress');
  // An entry with English text only keeps the detail beside it, even for a Chinese reader.
  const c = createCatalog([entry('OnlyEnglish', undefined, 'english', false)]);
  assert.equal(c.explain('OnlyEnglish.SomeTail', { language: 'zh-CN' }).detail, 'some tail');
});

test('readable detail handles underscores, ALL-CAPS parts and three segments', () => {
  assert.equal(readableDetail('InstanceIdMalformed'), 'instance id malformed');
  assert.equal(readableDetail('INSTANCE_NOT_FOUND'), 'instance not found');
  assert.equal(readableDetail('CDBInfoNotFound'), 'CDB info not found');
  assert.equal(readableDetail('TKEPreconditionNotFound'), 'TKE precondition not found');
  assert.equal(readableDetail('Ipv6AddressNotFound'), 'ipv6 address not found');
  assert.equal(readableDetail('Domain.UnExist'), 'domain: un exist');
  assert.equal(readableDetail('invalid_zone'), 'invalid zone');
  assert.equal(readableDetail(''), null);
  assert.equal(readableDetail('..__..'), null);
  const e = catalog.explain('FailedOperation.DeleteTrigger.UrlUsed');
  assert.equal(e.matchedCode, 'FailedOperation');
  assert.equal(e.detail, 'delete trigger: url used');
});

test('unknown codes get a generic explanation, legacy-looking numbers are legacy', () => {
  const e = catalog.explain('TotallyMadeUpCode', { language: 'zh-CN' });
  assert.equal(e.source, 'fallback');
  assert.equal(e.category, 'unknown');
  assert.equal(e.matchedCode, 'TotallyMadeUpCode');
  assert.match(e.title, /[\u4e00-\u9fff]/);
  assert.ok(e.remediation.length >= 2);
  assert.equal(catalog.explain('987654').origin, 'legacy');
  assert.equal(catalog.explain('Made.Up').category, 'unknown');
});

test('explain never throws on odd input', () => {
  const lone = 'FailedOperation.\uD800Bad\uDC00';
  const odd: unknown[] = ['', '....', '.', 'x'.repeat(10_000), 'FailedOperation.' + 'A'.repeat(10_000), lone, '\uD800', ' InternalError ',
    '__proto__', 'constructor', 'toString', 'hasOwnProperty', '\u0000\u001b[31m', 'FailedOperation..Foo', '.FailedOperation',
    null, undefined, 42, {}, Object.create(null)];
  for (const code of odd) {
    for (const language of ['en', 'zh-CN', 'fr'] as const) {
      const e = catalog.explain(code as string, { language: language as 'en', product: code as string });
      assert.equal(typeof e.title, 'string');
      assert.ok(e.title.length > 0);
      assert.ok(Array.isArray(e.remediation));
      assert.match(e.docs, /^https:\/\//);
    }
  }
  assert.equal(catalog.explain('__proto__').category, 'unknown');
  assert.equal(catalog.explain(' InternalError ').matchedCode, 'InternalError');
  const longTail = catalog.explain('FailedOperation.' + 'Ab'.repeat(5000));
  assert.ok(longTail.detail === null || longTail.detail.length <= 200);
  const withSurrogate = catalog.explain(lone);
  assert.equal(withSurrogate.matchedCode, 'FailedOperation');
  assert.ok(withSurrogate.detail === null || !/[\uD800-\uDFFF]/.test(withSurrogate.detail));
});

test('product-scoped entries win when the product matches', () => {
  const c = createCatalog([
    entry('InvalidParameter', undefined, 'common'),
    entry('InvalidParameter', 'emr', 'emr'),
    entry('InvalidParameter.Only', 'cvm', 'cvm-only'),
    entry('InvalidParameter.Only', 'cbs', 'cbs-only'),
  ]);
  assert.equal(c.lookup('InvalidParameter')?.text.en.title, 'common');
  assert.equal(c.lookup('InvalidParameter', 'emr')?.text.en.title, 'emr');
  assert.equal(c.lookup('InvalidParameter', ' EMR ')?.text.en.title, 'emr');
  assert.equal(c.lookup('InvalidParameter', 'vpc')?.text.en.title, 'common');
  // No product: no product's entry answers; the family text stands in and names the products that define the code.
  assert.equal(c.lookup('InvalidParameter.Only'), null);
  const unknown = c.explain('InvalidParameter.Only');
  assert.equal(unknown.title, 'common');
  assert.equal(unknown.detail, 'only');
  assert.deepEqual(unknown.definedBy, ['cbs', 'cvm']);
  assert.equal(c.explain('InvalidParameter.Only', { product: 'cvm' }).title, 'cvm-only');
  assert.equal(c.explain('InvalidParameter.Only', { product: 'cvm' }).definedBy, undefined);
  // A different product must not borrow another product's meaning.
  assert.equal(c.lookup('InvalidParameter.Only', 'vpc'), null);
  assert.equal(c.explain('InvalidParameter.Only', { product: 'vpc' }).matchedCode, 'InvalidParameter');
  assert.equal(c.explain('InvalidParameter.Other', { product: 'emr' }).title, 'emr');
  assert.deepEqual(c.productsDefining('InvalidParameter.Only'), ['cbs', 'cvm']);
  assert.deepEqual(c.productsDefining('InvalidParameter'), ['emr']);
  assert.deepEqual(c.productsDefining('Nope'), []);
});

test('zh-CN falls back to English text when an entry has no Chinese', () => {
  const c = createCatalog([entry('OnlyEnglish', undefined, 'english', false)]);
  const e = c.explain('OnlyEnglish', { language: 'zh-CN' });
  assert.equal(e.title, 'english');
  assert.equal(e.language, 'en');
  assert.equal(e.docs, 'https://example.com/english');
});

test('createCatalog keeps the first of duplicate keys and skips malformed entries', () => {
  const c = createCatalog([
    entry('Dup', undefined, 'first'),
    entry('Dup', undefined, 'second'),
    { code: '' } as unknown as CatalogEntry,
    null as unknown as CatalogEntry,
  ]);
  assert.equal(c.lookup('Dup')?.text.en.title, 'first');
  assert.equal(c.entries().length, 1);
  assert.equal(createCatalog(undefined as unknown as CatalogEntry[]).entries().length, 0);
});

test('each call builds an independent catalog and explanations are copies', () => {
  const a = bundledCatalog();
  const b = bundledCatalog();
  assert.notEqual(a, b);
  const e = a.explain('InternalError');
  e.remediation.push('mutated');
  assert.ok(!a.explain('InternalError').remediation.includes('mutated'));
});

test('retry labels exist in both languages', () => {
  for (const advice of Object.keys(RETRY_LABELS) as RetryAdvice[]) {
    assert.ok(retryLabel(advice, 'en').length > 0);
    assert.match(retryLabel(advice, 'zh-CN'), /[\u4e00-\u9fff]/);
  }
  assert.equal(retryLabel('retry-backoff', 'en'), 'Retry with backoff');
});

test('EMR codes are product-scoped and win for product emr', () => {
  const scoped = catalog.explain('ResourceInUse.InstanceInProcess', { product: 'emr' });
  assert.equal(scoped.source, 'catalog');
  assert.equal(scoped.retry, 'poll-then-retry');
  // The bare InternalError stays the common entry without a product, the EMR one with it.
  assert.equal(catalog.lookup('InternalError')?.product, undefined);
  assert.equal(catalog.lookup('InternalError', 'emr')?.product, 'emr');
  // An unknown EMR tail falls back to EMR's own segment entry.
  const fallback = catalog.explain('InvalidParameter.InvalidSomethingNew', { product: 'emr' });
  assert.equal(fallback.matchedCode, 'InvalidParameter');
  assert.equal(fallback.detail, 'invalid something new');
  assert.match(fallback.docs, /1026|589/);
  // Without a product, an EMR-only code gets the family's meaning and says that EMR defines it.
  assert.equal(catalog.lookup('InternalError.CamCgwError'), null);
  assert.deepEqual(catalog.productsDefining('InternalError.CamCgwError'), ['emr']);
  const unscoped = catalog.explain('InternalError.CamCgwError');
  assert.equal(unscoped.matchedCode, 'InternalError');
  assert.deepEqual(unscoped.definedBy, ['emr']);
  // With another product it must not borrow EMR's meaning.
  assert.equal(catalog.explain('InternalError.CamCgwError', { product: 'cvm' }).matchedCode, 'InternalError');
});

test('client and legacy codes resolve with their origin', () => {
  assert.equal(catalog.explain('ClientError.NetworkError').origin, 'client');
  assert.equal(catalog.explain('ClientError.SomethingElse').matchedCode, 'ClientError');
  const legacy = catalog.explain('4100', { language: 'zh-CN' });
  assert.equal(legacy.origin, 'legacy');
  assert.equal(legacy.source, 'catalog');
  assert.equal(catalog.explain('NoSuchKey', { product: 'cos' }).category, 'resource');
});

test('common CVM, VPC and CBS codes outside the common list get their family\'s guidance, not the unknown text', () => {
  const unknownTitle = catalog.explain('Totally.Unknown', { language: 'en' }).title;
  const expected: Record<string, string> = {
    'InvalidInstanceId.NotFound': 'InvalidInstanceId',
    'InvalidInstanceId.Malformed': 'InvalidInstanceId',
    'InvalidZone.MismatchRegion': 'InvalidZone',
    'InvalidImageId.NotFound': 'InvalidImageId',
    'InvalidSecurityGroupId.NotFound': 'InvalidSecurityGroupId',
    'InvalidSecurityGroupID.Malformed': 'InvalidSecurityGroupID',
    'InvalidAccount.InsufficientBalance': 'InvalidAccount',
    'InvalidInstance.NotSupported': 'InvalidInstance',
    'InvalidVpcId.NotFound': 'InvalidVpcId',
    'InvalidDisk.Busy': 'InvalidDisk',
    'InvalidAddressId.Blocked': 'InvalidAddressId',
    'MutexOperation.TaskRunning': 'MutexOperation',
    'DidFailedOperation.DidNotExisted': 'DidFailedOperation',
  };
  for (const [code, family] of Object.entries(expected)) {
    for (const language of ['en', 'zh-CN'] as const) {
      const e = catalog.explain(code, { language });
      assert.equal(e.matchedCode, family, code);
      assert.equal(e.source, 'fallback', code);
      assert.notEqual(e.category, 'unknown', code);
      assert.notEqual(e.title, unknownTitle, code);
      assert.doesNotMatch(e.title, /not in the tcerr catalog|目录中没有/, code);
    }
  }
  assert.equal(catalog.explain('InvalidZone.MismatchRegion', { language: 'en' }).detail, 'mismatch region');
  // Waiting helps for a busy disk or a task already running; not for a missing instance.
  assert.equal(catalog.explain('InvalidDisk.Busy').retry, 'poll-then-retry');
  assert.equal(catalog.explain('MutexOperation.TaskRunning').retry, 'poll-then-retry');
  assert.equal(catalog.explain('InvalidInstanceId.NotFound').retry, 'fix-first');
  assert.equal(catalog.explain('InternalServerError').retry, 'retry-backoff');
});
