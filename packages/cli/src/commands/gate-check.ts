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
import { parseFlags, type CommandHelp, type Flags } from "../args.js";

const flags = {
  profile: { type: "string", value: "NAME", about: "G-MRG, G-REL, G-REL+Human, RC or SEV-0..SEV-3", defaultIs: "by the bump: patch G-MRG, minor G-REL, major G-REL+Human; RC for a pre-release" },
  version: { type: "string", value: "X.Y.Z", about: "the version to check", defaultIs: "what version-bump decides for HEAD" },
  now: { type: "string", value: "ISO-8601", about: "judge the calendar at this instant", defaultIs: "now" },
  json: { type: "boolean", about: "print the outputs as JSON" },
  summary: { type: "boolean", about: "print the markdown summary the action writes" },
  "break-glass": { type: "string", value: "REASON", about: "release despite a blackout or freeze, for this recorded reason", defaultIs: "the calendar decides" },
  "dry-run": { type: "boolean", about: "judge and report, write no evidence" },
  evidence: { type: "string", value: "PATH", about: "where the release_evidence record goes", defaultIs: "gates.evidence-path, else .git/cadence/evidence/gate-check-<version>.yaml" },
  repo: { type: "string", value: "OWNER/NAME", about: "the GitHub repository, with a token", defaultIs: "GITHUB_REPOSITORY, else a github.com origin" },
  config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
  package: { type: "string", value: "NAME", about: "in a monorepo, check this package's version", defaultIs: "the root package" },
  commit: { type: "string", value: "SHA", about: "the pushed commit whose checks count, when HEAD is a release commit on it", defaultIs: "HEAD" },
  "planned-dir": { type: "string", value: "DIR", about: "with --dry-run, judge the files earlier dry-runs planned there", defaultIs: "none" },
  cwd: { type: "string", value: "DIR", about: "the repository", defaultIs: "the current folder" },
  verbose: { type: "boolean", about: "print every step" },
} satisfies Flags;

export const gateCheckHelp: CommandHelp = {
  usage: "cadence gate-check [flags]",
  summary: "check the release gates (RL-01..RL-08, coverage, commands, calendar); exit 1 when one fails",
  about: `Checks the release gates (RL-01..RL-08, coverage, custom commands, the calendar window) for the
next version, or --version. With GITHUB_TOKEN (or GH_TOKEN) set it also asks GitHub for open
pull requests, checks and Dependabot alerts; without one those checks are n/a. Writes the
release_evidence record unless --dry-run. Exits 1 when a gate fails. With --dry-run --planned-dir,
the CHANGELOG, manifests and notes earlier dry-runs planned there are judged instead of the repository's.`,
  flags,
};

/** owner/name from --repo, GITHUB_REPOSITORY, or a github.com origin remote. */
async function repositoryName(git: GitCli, flag: string | undefined): Promise<string | undefined> {
  if (flag) return flag;
  if (process.env.GITHUB_REPOSITORY) return process.env.GITHUB_REPOSITORY;
  const remote = await git.run(["remote", "get-url", "origin"], { allowFailure: true });
  const match = /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?\s*$/.exec(remote.stdout.trim());
  return match?.[1];
}

export async function gateCheckCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags(argv, flags);
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
