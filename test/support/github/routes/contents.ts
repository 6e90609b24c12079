import { posix } from "node:path";
import { RefWriteError, ZERO_SHA, type BareRepo } from "../git/bare-repo.js";
import { gitCommitBody } from "../git/bodies.js";
import { directoryBody, entryFields, fileBody, symlinkBody } from "../git/content-bodies.js";
import type { CommitObject, TreeEntry } from "../git/objects.js";
import { buildTree, type TreeChange } from "../git/tree-builder.js";
import { HttpProblem, type Route, type RouteContext } from "../server.js";
import type { RepoModel } from "../state.js";
import { backed, bodyOf, invalid } from "./git-access.js";
import { ACTIONS_BOT, identity } from "./git-objects.js";

/**
 * The contents API over a git-backed repository: read a file or a directory at a ref, and create,
 * update or delete one file with a commit on a branch. Writes check the `sha` the caller last saw
 * (409 when the file changed since, 422 when it is missing for a file that exists), as GitHub does.
 */

function cleanPath(raw: string): string {
  return raw.replace(/^\/+|\/+$/g, "");
}

function checkWritePath(path: string): void {
  if (!path || path.split("/").some((part) => part === "" || part === "." || part === ".." || part === ".git")) {
    throw invalid(`path '${path}' contains a malformed path component.`);
  }
}

/** The branch a write goes to, and its head; an empty repository takes a first commit on its default branch. */
function targetBranch(repo: RepoModel, git: BareRepo, requested: unknown): { branch: string; head: string | undefined } {
  const branch = typeof requested === "string" && requested ? requested : repo.defaultBranch;
  const head = git.ref(`refs/heads/${branch}`)?.sha;
  if (!head && !(branch === repo.defaultBranch && git.refs("refs/heads/").length === 0)) throw new HttpProblem(404, `Branch ${branch} not found`);
  return { branch, head };
}

/** The sha the caller must name, checked the way GitHub checks it. */
function checkSha(path: string, existing: TreeEntry | undefined, given: unknown): void {
  if (existing && given === undefined) throw invalid('"sha" wasn\'t supplied.');
  if (given !== undefined && given !== existing?.sha) throw new HttpProblem(409, `${path} does not match ${String(given)}`);
}

/** Commits one change on the branch, moving it only from the head that was read. */
function commitOne(
  context: RouteContext,
  git: BareRepo,
  target: { branch: string; head: string | undefined },
  change: TreeChange,
  body: Record<string, unknown>,
): CommitObject {
  if (typeof body.message !== "string") throw invalid('"message" wasn\'t supplied.');
  const tree = buildTree(git, target.head ? git.peel(target.head, "tree") : undefined, [change]);
  const committer = identity(context, "committer", body.committer, ACTIONS_BOT);
  const author = identity(context, "author", body.author, committer);
  const sha = git.writeCommit({ tree, parents: target.head ? [target.head] : [], author, committer, message: body.message });
  try {
    git.updateRef(`refs/heads/${target.branch}`, sha, target.head ?? ZERO_SHA);
  } catch (error) {
    if (error instanceof RefWriteError) throw new HttpProblem(409, `${target.branch} moved while the file was written; try again`);
    throw error;
  }
  return git.read(sha) as CommitObject;
}

function existingAt(git: BareRepo, head: string | undefined, path: string): TreeEntry | undefined {
  return head ? git.entryAt(git.peel(head, "tree")!, path) : undefined;
}

export const contentsRoutes: Route[] = [
  {
    operationId: "repos/get-content",
    handle(context) {
      const repo = context.repo();
      if (!repo.git || repo.git.refs("refs/heads/").length === 0) throw new HttpProblem(404, "This repository is empty.");
      const git = repo.git;
      const ref = context.query.get("ref") || repo.defaultBranch;
      const commit = git.resolveCommit(ref);
      if (!commit) throw new HttpProblem(404, `No commit found for the ref ${ref}`);
      const root = git.peel(commit, "tree")!;
      const path = cleanPath(context.params.path ?? "");
      const entry = git.entryAt(root, path);
      if (!entry) throw new HttpProblem(404, "Not Found");
      if (entry.type === "tree") return { status: 200, body: directoryBody(context.baseUrl, repo, git.tree(entry.sha)!, path, ref) };
      if (entry.type === "commit") throw new Error(`the emulator does not model submodules (${path})`);
      const content = (git.read(entry.sha) as { content: Buffer }).content;
      if (entry.mode !== "120000") return { status: 200, body: fileBody(context.baseUrl, repo, entry, path, ref, content) };
      // A symlink to a file of the repository answers with that file; any other one describes itself.
      const target = content.toString("utf8");
      const resolved = posix.normalize(posix.join(posix.dirname(path), target));
      const pointed = resolved.startsWith("../") || posix.isAbsolute(target) ? undefined : git.entryAt(root, resolved);
      if (pointed?.type === "blob" && pointed.mode !== "120000") {
        return { status: 200, body: fileBody(context.baseUrl, repo, pointed, resolved, ref, (git.read(pointed.sha) as { content: Buffer }).content) };
      }
      return { status: 200, body: symlinkBody(context.baseUrl, repo, { ...entry, size: content.length }, path, ref, target) };
    },
  },
  {
    operationId: "repos/create-or-update-file-contents",
    handle(context) {
      const { repo, git } = backed(context, "write");
      const body = bodyOf(context);
      const path = cleanPath(context.params.path ?? "");
      checkWritePath(path);
      if (typeof body.content !== "string") throw invalid('"content" wasn\'t supplied.');
      if (!/^[A-Za-z0-9+/=\s]*$/.test(body.content)) throw invalid("content is not valid Base64.");
      const target = targetBranch(repo, git, body.branch);
      const existing = existingAt(git, target.head, path);
      if (existing?.type === "tree") throw invalid(`path '${path}' is a directory.`);
      checkSha(path, existing, body.sha);
      const blob = git.write("blob", Buffer.from(body.content, "base64"));
      // An update keeps the file's mode (an executable stays one); a new file is 100644.
      const mode = existing?.type === "blob" ? existing.mode : "100644";
      const commit = commitOne(context, git, target, { path, mode, sha: blob }, body);
      const entry = git.entryAt(commit.tree, path)!;
      return {
        status: existing ? 200 : 201,
        body: { content: entryFields(context.baseUrl, repo, entry, path, target.branch), commit: gitCommitBody(context.baseUrl, repo, commit) },
      };
    },
  },
  {
    operationId: "repos/delete-file",
    handle(context) {
      const { repo, git } = backed(context, "write");
      const body = bodyOf(context);
      const path = cleanPath(context.params.path ?? "");
      checkWritePath(path);
      if (typeof body.sha !== "string") throw invalid('"sha" wasn\'t supplied.');
      const target = targetBranch(repo, git, body.branch);
      const existing = existingAt(git, target.head, path);
      if (!existing || existing.type === "tree") throw new HttpProblem(404, "Not Found");
      checkSha(path, existing, body.sha);
      const commit = commitOne(context, git, target, { path, mode: existing.mode, sha: null }, body);
      return { status: 200, body: { content: null, commit: gitCommitBody(context.baseUrl, repo, commit) } };
    },
  },
];
