import * as core from "@actions/core";
import {
  ActionsReporter,
  GitCli,
  LocalFiles,
  NpmCli,
  chooseReleaseForge,
  githubPullRequests,
  loadActionKeys,
  parseRollbackInputs,
  renderRollbackSummary,
  rollbackOutputs,
  runAsAction,
  runRollback,
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
  const key = core.getInput("signing-key");
  const signing = key.trim() ? (await loadActionKeys({ cwd, key, passphrase: core.getInput("signing-key-passphrase") }, reporter)).signing : undefined;
  const input = (name: string) => core.getInput(name);
  const inputs = parseRollbackInputs({
    cwd,
    scratch: scratchFolder(process.env),
    dryRun: input("dry-run"),
    planHash: input("plan-hash"),
    from: input("from"),
    to: input("to"),
    type: input("type"),
    channels: input("channels"),
    packages: input("packages"),
    severity: input("severity"),
    impact: input("impact"),
    reason: input("reason"),
    issue: input("issue"),
    rollForward: input("roll-forward"),
    revertCommits: input("revert-commits"),
    smokeCommand: input("smoke-command"),
    undo: input("undo"),
    drill: input("drill"),
    allowPrerelease: input("allow-prerelease"),
    registry: input("registry-url"),
    committer: input("committer"),
    evidencePath: input("evidence-path"),
    detectedAt: input("detected-at"),
    decidedBy: input("decided-by"),
    package: input("package"),
    remote: input("remote"),
    configPath: input("config"),
  });
  const repository = process.env.GITHUB_REPOSITORY;
  const apiUrl = process.env.GITHUB_API_URL;
  const log = (message: string) => core.debug(message);
  const forge = chooseReleaseForge({ token, requireToken: true, localDir: "", ...(repository ? { repository } : {}), ...(apiUrl ? { apiUrl } : {}), log });
  const result = await runRollback(
    {
      git: new GitCli(cwd),
      gitFor: (dir) => new GitCli(dir),
      files: new LocalFiles(cwd),
      clock: systemClock,
      reporter,
      forge,
      registryFor: (url, dir) => new NpmCli({ registry: url, cwd: dir ?? cwd, ...(npmToken ? { token: npmToken } : {}) }),
      npmTokenGiven: npmToken !== "",
      env: process.env,
      ...(signing ? { signingKey: signing.key } : {}),
      ...(repository ? { pulls: githubPullRequests({ token, repository, ...(apiUrl ? { baseUrl: apiUrl } : {}), log }) } : {}),
    },
    inputs,
  );
  const outputs = rollbackOutputs(result);
  core.setOutput("from", outputs.from);
  core.setOutput("to", outputs.to);
  core.setOutput("type", outputs.type);
  core.setOutput("recommended-type", outputs.recommendedType ?? "");
  core.setOutput("approval", outputs.approval ?? "");
  core.setOutput("approval-required", String(outputs.approvalRequired));
  core.setOutput("roll-forward-version", outputs.rollForward ?? "");
  core.setOutput("plan-hash", outputs.planHash);
  core.setOutput("effects", JSON.stringify(outputs.effects));
  core.setOutput("channels", JSON.stringify(outputs.channels));
  core.setOutput("smoke-tests", outputs.smokeTests);
  core.setOutput("evidence-path", outputs.evidencePath ?? "");
  await reporter.summary(renderRollbackSummary(result));
  if (outputs.smokeTests === "fail") core.setFailed(`the rollback is done, but the smoke test failed: see the record ${outputs.evidencePath ?? ""}`);
}

await runAsAction(run);
