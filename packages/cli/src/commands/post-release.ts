import { join, resolve } from "node:path";
import {
  ConfigurationError,
  GitCli,
  LocalFiles,
  TerminalReporter,
  metricsForges,
  parseCadenceMetricsInputs,
  parsePrivateKey,
  postReleaseOutputs,
  renderPostReleaseSummary,
  runPostRelease,
  secretParts,
  systemClock,
} from "@release-cadence/core";
import { parseFlags } from "../args.js";
import { readKeyFile, readPassphrase } from "./capsule-sign.js";
import { optional } from "./metrics.js";

export const postReleaseHelp = `cadence post-release --key KEY.pem [--passphrase-env NAME] [--dry-run] [--out DIR] [--since DATE] [--now ISO-8601]
    [--json] [--summary] [--records DIR]… [--config PATH] [--repository OWNER/NAME] [--releases-dir DIR] [--cwd DIR]
  Signs the POST-RELEASE capsule (capsule-sign's, kind POST-RELEASE) of each release of the window
  (default: the last 90 days) whose cadence.post-release-days are over, carrying its metrics: lead
  times, whether it was rolled back and why, its critical issues. A capsule already in the capsule
  folder (--out, default capsule.out-dir) or attached to the release is not written again. Capsules
  are attached to the release when it takes assets. --dry-run plans and writes nothing (no key needed).`;

export async function postReleaseCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags("post-release", argv, {
    key: { type: "string" },
    "passphrase-env": { type: "string" },
    "dry-run": { type: "boolean" },
    out: { type: "string" },
    since: { type: "string" },
    now: { type: "string" },
    json: { type: "boolean" },
    summary: { type: "boolean" },
    records: { type: "string", multiple: true },
    config: { type: "string" },
    repository: { type: "string" },
    "releases-dir": { type: "string" },
    cwd: { type: "string" },
    verbose: { type: "boolean" },
  });
  const cwd = resolve(values.cwd ?? process.cwd());
  const dryRun = values["dry-run"] ?? false;
  const inputs = {
    ...parseCadenceMetricsInputs({
      cwd,
      ...(values.since !== undefined ? { since: values.since } : {}),
      ...(values.now !== undefined ? { now: values.now } : {}),
      ...(values.config !== undefined ? { configPath: values.config } : {}),
      ...(values.records !== undefined ? { records: values.records } : {}),
    }),
    dryRun,
    ...(values.out !== undefined ? { outDir: values.out } : {}),
  };
  if (!values.key && !dryRun) throw new ConfigurationError("post-release needs --key KEY.pem (a PKCS#8 PEM private key, Ed25519 or ECDSA P-256) to sign the capsules, or --dry-run");
  const reporter = new TerminalReporter(process.stderr, values.verbose ?? false);
  let signing;
  if (values.key) {
    const passphrase = readPassphrase(values["passphrase-env"]);
    if (passphrase) reporter.secret(passphrase);
    const pem = await readKeyFile(resolve(cwd, values.key));
    for (const part of secretParts(pem)) reporter.secret(part);
    signing = { mode: "key" as const, key: parsePrivateKey(pem, { source: `the key file ${values.key}`, ...(passphrase ? { passphrase } : {}) }) };
  }
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || "";
  reporter.secret(token);
  const git = new GitCli(cwd);
  const gitDir = (await git.run(["rev-parse", "--absolute-git-dir"], { allowFailure: true })).stdout.trim() || join(cwd, ".git");
  const forges = metricsForges({
    token,
    localDir: resolve(cwd, values["releases-dir"] ?? join(gitDir, "cadence", "releases")),
    ...optional("repository", values.repository ?? process.env.GITHUB_REPOSITORY),
    ...optional("apiUrl", process.env.GITHUB_API_URL),
    log: (message) => reporter.debug(message),
    noToken: "no GitHub token (GITHUB_TOKEN or GH_TOKEN): the critical issues live on GitHub",
  });
  const result = await runPostRelease({ git, files: new LocalFiles(cwd), clock: systemClock, reporter, ...forges, ...(signing ? { signing } : {}) }, inputs);
  const outputs = postReleaseOutputs(result);
  if (values.json) return void out.write(`${JSON.stringify(outputs, null, 2)}\n`);
  if (values.summary) return void out.write(`${renderPostReleaseSummary(result)}\n`);
  out.write(`plan ${outputs.planHash}${outputs.dryRun ? " (dry-run: nothing written)" : ""}\n`);
  for (const item of outputs.releases) {
    const outcome = outputs.capsules.find((capsule) => capsule.version === item.version);
    const state = outcome ? (outcome.status === "skipped" ? "already written" : outcome.status === "planned" ? "to write" : outcome.status) : item.state === "written" ? "already written" : `waits until ${item.dueAt.slice(0, 10)}`;
    out.write(`  ${item.version.padEnd(12)} released ${item.releasedAt.slice(0, 10)}  ${state}\n`);
  }
  if (outputs.releases.length === 0) out.write("  no release in the window\n");
}
