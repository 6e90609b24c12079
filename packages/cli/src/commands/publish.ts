import { join, resolve } from "node:path";
import {
  GitCli,
  LocalFiles,
  NpmCli,
  TerminalReporter,
  chooseReleaseForge,
  parsePublishInputs,
  publishOutputs,
  renderPublishSummary,
  runPublish,
  systemClock,
  scratchFolder,
} from "@release-cadence/core";
import { parseFlags } from "../args.js";

export const publishHelp = `cadence publish [--dry-run] [--json] [--plan-hash sha256:…] [--version X.Y.Z] [--prerelease ID]
    [--branch NAME] [--package NAME] [--config PATH] [--remote NAME] [--asset GLOB]… [--npm FOLDER]…
    [--registry URL] [--dist-tag TAG] [--provenance | --no-provenance] [--floating-tags | --no-floating-tags]
    [--no-release] [--notes-file PATH] [--committer "NAME <EMAIL>"] [--planned-dir DIR] [--repository OWNER/NAME] [--releases-dir DIR]
    [--summary] [--cwd DIR]
  Tags HEAD, pushes, creates the release (draft, assets, publish), publishes npm packages and moves
  floating tags; a re-run finishes what a crashed run left. With GITHUB_TOKEN (or GH_TOKEN) the
  release goes to GitHub; without, to a local folder (.git/cadence/releases). npm reads
  NODE_AUTH_TOKEN or NPM_TOKEN. --dry-run prints the whole plan and changes nothing.`;

export async function publishCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags("publish", argv, {
    "dry-run": { type: "boolean" },
    json: { type: "boolean" },
    "plan-hash": { type: "string" },
    version: { type: "string" },
    prerelease: { type: "string" },
    branch: { type: "string" },
    package: { type: "string" },
    config: { type: "string" },
    remote: { type: "string" },
    asset: { type: "string", multiple: true },
    npm: { type: "string", multiple: true },
    registry: { type: "string" },
    "dist-tag": { type: "string" },
    provenance: { type: "boolean" },
    "no-provenance": { type: "boolean" },
    "floating-tags": { type: "boolean" },
    "no-floating-tags": { type: "boolean" },
    "no-release": { type: "boolean" },
    "notes-file": { type: "string" },
    committer: { type: "string" },
    "planned-dir": { type: "string" },
    repository: { type: "string" },
    "releases-dir": { type: "string" },
    summary: { type: "boolean" },
    cwd: { type: "string" },
    verbose: { type: "boolean" },
  });
  const cwd = resolve(values.cwd ?? process.cwd());
  const inputs = parsePublishInputs({
    cwd,
    scratch: scratchFolder(process.env),
    dryRun: values["dry-run"] ?? false,
    ...(values["plan-hash"] !== undefined ? { planHash: values["plan-hash"] } : {}),
    ...(values.version !== undefined ? { version: values.version } : {}),
    ...(values.prerelease !== undefined ? { prerelease: values.prerelease } : {}),
    ...(values.branch !== undefined ? { branch: values.branch } : {}),
    ...(values.package !== undefined ? { package: values.package } : {}),
    ...(values.config !== undefined ? { configPath: values.config } : {}),
    ...(values.remote !== undefined ? { remote: values.remote } : {}),
    ...(values.asset ? { assets: values.asset } : {}),
    ...(values.npm ? { npmPackages: values.npm } : {}),
    ...(values.registry !== undefined ? { registry: values.registry } : {}),
    ...(values["dist-tag"] !== undefined ? { distTag: values["dist-tag"] } : {}),
    ...(values.provenance ? { provenance: true } : values["no-provenance"] ? { provenance: false } : {}),
    ...(values["floating-tags"] ? { floatingTags: true } : values["no-floating-tags"] ? { floatingTags: false } : {}),
    ...(values["no-release"] ? { release: false } : {}),
    ...(values["notes-file"] !== undefined ? { notesFile: values["notes-file"] } : {}),
    ...(values.committer !== undefined ? { committer: values.committer } : {}),
    ...(values["planned-dir"] !== undefined ? { plannedDir: values["planned-dir"] } : {}),
  });
  const reporter = new TerminalReporter(process.stderr, values.verbose ?? false);
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || "";
  const npmToken = process.env.NODE_AUTH_TOKEN || process.env.NPM_TOKEN || "";
  reporter.secret(token);
  reporter.secret(npmToken);
  const git = new GitCli(cwd);
  const gitDir = (await git.run(["rev-parse", "--absolute-git-dir"], { allowFailure: true })).stdout.trim() || join(cwd, ".git");
  const repository = values.repository ?? process.env.GITHUB_REPOSITORY;
  const forge = chooseReleaseForge({
    token,
    requireToken: false,
    localDir: resolve(cwd, values["releases-dir"] ?? join(gitDir, "cadence", "releases")),
    ...(repository ? { repository } : {}),
    ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
    log: (message) => reporter.debug(message),
  });
  const result = await runPublish(
    {
      git,
      files: new LocalFiles(cwd),
      clock: systemClock,
      reporter,
      forge,
      registryFor: (url) => new NpmCli({ registry: url, cwd, ...(npmToken ? { token: npmToken } : {}) }),
      npmTokenGiven: npmToken !== "",
      env: process.env,
    },
    inputs,
  );
  const outputs = publishOutputs(result);
  if (values.json) {
    out.write(`${JSON.stringify(outputs, null, 2)}\n`);
    return;
  }
  if (values.summary) {
    out.write(`${renderPublishSummary(result)}\n`);
    return;
  }
  out.write(`${outputs.tag} (${outputs.versionSource}), channel ${outputs.channel}\n`);
  out.write(`plan ${outputs.planHash}${outputs.dryRun ? " (dry-run: nothing changed)" : ""}\n`);
  for (const effect of outputs.effects) out.write(`  ${effect.status === "skipped" ? "already done" : effect.status}: ${effect.summary}\n`);
  if (outputs.releaseUrl) out.write(`release: ${outputs.releaseUrl}\n`);
}
