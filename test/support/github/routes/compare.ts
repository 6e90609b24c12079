import { commitBody, diffEntryBody } from "../git/bodies.js";
import type { CommitObject } from "../git/objects.js";
import { HttpProblem, type Route } from "../server.js";
import { backed } from "./git-access.js";

/**
 * `repos/compare-commits` over a git-backed repository: base...head compared through their merge
 * base, as GitHub does (ahead_by, behind_by, status, up to 250 commits and 300 files).
 */
export const compareRoutes: Route[] = [
  {
    operationId: "repos/compare-commits",
    handle(context) {
      const { repo, git } = backed(context, "read");
      const baseName = context.params.base ?? "";
      const headName = context.params.head ?? "";
      const base = git.resolveCommit(baseName);
      const head = git.resolveCommit(headName);
      if (!base || !head) throw new HttpProblem(404, "Not Found");
      const mergeBase = git.mergeBase(base, head);
      if (!mergeBase) throw new HttpProblem(404, `No common ancestor between ${baseName} and ${headName}.`);
      const ahead = git.commitsBetween(base, head);
      const behind = git.commitsBetween(head, base);
      const status = ahead.length === 0 && behind.length === 0 ? "identical" : behind.length === 0 ? "ahead" : ahead.length === 0 ? "behind" : "diverged";
      const commit = (sha: string) => commitBody(context.baseUrl, repo, git.read(sha) as CommitObject);
      const api = `${context.baseUrl}/repos/${repo.owner}/${repo.name}`;
      const web = `https://github.com/${repo.owner}/${repo.name}`;
      const files = git
        .diffFiles(mergeBase, head)
        .slice(0, 300)
        .map((file) => diffEntryBody(context.baseUrl, repo, file, file.status === "removed" ? mergeBase : head));
      const range = `${encodeURIComponent(baseName)}...${encodeURIComponent(headName)}`;
      return {
        status: 200,
        body: {
          url: `${api}/compare/${range}`,
          html_url: `${web}/compare/${range}`,
          permalink_url: `${web}/compare/${base}...${head}`,
          diff_url: `${web}/compare/${range}.diff`,
          patch_url: `${web}/compare/${range}.patch`,
          base_commit: commit(base),
          merge_base_commit: commit(mergeBase),
          status,
          ahead_by: ahead.length,
          behind_by: behind.length,
          total_commits: ahead.length,
          commits: ahead.slice(0, 250).map(commit),
          files,
        },
      };
    },
  },
];
