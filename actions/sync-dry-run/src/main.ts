import * as core from "@actions/core";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { ActionsReporter, ExecCommandRunner, chooseArtifactStore, parseSyncInputs, runAsAction, runSync, syncOutputs, systemClock, scratchFolder } from "@release-cadence/core";

async function run(): Promise<void> {
  const cwd = core.getInput("working-directory") || process.env.GITHUB_WORKSPACE || process.cwd();
  const reporter = new ActionsReporter();
  const token = core.getInput("github-token");
  reporter.secret(token);
  const inputs = parseSyncInputs({
    cwd,
    scratch: scratchFolder(process.env),
    mode: core.getInput("mode"),
    planHash: core.getInput("plan-hash"),
    planFile: core.getInput("plan-file"),
    syncId: core.getInput("sync-id"),
    target: core.getInput("target"),
    targets: core.getInput("targets"),
    maxMatrixLegs: core.getInput("max-matrix-legs"),
    approvedBy: core.getInput("approved-by"),
    configPath: core.getInput("config"),
    artifactName: core.getInput("artifact-name"),
    outDir: join(process.env.RUNNER_TEMP || tmpdir(), "cadence-sync"),
  });
  const result = await runSync(
    {
      clock: systemClock,
      reporter,
      env: process.env,
      artifacts: chooseArtifactStore(process.env),
      commands: new ExecCommandRunner(),
      ...(token ? { defaultToken: token } : {}),
      ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
    },
    inputs,
  );
  const outputs = syncOutputs(result, inputs.maxMatrixLegs);
  core.setOutput("plan-hash", outputs.planHash);
  core.setOutput("status", outputs.status);
  core.setOutput("changes", String(outputs.changes));
  core.setOutput("files-to-add", String(outputs.counts.add));
  core.setOutput("files-to-modify", String(outputs.counts.modify));
  core.setOutput("files-to-delete", String(outputs.counts.delete));
  core.setOutput("total-changes", String(outputs.counts.total));
  core.setOutput("targets", JSON.stringify(outputs.targets));
  core.setOutput("apply-targets", JSON.stringify(outputs.applyTargets));
  core.setOutput("apply-matrix", JSON.stringify(outputs.applyMatrix));
  core.setOutput("failed-targets", JSON.stringify(outputs.failedTargets));
  core.setOutput("report-path", outputs.reportPath);
  core.setOutput("plan-path", outputs.planPath ?? "");
  core.setOutput("diff-path", outputs.diffPath);
  core.setOutput("sync-log-path", outputs.syncLogPath);
  core.setOutput("unsynced-log-path", outputs.unsyncedLogPath);
  core.setOutput("artifact", outputs.artifact ?? "");
  core.setOutput("notify", JSON.stringify(outputs.notify));
  for (const target of outputs.targets.filter((item) => outputs.failedTargets.includes(item.target))) {
    core.error(`${target.syncId} → ${target.target}: ${target.status}${target.message ? `: ${target.message}` : ""}`);
  }
  if (outputs.mode === "apply" && outputs.status !== "success") core.setFailed(`sync ${outputs.status}: ${outputs.failedTargets.join(", ")} failed (see the summary)`);
  else if (outputs.smokeFailed.length > 0) core.setFailed(`the smoke command failed on ${outputs.smokeFailed.join(", ")}`);
}

await runAsAction(run);
