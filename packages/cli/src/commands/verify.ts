import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { CapsuleVerificationError, ConfigurationError, normalizeVersionInput, parsePublicKey, renderVerifyReport, verifyCapsule } from "@release-cadence/core";
import { parseFlags } from "../args.js";

export const verifyHelp = `cadence verify --key PUBLIC.pem [--artifacts DIR ...] [--reader-version X.Y.Z] [--json] ENVELOPE
  Verifies a capsule-sign envelope offline: the signature, every subject's SHA-256, the capsule
  against its schema, the compatibility matrix, and the .sig files and SHA256SUMS beside it.
  Artifacts are looked for beside the envelope, then in each --artifacts folder. Exits 0 only
  when every check holds; otherwise 1, naming the file, digest or rule that failed.`;

export async function verifyCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values, positionals } = parseFlags(
    "verify",
    argv,
    { key: { type: "string" }, artifacts: { type: "string", multiple: true }, "reader-version": { type: "string" }, json: { type: "boolean" } },
    true,
  );
  if (!values.key) throw new ConfigurationError("verify needs --key PUBLIC.pem (the public key matching the signing key)");
  if (positionals.length !== 1) throw new ConfigurationError(`verify takes one envelope file (the .dsse.json capsule-sign wrote), got ${positionals.length}`);
  let pem: string;
  try {
    pem = await readFile(resolve(values.key), "utf8");
  } catch {
    throw new ConfigurationError(`the key file ${values.key} does not exist or cannot be read`);
  }
  const key = parsePublicKey(pem, `the key file ${values.key}`);
  const readerVersion = values["reader-version"] ? normalizeVersionInput(values["reader-version"], "--reader-version") : undefined;
  const envelopePath = resolve(positionals[0]!);
  const result = await verifyCapsule({ envelopePath, key, artifactDirs: values.artifacts ?? [], ...(readerVersion ? { readerVersion } : {}) });
  if (values.json) out.write(`${JSON.stringify({ ok: result.ok, checks: result.checks, version: result.capsule?.release.version ?? null, kind: result.capsule?.kind ?? null }, null, 2)}\n`);
  else out.write(`${renderVerifyReport(result)}\n`);
  if (!result.ok) throw new CapsuleVerificationError(result, positionals[0]!);
}
