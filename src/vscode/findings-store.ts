import * as vscode from 'vscode';
import type { JudgedFinding } from '../engine/judge';

/** One reported error: where it is, and what noise control made of it. */
export interface StoredFinding extends JudgedFinding {
  uri: vscode.Uri;
  /** The code token (else the first line of the occurrence): where diagnostics and jumps point. */
  range: vscode.Range;
  /** Offset of the range start: how actions refer to this finding. */
  anchor: number;
}

/** `live`: an open document, kept current by the diagnostics manager; `scan`: read from disk by the workspace scan. */
export type StoreOrigin = 'live' | 'scan';

interface Entry {
  origin: StoreOrigin;
  items: StoredFinding[];
}

/**
 * The reported errors of every document, the one source for the errors view, the status bar and the inline
 * annotations (so they always agree with the Problems panel).
 */
export class FindingsStore implements vscode.Disposable {
  private readonly byUri = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<readonly vscode.Uri[]>();
  /** Fires with the documents whose errors changed. */
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, items: StoredFinding[], origin: StoreOrigin): void {
    const before = this.byUri.get(uri.toString());
    if (items.length === 0) this.byUri.delete(uri.toString());
    else this.byUri.set(uri.toString(), { origin, items });
    if (before || items.length > 0) this.changed.fire([uri]);
  }

  delete(uri: vscode.Uri): void {
    if (this.byUri.delete(uri.toString())) this.changed.fire([uri]);
  }

  get(uri: vscode.Uri): readonly StoredFinding[] {
    return this.byUri.get(uri.toString())?.items ?? [];
  }

  originOf(uri: vscode.Uri): StoreOrigin | undefined {
    return this.byUri.get(uri.toString())?.origin;
  }

  /** Every stored error, documents in URI order. */
  all(): StoredFinding[] {
    return [...this.byUri.keys()].sort().flatMap((k) => this.byUri.get(k)!.items);
  }

  uris(origin?: StoreOrigin): vscode.Uri[] {
    return [...this.byUri.values()].filter((e) => origin === undefined || e.origin === origin).map((e) => e.items[0].uri);
  }

  /** Drops the entries of one origin (all when not given). */
  clear(origin?: StoreOrigin): vscode.Uri[] {
    const removed: vscode.Uri[] = [];
    for (const [key, entry] of this.byUri) {
      if (origin !== undefined && entry.origin !== origin) continue;
      removed.push(entry.items[0].uri);
      this.byUri.delete(key);
    }
    if (removed.length > 0) this.changed.fire(removed);
    return removed;
  }

  /** The error whose range starts at `offset`, if any. */
  at(uri: vscode.Uri, offset: number): StoredFinding | undefined {
    return this.get(uri).find((f) => f.anchor === offset);
  }

  dispose(): void {
    this.byUri.clear();
    this.changed.dispose();
  }
}
