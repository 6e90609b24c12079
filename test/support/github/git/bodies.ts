import type { RepoModel } from "../state.js";
import type { DiffFile } from "./bare-repo.js";
import type { CommitObject, TagObject, TreeEntry } from "./objects.js";

/**
 * The JSON GitHub sends for git objects, branches and repository contents. Field sets follow
 * @octokit/openapi (blob, git-tree, git-commit, git-tag, git-ref, commit, short-branch,
 * branch-with-protection, content-*, file-commit); every response is validated against them.
 */

const WEB = "https://github.com";

export function apiOf(base: string, repo: RepoModel): string {
  return `${base}/repos/${repo.owner}/${repo.name}`;
}

function webOf(repo: RepoModel): string {
  return `${WEB}/${repo.owner}/${repo.name}`;
}

const UNSIGNED = { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null };

/** Base64 the way GitHub sends file content: wrapped at 60 characters, each line ending in \n. */
export function wrappedBase64(content: Buffer): string {
  const flat = content.toString("base64");
  let out = "";
  for (let index = 0; index < flat.length; index += 60) out += `${flat.slice(index, index + 60)}\n`;
  return out;
}

export function blobBody(base: string, repo: RepoModel, sha: string, content: Buffer) {
  return { sha, node_id: `B_${sha}`, size: content.length, url: `${apiOf(base, repo)}/git/blobs/${sha}`, content: wrappedBase64(content), encoding: "base64" };
}

function entryUrl(base: string, repo: RepoModel, entry: TreeEntry): string | undefined {
  if (entry.type === "blob") return `${apiOf(base, repo)}/git/blobs/${entry.sha}`;
  if (entry.type === "tree") return `${apiOf(base, repo)}/git/trees/${entry.sha}`;
  return undefined; // a submodule's commit lives in another repository
}

export function treeBody(base: string, repo: RepoModel, sha: string, entries: readonly TreeEntry[], truncated: boolean) {
  return {
    sha,
    url: `${apiOf(base, repo)}/git/trees/${sha}`,
    tree: entries.map((entry) => {
      const url = entryUrl(base, repo, entry);
      const size = entry.type === "blob" ? { size: entry.size ?? 0 } : {};
      return { path: entry.name, mode: entry.mode, type: entry.type, sha: entry.sha, ...size, ...(url ? { url } : {}) };
    }),
    truncated,
  };
}

function parentsOf(base: string, repo: RepoModel, commit: CommitObject) {
  return commit.parents.map((parent) => ({ sha: parent, url: `${apiOf(base, repo)}/git/commits/${parent}`, html_url: `${webOf(repo)}/commit/${parent}` }));
}

/** git/get-commit and git/create-commit. */
export function gitCommitBody(base: string, repo: RepoModel, commit: CommitObject) {
  return {
    sha: commit.sha,
    node_id: `C_${commit.sha}`,
    url: `${apiOf(base, repo)}/git/commits/${commit.sha}`,
    html_url: `${webOf(repo)}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: commit.tree, url: `${apiOf(base, repo)}/git/trees/${commit.tree}` },
    parents: parentsOf(base, repo, commit),
    verification: UNSIGNED,
  };
}

/** The `commit` schema (repos/get-commit, a branch's head): the git commit wrapped with GitHub's links. */
export function commitBody(base: string, repo: RepoModel, commit: CommitObject) {
  const api = apiOf(base, repo);
  return {
    sha: commit.sha,
    node_id: `C_${commit.sha}`,
    url: `${api}/commits/${commit.sha}`,
    html_url: `${webOf(repo)}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
      verification: UNSIGNED,
    },
    // GitHub links an identity to an account by e-mail; the emulator has no accounts to link.
    author: null,
    committer: null,
    parents: parentsOf(base, repo, commit),
  };
}

export function gitTagBody(base: string, repo: RepoModel, tag: TagObject) {
  const api = apiOf(base, repo);
  return {
    node_id: `TAG_${tag.sha}`,
    tag: tag.tag,
    sha: tag.sha,
    url: `${api}/git/tags/${tag.sha}`,
    message: tag.message,
    tagger: tag.tagger,
    object: { sha: tag.object, type: tag.objectType, url: `${api}/git/${tag.objectType}s/${tag.object}` },
    verification: UNSIGNED,
  };
}

export function refBody(base: string, repo: RepoModel, ref: string, sha: string, type: string) {
  const api = apiOf(base, repo);
  return { ref, node_id: `REF_${Buffer.from(ref).toString("base64url")}`, url: `${api}/git/${ref}`, object: { type, sha, url: `${api}/git/${type}s/${sha}` } };
}

export function shortBranchBody(base: string, repo: RepoModel, name: string, sha: string) {
  return { name, commit: { sha, url: `${apiOf(base, repo)}/commits/${sha}` }, protected: false };
}

export function branchBody(base: string, repo: RepoModel, name: string, commit: CommitObject) {
  const api = apiOf(base, repo);
  return {
    name,
    commit: commitBody(base, repo, commit),
    _links: { self: `${api}/branches/${encodeURIComponent(name)}`, html: `${webOf(repo)}/tree/${name}` },
    protected: false,
    protection: { enabled: false, required_status_checks: { enforcement_level: "off", contexts: [], checks: [] } },
    protection_url: `${api}/branches/${encodeURIComponent(name)}/protection`,
  };
}

/** One changed file (diff-entry); `at` is the commit its links read it from. No `patch`. */
export function diffEntryBody(base: string, repo: RepoModel, file: DiffFile, at: string) {
  const path = file.path.split("/").map(encodeURIComponent).join("/");
  return {
    sha: file.sha,
    filename: file.path,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${webOf(repo)}/blob/${at}/${path}`,
    raw_url: `${webOf(repo)}/raw/${at}/${path}`,
    contents_url: `${apiOf(base, repo)}/contents/${path}?ref=${at}`,
  };
}
