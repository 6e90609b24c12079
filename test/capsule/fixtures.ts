import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  LocalFiles,
  TerminalReporter,
  fixedClock,
  parseCapsuleSignInputs,
  parsePrivateKey,
  parsePublicKey,
  runCapsuleSign,
  type CapsuleSignResult,
  type KeyAlgorithm,
  type SigningKey,
  type VerifyingKey,
} from "@release-cadence/core";

export const COMMIT = "0123456789abcdef0123456789abcdef01234567";
export const CLOCK = fixedClock(new Date("2026-03-01T12:00:00Z"));

/** A temporary folder that the test removes; unique per call, so parallel tests never share one. */
export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `capsule-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface KeyFiles {
  algorithm: KeyAlgorithm;
  privatePath: string;
  publicPath: string;
  privatePem: string;
  publicPem: string;
  signing: SigningKey;
  verifying: VerifyingKey;
}

/** A fresh key pair made by openssl (never committed): PKCS#8 private key, SPKI public key. */
export function makeKeys(dir: string, algorithm: KeyAlgorithm, passphrase?: string): KeyFiles {
  const privatePath = join(dir, `${algorithm}.pem`);
  const publicPath = join(dir, `${algorithm}.pub.pem`);
  const genArgs = algorithm === "ed25519" ? ["-algorithm", "ed25519"] : ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"];
  const encrypt = passphrase ? ["-aes-256-cbc", "-pass", "env:KEY_PASSPHRASE"] : [];
  const env = { ...process.env, KEY_PASSPHRASE: passphrase ?? "" };
  execFileSync("openssl", ["genpkey", ...genArgs, ...encrypt, "-out", privatePath], { env, stdio: "pipe" });
  execFileSync("openssl", ["pkey", "-in", privatePath, ...(passphrase ? ["-passin", "env:KEY_PASSPHRASE"] : []), "-pubout", "-out", publicPath], { env, stdio: "pipe" });
  const privatePem = readFileSync(privatePath, "utf8");
  const publicPem = readFileSync(publicPath, "utf8");
  return {
    algorithm,
    privatePath,
    publicPath,
    privatePem,
    publicPem,
    signing: parsePrivateKey(privatePem, { source: "test key", ...(passphrase ? { passphrase } : {}) }),
    verifying: parsePublicKey(publicPem, "test public key"),
  };
}

/** Signs two small artifacts in `dir` (no git: version and commit given) and returns the result. */
export async function signSample(dir: string, key: SigningKey, options: { artifacts?: Record<string, Buffer | string> } = {}): Promise<CapsuleSignResult> {
  const artifacts = options.artifacts ?? { "app-1.2.3.tgz": Buffer.from("the app's bytes\n".repeat(100)), "notes.txt": "release notes\n" };
  for (const [name, content] of Object.entries(artifacts)) writeFileSync(join(dir, name), content);
  const inputs = parseCapsuleSignInputs({
    cwd: dir,
    kind: "RELEASE",
    artifacts: Object.keys(artifacts),
    outDir: "out",
    version: "1.2.3",
    commit: COMMIT,
    decisions: "Keep the v1 format readable\nShip the export endpoint",
    openThreads: "Watch adoption",
    plans: `version-bump=sha256:${"a".repeat(64)}`,
  });
  const reporter = new TerminalReporter({ write: () => true } as unknown as NodeJS.WritableStream);
  return runCapsuleSign({ git: undefined, files: new LocalFiles(dir), clock: CLOCK, reporter }, inputs, { mode: "key", key });
}
