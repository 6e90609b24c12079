import { paginate, type Route } from "../server.js";
import { checkRunBody } from "../representations.js";
import type { RepoModel } from "../state.js";

/** A ref as GitHub resolves it for check runs and statuses: a sha, or a branch or tag name. */
export function resolveRef(repo: RepoModel, ref: string): string {
  if (repo.git) return repo.git.resolveCommit(ref) ?? ref;
  return repo.refs.get(ref) ?? repo.refs.get(`refs/heads/${ref}`) ?? repo.refs.get(`refs/tags/${ref}`) ?? ref;
}

/** Check runs for a ref. With filter=latest (the default) only the newest run per name counts. */
export const checksRoutes: Route[] = [
  {
    operationId: "checks/list-for-ref",
    handle(context) {
      const repo = context.repo();
      const sha = resolveRef(repo, context.params.ref!);
      const name = context.query.get("check_name");
      let runs = repo.checkRuns.filter((run) => run.headSha === sha && (!name || run.name === name));
      if ((context.query.get("filter") ?? "latest") === "latest") {
        const newest = new Map<string, (typeof runs)[number]>();
        for (const run of runs) newest.set(run.name, run);
        runs = [...newest.values()];
      }
      const page = paginate(context, `/repos/${repo.owner}/${repo.name}/commits/${context.params.ref}/check-runs`, runs);
      return { status: 200, body: { total_count: runs.length, check_runs: page.items.map((run) => checkRunBody(context.baseUrl, repo, run)) }, headers: page.headers };
    },
  },
];
