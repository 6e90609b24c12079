import { join, resolve } from "node:path";
import { GitCli, metricsForges, parseCadenceMetricsInputs, type Reporter } from "@release-cadence/core";

/** The flags `cadence metrics` and `cadence post-release` share: the window and where the history is. */
export interface HistoryFlags {
  cwd?: string;
  since?: string;
  now?: string;
  config?: string;
  records?: string[];
  repository?: string;
  "releases-dir"?: string;
}

/**
 * Where a command reads the cadence's history: git, the releases (GitHub's with a token, else the
 * local folder publish uses) and, with a token and a repository, the issues.
 */
export async function historySources(values: HistoryFlags, reporter: Reporter) {
  const cwd = resolve(values.cwd ?? process.cwd());
  const inputs = parseCadenceMetricsInputs({
    cwd,
    ...(values.since !== undefined ? { since: values.since } : {}),
    ...(values.now !== undefined ? { now: values.now } : {}),
    ...(values.config !== undefined ? { configPath: values.config } : {}),
    ...(values.records !== undefined ? { records: values.records } : {}),
  });
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || "";
  reporter.secret(token);
  const git = new GitCli(cwd);
  const gitDir = (await git.run(["rev-parse", "--absolute-git-dir"], { allowFailure: true })).stdout.trim() || join(cwd, ".git");
  const repository = values.repository ?? process.env.GITHUB_REPOSITORY;
  const forges = metricsForges({
    token,
    localDir: resolve(cwd, values["releases-dir"] ?? join(gitDir, "cadence", "releases")),
    ...(repository ? { repository } : {}),
    ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
    log: (message) => reporter.debug(message),
    noToken: "no GitHub token (GITHUB_TOKEN or GH_TOKEN): the critical issues live on GitHub",
  });
  return { cwd, inputs, git, ...forges };
}
