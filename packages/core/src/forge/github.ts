import { getOctokit } from "@actions/github";
import { defaults } from "@actions/github/lib/utils";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { ForgeError, describePermission } from "./errors.js";
import type { CommitCheck, Forge, PullRequestSummary, VulnerabilityAlert } from "./port.js";

export interface GitHubForgeOptions {
  token: string;
  /** "owner/name". */
  repository: string;
  /** REST base URL; defaults to GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string;
  /** How many times a failed request (5xx, 429, secondary rate limit) is tried again. */
  retries?: number;
  /** Base of the back-off in milliseconds (Octokit's default 1000); tests set 1 to never wait. */
  retryBaseMs?: number;
  /** Give up on one request after this long. */
  timeoutMs?: number;
  /** Where retries and rate-limit waits are said (debug level). */
  log?: (message: string) => void;
}

type Octokit = ReturnType<typeof getOctokit>;

/** Builds Octokit with the retry and throttling plugins and a per-request timeout. */
export function createOctokit(options: GitHubForgeOptions): Octokit {
  const retries = options.retries ?? 3;
  const base = options.retryBaseMs ?? 1000;
  const log = options.log ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 30_000;
  // The proxy-aware fetch of @actions/github, with a timeout on each attempt (retries get a fresh one).
  const baseFetch = (defaults.request?.fetch ?? fetch) as typeof fetch;
  const timedFetch: typeof fetch = (url, init) => {
    const limit = AbortSignal.timeout(timeoutMs);
    return baseFetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit });
  };
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: (options.baseUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
      request: { fetch: timedFetch },
      retry: { retries, retryAfterBaseValue: base },
      throttle: {
        retryAfterBaseValue: base,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: (after: number, request: { method: string; url: string }, _octokit: unknown, count: number) => {
          log(`rate limit on ${request.method} ${request.url}; retrying in ${after}s (attempt ${count + 1})`);
          return count < retries;
        },
        onSecondaryRateLimit: (after: number, request: { method: string; url: string }, _octokit: unknown, count: number) => {
          log(`secondary rate limit on ${request.method} ${request.url}; retrying in ${after}s (attempt ${count + 1})`);
          return count < retries;
        },
      },
      log: { debug: () => {}, info: () => {}, warn: (message: string) => log(message), error: (message: string) => log(message) },
    },
    retry,
    throttling,
  );
  return octokit;
}

/** Turns whatever Octokit threw into a ForgeError that says what failed and what to do; never includes the token. */
export function toForgeError(error: unknown, operation: string): ForgeError {
  if (error instanceof ForgeError) return error;
  const failure = error as { status?: number; message?: string; name?: string; response?: { headers?: Record<string, string | undefined>; data?: { message?: string } } };
  const said = failure.response?.data?.message ?? failure.message ?? String(error);
  // Octokit reports a fetch that never answered as status 500 without a response.
  const noAnswer = failure.response === undefined;
  const status = typeof failure.status === "number" && failure.status > 0 && !noAnswer ? failure.status : undefined;
  if (status === undefined) {
    const timedOut = failure.name === "TimeoutError" || /aborted|timeout/i.test(said);
    return new ForgeError(`${operation} ${timedOut ? "timed out" : `failed: ${said}`}`, undefined, operation);
  }
  if (status === 401) return new ForgeError(`${operation}: GitHub rejected the token (401 ${said}); check the token input`, status, operation);
  if (status === 403) {
    const accepted = failure.response?.headers?.["x-accepted-github-permissions"];
    if (accepted) {
      return new ForgeError(`${operation}: the token lacks the permission ${describePermission(accepted)} (GitHub answered 403: ${said})`, status, operation, accepted);
    }
    return new ForgeError(`${operation}: GitHub refused (403: ${said})`, status, operation);
  }
  return new ForgeError(`${operation}: GitHub answered ${status}: ${said}`, status, operation);
}

function checkRunState(status: string, conclusion: string | null): CommitCheck["state"] {
  if (status !== "completed") return "pending";
  return conclusion === "success" || conclusion === "neutral" || conclusion === "skipped" ? "passed" : "failed";
}

function statusState(state: string): CommitCheck["state"] {
  return state === "success" ? "passed" : state === "pending" ? "pending" : "failed";
}

/** The Forge port over GitHub's REST API. */
export class GitHubForge implements Forge {
  private readonly owner: string;
  private readonly repo: string;

  constructor(
    private readonly octokit: Octokit,
    readonly repository: string,
  ) {
    const [owner, repo] = repository.split("/");
    if (!owner || !repo) throw new ForgeError(`the repository must be owner/name, not '${repository}'`, undefined, "configuration");
    this.owner = owner;
    this.repo = repo;
  }

  static create(options: GitHubForgeOptions): GitHubForge {
    return new GitHubForge(createOctokit(options), options.repository);
  }

  private async call<T>(operation: string, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      throw toForgeError(error, operation);
    }
  }

  milestoneNumber(title: string): Promise<number | undefined> {
    return this.call(`GET /repos/${this.repository}/milestones`, async () => {
      const milestones = await this.octokit.paginate(this.octokit.rest.issues.listMilestones, { owner: this.owner, repo: this.repo, state: "all", per_page: 100 });
      return milestones.find((milestone) => milestone.title === title)?.number;
    });
  }

  openPullRequests(filter: { milestone?: number; label?: string }): Promise<PullRequestSummary[]> {
    return this.call(`GET /repos/${this.repository}/issues`, async () => {
      const issues = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
        owner: this.owner,
        repo: this.repo,
        state: "open",
        per_page: 100,
        ...(filter.milestone !== undefined ? { milestone: String(filter.milestone) } : {}),
        ...(filter.label ? { labels: filter.label } : {}),
      });
      return issues
        .filter((issue) => issue.pull_request)
        .map((issue) => ({
          number: issue.number,
          title: issue.title,
          url: issue.html_url,
          draft: Boolean(issue.draft),
          labels: issue.labels.map((label) => (typeof label === "string" ? label : (label.name ?? ""))),
        }));
    });
  }

  async commitChecks(ref: string): Promise<CommitCheck[]> {
    const runs = await this.call(`GET /repos/${this.repository}/commits/${ref}/check-runs`, () =>
      this.octokit.paginate(this.octokit.rest.checks.listForRef, { owner: this.owner, repo: this.repo, ref, filter: "latest", per_page: 100 }),
    );
    const combined = await this.call(`GET /repos/${this.repository}/commits/${ref}/status`, () =>
      this.octokit.rest.repos.getCombinedStatusForRef({ owner: this.owner, repo: this.repo, ref, per_page: 100 }),
    );
    return [
      ...runs.map((run) => ({ name: run.name, source: "check-run" as const, state: checkRunState(run.status, run.conclusion), detail: run.conclusion ?? run.status, ...(run.html_url ? { url: run.html_url } : {}) })),
      ...combined.data.statuses.map((status) => ({ name: status.context, source: "status" as const, state: statusState(status.state), detail: status.state, ...(status.target_url ? { url: status.target_url } : {}) })),
    ];
  }

  vulnerabilityAlerts(): Promise<VulnerabilityAlert[]> {
    return this.call(`GET /repos/${this.repository}/dependabot/alerts`, async () => {
      const alerts = await this.octokit.paginate(this.octokit.rest.dependabot.listAlertsForRepo, { owner: this.owner, repo: this.repo, state: "open", per_page: 100 });
      return alerts.map((alert) => ({
        id: alert.security_advisory.ghsa_id,
        packageName: alert.dependency.package?.name ?? "unknown",
        severity: alert.security_advisory.severity,
        summary: alert.security_advisory.summary,
        ...(alert.dependency.manifest_path ? { manifest: alert.dependency.manifest_path } : {}),
        url: alert.html_url,
      }));
    });
  }
}
