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

/**
 * The manifest's text: sorted keys, one file a line, no time stamps (the same files give the same
 * bytes). Written line by line rather than through JSON.stringify of an object: at 100k files the
 * object and its indented text were a second and tens of megabytes more.
 */
export function renderManifest(manifest: Manifest): string {
  // The default sort compares UTF-16 code units, the order byCodeUnits gives.
  const paths = [...manifest.files.keys()].sort();
  const files: string[] = [];
  const modes: string[] = [];
  for (const path of paths) {
    const entry = manifest.files.get(path)!;
    const key = JSON.stringify(path);
    files.push(`  ${key}: "${entry.sha}"`);
    if (entry.mode !== REGULAR) modes.push(`  ${key}: "${entry.mode}"`);
  }
  const parts = [` "cadence-sync": 1`, ` "sync_id": ${JSON.stringify(manifest.syncId)}`, ` "files": ${block(files)}`];
  if (modes.length > 0) parts.push(` "modes": ${block(modes)}`);
  if (manifest.pending) parts.push(` "pending": ${JSON.stringify({ plan_hash: manifest.pending.planHash, changes: manifest.pending.changes })}`);
  if (manifest.applied) parts.push(` "applied": ${JSON.stringify(manifest.applied)}`);
  return `{\n${parts.join(",\n")}\n}\n`;
}

function block(lines: readonly string[]): string {
  return lines.length === 0 ? "{}" : `{\n${lines.join(",\n")}\n }`;
}

/** Whether two manifests manage the same files with the same contents (no text made). */
export function sameFiles(a: FileMap, b: FileMap): boolean {
  if (a.size !== b.size) return false;
  for (const [path, entry] of a) {
    const other = b.get(path);
    if (!other || other.sha !== entry.sha || other.mode !== entry.mode) return false;
  }
  return true;
}

/** Reads a manifest; a damaged one is refused (deleting by a wrong record would lose files). */
export function parseManifest(text: string, where: string, syncId: string, known?: FileMap): Manifest {
  let json: Partial<ManifestJson>;
  let pairs: Iterable<[string, unknown]>;
  try {
    // The files block as renderManifest writes it is read line by line: JSON.parse of an object
    // with 100k keys, and walking it, took about a second. Anything else is read as JSON.
    const block = filesBlock(text);
    json = JSON.parse(block ? `${text.slice(0, block.start)}{}${text.slice(block.end)}` : text) as Partial<ManifestJson>;
    pairs = block ? block.pairs : Object.entries(json.files ?? {});
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
  for (const [path, sha] of pairs) {
    if (typeof sha !== "string" || !SHA.test(sha) || (!plainPath(path) && relativePathProblem(path))) {
      throw new ConfigurationError(`the sync manifest ${where} lists '${path}', which is not a relative path with a blob id; restore the manifest`);
    }
    const mode = json.modes?.[path] ?? REGULAR;
    // The source's entry when it is the same content: one object and one id string, not two.
    const same = known?.get(path);
    files.set(path, same && same.sha === sha && same.mode === mode ? same : ({ sha, mode, size: -1 } satisfies FileEntry));
  }
  const pending = json.pending && typeof json.pending.plan_hash === "string" ? { planHash: json.pending.plan_hash, changes: json.pending.changes ?? {} } : undefined;
  return { syncId, files, ...(pending ? { pending } : {}), ...(typeof json.applied === "string" ? { applied: json.applied } : {}) };
}

const SHA = /^[0-9a-f]{40}$/;

/** Surely fine without a closer look: not empty, no leading '/' or '.', no '/.' (so no '..' or '.git'), no backslash or NUL. */
function plainPath(path: string): boolean {
  return path !== "" && path[0] !== "/" && path[0] !== "." && !path.includes("/.") && !path.includes("\\") && !path.includes("\0");
}

const FILES_OPEN = '\n "files": {\n';
const SHA_PART = '": "';

/**
 * One `  "path": "sha"` line as renderManifest writes it, taken apart by position (a regular
 * expression per line was a tenth of a 100k-file dry-run); undefined when it has another shape.
 * The blob id is checked by the caller, as for a manifest read as JSON.
 */
function fileLine(line: string): [string, string] | undefined {
  const end = line.length;
  // Two spaces, a quoted path of at least one character, '": "', 40 characters, '"'.
  if (end < 49 || !line.startsWith('  "') || line.charCodeAt(end - 1) !== 34) return undefined;
  if (!line.startsWith(SHA_PART, end - 45)) return undefined;
  const key = line.slice(3, end - 45);
  const sha = line.slice(end - 41, end - 1);
  if (!key.includes("\\")) return key.includes('"') ? undefined : [key, sha];
  try {
    const path: unknown = JSON.parse(`"${key}"`);
    return typeof path === "string" ? [path, sha] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The files of a manifest in renderManifest's layout (one `  "path": "sha"` a line), with where
 * the block's braces are; undefined when the text is laid out otherwise or a line does not fit.
 */
function filesBlock(text: string): { start: number; end: number; pairs: Array<[string, string]> } | undefined {
  const open = text.indexOf(FILES_OPEN);
  if (open === -1) return undefined;
  const start = open + FILES_OPEN.length - 2;
  const close = text.indexOf("\n }", start);
  if (close === -1) return undefined;
  const pairs: Array<[string, string]> = [];
  const body = text.slice(start + 2, close);
  if (body !== "") {
    for (const line of body.split(",\n")) {
      const pair = fileLine(line);
      if (!pair) return undefined;
      pairs.push(pair);
    }
  }
  return { start, end: close + 3, pairs };
}

export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
