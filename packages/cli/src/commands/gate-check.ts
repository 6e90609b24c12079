import { resolve } from "node:path";
import {
  ConfigurationError,
  ExecCommandRunner,
  GitCli,
  GitHubForge,
  LocalFiles,
  TerminalReporter,
  gateCheckOutputs,
  parseGateCheckInputs,
  renderGateCheckSummary,
  runGateCheck,
  systemClock,
  scratchFolder,
} from "@release-cadence/core";
import { parseFlags } from "../args.js";

export const gateCheckHelp = `cadence gate-check [--profile NAME] [--version X.Y.Z] [--now ISO-8601] [--json] [--summary]
    [--break-glass REASON] [--dry-run] [--evidence PATH] [--repo OWNER/NAME] [--config PATH] [--commit SHA]
    [--planned-dir DIR] [--cwd DIR]
  Checks the release gates (RL-01..RL-08, coverage, custom commands, the calendar window) for the
  next version, or --version. With GITHUB_TOKEN (or GH_TOKEN) set it also asks GitHub for open
  pull requests, checks and Dependabot alerts; without one those checks are n/a. Writes the
  release_evidence record unless --dry-run. Exits 1 when a gate fails. --commit names the pushed
  commit whose checks count (default HEAD), when HEAD is a release commit made on top of it.
  With --dry-run --planned-dir, the CHANGELOG, manifests and notes earlier dry-runs planned there
  are judged instead of the repository's.`;

/** owner/name from --repo, GITHUB_REPOSITORY, or a github.com origin remote. */
async function repositoryName(git: GitCli, flag: string | undefined): Promise<string | undefined> {
  if (flag) return flag;
  if (process.env.GITHUB_REPOSITORY) return process.env.GITHUB_REPOSITORY;
  const remote = await git.run(["remote", "get-url", "origin"], { allowFailure: true });
  const match = /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?\s*$/.exec(remote.stdout.trim());
  return match?.[1];
}

export async function gateCheckCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags("gate-check", argv, {
    profile: { type: "string" },
    version: { type: "string" },
    now: { type: "string" },
    json: { type: "boolean" },
    summary: { type: "boolean" },
    "break-glass": { type: "string" },
    "dry-run": { type: "boolean" },
    evidence: { type: "string" },
    repo: { type: "string" },
    config: { type: "string" },
    package: { type: "string" },
    commit: { type: "string" },
    "planned-dir": { type: "string" },
    cwd: { type: "string" },
    verbose: { type: "boolean" },
  });
  const cwd = resolve(values.cwd ?? process.cwd());
  const inputs = parseGateCheckInputs({
    cwd,
    scratch: scratchFolder(process.env),
    dryRun: values["dry-run"] ?? false,
    ...(values.profile !== undefined ? { profile: values.profile } : {}),
    ...(values.version !== undefined ? { version: values.version } : {}),
    ...(values.now !== undefined ? { now: values.now } : {}),
    ...(values["break-glass"] !== undefined ? { breakGlass: values["break-glass"] } : {}),
    ...(values.evidence !== undefined ? { evidencePath: values.evidence } : {}),
    ...(values.config !== undefined ? { configPath: values.config } : {}),
    ...(values.package !== undefined ? { package: values.package } : {}),
    ...(values.commit !== undefined ? { commit: values.commit } : {}),
    ...(values["planned-dir"] !== undefined ? { plannedDir: values["planned-dir"] } : {}),
  });
  const reporter = new TerminalReporter(process.stderr, values.verbose ?? false);
  const git = new GitCli(cwd);
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || "";
  reporter.secret(token);
  const repository = token ? await repositoryName(git, values.repo) : undefined;
  if (token && !repository) throw new ConfigurationError("a GitHub token is set but the repository is unknown: pass --repo OWNER/NAME or set GITHUB_REPOSITORY");
  const forge = token && repository ? GitHubForge.create({ token, repository, log: (message) => reporter.debug(message) }) : undefined;
  const result = await runGateCheck(
    { git, files: new LocalFiles(cwd), clock: systemClock, reporter, commands: new ExecCommandRunner(), ...(forge ? { forge } : { noForgeReason: "no GitHub token" }) },
    inputs,
  );
  const outputs = gateCheckOutputs(result);
  if (values.json) out.write(`${JSON.stringify(outputs, null, 2)}\n`);
  else if (values.summary) out.write(`${renderGateCheckSummary(result)}\n`);
  else {
    out.write(`gate-check ${result.version} (${result.kind}, profile ${result.profile}): ${result.passed ? "passed" : "FAILED"}${result.requiresApproval ? ", requires approval" : ""}\n`);
    for (const check of outputs.checks) out.write(`  ${check.status.padEnd(4)} ${check.id.padEnd(8)} ${check.reason}\n`);
    out.write(result.evidencePath ? `evidence: ${result.evidencePath}\n` : "dry-run: no evidence written\n");
  }
  if (!result.passed) throw new ConfigurationError(`gates failed: ${outputs.failed.map((check) => check.id).join(", ")}`);
}
