import * as vscode from 'vscode';
import { decodeText } from '../engine/decode';
import { renderDecodeReport } from '../engine/render-decode';
import { explanationLanguage } from './config';
import type { DecodeDocumentProvider } from './decode-provider';
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
    title: 'tcerr: Decode Tencent Cloud API Response',
    prompt: 'Paste a Tencent Cloud API response, SDK exception or log line',
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
    const report = renderDecodeReport(decodeText(text), explainer.explainFn(), explanationLanguage());
    const uri = provider.add(report);
    let document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== 'markdown') document = await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false, preview: false });
    return uri;
  } catch (err) {
    log.error('Decode failed.', err instanceof Error ? err : String(err));
    void vscode.window.showErrorMessage('tcerr: decoding failed. See the "tcerr" output for details.');
    return undefined;
  }
}
