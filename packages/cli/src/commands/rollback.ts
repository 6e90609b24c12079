import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import {
  ConfigurationError,
  GitCli,
  LocalFiles,
  NpmCli,
  TerminalReporter,
  chooseReleaseForge,
  githubPullRequests,
  parsePrivateKey,
  parseRollbackInputs,
  renderRollbackSummary,
  rollbackOutputs,
  runRollback,
  secretParts,
  systemClock,
  scratchFolder,
} from "@release-cadence/core";
import { parseFlags, type CommandHelp, type Flags } from "../args.js";

const flags = {
  from: { type: "string", value: "X", about: "the bad version", defaultIs: "the newest stable release" },
  to: { type: "string", value: "G", about: "the good version to go back to", defaultIs: "the release before X on its line" },
  type: { type: "string", value: "immediate|planned|partial|config", about: "the kind of rollback", defaultIs: "the decision matrix's for --severity and --impact, else planned" },
  channels: { type: "string", multiple: true, value: "LIST", about: "only these channels: npm, github-release, floating-tags", defaultIs: "every channel that applies" },
  packages: { type: "string", multiple: true, value: "NAME,…", about: "only these npm packages", defaultIs: "the packages publish publishes" },
  severity: { type: "string", value: "critical|high|medium|low", about: "with --impact, picks the type and the approval", defaultIs: "none" },
  impact: { type: "string", value: "widespread|significant|limited|minimal", about: "with --severity", defaultIs: "none" },
  reason: { type: "string", value: "TEXT", about: "why; needed to apply", defaultIs: "none" },
  issue: { type: "string", value: "REF", about: "the issue tracking the problem", defaultIs: "none" },
  "roll-forward": { type: "string", value: "auto|true|revert|false", about: "when to roll forward to a new patch", defaultIs: "auto: where a channel cannot go back" },
  "revert-commit": { type: "string", multiple: true, value: "SHA", about: "with --roll-forward revert, the commits to revert", defaultIs: "every commit from G to X" },
  "smoke-command": { type: "string", multiple: true, value: "ARG", about: "a program and its arguments run after the rollback", defaultIs: "none" },
  undo: { type: "boolean", about: "take an earlier rollback from X to G back" },
  drill: { type: "boolean", about: "a rehearsal: a dry-run whose record RL-07 reads" },
  "dry-run": { type: "boolean", about: "observe and print the whole plan, change nothing" },
  "plan-hash": { type: "string", value: "sha256:…", about: "apply only if the plan has this hash", defaultIs: "any plan" },
  json: { type: "boolean", about: "print the outputs as JSON" },
  summary: { type: "boolean", about: "print the markdown summary the action writes" },
  "allow-prerelease": { type: "boolean", about: "G may be a pre-release although X is not" },
  registry: { type: "string", value: "URL", about: "the npm registry", defaultIs: "publish.npm.registry, else https://registry.npmjs.org/" },
  key: { type: "string", value: "KEY.pem", about: "signs the record (a detached .sig beside it)", defaultIs: "unsigned" },
  "passphrase-env": { type: "string", value: "NAME", about: "the environment variable holding the key's passphrase", defaultIs: "none" },
  committer: { type: "string", value: '"NAME <EMAIL>"', about: "who a roll-forward or config rollback commits as", defaultIs: "the config's committer, git's identity, else github-actions[bot]" },
  evidence: { type: "string", value: "PATH", about: "where the rollback_evidence record goes", defaultIs: "rollback.evidence-dir, else .git/cadence/evidence" },
  package: { type: "string", value: "NAME", about: "in a monorepo, the package whose release to roll back", defaultIs: "the root package" },
  remote: { type: "string", value: "NAME", about: "the git remote of the floating tags and a roll-forward", defaultIs: "publish.remote, else origin" },
  config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
  repository: { type: "string", value: "OWNER/NAME", about: "the GitHub repository of the releases", defaultIs: "GITHUB_REPOSITORY" },
  "releases-dir": { type: "string", value: "DIR", about: "the local forge's folder, without a GitHub token", defaultIs: ".git/cadence/releases" },
  cwd: { type: "string", value: "DIR", about: "the repository", defaultIs: "the current folder" },
  verbose: { type: "boolean", about: "print every step" },
} satisfies Flags;

export const rollbackHelp: CommandHelp = {
  usage: "cadence rollback [flags]",
  summary: "take release X back to G on every channel, or roll forward",
  about: `Takes release X back to G on every channel: npm dist-tags move back and X is deprecated, G becomes
Latest and X's release is marked, floating tags move back with a lease; where a channel cannot go
back, it rolls forward to a new patch with G's tree through publish. --undo takes a rollback back;
--drill is a dry-run whose record goes where gate-check's RL-07 reads it. With GITHUB_TOKEN (or
GH_TOKEN) releases are GitHub's; without, the local folder publish uses (.git/cadence/releases).
npm reads NODE_AUTH_TOKEN or NPM_TOKEN. --dry-run prints the whole plan and changes nothing.`,
  flags,
};

export async function rollbackCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags(argv, flags);
  const cwd = resolve(values.cwd ?? process.cwd());
  const reporter = new TerminalReporter(process.stderr, values.verbose ?? false);
  const optional = <K extends string>(key: K, value: string | string[] | boolean | undefined) => (value === undefined ? {} : { [key]: value });
  const inputs = parseRollbackInputs({
    cwd,
    scratch: scratchFolder(process.env),
    dryRun: values["dry-run"] ?? false,
    ...optional("planHash", values["plan-hash"]),
    ...optional("from", values.from),
    ...optional("to", values.to),
    ...optional("type", values.type),
    ...optional("channels", values.channels),
    ...optional("packages", values.packages),
    ...optional("severity", values.severity),
    ...optional("impact", values.impact),
    ...optional("reason", values.reason),
    ...optional("issue", values.issue),
    ...optional("rollForward", values["roll-forward"]),
    ...optional("revertCommits", values["revert-commit"]),
    ...optional("smokeCommand", values["smoke-command"]),
    ...optional("undo", values.undo),
    ...optional("drill", values.drill),
    ...optional("allowPrerelease", values["allow-prerelease"]),
    ...optional("registry", values.registry),
    ...optional("committer", values.committer),
    ...optional("evidencePath", values.evidence),
    ...optional("package", values.package),
    ...optional("remote", values.remote),
    ...optional("configPath", values.config),
  });
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
  const signingKey = values.key ? await readKey(resolve(cwd, values.key), values.key, values["passphrase-env"], reporter) : undefined;
  const result = await runRollback(
    {
      git,
      gitFor: (dir) => new GitCli(dir),
      files: new LocalFiles(cwd),
      clock: systemClock,
      reporter,
      forge,
      registryFor: (url, dir) => new NpmCli({ registry: url, cwd: dir ?? cwd, ...(npmToken ? { token: npmToken } : {}) }),
      npmTokenGiven: npmToken !== "",
      env: process.env,
      ...(signingKey ? { signingKey } : {}),
      ...(token && repository ? { pulls: githubPullRequests({ token, repository, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}), log: (message) => reporter.debug(message) }) } : {}),
    },
    inputs,
  );
  const outputs = rollbackOutputs(result);
  if (values.json) out.write(`${JSON.stringify(outputs, null, 2)}\n`);
  else if (values.summary) out.write(`${renderRollbackSummary(result)}\n`);
  else {
    out.write(`${outputs.mode === "undo" ? "undo the rollback of" : "roll back"} ${outputs.from} → ${outputs.to} (${outputs.type}; ${outputs.decision})\n`);
    if (outputs.rollForward) out.write(`roll forward to ${outputs.rollForward}: ${outputs.rollForwardReasons.join("; ") || "asked for"}\n`);
    out.write(`plan ${outputs.planHash}${outputs.dryRun ? " (dry-run: nothing changed)" : ""}\n`);
    for (const effect of outputs.effects) out.write(`  ${effect.status === "skipped" ? "already done" : effect.status}: ${effect.summary}\n`);
    for (const note of outputs.notes) out.write(`  note: ${note}\n`);
    if (outputs.evidencePath) out.write(`evidence: ${outputs.evidencePath}\n`);
  }
  if (outputs.smokeTests === "fail") throw new ConfigurationError(`the rollback is done, but the smoke test failed: see the record ${outputs.evidencePath ?? ""}`);
}

async function readKey(path: string, given: string, passphraseEnv: string | undefined, reporter: TerminalReporter) {
  let pem: string;
  try {
    pem = await readFile(path, "utf8");
  } catch {
    throw new ConfigurationError(`the key file ${path} does not exist or cannot be read`);
  }
  for (const part of secretParts(pem)) reporter.secret(part);
  const passphrase = passphraseEnv === undefined ? undefined : process.env[passphraseEnv];
  if (passphraseEnv !== undefined && !passphrase) throw new ConfigurationError(`--passphrase-env names ${passphraseEnv}, but that environment variable is not set`);
  if (passphrase) reporter.secret(passphrase);
  return parsePrivateKey(pem, { source: `the key file ${given}`, ...(passphrase ? { passphrase } : {}) });
}
