// extensionTestsPath entry: VS Code's extension host calls run() and treats a rejection as a failed run.
// Shared by both runners (code-server and @vscode/test-electron).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

interface MochaRunner {
  on(event: 'pass', fn: (test: { fullTitle(): string; duration?: number }) => void): MochaRunner;
  on(event: 'fail', fn: (test: { fullTitle(): string }, err: unknown) => void): MochaRunner;
}
interface MochaInstance {
  addFile(file: string): void;
  run(done: (failures: number) => void): MochaRunner;
}
type MochaCtor = new (options: Record<string, unknown>) => MochaInstance;

/** mocha comes from the test harness (TCERR_HARNESS_DIR), which is not a dependency of the extension. */
function loadMocha(): MochaCtor {
  const harness = process.env.TCERR_HARNESS_DIR;
  const req = harness ? createRequire(path.join(harness, 'package.json')) : require;
  return req('mocha') as MochaCtor;
}

export function run(): Promise<void> {
  const Mocha = loadMocha();
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, grep: process.env.TCERR_TEST_GREP });
  // Activation first: it is what every other file relies on.
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort((a, b) => Number(b.startsWith('activation')) - Number(a.startsWith('activation')) || a.localeCompare(b));
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  const results: { passes: string[]; failures: { title: string; error: string }[] } = { passes: [], failures: [] };
  return new Promise((resolve, reject) => {
    mocha
      .run((failures) => {
        const out = process.env.TCERR_TEST_RESULTS;
        if (out) {
          fs.mkdirSync(path.dirname(out), { recursive: true });
          fs.writeFileSync(out, JSON.stringify(results, null, 2));
        }
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
        else if (results.passes.length === 0) reject(new Error('no extension-host tests ran'));
        else resolve();
      })
      .on('pass', (t) => results.passes.push(t.fullTitle()))
      .on('fail', (t, err) => results.failures.push({ title: t.fullTitle(), error: err instanceof Error ? (err.stack ?? err.message) : String(err) }));
  });
}
