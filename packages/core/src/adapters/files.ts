import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { ConfigurationError } from "../errors/index.js";
import type { Files } from "../ports/index.js";

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

  async read(path: string): Promise<string | undefined> {
    try {
      return await readFile(this.locate(path), "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  async list(dir: string): Promise<string[]> {
    try {
      const entries = await readdir(this.locate(dir), { withFileTypes: true });
      return entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
    } catch (error) {
      if (["ENOENT", "ENOTDIR"].includes((error as NodeJS.ErrnoException).code ?? "")) return [];
      throw error;
    }
  }

  async write(path: string, content: string): Promise<void> {
    await writeFileAtomic(this.locate(path), content);
  }
}

/**
 * Writes a file through a temporary file beside it and a rename, creating its folder: readers see
 * the old content or the new, never half of it, and a crash leaves no partial file in place.
 */
export async function writeFileAtomic(path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}
