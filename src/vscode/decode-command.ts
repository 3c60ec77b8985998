import * as vscode from 'vscode';
import { decodeText } from '../engine/decode';
import { redactDecodeResult } from '../engine/redact';
import { renderDecodeReport } from '../engine/render-decode';
import { explanationLanguage, readSettings } from './config';
import { DECODE_SCHEME, type DecodeDocumentProvider } from './decode-provider';
import type { Explainer } from './explainer';

function selectedText(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const text = editor.selections
    .filter((s) => !s.isEmpty)
    .map((s) => editor.document.getText(s))
    .join('\n');
  return text.trim() === '' ? undefined : text;
}

async function clipboardText(log: vscode.LogOutputChannel): Promise<string | undefined> {
  try {
    const text = await vscode.env.clipboard.readText();
    return text.trim() === '' ? undefined : text;
  } catch (err) {
    // Browsers may refuse clipboard access; the input box still works.
    log.warn('Reading the clipboard failed.', err instanceof Error ? err : String(err));
    return undefined;
  }
}

async function promptedText(): Promise<string | undefined> {
  const text = await vscode.window.showInputBox({
    title: vscode.l10n.t('tcerr: Decode Tencent Cloud API Response'),
    prompt: vscode.l10n.t('Paste a Tencent Cloud API response, SDK exception or log line'),
    ignoreFocusOut: true,
  });
  return text === undefined || text.trim() === '' ? undefined : text;
}

/**
 * `tcerr.decode`: decodes a string argument if given (for keybindings and tests), else the selection,
 * else the clipboard, else what the user types. Resolves to the report's URI, or undefined when cancelled.
 */
export async function runDecode(
  provider: DecodeDocumentProvider,
  explainer: Explainer,
  log: vscode.LogOutputChannel,
  arg?: unknown,
): Promise<vscode.Uri | undefined> {
  try {
    const text = (typeof arg === 'string' && arg.trim() !== '' ? arg : undefined) ?? selectedText() ?? (await clipboardText(log)) ?? (await promptedText());
    if (text === undefined) return undefined;
    // Credentials in the pasted text are masked: the report is easy to share, screen or copy.
    const report = renderDecodeReport(redactDecodeResult(decodeText(text)), explainer.explainFn(), explanationLanguage());
    const uri = provider.add(report);
    let document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== 'markdown') document = await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    // The last report's tab is reused (same place, replaced), unless the user pinned it to keep it.
    const previous = reusableDecodeTabs();
    const viewColumn = previous[0]?.group.viewColumn ?? vscode.ViewColumn.Beside;
    await vscode.window.showTextDocument(document, { viewColumn, preserveFocus: false, preview: false });
    const replaced = new Set(previous.map((tab) => (tab.input as vscode.TabInputText).uri.toString()));
    replaced.delete(uri.toString());
    // Tab objects go stale when the group changes: look them up again after showing the new report.
    const stale = reusableDecodeTabs().filter((tab) => replaced.has((tab.input as vscode.TabInputText).uri.toString()));
    if (stale.length > 0) {
      await Promise.resolve(vscode.window.tabGroups.close(stale, true)).catch((err: unknown) =>
        log.warn('Closing the previous decode report failed.', err instanceof Error ? err : String(err)),
      );
    }
    if (readSettings().decodePreview) {
      // The built-in Markdown extension renders it (scripts off, strict CSP); without it, the source stays.
      await Promise.resolve(vscode.commands.executeCommand('markdown.showPreviewToSide', uri)).catch((err: unknown) =>
        log.warn('Markdown preview unavailable.', err instanceof Error ? err : String(err)),
      );
    }
    return uri;
  } catch (err) {
    log.error('Decode failed.', err instanceof Error ? err : String(err));
    void vscode.window.showErrorMessage(vscode.l10n.t('tcerr: decoding failed. See the "tcerr" output for details.'));
    return undefined;
  }
}

/** Open, unpinned decode report tabs: the ones a new report replaces. */
function reusableDecodeTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) =>
    group.tabs.filter((tab) => !tab.isPinned && tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === DECODE_SCHEME),
  );
}
