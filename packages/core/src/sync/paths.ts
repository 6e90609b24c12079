import picomatch from "picomatch";

/**
 * Path rules of the sync. Every path it reads or writes is relative, uses `/`, and stays inside
 * its endpoint: no `..`, no absolute path, nothing inside a `.git` folder. A rule broken is said
 * as one sentence naming the path.
 */

/** The problem with a relative path, or undefined when it is fine. `""` (the root) is fine when allowed. */
export function relativePathProblem(path: string, options: { root?: boolean } = {}): string | undefined {
  if (path === "" || path === ".") return options.root ? undefined : "is empty";
  if (path.includes("\0")) return "contains a NUL character";
  if (path.includes("\\")) return "contains a backslash; write paths with '/'";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "is absolute; write it relative to the endpoint's root";
  const parts = path.split("/");
  if (parts.includes("..")) return "leaves its root through '..'";
  if (parts.some((part) => part.toLowerCase() === ".git")) return "points into a .git folder";
  return undefined;
}

/** `./a//b/` → `a/b`; "" for the root. Assumes relativePathProblem found nothing. */
export function normalizePath(path: string): string {
  return path
    .split("/")
    .filter((part) => part !== "" && part !== ".")
    .join("/");
}

/** `folder` + `path`, either may be the root "". */
export function joinPath(folder: string, path: string): string {
  if (folder === "") return path;
  if (path === "") return folder;
  return `${folder}/${path}`;
}

/** The part of `path` below `folder`, or undefined when it is not below it. */
export function below(folder: string, path: string): string | undefined {
  if (folder === "") return path;
  return path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined;
}

/** Options of every glob the sync compiles: dotfiles (`.github/…`) match like any file. */
const GLOB_OPTIONS = { dot: true, strictBrackets: true } as const;

/** The problem with a filter glob, or undefined. */
export function globProblem(glob: string): string | undefined {
  const path = glob.replace(/^!/, "");
  if (path.startsWith("/")) return "is absolute; globs match paths relative to the source";
  if (path.split("/").includes("..")) return "leaves the source through '..'";
  try {
    picomatch.makeRe(glob, GLOB_OPTIONS);
    return undefined;
  } catch (error) {
    return `is not a valid glob: ${(error as Error).message}`;
  }
}

/** A test for source paths: in some include glob (all when none) and in no exclude glob. */
export function pathFilter(include: readonly string[], exclude: readonly string[]): (path: string) => boolean {
  const included = include.length > 0 ? picomatch([...include], GLOB_OPTIONS) : () => true;
  const excluded = exclude.length > 0 ? picomatch([...exclude], GLOB_OPTIONS) : () => false;
  return (path) => included(path) && !excluded(path);
}

/**
 * Where a symbolic link at `path` with the text `link` points, relative to the endpoint's root;
 * undefined when it points outside the root (or is absolute): such a link is never followed.
 */
export function linkTarget(path: string, link: string): string | undefined {
  if (link.startsWith("/") || link.includes("\\") || /^[A-Za-z]:/.test(link)) return undefined;
  const parts = path.split("/").slice(0, -1);
  for (const part of link.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

/**
 * Pairs of paths that differ only by letter case, among `paths`: on macOS and Windows they are
 * one file, so a sync that writes both (or renames one to the other) breaks those checkouts.
 */
export function caseCollisions(paths: ReadonlySet<string> | ReadonlyMap<string, unknown>): Array<[string, string]> {
  const seen = new Map<string, string>();
  const pairs: Array<[string, string]> = [];
  for (const path of paths.keys()) {
    // Only a path with a letter that lowercasing changes can meet another one by case: the rest
    // (nearly all, usually) cost one test, and no copy of the whole list is made.
    if (!MAY_FOLD.test(path)) continue;
    const folded = path.toLowerCase();
    if (folded === path) continue;
    const other = seen.get(folded) ?? (paths.has(folded) ? folded : undefined);
    if (other !== undefined) pairs.push([other, path]);
    else seen.set(folded, path);
  }
  return pairs;
}

const MAY_FOLD = /[A-Z\u0080-\uffff]/;
