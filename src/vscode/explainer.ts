import type * as vscode from 'vscode';
import { explainSafely, type ExplainFn } from '../engine/render-explain';
import type { Explanation, Language } from '../engine/types';

/** Loads the catalog on first use and never lets a catalog failure escape. */
export class Explainer {
  private fn: ExplainFn | null | undefined;

  constructor(
    private readonly load: () => ExplainFn | null,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The catalog's explain function, or null when it is unavailable. */
  explainFn(): ExplainFn | null {
    if (this.fn === undefined) {
      try {
        this.fn = this.load();
        this.log.info(this.fn ? 'Catalog loaded.' : 'No catalog available; using generic explanations.');
      } catch (err) {
        this.fn = null;
        this.log.error('Loading the catalog failed; using generic explanations.', err instanceof Error ? err : String(err));
      }
    }
    return this.fn;
  }

  explain(code: string, language: Language, product: string | null): Explanation {
    return explainSafely(this.explainFn(), code, language, product);
  }
}
