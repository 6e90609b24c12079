import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { CapsuleVerificationError, ConfigurationError, SEALABLE_SECTIONS, isSealed, normalizeVersionInput, parseIdentities, parsePublicKey, renderVerifyReport, verifyCapsule } from "@release-cadence/core";
import { parseFlags, type CommandHelp, type Flags } from "../args.js";

const flags = {
  key: { type: "string", value: "PUBLIC.pem", about: "the public key matching the signing key", required: true },
  artifacts: { type: "string", multiple: true, value: "DIR", about: "another folder to look for artifacts in", defaultIs: "beside the envelope, then the current folder" },
  "reader-version": { type: "string", value: "X.Y.Z", about: "also check that this version can read the capsule's state", defaultIs: "not checked" },
  identity: { type: "string", multiple: true, value: "FILE", about: "age identities that decrypt the sealed sections", defaultIs: "none: sealed sections are checked as ciphertext" },
  json: { type: "boolean", about: "print the checks as JSON" },
} satisfies Flags;

export const verifyHelp: CommandHelp = {
  usage: "cadence verify --key PUBLIC.pem [flags] ENVELOPE",
  summary: "verify a signed capsule, its artifacts, .sig files and SHA256SUMS offline",
  about: `Verifies a capsule-sign envelope offline: the signature, every subject's SHA-256, the capsule
against its schema, the compatibility matrix, and the .sig files and SHA256SUMS beside it.
Artifacts are looked for beside the envelope, in the current folder (where capsule-sign ran), in
each --artifacts folder, then below the current folder (dist/app.tgz signed from here). Exits 0
only when every check holds; otherwise 1, naming the file, digest or rule that failed. Encrypted
sections are checked without any key (the signature covers the ciphertext); --identity decrypts
those it is a recipient of and checks them against the capsule schema; --json then prints them
under "decrypted".`,
  flags,
};

export async function verifyCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values, positionals } = parseFlags(argv, flags, { name: "ENVELOPE", about: "the .dsse.json capsule-sign wrote" });
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
  const result = await verifyCapsule({ envelopePath, key, artifactDirs: [process.cwd(), ...(values.artifacts ?? [])], signedFrom: process.cwd(), ...(readerVersion ? { readerVersion } : {}), ...(identities.length > 0 ? { identities } : {}) });
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
