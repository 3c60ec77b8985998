// Runs the compiled mocha suite INSIDE code-server's Node extension host, like @vscode/test-electron does for
// desktop VS Code. The web workbench takes extensionDevelopmentPath/extensionTestsPath from its `payload` URL
// parameter; the browser only hosts the workbench, while the extension and the tests run in the server.
import { format } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { log } from './proc.mjs';
import { writeStubExtension } from './stub-extension.mjs';

// Workbench chatter and offline marketplace lookups, not test output.
const NOISE = /open-vsx\.org|ENOTFOUND|connection token|^Creating a socket|builtin extensions cache|\[Service Worker\]|ChatSessionStore/;

/** Resolves to the suite's exit code (0 = all passed). */
export async function runExtensionHostTests({ server, suite, folder, stubDir, timeoutMs = 300_000, verbose = false }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(writeStubExtension(stubDir))],
    ['extensionTestsPath', remote(suite)],
    ['skipWelcome', 'true'],
  ]);
  const url = `${server.base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;
  const browser = await launchBrowser();
  try {
    let finish;
    const exited = new Promise((resolve) => { finish = resolve; });
    // The workbench reports the extension host's console and the tests' result through these hooks.
    await browser.page.exposeFunction('codeAutomationLog', (type, args) => {
      // mocha's reporter logs printf-style ('%s) %s:'); the workbench forwards the raw arguments.
      const line = format(...(args ?? []));
      if (!verbose && NOISE.test(line)) return;
      console.log(type === 'error' ? `[exthost:error] ${line}` : line);
    });
    await browser.page.exposeFunction('codeAutomationExit', (code) => finish(code));
    browser.page.on('pageerror', (e) => verbose && console.log(`[workbench] ${e.message}`));
    browser.page.on('crash', () => finish('the workbench page crashed'));
    const timer = setTimeout(() => finish(`timeout: no result after ${timeoutMs / 1000} s`), timeoutMs);
    await browser.page.goto(url);
    const code = await exited;
    clearTimeout(timer);
    if (code !== 0) log(`extension-host tests failed: exit ${code}`);
    return code === 0 ? 0 : 1;
  } finally {
    await browser.close();
  }
}
