// `npm run test:electron`: the same extension-host suite (test/vscode/suite) in desktop VS Code through
// @vscode/test-electron, at the engines.vscode minimum and at `stable`. It downloads VS Code, so it needs
// internet; offline it stops with a clear message (use `npm run test:vscode` there).
// Usage: npm run test:electron [-- <version>...]   e.g. -- 1.100.0 stable   (default: engines minimum + stable)
// Linux without a display: run it under `xvfb-run -a`.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, CACHE, FIXTURES, RESULTS, CATALOG_DIR, HARNESS, harnessImport, suiteEntry } from './lib/paths.mjs';
import { prepareVsix } from './lib/vsix.mjs';
import { ensureHarness } from './lib/setup.mjs';
import { run, timed, timingSummary, log } from './lib/proc.mjs';
import { writeStubExtension } from './lib/stub-extension.mjs';

const RUN = path.join(CACHE, 'electron-run');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const minimum = /(\d+\.\d+\.\d+)/.exec(manifest.engines?.vscode ?? '')?.[1];
const versions = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [minimum, 'stable'].filter(Boolean);

const NETWORK_ERRORS = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|TimeoutError|timed out/i;

function offlineHelp(version, err) {
  return [
    `could not download VS Code ${version}: ${err instanceof Error ? err.message : String(err)}`,
    'npm run test:electron downloads desktop VS Code (update.code.visualstudio.com) and needs internet.',
    'Offline, run the same suite in code-server instead: npm run test:vscode',
  ].join('\n  ');
}

const failures = [];
const t0 = performance.now();
try {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    log('warning: no DISPLAY; desktop VS Code needs one on Linux (run under `xvfb-run -a npm run test:electron`)');
  }
  await timed('harness install', () => ensureHarness());
  fs.rmSync(RESULTS, { recursive: true, force: true });
  const vsix = await prepareVsix();
  const suite = suiteEntry();
  const { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } = await harnessImport('@vscode/test-electron');

  for (const version of versions) {
    const dir = path.join(RUN, version);
    fs.rmSync(dir, { recursive: true, force: true });
    const folder = path.join(dir, 'workspace');
    fs.cpSync(FIXTURES, folder, { recursive: true });
    const extensionsDir = path.join(dir, 'extensions');
    const userDataDir = path.join(dir, 'user-data');

    let executable;
    try {
      executable = await timed(`VS Code ${version}: download`, () => downloadAndUnzipVSCode({ version, cachePath: path.join(CACHE, 'electron'), timeout: 15_000 }));
    } catch (err) {
      if (NETWORK_ERRORS.test(String(err?.stack ?? err))) {
        failures.push(offlineHelp(version, err));
        break; // the other versions would fail the same way
      }
      failures.push(`VS Code ${version}: download failed: ${err?.stack ?? err}`);
      continue;
    }
    try {
      // Install the packaged extension the way a user would, into this run's own extensions folder.
      const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(executable);
      await timed(`VS Code ${version}: install .vsix`, () =>
        run(cli, [...cliArgs, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'], { shell: process.platform === 'win32' }));
      await timed(`VS Code ${version}: extension-host tests`, () => runTests({
        vscodeExecutablePath: executable,
        // The empty development extension only switches on test mode; tcerr runs from the installed .vsix.
        extensionDevelopmentPath: writeStubExtension(path.join(dir, 'stub-extension')),
        extensionTestsPath: suite,
        launchArgs: [folder, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--disable-workspace-trust',
          '--skip-welcome', '--skip-release-notes', '--disable-telemetry', '--disable-updates'],
        extensionTestsEnv: {
          TCERR_HARNESS_DIR: HARNESS,
          TCERR_TEST_RESULTS: path.join(RESULTS, `electron-${version}-results.json`),
          TCERR_EXPECT_EXTENSION_DIR: extensionsDir,
          TCERR_CATALOG_DIR: CATALOG_DIR,
          ...(process.env.TCERR_TEST_GREP ? { TCERR_TEST_GREP: process.env.TCERR_TEST_GREP } : {}),
        },
      }));
    } catch (err) {
      failures.push(`VS Code ${version}: ${err?.message ?? err}`);
    }
  }
} catch (err) {
  failures.push(err?.stack ?? String(err));
}

console.log(`\n[tcerr-vscode] timings\n${timingSummary()}\n  ${'total'.padEnd(34)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`);
if (failures.length > 0) {
  console.error(`\n[tcerr-vscode] test:electron FAILED (${failures.length}):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`\n[tcerr-vscode] extension-host tests passed in desktop VS Code ${versions.join(', ')}`);
