import { digestRepo, type RepoDigest } from "./digest.js";
import { BareRepo } from "./git/bare-repo.js";

/**
 * The emulator's world: repositories and what lives in them, as plain data that tests set up
 * and inspect directly. Routes read and change it; representations.ts turns it into the JSON
 * GitHub would send. One GitHubState per emulator, so tests never share state.
 */

export interface LabelModel {
  id: number;
  name: string;
  color: string;
}

export interface MilestoneModel {
  id: number;
  number: number;
  title: string;
  state: "open" | "closed";
}

/** An issue or a pull request: GitHub numbers both from one counter and lists PRs among issues. */
export interface IssueModel {
  id: number;
  number: number;
  title: string;
  state: "open" | "closed";
  labels: string[];
  milestone?: number;
  author: string;
  /** The description (markdown), or null. */
  body?: string | null;
  /** Present for pull requests. `headSha`/`baseSha` follow the branches while the PR is open. */
  pull?: { head: string; base: string; draft: boolean; merged: boolean; headSha: string; baseSha?: string; maintainerCanModify?: boolean };
  createdAt: string;
  updatedAt?: string;
  closedAt?: string | null;
}

export interface CheckRunModel {
  id: number;
  name: string;
  headSha: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: "success" | "failure" | "neutral" | "cancelled" | "skipped" | "timed_out" | "action_required" | null;
  app: string;
}

export interface StatusModel {
  id: number;
  sha: string;
  context: string;
  state: "error" | "failure" | "pending" | "success";
  description: string | null;
  createdAt: string;
}

export type AlertSeverity = "low" | "medium" | "high" | "critical";

export interface DependabotAlertModel {
  number: number;
  state: "open" | "dismissed" | "fixed" | "auto_dismissed";
  severity: AlertSeverity;
  packageName: string;
  ecosystem: string;
  manifest: string;
  ghsaId: string;
  cveId: string | null;
  summary: string;
  vulnerableRange: string;
  patched: string | null;
}

export interface RepoModel {
  id: number;
  owner: string;
  name: string;
  defaultBranch: string;
  private: boolean;
  issues: IssueModel[];
  milestones: MilestoneModel[];
  labels: LabelModel[];
  checkRuns: CheckRunModel[];
  statuses: StatusModel[];
  dependabotAlerts: DependabotAlertModel[];
  /** What GET dependabot/alerts answers: the alerts, 403 (token lacks the permission) or disabled. */
  dependabot: "enabled" | "forbidden" | "disabled";
  /**
   * Named references → sha (branches as refs/heads/x, tags as refs/tags/x) of a repository with
   * no git repository behind it: refs only, no objects. Unused when `git` is set.
   */
  refs: Map<string, string>;
  /** The bare git repository behind this one, when it has one: refs and objects live there. */
  git?: BareRepo;
  /** Room for areas other routes add (releases, assets, ...): each keeps its data under a key. */
  areas: Map<string, unknown>;
}

export interface AddRepoOptions {
  defaultBranch?: string;
  private?: boolean;
  /** A bare git repository (created when missing) that holds this repository's refs and objects. */
  gitDir?: string;
  /** Entries after which a recursive tree listing is cut and marked truncated (GitHub: 100,000). */
  treeEntryLimit?: number;
}

export class GitHubState {
  readonly repos = new Map<string, RepoModel>();
  private nextId = 1000;
  /** The instant the emulator reports as "now" in created_at fields; fixed for reproducible bodies. */
  now = "2026-11-20T12:00:00Z";

  id(): number {
    return this.nextId++;
  }

  /**
   * Adds a repository. With `gitDir` it is backed by the bare git repository there (created,
   * with `defaultBranch` as HEAD, when the folder is missing or empty): refs, branches, tags,
   * commits, trees, blobs and contents are read from and written to it with git plumbing.
   * Without, it has in-memory refs and no git objects.
   */
  addRepo(fullName: string, options: AddRepoOptions = {}): RepoModel {
    const [owner, name] = fullName.split("/");
    if (!owner || !name) throw new Error(`a repository is named owner/name, not '${fullName}'`);
    const git = options.gitDir === undefined ? undefined : new BareRepo(options.gitDir, options);
    const repo: RepoModel = {
      id: this.id(),
      owner,
      name,
      defaultBranch: options.defaultBranch ?? git?.headBranch() ?? "main",
      private: options.private ?? false,
      issues: [],
      milestones: [],
      labels: [],
      checkRuns: [],
      statuses: [],
      dependabotAlerts: [],
      dependabot: "enabled",
      refs: new Map(),
      areas: new Map(),
      ...(git ? { git } : {}),
    };
    this.repos.set(`${owner}/${name}`.toLowerCase(), repo);
    return repo;
  }

  repo(owner: string, name: string): RepoModel | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /**
   * The whole state of one repository (by model or "owner/name"), or of every repository keyed by
   * full name, as comparable data: a before/after pair proves an operation changed nothing.
   */
  digest(): Record<string, RepoDigest>;
  digest(repo: RepoModel | string): RepoDigest;
  digest(repo?: RepoModel | string): RepoDigest | Record<string, RepoDigest> {
    if (repo === undefined) return Object.fromEntries([...this.repos.values()].map((model) => [`${model.owner}/${model.name}`, digestRepo(model, this.freshArea)]));
    const model = typeof repo === "string" ? this.repo(...(repo.split("/") as [string, string])) : repo;
    if (!model) throw new Error(`no repository '${String(repo)}' in the emulator`);
    return digestRepo(model, this.freshArea);
  }

  /** Each area as first created, by key, so a digest tells an area only read from one changed. */
  private readonly areaFactories = new Map<string, () => unknown>();
  private readonly freshArea = (key: string): unknown => this.areaFactories.get(key)?.();

  /** The data an extension keeps in a repository, created on first use. */
  area<T>(repo: RepoModel, key: string, create: () => T): T {
    if (!this.areaFactories.has(key)) this.areaFactories.set(key, create);
    if (!repo.areas.has(key)) repo.areas.set(key, create());
    return repo.areas.get(key) as T;
  }

  addMilestone(repo: RepoModel, title: string, state: "open" | "closed" = "open"): MilestoneModel {
    const milestone = { id: this.id(), number: repo.milestones.length + 1, title, state };
    repo.milestones.push(milestone);
    return milestone;
  }

  private label(repo: RepoModel, name: string): void {
    if (!repo.labels.some((label) => label.name === name)) repo.labels.push({ id: this.id(), name, color: "ededed" });
  }

  private nextNumber(repo: RepoModel): number {
    return repo.issues.reduce((max, issue) => Math.max(max, issue.number), 0) + 1;
  }

  addIssue(repo: RepoModel, fields: { title: string; state?: "open" | "closed"; labels?: string[]; milestone?: string; author?: string }): IssueModel {
    const labels = fields.labels ?? [];
    labels.forEach((name) => this.label(repo, name));
    const milestone = fields.milestone === undefined ? undefined : (repo.milestones.find((m) => m.title === fields.milestone) ?? this.addMilestone(repo, fields.milestone));
    const issue: IssueModel = {
      id: this.id(),
      number: this.nextNumber(repo),
      title: fields.title,
      state: fields.state ?? "open",
      labels,
      ...(milestone ? { milestone: milestone.number } : {}),
      author: fields.author ?? "octocat",
      createdAt: this.now,
    };
    repo.issues.push(issue);
    return issue;
  }

  addPull(
    repo: RepoModel,
    fields: { title: string; head?: string; base?: string; state?: "open" | "closed"; labels?: string[]; milestone?: string; draft?: boolean; merged?: boolean; author?: string },
  ): IssueModel {
    const issue = this.addIssue(repo, fields);
    issue.pull = {
      head: fields.head ?? `topic-${issue.number}`,
      base: fields.base ?? repo.defaultBranch,
      draft: fields.draft ?? false,
      merged: fields.merged ?? false,
      headSha: (issue.number.toString(16) + "0".repeat(40)).slice(0, 40),
    };
    return issue;
  }

  addCheckRun(repo: RepoModel, headSha: string, name: string, conclusion: CheckRunModel["conclusion"], status: CheckRunModel["status"] = "completed"): CheckRunModel {
    const run: CheckRunModel = { id: this.id(), name, headSha, status, conclusion: status === "completed" ? conclusion : null, app: "github-actions" };
    repo.checkRuns.push(run);
    return run;
  }

  addStatus(repo: RepoModel, sha: string, context: string, state: StatusModel["state"], description: string | null = null): StatusModel {
    const status: StatusModel = { id: this.id(), sha, context, state, description, createdAt: this.now };
    repo.statuses.push(status);
    return status;
  }

  addDependabotAlert(repo: RepoModel, fields: Partial<DependabotAlertModel> & { severity: AlertSeverity; packageName: string }): DependabotAlertModel {
    const number = repo.dependabotAlerts.length + 1;
    const alert: DependabotAlertModel = {
      number,
      state: "open",
      ecosystem: "npm",
      manifest: "package-lock.json",
      ghsaId: `GHSA-${String(number).padStart(4, "0")}-abcd-efgh`,
      cveId: null,
      summary: `vulnerability in ${fields.packageName}`,
      vulnerableRange: "< 1.0.0",
      patched: "1.0.0",
      ...fields,
    };
    repo.dependabotAlerts.push(alert);
    return alert;
  }
}
