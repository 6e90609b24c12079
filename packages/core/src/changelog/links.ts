import type { IssueReference } from "../commits/references.js";

/** Where the repository lives on its forge, for links to commits, comparisons and issues. */
export interface RepositoryLinks {
  /** `https://github.com/owner/repo` (or a GitHub Enterprise host). */
  baseUrl: string;
  /** `https://github.com` */
  serverUrl: string;
  owner: string;
  repo: string;
}

/** The Actions context: GITHUB_SERVER_URL and GITHUB_REPOSITORY. */
export interface ForgeContext {
  serverUrl?: string;
  repository?: string;
}

/**
 * Reads a git remote URL in any of the shapes git accepts: https (with or without credentials),
 * ssh://, scp-like `git@host:owner/repo.git`, git://. Undefined for anything else (a local path).
 */
export function linksFromRemote(remote: string): RepositoryLinks | undefined {
  const text = remote.trim();
  let host: string | undefined;
  let path: string | undefined;
  let scheme = "https";
  const url = /^(https?|ssh|git|git\+ssh):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+)$/i.exec(text);
  if (url) {
    host = url[2];
    path = url[3];
    // http stays http (a GHE server without TLS); everything else is browsed over https.
    if (url[1]!.toLowerCase() === "http") scheme = "http";
  } else {
    const scp = /^(?:[^@/]+@)?([^/:]+):(?!\/)(.+)$/.exec(text);
    if (scp) {
      host = scp[1];
      path = scp[2];
    }
  }
  if (!host || !path) return undefined;
  const parts = path.replace(/\.git\/?$/, "").replace(/\/+$/, "").split("/").filter(Boolean);
  if (parts.length < 2) return undefined;
  const repo = parts.pop()!;
  const owner = parts.join("/");
  const serverUrl = `${scheme}://${host}`;
  return { serverUrl, owner, repo, baseUrl: `${serverUrl}/${owner}/${repo}` };
}

/** Links from the Actions context, which is right even when the checkout's remote is a mirror. */
export function linksFromContext(context: ForgeContext): RepositoryLinks | undefined {
  if (!context.serverUrl || !context.repository) return undefined;
  const [owner, repo] = context.repository.split("/");
  if (!owner || !repo) return undefined;
  const serverUrl = context.serverUrl.replace(/\/+$/, "");
  return { serverUrl, owner, repo, baseUrl: `${serverUrl}/${owner}/${repo}` };
}

/** Configured URL first, then the Actions context, then the `origin` remote. */
export function resolveLinks(configured: string | undefined, context: ForgeContext, remote: string | undefined): RepositoryLinks | undefined {
  if (configured) return linksFromRemote(configured);
  return linksFromContext(context) ?? (remote ? linksFromRemote(remote) : undefined);
}

export function commitUrl(links: RepositoryLinks, sha: string): string {
  return `${links.baseUrl}/commit/${sha}`;
}

export function compareUrl(links: RepositoryLinks, fromTag: string, toTag: string): string {
  return `${links.baseUrl}/compare/${encodeURIComponent(fromTag)}...${encodeURIComponent(toTag)}`;
}

export function tagUrl(links: RepositoryLinks, tag: string): string {
  return `${links.baseUrl}/releases/tag/${encodeURIComponent(tag)}`;
}

/** GitHub redirects /issues/N to the pull request when N is one, so one URL form serves both. */
export function issueUrl(links: RepositoryLinks, reference: IssueReference): string {
  const base = reference.repository ? `${links.serverUrl}/${reference.repository}` : links.baseUrl;
  return `${base}/issues/${reference.number}`;
}
