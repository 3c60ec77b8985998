// `npm run test:vscode`: tcerr inside a real VS Code (code-server 4.100.3 = VS Code 1.100.3), offline.
// 1. apt packages and the pinned harness (test/vscode/harness) if missing;
// 2. the real .vsix (`npm run package`), installed into the server's extensions folder;
// 3. the mocha suite (test/vscode/suite) inside the extension host, against the installed extension;
// 4. one UI test in chromium: hover and Problems panel, with screenshots under test-results/vscode/.
// Env: TCERR_VSIX=path use this .vsix instead of packaging; TCERR_TEST_GREP=text run matching tests only;
//      TCERR_SKIP_UI=1 / TCERR_SKIP_EXTHOST=1 skip a part; TCERR_VERBOSE=1 more workbench output.
import fs from 'node:fs';
import path from 'node:path';
import { CACHE, FIXTURES, RESULTS, CATALOG_DIR, HARNESS, suiteEntry } from './lib/paths.mjs';
import { ensureAptPackages, ensureHarness } from './lib/setup.mjs';
import { timed, timingSummary, log } from './lib/proc.mjs';
import { prepareVsix } from './lib/vsix.mjs';
import { installVsix, startServer, stopServer, tail } from './lib/server.mjs';
import { runExtensionHostTests } from './lib/exthost.mjs';
import { checkOutputChannel } from './lib/output-channel.mjs';
import { runUiTest } from './lib/ui.mjs';

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => process.exit(130)); // 'exit' stops the servers

const RUN = path.join(CACHE, 'run');
const failures = [];
const t0 = performance.now();

async function withServer(name, opts, fn) {
  const server = await timed(`${name}: start code-server`, () => startServer(opts));
  try {
    return await fn(server);
  } catch (err) {
    console.error(`--- last lines of ${server.log} ---\n${tail(server.log)}`);
    throw err;
  } finally {
    await stopServer(server);
  }
}

try {
  await timed('apt packages', () => ensureAptPackages());
  await timed('harness install', () => ensureHarness());
  // Before packaging: without a .vscodeignore entry, old screenshots would ride along in the .vsix.
  fs.rmSync(RESULTS, { recursive: true, force: true });
  const vsix = await prepareVsix();
  const suite = suiteEntry();

  fs.rmSync(RUN, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });
  // Tests edit and save documents: give them a copy of the fixtures.
  const folder = path.join(RUN, 'workspace');
  fs.cpSync(FIXTURES, folder, { recursive: true });
  const extensionsDir = path.join(RUN, 'extensions');
  await timed('install .vsix', () => installVsix(vsix, path.join(RUN, 'install'), extensionsDir));

  if (!process.env.TCERR_SKIP_EXTHOST) {
    const state = path.join(RUN, 'exthost');
    const results = path.join(RESULTS, 'exthost-results.json');
    const env = {
      TCERR_HARNESS_DIR: HARNESS,
      TCERR_TEST_RESULTS: results,
      TCERR_EXPECT_EXTENSION_DIR: extensionsDir,
      TCERR_CATALOG_DIR: CATALOG_DIR,
      ...(process.env.TCERR_TEST_GREP ? { TCERR_TEST_GREP: process.env.TCERR_TEST_GREP } : {}),
    };
    await withServer('extension-host tests', { state, extensionsDir, folder, env }, async (server) => {
      const code = await timed('extension-host tests', () =>
        runExtensionHostTests({ server, suite, folder, stubDir: path.join(RUN, 'stub-extension'), verbose: !!process.env.TCERR_VERBOSE }));
      if (code !== 0) failures.push(`extension-host tests (details above; results in ${results})`);
      const problems = checkOutputChannel(server.userData);
      for (const p of problems) failures.push(`"tcerr" output channel: ${p}`);
      if (problems.length === 0) log('"tcerr" output channel: activated, no errors');
    });
  }

  if (!process.env.TCERR_SKIP_UI) {
    const state = path.join(RUN, 'ui');
    await withServer('UI test', { state, extensionsDir, folder }, async (server) => {
      const r = await timed('UI test (chromium)', () => runUiTest({ server, folder, out: RESULTS, catalogDir: CATALOG_DIR }));
      for (const f of r.failures) failures.push(`UI: ${f}`);
      for (const s of r.screenshots) log(`screenshot: ${path.relative(process.cwd(), s)}`);
    });
  }
} catch (err) {
  failures.push(err instanceof Error ? err.stack ?? err.message : String(err));
}

console.log(`\n[tcerr-vscode] timings\n${timingSummary()}\n  ${'total'.padEnd(34)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`);
if (failures.length > 0) {
  console.error(`\n[tcerr-vscode] FAILED (${failures.length}):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\n[tcerr-vscode] ALL VS CODE TESTS PASSED');
process.exit(0);
