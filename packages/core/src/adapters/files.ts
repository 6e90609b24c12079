import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { ConfigurationError } from "../errors/index.js";
import { atPath } from "../errors/system.js";
import { writableProblem } from "../plan/preconditions.js";
import { decodeText } from "./text-encoding.js";
import type { Files } from "../ports/index.js";
import { TextSource } from "../plan/text-source.js";

/** Files under one root. Writes go to a temporary file first and are renamed into place, so a crash never leaves half a file. */
export class LocalFiles implements Files {
  readonly root: string;
  constructor(root: string) {
    this.root = resolve(root);
  }

  private locate(path: string): string {
    const full = resolve(this.root, path);
    const rel = relative(this.root, full);
    if (rel.startsWith("..") || isAbsolute(rel)) {
      throw new ConfigurationError(`the path ${path} points outside the repository (${this.root})`);
    }
    return full;
  }

  // Reads and listings are synchronous inside: a command asks for a few dozen small files, mostly
  // absent (the configuration is looked for in some thirty places), and each asynchronous ask
  // waits for a trip through libuv's threads, ten times what the system call takes.

  async read(path: string): Promise<string | undefined> {
    try {
      return decodeText(readFileSync(this.locate(path)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw atPath(error, resolve(this.root, path));
    }
  }

  async list(dir: string): Promise<string[]> {
    try {
      const entries = readdirSync(this.locate(dir), { withFileTypes: true });
      return entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
    } catch (error) {
      if (["ENOENT", "ENOTDIR"].includes((error as NodeJS.ErrnoException).code ?? "")) return [];
      throw atPath(error, resolve(this.root, dir));
    }
  }

  writable(path: string): string | undefined {
    return writableProblem(this.locate(path), path);
  }

  async write(path: string, content: string): Promise<void> {
    await writeFileAtomic(this.locate(path), content);
  }

  async writeInPieces(path: string, content: TextSource): Promise<void> {
    await writeFileAtomic(this.locate(path), content);
  }
}

/**
 * Writes a file through a temporary file beside it and a rename, creating its folder: readers see
 * the old content or the new, never half of it, and a crash leaves no partial file in place.
 * Synchronous inside, like the reads: the module that does it asynchronously (node:fs/promises)
 * costs a command more to load than all its writes take.
 */
export async function writeFileAtomic(path: string, content: string | Buffer | TextSource): Promise<void> {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw atPath(error, dirname(path));
  }
  // Unique by the process and a random part; "wx" refuses a name somehow taken.
  const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    if (content instanceof TextSource) writePieces(temporary, content);
    else writeFileSync(temporary, content, { flag: "wx" });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    // The temporary name means nothing to the reader: the file being written does.
    if (error instanceof Error && (error as NodeJS.ErrnoException).path === temporary) (error as NodeJS.ErrnoException).path = path;
    throw atPath(error, path);
  }
}

function writePieces(path: string, content: TextSource): void {
  const file = openSync(path, "wx");
  try {
    content.each((piece) => writeAll(file, Buffer.from(piece, "utf8")));
  } finally {
    closeSync(file);
  }
}

function writeAll(file: number, bytes: Buffer): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(file, bytes, written);
}
