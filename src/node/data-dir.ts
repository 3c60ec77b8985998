// Where tcerr keeps per-user data (the SDK import cache) for the CLI. Never inside a project folder.
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * `TCERR_DATA_DIR` if set (tests use it), else the platform's user data folder:
 * `%APPDATA%\tcerr` on Windows, `~/Library/Application Support/tcerr` on macOS, `$XDG_DATA_HOME/tcerr` or
 * `~/.local/share/tcerr` elsewhere.
 */
export function userDataDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: string = process.platform,
  home: string = safeHome(),
): string {
  const explicit = env.TCERR_DATA_DIR?.trim();
  if (explicit) return explicit;
  if (platform === 'win32') return join(env.APPDATA?.trim() || join(home, 'AppData', 'Roaming'), 'tcerr');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'tcerr');
  const xdg = env.XDG_DATA_HOME?.trim();
  // The XDG spec ignores relative paths.
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.local', 'share'), 'tcerr');
}

function safeHome(): string {
  try {
    return homedir();
  } catch {
    return '.';
  }
}
