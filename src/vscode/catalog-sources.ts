import * as vscode from 'vscode';
import type { Catalog } from '../engine/catalog-core';
import { layeredCatalog } from '../engine/catalog-layers';
import type { ImportedCode } from '../engine/sdk-import';
import type { TeamEntry } from '../engine/team-catalog';

/**
 * The user's catalog layers (SDK import cache, team files) for this window. The explain function asks it for
 * the catalog on each call; the layered catalog is rebuilt only when a layer changes.
 */
export class CatalogSources implements vscode.Disposable {
  private imported: readonly ImportedCode[] = [];
  private team: readonly TeamEntry[] = [];
  private built: { base: Catalog; layered: Catalog } | null = null;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after a layer changed (diagnostics re-render with the new text). */
  readonly onDidChange = this.changed.event;

  catalog(base: Catalog): Catalog {
    if (!this.built || this.built.base !== base) this.built = { base, layered: layeredCatalog(base, { imported: this.imported, team: this.team }) };
    return this.built.layered;
  }

  setImported(codes: readonly ImportedCode[]): void {
    this.imported = codes;
    this.invalidate();
  }

  setTeam(entries: readonly TeamEntry[]): void {
    this.team = entries;
    this.invalidate();
  }

  importedCount(): number {
    return this.imported.length;
  }

  dispose(): void {
    this.changed.dispose();
  }

  private invalidate(): void {
    this.built = null;
    this.changed.fire();
  }
}
