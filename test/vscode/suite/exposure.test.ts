// Credentials in an open log get their own warning; a log with more errors than the Problems panel lists
// says how many are not shown. Untitled documents: nothing is written to disk.
import * as vscode from 'vscode';
import { after, describe, it, tcerrDiagnostics, waitFor, closeAllEditors } from './helpers';

/** Made up in the shape of a SecretId (AKID + 32 letters and digits): never a real credential. */
const FAKE_SECRET_ID = 'AKID' + 'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0Ed';

async function untitledLog(content: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'log', content });
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

describe('exposed credentials and capped lists', () => {
  after(closeAllEditors);

  it('warns on a SecretId in an open log, on its exact range, apart from the API errors', async () => {
    const line = `2026-01-01 INFO using credential SecretId=${FAKE_SECRET_ID} region=ap-guangzhou`;
    const doc = await untitledLog(`${line}\n`);
    const warning = await waitFor('a credential warning', () =>
      vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === 'tcerr-credentials'),
    );
    if (warning.severity !== vscode.DiagnosticSeverity.Warning) throw new Error(`severity ${warning.severity}, not Warning`);
    const covered = doc.getText(warning.range);
    if (!covered.startsWith('AKID') || !FAKE_SECRET_ID.startsWith(covered.slice(0, 8))) throw new Error(`range covers ${JSON.stringify(covered)}`);
    if (warning.message.includes(FAKE_SECRET_ID)) throw new Error('the warning repeats the whole SecretId');
    if (tcerrDiagnostics(doc.uri).length !== 0) throw new Error('a credential is not an API error');
  });

  it('says how many errors are not listed when a log has more than the Problems panel shows', async () => {
    const error = '[TencentCloudSDKError] Code=LimitExceeded, Message=too many, RequestId=ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\n';
    const doc = await untitledLog(error.repeat(1005));
    const note = await waitFor('the "more not shown" note', () =>
      vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'more-not-shown'), 20_000);
    if (!/\b5\b/.test(note.message)) throw new Error(`note does not count the 5 hidden errors: ${note.message}`);
    const listed = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.code !== 'more-not-shown' && d.source === 'tcerr');
    if (listed.length !== 1000) throw new Error(`${listed.length} errors listed, expected the first 1000`);
  });
});
