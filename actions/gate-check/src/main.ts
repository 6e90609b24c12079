import * as core from "@actions/core";
import {
  ActionsReporter,
  ExecCommandRunner,
  GitCli,
  GitHubForge,
  LocalFiles,
  runAsAction,
  gateCheckOutputs,
  parseGateCheckInputs,
  parseGateCheckMode,
  plannedDir,
  renderGateCheckSummary,
  runGateCheck,
  systemClock,
  scratchFolder,
} from "@release-cadence/core";
import { runCalendarMode } from "./calendar-mode.js";
import { runMetricsMode } from "./metrics-mode.js";

async function run(): Promise<void> {
  const token = core.getInput("token");
  core.setSecret(token);
  const cwd = core.getInput("working-directory") || process.env.GITHUB_WORKSPACE || process.cwd();
  const mode = parseGateCheckMode(core.getInput("mode"));
  if (mode === "calendar") return runCalendarMode(cwd);
  if (mode === "metrics") return runMetricsMode(cwd, token);
  const inputs = parseGateCheckInputs({
    cwd,
    scratch: scratchFolder(process.env),
    dryRun: core.getInput("dry-run"),
    profile: core.getInput("profile"),
    version: core.getInput("version"),
    now: core.getInput("now"),
    breakGlass: core.getInput("break-glass"),
    evidencePath: core.getInput("evidence-path"),
    configPath: core.getInput("config"),
    package: core.getInput("package"),
    // What CI checked is the pushed commit the workflow runs on, not a release commit made in the job.
    commit: core.getInput("commit") || process.env.GITHUB_SHA,
    plannedDir: plannedDir(core.getInput("planned-dir"), process.env),
    failOnGateFailure: core.getInput("fail-on-gate-failure"),
    branch: core.getInput("branch") || (process.env.GITHUB_REF?.startsWith("refs/heads/") ? process.env.GITHUB_REF_NAME : undefined),
  });
  const reporter = new ActionsReporter();
  const repository = process.env.GITHUB_REPOSITORY ?? "";
  const forge = token && repository ? GitHubForge.create({ token, repository, log: (message) => core.debug(message) }) : undefined;
  const result = await runGateCheck(
    { git: new GitCli(cwd), files: new LocalFiles(cwd), clock: systemClock, reporter, commands: new ExecCommandRunner(), ...(forge ? { forge } : { noForgeReason: "no GitHub token" }) },
    inputs,
  );
  const outputs = gateCheckOutputs(result);
  core.setOutput("passed", String(outputs.passed));
  core.setOutput("failed-gates", JSON.stringify(outputs.failed));
  core.setOutput("requires-approval", String(outputs.requiresApproval));
  core.setOutput("profile", outputs.profile);
  core.setOutput("version", outputs.version);
  core.setOutput("evidence-path", outputs.evidencePath ?? "");
  await reporter.summary(renderGateCheckSummary(result));
  if (!outputs.passed && inputs.failOnGateFailure !== false) {
    core.setFailed(`gates failed: ${outputs.failed.map((check) => `${check.id} (${check.reason})`).join("; ")}`);
  }
}

await runAsAction(run);
