// Debian chromium driven by playwright-core, with everything that would reach the network switched off.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { harnessImport } from './paths.mjs';
import { CHROMIUM } from './setup.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-default-apps', '--disable-extensions'];

/** Launches a throwaway chromium profile; `close()` also deletes it. */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = await harnessImport('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tcerr-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport, args: ARGS });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
