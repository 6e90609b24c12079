import { createHash } from "node:crypto";
import { HttpProblem, type Route, type RouteContext } from "../server.js";
import type { RepoModel } from "../state.js";
import { releasesOf } from "./releases.js";

/**
 * Git references and annotated tag objects (the Git database API), kept in the repository's
 * `refs` map and a "tag-objects" area. Ancestry is not modelled: a non-forced update is accepted.
 */

interface TagObject {
  sha: string;
  tag: string;
  message: string;
  object: { sha: string; type: string };
  tagger: { name: string; email: string; date: string };
}

function tagObjects(context: RouteContext, repo: RepoModel): Map<string, TagObject> {
  return context.state.area(repo, "tag-objects", () => new Map<string, TagObject>());
}

function writable(context: RouteContext): RepoModel {
  const repo = context.repo();
  if (releasesOf(context.state, repo).contents !== "write") {
    throw new HttpProblem(403, "Resource not accessible by integration", { "x-accepted-github-permissions": "contents=write" });
  }
  return repo;
}

function refBody(context: RouteContext, repo: RepoModel, ref: string, sha: string) {
  const type = tagObjects(context, repo).has(sha) ? "tag" : "commit";
  const api = `${context.baseUrl}/repos/${repo.owner}/${repo.name}`;
  return { ref, node_id: `REF_${Buffer.from(ref).toString("base64url")}`, url: `${api}/git/${ref}`, object: { type, sha, url: `${api}/git/${type}s/${sha}` } };
}

function tagBody(context: RouteContext, repo: RepoModel, tag: TagObject) {
  const api = `${context.baseUrl}/repos/${repo.owner}/${repo.name}`;
  return {
    node_id: `TAG_${tag.sha}`,
    tag: tag.tag,
    sha: tag.sha,
    url: `${api}/git/tags/${tag.sha}`,
    message: tag.message,
    tagger: tag.tagger,
    object: { ...tag.object, url: `${api}/git/${tag.object.type}s/${tag.object.sha}` },
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

export const refsRoutes: Route[] = [
  {
    operationId: "git/get-ref",
    handle(context) {
      const repo = context.repo();
      const ref = `refs/${context.params.ref}`;
      const sha = repo.refs.get(ref);
      if (!sha) throw new HttpProblem(404, "Not Found");
      return { status: 200, body: refBody(context, repo, ref, sha) };
    },
  },
  {
    operationId: "git/list-matching-refs",
    handle(context) {
      const repo = context.repo();
      const prefix = `refs/${context.params.ref}`;
      const refs = [...repo.refs.entries()].filter(([ref]) => ref.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b));
      return { status: 200, body: refs.map(([ref, sha]) => refBody(context, repo, ref, sha)) };
    },
  },
  {
    operationId: "git/create-ref",
    handle(context) {
      const repo = writable(context);
      const body = (context.body ?? {}) as { ref?: string; sha?: string };
      if (!body.ref?.startsWith("refs/") || body.ref.split("/").length < 3 || !body.sha) throw new HttpProblem(422, "ref must be refs/<kind>/<name> and sha is required");
      if (repo.refs.has(body.ref)) throw new HttpProblem(422, "Reference already exists");
      repo.refs.set(body.ref, body.sha);
      return { status: 201, body: refBody(context, repo, body.ref, body.sha) };
    },
  },
  {
    operationId: "git/update-ref",
    handle(context) {
      const repo = writable(context);
      const ref = `refs/${context.params.ref}`;
      const body = (context.body ?? {}) as { sha?: string };
      if (!repo.refs.has(ref)) throw new HttpProblem(422, "Reference does not exist");
      if (!body.sha) throw new HttpProblem(422, "sha is required");
      repo.refs.set(ref, body.sha);
      return { status: 200, body: refBody(context, repo, ref, body.sha) };
    },
  },
  {
    operationId: "git/delete-ref",
    handle(context) {
      const repo = writable(context);
      const ref = `refs/${context.params.ref}`;
      if (!repo.refs.delete(ref)) throw new HttpProblem(422, "Reference does not exist");
      return { status: 204 };
    },
  },
  {
    operationId: "git/create-tag",
    handle(context) {
      const repo = writable(context);
      const body = (context.body ?? {}) as { tag?: string; message?: string; object?: string; type?: string; tagger?: { name: string; email: string; date?: string } };
      if (!body.tag || body.message === undefined || !body.object || !body.type) throw new HttpProblem(422, "tag, message, object and type are required");
      const tagger = { name: body.tagger?.name ?? "github-actions[bot]", email: body.tagger?.email ?? "41898282+github-actions[bot]@users.noreply.github.com", date: body.tagger?.date ?? context.state.now };
      const sha = createHash("sha1").update(`tag ${body.tag}\n${body.object}\n${body.message}\n${tagger.date}`).digest("hex");
      const tag: TagObject = { sha, tag: body.tag, message: body.message, object: { sha: body.object, type: body.type }, tagger };
      tagObjects(context, repo).set(sha, tag);
      return { status: 201, body: tagBody(context, repo, tag) };
    },
  },
  {
    operationId: "git/get-tag",
    handle(context) {
      const repo = context.repo();
      const tag = tagObjects(context, repo).get(context.params.tag_sha ?? "");
      if (!tag) throw new HttpProblem(404, "Not Found");
      return { status: 200, body: tagBody(context, repo, tag) };
    },
  },
];
