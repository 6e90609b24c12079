import { resolve } from "node:path";
import {
  ConfigurationError,
  LocalFiles,
  TerminalReporter,
  parsePrivateKey,
  postReleaseOutputs,
  renderPostReleaseSummary,
  runPostRelease,
  secretParts,
  systemClock,
} from "@release-cadence/core";
import { parseFlags, type CommandHelp, type Flags } from "../args.js";
import { historySources } from "./cadence-history.js";
import { readKeyFile, readPassphrase } from "./capsule-sign.js";

const flags = {
  key: { type: "string", value: "KEY.pem", about: "PKCS#8 PEM private key (Ed25519 or ECDSA P-256) that signs the capsules", defaultIs: "none: only --dry-run runs without it" },
  "passphrase-env": { type: "string", value: "NAME", about: "environment variable holding the key's passphrase" },
  "dry-run": { type: "boolean", about: "plan the capsules and write nothing (no key needed)" },
  out: { type: "string", value: "DIR", about: "the capsule folder", defaultIs: "capsule.out-dir of the configuration" },
  since: { type: "string", value: "DATE", about: "start of the window", defaultIs: "90 days before --now" },
  now: { type: "string", value: "ISO-8601", about: "end of the window", defaultIs: "now" },
  json: { type: "boolean", about: "print the outputs as JSON" },
  summary: { type: "boolean", about: "print the markdown a step summary shows" },
  records: { type: "string", value: "DIR", multiple: true, about: "a folder of release and rollback records", defaultIs: "the configured record folders" },
  config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
  repository: { type: "string", value: "OWNER/NAME", about: "the GitHub repository of the releases and issues", defaultIs: "GITHUB_REPOSITORY" },
  "releases-dir": { type: "string", value: "DIR", about: "the local release folder used without a token", defaultIs: ".git/cadence/releases" },
  cwd: { type: "string", value: "DIR", about: "the repository", defaultIs: "the current folder" },
  verbose: { type: "boolean", about: "log each request and file read" },
} satisfies Flags;

export const postReleaseHelp: CommandHelp = {
  usage: "cadence post-release --key KEY.pem [flags]",
  summary: "sign the POST-RELEASE capsule of each release whose post-release days are over",
  about: `Signs the POST-RELEASE capsule (capsule-sign's, kind POST-RELEASE) of each release of the window
whose cadence.post-release-days are over, carrying its metrics: lead times, whether it was rolled
back and why, its critical issues. A capsule already in the capsule folder or attached to the
release is not written again. Capsules are attached to the release when it takes assets.`,
  flags,
};

export async function postReleaseCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags(argv, flags);
  const dryRun = values["dry-run"] ?? false;
  if (!values.key && !dryRun) throw new ConfigurationError("post-release needs --key KEY.pem (a PKCS#8 PEM private key, Ed25519 or ECDSA P-256) to sign the capsules, or --dry-run");
  const reporter = new TerminalReporter(process.stderr, values.verbose ?? false);
  const { cwd, inputs, ...sources } = await historySources(values, reporter);
  let signing;
  if (values.key) {
    const passphrase = readPassphrase(values["passphrase-env"]);
    if (passphrase) reporter.secret(passphrase);
    const pem = await readKeyFile(resolve(cwd, values.key));
    for (const part of secretParts(pem)) reporter.secret(part);
    signing = { mode: "key" as const, key: parsePrivateKey(pem, { source: `the key file ${values.key}`, ...(passphrase ? { passphrase } : {}) }) };
  }
  const result = await runPostRelease(
    { ...sources, files: new LocalFiles(cwd), clock: systemClock, reporter, ...(signing ? { signing } : {}) },
    { ...inputs, dryRun, ...(values.out !== undefined ? { outDir: values.out } : {}) },
  );
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
