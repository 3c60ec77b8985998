import * as vscode from 'vscode';
import { countBySeverity, statusBarText } from '../engine/finding-groups';
import { toOneLine, truncate } from '../engine/render-markdown';
import { COMMANDS } from './commands';
import type { FindingsStore, StoredFinding } from './findings-store';

const SEVERITY_ICON = { error: '$(error)', warning: '$(warning)', information: '$(info)', hint: '$(info)' } as const;

/** The count of reported errors in the active file (errors first); hidden when it has none. */
export class ErrorsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('tcerr.status', vscode.StatusBarAlignment.Left, -100);
  private readonly listeners: vscode.Disposable[];

  constructor(private readonly store: FindingsStore) {
    this.item.name = vscode.l10n.t('tcerr: Tencent Cloud API errors');
    this.item.command = COMMANDS.goToError.id;
    this.listeners = [store.onDidChange(() => this.update()), vscode.window.onDidChangeActiveTextEditor(() => this.update())];
    this.update();
  }

  /** The text shown ('' when hidden); tests read it through the extension's API. */
  text(): string {
    const uri = vscode.window.activeTextEditor?.document.uri;
    return uri ? statusBarText(countBySeverity(this.store.get(uri))) : '';
  }

  private update(): void {
    const text = this.text();
    if (text === '') {
      this.item.hide();
      return;
    }
    this.item.text = text;
    this.item.tooltip = vscode.l10n.t('Tencent Cloud API errors in this file. Click to go to one.');
    this.item.show();
  }

  dispose(): void {
    for (const l of this.listeners) l.dispose();
    this.item.dispose();
  }
}

/** `tcerr.goToError`: a quick pick of the active file's reported errors; picking one moves the cursor there. */
export async function goToError(store: FindingsStore): Promise<StoredFinding | undefined> {
  const editor = vscode.window.activeTextEditor;
  const items = editor ? store.get(editor.document.uri) : [];
  if (!editor || items.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('tcerr: no Tencent Cloud API errors in this file.'));
    return undefined;
  }
  const picks = items.map((stored) => ({
    stored,
    label: `${SEVERITY_ICON[stored.severity]} ${truncate(toOneLine(stored.finding.code ?? vscode.l10n.t('(no error code)')), 120)}`,
    description: vscode.l10n.t('Ln {0}', stored.range.start.line + 1),
    detail: truncate(toOneLine([stored.explanation?.title, stored.finding.message].filter(Boolean).join(' — ')), 200),
  }));
  const picked = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('Tencent Cloud API errors in this file'), matchOnDescription: true, matchOnDetail: true });
  if (!picked) return undefined;
  editor.selection = new vscode.Selection(picked.stored.range.start, picked.stored.range.end);
  editor.revealRange(picked.stored.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return picked.stored;
}
