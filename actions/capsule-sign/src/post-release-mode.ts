import * as core from "@actions/core";
import { join } from "node:path";
import {
  GitCli,
  LocalFiles,
  metricsForges,
  parseCadenceMetricsInputs,
  postReleaseOutputs,
  renderPostReleaseSummary,
  runPostRelease,
  systemClock,
  type ActionsReporter,
  type SigningMode,
} from "@release-cadence/core";

/**
 * `mode: post-release`: the POST-RELEASE capsule of each release whose post-release days are over
 * (cadence.post-release-days), with its metrics; what the scheduled tick calls every day.
 */
export async function runPostReleaseMode(cwd: string, signing: SigningMode | undefined, reporter: ActionsReporter): Promise<void> {
  const token = core.getInput("github-token");
  const dryRun = /^true$/i.test(core.getInput("dry-run").trim());
  const inputs = {
    ...parseCadenceMetricsInputs({ cwd, now: core.getInput("now"), since: core.getInput("since"), configPath: core.getInput("config") }),
    dryRun,
    ...(core.getInput("out-dir") ? { outDir: core.getInput("out-dir") } : {}),
  };
  const git = new GitCli(cwd);
  const gitDir = (await git.run(["rev-parse", "--absolute-git-dir"])).stdout.trim();
  const forges = metricsForges({
    token,
    localDir: join(gitDir, "cadence", "releases"),
    ...(process.env.GITHUB_REPOSITORY ? { repository: process.env.GITHUB_REPOSITORY } : {}),
    log: (message) => core.debug(message),
    noToken: "no token: the github-token input is empty",
  });
  const result = await runPostRelease({ git, files: new LocalFiles(cwd), clock: systemClock, reporter, ...forges, ...(signing ? { signing } : {}) }, inputs);
  const outputs = postReleaseOutputs(result);
  core.setOutput("post-release", JSON.stringify(outputs));
  core.setOutput("plan-hash", outputs.planHash);
  await reporter.summary(renderPostReleaseSummary(result));
}
