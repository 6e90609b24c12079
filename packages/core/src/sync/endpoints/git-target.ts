import { ConfigurationError } from "../../errors/index.js";
import type { EffectHandler } from "../../plan/apply.js";
import type { Effect } from "../../plan/plan.js";
import type { Clock } from "../../ports/index.js";
import { blobSha } from "../blob.js";
import type { PullRequests } from "../github/pulls.js";
import type { GitWorkspace, TreeChange } from "../git/workspace.js";
import { parseManifest } from "../manifest.js";
import type { Change } from "../planner.js";
import { REGULAR, type Endpoint, type SourceSnapshot, type SyncConfig } from "../types.js";
import { commitMessage, isOwnCommit, planTrailer, prBranchName } from "./commits.js";
import type { PlannedWork, SyncBranchState, TargetEndpoint, TargetState, TargetWork } from "./port.js";
import { pullRequestHandlers } from "./pull-effects.js";

/**
 * A branch of any git repository as a target. Observed by one ls-remote and a shallow fetch;
 * changed by one commit built with plumbing on the observed head and pushed: a fast-forward of
 * the branch itself (delivery push), or a forced update, under a lease, of the sync's own branch
 * with a pull request (delivery pull_request). A branch someone else committed to is never
 * forced over.
 */
export class GitTarget implements TargetEndpoint {
  private branch = "";
  private prBranch = "";
  private commitOf = "";
  private lastCommit: string | undefined;
  private lastPull: string | undefined;

  constructor(
    private readonly workspace: GitWorkspace,
    private readonly sync: SyncConfig,
    private readonly target: Endpoint,
    private readonly index: number,
    private readonly token: string | undefined,
    private readonly source: () => SourceSnapshot,
    private readonly clock: Clock,
    private readonly pulls: PullRequests | undefined,
  ) {}

  private get ref(): string {
    return `refs/cadence/target/${this.index}`;
  }

  async observe(_sourcePaths: ReadonlySet<string>): Promise<TargetState> {
    const { location } = this.target;
    let remote = await this.workspace.remoteHeads(location, this.token, this.target.branch ? [this.target.branch] : []);
    const branch = this.target.branch ?? remote.defaultBranch;
    if (!branch) throw new ConfigurationError(`the target ${location} is an empty repository; set target.branch to the branch to create`);
    this.branch = branch;
    const pullRequests = this.sync.options.delivery === "pull_request";
    if (pullRequests) {
      this.prBranch = prBranchName(this.sync, branch);
      remote = await this.workspace.remoteHeads(location, this.token, [branch, this.prBranch]);
    }
    const head = remote.heads.get(branch);
    let createFrom: string | undefined;
    if (!head) {
      const fallback = remote.defaultBranch && remote.heads.get(remote.defaultBranch);
      if (!this.target.createBranch) {
        const how = fallback ? `git push ${location} ${fallback}:refs/heads/${branch}` : "push a first commit to it";
        throw new ConfigurationError(`the target ${this.target.id} has no branch ${branch}; create it (${how}) or set create_branch: true on the target`);
      }
      if (!fallback && pullRequests) throw new ConfigurationError(`the target ${this.target.id} is an empty repository: a pull request needs a branch to go into; sync it once with delivery: push`);
      createFrom = fallback ? await this.workspace.fetch(location, this.token, remote.defaultBranch!, this.ref) : "";
    }
    const commit = head ? await this.workspace.fetch(location, this.token, branch, this.ref) : createFrom!;
    this.commitOf = commit;
    const tree = commit ? await this.workspace.listTree(commit) : { files: new Map(), paths: [] };
    const manifestEntry = tree.files.get(this.sync.options.manifest);
    const manifestBytes = manifestEntry ? await this.workspace.readBlob(manifestEntry.sha) : undefined;
    const manifest = manifestBytes ? parseManifest(manifestBytes.toString("utf8"), `${this.sync.options.manifest} in ${this.target.id}`, this.sync.syncId) : undefined;
    tree.files.delete(this.sync.options.manifest);
    const info = head ? await this.workspace.commitInfo(head) : undefined;
    const appliedPlan = info && isOwnCommit(info, this.sync) ? planTrailer(info.message) : undefined;
    const syncBranch = pullRequests ? await this.syncBranchState(remote.heads.get(this.prBranch)) : undefined;
    const workspace = this.workspace;
    let deepened = false;
    return {
      exists: head !== undefined,
      base: head ?? "",
      ...(createFrom !== undefined ? { createFrom } : {}),
      files: tree.files,
      paths: tree.paths,
      manifest,
      reader: {
        async read(path, entry) {
          const bytes = await workspace.readBlob(entry.sha);
          if (!bytes) throw new Error(`the target blob of ${path} (${entry.sha}) is missing from the fetch`);
          return bytes;
        },
      },
      blob: async (sha) => {
        const found = await workspace.readBlob(sha);
        if (found || deepened || !head) return found;
        deepened = true;
        await workspace.deepen(location, this.token, branch, this.ref);
        return workspace.readBlob(sha);
      },
      ...(syncBranch ? { syncBranch } : {}),
      ...(appliedPlan && this.sync.options.delivery === "push" ? { appliedPlan } : {}),
    };
  }

  private async syncBranchState(head: string | undefined): Promise<SyncBranchState> {
    if (!head) return {};
    await this.workspace.fetch(this.target.location, this.token, this.prBranch, `${this.ref}-sync`);
    const info = await this.workspace.commitInfo(head);
    const own = isOwnCommit(info, this.sync);
    const planHash = own ? planTrailer(info.message) : undefined;
    return { head, tree: info.tree, ...(info.parents[0] ? { parent: info.parents[0] } : {}), ...(own ? {} : { foreign: { sha: head, author: info.author } }), ...(planHash ? { planHash } : {}) };
  }

  async effects(state: TargetState, work: PlannedWork): Promise<Effect[]> {
    const hasChanges = work.changes.length > 0 || work.manifestSha !== undefined;
    const effects: Effect[] = [];
    if (!state.exists && state.createFrom) effects.push({ kind: "sync-git-branch", id: `branch:${this.branch}`, summary: `create the branch ${this.branch} from ${state.createFrom.slice(0, 12)}`, branch: this.branch, from: state.createFrom });
    if (this.sync.options.delivery === "push") {
      if (hasChanges) {
        const tree = await this.tree(work);
        effects.push({ kind: "sync-git-push", id: `push:${this.branch}`, summary: `commit ${work.changes.length} change(s) on ${this.branch} and push it`, branch: this.branch, base: this.commitOf, tree });
      }
      return effects;
    }
    if (hasChanges) {
      const tree = await this.tree(work);
      effects.push({ kind: "sync-git-pr-branch", id: `pr-branch:${this.prBranch}`, summary: `commit ${work.changes.length} change(s) on ${this.prBranch} (made on ${this.branch})`, branch: this.prBranch, base: this.commitOf, tree });
      effects.push({ kind: "sync-pull-request", id: `pull:${this.prBranch}`, summary: `open or update the pull request ${this.prBranch} → ${this.branch}`, head: this.prBranch, base: this.branch, title: this.sync.options.prTitle });
    } else if (state.syncBranch?.head) {
      effects.push({ kind: "sync-pull-close", id: `close:${this.prBranch}`, summary: `close the open pull request from ${this.prBranch}, if any: the target already has the source's files`, head: this.prBranch, base: this.branch });
    }
    return effects;
  }

  /** The tree the target will have: the observed head's, with the changes and the new manifest. */
  private async tree(work: PlannedWork): Promise<string> {
    const changes: TreeChange[] = work.changes.map((change) => ({ path: change.path, ...(change.after ? { entry: change.after } : {}) }));
    if (work.manifestSha) changes.push({ path: work.manifestPath, entry: { sha: work.manifestSha, mode: REGULAR, size: 0 } });
    return this.workspace.buildTree(this.commitOf, changes);
  }

  handlers(state: TargetState, work: TargetWork): Record<string, EffectHandler> {
    const { location } = this.target;
    const remoteHead = async (branch: string) => (await this.workspace.remoteHeads(location, this.token, [branch])).heads.get(branch);
    /** The remote branch holds the planned tree (on the planned parent, when asked). */
    const holds = async (branch: string, tree: string, parent?: string) => {
      const head = await remoteHead(branch);
      if (!head) return false;
      if (head === this.lastCommit) return true;
      await this.workspace.fetch(location, this.token, branch, `${this.ref}-check`);
      const info = await this.workspace.commitInfo(head);
      return info.tree === tree && (parent === undefined || info.parents[0] === parent);
    };
    const commit = async (effect: Effect) => {
      await this.writeBlobs(work);
      const message = commitMessage(this.sync, this.source().revision, work.planHash());
      this.lastCommit = await this.workspace.commit(String(effect.tree), String(effect.base) || undefined, message, this.sync.options.committer, this.clock.now());
      return this.lastCommit;
    };
    return {
      "sync-git-branch": {
        isDone: async (effect) => (await remoteHead(String(effect.branch))) !== undefined,
        run: async (effect) => this.workspace.push(location, this.token, String(effect.from), String(effect.branch), { lease: null }),
      },
      "sync-git-push": {
        isDone: async (effect) => holds(String(effect.branch), String(effect.tree)),
        run: async (effect) => this.workspace.push(location, this.token, await commit(effect), String(effect.branch)),
      },
      "sync-git-pr-branch": {
        isDone: async (effect) => holds(String(effect.branch), String(effect.tree), String(effect.base)),
        // Forced, but only over the head observed (the sync's own commit, or nothing): a commit
        // pushed since by someone else makes the lease fail, and nothing is lost.
        run: async (effect) => this.workspace.push(location, this.token, await commit(effect), String(effect.branch), { lease: state.syncBranch?.head ?? null }),
      },
      ...pullRequestHandlers(this.pulls, this.target, work, (url) => (this.lastPull = url)),
    };
  }

  /** Puts every new blob into the workspace: from the source's fetch, its folder, or its bytes. */
  private async writeBlobs(work: TargetWork): Promise<void> {
    const wanted = work.changes.filter((change): change is Change & { after: NonNullable<Change["after"]> } => change.after !== undefined);
    const missing = await this.workspace.missingObjects(wanted.map((change) => change.after.sha));
    // Files of a folder source go in with one git process; other content one blob at a time.
    const fromFolder = wanted.filter((change) => missing.has(change.after.sha) && work.sourceFile(change) !== undefined);
    const written = await this.workspace.writeFiles(fromFolder.map((change) => work.sourceFile(change)!));
    fromFolder.forEach((change, index) => {
      if (written[index] !== change.after.sha) throw new Error(`${change.path} changed in the source while it was applied (${written[index]} is not the planned ${change.after.sha}); run the dry-run again`);
      missing.delete(change.after.sha);
    });
    for (const change of wanted) {
      if (!missing.has(change.after.sha)) continue;
      const sha = await this.workspace.writeBlob(await work.content(change));
      if (sha !== change.after.sha) throw new Error(`${change.path} changed in the source while it was applied (${sha} is not the planned ${change.after.sha}); run the dry-run again`);
    }
    const manifest = Buffer.from(work.manifestText);
    if (work.manifestSha && (await this.workspace.missingObjects([blobSha(manifest)])).size > 0) await this.workspace.writeBlob(manifest);
  }

  async appliedFacts(): Promise<{ pullRequest?: string; commit?: string }> {
    return { ...(this.lastPull ? { pullRequest: this.lastPull } : {}), ...(this.lastCommit ? { commit: this.lastCommit } : {}) };
  }

  async close(): Promise<void> {}
}
