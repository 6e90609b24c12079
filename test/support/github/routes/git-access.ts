import type { BareRepo } from "../git/bare-repo.js";
import { HttpProblem, type RouteContext } from "../server.js";
import type { RepoModel } from "../state.js";
import { releasesOf } from "./releases.js";

/**
 * What the git-data, contents and branch routes share: the repository's permission for writes,
 * and its git repository, without which the emulator answers as GitHub does for an empty one.
 */

/** The repository, when the token may write its contents; otherwise GitHub's 403. */
export function writable(context: RouteContext): RepoModel {
  const repo = context.repo();
  if (releasesOf(context.state, repo).contents !== "write") {
    throw new HttpProblem(403, "Resource not accessible by integration", { "x-accepted-github-permissions": "contents=write" });
  }
  return repo;
}

/** The repository and its bare git repository; 409 "Git Repository is empty." when it has none. */
export function backed(context: RouteContext, access: "read" | "write"): { repo: RepoModel; git: BareRepo } {
  const repo = access === "write" ? writable(context) : context.repo();
  if (!repo.git) throw new HttpProblem(409, "Git Repository is empty.");
  return { repo, git: repo.git };
}

/** The JSON body as an object (GitHub answers 400 for a body that is not one). */
export function bodyOf(context: RouteContext): Record<string, unknown> {
  const body = context.body ?? {};
  if (typeof body !== "object" || Array.isArray(body)) throw new HttpProblem(400, "Problems parsing JSON");
  return body as Record<string, unknown>;
}

/** A 422 "Invalid request." naming the field, as GitHub words schema failures. */
export function invalid(detail: string): HttpProblem {
  return new HttpProblem(422, `Invalid request.\n\n${detail}`);
}
