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
import { parseFlags } from "../args.js";

export const versionBumpHelp = `cadence version-bump [--dry-run] [--json] [--prerelease ID] [--release-as X.Y.Z]
    [--bump major|minor|patch] [--branch NAME] [--package NAME] [--plan-hash sha256:…]
    [--config PATH] [--release-commit | --no-release-commit] [--committer "NAME <EMAIL>"]
    [--planned-dir DIR] [--summary] [--cwd DIR]
  Decides the next version from the commits since the last release tag and writes it into the
  manifests (package.json, lockfile, configured files). --dry-run changes nothing.`;

export async function versionBumpCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags("version-bump", argv, {
    "dry-run": { type: "boolean" },
    json: { type: "boolean" },
    prerelease: { type: "string" },
    "release-as": { type: "string" },
    bump: { type: "string" },
    branch: { type: "string" },
    package: { type: "string" },
    "plan-hash": { type: "string" },
    config: { type: "string" },
    "release-commit": { type: "boolean" },
    "no-release-commit": { type: "boolean" },
    committer: { type: "string" },
    "planned-dir": { type: "string" },
    summary: { type: "boolean" },
    cwd: { type: "string" },
    verbose: { type: "boolean" },
  });
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
