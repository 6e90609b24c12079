import { readFile } from "node:fs/promises";
import { ConfigurationError } from "../errors/index.js";
import { ForgeError } from "./errors.js";
import { createOctokit, toForgeError, type GitHubForgeOptions } from "./github.js";
import type { MakeLatest, NewRelease, Release, ReleaseAsset, ReleaseEdit, ReleaseForge } from "./releases.js";

type Octokit = ReturnType<typeof createOctokit>;

interface ReleaseData {
  id: number;
  tag_name: string;
  name: string | null;
  body?: string | null;
  draft: boolean;
  prerelease: boolean;
  html_url: string;
  upload_url: string;
  immutable?: boolean;
  published_at?: string | null;
  assets: AssetData[];
}

interface AssetData {
  id: number;
  name: string;
  size: number;
  digest?: string | null;
  state: string;
}

/**
 * Releases through GitHub's REST API (Octokit with the retry and throttling plugins, from
 * github.ts). A release is found by listing the newest page of releases, because drafts have no
 * by-tag lookup; the release a run creates is always among the newest.
 */
export class GitHubReleases implements ReleaseForge {
  readonly description: string;
  private readonly owner: string;
  private readonly repo: string;
  /** upload_url by release id, as GitHub returned it: uploads go where GitHub says. */
  private readonly uploadUrls = new Map<number, string>();

  constructor(
    private readonly octokit: Octokit,
    readonly repository: string,
  ) {
    const [owner, repo] = repository.split("/");
    if (!owner || !repo) throw new ConfigurationError(`the repository must be owner/name, not '${repository}'`);
    this.owner = owner;
    this.repo = repo;
    this.description = `GitHub ${repository}`;
  }

  static create(options: GitHubForgeOptions): GitHubReleases {
    return new GitHubReleases(createOctokit(options), options.repository);
  }

  /** Runs one request; a refusal the user can fix (401, 403 for a permission) becomes a ConfigurationError. */
  private async call<T>(operation: string, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      const failure = toForgeError(error, operation);
      if (failure.status === 401 || (failure.status === 403 && failure.missingPermission)) throw new ConfigurationError(failure.message);
      if (failure.status === 403 && /not accessible by integration/i.test(failure.message)) {
        throw new ConfigurationError(`${failure.message}. Releases need the permission contents: write (add \`permissions: contents: write\` to the job).`);
      }
      throw failure;
    }
  }

  async checkReleaseAccess(): Promise<void> {
    const { data } = await this.call(`GET /repos/${this.repository}`, () => this.octokit.rest.repos.get({ owner: this.owner, repo: this.repo }));
    // User tokens report their permissions here; installation tokens do not, and a write that is refused says which permission it needed.
    if (data.permissions && !data.permissions.push) {
      throw new ConfigurationError(`the token may not write to ${this.repository}: releases and tags need the permission contents: write`);
    }
  }

  async checkReleaseWrite(tag: string): Promise<void> {
    // Generating notes needs contents: write, like every release write, and writes nothing.
    try {
      await this.call(`POST /repos/${this.repository}/releases/generate-notes`, () =>
        this.octokit.rest.repos.generateReleaseNotes({ owner: this.owner, repo: this.repo, tag_name: tag }),
      );
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      throw new ConfigurationError(
        `the token may not edit the releases of ${this.repository}, asked before any change (${error.message}). ` +
          "Releases need the permission contents: write (add `permissions: contents: write` to the job).",
      );
    }
  }

  async findRelease(tag: string): Promise<Release | undefined> {
    const { data } = await this.call(`GET /repos/${this.repository}/releases`, () => this.octokit.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: 100 }));
    const found = (data as ReleaseData[]).find((release) => release.tag_name === tag);
    return found ? this.present(found) : undefined;
  }

  async createDraftRelease(release: NewRelease): Promise<Release> {
    const { data } = await this.call(`POST /repos/${this.repository}/releases`, () =>
      this.octokit.rest.repos.createRelease({
        owner: this.owner,
        repo: this.repo,
        tag_name: release.tag,
        target_commitish: release.commit,
        name: release.name,
        body: release.body,
        draft: true,
        prerelease: release.prerelease,
      }),
    );
    return this.present(data as ReleaseData);
  }

  async uploadAsset(release: Release, asset: { name: string; path: string; contentType: string }): Promise<ReleaseAsset> {
    const content = await readFile(asset.path);
    const template = this.uploadUrls.get(release.id) ?? (await this.findRelease(release.tag).then(() => this.uploadUrls.get(release.id)));
    if (!template) throw new ForgeError(`the release ${release.tag} has no upload URL`, undefined, "upload");
    const { data } = await this.call(`POST ${template.replace(/\{.*$/, "")}`, () =>
      this.octokit.request(`POST ${template}`, {
        name: asset.name,
        data: content,
        headers: { "content-type": asset.contentType },
      }),
    );
    return presentAsset(data as AssetData);
  }

  async deleteAsset(_release: Release, asset: ReleaseAsset): Promise<void> {
    await this.call(`DELETE /repos/${this.repository}/releases/assets/${asset.id}`, () => this.octokit.rest.repos.deleteReleaseAsset({ owner: this.owner, repo: this.repo, asset_id: asset.id }));
  }

  async publishRelease(release: Release, options: { makeLatest: MakeLatest; prerelease: boolean }): Promise<Release> {
    const { data } = await this.call(`PATCH /repos/${this.repository}/releases/${release.id}`, () =>
      this.octokit.rest.repos.updateRelease({ owner: this.owner, repo: this.repo, release_id: release.id, draft: false, prerelease: options.prerelease, make_latest: options.makeLatest }),
    );
    return this.present(data as ReleaseData);
  }

  async findPublishedRelease(tag: string): Promise<Release | undefined> {
    return this.optional(`GET /repos/${this.repository}/releases/tags/${tag}`, () => this.octokit.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag }));
  }

  async latestRelease(): Promise<Release | undefined> {
    return this.optional(`GET /repos/${this.repository}/releases/latest`, () => this.octokit.rest.repos.getLatestRelease({ owner: this.owner, repo: this.repo }));
  }

  async updateRelease(release: Release, edit: ReleaseEdit): Promise<Release> {
    const { data } = await this.call(`PATCH /repos/${this.repository}/releases/${release.id}`, () =>
      this.octokit.rest.repos.updateRelease({
        owner: this.owner,
        repo: this.repo,
        release_id: release.id,
        ...(edit.name !== undefined ? { name: edit.name } : {}),
        ...(edit.body !== undefined ? { body: edit.body } : {}),
        ...(edit.makeLatest !== undefined ? { make_latest: edit.makeLatest } : {}),
      }),
    );
    return this.present(data as ReleaseData);
  }

  /** One read that answers 404 when there is nothing: undefined then, any other failure thrown. */
  private async optional(operation: string, body: () => Promise<{ data: unknown }>): Promise<Release | undefined> {
    try {
      const { data } = await this.call(operation, body);
      return this.present(data as ReleaseData);
    } catch (error) {
      if (error instanceof ForgeError && error.status === 404) return undefined;
      throw error;
    }
  }

  private present(data: ReleaseData): Release {
    this.uploadUrls.set(data.id, data.upload_url);
    return {
      id: data.id,
      tag: data.tag_name,
      name: data.name ?? data.tag_name,
      body: data.body ?? "",
      draft: data.draft,
      prerelease: data.prerelease,
      url: data.html_url,
      immutable: data.immutable === true,
      assets: data.assets.map(presentAsset),
      ...(data.published_at && !data.draft ? { publishedAt: new Date(data.published_at).toISOString() } : {}),
    };
  }
}

function presentAsset(data: AssetData): ReleaseAsset {
  return { id: data.id, name: data.name, size: data.size, digest: data.digest ?? null, state: data.state };
}
