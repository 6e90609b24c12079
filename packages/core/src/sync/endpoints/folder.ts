import { lstatSync, readFileSync, readlinkSync } from "node:fs";
import { blobSha } from "../blob.js";
import { join } from "node:path";
import { EXECUTABLE, REGULAR, SYMLINK, type ContentReader, type FileEntry, type FileMap } from "../types.js";
import { scanTree } from "./scan-core.js";

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
  /** An entry already held for a path: used instead of a new one when it is the same content. */
  known?: (path: string) => FileEntry | undefined;
  /** Read only the paths `known` has an entry for. */
  onlyKnown?: boolean;
}

/** Walks a folder (see scanTree) into a files map, reading only what `options` select. */
export function scanFolder(root: string, options: ScanOptions = {}): FolderScan {
  const files: FileMap = new Map();
  // The entry held for the path just selected: scanTree reads a selected file and hands it to
  // onFile before it selects the next one, so each path is looked up once, not twice.
  let held: FileEntry | undefined;
  const select = options.onlyKnown || options.hash
    ? (path: string) => {
        held = options.known?.(path);
        return (!options.onlyKnown || held !== undefined) && (!options.hash || options.hash(path));
      }
    : undefined;
  const onFile = (path: string, sha: string, mode: string, size: number) => {
    // An entry already held for the same content is used again: one object per file, not two.
    const same = select ? held : options.known?.(path);
    files.set(path, same && same.sha === sha && same.mode === mode ? same : { sha, mode, size });
  };
  const input = { root, prefix: options.prefix ?? "", ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}), confineLinks: options.confineLinks ?? false };
  const { paths, problems } = scanTree(input, onFile, select);
  return { files, paths, problems };
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
    return { sha: blobSha(bytes), mode: SYMLINK, size: bytes.length };
  }
  if (!stat.isFile()) return undefined;
  const bytes = readFileSync(full);
  return { sha: blobSha(bytes), mode: stat.mode & 0o111 ? EXECUTABLE : REGULAR, size: bytes.length };
}
