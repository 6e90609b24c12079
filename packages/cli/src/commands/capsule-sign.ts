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
import { parseFlags } from "../args.js";

export const capsuleSignHelp = `cadence capsule-sign --key KEY.pem [--passphrase-env NAME] [--kind PRE-RELEASE|RELEASE|POST-RELEASE]
    [--artifact PATH ...] [--out DIR] [--notes FILE] [--decision TEXT ...] [--open-thread TEXT ...]
    [--plan-hash ACTION=sha256:… ...] [--evidence PATH ...] [--version X.Y.Z] [--commit SHA]
    [--sbom-package DIR ...] [--no-sbom] [--config PATH] [--dry-run] [--json] [--summary] [--cwd DIR]
  Writes the release state capsule (YAML), signs an in-toto statement of it and every artifact
  in a DSSE envelope, and writes a detached .sig per artifact and a signed SHA256SUMS. The key is
  a PKCS#8 PEM file (Ed25519 or ECDSA P-256); an encrypted key's passphrase is read from the
  environment variable NAME. Version and commit come from the repository unless given.
  An SBOM of each published npm package (npm sbom, from the lockfile) is signed with them,
  as capsule.sbom says; --sbom-package names the package folders, --no-sbom makes none.
  Paths are relative to --cwd (default: the current folder).`;

export async function capsuleSignCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags("capsule-sign", argv, {
    key: { type: "string" },
    "passphrase-env": { type: "string" },
    kind: { type: "string" },
    artifact: { type: "string", multiple: true },
    out: { type: "string" },
    notes: { type: "string" },
    decision: { type: "string", multiple: true },
    "open-thread": { type: "string", multiple: true },
    "plan-hash": { type: "string", multiple: true },
    evidence: { type: "string", multiple: true },
    version: { type: "string" },
    commit: { type: "string" },
    config: { type: "string" },
    "dry-run": { type: "boolean" },
    "sbom-package": { type: "string", multiple: true },
    "no-sbom": { type: "boolean" },
    json: { type: "boolean" },
    summary: { type: "boolean" },
    keyless: { type: "boolean" },
    cwd: { type: "string" },
    verbose: { type: "boolean" },
  });
  if (values.keyless) throw new ConfigurationError("keyless signing needs GitHub Actions' OIDC token, so it only runs in the capsule-sign action (with `permissions: id-token: write`); here, sign with --key");
  if (!values.key) throw new ConfigurationError("capsule-sign needs --key KEY.pem (a PKCS#8 PEM private key, Ed25519 or ECDSA P-256)");
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

function readPassphrase(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const value = process.env[name];
  if (value === undefined || value === "") throw new ConfigurationError(`--passphrase-env names ${name}, but that environment variable is not set`);
  return value;
}

async function readKeyFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new ConfigurationError(`the key file ${path} does not exist or cannot be read`);
  }
}
