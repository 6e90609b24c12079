import { createHash } from "node:crypto";
import type { FileEntry, FileMap } from "./types.js";

/**
 * git's id for file content: sha-1 of `blob <size>\0` and the bytes. Both sides of a sync are
 * compared by it, so a folder, a git tree and a GitHub tree listing (which gives these ids
 * without reading a byte) all speak the same language.
 */
export function blobSha(bytes: Uint8Array): string {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** git's test for binary content: a NUL byte in the first 8000 bytes. */
export function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let index = 0; index < end; index++) if (bytes[index] === 0) return true;
  return false;
}

export function sameEntry(a: FileEntry | undefined, b: FileEntry | undefined): boolean {
  if (!a || !b) return a === b;
  return a.sha === b.sha && a.mode === b.mode;
}

/**
 * One digest over files and their ids, in path order: what a target or a source looked like,
 * in 64 hex digits. Paths are sorted by their UTF-16 code units, the same on every machine.
 */
export function filesDigest(files: FileMap | ReadonlyArray<readonly [string, FileEntry | undefined]>): string {
  const entries = files instanceof Map ? [...files.entries()] : [...files];
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash("sha256");
  for (const [path, entry] of entries) hash.update(`${entry ? `${entry.mode} ${entry.sha}` : "absent"}\t${path}\n`);
  return `sha256:${hash.digest("hex")}`;
}
