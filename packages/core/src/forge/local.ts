import { createHash, randomBytes } from "node:crypto";
import { copyFile, mkdir, readFile, readdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../adapters/files.js";
import type { MakeLatest, NewRelease, Release, ReleaseAsset, ReleaseEdit, ReleaseForge } from "./releases.js";

interface StoredRelease extends Omit<Release, "url" | "assets" | "publishedAt"> {
  commit: string;
  makeLatest?: MakeLatest;
  /** Higher for the release made Latest more recently (see latestRelease). */
  latestOrder?: number;
  createdAt: string;
  publishedAt: string | null;
}

/**
 * A forge that keeps releases in a folder: `<dir>/<tag>/release.json` and the assets beside it.
 * The CLI uses it when there is no GitHub token, so a release can be rehearsed on a laptop.
 */
export class LocalForge implements ReleaseForge {
  readonly description: string;
  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.description = `local folder ${dir}`;
  }

  async checkReleaseAccess(): Promise<void> {
    // A folder the user owns: nothing to check before the first write creates it.
  }

  async findRelease(tag: string): Promise<Release | undefined> {
    const stored = await this.read(tag);
    return stored ? this.present(stored) : undefined;
  }

  async createDraftRelease(release: NewRelease): Promise<Release> {
    const existing = await this.read(release.tag);
    if (existing) return this.present(existing);
    const stored: StoredRelease = {
      id: await this.nextId(),
      tag: release.tag,
      name: release.name,
      body: release.body,
      commit: release.commit,
      draft: true,
      prerelease: release.prerelease,
      immutable: false,
      createdAt: this.now().toISOString(),
      publishedAt: null,
    };
    await this.write(stored);
    return this.present(stored);
  }

  async uploadAsset(release: Release, asset: { name: string; path: string; contentType: string }): Promise<ReleaseAsset> {
    const folder = join(this.folder(release.tag), "assets");
    await mkdir(folder, { recursive: true });
    const temporary = join(folder, `.${asset.name}.${randomBytes(4).toString("hex")}.partial`);
    await copyFile(asset.path, temporary);
    await rename(temporary, join(folder, asset.name));
    const found = (await this.assets(release.tag)).find((candidate) => candidate.name === asset.name);
    if (!found) throw new Error(`the asset ${asset.name} vanished after upload`);
    return found;
  }

  async deleteAsset(release: Release, asset: ReleaseAsset): Promise<void> {
    await rm(join(this.folder(release.tag), "assets", asset.name), { force: true });
  }

  async publishRelease(release: Release, options: { makeLatest: MakeLatest; prerelease: boolean }): Promise<Release> {
    const stored = await this.read(release.tag);
    if (!stored) throw new Error(`there is no release for ${release.tag} to publish`);
    const published: StoredRelease = { ...stored, draft: false, prerelease: options.prerelease, makeLatest: options.makeLatest, publishedAt: this.now().toISOString() };
    await this.write(published);
    if (options.makeLatest === "true" && !options.prerelease) await this.markLatest(published.tag);
    return this.present(published);
  }

  async findPublishedRelease(tag: string): Promise<Release | undefined> {
    const stored = await this.read(tag);
    return stored && !stored.draft ? this.present(stored) : undefined;
  }

  /**
   * The release last made Latest: each marking gives its release the next `latestOrder`. Releases
   * written before that field existed count in the order they were published.
   */
  async latestRelease(): Promise<Release | undefined> {
    const rank = (stored: StoredRelease) => [stored.latestOrder ?? 0, stored.publishedAt ?? ""] as const;
    let best: StoredRelease | undefined;
    for (const stored of await this.readAll()) {
      if (stored.draft || stored.prerelease || (stored.makeLatest !== "true" && stored.latestOrder === undefined)) continue;
      if (!best) best = stored;
      else {
        const [order, at] = rank(stored);
        const [bestOrder, bestAt] = rank(best);
        if (order > bestOrder || (order === bestOrder && at > bestAt)) best = stored;
      }
    }
    return best ? this.present(best) : undefined;
  }

  async updateRelease(release: Release, edit: ReleaseEdit): Promise<Release> {
    const stored = await this.read(release.tag);
    if (!stored) throw new Error(`there is no release for ${release.tag} to edit`);
    const edited: StoredRelease = { ...stored, ...(edit.name !== undefined ? { name: edit.name } : {}), ...(edit.body !== undefined ? { body: edit.body } : {}) };
    await this.write(edited);
    if (edit.makeLatest === "true" && !edited.draft && !edited.prerelease) await this.markLatest(edited.tag);
    return this.present(edited);
  }

  private async markLatest(tag: string): Promise<void> {
    const all = await this.readAll();
    const stored = all.find((candidate) => candidate.tag === tag);
    if (!stored) return;
    const order = Math.max(0, ...all.map((candidate) => candidate.latestOrder ?? 0)) + 1;
    await this.write({ ...stored, latestOrder: order });
  }

  private async readAll(): Promise<StoredRelease[]> {
    let entries: string[] = [];
    try {
      entries = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    const all: StoredRelease[] = [];
    for (const entry of entries) {
      const stored = await this.read(decodeURIComponent(entry));
      if (stored) all.push(stored);
    }
    return all;
  }

  private folder(tag: string): string {
    return join(this.dir, encodeURIComponent(tag));
  }

  private async read(tag: string): Promise<StoredRelease | undefined> {
    try {
      return JSON.parse(await readFile(join(this.folder(tag), "release.json"), "utf8")) as StoredRelease;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  private async write(stored: StoredRelease): Promise<void> {
    await writeFileAtomic(join(this.folder(stored.tag), "release.json"), `${JSON.stringify(stored, null, 2)}\n`);
  }

  private async present(stored: StoredRelease): Promise<Release> {
    return {
      id: stored.id,
      tag: stored.tag,
      name: stored.name,
      body: stored.body,
      draft: stored.draft,
      prerelease: stored.prerelease,
      immutable: stored.immutable,
      url: this.folder(stored.tag),
      assets: await this.assets(stored.tag),
      ...(stored.publishedAt && !stored.draft ? { publishedAt: stored.publishedAt } : {}),
    };
  }

  private async assets(tag: string): Promise<ReleaseAsset[]> {
    const folder = join(this.folder(tag), "assets");
    let names: string[];
    try {
      names = (await readdir(folder)).filter((name) => !name.startsWith(".")).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
    const assets: ReleaseAsset[] = [];
    for (const [index, name] of names.entries()) {
      const path = join(folder, name);
      const content = await readFile(path);
      assets.push({ id: index + 1, name, size: (await stat(path)).size, digest: `sha256:${createHash("sha256").update(content).digest("hex")}`, state: "uploaded" });
    }
    return assets;
  }

  private async nextId(): Promise<number> {
    let entries: string[] = [];
    try {
      entries = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    return entries.length + 1;
  }
}
