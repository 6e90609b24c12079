import { ConfigurationError } from "../../errors/index.js";
import type { EffectHandler } from "../../plan/apply.js";
import type { Effect } from "../../plan/plan.js";
import type { Clock } from "../../ports/index.js";
import { isBinary } from "../blob.js";
import type { GitHubGitData, NewTreeItem } from "../github/git-data.js";
import type { PullRequests } from "../github/pulls.js";
import type { GitWorkspace, TreeChange } from "../git/workspace.js";
import { parseManifest } from "../manifest.js";
import { REGULAR, type Endpoint, type FileMap, type SourceSnapshot, type SyncConfig } from "../types.js";
import { commitMessage, isOwnCommit, planTrailer, prBranchName } from "./commits.js";
import type { PlannedWork, SyncBranchState, TargetEndpoint, TargetState, TargetWork } from "./port.js";
import { pullRequestHandlers } from "./pull-effects.js";

/**
 * A GitHub repository as a target through the REST git-data API, with no clone: observed by its
 * branch ref, head commit and one recursive tree listing (blob ids for every file, so unchanged
 * files are compared without a request), changed by one tree and one commit built on the
 * observed head. Text goes inline in the tree; binary files as blobs. The tree the plan names is
 * worked out locally with git, so the plan (and its hash) says exactly what GitHub will hold.
 */
export class ApiTarget implements TargetEndpoint {
  private branch = "";
  private prBranch = "";
  private head = "";
  private baseTree = "";
  private listing: TreeChange[] = [];
  private lastCommit: string | undefined;
  private lastPull: string | undefined;

  constructor(
    private readonly api: GitHubGitData,
    private readonly workspace: () => Promise<GitWorkspace>,
    private readonly sync: SyncConfig,
    private readonly target: Endpoint,
    private readonly source: () => SourceSnapshot,
    private readonly clock: Clock,
    private readonly pulls: PullRequests | undefined,
  ) {}

  async observe(_sourcePaths: ReadonlySet<string>): Promise<TargetState> {
    const branch = this.target.branch ?? (await this.api.defaultBranch());
    this.branch = branch;
    const pullRequests = this.sync.options.delivery === "pull_request";
    let head = await this.api.branchHead(branch);
    let createFrom: string | undefined;
    if (!head) {
      const fallback = this.target.branch ? await this.api.branchHead(await this.api.defaultBranch()) : undefined;
      if (!this.target.createBranch) {
        throw new ConfigurationError(`the target ${this.target.id} has no branch ${branch}; create it (POST /repos/${this.api.repository}/git/refs with ref refs/heads/${branch}${fallback ? ` and sha ${fallback}` : ""}) or set create_branch: true on the target`);
      }
      if (!fallback) throw new ConfigurationError(`the target ${this.target.id} has no branch ${branch} and no default branch to create it from`);
      createFrom = fallback;
    }
    const commit = await this.api.commit(head ?? createFrom!);
    this.head = commit.sha;
    this.baseTree = commit.tree;
    const items = await this.api.treeRecursive(commit.tree);
    const files: FileMap = new Map();
    const paths: string[] = [];
    this.listing = [];
    for (const item of items) {
      if (item.type === "tree") continue;
      this.listing.push({ path: item.path, entry: { sha: item.sha, mode: item.mode, size: item.size ?? 0 } });
      if (item.type !== "blob") continue;
      paths.push(item.path);
      files.set(item.path, { sha: item.sha, mode: item.mode, size: item.size ?? 0 });
    }
    const manifestEntry = files.get(this.sync.options.manifest);
    const manifestBytes = manifestEntry ? await this.api.blob(manifestEntry.sha) : undefined;
    const manifest = manifestBytes ? parseManifest(manifestBytes.toString("utf8"), `${this.sync.options.manifest} in ${this.target.id}`, this.sync.syncId) : undefined;
    files.delete(this.sync.options.manifest);
    const appliedPlan = head && this.sync.options.delivery === "push" && isOwnCommit(commit, this.sync) ? planTrailer(commit.message) : undefined;
    let syncBranch: SyncBranchState | undefined;
    if (pullRequests) {
      this.prBranch = prBranchName(this.sync, branch);
      syncBranch = await this.syncBranchState();
    }
    const api = this.api;
    return {
      exists: head !== undefined,
      base: head ?? "",
      ...(createFrom !== undefined ? { createFrom } : {}),
      files,
      paths,
      manifest,
      reader: {
        async read(path, entry) {
          const bytes = await api.blob(entry.sha);
          if (!bytes) throw new Error(`GitHub has no blob ${entry.sha} for ${path}`);
          return bytes;
        },
      },
      // Any blob of the repository by its id, history included: the base of a three-way merge.
      blob: (sha) => api.blob(sha),
      ...(syncBranch ? { syncBranch } : {}),
      ...(appliedPlan ? { appliedPlan } : {}),
    };
  }

  private async syncBranchState(): Promise<SyncBranchState> {
    const head = await this.api.branchHead(this.prBranch);
    if (!head) return {};
    const info = await this.api.commit(head);
    const own = isOwnCommit(info, this.sync);
    const planHash = own ? planTrailer(info.message) : undefined;
    return { head, tree: info.tree, ...(info.parents[0] ? { parent: info.parents[0] } : {}), ...(own ? {} : { foreign: { sha: head, author: info.author } }), ...(planHash ? { planHash } : {}) };
  }

  async effects(state: TargetState, work: PlannedWork): Promise<Effect[]> {
    const hasChanges = work.changes.length > 0 || work.manifestSha !== undefined;
    const effects: Effect[] = [];
    if (!state.exists && state.createFrom) effects.push({ kind: "sync-api-branch", id: `branch:${this.branch}`, summary: `create the branch ${this.branch} from ${state.createFrom.slice(0, 12)}`, branch: this.branch, from: state.createFrom });
    const push = this.sync.options.delivery === "push";
    if (hasChanges) {
      const tree = await this.tree(work);
      const branch = push ? this.branch : this.prBranch;
      effects.push({ kind: "sync-api-commit", id: `commit:${branch}`, summary: `commit ${work.changes.length} change(s) on ${branch}${push ? "" : ` (made on ${this.branch})`} through the API`, branch, base: this.head, tree, force: !push });
      if (!push) effects.push({ kind: "sync-pull-request", id: `pull:${this.prBranch}`, summary: `open or update the pull request ${this.prBranch} → ${this.branch}`, head: this.prBranch, base: this.branch, title: this.sync.options.prTitle });
    } else if (!push && state.syncBranch?.head) {
      effects.push({ kind: "sync-pull-close", id: `close:${this.prBranch}`, summary: `close the open pull request from ${this.prBranch}, if any: the target already has the source's files`, head: this.prBranch, base: this.branch });
    }
    return effects;
  }

  /** The tree GitHub will build: the listing with the changes and the manifest, written by git here. */
  private async tree(work: PlannedWork): Promise<string> {
    const changes: TreeChange[] = [...this.listing, ...work.changes.map((change) => ({ path: change.path, ...(change.after ? { entry: change.after } : {}) }))];
    if (work.manifestSha) changes.push({ path: work.manifestPath, entry: { sha: work.manifestSha, mode: REGULAR, size: 0 } });
    return (await this.workspace()).buildTree("", changes);
  }

  handlers(state: TargetState, work: TargetWork): Record<string, EffectHandler> {
    /** The branch holds the planned tree (on the planned parent, for the sync's own branch). */
    const holds = async (branch: string, tree: string, parent?: string) => {
      const head = await this.api.branchHead(branch);
      if (!head) return false;
      const info = await this.api.commit(head);
      return info.tree === tree && (parent === undefined || info.parents[0] === parent);
    };
    return {
      "sync-api-branch": {
        isDone: async (effect) => (await this.api.branchHead(String(effect.branch))) !== undefined,
        run: async (effect) => this.api.createBranch(String(effect.branch), String(effect.from)),
      },
      "sync-api-commit": {
        isDone: async (effect) => holds(String(effect.branch), String(effect.tree), effect.force ? String(effect.base) : undefined),
        run: async (effect) => {
          const branch = String(effect.branch);
          const tree = await this.api.createTree(this.baseTree, await this.treeItems(work));
          if (tree !== String(effect.tree)) throw new Error(`GitHub built the tree ${tree}, not the planned ${String(effect.tree)}; nothing was committed`);
          const message = commitMessage(this.sync, this.source().revision, work.planHash());
          const commit = await this.api.createCommit(message, tree, [String(effect.base)], this.sync.options.committer, this.clock.now());
          this.lastCommit = commit;
          if (!effect.force) return this.api.moveBranch(branch, commit, false);
          // The sync's own branch: forced, but only over the head observed (the API has no lease,
          // so the head is read again right before the move, and a commit by someone else stops it).
          const now = await this.api.branchHead(branch);
          if (now !== state.syncBranch?.head) throw new ConfigurationError(`${branch} in ${this.api.repository} moved since the plan was made (now ${now ?? "deleted"}); it is never forced over: run the dry-run again`);
          if (now) await this.api.moveBranch(branch, commit, true);
          else await this.api.createBranch(branch, commit);
        },
      },
      ...pullRequestHandlers(this.pulls, this.target, work, (url) => (this.lastPull = url)),
    };
  }

  /** Tree entries for the changes: text inline, other bytes as blobs, deletions as null. */
  private async treeItems(work: TargetWork): Promise<NewTreeItem[]> {
    const items: NewTreeItem[] = [];
    for (const change of work.changes) {
      if (!change.after) {
        items.push({ path: change.path, mode: change.before!.mode, sha: null });
        continue;
      }
      const bytes = await work.content(change);
      const text = bytes.toString("utf8");
      const inline = !isBinary(bytes) && Buffer.from(text, "utf8").equals(bytes);
      items.push({ path: change.path, mode: change.after.mode, ...(inline ? { content: text } : { sha: await this.api.createBlob(bytes) }) });
    }
    if (work.manifestSha) items.push({ path: work.manifestPath, mode: REGULAR, content: work.manifestText });
    return items;
  }

  async appliedFacts(): Promise<{ pullRequest?: string; commit?: string }> {
    return { ...(this.lastPull ? { pullRequest: this.lastPull } : {}), ...(this.lastCommit ? { commit: this.lastCommit } : {}) };
  }

  async close(): Promise<void> {}
}
