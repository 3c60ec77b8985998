import * as vscode from 'vscode';

export const DECODE_SCHEME = 'tcerr-decode';
/** Reports kept for reopening; older ones are dropped so a long session does not accumulate them. */
const MAX_KEPT_REPORTS = 50;

/** Read-only virtual documents holding decode reports; each report gets a new URI. */
export class DecodeDocumentProvider implements vscode.TextDocumentContentProvider {
  private counter = 0;
  private readonly reports = new Map<string, string>();

  add(markdown: string): vscode.Uri {
    this.counter += 1;
    const uri = vscode.Uri.from({ scheme: DECODE_SCHEME, path: `/tcerr-decode-${this.counter}.md` });
    this.reports.set(uri.toString(), markdown);
    while (this.reports.size > MAX_KEPT_REPORTS) {
      const oldest = this.reports.keys().next().value;
      if (oldest === undefined) break;
      this.reports.delete(oldest);
    }
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.reports.get(uri.toString()) ?? 'This decode report is no longer available. Run "tcerr: Decode Tencent Cloud API Response" again.\n';
  }
}
