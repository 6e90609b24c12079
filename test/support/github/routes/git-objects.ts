import { blobBody, gitCommitBody, treeBody } from "../git/bodies.js";
import { gitDate, type CommitObject } from "../git/objects.js";
import { buildTree, TreeInputError, type TreeChange } from "../git/tree-builder.js";
import { HttpProblem, type Route, type RouteContext } from "../server.js";
import { backed, bodyOf, invalid } from "./git-access.js";

/**
 * The Git database API's objects (blobs, trees, commits) over a repository's bare git repository:
 * what these write is in git, what a push brings in is readable here.
 */

/** Who GitHub names when a request gives no author: the token's identity, here the Actions bot. */
export const ACTIONS_BOT = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };

/** An identity from a request (or the fallback), with its date in git's form; 422 when unreadable. */
export function identity(context: RouteContext, field: string, given: unknown, fallback: { name: string; email: string; date?: string }) {
  const person = (given ?? fallback) as { name?: unknown; email?: unknown; date?: unknown };
  if (typeof person !== "object" || typeof person.name !== "string" || typeof person.email !== "string") {
    throw invalid(`"${field}" needs a name and an email.`);
  }
  const date = typeof person.date === "string" ? person.date : (fallback.date ?? context.state.now);
  const when = gitDate(date);
  if (!when) throw invalid(`${field}.date '${date}' is not an ISO 8601 date.`);
  return { name: person.name, email: person.email, when, date };
}

export const gitObjectsRoutes: Route[] = [
  {
    operationId: "git/create-blob",
    handle(context) {
      const { repo, git } = backed(context, "write");
      const body = bodyOf(context);
      const encoding = body.encoding ?? "utf-8";
      if (typeof body.content !== "string") throw invalid('"content" wasn\'t supplied.');
      if (encoding !== "utf-8" && encoding !== "utf8" && encoding !== "base64") throw invalid(`encoding '${String(encoding)}' is not utf-8 or base64.`);
      const sha = git.write("blob", Buffer.from(body.content, encoding === "base64" ? "base64" : "utf8"));
      return { status: 201, body: { sha, url: `${context.baseUrl}/repos/${repo.owner}/${repo.name}/git/blobs/${sha}` } };
    },
  },
  {
    operationId: "git/get-blob",
    handle(context) {
      const { repo, git } = backed(context, "read");
      const object = git.read(context.params.file_sha ?? "");
      if (!object || object.type !== "blob") throw new HttpProblem(404, "Not Found");
      return { status: 200, body: blobBody(context.baseUrl, repo, object.sha, object.content) };
    },
  },
  {
    operationId: "git/create-tree",
    handle(context) {
      const { repo, git } = backed(context, "write");
      const body = bodyOf(context);
      if (!Array.isArray(body.tree)) throw invalid('"tree" wasn\'t supplied.');
      if (body.base_tree !== undefined && typeof body.base_tree !== "string") throw invalid('"base_tree" is not a string.');
      let sha: string;
      try {
        sha = buildTree(git, body.base_tree, body.tree as TreeChange[]);
      } catch (error) {
        if (error instanceof TreeInputError) throw new HttpProblem(422, error.message);
        throw error;
      }
      return { status: 201, body: treeBody(context.baseUrl, repo, sha, git.tree(sha)!, false) };
    },
  },
  {
    operationId: "git/get-tree",
    handle(context) {
      const { repo, git } = backed(context, "read");
      const name = context.params.tree_sha ?? "";
      // GitHub takes a tree's sha, a commit's, or a branch or tag name.
      const resolved = /^[0-9a-f]{40}$/.test(name) ? name : git.resolveCommit(name);
      const sha = resolved === undefined ? undefined : git.peel(resolved, "tree");
      if (!sha) throw new HttpProblem(404, "Not Found");
      // Any value of `recursive` turns recursion on, "0" and "false" included, as on GitHub.
      const entries = context.query.has("recursive") ? git.treeRecursive(sha)! : git.tree(sha)!;
      const truncated = entries.length > git.treeEntryLimit;
      return { status: 200, body: treeBody(context.baseUrl, repo, sha, truncated ? entries.slice(0, git.treeEntryLimit) : entries, truncated) };
    },
  },
  {
    operationId: "git/create-commit",
    handle(context) {
      const { repo, git } = backed(context, "write");
      const body = bodyOf(context);
      if (typeof body.message !== "string") throw invalid('"message" wasn\'t supplied.');
      if (typeof body.tree !== "string") throw invalid('"tree" wasn\'t supplied.');
      const parents = body.parents ?? [];
      if (!Array.isArray(parents) || parents.some((parent) => typeof parent !== "string")) throw invalid('"parents" is not a list of shas.');
      if (git.typeOf(body.tree) !== "tree") throw new HttpProblem(422, "Tree SHA does not exist");
      for (const parent of parents as string[]) {
        if (git.typeOf(parent) !== "commit") throw new HttpProblem(422, "Parent SHA does not exist or is not a commit object");
      }
      const author = identity(context, "author", body.author, ACTIONS_BOT);
      const committer = identity(context, "committer", body.committer, author);
      const sha = git.writeCommit({ tree: body.tree, parents: parents as string[], author, committer, message: body.message });
      return { status: 201, body: gitCommitBody(context.baseUrl, repo, git.read(sha) as CommitObject) };
    },
  },
  {
    operationId: "git/get-commit",
    handle(context) {
      const { repo, git } = backed(context, "read");
      const object = git.read(context.params.commit_sha ?? "");
      if (!object || object.type !== "commit") throw new HttpProblem(404, "Not Found");
      return { status: 200, body: gitCommitBody(context.baseUrl, repo, object) };
    },
  },
];
