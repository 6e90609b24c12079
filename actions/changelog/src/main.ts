import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as core from "@actions/core";
import {
  ActionsReporter,
  GitCli,
  LocalFiles,
  changelogOutputs,
  plannedDir,
  runAsAction,
  parseChangelogInputs,
  renderChangelogSummary,
  runChangelog,
  systemClock,
  STEP_SUMMARY_BYTES,
  scratchFolder,
} from "@release-cadence/core";

async function run(): Promise<void> {
  const cwd = core.getInput("working-directory") || process.env.GITHUB_WORKSPACE || process.cwd();
  const inputs = parseChangelogInputs({
    cwd,
    scratch: scratchFolder(process.env),
    version: core.getInput("version"),
    from: core.getInput("from"),
    to: core.getInput("to"),
    fromStart: core.getInput("from-start"),
    format: core.getInput("format"),
    output: core.getInput("output"),
    recordDir: core.getInput("record-dir"),
    record: core.getInput("record"),
    evidencePath: core.getInput("evidence"),
    dryRun: core.getInput("dry-run"),
    planHash: core.getInput("plan-hash"),
    // A detached checkout (tags, pull requests) still knows its branch from the event.
    branch: core.getInput("branch") || (process.env.GITHUB_REF?.startsWith("refs/heads/") ? process.env.GITHUB_REF_NAME : undefined),
    package: core.getInput("package"),
    configPath: core.getInput("config"),
    date: core.getInput("date"),
    plannedDir: plannedDir(core.getInput("planned-dir"), process.env),
    context: { serverUrl: process.env.GITHUB_SERVER_URL, repository: process.env.GITHUB_REPOSITORY },
    // The run, not its attempt: the record goes into the release commit, which a re-run of a failed
    // release job must make again identically (same plan hash, same commit as the one maybe pushed).
    buildId: process.env.GITHUB_RUN_ID || undefined,
  });
  const reporter = new ActionsReporter();
  const result = await runChangelog({ git: new GitCli(cwd), files: new LocalFiles(cwd), clock: systemClock, reporter }, inputs);
  const outputs = changelogOutputs(result);
  // The notes are this step's report: a dry-run still hands them to later steps, from RUNNER_TEMP.
  let notesPath = outputs.dryRun ? null : outputs.notesPath;
  if (outputs.notes && !notesPath) {
    const dir = process.env.RUNNER_TEMP ?? join(cwd, ".git", "cadence");
    await mkdir(dir, { recursive: true });
    notesPath = join(dir, `release-notes-${outputs.version}.md`);
    await writeFile(notesPath, outputs.notes, "utf8");
  }
  core.setOutput("version", outputs.version ?? "");
  core.setOutput("release-needed", String(outputs.releaseNeeded));
  core.setOutput("notes", outputs.notes);
  core.setOutput("notes-path", notesPath ?? "");
  core.setOutput("changelog-path", outputs.changelogPath);
  core.setOutput("date", outputs.date ?? "");
  core.setOutput("record-dir", outputs.recordDir ?? "");
  core.setOutput("plan-hash", outputs.planHash);
  core.setOutput("evidence-path", outputs.evidencePath ?? "");
  await reporter.summary(renderChangelogSummary(result, { maxBytes: STEP_SUMMARY_BYTES, ...(notesPath ? { notesPath } : {}) }));
}

await runAsAction(run);
