// No regular expression that sees file text may backtrack catastrophically. Every regex literal and every
// `new RegExp(...)` in src/engine and src/cli is found by parsing the sources (so a new one is checked without
// anyone listing it), built the way the module builds it, and checked by recheck (ReDoS analysis).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { repoRoot } from './helpers/hostile';

const root = repoRoot();
// Loaded at run time, not bundled: the TypeScript compiler and recheck are big, and recheck finds its native
// binary next to its own package.
const req = createRequire(join(root, 'package.json'));
type TS = typeof import('typescript');
const ts: TS = req('typescript');

function nativeBackendAvailable(): boolean {
  const os = ({ linux: 'linux', darwin: 'macos', win32: 'windows' } as Record<string, string>)[process.platform];
  try {
    req.resolve(`recheck-${os}-${process.arch}/package.json`);
    return true;
  } catch {
    return false;
  }
}
// The native agent ships inside an npm package (nothing is downloaded at run time); without it, the pure
// JavaScript backend gives the same answers, only slower. Never the Java one (JVM start-up, may be absent).
process.env.RECHECK_BACKEND = nativeBackendAvailable() ? 'native' : 'pure';
const recheck: typeof import('recheck') = req('recheck');

interface Found {
  where: string;
  source: string;
  flags: string;
}

type Node = import('typescript').Node;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(root, dir, f));
}

/**
 * Builds a `new RegExp(...)` argument the way its module does: identifiers it uses are the module's top-level
 * constants, or constants imported from a sibling module, evaluated the same way (recursively).
 */
class ConstResolver {
  private readonly files = new Map<string, { sf: import('typescript').SourceFile; consts: Map<string, Node>; imports: Map<string, { from: string; name: string }> }>();
  private readonly values = new Map<string, unknown>();

  private load(file: string) {
    let entry = this.files.get(file);
    if (entry) return entry;
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const consts = new Map<string, Node>();
    const imports = new Map<string, { from: string; name: string }>();
    for (const st of sf.statements) {
      if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
      } else if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && st.moduleSpecifier.text.startsWith('.')) {
        const bindings = st.importClause?.namedBindings;
        const from = join(dirname(file), `${st.moduleSpecifier.text}.ts`);
        if (bindings && ts.isNamedImports(bindings)) {
          for (const el of bindings.elements) imports.set(el.name.text, { from, name: (el.propertyName ?? el.name).text });
        }
      }
    }
    entry = { sf, consts, imports };
    this.files.set(file, entry);
    return entry;
  }

  value(file: string, name: string): unknown {
    const key = `${file}#${name}`;
    if (this.values.has(key)) return this.values.get(key);
    const { consts, imports } = this.load(file);
    const init = consts.get(name);
    let value: unknown;
    if (init) value = this.evaluate(file, init);
    else if (imports.has(name)) value = this.value(imports.get(name)!.from, imports.get(name)!.name);
    else throw new Error(`${relative(root, file)}: ${name} is not a top-level constant`);
    this.values.set(key, value);
    return value;
  }

  evaluate(file: string, expr: Node): unknown {
    const names = new Set<string>();
    const visit = (n: Node): void => {
      if (ts.isIdentifier(n) && !(n.parent && ts.isPropertyAccessExpression(n.parent) && n.parent.name === n)) {
        if (!(n.text in globalThis)) names.add(n.text);
      }
      ts.forEachChild(n, visit);
    };
    visit(expr);
    const list = [...names];
    const args = list.map((n) => this.value(file, n));
    const js = ts.transpile(`(${expr.getText()})`, { target: ts.ScriptTarget.ES2022 }).trim().replace(/;$/, '');
    return new Function(...list, `return ${js};`)(...args);
  }
}

const resolver = new ConstResolver();

function collect(file: string): Found[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: Found[] = [];
  const where = (node: Node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText();
      const slash = literal.lastIndexOf('/');
      out.push({ where: where(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp' && node.arguments?.length) {
      const [sourceArg, flagsArg] = node.arguments;
      let source: unknown;
      let flags: unknown = '';
      try {
        source = resolver.evaluate(file, sourceArg);
        if (flagsArg) flags = resolver.evaluate(file, flagsArg);
      } catch {
        // Built at run time from a function's own values (user settings, globs): reviewed by hand, see DYNAMIC.
        dynamic.push(where(node).replace(/:\d+$/, ''));
        ts.forEachChild(node, visit);
        return;
      }
      assert.equal(typeof source, 'string', `${where(node)}: pattern is a string`);
      out.push({ where: where(node), source: source as string, flags: String(flags) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const dynamic: string[] = [];
const found = [...sourceFiles('src/engine'), ...sourceFiles('src/cli')].flatMap(collect);

/**
 * Files that build regexes from run-time values, so no static check can see them. Each was reviewed: noise.ts
 * turns the user's own `*` globs and exclude patterns into regexes (the user's settings, not file text, shape
 * them, and the codes they run on are at most a few hundred characters); anchored-regex.ts rebuilds a detector's
 * regex, itself checked here where it is written, with the sticky flag (recheck treats `g` and `y` alike: every
 * attempt is anchored). A new file here needs the same review.
 */
const DYNAMIC = ['src/engine/anchored-regex.ts', 'src/engine/noise.ts'];

/**
 * Polynomial (never exponential) patterns accepted because their input is short by construction; each entry
 * says where the bound comes from. Anything exponential, or polynomial on unbounded text, fails the test.
 */
const BOUNDED_INPUT: { file: string; source: string; why: string }[] = [
  { file: 'src/engine/detect-json.ts', source: String.raw`"RequestId"[ \t\r\n]*:[ \t\r\n]*"([^"\\]{1,128})"[ \t\r\n]*,?[ \t\r\n]*$`, why: 'runs on the 300 characters before an Error key' },
  { file: 'src/engine/detect-xml.ts', source: '=+$', why: 'runs on a RequestId already checked to be at most 128 characters' },
  { file: 'src/engine/sdk-import/common.ts', source: String.raw`@v[0-9][^\\/]*$`, why: 'runs on one folder name of a path from the file system' },
];

test('regexes built from run-time values are only in reviewed files', () => {
  assert.deepEqual([...new Set(dynamic)].sort(), DYNAMIC);
});

test('the sources hold the regexes this test is meant to check', () => {
  assert.ok(found.length >= 40, `found ${found.length}`);
  for (const f of found) assert.doesNotThrow(() => new RegExp(f.source, f.flags), f.where);
  assert.ok(found.some((f) => f.source.includes('[A-Z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+){0,3}')), 'templates built from CODE are evaluated');
});

// The full analysis takes about a minute (recheck is thorough, and serial), so it runs as its own script,
// `npm run test:redos` (CI runs it); the default unit run still checks that every regex can be found and built.
const RUN_RECHECK = process.env.npm_lifecycle_event === 'test:redos' || process.env.TCERR_RECHECK === '1';

test('every regex in src/engine and src/cli is safe from catastrophic backtracking (recheck)', { timeout: 900_000, skip: RUN_RECHECK ? false : 'run with npm run test:redos' }, async () => {
  const unsafe: string[] = [];
  // The native agent answers requests concurrently; one at a time takes a minute.
  await Promise.all(
    found.map(async (f) => {
      // `g` only changes where the next search starts; `y` anchors every attempt, which recheck takes into account.
      // Step limits only, no time limits: under load a time limit turns into a different (flaky) verdict.
      const result = await recheck.check(f.source, f.flags.replace(/g/g, ''), { timeout: null, incubationTimeout: null, attackTimeout: null, recallTimeout: null });
      const bounded = BOUNDED_INPUT.find((b) => f.where.startsWith(b.file) && b.source === f.source);
      if (result.status === 'vulnerable' && result.complexity.type === 'polynomial' && bounded) return;
      if (result.status !== 'safe') {
        const detail = result.status === 'vulnerable' ? `${result.complexity.type}, attack ${JSON.stringify(result.attack.pattern)}` : result.status;
        unsafe.push(`${f.where} /${f.source}/${f.flags}: ${detail}`);
      }
    }),
  );
  unsafe.sort();
  assert.deepEqual(unsafe, [], `${found.length} regexes checked`);
});
