// code-server (VS Code 1.100 server + web workbench) on 127.0.0.1, in its own process group, with every
// piece of state in one folder. stopServer() ends the whole group (extension host, file watcher, pty host).
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { HARNESS_MODULES } from './paths.mjs';
import { log, waitFor } from './proc.mjs';

const ENTRY = () => path.join(HARNESS_MODULES, 'code-server', 'out', 'node', 'entry.js');

// No trust prompt, welcome page, telemetry, update checks or git; hovers show quickly.
const SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'editor.hover.delay': 100,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'chat.commandCenter.enabled': false,
};

/** A free loopback port: concurrent runs (a developer's and CI's) must not collide. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function dirs(state) {
  return { config: path.join(state, 'config.yaml'), userData: path.join(state, 'user-data'), log: path.join(state, 'server.log') };
}

/** Installs a .vsix into `extensionsDir` the way a user would (`--install-extension`). */
export function installVsix(vsix, state, extensionsDir) {
  const d = dirs(state);
  fs.mkdirSync(d.userData, { recursive: true });
  execFileSync(process.execPath, [ENTRY(), '--user-data-dir', d.userData, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, XDG_CONFIG_HOME: state, XDG_DATA_HOME: state } });
}

const running = new Set();

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

// Last resort if the runner dies between start and stop: never leave a server behind.
process.on('exit', () => {
  for (const pid of running) killGroup(pid, 'SIGKILL');
});

/**
 * Starts code-server on a free loopback port and waits for /healthz. `env` reaches the extension host
 * (it inherits the server's environment).
 */
export async function startServer({ state, extensionsDir, folder, env = {} }) {
  const d = dirs(state);
  fs.mkdirSync(path.join(d.userData, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(d.userData, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  const port = await freePort();
  fs.writeFileSync(d.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const out = fs.openSync(d.log, 'a');
  const child = spawn(process.execPath, [ENTRY(), '--config', d.config, '--user-data-dir', d.userData, '--extensions-dir', extensionsDir,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--disable-file-downloads', folder], {
    // detached = setsid(): the server and all its children form one process group we can end together.
    detached: true,
    stdio: ['ignore', out, out],
    // XDG_*: code-server must not write under the real home directory.
    env: { ...process.env, XDG_CONFIG_HOME: state, XDG_DATA_HOME: state, ...env },
  });
  fs.closeSync(out);
  running.add(child.pid);
  let exited = null;
  child.once('exit', (code, signal) => { exited = code ?? signal; });
  const base = `http://127.0.0.1:${port}`;
  const server = { pid: child.pid, base, port, state, userData: d.userData, log: d.log };
  try {
    await waitFor(`code-server on ${base}/healthz`, async () => {
      if (exited !== null) throw new Error(`code-server exited (${exited}) before it was ready:\n${tail(d.log)}`);
      try {
        return (await fetch(`${base}/healthz`)).ok;
      } catch {
        return false;
      }
    }, 60_000);
  } catch (err) {
    await stopServer(server);
    throw err;
  }
  return server;
}

export async function stopServer(server) {
  if (!server || !running.has(server.pid)) return;
  killGroup(server.pid, 'SIGTERM');
  try {
    await waitFor('the code-server process group to exit', () => !killGroup(server.pid, 0), 5_000);
  } catch {
    log('code-server ignored SIGTERM; killing its process group');
    killGroup(server.pid, 'SIGKILL');
  }
  running.delete(server.pid);
}

export function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
