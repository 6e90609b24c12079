import * as core from "@actions/core";
import { join } from "node:path";
import {
  ActionsReporter,
  GitCli,
  LocalFiles,
  metricsForges,
  metricsOutputs,
  parseCadenceMetricsInputs,
  renderMetricsSummary,
  runCadenceMetrics,
  systemClock,
} from "@release-cadence/core";

/** `mode: metrics`: the cadence's health (frequency, lead times, success rate, rollbacks, critical issues) as a summary and a JSON output. */
export async function runMetricsMode(cwd: string, token: string): Promise<void> {
  const inputs = parseCadenceMetricsInputs({
    cwd,
    now: core.getInput("now"),
    since: core.getInput("since"),
    configPath: core.getInput("config"),
    records: core.getInput("records"),
  });
  const reporter = new ActionsReporter();
  const git = new GitCli(cwd);
  const gitDir = (await git.run(["rev-parse", "--absolute-git-dir"])).stdout.trim();
  const forges = metricsForges({
    token,
    localDir: join(gitDir, "cadence", "releases"),
    ...(process.env.GITHUB_REPOSITORY ? { repository: process.env.GITHUB_REPOSITORY } : {}),
    log: (message) => core.debug(message),
    noToken: "no token: the token input is empty",
  });
  const result = await runCadenceMetrics({ git, files: new LocalFiles(cwd), clock: systemClock, ...forges }, inputs);
  const outputs = metricsOutputs(result);
  core.setOutput("metrics", JSON.stringify(outputs));
  const { releaseFrequency, deploymentSuccessRate } = outputs.metrics;
  const span = `${outputs.window.since.slice(0, 10)} – ${outputs.window.until.slice(0, 10)}`;
  core.info(`${span}: ${releaseFrequency.released} released of ${releaseFrequency.planned} planned; success rate ${deploymentSuccessRate.rate ?? "n/a"}`);
  await reporter.summary(renderMetricsSummary(result.metrics, result.settings.recent));
}
