import { createHash } from "node:crypto";
import type { RepoModel } from "./state.js";

/**
 * A repository's whole state as plain, comparable data, so a test can prove that something (a
 * dry-run) changed nothing: `expect(state.digest(repo)).toEqual(before)`. It holds the refs, every
 * git object's sha (a blob written and never referenced is a change too), issues and pull
 * requests with their fields, and every area (releases, assets as sha256, comments, tag objects).
 */

export interface RepoDigest {
  defaultBranch: string;
  refs: Record<string, string>;
  /** Sorted shas of every object in the bare git repository; empty for a repository without one. */
  objects: string[];
  issues: unknown[];
  areas: Record<string, unknown>;
}

/**
 * `fresh(key)` gives an area as it is created on first use: an area that still equals it was only
 * read (a route looked up the releases of a repository that has none), which is no change.
 */
export function digestRepo(repo: RepoModel, fresh: (key: string) => unknown = () => undefined): RepoDigest {
  const areas = [...repo.areas.entries()].filter(([key, value]) => !sameState(value, fresh(key)));
  const refs = repo.git ? repo.git.refs("refs/").map((entry) => [entry.ref, entry.sha] as const) : [...repo.refs.entries()];
  return {
    defaultBranch: repo.defaultBranch,
    refs: Object.fromEntries([...refs].sort(([a], [b]) => a.localeCompare(b))),
    objects: repo.git ? repo.git.objectShas() : [],
    issues: canonical(repo.issues) as unknown[],
    areas: canonical(new Map(areas)) as Record<string, unknown>,
  };
}

function sameState(value: unknown, created: unknown): boolean {
  return created !== undefined && JSON.stringify(canonical(value)) === JSON.stringify(canonical(created));
}

/** Maps as sorted objects, Buffers as their sha256, object keys sorted: equal state, equal value. */
function canonical(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return `sha256:${createHash("sha256").update(value).digest("hex")}`;
  if (value instanceof Map) return canonical(Object.fromEntries([...value.entries()].map(([key, item]) => [String(key), item])));
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}
