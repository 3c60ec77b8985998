import * as vscode from 'vscode';
import { groupFindings, type FindingGroup, type Grouping } from '../engine/finding-groups';
import { toOneLine, truncate } from '../engine/render-markdown';
import type { Severity } from '../engine/types';
import { COMMANDS } from './commands';
import type { FindingsStore, StoredFinding } from './findings-store';

export const ERRORS_VIEW_ID = 'tcerr.errors';
export const GROUPING_CONTEXT_KEY = 'tcerr.errors.grouping';

type Node = { kind: 'group'; group: FindingGroup<StoredFinding>; by: Grouping } | { kind: 'finding'; item: StoredFinding; by: Grouping };

/** What the view shows, as plain data (tests read it through the extension's API). */
export interface ViewSnapshot {
  grouping: Grouping;
  groups: { label: string; description: string; children: { label: string; description: string }[] }[];
}

const MAX_DESCRIPTION_CHARS = 120;

function severityIcon(severity: Severity): vscode.ThemeIcon {
  switch (severity) {
    case 'error':
      return new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
    case 'warning':
      return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
    default:
      return new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground'));
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString(true);
}

/** Tree items show file text as plain labels (no Markdown), cut to one short line. */
function plain(text: string | null | undefined, max = MAX_DESCRIPTION_CHARS): string {
  return typeof text === 'string' ? truncate(toOneLine(text), max) : '';
}

/** "Tencent Cloud Errors": every reported error of open documents and of the last workspace scan, grouped by code or RequestId. */
export class ErrorsViewProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private grouping: Grouping = 'code';
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly listener: vscode.Disposable;

  constructor(private readonly store: FindingsStore) {
    this.listener = store.onDidChange(() => this.changed.fire(undefined));
    void this.publishGrouping();
  }

  setGrouping(by: Grouping): void {
    if (this.grouping === by) return;
    this.grouping = by;
    void this.publishGrouping();
    this.changed.fire(undefined);
  }

  private publishGrouping(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', GROUPING_CONTEXT_KEY, this.grouping);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return groupFindings(this.store.all(), this.grouping).map((group) => ({ kind: 'group', group, by: this.grouping }));
    if (node.kind === 'group') return node.group.items.map((item) => ({ kind: 'finding', item, by: node.by }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return node.kind === 'group' ? this.groupItem(node.group, node.by) : this.findingItem(node.item, node.by);
  }

  snapshot(): ViewSnapshot {
    const text = (v: string | vscode.TreeItemLabel | boolean | undefined) => (typeof v === 'string' ? v : typeof v === 'object' ? v.label : '');
    return {
      grouping: this.grouping,
      groups: this.getChildren().map((g) => {
        const item = this.getTreeItem(g);
        return {
          label: text(item.label),
          description: text(item.description),
          children: this.getChildren(g).map((c) => {
            const child = this.getTreeItem(c);
            return { label: text(child.label), description: text(child.description) };
          }),
        };
      }),
    };
  }

  private groupItem(group: FindingGroup<StoredFinding>, by: Grouping): vscode.TreeItem {
    const none = by === 'code' ? vscode.l10n.t('(no error code)') : vscode.l10n.t('(no RequestId)');
    const item = new vscode.TreeItem(group.key === null ? none : plain(group.key, 200), vscode.TreeItemCollapsibleState.Collapsed);
    const count = group.items.length;
    const files = new Set(group.items.map((i) => i.uri.toString())).size;
    const parts = [count === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', count)];
    if (files > 1) parts.push(vscode.l10n.t('{0} files', files));
    if (by === 'code' && group.products.length > 0) parts.push(group.products.map((p) => plain(p, 30)).join(', '));
    if (by === 'requestId') {
      const codes = [...new Set(group.items.map((i) => i.finding.code ?? '?'))];
      parts.push(plain(codes.join(', ')));
    }
    item.description = parts.join(' · ');
    item.iconPath = severityIcon(group.severity);
    const first = group.items[0];
    if (by === 'code' && first.explanation) item.tooltip = plain(first.explanation.title, 300);
    item.contextValue = by === 'code' && group.key !== null ? 'tcerrCodeGroup' : 'tcerrGroup';
    item.id = `${by}:${group.key ?? ''}`;
    return item;
  }

  private findingItem(stored: StoredFinding, by: Grouping): vscode.TreeItem {
    const where = `${fileName(stored.uri)}:${stored.range.start.line + 1}`;
    const label = by === 'code' ? where : plain(stored.finding.code ?? vscode.l10n.t('(no error code)'), 200);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    const f = stored.finding;
    item.description = by === 'code' ? plain(f.message ?? f.requestId) : `${where} ${plain(f.message)}`.trim();
    item.iconPath = severityIcon(stored.severity);
    const tooltip = new vscode.MarkdownString(undefined, false);
    tooltip.isTrusted = false;
    tooltip.supportHtml = false;
    // File text goes in as plain text: appendText escapes it.
    tooltip.appendText(`${vscode.workspace.asRelativePath(stored.uri)}:${stored.range.start.line + 1}\n\n`);
    if (stored.explanation) tooltip.appendText(`${plain(f.code)}: ${plain(stored.explanation.title, 300)}\n\n`);
    if (f.requestId) tooltip.appendText(`RequestId: ${plain(f.requestId)}`);
    item.tooltip = tooltip;
    item.command = { title: vscode.l10n.t('Go to error'), command: 'vscode.open', arguments: [stored.uri, { selection: stored.range, preserveFocus: false }] };
    item.contextValue = 'tcerrFinding';
    return item;
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}

export function registerErrorsView(store: FindingsStore): { view: ErrorsViewProvider; disposable: vscode.Disposable } {
  const view = new ErrorsViewProvider(store);
  const tree = vscode.window.createTreeView(ERRORS_VIEW_ID, { treeDataProvider: view, showCollapseAll: true });
  const updateBadge = () => {
    const n = store.all().length;
    tree.badge = n > 0 ? { value: n, tooltip: n === 1 ? vscode.l10n.t('1 Tencent Cloud API error') : vscode.l10n.t('{0} Tencent Cloud API errors', n) } : undefined;
  };
  updateBadge();
  return {
    view,
    disposable: vscode.Disposable.from(
      view,
      tree,
      store.onDidChange(updateBadge),
      vscode.commands.registerCommand(COMMANDS.groupByCode.id, () => view.setGrouping('code')),
      vscode.commands.registerCommand(COMMANDS.groupByRequestId.id, () => view.setGrouping('requestId')),
    ),
  };
}
