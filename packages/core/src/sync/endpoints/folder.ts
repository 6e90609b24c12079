import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, type Dirent } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { joinPath, linkTarget } from "../paths.js";
import { EXECUTABLE, REGULAR, SYMLINK, type ContentReader, type FileEntry, type FileMap } from "../types.js";

export interface FolderScan {
  /** Files by path relative to the folder (hashed ones only, see `hash`). */
  files: FileMap;
  /** Every file path seen, hashed or not. */
  paths: string[];
  /** Files refused: links leading out, files over the size limit. */
  problems: Array<{ path: string; reason: string }>;
}

export interface ScanOptions {
  /** Which paths to read and hash (all when unset). */
  hash?: (path: string) => boolean;
  maxFileSize?: number;
  /** Refuse symbolic links that lead outside the folder (a source); a target only reads them. */
  confineLinks?: boolean;
  /** Put before every path: the folder's place inside the endpoint ("" for its root). */
  prefix?: string;
}

/** One read buffer per scan: 100k small files read without 100k allocations. */
const CHUNK = 1 << 20;

/**
 * Walks a folder (never into `.git`) and gives each file git's blob id and mode, as `git add`
 * would: executables 100755, links 120000 with their text as content. Synchronous: at 100k files
 * a system call is a few microseconds, and a trip through libuv's threads costs more.
 */
export function scanFolder(root: string, options: ScanOptions = {}): FolderScan {
  const scan: FolderScan = { files: new Map(), paths: [], problems: [] };
  const buffer = Buffer.allocUnsafe(CHUNK);
  const walk = (dir: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" && dir === root) return;
      throw error;
    }
    for (const entry of entries) {
      const name = entry.name;
      const path = joinPath(prefix, name);
      const full = join(dir, name);
      if (entry.isDirectory()) {
        if (name !== ".git") walk(full, path);
        continue;
      }
      if (!entry.isFile() && !entry.isSymbolicLink()) continue;
      scan.paths.push(path);
      if (options.hash && !options.hash(path)) continue;
      if (entry.isSymbolicLink()) {
        const link = readlinkSync(full);
        if (options.confineLinks && linkTarget(path.slice(options.prefix ? options.prefix.length + 1 : 0), link) === undefined) {
          scan.problems.push({ path, reason: `is a symbolic link to ${link}, outside the source; it is never followed` });
          continue;
        }
        const bytes = Buffer.from(link, "utf8");
        scan.files.set(path, { sha: hashBytes(bytes, bytes.length), mode: SYMLINK, size: bytes.length });
        continue;
      }
      const file = openSync(full, "r");
      try {
        const stat = fstatSync(file);
        if (options.maxFileSize !== undefined && stat.size > options.maxFileSize) {
          scan.problems.push({ path, reason: `is ${stat.size} bytes, over the limit of ${options.maxFileSize} (options.max_file_size)` });
          continue;
        }
        const mode = stat.mode & 0o111 ? EXECUTABLE : REGULAR;
        scan.files.set(path, { sha: hashFile(file, stat.size, buffer), mode, size: stat.size });
      } finally {
        closeSync(file);
      }
    }
  };
  walk(root, options.prefix ?? "");
  return scan;
}

function hashBytes(bytes: Uint8Array, size: number): string {
  return createHash("sha1").update(`blob ${size}\0`).update(bytes).digest("hex");
}

/** The blob id of an open file, read in pieces of the shared buffer. */
function hashFile(file: number, size: number, buffer: Buffer): string {
  const hash = createHash("sha1").update(`blob ${size}\0`);
  let position = 0;
  for (;;) {
    const bytes = readSync(file, buffer, 0, buffer.length, position);
    if (bytes === 0) break;
    hash.update(buffer.subarray(0, bytes));
    position += bytes;
  }
  if (position !== size) throw new Error(`the file changed while it was read (${size} bytes, then ${position})`);
  return hash.digest("hex");
}

/** Reads files of a folder by their path: a link's text for links, the bytes otherwise. */
export function folderReader(root: string): ContentReader {
  return {
    async read(path: string, entry: FileEntry): Promise<Buffer> {
      const full = join(root, ...path.split("/"));
      return entry.mode === SYMLINK ? Buffer.from(readlinkSync(full), "utf8") : readFileSync(full);
    },
  };
}

/** The entry of one file of a folder by its path, or undefined when there is no file there. */
export function entryAt(root: string, path: string): FileEntry | undefined {
  const full = join(root, ...path.split("/"));
  let stat;
  try {
    stat = lstatSync(full);
  } catch {
    return undefined;
  }
  if (stat.isSymbolicLink()) {
    const bytes = Buffer.from(readlinkSync(full), "utf8");
    return { sha: hashBytes(bytes, bytes.length), mode: SYMLINK, size: bytes.length };
  }
  if (!stat.isFile()) return undefined;
  const bytes = readFileSync(full);
  return { sha: hashBytes(bytes, bytes.length), mode: stat.mode & 0o111 ? EXECUTABLE : REGULAR, size: bytes.length };
}
