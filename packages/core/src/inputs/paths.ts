import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { ConfigurationError, type SourceLocation } from "../errors/index.js";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/**
 * The one rule for every path an action or the CLI is given (an output folder, a record folder, an
 * artifact, a config file, a package folder): it is relative to the repository and stays inside it.
 * `..` and absolute paths that leave the repository are refused, and so is a path that leaves it
 * through a symbolic link (links are followed before judging). A few inputs, documented as such,
 * may also point into the run's temporary folder (RUNNER_TEMP in Actions): the capsule's out-dir,
 * publish's assets and notes-file, the planned-dir of the dry-run chain.
 *
 * A path inside the repository comes back relative to it, with `/` between its parts, so that
 * plans, evidence and signed records never carry the runner's absolute paths.
 */
export interface PathPlaces {
  /** The repository (the working directory). */
  root: string;
  /** The run's temporary folder, for the inputs that may use it. */
  scratch?: string | undefined;
}

export interface PathRule {
  /** The input may also point into the run's temporary folder. */
  scratch?: boolean;
  /** The input is a glob: only its fixed leading folders are judged, and `..` may not appear. */
  glob?: boolean;
}

export type Confined = { path: string; problem?: undefined } | { path?: undefined; problem: string };

const MAGIC = /[*?[\]{}!]/;

/** Judges one path input by the rule above; `name` is the input's name, for the message. */
export function confinePath(name: string, given: string, places: PathPlaces, rule: PathRule = {}): Confined {
  if (given.includes("\0")) return { problem: `${name}: a path cannot contain a NUL character` };
  const parts = given.split(/[\\/]+/);
  const magic = rule.glob ? parts.findIndex((part) => MAGIC.test(part)) : -1;
  if (magic >= 0 && parts.slice(magic).includes("..")) return { problem: `${name}: the glob '${given}' climbs out with '..'; write it relative to the repository` };
  const fixed = magic >= 0 ? parts.slice(0, magic).join("/") || "." : given;
  const rest = magic >= 0 ? parts.slice(magic).join("/") : "";
  const root = resolve(places.root);
  const logical = resolve(root, fixed === "" ? "." : fixed);
  const real = followLinks(logical);
  const realRoot = followLinks(root);
  if (within(realRoot, real)) {
    const base = within(root, logical) ? relative(root, logical) : relative(realRoot, real);
    return { path: joinRelative(base, rest) };
  }
  if (rule.scratch && places.scratch) {
    const scratch = resolve(places.scratch);
    if (within(followLinks(scratch), real)) return { path: rest ? `${logical}/${rest}` : logical };
  }
  const through = within(root, logical) ? " through a symbolic link" : "";
  const allowed = rule.scratch ? "inside the repository or the run's temporary folder (RUNNER_TEMP)" : "inside the repository";
  return { problem: `${name}: '${given}' leads outside the repository${through}; give a path ${allowed}, relative to the repository` };
}

/** A path as records keep it: relative to the repository, or `$RUNNER_TEMP/…` for the temporary folder. */
export function recordedPath(path: string, places: PathPlaces): string {
  const full = resolve(places.root, path);
  if (within(resolve(places.root), full)) return toSlashes(relative(resolve(places.root), full)) || ".";
  if (places.scratch && within(resolve(places.scratch), full)) return `$RUNNER_TEMP/${toSlashes(relative(resolve(places.scratch), full))}`.replace(/\/$/, "");
  return full;
}

function joinRelative(base: string, rest: string): string {
  const path = toSlashes(base);
  if (!rest) return path || ".";
  return path ? `${path}/${rest}` : rest;
}

function toSlashes(path: string): string {
  return path.split(sep).join("/");
}

function within(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/**
 * The path with every symbolic link of its existing part followed; the part not there yet is kept
 * as written. A dangling link is followed by what it names, so it cannot hide where a write goes.
 */
function followLinks(path: string, depth = 0): string {
  let existing = path;
  const missing: string[] = [];
  while (!present(existing)) {
    const parent = dirname(existing);
    if (parent === existing) return path;
    missing.unshift(existing.slice(parent.length).replace(/^[\\/]+/, ""));
    existing = parent;
  }
  try {
    return join(realpathSync(existing), ...missing);
  } catch {
    if (depth > 16) return path;
    try {
      return followLinks(join(resolve(dirname(existing), readlinkSync(existing)), ...missing), depth + 1);
    } catch {
      return path;
    }
  }
}

function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The run's temporary folder: RUNNER_TEMP in Actions, the system's temporary folder elsewhere. */
export function scratchFolder(env: Readonly<Record<string, string | undefined>>): string {
  return env.RUNNER_TEMP || tmpdir();
}

/** A path from the config file, held to the same rule; a refusal points at the line that set it. */
export function configuredPath(name: string, given: string, places: PathPlaces, rule: PathRule, location: SourceLocation | undefined): string {
  const judged = confinePath(name, given, places, rule);
  if (judged.problem !== undefined) throw new ConfigurationError(judged.problem, location);
  return judged.path;
}
