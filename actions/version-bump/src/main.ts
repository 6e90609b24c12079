import * as core from "@actions/core";
import {
  ActionsReporter,
  GitCli,
  LocalFiles,
  runAsAction,
  parseVersionBumpInputs,
  plannedDir,
  renderVersionBumpSummary,
  runVersionBump,
  systemClock,
  versionBumpOutputs,
  scratchFolder,
} from "@release-cadence/core";

async function run(): Promise<void> {
  const cwd = core.getInput("working-directory") || process.env.GITHUB_WORKSPACE || process.cwd();
  const inputs = parseVersionBumpInputs({
    cwd,
    scratch: scratchFolder(process.env),
    dryRun: core.getInput("dry-run"),
    prerelease: core.getInput("prerelease"),
    releaseAs: core.getInput("release-as"),
    bump: core.getInput("bump"),
    // A detached checkout (tags, pull requests) still knows its branch from the event.
    branch: core.getInput("branch") || (process.env.GITHUB_REF?.startsWith("refs/heads/") ? process.env.GITHUB_REF_NAME : undefined),
    package: core.getInput("package"),
    planHash: core.getInput("plan-hash"),
    configPath: core.getInput("config"),
    releaseCommit: core.getInput("release-commit"),
    committer: core.getInput("committer"),
    plannedDir: plannedDir(core.getInput("planned-dir"), process.env),
  });
  const reporter = new ActionsReporter();
  const result = await runVersionBump({ git: new GitCli(cwd), files: new LocalFiles(cwd), clock: systemClock, reporter }, inputs);
  const outputs = versionBumpOutputs(result);
  core.setOutput("version", outputs.next ?? "");
  core.setOutput("previous-version", outputs.previous ?? "");
  core.setOutput("bump", outputs.bump);
  core.setOutput("tag", outputs.tag ?? "");
  core.setOutput("release-needed", String(outputs.releaseNeeded));
  core.setOutput("commit-count", String(outputs.commitCount));
  core.setOutput("plan-hash", outputs.planHash);
  core.setOutput("evidence-path", outputs.evidencePath ?? "");
  core.setOutput("packages", JSON.stringify(outputs.packages));
  await reporter.summary(renderVersionBumpSummary(result));
}

await runAsAction(run);
