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
import { parseFlags, type CommandHelp, type Flags } from "../args.js";

const flags = {
  "dry-run": { type: "boolean", about: "observe and print the whole plan, change nothing" },
  json: { type: "boolean", about: "print the outputs as JSON" },
  summary: { type: "boolean", about: "print the markdown summary the action writes" },
  "plan-hash": { type: "string", value: "sha256:…", about: "apply only if the plan has this hash", defaultIs: "any plan" },
  version: { type: "string", value: "X.Y.Z", about: "the version to release", defaultIs: "what version-bump decides for HEAD" },
  prerelease: { type: "string", value: "ID", about: "pre-release channel of the default version", defaultIs: "a plain release" },
  branch: { type: "string", value: "NAME", about: "the release branch, when HEAD is detached", defaultIs: "the checked-out branch" },
  package: { type: "string", value: "NAME", about: "in a monorepo, the package to release", defaultIs: "the root package" },
  config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
  remote: { type: "string", value: "NAME", about: "the git remote to push to", defaultIs: "publish.remote, else origin" },
  asset: { type: "string", multiple: true, value: "GLOB", about: "files to attach to the release", defaultIs: "none" },
  npm: { type: "string", multiple: true, value: "FOLDER", about: "package folders to publish to npm", defaultIs: "publish.npm.packages, else the root package when public and an npm token is set" },
  registry: { type: "string", value: "URL", about: "the npm registry", defaultIs: "publish.npm.registry, else https://registry.npmjs.org/" },
  "dist-tag": { type: "string", value: "TAG", about: "force this npm dist-tag", defaultIs: "latest, the channel for pre-releases, release-X.Y for maintenance lines" },
  provenance: { type: "boolean", about: "npm provenance on", defaultIs: "on only in Actions with id-token: write" },
  "no-provenance": { type: "boolean", about: "npm provenance off", defaultIs: "on only in Actions with id-token: write" },
  "floating-tags": { type: "boolean", about: "move v1 and v1.2 to the release", defaultIs: "when the repository has an action.yml" },
  "no-floating-tags": { type: "boolean", about: "leave v1 and v1.2 where they are", defaultIs: "when the repository has an action.yml" },
  "no-release": { type: "boolean", about: "tags and npm only, no release on the forge", defaultIs: "a release is made" },
  "notes-file": { type: "string", value: "PATH", about: "the release body", defaultIs: "publish.release.notes-file, else the tag message" },
  committer: { type: "string", value: '"NAME <EMAIL>"', about: "who the annotated tag is by", defaultIs: "the config's committer, git's identity, else github-actions[bot]" },
  "planned-dir": { type: "string", value: "DIR", about: "with --dry-run, where earlier dry-runs kept the files they planned", defaultIs: "none" },
  repository: { type: "string", value: "OWNER/NAME", about: "the GitHub repository of the release", defaultIs: "GITHUB_REPOSITORY" },
  "releases-dir": { type: "string", value: "DIR", about: "the local forge's folder, without a GitHub token", defaultIs: ".git/cadence/releases" },
  cwd: { type: "string", value: "DIR", about: "the repository", defaultIs: "the current folder" },
  verbose: { type: "boolean", about: "print every step" },
} satisfies Flags;

export const publishHelp: CommandHelp = {
  usage: "cadence publish [flags]",
  summary: "tag, push, create the release, publish to npm and move floating tags",
  about: `Tags HEAD, pushes, creates the release (draft, assets, publish), publishes npm packages and moves
floating tags; a re-run finishes what a crashed run left. With GITHUB_TOKEN (or GH_TOKEN) the
release goes to GitHub; without, to a local folder (.git/cadence/releases). npm reads
NODE_AUTH_TOKEN or NPM_TOKEN. --dry-run prints the whole plan and changes nothing.`,
  flags,
};

export async function publishCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags(argv, flags);
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
