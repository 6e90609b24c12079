import {
  LocalFiles,
  TerminalReporter,
  metricsOutputs,
  renderMetricsSummary,
  renderMetricsText,
  runCadenceMetrics,
  systemClock,
} from "@release-cadence/core";
import { parseFlags, type CommandHelp, type Flags } from "../args.js";
import { historySources } from "./cadence-history.js";

const flags = {
  since: { type: "string", value: "DATE", about: "start of the window", defaultIs: "90 days before --now" },
  now: { type: "string", value: "ISO-8601", about: "end of the window", defaultIs: "now" },
  json: { type: "boolean", about: "print each metric with its inputs and the window as JSON" },
  summary: { type: "boolean", about: "print the markdown (a table and Mermaid charts) a step summary shows" },
  records: { type: "string", value: "DIR", multiple: true, about: "a folder of release and rollback records", defaultIs: "the configured record folders" },
  config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
  repository: { type: "string", value: "OWNER/NAME", about: "the GitHub repository of the releases and issues", defaultIs: "GITHUB_REPOSITORY" },
  "releases-dir": { type: "string", value: "DIR", about: "the local release folder used without a token", defaultIs: ".git/cadence/releases" },
  cwd: { type: "string", value: "DIR", about: "the repository", defaultIs: "the current folder" },
  verbose: { type: "boolean", about: "log each request and file read" },
} satisfies Flags;

export const metricsHelp: CommandHelp = {
  usage: "cadence metrics [flags]",
  summary: "say whether the project keeps its release rhythm (frequency, lead time, success, rollbacks)",
  about: `Says whether the project keeps its rhythm: releases made against the calendar's plan, lead time
(RC cut to release, first commit to release), deployment success rate (releases not rolled back),
rollbacks and their reasons, and critical issues opened in the first hours after a release (the
issues with cadence.critical-label, from GitHub: needs GITHUB_TOKEN or GH_TOKEN). Read from the
tags, the releases (GitHub's, or the local folder publish uses) and the records publish and
rollback wrote. Changes nothing.`,
  flags,
};

export async function metricsCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags(argv, flags);
  const reporter = new TerminalReporter(process.stderr, values.verbose ?? false);
  const { cwd, inputs, ...sources } = await historySources(values, reporter);
  const result = await runCadenceMetrics({ ...sources, files: new LocalFiles(cwd), clock: systemClock }, inputs);
  if (values.json) out.write(`${JSON.stringify(metricsOutputs(result), null, 2)}\n`);
  else if (values.summary) out.write(`${renderMetricsSummary(result.metrics, result.settings.recent)}\n`);
  else out.write(renderMetricsText(result.metrics, result.settings.recent));
}
