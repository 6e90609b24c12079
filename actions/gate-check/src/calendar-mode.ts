import * as core from "@actions/core";
import { ActionsReporter, GitCli, LocalFiles, cadenceDueOutputs, parseCadenceDueInputs, renderCadenceDueSummary, runCadenceDue, systemClock } from "@release-cadence/core";

/** `mode: calendar`: what the release calendar makes due now, as outputs a workflow's jobs branch on. */
export async function runCalendarMode(cwd: string): Promise<void> {
  const inputs = parseCadenceDueInputs({
    cwd,
    now: core.getInput("now"),
    stage: core.getInput("stage"),
    configPath: core.getInput("config"),
    branch: core.getInput("branch") || (process.env.GITHUB_REF?.startsWith("refs/heads/") ? process.env.GITHUB_REF_NAME : undefined),
  });
  const reporter = new ActionsReporter();
  const result = await runCadenceDue({ git: new GitCli(cwd), files: new LocalFiles(cwd), clock: systemClock, reporter }, inputs);
  const outputs = cadenceDueOutputs(result);
  core.setOutput("today", outputs.today);
  core.setOutput("due", outputs.due);
  core.setOutput("reason", outputs.reason);
  core.setOutput("branch", outputs.branch);
  core.setOutput("commit", outputs.commit);
  core.setOutput("version", outputs.version);
  core.setOutput("prerelease", outputs.prerelease);
  core.setOutput("bump", outputs.bump);
  core.setOutput("capsule-kind", outputs.capsuleKind);
  core.setOutput("merge-into", outputs.mergeInto);
  core.setOutput("next", JSON.stringify(outputs.next));
  core.setOutput("blackout", outputs.blackout ? JSON.stringify(outputs.blackout) : "");
  core.info(`${outputs.date} (${outputs.timezone}): ${outputs.due}: ${outputs.reason}`);
  await reporter.summary(renderCadenceDueSummary(result));
}
