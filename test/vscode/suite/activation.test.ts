import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, describe, it, openFixture, waitFor } from './helpers';

describe('activation', () => {
  it('is installed from the packaged .vsix, not a development folder', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const expectedDir = process.env.TCERR_EXPECT_EXTENSION_DIR;
    if (expectedDir) assert.ok(ext.extensionPath.startsWith(expectedDir), `${ext.extensionPath} is under ${expectedDir}`);
  });

  it('activates by itself when a log file is opened, and activate() does not throw', async () => {
    await openFixture('sdk-errors.log');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor('the extension to activate on its own', () => ext.isActive, 15_000);
    // Resolves with activate()'s result, or rejects with what activate() threw.
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('contributes the decode command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('tcerr.decode'), 'tcerr.decode is registered');
  });
});
