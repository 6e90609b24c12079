import { createHash } from "node:crypto";
import { RefWriteError, ZERO_SHA, type RefEntry } from "../git/bare-repo.js";
import { gitTagBody, refBody } from "../git/bodies.js";
import type { GitObjectType, TagObject } from "../git/objects.js";
import { HttpProblem, type Route, type RouteContext } from "../server.js";
import type { RepoModel } from "../state.js";
import { bodyOf, writable } from "./git-access.js";
import { ACTIONS_BOT, identity } from "./git-objects.js";

/**
 * Git references and annotated tag objects (the Git database API). A repository backed by a bare
 * git repository keeps both there: a non-forced update that is not a fast-forward is refused with
 * GitHub's 422, and every write names the value it replaces, so a push in between makes it fail.
 * A repository without one keeps refs in `repo.refs` and tag objects in a "tag-objects" area,
 * with no ancestry: a non-forced update is accepted.
 */

function tagObjects(context: RouteContext, repo: RepoModel): Map<string, TagObject> {
  return context.state.area(repo, "tag-objects", () => new Map<string, TagObject>());
}

/** The refs under a prefix (a plain string prefix, as GitHub matches), sorted by name. */
function listRefs(context: RouteContext, repo: RepoModel, prefix: string): RefEntry[] {
  if (repo.git) return repo.git.refs(prefix).sort((a, b) => a.ref.localeCompare(b.ref));
  const tags = tagObjects(context, repo);
  return [...repo.refs.entries()]
    .filter(([ref]) => ref.startsWith(prefix))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([ref, sha]) => ({ ref, sha, type: (tags.has(sha) ? "tag" : "commit") as GitObjectType }));
}

function findRef(context: RouteContext, repo: RepoModel, ref: string): RefEntry | undefined {
  return listRefs(context, repo, ref).find((entry) => entry.ref === ref);
}

/** Creates (`old` ZERO_SHA), moves or deletes (`sha` ZERO_SHA) a ref, answering as GitHub does. */
function writeRef(repo: RepoModel, ref: string, sha: string, old: string, force: boolean): void {
  if (!repo.git) {
    if (sha === ZERO_SHA) repo.refs.delete(ref);
    else repo.refs.set(ref, sha);
    return;
  }
  try {
    repo.git.updateRef(ref, sha, old, { force });
  } catch (error) {
    if (!(error instanceof RefWriteError)) throw error;
    if (error.reason === "not-fast-forward") throw new HttpProblem(422, "Update is not a fast forward");
    if (error.reason === "no-object") throw new HttpProblem(422, "Object does not exist");
    if (error.reason === "bad-name") throw new HttpProblem(422, `${ref} is not a valid ref name.`);
    throw new HttpProblem(422, "Reference cannot be updated");
  }
}

function body(context: RouteContext, repo: RepoModel, entry: RefEntry) {
  return refBody(context.baseUrl, repo, entry.ref, entry.sha, entry.type);
}

export const refsRoutes: Route[] = [
  {
    operationId: "git/get-ref",
    handle(context) {
      const repo = context.repo();
      const entry = findRef(context, repo, `refs/${context.params.ref}`);
      if (!entry) throw new HttpProblem(404, "Not Found");
      return { status: 200, body: body(context, repo, entry) };
    },
  },
  {
    operationId: "git/list-matching-refs",
    handle(context) {
      const repo = context.repo();
      return { status: 200, body: listRefs(context, repo, `refs/${context.params.ref}`).map((entry) => body(context, repo, entry)) };
    },
  },
  {
    operationId: "git/create-ref",
    handle(context) {
      const repo = writable(context);
      const input = bodyOf(context) as { ref?: string; sha?: string };
      if (!input.ref?.startsWith("refs/") || input.ref.split("/").length < 3 || !input.sha) throw new HttpProblem(422, "ref must be refs/<kind>/<name> and sha is required");
      if (findRef(context, repo, input.ref)) throw new HttpProblem(422, "Reference already exists");
      writeRef(repo, input.ref, input.sha, ZERO_SHA, false);
      return { status: 201, body: body(context, repo, findRef(context, repo, input.ref)!) };
    },
  },
  {
    operationId: "git/update-ref",
    handle(context) {
      const repo = writable(context);
      const ref = `refs/${context.params.ref}`;
      const input = bodyOf(context) as { sha?: string; force?: boolean };
      const current = findRef(context, repo, ref);
      if (!current) throw new HttpProblem(422, "Reference does not exist");
      if (!input.sha) throw new HttpProblem(422, "sha is required");
      writeRef(repo, ref, input.sha, current.sha, input.force === true);
      return { status: 200, body: body(context, repo, findRef(context, repo, ref)!) };
    },
  },
  {
    operationId: "git/delete-ref",
    handle(context) {
      const repo = writable(context);
      const ref = `refs/${context.params.ref}`;
      const current = findRef(context, repo, ref);
      if (!current) throw new HttpProblem(422, "Reference does not exist");
      writeRef(repo, ref, ZERO_SHA, current.sha, true);
      return { status: 204 };
    },
  },
  {
    operationId: "git/create-tag",
    handle(context) {
      const repo = writable(context);
      const input = bodyOf(context) as { tag?: string; message?: string; object?: string; type?: string; tagger?: unknown };
      if (!input.tag || input.message === undefined || !input.object || !input.type) throw new HttpProblem(422, "tag, message, object and type are required");
      const tagger = identity(context, "tagger", input.tagger, ACTIONS_BOT);
      const type = input.type as GitObjectType;
      if (repo.git) {
        if (repo.git.typeOf(input.object) !== type) throw new HttpProblem(422, `Object ${input.object} is not a ${type}`);
        const sha = repo.git.writeTag({ object: input.object, type, tag: input.tag, tagger, message: input.message });
        return { status: 201, body: gitTagBody(context.baseUrl, repo, repo.git.read(sha) as TagObject) };
      }
      const sha = createHash("sha1").update(`tag ${input.tag}\n${input.object}\n${input.message}\n${tagger.date}`).digest("hex");
      const tag: TagObject = {
        type: "tag",
        sha,
        tag: input.tag,
        message: input.message,
        object: input.object,
        objectType: type,
        tagger: { name: tagger.name, email: tagger.email, date: tagger.date },
      };
      tagObjects(context, repo).set(sha, tag);
      return { status: 201, body: gitTagBody(context.baseUrl, repo, tag) };
    },
  },
  {
    operationId: "git/get-tag",
    handle(context) {
      const repo = context.repo();
      const sha = context.params.tag_sha ?? "";
      const tag = repo.git ? repo.git.read(sha) : tagObjects(context, repo).get(sha);
      if (!tag || tag.type !== "tag") throw new HttpProblem(404, "Not Found");
      return { status: 200, body: gitTagBody(context.baseUrl, repo, tag) };
    },
  },
];
