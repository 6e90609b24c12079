import { join, resolve } from "node:path";
import {
  GitCli,
  LocalFiles,
  TerminalReporter,
  metricsForges,
  metricsOutputs,
  parseCadenceMetricsInputs,
  renderMetricsSummary,
  renderMetricsText,
  runCadenceMetrics,
  systemClock,
} from "@release-cadence/core";
import { parseFlags } from "../args.js";

export const metricsHelp = `cadence metrics [--since DATE] [--now ISO-8601] [--json] [--summary] [--records DIR]… [--config PATH]
    [--repository OWNER/NAME] [--releases-dir DIR] [--cwd DIR]
  Says whether the project keeps its rhythm: releases made against the calendar's plan, lead time
  (RC cut → release, first commit → release), deployment success rate (releases not rolled back),
  rollbacks and their reasons, and critical issues opened in the first hours after a release (the
  issues with cadence.critical-label, from GitHub: needs GITHUB_TOKEN or GH_TOKEN). Read from the
  tags, the releases (GitHub's, or the local folder publish uses) and the records publish and
  rollback wrote. The window is --since (default 90 days back) to --now. --json gives each metric
  with its inputs; --summary the markdown with Mermaid charts. Changes nothing.`;

/** `{key: value}` when the value is given, `{}` otherwise (exactOptionalPropertyTypes). */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined || value === "" ? {} : { [key]: value }) as { [P in K]?: V };
}

export async function metricsCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags("metrics", argv, {
    since: { type: "string" },
    now: { type: "string" },
    json: { type: "boolean" },
    summary: { type: "boolean" },
    records: { type: "string", multiple: true },
    config: { type: "string" },
    repository: { type: "string" },
    "releases-dir": { type: "string" },
    cwd: { type: "string" },
    verbose: { type: "boolean" },
  });
  const cwd = resolve(values.cwd ?? process.cwd());
  const inputs = parseCadenceMetricsInputs({
    cwd,
    ...(values.since !== undefined ? { since: values.since } : {}),
    ...(values.now !== undefined ? { now: values.now } : {}),
    ...(values.config !== undefined ? { configPath: values.config } : {}),
    ...(values.records !== undefined ? { records: values.records } : {}),
  });
  const reporter = new TerminalReporter(process.stderr, values.verbose ?? false);
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || "";
  reporter.secret(token);
  const git = new GitCli(cwd);
  const gitDir = (await git.run(["rev-parse", "--absolute-git-dir"], { allowFailure: true })).stdout.trim() || join(cwd, ".git");
  const forges = metricsForges({
    token,
    localDir: resolve(cwd, values["releases-dir"] ?? join(gitDir, "cadence", "releases")),
    ...optional("repository", values.repository ?? process.env.GITHUB_REPOSITORY),
    ...optional("apiUrl", process.env.GITHUB_API_URL),
    log: (message) => reporter.debug(message),
    noToken: "no GitHub token (GITHUB_TOKEN or GH_TOKEN): the critical issues live on GitHub",
  });
  const result = await runCadenceMetrics({ git, files: new LocalFiles(cwd), clock: systemClock, ...forges }, inputs);
  if (values.json) out.write(`${JSON.stringify(metricsOutputs(result), null, 2)}\n`);
  else if (values.summary) out.write(`${renderMetricsSummary(result.metrics, result.settings.recent)}\n`);
  else out.write(renderMetricsText(result.metrics, result.settings.recent));
}
