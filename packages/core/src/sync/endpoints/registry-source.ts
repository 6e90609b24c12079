import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigurationError } from "../../errors/index.js";
import type { SourceSnapshot } from "../types.js";
import { FolderSource } from "./file-source.js";
import type { SourceEndpoint } from "./port.js";

export const DEFAULT_NPM_REGISTRY = "https://registry.npmjs.org/";

interface Packument {
  "dist-tags"?: Record<string, string>;
  versions?: Record<string, { dist?: { tarball?: string; integrity?: string; shasum?: string } }>;
}

/**
 * The files of a published npm package version as a source: `name@version` (or `name@tag`, or
 * `name` for latest) from any registry. The tarball is checked against the integrity the
 * registry lists, unpacked by the `tar` package (which drops absolute paths and `..` and does
 * not write through links) into a temporary folder, and read as a folder source from there.
 */
export class RegistrySource implements SourceEndpoint {
  private folder: string | undefined;

  constructor(
    private readonly spec: string,
    private readonly registry: string,
    private readonly path: string,
    private readonly token: string | undefined,
  ) {}

  async read(include: (path: string) => boolean, maxFileSize: number): Promise<SourceSnapshot> {
    const at = this.spec.lastIndexOf("@");
    const name = at > 0 ? this.spec.slice(0, at) : this.spec;
    const wanted = at > 0 ? this.spec.slice(at + 1) : "latest";
    const base = this.registry.endsWith("/") ? this.registry : `${this.registry}/`;
    const packument = (await this.get(`${base}${name.replace("/", "%2F")}`, "json")) as Packument | undefined;
    if (!packument) throw new ConfigurationError(`the registry ${base} has no package ${name}`);
    const version = packument.versions?.[wanted] ? wanted : packument["dist-tags"]?.[wanted];
    const dist = version ? packument.versions?.[version]?.dist : undefined;
    if (!version || !dist?.tarball) throw new ConfigurationError(`${name} has no version or dist-tag '${wanted}' in ${base}`);
    const tarball = (await this.get(dist.tarball, "bytes", new URL(dist.tarball).origin === new URL(base).origin)) as Buffer;
    checkIntegrity(tarball, dist, `${name}@${version}`);
    this.folder = mkdtempSync(join(tmpdir(), "cadence-sync-package-"));
    const file = join(this.folder, "package.tgz");
    writeFileSync(file, tarball);
    const unpacked = join(this.folder, "package");
    mkdirSync(unpacked);
    const tar = await import("tar");
    // Every tarball npm publishes holds one top folder (package/): strip it.
    await tar.x({ file, cwd: unpacked, strip: 1, preservePaths: false });
    const snapshot = await new FolderSource(join(unpacked, ...this.path.split("/").filter(Boolean)), `${name}@${version}`).read(include, maxFileSize);
    return { ...snapshot, revision: `${name}@${version} (${dist.integrity ?? `sha1-${dist.shasum}`})` };
  }

  private async get(url: string, as: "json" | "bytes", withToken = true): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(url, { headers: { accept: as === "json" ? "application/json" : "*/*", ...(this.token && withToken ? { authorization: `Bearer ${this.token}` } : {}) }, signal: AbortSignal.timeout(60_000) });
    } catch (error) {
      throw new ConfigurationError(`cannot reach the registry at ${new URL(url).origin}: ${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)}`);
    }
    if (response.status === 404) return undefined;
    if (!response.ok) throw new ConfigurationError(`the registry answered HTTP ${response.status} for ${url.replace(/\?.*$/, "")}`);
    return as === "json" ? response.json() : Buffer.from(await response.arrayBuffer());
  }

  async close(): Promise<void> {
    if (this.folder) rmSync(this.folder, { recursive: true, force: true });
  }
}

function checkIntegrity(bytes: Buffer, dist: { integrity?: string; shasum?: string }, what: string): void {
  const sri = dist.integrity?.split(/\s+/).find((item) => item.startsWith("sha512-"));
  const ok = sri ? `sha512-${createHash("sha512").update(bytes).digest("base64")}` === sri : dist.shasum ? createHash("sha1").update(bytes).digest("hex") === dist.shasum : false;
  if (!ok) throw new ConfigurationError(`the tarball of ${what} does not match the integrity the registry lists; nothing is synced from it`);
}
