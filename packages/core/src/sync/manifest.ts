import { ConfigurationError } from "../errors/index.js";
import { relativePathProblem } from "./paths.js";
import { REGULAR, type FileEntry, type FileMap } from "./types.js";

/**
 * The record, kept in every target, of the files a sync manages: each path with the blob id and
 * mode of the source content it last synced there. A file not in it was never written by the
 * sync and is never deleted by it; the blob id is the base of a three-way merge and tells a
 * target's own edit from what the sync wrote.
 *
 * `pending` is the write-ahead note of an apply to a folder target: written before the first
 * file, removed with the last; a re-run after a crash reads it to recognise its own half-done work.
 */
export interface Manifest {
  syncId: string;
  files: FileMap;
  pending?: PendingApply;
  /** The target plan hash of the apply that wrote it (folder targets; commits carry a trailer). */
  applied?: string;
}

export interface PendingApply {
  /** The target's plan hash being applied. */
  planHash: string;
  /** path → [blob id before, blob id after] ("" for absent). */
  changes: Record<string, [string, string]>;
}

interface ManifestJson {
  "cadence-sync": 1;
  sync_id: string;
  /** path → blob id. */
  files: Record<string, string>;
  /** path → mode, for files that are not plain (100644). */
  modes?: Record<string, string>;
  pending?: { plan_hash: string; changes: Record<string, [string, string]> };
  applied?: string;
}

/** The manifest's text: sorted keys, one file a line, no time stamps (the same files give the same bytes). */
export function renderManifest(manifest: Manifest): string {
  const paths = [...manifest.files.keys()].sort(byCodeUnits);
  const files: Record<string, string> = {};
  const modes: Record<string, string> = {};
  for (const path of paths) {
    const entry = manifest.files.get(path)!;
    files[path] = entry.sha;
    if (entry.mode !== REGULAR) modes[path] = entry.mode;
  }
  const json: ManifestJson = { "cadence-sync": 1, sync_id: manifest.syncId, files, ...(Object.keys(modes).length > 0 ? { modes } : {}) };
  if (manifest.pending) json.pending = { plan_hash: manifest.pending.planHash, changes: manifest.pending.changes };
  if (manifest.applied) json.applied = manifest.applied;
  return `${JSON.stringify(json, null, 1)}\n`;
}

/** Reads a manifest; a damaged one is refused (deleting by a wrong record would lose files). */
export function parseManifest(text: string, where: string, syncId: string): Manifest {
  let json: Partial<ManifestJson>;
  try {
    json = JSON.parse(text) as Partial<ManifestJson>;
  } catch (error) {
    throw new ConfigurationError(`the sync manifest ${where} is not valid JSON (${(error as Error).message}); restore it from the target's history or delete it to start over`);
  }
  if (json["cadence-sync"] !== 1 || typeof json.files !== "object" || json.files === null) {
    throw new ConfigurationError(`${where} is not a cadence sync manifest (no "cadence-sync": 1 and files); restore it or choose another options.manifest`);
  }
  if (json.sync_id !== syncId) {
    throw new ConfigurationError(`the sync manifest ${where} belongs to sync '${String(json.sync_id)}', not '${syncId}'; give each sync its own options.manifest`);
  }
  const files: FileMap = new Map();
  for (const [path, sha] of Object.entries(json.files)) {
    if (relativePathProblem(path) || typeof sha !== "string" || !/^[0-9a-f]{40}$/.test(sha)) {
      throw new ConfigurationError(`the sync manifest ${where} lists '${path}', which is not a relative path with a blob id; restore the manifest`);
    }
    const entry: FileEntry = { sha, mode: json.modes?.[path] ?? REGULAR, size: -1 };
    files.set(path, entry);
  }
  const pending = json.pending && typeof json.pending.plan_hash === "string" ? { planHash: json.pending.plan_hash, changes: json.pending.changes ?? {} } : undefined;
  return { syncId, files, ...(pending ? { pending } : {}), ...(typeof json.applied === "string" ? { applied: json.applied } : {}) };
}

export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
