import { createOctokit, toForgeError, type GitHubForgeOptions } from "./github.js";

/** An issue (not a pull request) as the metrics need it. */
export interface IssueSummary {
  number: number;
  title: string;
  url: string;
  createdAt: string;
}

/** The issues the cadence metrics ask the forge for: those with a label, opened since an instant. */
export interface IssueForge {
  readonly description: string;
  issuesWithLabel(label: string, since: Date): Promise<IssueSummary[]>;
}

/** IssueForge over GitHub's REST API (GET /repos/{owner}/{repo}/issues, paginated). */
export class GitHubIssues implements IssueForge {
  readonly description: string;
  private constructor(
    private readonly octokit: ReturnType<typeof createOctokit>,
    private readonly owner: string,
    private readonly repo: string,
  ) {
    this.description = `GitHub issues of ${owner}/${repo}`;
  }

  static create(options: GitHubForgeOptions): GitHubIssues {
    const [owner, repo] = options.repository.split("/");
    return new GitHubIssues(createOctokit(options), owner!, repo!);
  }

  async issuesWithLabel(label: string, since: Date): Promise<IssueSummary[]> {
    try {
      // `since` filters by last update; an issue opened after the instant was updated after it too.
      const issues = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
        owner: this.owner,
        repo: this.repo,
        labels: label,
        state: "all",
        since: since.toISOString(),
        per_page: 100,
      });
      return issues
        .filter((issue) => !issue.pull_request && Date.parse(issue.created_at) >= since.getTime())
        .map((issue) => ({ number: issue.number, title: issue.title, url: issue.html_url, createdAt: new Date(issue.created_at).toISOString() }));
    } catch (error) {
      throw toForgeError(error, `GET /repos/${this.owner}/${this.repo}/issues`);
    }
  }
}
