import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { basename, extname, isAbsolute, join, relative, sep } from "node:path";
import picomatch from "picomatch";
import { ConfigurationError } from "../errors/index.js";
import type { AssetFile } from "./release-effects.js";

const CONTENT_TYPES: Record<string, string> = {
  ".zip": "application/zip",
  ".gz": "application/gzip",
  ".tgz": "application/gzip",
  ".json": "application/json",
  ".yaml": "application/yaml",
  ".yml": "application/yaml",
  ".txt": "text/plain",
  ".md": "text/markdown",
  ".sig": "application/pgp-signature",
  ".asc": "application/pgp-signature",
  ".pem": "application/x-pem-file",
};

/** Folders never searched: history and installed dependencies are not release assets. */
const SKIPPED = new Set([".git", "node_modules"]);

/**
 * The files the asset globs name, with their digests. Every glob must match at least one file:
 * a glob that matches nothing is almost always a build that did not run or a typo. Globs are
 * relative to the repository; an absolute one must lie in `scratch`, the run's temporary folder
 * (RUNNER_TEMP), where capsule-sign leaves the signed capsule so that npm never packs it.
 */
export interface CollectOptions {
  /**
   * A dry-run: the earlier steps were dry-runs too, so what they write in the temporary folder (the
   * signed capsule) is not there yet. Such a glob is handed to `pending` instead of refused; a
   * glob relative to the repository (built files) must still match.
   */
  dryRun?: boolean;
  pending?: (glob: string) => void;
}

export async function collectAssets(root: string, globs: readonly string[], scratch?: string, options: CollectOptions = {}): Promise<AssetFile[]> {
  if (globs.length === 0) return [];
  const files = globs.some((glob) => !isAbsolute(glob)) ? await listFiles(root) : [];
  const scratchFiles = globs.some((glob) => isAbsolute(glob)) ? await scratchListing(globs, scratch) : [];
  const chosen = new Map<string, string>();
  const unmatched: string[] = [];
  for (const glob of globs) {
    const absolute = isAbsolute(glob);
    const pattern = absolute ? relative(scratch!, glob).split(sep).join("/") : glob.replace(/^\.\//, "");
    const isMatch = picomatch(pattern, { dot: true });
    const hits = absolute ? scratchFiles.filter((file) => isMatch(file)).map((file) => join(scratch!, file)) : files.filter((file) => isMatch(file));
    if (hits.length === 0 && absolute && options.dryRun) options.pending?.(glob);
    else if (hits.length === 0) unmatched.push(glob);
    for (const hit of hits) chosen.set(hit, hit);
  }
  if (unmatched.length > 0) {
    throw new ConfigurationError(
      `the asset glob${unmatched.length > 1 ? "s" : ""} ${unmatched.map((glob) => `'${glob}'`).join(", ")} matched no file in ${root}. ` +
        "Build the assets before publishing, or correct the glob.",
    );
  }
  const assets: AssetFile[] = [];
  const byName = new Map<string, string>();
  for (const path of [...chosen.keys()].sort()) {
    const name = basename(path);
    const clash = byName.get(name);
    if (clash) throw new ConfigurationError(`two assets would both be named ${name} on the release: ${clash} and ${path}. Rename one, or narrow the globs.`);
    byName.set(name, path);
    const content = await readFile(isAbsolute(path) ? path : join(root, path));
    assets.push({ name, path, sha256: createHash("sha256").update(content).digest("hex"), size: content.length, contentType: CONTENT_TYPES[extname(name).toLowerCase()] ?? "application/octet-stream" });
  }
  return assets;
}

/** The scratch folder's files, once every absolute glob is known to lie inside it. */
async function scratchListing(globs: readonly string[], scratch: string | undefined): Promise<string[]> {
  for (const glob of globs.filter((candidate) => isAbsolute(candidate))) {
    const rel = scratch ? relative(scratch, glob) : "..";
    if (rel.startsWith("..") || isAbsolute(rel)) {
      throw new ConfigurationError(
        `the asset glob '${glob}' is outside the repository${scratch ? ` and the run's temporary folder (${scratch})` : ""}: asset globs are relative to the repository, or absolute inside RUNNER_TEMP`,
      );
    }
  }
  return listFiles(scratch!);
}

async function listFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) found.push(relative(root, full).split("\\").join("/"));
    }
  };
  await walk(root);
  return found.sort();
}
