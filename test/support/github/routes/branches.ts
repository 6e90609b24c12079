import { branchBody, shortBranchBody } from "../git/bodies.js";
import type { CommitObject } from "../git/objects.js";
import { HttpProblem, paginate, type Route, type RouteContext } from "../server.js";
import type { RepoModel } from "../state.js";

/**
 * Branches: from the bare git repository of a git-backed repository, else from `repo.refs`. No
 * branch is protected in the emulator, so `protected=true` lists none.
 */

function branches(repo: RepoModel): Array<{ name: string; sha: string }> {
  const heads = repo.git
    ? repo.git.refs("refs/heads/").map((entry) => [entry.ref, entry.sha] as const)
    : [...repo.refs.entries()].filter(([ref]) => ref.startsWith("refs/heads/"));
  return heads.map(([ref, sha]) => ({ name: ref.slice("refs/heads/".length), sha })).sort((a, b) => a.name.localeCompare(b.name));
}

function branchNamed(context: RouteContext, repo: RepoModel): { name: string; sha: string } {
  const found = branches(repo).find((branch) => branch.name === context.params.branch);
  if (!found) throw new HttpProblem(404, "Branch not found");
  return found;
}

export const branchesRoutes: Route[] = [
  {
    operationId: "repos/list-branches",
    handle(context) {
      const repo = context.repo();
      const listed = context.query.get("protected") === "true" ? [] : branches(repo);
      const page = paginate(context, `/repos/${repo.owner}/${repo.name}/branches`, listed);
      return { status: 200, body: page.items.map((branch) => shortBranchBody(context.baseUrl, repo, branch.name, branch.sha)), headers: page.headers };
    },
  },
  {
    operationId: "repos/get-branch",
    handle(context) {
      const repo = context.repo();
      const branch = branchNamed(context, repo);
      // A repository without git objects knows the branch's sha but not its commit.
      if (!repo.git) throw new HttpProblem(409, "Git Repository is empty.");
      const commit = repo.git.read(repo.git.peel(branch.sha, "commit") ?? branch.sha);
      if (commit?.type !== "commit") throw new HttpProblem(404, "Branch not found");
      return { status: 200, body: branchBody(context.baseUrl, repo, branch.name, commit as CommitObject) };
    },
  },
];
