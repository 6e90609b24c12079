import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import type { ZipEntry } from "./zip.js";

/**
 * The run's artifacts, one folder per name under `artifactsDir`, shared by the
 * upload/download-artifact stand-ins and the artifact service @actions/artifact talks to.
 */
export interface ArtifactRecord {
  id: number;
  name: string;
  size: number;
  digest: string;
  createdAt: string;
}

export class ArtifactStore {
  private readonly records: ArtifactRecord[] = [];

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  list(): ArtifactRecord[] {
    return [...this.records];
  }

  find(name: string): ArtifactRecord | undefined {
    return this.records.find((record) => record.name === name);
  }

  folder(name: string): string {
    return join(this.dir, name);
  }

  /** Adds an artifact; refuses an existing name unless `overwrite`, as the service does (409). */
  add(name: string, entries: ZipEntry[], options: { overwrite?: boolean } = {}): ArtifactRecord {
    const existing = this.find(name);
    if (existing && !options.overwrite) {
      throw new Error("Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run");
    }
    if (existing) this.remove(name);
    const folder = this.folder(name);
    const digest = createHash("sha256");
    let size = 0;
    for (const entry of entries) {
      const target = join(folder, entry.path);
      if (!`${target}${sep}`.startsWith(`${folder}${sep}`)) throw new Error(`artifact ${name}: the path ${entry.path} leaves the artifact`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, entry.data);
      digest.update(entry.path).update(entry.data);
      size += entry.data.length;
    }
    mkdirSync(folder, { recursive: true });
    const record: ArtifactRecord = { id: this.records.reduce((max, item) => Math.max(max, item.id), 0) + 1, name, size, digest: digest.digest("hex"), createdAt: new Date().toISOString() };
    this.records.push(record);
    return record;
  }

  remove(name: string): void {
    rmSync(this.folder(name), { recursive: true, force: true });
    const index = this.records.findIndex((record) => record.name === name);
    if (index >= 0) this.records.splice(index, 1);
  }

  /** An artifact's files, paths relative to it. */
  entries(name: string): ZipEntry[] {
    const folder = this.folder(name);
    const walk = (path: string): string[] => (statSync(path).isDirectory() ? readdirSync(path).flatMap((child) => walk(join(path, child))) : [path]);
    return existsSync(folder) ? walk(folder).sort().map((path) => ({ path: relative(folder, path).split(sep).join("/"), data: readFileSync(path) })) : [];
  }
}
