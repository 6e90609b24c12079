import type { getOctokit } from "@actions/github";
import { toForgeError } from "../../forge/github.js";
import type { OpenPull } from "../endpoints/port.js";
import type { PullRequests } from "./pulls.js";

type Octokit = ReturnType<typeof getOctokit>;

/** Pull requests through GitHub's REST API (Octokit with the retry and throttling plugins, see forge/github.ts). */
export class GitHubPulls implements PullRequests {
  private readonly owner: string;
  private readonly repo: string;

  constructor(
    private readonly octokit: Octokit,
    readonly repository: string,
  ) {
    const [owner, repo] = repository.split("/");
    this.owner = owner!;
    this.repo = repo!;
  }

  private async call<T>(operation: string, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      throw toForgeError(error, operation);
    }
  }

  async findOpen(head: string, base: string): Promise<OpenPull | undefined> {
    return this.call(`GET /repos/${this.repository}/pulls`, async () => {
      // One page: GitHub allows one open pull request per head and base.
      const { data } = await this.octokit.rest.pulls.list({ owner: this.owner, repo: this.repo, state: "open", head: `${this.owner}:${head}`, base, per_page: 10 });
      const pull = data.find((item) => item.head.ref === head && item.base.ref === base);
      return pull ? { number: pull.number, url: pull.html_url, title: pull.title, body: pull.body ?? "" } : undefined;
    });
  }

  async create(pull: { head: string; base: string; title: string; body: string }): Promise<OpenPull> {
    return this.call(`POST /repos/${this.repository}/pulls`, async () => {
      const { data } = await this.octokit.rest.pulls.create({ owner: this.owner, repo: this.repo, ...pull });
      return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? "" };
    });
  }

  async update(number: number, pull: { title: string; body: string }): Promise<OpenPull> {
    return this.call(`PATCH /repos/${this.repository}/pulls/${number}`, async () => {
      const { data } = await this.octokit.rest.pulls.update({ owner: this.owner, repo: this.repo, pull_number: number, ...pull });
      return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? "" };
    });
  }

  async close(number: number): Promise<void> {
    await this.call(`PATCH /repos/${this.repository}/pulls/${number}`, () => this.octokit.rest.pulls.update({ owner: this.owner, repo: this.repo, pull_number: number, state: "closed" }));
  }
}
