import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, symlinkSync, unlinkSync } from "node:fs";
import { dirname, isAbsolute, join, relative } from "node:path";
import { writeFileAtomic } from "../../adapters/files.js";
import type { EffectHandler } from "../../plan/apply.js";
import type { Effect } from "../../plan/plan.js";
import { entryText, pathsDigest, sameEntry } from "../blob.js";
import { parseManifest, renderManifest, type Manifest } from "../manifest.js";
import { below } from "../paths.js";
import type { Change } from "../planner.js";
import { EXECUTABLE, SYMLINK, type FileEntry, type FileMap } from "../types.js";
import { entryAt, folderReader, scanFolder } from "./folder.js";
import type { PlannedWork, TargetEndpoint, TargetState, TargetWork } from "./port.js";

/**
 * A folder as a target, written directly (no branch, no pull request). Before the first file is
 * written, the manifest notes every change it is about to make (`pending`); the last effect
 * writes the final manifest. A re-run after a crash reads the note, counts files already written
 * as not yet written, so its plan (and plan hash) is the dry-run's again, and finishes the rest.
 */
export class FolderTarget implements TargetEndpoint {
  constructor(
    /** The target's root folder, absolute. */
    private readonly root: string,
    /** The folder below the root the sync writes ("" for the root). */
    private readonly folder: string,
    private readonly manifestPath: string,
    private readonly syncId: string,
  ) {}

  async observe(source: FileMap): Promise<TargetState> {
    const exists = existsSync(this.root);
    const manifest = this.readManifest(source);
    const managed = manifest?.files;
    // The paths that matter: the source's and the manifest's (a folder's base is a digest over them).
    // Sorted once here (the default sort compares UTF-16 code units); the digests sort a copy
    // again, which for sorted paths is one pass.
    const relevant = [...source.keys()];
    for (const path of managed?.keys() ?? []) if (!source.has(path)) relevant.push(path);
    relevant.sort();
    // A file that holds what the source (or the manifest) says shares that entry: 100k files are
    // then one entry each in memory, not three.
    // Only paths the source or the manifest has count: known returns an entry for exactly those.
    const known = (path: string) => source.get(path) ?? managed?.get(path);
    const scan = scanFolder(this.folderPath(), { prefix: this.folder, known, onlyKnown: true });
    const files: FileMap = scan.files;
    // Managed files outside the folder (the folder was changed in the config) are read one by one.
    for (const path of manifest?.files.keys() ?? []) {
      if (below(this.folder, path) === undefined) {
        const entry = entryAt(this.root, path);
        if (entry) files.set(path, entry);
      }
    }
    return {
      exists,
      base: folderBase(relevant, files, manifest),
      files,
      paths: scan.paths,
      manifest,
      reader: folderReader(this.root),
      blob: async () => undefined,
      ...(manifest?.applied ? { appliedPlan: manifest.applied } : {}),
      ...(manifest?.pending ? { pending: manifest.pending } : {}),
      relevant,
    };
  }

  private folderPath(): string {
    return join(this.root, ...this.folder.split("/").filter(Boolean));
  }

  private readManifest(source?: FileMap): Manifest | undefined {
    const full = join(this.root, ...this.manifestPath.split("/"));
    if (!existsSync(full)) return undefined;
    return parseManifest(readFileSync(full, "utf8"), this.manifestPath, this.syncId, source);
  }

  effects(_state: TargetState, work: PlannedWork): Effect[] {
    const effects: Effect[] = [];
    if (work.changes.length > 0) {
      effects.push({ kind: "sync-file-journal", id: `journal:${this.manifestPath}`, summary: `note the ${work.changes.length} change(s) in ${this.manifestPath} before writing any`, path: this.manifestPath, changes: work.changes.length });
    }
    for (const change of work.changes) {
      if (change.action === "delete") effects.push({ kind: "sync-file-delete", id: `delete:${change.path}`, summary: `delete ${change.path}`, path: change.path, sha: change.before!.sha });
      else effects.push({ kind: "sync-file-write", id: `write:${change.path}`, summary: `${change.action === "add" ? "add" : "update"} ${change.path}`, path: change.path, sha: change.after!.sha, mode: change.after!.mode });
    }
    if (work.manifestSha) effects.push({ kind: "sync-file-manifest", id: `manifest:${this.manifestPath}`, summary: `write the manifest ${this.manifestPath}`, path: this.manifestPath, files: work.manifestSha });
    return effects;
  }

  handlers(_state: TargetState, work: TargetWork): Record<string, EffectHandler> {
    const byPath = new Map(work.changes.map((change) => [change.path, change]));
    const current = (path: string) => entryAt(this.root, path);
    const manifestNow = () => this.readManifest();
    return {
      "sync-file-journal": {
        isDone: async () => {
          const manifest = manifestNow();
          return manifest?.pending?.planHash === work.planHash() || (manifest !== undefined && !manifest.pending && manifest.applied === work.planHash());
        },
        run: async () => {
          const old = manifestNow();
          const noted: Manifest = { syncId: this.syncId, files: old?.files ?? new Map(), pending: { planHash: work.planHash(), changes: journalOf(work.changes) } };
          await writeFileAtomic(this.full(this.manifestPath), renderManifest(noted));
        },
      },
      "sync-file-write": {
        isDone: async (effect) => sameEntry(current(String(effect.path)), { sha: String(effect.sha), mode: String(effect.mode), size: 0 }),
        run: async (effect) => {
          const change = byPath.get(String(effect.path))!;
          await this.write(change, await work.content(change));
        },
      },
      "sync-file-delete": {
        isDone: async (effect) => current(String(effect.path)) === undefined,
        run: async (effect) => this.remove(String(effect.path)),
      },
      "sync-file-manifest": {
        isDone: async () => {
          const manifest = manifestNow();
          return manifest !== undefined && !manifest.pending && renderManifest({ ...manifest, applied: undefined }) === work.manifestText;
        },
        run: async () => {
          const final = parseManifest(work.manifestText, this.manifestPath, this.syncId);
          await writeFileAtomic(this.full(this.manifestPath), renderManifest({ ...final, applied: work.planHash() }));
        },
      },
    };
  }

  async smokeFolder(): Promise<string | undefined> {
    return this.root;
  }

  async close(): Promise<void> {}

  private full(path: string): string {
    const full = join(this.root, ...path.split("/"));
    // The folder a file goes into must be inside the target once links are resolved: a link in
    // the target never carries a write out of it.
    mkdirSync(dirname(full), { recursive: true });
    const inside = relative(realpathSync(this.root), realpathSync(dirname(full)));
    if (inside.startsWith("..") || isAbsolute(inside)) throw new Error(`${path}: the folder it goes into leads outside the target through a symbolic link; nothing written there`);
    return full;
  }

  private async write(change: Change, bytes: Buffer): Promise<void> {
    const full = this.full(change.path);
    const entry = change.after!;
    if (existsSync(full) || isLink(full)) {
      if (lstatSync(full).isDirectory()) throw new Error(`${change.path}: the target has a folder there`);
    }
    if (entry.mode === SYMLINK) {
      const temporary = `${full}.${process.pid}.link.tmp`;
      rmSync(temporary, { force: true });
      symlinkSync(bytes.toString("utf8"), temporary);
      renameSync(temporary, full);
      return;
    }
    if (isLink(full)) unlinkSync(full);
    await writeFileAtomic(full, bytes);
    chmodSync(full, entry.mode === EXECUTABLE ? 0o755 : 0o644);
  }

  private remove(path: string): void {
    const full = this.full(path);
    rmSync(full, { force: true });
    // Folders left empty go too, up to the sync's folder (git keeps no empty folders either).
    const stop = join(this.root, ...this.folder.split("/").filter(Boolean));
    for (let dir = dirname(full); dir.startsWith(stop) && dir !== stop && dir !== this.root; dir = dirname(dir)) {
      if (readdirSync(dir).length > 0) break;
      rmdirSync(dir);
    }
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

const journalText = (entry: FileEntry | undefined) => (entry ? `${entry.mode} ${entry.sha}` : "");

/** The write-ahead note of a folder apply: path → [before, after] as "mode sha" ("" for absent). */
export function journalOf(changes: readonly Change[]): Record<string, [string, string]> {
  const journal: Record<string, [string, string]> = {};
  for (const change of changes) journal[change.path] = [journalText(change.before), journalText(change.after)];
  return journal;
}

/**
 * The state a folder was in before the apply its manifest notes as interrupted: files it already
 * wrote (or deleted) counted as they were. Planned from this, the plan is that apply's again, and
 * applying it finishes the rest; any other change since is still seen (and makes the plan stale).
 */
export function stateBeforePending(state: TargetState): TargetState | undefined {
  if (!state.pending) return undefined;
  const files: FileMap = new Map(state.files);
  for (const [path, [before, after]] of Object.entries(state.pending.changes)) {
    if (journalText(files.get(path)) !== after) continue;
    if (before === "") files.delete(path);
    else {
      const [mode, sha] = before.split(" ");
      files.set(path, { sha: sha!, mode: mode!, size: -1 });
    }
  }
  return { ...state, files, base: folderBase(state.relevant ?? new Set(files.keys()), files, state.manifest) };
}

/**
 * What a folder target looked like, at the paths that matter: each one's content in the target
 * and in the manifest, in one digest (the base a plan is made on).
 */
function folderBase(relevant: Iterable<string>, files: FileMap, manifest: Manifest | undefined): string {
  // A manifest that manages nothing (one holding only an apply's note) counts as none.
  const managed = manifest && manifest.files.size > 0 ? manifest.files : undefined;
  return pathsDigest(relevant, (path) => {
    const now = files.get(path);
    const then = managed?.get(path);
    // Most files hold what the sync last wrote: one entry, described once.
    if (now !== undefined && now === then) return `${now.mode} ${now.sha} ${now.mode} ${now.sha}`;
    return `${entryText(now)} ${managed ? entryText(then) : "unmanaged"}`;
  });
}
