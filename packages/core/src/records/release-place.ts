import type { CadenceConfig, PackageConfig } from "../config/types.js";
import { ConfigurationError } from "../errors/index.js";

/**
 * Where a release is written and how it is named, in one place. A repository with one package
 * names a release by its version (`## [1.5.0]`, `docs/releases/1.5.0/`); one with several
 * packages may release two of them at the same version, so there a release is named by package
 * and version (`## [core@1.5.0]`, `docs/releases/core/1.5.0/`). Every reader and writer of those
 * headings and folders asks this module, so they cannot drift apart.
 */

/** A release: its version, and its package when the repository has several (else undefined). */
export interface ReleasePlace {
  version: string;
  package?: string | undefined;
}

/** The package a release's headings and folders carry: its name in a monorepo, none otherwise. */
export function releasePackage(config: CadenceConfig, pkg: Pick<PackageConfig, "name"> | undefined): string | undefined {
  return pkg && config.versioning.packages.length > 1 ? pkg.name : undefined;
}

/** The package, by name, that a release of a monorepo is of; none in a single-package repository. A name not configured is refused. */
export function releasePackageNamed(config: CadenceConfig, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const configured = config.versioning.packages;
  if (configured.length > 0 && !configured.some((pkg) => pkg.name === name)) {
    throw new ConfigurationError(`there is no package '${name}'; the configured packages are: ${configured.map((pkg) => pkg.name).join(", ")}`);
  }
  return configured.length > 1 ? name : undefined;
}

/** `1.5.0`, or `core@1.5.0` for a package of a monorepo: how CHANGELOG headings name a release. */
export function releaseLabel(place: ReleasePlace): string {
  return place.package === undefined ? place.version : `${place.package}@${place.version}`;
}

// A package name as a folder: npm's names (`core`, `@org/core`), nothing that climbs out.
const PACKAGE_FOLDER = /^(?:@[A-Za-z0-9._~-]+\/)?[A-Za-z0-9._~-]+$/;

function packageFolder(name: string): string {
  if (!PACKAGE_FOLDER.test(name) || name.split("/").some((part) => part === "." || part === "..")) {
    throw new ConfigurationError(`package name '${name}' cannot name a folder of release records (expected letters, digits, '.', '_', '~', '-', optionally '@scope/' in front)`);
  }
  return name;
}

/**
 * Fills `{version}` and `{package}` in a configured path (`docs/releases/{version}/release-notes.md`).
 * For a package of a monorepo a path without `{package}` gets the package as a folder in front of
 * the part that holds the version (`docs/releases/core/1.5.0/release-notes.md`,
 * `docs/releases/core/v1.5.0.md`); a path without `{version}` is shared and stays as it is.
 */
export function releasePath(template: string, place: ReleasePlace): string {
  let path = template;
  if (place.package !== undefined && !path.includes("{package}") && path.includes("{version}")) {
    const at = path.lastIndexOf("/", path.indexOf("{version}")) + 1;
    path = `${path.slice(0, at)}{package}/${path.slice(at)}`;
  }
  if (path.includes("{package}")) path = path.replaceAll("{package}", place.package === undefined ? "" : packageFolder(place.package)).replace(/\/{2,}/g, "/");
  return path.replaceAll("{version}", place.version);
}

/** The release record's folder: `docs/releases/{version}` → `docs/releases/1.4.0`; a folder without `{version}` gets it appended. */
export function recordDirFor(template: string, place: ReleasePlace): string {
  const clean = template.replace(/\/+$/, "");
  return releasePath(clean.includes("{version}") ? clean : `${clean}/{version}`, place);
}

/** The folder that holds every release record (`docs/releases` of `docs/releases/{version}`), for readers of all of them. */
export function recordsRoot(template: string): string {
  const first = [template.indexOf("{version}"), template.indexOf("{package}")].filter((at) => at >= 0);
  if (first.length === 0) return template.replace(/\/+$/, "") || ".";
  const before = template.slice(0, Math.min(...first));
  return before.slice(0, before.lastIndexOf("/") + 1).replace(/\/+$/, "") || ".";
}
