import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  ConfigurationError,
  GitCli,
  LocalFiles,
  TerminalReporter,
  capsuleSignOutputs,
  parseCapsuleSignInputs,
  parsePrivateKey,
  renderCapsuleSignSummary,
  runCapsuleSign,
  secretParts,
  systemClock,
  scratchFolder,
} from "@release-cadence/core";
import { parseFlags, type CommandHelp, type Flags } from "../args.js";

const flags = {
  key: { type: "string", value: "KEY.pem", about: "the signing key: PKCS#8 PEM, Ed25519 or ECDSA P-256", required: true },
  "passphrase-env": { type: "string", value: "NAME", about: "the environment variable holding an encrypted key's passphrase", defaultIs: "none" },
  kind: { type: "string", value: "PRE-RELEASE|RELEASE|POST-RELEASE", about: "the capsule kind", defaultIs: "RELEASE" },
  artifact: { type: "string", multiple: true, value: "PATH", about: "a file to hash and sign", defaultIs: "none" },
  out: { type: "string", value: "DIR", about: "where the capsule, envelope, signatures and SHA256SUMS go", defaultIs: "capsule.out-dir, else release-capsule" },
  notes: { type: "string", value: "FILE", about: "YAML with decisions, open_threads and next_chat_bootstrap", defaultIs: "capsule.notes" },
  decision: { type: "string", multiple: true, value: "TEXT", about: "a decision for the capsule", defaultIs: "none" },
  "open-thread": { type: "string", multiple: true, value: "TEXT", about: "an open thread for the capsule", defaultIs: "none" },
  "plan-hash": { type: "string", multiple: true, value: "ACTION=sha256:…", about: "another action's plan hash", defaultIs: "none" },
  evidence: { type: "string", multiple: true, value: "PATH", about: "another action's evidence record, hashed into the capsule", defaultIs: "none" },
  version: { type: "string", value: "X.Y.Z", about: "the release version", defaultIs: "what version-bump decides, or the last tag" },
  package: { type: "string", value: "NAME", about: "in a monorepo, the package the capsule is for" },
  commit: { type: "string", value: "SHA", about: "the release commit", defaultIs: "HEAD" },
  "sbom-package": { type: "string", multiple: true, value: "DIR", about: "a published npm package's folder, for its SBOM", defaultIs: "capsule.sbom.packages, else the published ones" },
  "no-sbom": { type: "boolean", about: "make no SBOM", defaultIs: "as capsule.sbom says" },
  config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
  "dry-run": { type: "boolean", about: "build and sign in memory and show the plan, write nothing" },
  json: { type: "boolean", about: "print the outputs as JSON" },
  summary: { type: "boolean", about: "print the markdown summary the action writes" },
  keyless: { type: "boolean", about: "Sigstore keyless signing: only in the capsule-sign action" },
  cwd: { type: "string", value: "DIR", about: "the repository; other paths are relative to it", defaultIs: "the current folder" },
  verbose: { type: "boolean", about: "print every step" },
} satisfies Flags;

export const capsuleSignHelp: CommandHelp = {
  usage: "cadence capsule-sign --key KEY.pem [flags]",
  summary: "write and sign the release state capsule, a .sig per artifact and SHA256SUMS",
  about: `Writes the release state capsule (YAML), signs an in-toto statement of it and every artifact
in a DSSE envelope, and writes a detached .sig per artifact and a signed SHA256SUMS. Version and
commit come from the repository unless given. An SBOM of each published npm package (npm sbom,
from the lockfile) is signed with them, as capsule.sbom says. A key pair for trying it:
  openssl genpkey -algorithm ed25519 -out release-key.pem
  openssl pkey -in release-key.pem -pubout -out release-key.pub.pem`,
  flags,
};

export async function capsuleSignCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  if (argv.includes("--keyless")) {
    throw new ConfigurationError("keyless signing needs GitHub Actions' OIDC token, so it only runs in the capsule-sign action (with `permissions: id-token: write`); here, sign with --key");
  }
  const { values } = parseFlags(argv, flags);
  const cwd = resolve(values.cwd ?? process.cwd());
  const reporter = new TerminalReporter(process.stderr, values.verbose ?? false);
  const passphrase = readPassphrase(values["passphrase-env"]);
  if (passphrase) reporter.secret(passphrase);
  const pem = await readKeyFile(resolve(cwd, values.key));
  for (const part of secretParts(pem)) reporter.secret(part);
  const key = parsePrivateKey(pem, { source: `the key file ${values.key}`, ...(passphrase ? { passphrase } : {}) });

  const inputs = parseCapsuleSignInputs({
    cwd,
    scratch: scratchFolder(process.env),
    ...(values.kind !== undefined ? { kind: values.kind } : {}),
    artifacts: values.artifact ?? [],
    ...(values.out !== undefined ? { outDir: values.out } : {}),
    ...(values.notes !== undefined ? { notesPath: values.notes } : {}),
    decisions: values.decision ?? [],
    openThreads: values["open-thread"] ?? [],
    plans: values["plan-hash"] ?? [],
    evidence: values.evidence ?? [],
    ...(values.version !== undefined ? { version: values.version } : {}),
    ...(values.package !== undefined ? { package: values.package } : {}),
    ...(values.commit !== undefined ? { commit: values.commit } : {}),
    ...(values.config !== undefined ? { configPath: values.config } : {}),
    dryRun: values["dry-run"] ?? false,
    sbomPackages: values["sbom-package"] ?? [],
    ...(values["no-sbom"] ? { sbom: false } : {}),
  });
  const result = await runCapsuleSign({ git: new GitCli(cwd), files: new LocalFiles(cwd), clock: systemClock, reporter }, inputs, { mode: "key", key });
  const outputs = capsuleSignOutputs(result);
  if (values.json) {
    out.write(`${JSON.stringify(outputs, null, 2)}\n`);
    return;
  }
  if (values.summary) {
    out.write(`${renderCapsuleSignSummary(result)}\n`);
    return;
  }
  out.write(`${result.capsule.kind} capsule for ${outputs.version} (${outputs.commit.slice(0, 12)}, ${outputs.stateVersion}) signed with ${outputs.algorithm} key ${outputs.keyid?.slice(0, 16)}\n`);
  out.write(`plan ${outputs.planHash}${outputs.dryRun ? " (dry-run: nothing written)" : ""}\n`);
  for (const outcome of result.applied.outcomes) out.write(`  ${outcome.status}: ${outcome.summary}\n`);
}

export function readPassphrase(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const value = process.env[name];
  if (value === undefined || value === "") throw new ConfigurationError(`--passphrase-env names ${name}, but that environment variable is not set`);
  return value;
}

export async function readKeyFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new ConfigurationError(`the key file ${path} does not exist or cannot be read`);
  }
}
