import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { CapsuleVerificationError, ConfigurationError, SEALABLE_SECTIONS, isSealed, normalizeVersionInput, parseIdentities, parsePublicKey, renderVerifyReport, verifyCapsule } from "@release-cadence/core";
import { parseFlags } from "../args.js";

export const verifyHelp = `cadence verify --key PUBLIC.pem [--artifacts DIR ...] [--reader-version X.Y.Z] [--identity FILE ...] [--json] ENVELOPE
  Verifies a capsule-sign envelope offline: the signature, every subject's SHA-256, the capsule
  against its schema, the compatibility matrix, and the .sig files and SHA256SUMS beside it.
  Artifacts are looked for beside the envelope, then in each --artifacts folder. Exits 0 only
  when every check holds; otherwise 1, naming the file, digest or rule that failed.
  Encrypted capsule sections are checked without any key (the signature covers the ciphertext);
  --identity FILE (age identities, AGE-SECRET-KEY-1…) decrypts those it is a recipient of and
  checks them against the capsule schema; --json then prints them under "decrypted".`;

export async function verifyCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values, positionals } = parseFlags(
    "verify",
    argv,
    { key: { type: "string" }, artifacts: { type: "string", multiple: true }, "reader-version": { type: "string" }, identity: { type: "string", multiple: true }, json: { type: "boolean" } },
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
  const identities: string[] = [];
  for (const path of values.identity ?? []) identities.push(...(await parseIdentities(await readIdentityFile(path), `the identity file ${path}`)));
  const envelopePath = resolve(positionals[0]!);
  const result = await verifyCapsule({ envelopePath, key, artifactDirs: values.artifacts ?? [], ...(readerVersion ? { readerVersion } : {}), ...(identities.length > 0 ? { identities } : {}) });
  const decrypted = Object.fromEntries(SEALABLE_SECTIONS.filter((section) => result.capsule && isSealed(result.capsule[section]) && result.opened && !isSealed(result.opened[section])).map((section) => [section, result.opened![section]]));
  if (values.json) out.write(`${JSON.stringify({ ok: result.ok, checks: result.checks, version: result.capsule?.release.version ?? null, kind: result.capsule?.kind ?? null, ...(identities.length > 0 ? { decrypted } : {}) }, null, 2)}\n`);
  else out.write(`${renderVerifyReport(result)}\n`);
  if (!result.ok) throw new CapsuleVerificationError(result, positionals[0]!);
}

async function readIdentityFile(path: string): Promise<string> {
  try {
    return await readFile(resolve(path), "utf8");
  } catch {
    throw new ConfigurationError(`the identity file ${path} does not exist or cannot be read`);
  }
}
