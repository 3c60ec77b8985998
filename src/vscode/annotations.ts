import * as vscode from 'vscode';
import { renderAnnotation } from '../engine/render-annotation';
import type { Severity } from '../engine/types';
import { explanationLanguage, readSettings } from './config';
import type { FindingsStore } from './findings-store';

/** Theme colours contributed in package.json (light, dark and high-contrast defaults). */
export const ANNOTATION_COLOURS: Record<'error' | 'warning' | 'info', string> = {
  error: 'tcerr.inlineAnnotation.errorForeground',
  warning: 'tcerr.inlineAnnotation.warningForeground',
  info: 'tcerr.inlineAnnotation.infoForeground',
};

function colourOf(severity: Severity): keyof typeof ANNOTATION_COLOURS {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'info';
}

/** Optional end-of-line meaning of each reported error (`tcerr.inlineAnnotations.enabled`), kept in step with diagnostics. */
export class InlineAnnotations implements vscode.Disposable {
  private readonly types: Record<keyof typeof ANNOTATION_COLOURS, vscode.TextEditorDecorationType>;
  private readonly listeners: vscode.Disposable[];

  constructor(private readonly store: FindingsStore) {
    const make = (key: keyof typeof ANNOTATION_COLOURS) =>
      vscode.window.createTextEditorDecorationType({
        after: { color: new vscode.ThemeColor(ANNOTATION_COLOURS[key]), margin: '0 0 0 2em', fontStyle: 'italic' },
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
    this.types = { error: make('error'), warning: make('warning'), info: make('info') };
    this.listeners = [
      store.onDidChange(() => this.updateAll()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.updateAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tcerr.inlineAnnotations') || e.affectsConfiguration('tcerr.language')) this.updateAll();
      }),
    ];
    this.updateAll();
  }

  /** The annotations shown in an editor, by line (tests read them through the extension's API). */
  textsFor(editor: vscode.TextEditor): { line: number; text: string }[] {
    if (!readSettings(editor.document.uri).inlineAnnotations) return [];
    const language = explanationLanguage();
    const seen = new Set<number>();
    const out: { line: number; text: string }[] = [];
    for (const item of this.store.get(editor.document.uri)) {
      // One note per line: a second would run on past the first.
      const line = item.range.start.line;
      if (seen.has(line) || line >= editor.document.lineCount) continue;
      seen.add(line);
      out.push({ line, text: renderAnnotation(item.finding, item.explanation, language) });
    }
    return out;
  }

  private updateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.update(editor);
  }

  private update(editor: vscode.TextEditor): void {
    const buckets: Record<keyof typeof ANNOTATION_COLOURS, vscode.DecorationOptions[]> = { error: [], warning: [], info: [] };
    const items = this.store.get(editor.document.uri);
    const byLine = new Map<number, (typeof items)[number]>();
    for (const i of items) if (!byLine.has(i.range.start.line)) byLine.set(i.range.start.line, i);
    for (const { line, text } of this.textsFor(editor)) {
      const item = byLine.get(line);
      if (!item) continue;
      const end = editor.document.lineAt(line).range.end;
      buckets[colourOf(item.severity)].push({ range: new vscode.Range(end, end), renderOptions: { after: { contentText: text } } });
    }
    for (const key of Object.keys(buckets) as (keyof typeof ANNOTATION_COLOURS)[]) editor.setDecorations(this.types[key], buckets[key]);
  }

  dispose(): void {
    for (const l of this.listeners) l.dispose();
    for (const t of Object.values(this.types)) t.dispose();
  }
}
