import { posix } from "node:path";
import { ConfigurationError } from "../errors/index.js";
import type { Files } from "../ports/index.js";

/** The dependency maps a manifest or a lockfile entry may carry. */
export const DEPENDENCY_FIELDS = ["dependencies", "optionalDependencies", "peerDependencies", "devDependencies"] as const;
export type DependencyField = (typeof DEPENDENCY_FIELDS)[number];

/** One entry of the lockfile's `packages` map (npm's lockfile v2/v3), with the fields read here. */
export interface LockEntry {
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  license?: unknown;
  licenses?: unknown;
  link?: boolean;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Record<string, string>;
  workspaces?: unknown;
}

export interface Manifest {
  name?: string;
  version?: string;
  private?: boolean;
  license?: unknown;
  licenses?: unknown;
  workspaces?: unknown;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** An npm project as its files say: the manifest, the lockfile, and where they are. */
export interface NpmProject {
  /** The project's folder, relative to the Files root ("." for the root). */
  dir: string;
  manifestPath: string;
  manifest: Manifest;
  lockfilePath: string;
  lockfileVersion: number;
  /** Keyed by location: "" is the project, "node_modules/a", "packages/b" (a workspace). */
  packages: Record<string, LockEntry>;
}

export const LOCKFILE_NAMES = ["npm-shrinkwrap.json", "package-lock.json"] as const;

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const where = /line (\d+) column (\d+)/.exec(message);
    throw new ConfigurationError(
      `is not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)/, "")}`,
      where ? { file, line: Number(where[1]), column: Number(where[2]) } : { file },
    );
  }
}

/** Reads a package.json; undefined when there is none. */
export async function readManifest(files: Files, path: string): Promise<Manifest | undefined> {
  const text = await files.read(path);
  if (text === undefined) return undefined;
  const value = parseJson(text, path);
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new ConfigurationError("must hold a JSON object", { file: path });
  return value as Manifest;
}

/**
 * Reads the npm project in `dir`: its package.json and its lockfile (npm-shrinkwrap.json wins, as
 * it does for npm). Undefined when there is no package.json; `lockfile: "missing"` when there is
 * a manifest but no lockfile. Lockfile v1 (npm 6) has no `packages` map and is refused.
 */
export async function readNpmProject(files: Files, dir = "."): Promise<NpmProject | { manifestPath: string; manifest: Manifest; lockfile: "missing" } | undefined> {
  const manifestPath = posix.join(dir, "package.json");
  const manifest = await readManifest(files, manifestPath);
  if (!manifest) return undefined;
  for (const name of LOCKFILE_NAMES) {
    const lockfilePath = posix.join(dir, name);
    const text = await files.read(lockfilePath);
    if (text === undefined) continue;
    const value = parseJson(text, lockfilePath) as { lockfileVersion?: unknown; packages?: unknown };
    const version = typeof value?.lockfileVersion === "number" ? value.lockfileVersion : 0;
    if (version < 2 || !value.packages || typeof value.packages !== "object") {
      throw new ConfigurationError(
        `is lockfile version ${version || "unknown"}, which has no 'packages' map: run npm install with npm 7 or later to upgrade it (lockfileVersion 2 or 3)`,
        { file: lockfilePath },
      );
    }
    return { dir, manifestPath, manifest, lockfilePath, lockfileVersion: version, packages: value.packages as Record<string, LockEntry> };
  }
  return { manifestPath, manifest, lockfile: "missing" };
}

export function hasLockfile(project: Awaited<ReturnType<typeof readNpmProject>>): project is NpmProject {
  return project !== undefined && !("lockfile" in project);
}

/** Locations of the project's workspaces: the lockfile's entries outside any node_modules folder. */
export function workspaceLocations(project: NpmProject): string[] {
  return Object.keys(project.packages)
    .filter((location) => location !== "" && !location.split("/").includes("node_modules"))
    .sort();
}

/** The name of what sits at a location: its own `name` (aliases, workspaces), else the folder's name. */
export function packageNameAt(location: string, entry: LockEntry | undefined): string {
  if (entry?.name) return entry.name;
  const at = location.lastIndexOf("node_modules/");
  return at === -1 ? posix.basename(location) : location.slice(at + "node_modules/".length);
}
