import { createSign, createVerify } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { ConfigurationError } from "../errors/index.js";
import { hashFile, type FileDigest } from "./hash.js";
import type { SigningKey, VerifyingKey } from "./keys.js";
import { keySigner, verifyBytes } from "./signer.js";

// Pure Ed25519 signs the message itself, not a hash, so the file has to be in memory at once.
export const ED25519_MAX_FILE = 2 ** 31;

/**
 * Hashes a file and makes its detached signature: ECDSA signs in the same streaming pass
 * (flat memory); Ed25519 reads the file again whole, because pure Ed25519 (what
 * `openssl pkeyutl -rawin` checks) cannot be computed in pieces.
 */
export async function hashAndSignFile(path: string, key: SigningKey | undefined): Promise<FileDigest & { signature?: Buffer }> {
  if (!key) return hashFile(path);
  if (key.algorithm === "ecdsa-p256") {
    const signer = createSign("sha256");
    const digest = await hashFile(path, (chunk) => signer.update(chunk));
    return { ...digest, signature: signer.sign({ key: key.privateKey, dsaEncoding: "der" }) };
  }
  const digest = await hashFile(path);
  return { ...digest, signature: keySigner(key).sign(await readWhole(path, digest.size)) };
}

/** Hashes a file and checks a detached signature over its bytes in the same way. */
export async function hashAndVerifyFile(path: string, key: VerifyingKey, signature: Buffer): Promise<FileDigest & { signatureValid: boolean }> {
  if (key.algorithm === "ecdsa-p256") {
    const verifier = createVerify("sha256");
    const digest = await hashFile(path, (chunk) => verifier.update(chunk));
    let valid = false;
    try {
      valid = verifier.verify({ key: key.publicKey, dsaEncoding: "der" }, signature);
    } catch {
      valid = false;
    }
    return { ...digest, signatureValid: valid };
  }
  const digest = await hashFile(path);
  return { ...digest, signatureValid: verifyBytes(key, await readWhole(path, digest.size), signature) };
}

async function readWhole(path: string, size: number): Promise<Buffer> {
  if (size > ED25519_MAX_FILE || (await stat(path)).size > ED25519_MAX_FILE) {
    throw new ConfigurationError(
      `${path} is larger than 2 GiB: an Ed25519 detached signature needs the whole file in memory. Use an ECDSA P-256 key, whose signatures stream; the signed SHA256SUMS covers the file either way.`,
    );
  }
  return readFile(path);
}
