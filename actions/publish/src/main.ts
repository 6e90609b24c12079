import * as core from "@actions/core";
import {
  ActionsReporter,
  GitCli,
  LocalFiles,
  NpmCli,
  chooseReleaseForge,
  runAsAction,
  parsePublishInputs,
  plannedDir,
  publishOutputs,
  renderPublishSummary,
  runPublish,
  systemClock,
  scratchFolder,
} from "@release-cadence/core";

async function run(): Promise<void> {
  const cwd = core.getInput("working-directory") || process.env.GITHUB_WORKSPACE || process.cwd();
  const reporter = new ActionsReporter();
  const token = core.getInput("github-token");
  const npmToken = core.getInput("npm-token") || process.env.NODE_AUTH_TOKEN || "";
  reporter.secret(token);
  reporter.secret(npmToken);
  const inputs = parsePublishInputs({
    cwd,
    scratch: scratchFolder(process.env),
    dryRun: core.getInput("dry-run"),
    planHash: core.getInput("plan-hash"),
    version: core.getInput("version"),
    prerelease: core.getInput("prerelease"),
    branch: core.getInput("branch") || (process.env.GITHUB_REF?.startsWith("refs/heads/") ? process.env.GITHUB_REF_NAME : undefined),
    package: core.getInput("package"),
    configPath: core.getInput("config"),
    remote: core.getInput("remote"),
    assets: core.getInput("assets"),
    npmPackages: core.getInput("npm-packages"),
    registry: core.getInput("registry-url"),
    distTag: core.getInput("dist-tag"),
    provenance: core.getInput("provenance"),
    floatingTags: core.getInput("floating-tags"),
    release: core.getInput("release"),
    notesFile: core.getInput("notes-file"),
    committer: core.getInput("committer"),
    plannedDir: plannedDir(core.getInput("planned-dir"), process.env),
  });
  const forge =
    inputs.release === false
      ? undefined
      : chooseReleaseForge({
          token,
          requireToken: true,
          localDir: "",
          ...(process.env.GITHUB_REPOSITORY ? { repository: process.env.GITHUB_REPOSITORY } : {}),
          ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
          log: (message) => core.debug(message),
        });
  const result = await runPublish(
    {
      git: new GitCli(cwd),
      files: new LocalFiles(cwd),
      clock: systemClock,
      reporter,
      forge,
      registryFor: (url) => new NpmCli({ registry: url, cwd, ...(npmToken ? { token: npmToken } : {}) }),
      npmTokenGiven: npmToken !== "",
      // The same token pushes the commit and the tags, handed to git for those commands only.
      pushToken: token,
      env: process.env,
    },
    inputs,
  );
  const outputs = publishOutputs(result);
  core.setOutput("release-url", outputs.releaseUrl ?? "");
  core.setOutput("release-id", outputs.releaseId === null ? "" : String(outputs.releaseId));
  core.setOutput("tag", outputs.tag);
  core.setOutput("version", outputs.version);
  core.setOutput("published-packages", JSON.stringify(outputs.published));
  core.setOutput("skipped", JSON.stringify(outputs.skipped));
  core.setOutput("plan-hash", outputs.planHash);
  core.setOutput("evidence-path", outputs.evidencePath ?? "");
  await reporter.summary(renderPublishSummary(result));
}

await runAsAction(run);
