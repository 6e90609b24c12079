import { closeSync, constants, fstatSync, openSync, readdirSync, readlinkSync, readSync, type Dirent } from "node:fs";
import { createHash, hash } from "node:crypto";
import { keepYoungGenerationSmall } from "../../adapters/heap.js";
import { linkTarget } from "../paths.js";

export interface ScanInput {
  /** The folder walked, absolute. */
  root: string;
  /** Put before every path (the folder's place inside the endpoint, "" for its root). */
  prefix: string;
  maxFileSize?: number;
  /** Refuse symbolic links that lead outside the folder (a source); a target only reads them. */
  confineLinks: boolean;
}

/** What a walk found besides the files it handed to `onFile`. */
export interface ScanOutput {
  /** Every file path seen (read or not). */
  paths: string[];
  problems: Array<{ path: string; reason: string }>;
}

/** Receives each file read: its path, blob id, mode and size. */
export type OnFile = (path: string, sha: string, mode: string, size: number) => void;

/**
 * Walks `input.root` (never into .git) and gives each file git's blob id and mode, as `git add`
 * would: executables 100755, links 120000 with their text as content. `select` says which paths
 * to read (all when absent). Synchronous: at 100k files a system call is a few microseconds, and
 * a trip through libuv's threads costs more.
 */
export function scanTree(input: ScanInput, onFile: OnFile, select?: (path: string) => boolean): ScanOutput {
  const out: ScanOutput = { paths: [], problems: [] };
  // One read buffer for the walk: 100k small files read without 100k allocations.
  const buffer = Buffer.allocUnsafe(1 << 20);
  const prefixLength = input.prefix ? input.prefix.length + 1 : 0;

  // Each size's `blob <size>\0` header, made once: most files of a tree share a few sizes.
  const headers: Buffer[] = [];
  const gitHash = (file: number, size: number): string => {
    if (size + HEADER_ROOM < buffer.length) {
      // The bytes go after room for the header, which is copied in front of them afterwards; one
      // call then hashes the whole blob (crypto.hash): no hash object per file for the collector.
      // Asks for one byte more than fstat said: a file of that size is read in one call (the short
      // read is its end), and one that grew since shows it. No second call to read nothing.
      let read = 0;
      while (read <= size) {
        const want = size + 1 - read;
        const bytes = readSync(file, buffer, HEADER_ROOM + read, want, read);
        read += bytes;
        if (bytes === 0 || (bytes < want && read >= size)) break;
      }
      if (read !== size) throw new Error(`a file changed while it was read (${size} bytes, then ${read})`);
      const header = size < HEADER_CACHE ? (headers[size] ??= blobHeader(size)) : blobHeader(size);
      const start = HEADER_ROOM - header.length;
      header.copy(buffer, start);
      return hash("sha1", buffer.subarray(start, HEADER_ROOM + read), "hex");
    }
    const pieces = createHash("sha1").update(blobHeader(size));
    let position = 0;
    for (let bytes; (bytes = readSync(file, buffer, 0, buffer.length, position)) > 0; position += bytes) pieces.update(buffer.subarray(0, bytes));
    if (position !== size) throw new Error(`a file changed while it was read (${size} bytes, then ${position})`);
    return pieces.digest("hex");
  };
  const walk = (dir: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" && dir === input.root) return;
      throw error;
    }
    for (const entry of entries) {
      const name = entry.name;
      const path = prefix === "" ? name : `${prefix}/${name}`;
      const full = `${dir}/${name}`;
      if (entry.isDirectory()) {
        if (name !== ".git") walk(full, path);
        continue;
      }
      if (!entry.isFile() && !entry.isSymbolicLink()) continue;
      out.paths.push(path);
      // A long walk keeps nearly all it reads: V8's young generation need not double for it.
      if (out.paths.length === 10_000) keepYoungGenerationSmall();
      if (select && !select(path)) continue;
      if (entry.isSymbolicLink()) {
        const link = readlinkSync(full);
        if (input.confineLinks && linkTarget(path.slice(prefixLength), link) === undefined) {
          out.problems.push({ path, reason: `is a symbolic link to ${link}, outside the source; it is never followed` });
          continue;
        }
        const bytes = Buffer.from(link, "utf8");
        onFile(path, hash("sha1", Buffer.concat([Buffer.from(`blob ${bytes.length}\0`, "latin1"), bytes]), "hex"), "120000", bytes.length);
        continue;
      }
      const file = openSync(full, constants.O_RDONLY);
      try {
        const stat = fstatSync(file);
        if (input.maxFileSize !== undefined && stat.size > input.maxFileSize) {
          out.problems.push({ path, reason: `is ${stat.size} bytes, over the limit of ${input.maxFileSize} (options.max_file_size)` });
          continue;
        }
        onFile(path, gitHash(file, stat.size), stat.mode & 0o111 ? "100755" : "100644", stat.size);
      } finally {
        closeSync(file);
      }
    }
  };
  walk(input.root.replace(/\/+$/, ""), input.prefix);
  return out;
}

/** Room kept in front of a file's bytes for its header (`blob ` and up to 20 digits and a NUL fit). */
const HEADER_ROOM = 32;
/** Headers of files below this size are kept for the walk. */
const HEADER_CACHE = 1 << 16;

function blobHeader(size: number): Buffer {
  return Buffer.from(`blob ${size}\0`, "latin1");
}
