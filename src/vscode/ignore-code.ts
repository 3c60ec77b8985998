import * as vscode from 'vscode';
import { SETTING_KEYS } from './settings';

export type IgnoreScope = 'workspace' | 'user';

async function pickScope(code: string): Promise<IgnoreScope | undefined> {
  const items: (vscode.QuickPickItem & { scope: IgnoreScope })[] = [];
  if (vscode.workspace.workspaceFolders?.length) {
    items.push({ scope: 'workspace', label: vscode.l10n.t('This workspace'), description: vscode.l10n.t('Workspace settings (.vscode/settings.json)') });
  }
  items.push({ scope: 'user', label: vscode.l10n.t('Everywhere'), description: vscode.l10n.t('User settings') });
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Ignore {0}', code), placeHolder: vscode.l10n.t('Where should tcerr stop reporting this code?') });
  return picked?.scope;
}

/**
 * Adds `code` to `tcerr.exclude.codes` in the chosen settings scope (asks when not given). Writes only through
 * the configuration API, only on request; offers to undo. Resolves to the scope written, or undefined.
 */
export async function ignoreCode(code: string, scope?: IgnoreScope): Promise<IgnoreScope | undefined> {
  const chosen = scope === 'workspace' && !vscode.workspace.workspaceFolders?.length ? 'user' : (scope ?? (await pickScope(code)));
  if (!chosen) return undefined;
  const target = chosen === 'workspace' ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const config = vscode.workspace.getConfiguration();
  const inspected = config.inspect<unknown>(SETTING_KEYS.excludeCodes);
  const current = chosen === 'workspace' ? inspected?.workspaceValue : inspected?.globalValue;
  const list = Array.isArray(current) ? current.filter((c): c is string => typeof c === 'string') : [];
  if (!list.includes(code)) {
    await config.update(SETTING_KEYS.excludeCodes, [...list, code], target);
    const undo = vscode.l10n.t('Undo');
    const where = chosen === 'workspace' ? vscode.l10n.t('workspace settings') : vscode.l10n.t('user settings');
    void vscode.window.showInformationMessage(vscode.l10n.t('tcerr: {0} is now ignored ({1}).', code, where), undo).then(async (answer) => {
      if (answer === undo) await config.update(SETTING_KEYS.excludeCodes, current === undefined ? undefined : list, target);
    });
  }
  return chosen;
}
