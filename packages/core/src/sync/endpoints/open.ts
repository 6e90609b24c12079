import { existsSync } from "node:fs";
import { ConfigurationError } from "../../errors/index.js";
import { createOctokit } from "../../forge/github.js";
import type { Clock } from "../../ports/index.js";
import { GitHubGitData } from "../github/git-data.js";
import { GitHubPulls } from "../github/github-pulls.js";
import type { PullRequests } from "../github/pulls.js";
import { GitWorkspace } from "../git/workspace.js";
import type { Endpoint, SourceSnapshot, SyncConfig } from "../types.js";
import { folderOf, FolderSource } from "./file-source.js";
import { ApiSource } from "./api-source.js";
import { ApiTarget } from "./api-target.js";
import { FolderTarget } from "./file-target.js";
import { GitSource } from "./git-source.js";
import { GitTarget } from "./git-target.js";
import { DEFAULT_NPM_REGISTRY, RegistrySource } from "./registry-source.js";
import type { SourceEndpoint, TargetEndpoint } from "./port.js";

/** What opening endpoints needs from the run: the repository, credentials, the GitHub API. */
export interface EndpointContext {
  /** The repository root: folder locations are relative to it. */
  root: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The token when an endpoint names no credentials (the action's github-token, GITHUB_TOKEN in the CLI). */
  defaultToken?: string;
  /** Marks a token as secret in what the run prints. */
  secret(value: string): void;
  clock: Clock;
  /** GitHub's REST API (GITHUB_API_URL); https://api.github.com when unset. */
  apiUrl?: string;
  /** Base of Octokit's retry back-off in ms (tests: 1). */
  retryBaseMs?: number;
  log(message: string): void;
}

/** The token an endpoint uses: its `credentials` variable, else the default. A named but unset variable is an error. */
export function tokenFor(endpoint: Endpoint, context: EndpointContext): string | undefined {
  if (endpoint.credentials) {
    const value = context.env[endpoint.credentials];
    if (!value) throw new ConfigurationError(`the credentials of ${endpoint.id} name the environment variable ${endpoint.credentials}, which is not set (pass the secret in the step's env:)`);
    context.secret(value);
    return value;
  }
  if (context.defaultToken) context.secret(context.defaultToken);
  return context.defaultToken || undefined;
}

/**
 * The endpoints of one sync: the source and each target, sharing one temporary git workspace
 * (made when a git endpoint first needs it, removed by close()).
 */
export class SyncSession {
  private workspace: GitWorkspace | undefined;
  private snapshot: SourceSnapshot | undefined;
  private source: SourceEndpoint | undefined;
  private readonly apiClients: GitHubGitData[] = [];

  constructor(
    readonly sync: SyncConfig,
    private readonly context: EndpointContext,
  ) {}

  private async git(): Promise<GitWorkspace> {
    if (!this.workspace) {
      this.workspace = new GitWorkspace();
      await this.workspace.init();
    }
    return this.workspace;
  }

  async readSource(include: (path: string) => boolean): Promise<SourceSnapshot> {
    this.source = await this.openSource();
    this.snapshot = await this.source.read(include, this.sync.options.maxFileSize);
    return this.snapshot;
  }

  private async openSource(): Promise<SourceEndpoint> {
    const source = this.sync.source;
    switch (source.kind) {
      case "file":
        return new FolderSource(folderOf(this.context.root, source.location, source.path), source.path ? `${source.location} (${source.path})` : source.location);
      case "git":
        return new GitSource(await this.git(), source, tokenFor(source, this.context));
      case "api":
        return new ApiSource(this.gitData(source, tokenFor(source, this.context)), source);
      case "registry":
        return new RegistrySource(source.location, source.registry ?? DEFAULT_NPM_REGISTRY, source.path, source.credentials ? tokenFor(source, this.context) : undefined);
      default:
        throw new ConfigurationError(`sync ${this.sync.syncId}: unknown source type ${String(source.kind)}`);
    }
  }

  async openTarget(target: Endpoint, index: number): Promise<TargetEndpoint> {
    const sync = this.sync;
    switch (target.kind) {
      case "file": {
        const root = folderOf(this.context.root, target.location, "");
        if (!existsSync(root) && !target.createBranch) {
          throw new ConfigurationError(`the target folder ${target.location} does not exist; create it, or set create_branch: true on the target to have the sync create it`);
        }
        return new FolderTarget(root, target.path, sync.options.manifest, sync.syncId);
      }
      case "git": {
        const token = tokenFor(target, this.context);
        return new GitTarget(await this.git(), sync, target, index, token, () => this.snapshot!, this.context.clock, this.pulls(target, token));
      }
      case "api": {
        const token = tokenFor(target, this.context);
        return new ApiTarget(this.gitData(target, token), () => this.git(), sync, target, () => this.snapshot!, this.context.clock, this.pulls(target, token));
      }
      default:
        throw new ConfigurationError(`sync ${sync.syncId}: ${String(target.kind)} is not a target type (registry is a source only)`);
    }
  }

  /** Pull requests of a target's GitHub repository, when pull-request delivery has a repository and a token. */
  private pulls(target: Endpoint, token: string | undefined): PullRequests | undefined {
    if (this.sync.options.delivery !== "pull_request" || !target.repository || !token) return undefined;
    return new GitHubPulls(this.octokit(target.repository, token), target.repository);
  }

  /** The Git database of an api endpoint's repository; a token is needed (GitHub's API limits anonymous use hard). */
  private gitData(endpoint: Endpoint, token: string | undefined): GitHubGitData {
    if (!token) throw new ConfigurationError(`${endpoint.id} is read through GitHub's API and needs a token: name an environment variable in credentials, or give github-token (GITHUB_TOKEN in the CLI)`);
    const data = new GitHubGitData(this.octokit(endpoint.repository!, token), endpoint.repository!);
    this.apiClients.push(data);
    return data;
  }

  private octokit(repository: string, token: string) {
    return createOctokit({ token, repository, ...(this.context.apiUrl ? { baseUrl: this.context.apiUrl } : {}), ...(this.context.retryBaseMs !== undefined ? { retryBaseMs: this.context.retryBaseMs } : {}), log: this.context.log });
  }

  /** API requests made through the git-data clients of this sync (the bench counts them). */
  get apiRequests(): number {
    return this.apiClients.reduce((sum, client) => sum + client.requests, 0);
  }

  async close(): Promise<void> {
    await this.source?.close().catch(() => undefined);
    this.workspace?.close();
    this.workspace = undefined;
  }
}
