import * as vscode from 'vscode';
import { renderToolText } from '../engine/render-tool';
import { explanationLanguage } from './config';
import type { Explainer } from './explainer';

export const LM_TOOL_NAME = 'tcerr_explainError';

interface ExplainInput {
  code: string;
  message?: string;
  product?: string;
}

/** Registers `tcerr_explainError` for chat agents, where VS Code has the language model tool API (1.95+); else nothing. */
export function registerLanguageModelTool(explainer: Explainer): vscode.Disposable {
  const lm = (vscode as { lm?: Partial<typeof vscode.lm> }).lm;
  if (typeof lm?.registerTool !== 'function') return new vscode.Disposable(() => {});
  return lm.registerTool<ExplainInput>(LM_TOOL_NAME, {
    invoke(options) {
      const input = (options.input ?? {}) as Partial<ExplainInput>;
      const code = typeof input.code === 'string' ? input.code.trim().slice(0, 256) : '';
      const language = explanationLanguage();
      const text =
        code === ''
          ? 'No error code given. Pass the Tencent Cloud API error code, e.g. "AuthFailure.SignatureExpire".'
          : renderToolText(code, typeof input.message === 'string' ? input.message : null, explainer.explain(code, language, typeof input.product === 'string' ? input.product.trim().toLowerCase() || null : null), language);
      return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(text)]);
    },
    prepareInvocation(options) {
      const code = typeof options.input?.code === 'string' ? options.input.code.slice(0, 100) : '';
      return { invocationMessage: vscode.l10n.t('Explaining Tencent Cloud API error {0}', code) };
    },
  });
}
