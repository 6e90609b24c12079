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
import { parseFlags } from "../args.js";

export const rollbackHelp = `cadence rollback [--from X] [--to G] [--type immediate|planned|partial|config] [--channels LIST]
    [--packages NAME,…] [--severity S --impact I] [--reason TEXT] [--issue REF]
    [--roll-forward auto|true|revert|false] [--revert-commit SHA]… [--smoke-command ARG]… [--undo] [--drill]
    [--dry-run] [--plan-hash sha256:…] [--json] [--summary] [--allow-prerelease] [--registry URL]
    [--key KEY.pem [--passphrase-env NAME]] [--committer "Name <email>"] [--evidence PATH] [--package NAME]
    [--remote NAME] [--config PATH] [--repository OWNER/NAME] [--releases-dir DIR] [--cwd DIR]
  Takes release X back to G on every channel: npm dist-tags move back and X is deprecated, G becomes
  Latest and X's release is marked, floating tags move back with a lease; where a channel cannot go
  back, it rolls forward to a new patch with G's tree through publish. --undo takes a rollback back;
  --drill is a dry-run whose record goes where gate-check's RL-07 reads it. With GITHUB_TOKEN (or
  GH_TOKEN) releases are GitHub's; without, the local folder publish uses (.git/cadence/releases).
  npm reads NODE_AUTH_TOKEN or NPM_TOKEN. --dry-run prints the whole plan and changes nothing.`;

export async function rollbackCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags("rollback", argv, {
    from: { type: "string" },
    to: { type: "string" },
    type: { type: "string" },
    channels: { type: "string", multiple: true },
    packages: { type: "string", multiple: true },
    severity: { type: "string" },
    impact: { type: "string" },
    reason: { type: "string" },
    issue: { type: "string" },
    "roll-forward": { type: "string" },
    "revert-commit": { type: "string", multiple: true },
    "smoke-command": { type: "string", multiple: true },
    undo: { type: "boolean" },
    drill: { type: "boolean" },
    "dry-run": { type: "boolean" },
    "plan-hash": { type: "string" },
    json: { type: "boolean" },
    summary: { type: "boolean" },
    "allow-prerelease": { type: "boolean" },
    registry: { type: "string" },
    key: { type: "string" },
    "passphrase-env": { type: "string" },
    committer: { type: "string" },
    evidence: { type: "string" },
    package: { type: "string" },
    remote: { type: "string" },
    config: { type: "string" },
    repository: { type: "string" },
    "releases-dir": { type: "string" },
    cwd: { type: "string" },
    verbose: { type: "boolean" },
  });
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
