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
  const files: string[] = [];
  const modes: string[] = [];
  for (const [path, entry] of inPathOrder(manifest.files)) {
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

/**
 * The entries of a map in path order (UTF-16 code units, byCodeUnits' order). A map filled in
 * that order (the planner's, a manifest read back) is taken as it is: no sort, no lookups.
 */
function inPathOrder(files: FileMap): Iterable<[string, FileEntry]> {
  let previous: string | undefined;
  for (const path of files.keys()) {
    if (previous !== undefined && !(previous < path)) {
      // The default sort compares UTF-16 code units.
      return [...files.keys()].sort().map((key) => [key, files.get(key)!]);
    }
    previous = path;
  }
  return files;
}

/** Whether two manifests manage the same files with the same contents (no text made). */
export function sameFiles(a: FileMap, b: FileMap): boolean {
  if (a.size !== b.size) return false;
  // Maps filled in the same order (a manifest read back, the planner's) are compared side by
  // side; a path where they part is looked up.
  const others = b.entries();
  for (const [path, entry] of a) {
    const next = others.next().value;
    const other = next !== undefined && next[0] === path ? next[1] : b.get(path);
    if (!other || other.sha !== entry.sha || other.mode !== entry.mode) return false;
  }
  return true;
}

/** Reads a manifest; a damaged one is refused (deleting by a wrong record would lose files). */
export function parseManifest(text: string, where: string, syncId: string, known?: FileMap): Manifest {
  let json: Partial<ManifestJson>;
  let block: FilesBlock | undefined;
  try {
    // The files block as renderManifest writes it is read line by line: JSON.parse of an object
    // with 100k keys, and walking it, took about a second. Anything else is read as JSON.
    block = filesBlock(text);
    json = JSON.parse(block ? `${text.slice(0, block.start)}{}${text.slice(block.end)}` : text) as Partial<ManifestJson>;
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
  const modes = json.modes;
  const add = (path: string, sha: unknown) => {
    if (typeof sha !== "string" || !SHA.test(sha) || (!plainPath(path) && relativePathProblem(path))) {
      throw new ConfigurationError(`the sync manifest ${where} lists '${path}', which is not a relative path with a blob id; restore the manifest`);
    }
    const mode = modes?.[path] ?? REGULAR;
    // The source's entry when it is the same content: one object and one id string, not two.
    const same = known?.get(path);
    files.set(path, same && same.sha === sha && same.mode === mode ? same : ({ sha, mode, size: -1 } satisfies FileEntry));
  };
  if (!block) {
    for (const [path, sha] of Object.entries(json.files)) add(path, sha);
  } else {
    const { paths, shaAt } = block;
    for (let index = 0; index < paths.length; index++) {
      const path = paths[index]!;
      const at = shaAt[index]!;
      // The same, without an id string cut out of the text for it (the source's id is a valid one).
      const same = known?.get(path);
      const held = same !== undefined && same.sha.length === 40 && text.startsWith(same.sha, at) && same.mode === (modes?.[path] ?? REGULAR);
      if (held && (plainPath(path) || !relativePathProblem(path))) files.set(path, same);
      else add(path, text.slice(at, at + 40));
    }
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

/** The files block of a manifest: where its braces are, its paths, and where each one's blob id starts in the text. */
interface FilesBlock {
  start: number;
  end: number;
  paths: string[];
  shaAt: number[];
}

/**
 * The files of a manifest in renderManifest's layout (one `  "path": "sha"` a line), with where
 * the block's braces are; undefined when the text is laid out otherwise or a line does not fit.
 * Lines are taken apart by position in the text: no string per line, no regular expression per
 * line (either was a tenth of a 100k-file dry-run). The blob ids are checked by the caller.
 */
function filesBlock(text: string): FilesBlock | undefined {
  const open = text.indexOf(FILES_OPEN);
  if (open === -1) return undefined;
  const start = open + FILES_OPEN.length - 2;
  const close = text.indexOf("\n }", start);
  if (close === -1) return undefined;
  const paths: string[] = [];
  const shaAt: number[] = [];
  const bodyStart = start + 2;
  if (bodyStart < close) {
    // Lines are separated by ",\n" (a path's own newline is written escaped).
    for (let at = bodyStart; ; ) {
      const separator = text.indexOf(",\n", at);
      const end = separator === -1 || separator + 2 > close ? close : separator;
      const path = fileLine(text, at, end);
      if (path === undefined) return undefined;
      paths.push(path);
      shaAt.push(end - 41);
      if (end === close) break;
      at = end + 2;
    }
  }
  return { start, end: close + 3, paths, shaAt };
}

/**
 * The path of one `  "path": "sha"` line (text[at, end)) as renderManifest writes it, or
 * undefined when the line has another shape. The blob id is the 40 characters before the end.
 */
function fileLine(text: string, at: number, end: number): string | undefined {
  // Two spaces, a quoted path of at least one character, '": "', 40 characters, '"'.
  if (end - at < 49 || !text.startsWith('  "', at) || text.charCodeAt(end - 1) !== 34) return undefined;
  if (!text.startsWith(SHA_PART, end - 45)) return undefined;
  const key = text.slice(at + 3, end - 45);
  if (!key.includes("\\")) return key.includes('"') ? undefined : key;
  try {
    const path: unknown = JSON.parse(`"${key}"`);
    return typeof path === "string" ? path : undefined;
  } catch {
    return undefined;
  }
}

export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
