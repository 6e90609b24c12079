import type { getOctokit } from "@actions/github";
import { ConfigurationError } from "../../errors/index.js";
import { ForgeError } from "../../forge/errors.js";
import { toForgeError } from "../../forge/github.js";
import type { CommitIdentity } from "../types.js";

type Octokit = ReturnType<typeof getOctokit>;

export interface TreeItem {
  path: string;
  mode: string;
  type: "blob" | "tree" | "commit";
  sha: string;
  size?: number;
}

export interface NewTreeItem {
  path: string;
  mode: string;
  /** A blob id, or null to delete the path. */
  sha?: string | null;
  /** UTF-8 text GitHub writes as the blob (saves a request per file). */
  content?: string;
}

export interface CommitData {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  committerEmail: string;
  author: string;
}

/**
 * The Git database of one GitHub repository through the REST API (Octokit with the retry and
 * throttling plugins): refs, commits, trees, blobs. A dry-run of N files that changed reads the
 * ref, the commit, one recursive tree and N blobs: unchanged files cost no request.
 */
export class GitHubGitData {
  private readonly owner: string;
  private readonly repo: string;
  /** Requests made, for the bench and for people who watch their rate limit. */
  requests = 0;

  constructor(
    private readonly octokit: Octokit,
    readonly repository: string,
  ) {
    const [owner, repo] = repository.split("/");
    this.owner = owner!;
    this.repo = repo!;
  }

  private async call<T>(operation: string, body: () => Promise<T>, options: { missing?: true } = {}): Promise<T | undefined> {
    this.requests++;
    try {
      return await body();
    } catch (error) {
      const failure = toForgeError(error, `${operation} (${this.repository})`);
      if (options.missing && failure.status === 404) return undefined;
      if (failure.status === 404) throw new ConfigurationError(`${this.repository} does not exist on GitHub, or the token cannot read it (${operation} answered 404)`);
      throw failure;
    }
  }

  async defaultBranch(): Promise<string> {
    const data = await this.call("GET /repos/{owner}/{repo}", async () => (await this.octokit.rest.repos.get({ owner: this.owner, repo: this.repo })).data);
    return data!.default_branch;
  }

  /** The commit a branch points at, or undefined when there is no such branch. */
  async branchHead(branch: string): Promise<string | undefined> {
    return this.call(
      "GET git/ref",
      async () => {
        const { data } = await this.octokit.rest.git.getRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}` });
        // GitHub answers a prefix with a list of matching refs: only an exact match counts.
        if (Array.isArray(data)) return undefined;
        return data.ref === `refs/heads/${branch}` ? data.object.sha : undefined;
      },
      { missing: true },
    );
  }

  async commit(sha: string): Promise<CommitData> {
    const data = (await this.call("GET git/commits", async () => (await this.octokit.rest.git.getCommit({ owner: this.owner, repo: this.repo, commit_sha: sha })).data))!;
    return { sha: data.sha, tree: data.tree.sha, parents: data.parents.map((parent) => parent.sha), message: data.message, committerEmail: data.committer.email ?? "", author: `${data.author.name ?? ""} <${data.author.email ?? ""}>` };
  }

  /** Every entry of a tree, recursively: one request, or one per folder when GitHub cuts the list. */
  async treeRecursive(sha: string): Promise<TreeItem[]> {
    const data = (await this.call("GET git/trees", async () => (await this.octokit.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: sha, recursive: "1" })).data))!;
    if (!data.truncated) return data.tree.map(item);
    return this.walk(sha, "");
  }

  private async walk(sha: string, prefix: string): Promise<TreeItem[]> {
    const data = (await this.call("GET git/trees", async () => (await this.octokit.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: sha })).data))!;
    const items: TreeItem[] = [];
    for (const entry of data.tree.map(item)) {
      const path = prefix ? `${prefix}/${entry.path}` : entry.path;
      items.push({ ...entry, path });
      if (entry.type === "tree") items.push(...(await this.walk(entry.sha, path)));
    }
    return items;
  }

  /** A blob's bytes, or undefined when the repository has no such object. */
  async blob(sha: string): Promise<Buffer | undefined> {
    const data = await this.call("GET git/blobs", async () => (await this.octokit.rest.git.getBlob({ owner: this.owner, repo: this.repo, file_sha: sha })).data, { missing: true });
    if (!data) return undefined;
    return Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8");
  }

  async createBlob(bytes: Buffer): Promise<string> {
    const data = (await this.call("POST git/blobs", async () => (await this.octokit.rest.git.createBlob({ owner: this.owner, repo: this.repo, content: bytes.toString("base64"), encoding: "base64" })).data))!;
    return data.sha;
  }

  async createTree(base: string | undefined, tree: NewTreeItem[]): Promise<string> {
    const entries = tree.map((entry) => ({ path: entry.path, mode: entry.mode as "100644", type: (entry.mode === "160000" ? "commit" : "blob") as "blob", ...(entry.content !== undefined ? { content: entry.content } : { sha: entry.sha ?? null }) }));
    const data = (await this.call("POST git/trees", async () => (await this.octokit.rest.git.createTree({ owner: this.owner, repo: this.repo, tree: entries, ...(base ? { base_tree: base } : {}) })).data))!;
    return data.sha;
  }

  async createCommit(message: string, tree: string, parents: string[], identity: CommitIdentity, date: Date): Promise<string> {
    const who = { name: identity.name, email: identity.email, date: date.toISOString().replace(/\.\d{3}Z$/, "Z") };
    const data = (await this.call("POST git/commits", async () => (await this.octokit.rest.git.createCommit({ owner: this.owner, repo: this.repo, message, tree, parents, author: who, committer: who })).data))!;
    return data.sha;
  }

  async createBranch(branch: string, sha: string): Promise<void> {
    await this.call("POST git/refs", () => this.octokit.rest.git.createRef({ owner: this.owner, repo: this.repo, ref: `refs/heads/${branch}`, sha }));
  }

  /** Moves a branch; without force only a fast-forward (GitHub answers 422 otherwise). */
  async moveBranch(branch: string, sha: string, force: boolean): Promise<void> {
    try {
      await this.call("PATCH git/refs", () => this.octokit.rest.git.updateRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}`, sha, force }));
    } catch (error) {
      if (error instanceof ForgeError && error.status === 422) throw new ConfigurationError(`${branch} in ${this.repository} moved since the plan was made (${error.message}); run the dry-run again`);
      throw error;
    }
  }
}

function item(entry: { path?: string; mode?: string; type?: string; sha?: string; size?: number }): TreeItem {
  return { path: entry.path ?? "", mode: entry.mode ?? "100644", type: (entry.type ?? "blob") as TreeItem["type"], sha: entry.sha ?? "", ...(entry.size !== undefined ? { size: entry.size } : {}) };
}
