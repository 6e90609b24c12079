import { resolve } from "node:path";
import {
  GitCli,
  LocalFiles,
  TerminalReporter,
  parseVersionBumpInputs,
  renderVersionBumpSummary,
  runVersionBump,
  systemClock,
  versionBumpOutputs,
  scratchFolder,
} from "@release-cadence/core";
import { parseFlags, type CommandHelp, type Flags } from "../args.js";

const flags = {
  "dry-run": { type: "boolean", about: "decide and show the plan, change nothing" },
  json: { type: "boolean", about: "print the outputs as JSON" },
  summary: { type: "boolean", about: "print the markdown summary the action writes" },
  prerelease: { type: "string", value: "ID", about: "release on this pre-release channel (alpha, beta, rc, …)", defaultIs: "a plain release" },
  "release-as": { type: "string", value: "X.Y.Z", about: "release exactly this version", defaultIs: "what the commits decide" },
  bump: { type: "string", value: "major|minor|patch", about: "force this bump", defaultIs: "what the commits decide" },
  branch: { type: "string", value: "NAME", about: "the release line, when HEAD is detached", defaultIs: "the checked-out branch" },
  package: { type: "string", value: "NAME", about: "in a monorepo, version only this package", defaultIs: "every package" },
  "plan-hash": { type: "string", value: "sha256:…", about: "apply only if the plan has this hash", defaultIs: "any plan" },
  config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
  "release-commit": { type: "boolean", about: "commit the updated manifests", defaultIs: "versioning.release-commit" },
  "no-release-commit": { type: "boolean", about: "leave the updated manifests uncommitted", defaultIs: "versioning.release-commit" },
  committer: { type: "string", value: '"NAME <EMAIL>"', about: "who makes the release commit", defaultIs: "the config's committer, git's identity, else github-actions[bot]" },
  "planned-dir": { type: "string", value: "DIR", about: "with --dry-run, where the files earlier dry-runs planned are kept, and this one's", defaultIs: "none" },
  cwd: { type: "string", value: "DIR", about: "the repository", defaultIs: "the current folder" },
  verbose: { type: "boolean", about: "print every step" },
} satisfies Flags;

export const versionBumpHelp: CommandHelp = {
  usage: "cadence version-bump [flags]",
  summary: "decide the next version from the commits and write it into the manifests",
  about: `Decides the next version from the commits since the last release tag and writes it into the
manifests (package.json, lockfile, configured files). --dry-run changes nothing.`,
  flags,
};

export async function versionBumpCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags(argv, flags);
  const cwd = resolve(values.cwd ?? process.cwd());
  const inputs = parseVersionBumpInputs({
    cwd,
    scratch: scratchFolder(process.env),
    dryRun: values["dry-run"] ?? false,
    ...(values.prerelease !== undefined ? { prerelease: values.prerelease } : {}),
    ...(values["release-as"] !== undefined ? { releaseAs: values["release-as"] } : {}),
    ...(values.bump !== undefined ? { bump: values.bump } : {}),
    ...(values.branch !== undefined ? { branch: values.branch } : {}),
    ...(values.package !== undefined ? { package: values.package } : {}),
    ...(values["plan-hash"] !== undefined ? { planHash: values["plan-hash"] } : {}),
    ...(values.config !== undefined ? { configPath: values.config } : {}),
    ...(values["release-commit"] ? { releaseCommit: true } : values["no-release-commit"] ? { releaseCommit: false } : {}),
    ...(values.committer !== undefined ? { committer: values.committer } : {}),
    ...(values["planned-dir"] !== undefined ? { plannedDir: values["planned-dir"] } : {}),
  });
  const reporter = new TerminalReporter(process.stderr, values.verbose ?? false);
  const result = await runVersionBump({ git: new GitCli(cwd), files: new LocalFiles(cwd), clock: systemClock, reporter }, inputs);
  const outputs = versionBumpOutputs(result);
  if (values.json) {
    out.write(`${JSON.stringify(outputs, null, 2)}\n`);
    return;
  }
  if (values.summary) {
    out.write(`${renderVersionBumpSummary(result)}\n`);
    return;
  }
  for (const pkg of outputs.packages) {
    const name = pkg.name === "." ? "" : `${pkg.name}: `;
    out.write(pkg.next ? `${name}${pkg.previous ?? "(none)"} → ${pkg.next} (${pkg.bump}, tag ${pkg.tag}, ${pkg.commitCount} commits)\n` : `${name}no release due (${pkg.commitCount} commits since ${pkg.previous ?? "the start"})\n`);
  }
  out.write(`plan ${outputs.planHash}${outputs.dryRun ? " (dry-run: nothing changed)" : ""}\n`);
  for (const effect of outputs.effects) out.write(`  ${effect.status}: ${effect.summary}\n`);
}
