import { createHash } from "node:crypto";
import { userBody } from "../representations.js";
import { HttpProblem, paginate, type Route, type RouteContext } from "../server.js";
import type { GitHubState, RepoModel } from "../state.js";

/**
 * Releases and their assets, as GitHub keeps them: drafts visible only in the list, assets
 * uploaded to the release's upload_url, `make_latest`, and immutable releases (a published
 * release of a repository with immutable releases on can neither gain nor lose assets).
 */

export interface AssetModel {
  id: number;
  name: string;
  contentType: string;
  content: Buffer;
  state: "uploaded" | "open";
}

export interface ReleaseModel {
  id: number;
  tagName: string;
  target: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  latest: boolean;
  createdAt: string;
  publishedAt: string | null;
  assets: AssetModel[];
}

export interface ReleasesArea {
  releases: ReleaseModel[];
  /** The token's contents permission: "read" makes every write answer 403 as GitHub does. */
  contents: "read" | "write";
  /** The repository setting: publishing a release makes it immutable. */
  immutableReleases: boolean;
}

/** The releases data of a repository, for tests to set up and inspect. */
export function releasesOf(state: GitHubState, repo: RepoModel): ReleasesArea {
  return state.area<ReleasesArea>(repo, "releases", () => ({ releases: [], contents: "write", immutableReleases: false }));
}

const WEB = "https://github.com";

function assetBody(context: RouteContext, repo: RepoModel, asset: AssetModel) {
  const stamp = context.state.now;
  return {
    url: `${context.baseUrl}/repos/${repo.owner}/${repo.name}/releases/assets/${asset.id}`,
    browser_download_url: `${WEB}/${repo.owner}/${repo.name}/releases/download/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: `RA_${asset.id}`,
    name: asset.name,
    label: null,
    state: asset.state,
    content_type: asset.contentType,
    size: asset.content.length,
    digest: `sha256:${createHash("sha256").update(asset.content).digest("hex")}`,
    download_count: 0,
    created_at: stamp,
    updated_at: stamp,
    uploader: userBody(context.baseUrl, "github-actions[bot]", 41898282),
  };
}

function releaseBody(context: RouteContext, repo: RepoModel, release: ReleaseModel) {
  const api = `${context.baseUrl}/repos/${repo.owner}/${repo.name}`;
  return {
    url: `${api}/releases/${release.id}`,
    html_url: release.draft ? `${WEB}/${repo.owner}/${repo.name}/releases/tag/untagged-${release.id}` : `${WEB}/${repo.owner}/${repo.name}/releases/tag/${release.tagName}`,
    assets_url: `${api}/releases/${release.id}/assets`,
    upload_url: `${api}/releases/${release.id}/assets{?name,label}`,
    tarball_url: `${api}/tarball/${release.tagName}`,
    zipball_url: `${api}/zipball/${release.tagName}`,
    id: release.id,
    node_id: `RE_${release.id}`,
    tag_name: release.tagName,
    target_commitish: release.target,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: release.immutable,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    updated_at: release.publishedAt ?? release.createdAt,
    author: userBody(context.baseUrl, "github-actions[bot]", 41898282),
    assets: release.assets.map((asset) => assetBody(context, repo, asset)),
  };
}

function area(context: RouteContext, write = false): { repo: RepoModel; releases: ReleasesArea } {
  const repo = context.repo();
  const releases = releasesOf(context.state, repo);
  if (write && releases.contents !== "write") {
    throw new HttpProblem(403, "Resource not accessible by integration", { "x-accepted-github-permissions": "contents=write" });
  }
  return { repo, releases };
}

function findRelease(releases: ReleasesArea, id: string): ReleaseModel {
  const release = releases.releases.find((candidate) => candidate.id === Number(id));
  if (!release) throw new HttpProblem(404, "Not Found");
  return release;
}

/** GitHub refuses a release body over 125,000 characters: "body is too long (maximum is 125000 characters)". */
function refuseLongBody(body: string | undefined): void {
  if (body !== undefined && body !== null && body.length > 125_000) throw unprocessable("body is too long (maximum is 125000 characters)");
}

function unprocessable(message: string): HttpProblem {
  return new HttpProblem(422, `Validation Failed: ${message}`);
}

function markLatest(releases: ReleasesArea, release: ReleaseModel, makeLatest: unknown): void {
  if (release.draft || release.prerelease || makeLatest === "false") return;
  for (const other of releases.releases) other.latest = other === release;
}

export const releasesRoutes: Route[] = [
  {
    operationId: "repos/list-releases",
    handle(context) {
      const { repo, releases } = area(context);
      const newestFirst = [...releases.releases].sort((a, b) => b.id - a.id);
      const page = paginate(context, `/repos/${repo.owner}/${repo.name}/releases`, newestFirst);
      return { status: 200, body: page.items.map((release) => releaseBody(context, repo, release)), headers: page.headers };
    },
  },
  {
    operationId: "repos/create-release",
    handle(context) {
      const { repo, releases } = area(context, true);
      const body = (context.body ?? {}) as { tag_name?: string; target_commitish?: string; name?: string; body?: string; draft?: boolean; prerelease?: boolean; make_latest?: string };
      if (!body.tag_name) throw unprocessable("tag_name is missing");
      refuseLongBody(body.body);
      if (releases.releases.some((release) => release.tagName === body.tag_name)) throw unprocessable(`a release with tag_name ${body.tag_name} already_exists`);
      const draft = body.draft === true;
      const release: ReleaseModel = {
        id: context.state.id(),
        tagName: body.tag_name,
        target: body.target_commitish ?? repo.defaultBranch,
        name: body.name ?? null,
        body: body.body ?? null,
        draft,
        prerelease: body.prerelease === true,
        immutable: !draft && releases.immutableReleases,
        latest: false,
        createdAt: context.state.now,
        publishedAt: draft ? null : context.state.now,
        assets: [],
      };
      releases.releases.push(release);
      markLatest(releases, release, body.make_latest);
      return { status: 201, body: releaseBody(context, repo, release) };
    },
  },
  // Before get-release: /releases/latest would otherwise match /releases/{release_id}.
  {
    operationId: "repos/get-latest-release",
    handle(context) {
      const { repo, releases } = area(context);
      const release = releases.releases.find((candidate) => candidate.latest);
      if (!release) throw new HttpProblem(404, "Not Found");
      return { status: 200, body: releaseBody(context, repo, release) };
    },
  },
  {
    operationId: "repos/get-release",
    handle(context) {
      const { repo, releases } = area(context);
      return { status: 200, body: releaseBody(context, repo, findRelease(releases, context.params.release_id!)) };
    },
  },
  {
    operationId: "repos/get-release-by-tag",
    handle(context) {
      const { repo, releases } = area(context);
      const release = releases.releases.find((candidate) => candidate.tagName === context.params.tag && !candidate.draft);
      if (!release) throw new HttpProblem(404, "Not Found");
      return { status: 200, body: releaseBody(context, repo, release) };
    },
  },
  {
    operationId: "repos/update-release",
    handle(context) {
      const { repo, releases } = area(context, true);
      const release = findRelease(releases, context.params.release_id!);
      const body = (context.body ?? {}) as { draft?: boolean; prerelease?: boolean; name?: string; body?: string; make_latest?: string };
      if (release.immutable && (body.draft === true || body.prerelease !== undefined && body.prerelease !== release.prerelease)) {
        throw unprocessable("the release is immutable");
      }
      refuseLongBody(body.body);
      if (body.name !== undefined) release.name = body.name;
      if (body.body !== undefined) release.body = body.body;
      if (body.prerelease !== undefined) release.prerelease = body.prerelease;
      const publishing = body.draft === false && release.draft;
      if (publishing) {
        release.draft = false;
        release.publishedAt = context.state.now;
        release.immutable = releases.immutableReleases;
      }
      // Editing a published release's title or notes leaves Latest where it is; publishing a
      // draft makes it Latest unless told otherwise, as creating a published release does.
      if (publishing || body.make_latest !== undefined) markLatest(releases, release, body.make_latest);
      return { status: 200, body: releaseBody(context, repo, release) };
    },
  },
  {
    // Writes nothing, but needs contents: write as the release writes do.
    operationId: "repos/generate-release-notes",
    handle(context) {
      const { repo } = area(context, true);
      const body = (context.body ?? {}) as { tag_name?: string };
      if (!body.tag_name) throw unprocessable("tag_name is missing");
      const url = `https://github.com/${repo.owner}/${repo.name}/commits/${body.tag_name}`;
      return { status: 200, body: { name: body.tag_name, body: `**Full Changelog**: ${url}` } };
    },
  },
  {
    operationId: "repos/list-release-assets",
    handle(context) {
      const { repo, releases } = area(context);
      const release = findRelease(releases, context.params.release_id!);
      const page = paginate(context, `/repos/${repo.owner}/${repo.name}/releases/${release.id}/assets`, release.assets);
      return { status: 200, body: page.items.map((asset) => assetBody(context, repo, asset)), headers: page.headers };
    },
  },
  {
    operationId: "repos/upload-release-asset",
    handle(context) {
      const { repo, releases } = area(context, true);
      const release = findRelease(releases, context.params.release_id!);
      const name = context.query.get("name");
      if (!name) throw unprocessable("name is missing");
      if (release.immutable) throw unprocessable("Cannot upload assets to an immutable release.");
      if (release.assets.some((asset) => asset.name === name)) throw unprocessable(`an asset named ${name} already_exists`);
      const asset: AssetModel = { id: context.state.id(), name, contentType: String(context.headers["content-type"] ?? "application/octet-stream"), content: Buffer.from(context.rawBody), state: "uploaded" };
      release.assets.push(asset);
      return { status: 201, body: assetBody(context, repo, asset) };
    },
  },
  {
    operationId: "repos/delete-release-asset",
    handle(context) {
      const { releases } = area(context, true);
      const id = Number(context.params.asset_id);
      const release = releases.releases.find((candidate) => candidate.assets.some((asset) => asset.id === id));
      if (!release) throw new HttpProblem(404, "Not Found");
      if (release.immutable) throw unprocessable("Cannot delete assets of an immutable release.");
      release.assets = release.assets.filter((asset) => asset.id !== id);
      return { status: 204 };
    },
  },
];
