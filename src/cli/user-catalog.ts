// The catalog the CLI explains with: bundled, plus the user's SDK import cache and the team catalog when they
// exist. The team catalog is the nearest `.tcerr/catalog.json` above what is scanned (as `.tcerr.json` is found),
// else above the current folder. A missing or broken file only costs its layer.
import { join } from 'node:path';
import type { CatalogLayers } from '../engine/catalog-layers';
import type { Language } from '../engine/types';
import { CACHE_FILE_NAME, readCache } from '../engine/sdk-import';
import { parseTeamCatalog } from '../engine/team-catalog';
import { userDataDir } from '../node/data-dir';
import { createExplainer, type Explainer } from './explain';
import type { CliIo } from './io';
import { findUp } from './noise-config';
import { sanitizeLine } from './sanitize';

export const TEAM_CATALOG_PATH = join('.tcerr', 'catalog.json');

export function importCachePath(env: CliIo['env']): string {
  return join(userDataDir(env), CACHE_FILE_NAME);
}

async function readText(io: CliIo, path: string): Promise<string | null> {
  try {
    return new TextDecoder('utf-8').decode(await io.readWholeFile(path));
  } catch {
    return null;
  }
}

/** Layers for this run; `notes` are one-line warnings for standard error (a broken cache, a bad team file). */
export async function loadUserLayers(io: CliIo, projectDir: string, cwd: string): Promise<{ layers: CatalogLayers; notes: string[] }> {
  const notes: string[] = [];
  const layers: CatalogLayers = {};
  const cacheText = await readText(io, importCachePath(io.env));
  if (cacheText !== null) {
    const cache = readCache(cacheText);
    layers.imported = cache.codes;
    for (const p of cache.problems) notes.push(`import cache: ${p}`);
  }
  const teamPath = (await findUp(projectDir, TEAM_CATALOG_PATH)) ?? (await findUp(cwd, TEAM_CATALOG_PATH));
  const teamText = teamPath === null ? null : await readText(io, teamPath);
  if (teamPath !== null && teamText !== null) {
    const team = parseTeamCatalog(teamText, teamPath);
    layers.team = team.entries;
    const errors = team.problems.filter((p) => p.severity === 'error').length;
    if (errors > 0) notes.push(`${teamPath}: ${errors} problem(s); the entries with problems are ignored`);
  }
  return { layers, notes };
}

/** The explainer scan and decode use: bundled plus the user's layers; layer warnings go to standard error. */
export async function userExplainer(language: Language, io: CliIo, projectDir: string, cwd: string): Promise<Explainer> {
  const { layers, notes } = await loadUserLayers(io, projectDir, cwd);
  for (const note of notes) await io.stderr.write(`tcerr: ${sanitizeLine(note)}\n`);
  return createExplainer(language, layers);
}
