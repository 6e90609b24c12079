import type { ManifestFile, PackageConfig } from "../config/types.js";
import { ConfigurationError } from "../errors/index.js";
import type { Committer } from "../identity/committer.js";
import { updateLockfile, updateManifest } from "../manifests/update.js";
import { gitCommitEffect, writeFileEffect } from "../plan/file-effects.js";
import { sha256, type Effect, type Plan } from "../plan/plan.js";
import type { PackageDecision } from "./decide.js";

/** The manifest files as read from disk: path → text (undefined when missing). */
export type ManifestTexts = ReadonlyMap<string, string | undefined>;

export const LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json"] as const;

/**
 * The files version-bump would touch for a package: its manifests (by default its package.json,
 * skipped when missing; configured ones must exist), and the root lockfiles next to a package.json.
 */
export function manifestPaths(pkg: PackageConfig): { manifests: ManifestFile[]; optional: boolean; lockfiles: string[] } {
  const defaulted = pkg.manifests.length === 0;
  const manifests = defaulted ? [{ path: pkg.path === "." ? "package.json" : `${pkg.path}/package.json`, kind: "package-json" as const }] : pkg.manifests;
  const usesPackageJson = manifests.some((manifest) => manifest.kind === "package-json");
  return { manifests, optional: defaulted, lockfiles: usesPackageJson ? [...LOCKFILES] : [] };
}

export interface PlanInput {
  head: string;
  branch?: string;
  decisions: readonly PackageDecision[];
  packages: readonly PackageConfig[];
  texts: ManifestTexts;
  /** `committer`: who makes the commit; needed when it is enabled. */
  releaseCommit: { enabled: boolean; message: string; committer?: Committer; date?: string };
  /** Paths with uncommitted changes that join the release commit (the changelog and release record). */
  extraCommitPaths?: readonly string[];
}

/** Pure: the effects of version-bump. Tags and pushes are publish's, after the gates. */
export function planVersionBump(input: PlanInput): Plan {
  const effects: Effect[] = [];
  const touched: string[] = [];
  const pending = new Map<string, string>();
  const read = (path: string) => (pending.has(path) ? pending.get(path) : input.texts.get(path));
  for (const decision of input.decisions) {
    if (!decision.next) continue;
    const pkg = input.packages.find((candidate) => candidate.name === decision.name)!;
    const { manifests, optional, lockfiles } = manifestPaths(pkg);
    for (const manifest of manifests) {
      const text = read(manifest.path);
      if (text === undefined) {
        if (optional) continue;
        throw new ConfigurationError(`the manifest ${manifest.path} named in the configuration does not exist`, { file: manifest.path });
      }
      pending.set(manifest.path, updateManifest(manifest, text, decision.next));
    }
    if (manifests.some((manifest) => manifest.kind === "package-json" && read(manifest.path) !== undefined)) {
      for (const lockfile of lockfiles) {
        const text = read(lockfile);
        if (text !== undefined) pending.set(lockfile, updateLockfile(lockfile, text, decision.next, pkg.path));
      }
    }
  }
  // A file that already holds the new content stays in the plan: apply reports it as already done.
  for (const [path, content] of pending) {
    const versions = input.decisions.filter((decision) => decision.next).map((decision) => decision.next);
    effects.push(writeFileEffect(path, content, `write ${versions.join(", ")} into ${path}`));
    touched.push(path);
  }
  const released = input.decisions.filter((decision) => decision.next);
  if (input.releaseCommit.enabled && touched.length > 0) {
    const names = released.map((decision) => (input.decisions.length > 1 ? `${decision.name}@${decision.next}` : decision.next!)).join(", ");
    const paths = [...touched, ...(input.extraCommitPaths ?? []).filter((path) => !touched.includes(path))];
    const { committer } = input.releaseCommit;
    if (!committer) throw new Error("a release commit was planned without a committer");
    effects.push(gitCommitEffect(paths, input.releaseCommit.message.replace(/\{version\}/g, names), committer, input.releaseCommit.date));
  }
  const fileDigests: Record<string, string | null> = {};
  for (const [path, text] of input.texts) fileDigests[path] = text === undefined ? null : sha256(text);
  return {
    action: "version-bump",
    formatVersion: 1,
    observations: {
      head: input.head,
      branch: input.branch ?? null,
      files: fileDigests,
      extraCommitPaths: [...(input.extraCommitPaths ?? [])],
      releases: released.map((decision) => ({ package: decision.name, previous: decision.previous ?? null, next: decision.next!, tag: decision.tag! })),
    },
    effects,
  };
}
