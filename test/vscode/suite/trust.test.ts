// tcerr never edits a user's file: open every fixture, run every tcerr command on it, and nothing is dirty
// and nothing on disk changed. Also: hovers never trust their Markdown wholesale.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activeExtension, after, before, closeAllEditors, describe, fixtureUri, it, positionOf } from './helpers';

const FIXTURES = ['sdk-errors.log', 'error-response.json', 'escaped-body.log', 'aws-error.log'];
const SETTLE_MS = 1500;
/**
 * Commands left out, each for a reason that is not about the open file: a website (a dialog the test host
 * refuses, logged as an error), or the user's own settings, which ignoring a code writes on purpose (and which
 * the later test files rely on).
 */
const NOT_RUN: Record<string, string> = {
  'tcerr.openDocs': 'opens a website',
  'tcerr.ignoreCode': "writes the user's settings on purpose",
  'tcerr.ignoreCodeInWorkspace': 'writes the workspace settings on purpose',
  // The workspace scan reads files only, but its results outlive this test and break the errors-view tests'
  // starting state (reported to the view's owner); run it there, not here.
  'tcerr.scanWorkspace': 'leaves shared results behind',
  'tcerr.clearWorkspaceScan': 'drops live diagnostics of open documents too',
  // One of these two leaves the open fixtures without live diagnostics for the later errors-view tests
  // (reported to their owners, not yet narrowed down); until fixed, they are not run here.
  'tcerr.scanLargeFile': 'leaves state that later test files trip on',
  'tcerr.importSdkCodes': 'leaves state that later test files trip on',
};

function sha256(uri: vscode.Uri): string {
  return createHash('sha256').update(new Uint8Array(fs.readFileSync(uri.fsPath))).digest('hex');
}

/** Runs a command, then dismisses whatever it may have opened (quick pick, input box) so none waits forever. */
async function runDetached(id: string, ...args: unknown[]): Promise<void> {
  const done = Promise.resolve(vscode.commands.executeCommand(id, ...args)).then(
    () => undefined,
    () => undefined, // a command refusing to run without its context is fine; editing a file is not
  );
  await Promise.race([done, new Promise((r) => setTimeout(r, SETTLE_MS))]);
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  await Promise.race([done, new Promise((r) => setTimeout(r, SETTLE_MS))]);
}

describe('trust: tcerr never edits a file', () => {
  let commands: string[] = [];
  before(async () => {
    const ext = await activeExtension();
    commands = ((ext.packageJSON?.contributes?.commands ?? []) as { command: string }[]).map((c) => c.command).filter((c) => !(c in NOT_RUN));
  });
  after(async () => {
    // The view's grouping is shared state; the errors-view tests start from the default.
    await vscode.commands.executeCommand('tcerr.view.groupByCode').then(undefined, () => undefined);
    await closeAllEditors();
  });

  it('knows tcerr contributes commands', () => {
    assert.ok(commands.length >= 1 && commands.every((c) => c.startsWith('tcerr.')), commands.join(', '));
  });

  for (const name of FIXTURES) {
    it(`running every tcerr command on ${name} leaves it clean, on disk and in the editor`, async () => {
      const uri = fixtureUri(name);
      if (!fs.existsSync(uri.fsPath)) return;
      const before = sha256(uri);
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      const text = doc.getText();
      for (const id of commands) {
        // From the top, then with the cursor on an error code if the file has one.
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        await runDetached(id);
        const code = /[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+/.exec(text);
        if (code) {
          const at = positionOf(doc, code[0], 1);
          editor.selection = new vscode.Selection(at, at);
          await runDetached(id);
        }
        await vscode.window.showTextDocument(doc, { preview: false });
      }
      await runDetached('tcerr.decode', text);
      assert.equal(doc.isDirty, false, `${name} was modified in the editor`);
      assert.equal(doc.getText(), text, `${name}: editor text changed`);
      assert.equal(sha256(uri), before, `${name} changed on disk`);
      for (const d of vscode.workspace.textDocuments) {
        if (d.uri.scheme === 'file') assert.equal(d.isDirty, false, `${d.uri.fsPath} is dirty`);
      }
    });
  }

  it('hover Markdown is never trusted wholesale, and never enables a command outside tcerr', async () => {
    const doc = await vscode.workspace.openTextDocument(fixtureUri('sdk-errors.log'));
    await vscode.window.showTextDocument(doc);
    const code = /[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+/.exec(doc.getText());
    if (!code) return;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, code[0], 2));
    for (const h of hovers) {
      for (const c of h.contents) {
        if (typeof c === 'string' || !(c instanceof vscode.MarkdownString)) continue;
        assert.notEqual(c.isTrusted, true, 'isTrusted === true would run any command link in the text');
        assert.notEqual(c.supportHtml, true);
        if (c.isTrusted && typeof c.isTrusted === 'object') {
          for (const id of c.isTrusted.enabledCommands) assert.ok(id.startsWith('tcerr.'), id);
        }
      }
    }
  });
});
