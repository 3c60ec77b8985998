import { redactSecrets } from '../engine/redact';
import * as vscode from 'vscode';
import { inferAction } from '../engine/action';
import { buildIssueReport } from '../engine/issue-report';
import { safeHttpsUrl } from '../engine/render-markdown';
import { lineEndAt, lineStartAt } from '../engine/text';
import { COMMANDS } from './commands';
import { explanationLanguage } from './config';
import type { Explainer } from './explainer';
import type { FindingsStore } from './findings-store';
import { resolveFinding, type ResolvedFinding } from './finding-ref';
import { ignoreCode, type IgnoreScope } from './ignore-code';

export interface ActionDeps {
  store: FindingsStore;
  explainer: Explainer;
  log: vscode.LogOutputChannel;
}

const STATUS_MESSAGE_MS = 3000;

async function copy(raw: string, what: string): Promise<string> {
  // Whatever tcerr copies goes through the credential mask: clipboards end up in chats and tickets.
  const text = redactSecrets(raw);
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(vscode.l10n.t('tcerr: copied {0}', what), STATUS_MESSAGE_MS);
  return text;
}

/** The issue report of one resolved error (Markdown, credentials masked). */
export function issueReportOf(resolved: ResolvedFinding, now: Date = new Date()): string {
  const text = resolved.document.getText();
  return buildIssueReport({
    finding: resolved.finding,
    explanation: resolved.explanation,
    action: inferAction(text, resolved.finding.span),
    time: now.toISOString(),
    language: explanationLanguage(),
  });
}

/**
 * Registers the actions on one error. Each takes a FindingRef (hover buttons, quick fixes, the errors view) or
 * nothing (the command palette: the error at the cursor), and resolves to what it copied or did, else undefined.
 */
export function registerActionCommands(deps: ActionDeps): vscode.Disposable {
  const withFinding =
    <T>(run: (f: ResolvedFinding, ...rest: unknown[]) => Promise<T | undefined>) =>
    async (arg?: unknown, ...rest: unknown[]): Promise<T | undefined> => {
      try {
        const resolved = await resolveFinding(arg, deps.store, deps.explainer);
        if (!resolved) {
          void vscode.window.showInformationMessage(vscode.l10n.t('tcerr: no Tencent Cloud API error here. Put the cursor on an error code, message or RequestId.'));
          return undefined;
        }
        return await run(resolved, ...rest);
      } catch (err) {
        deps.log.error('Action failed.', err instanceof Error ? err : String(err));
        void vscode.window.showErrorMessage(vscode.l10n.t('tcerr: the action failed. See the "tcerr" output for details.'));
        return undefined;
      }
    };

  const notInThisError = (what: string) => {
    void vscode.window.showInformationMessage(vscode.l10n.t('tcerr: this error has no {0}.', what));
    return undefined;
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(
      COMMANDS.copyCode.id,
      withFinding(async ({ finding }) => (finding.code === null ? notInThisError(vscode.l10n.t('error code')) : copy(finding.code, finding.code))),
    ),
    vscode.commands.registerCommand(
      COMMANDS.copyRequestId.id,
      withFinding(async ({ finding }) =>
        finding.requestId === null || finding.requestId.trim() === '' ? notInThisError('RequestId') : copy(finding.requestId, 'RequestId'),
      ),
    ),
    vscode.commands.registerCommand(
      COMMANDS.copyMessage.id,
      withFinding(async ({ finding }) =>
        finding.message === null || finding.message.trim() === '' ? notInThisError(vscode.l10n.t('message')) : copy(finding.message, vscode.l10n.t('the message')),
      ),
    ),
    vscode.commands.registerCommand(
      COMMANDS.openDocs.id,
      withFinding(async ({ explanation }) => {
        const url = safeHttpsUrl(explanation?.docs);
        if (!url) return notInThisError(vscode.l10n.t('documentation link'));
        await vscode.env.openExternal(vscode.Uri.parse(url, true));
        return url;
      }),
    ),
    vscode.commands.registerCommand(
      COMMANDS.decodeFinding.id,
      withFinding(async ({ document, finding }) => {
        // Whole lines: a log line's context (product, action) helps the report.
        const text = document.getText();
        const start = lineStartAt(text, finding.span.start);
        const end = lineEndAt(text, Math.max(finding.span.start, finding.span.end - 1));
        return vscode.commands.executeCommand<vscode.Uri | undefined>(COMMANDS.decode.id, text.slice(start, end));
      }),
    ),
    vscode.commands.registerCommand(
      COMMANDS.ignoreCode.id,
      withFinding(async ({ finding }, scope) =>
        finding.code === null ? notInThisError(vscode.l10n.t('error code')) : ignoreCode(finding.code, isScope(scope) ? scope : undefined),
      ),
    ),
    vscode.commands.registerCommand(
      COMMANDS.ignoreCodeInWorkspace.id,
      withFinding(async ({ finding }) => (finding.code === null ? notInThisError(vscode.l10n.t('error code')) : ignoreCode(finding.code, 'workspace'))),
    ),
    vscode.commands.registerCommand(
      COMMANDS.copyIssueReport.id,
      withFinding(async (resolved) => copy(issueReportOf(resolved), vscode.l10n.t('the issue report'))),
    ),
  );
}

function isScope(value: unknown): value is IgnoreScope {
  return value === 'workspace' || value === 'user';
}
