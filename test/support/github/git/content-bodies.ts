import type { RepoModel } from "../state.js";
import { apiOf, wrappedBase64 } from "./bodies.js";
import type { TreeEntry } from "./objects.js";

/**
 * The JSON of the contents API (content-file, content-directory, content-symlink and the
 * `content` of file-commit): an entry of a tree at a ref, with its links.
 */

const WEB = "https://github.com";
const RAW = "https://raw.githubusercontent.com";

/** Above this GitHub sends a file's metadata with `encoding: "none"` and no content. */
export const INLINE_CONTENT_LIMIT = 1024 * 1024;

function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/** What GitHub calls an entry's type in the contents API. */
function kind(entry: TreeEntry): "file" | "dir" | "symlink" | "submodule" {
  if (entry.type === "tree") return "dir";
  if (entry.mode === "120000") return "symlink";
  return entry.type === "commit" ? "submodule" : "file";
}

/** The fields every contents entry has; `path` is the entry's full path, `ref` what was asked for. */
export function entryFields(base: string, repo: RepoModel, entry: TreeEntry, path: string, ref: string) {
  const api = apiOf(base, repo);
  const type = kind(entry);
  const self = `${api}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
  const git = type === "dir" ? `${api}/git/trees/${entry.sha}` : type === "submodule" ? null : `${api}/git/blobs/${entry.sha}`;
  const html = type === "submodule" ? null : `${WEB}/${repo.owner}/${repo.name}/${type === "dir" ? "tree" : "blob"}/${encodeURIComponent(ref)}/${encodePath(path)}`;
  return {
    type,
    size: type === "dir" || type === "submodule" ? 0 : (entry.size ?? 0),
    name: path.split("/").at(-1) ?? path,
    path,
    sha: entry.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: type === "file" || type === "symlink" ? `${RAW}/${repo.owner}/${repo.name}/${encodeURIComponent(ref)}/${encodePath(path)}` : null,
    _links: { self, git, html },
  };
}

export function fileBody(base: string, repo: RepoModel, entry: TreeEntry, path: string, ref: string, content: Buffer) {
  const inline = content.length <= INLINE_CONTENT_LIMIT;
  return {
    ...entryFields(base, repo, { ...entry, size: content.length }, path, ref),
    type: "file" as const,
    encoding: inline ? "base64" : "none",
    content: inline ? wrappedBase64(content) : "",
  };
}

export function symlinkBody(base: string, repo: RepoModel, entry: TreeEntry, path: string, ref: string, target: string) {
  return { ...entryFields(base, repo, entry, path, ref), type: "symlink" as const, target };
}

/**
 * A directory listing. GitHub lists a submodule as "file" here (its own compatibility rule) and
 * stops at 1,000 entries.
 */
export function directoryBody(base: string, repo: RepoModel, entries: readonly TreeEntry[], dir: string, ref: string) {
  return entries.slice(0, 1000).map((entry) => {
    const fields = entryFields(base, repo, entry, dir ? `${dir}/${entry.name}` : entry.name, ref);
    return fields.type === "submodule" ? { ...fields, type: "file" as const } : fields;
  });
}
