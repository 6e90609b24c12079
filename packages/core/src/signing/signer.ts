import { sign, verify } from "node:crypto";
import type { KeyAlgorithm, SigningKey, VerifyingKey } from "./keys.js";

/** Signs bytes with a key. ECDSA signatures are DER (ASN.1), the form openssl and DSSE verifiers read. */
export interface Signer {
  algorithm: KeyAlgorithm;
  keyid: string;
  sign(data: Buffer): Buffer;
}

/**
 * Ed25519 signs the bytes themselves (pure Ed25519, as `openssl pkeyutl -rawin`);
 * ECDSA P-256 signs their SHA-256 (as `openssl dgst -sha256 -sign`).
 */
export function keySigner(key: SigningKey): Signer {
  return {
    algorithm: key.algorithm,
    keyid: key.keyid,
    sign(data) {
      return key.algorithm === "ed25519" ? sign(null, data, key.privateKey) : sign("sha256", data, { key: key.privateKey, dsaEncoding: "der" });
    },
  };
}

/** True when `signature` is the key's signature over `data`; a malformed signature is simply false. */
export function verifyBytes(key: VerifyingKey, data: Buffer, signature: Buffer): boolean {
  try {
    return key.algorithm === "ed25519"
      ? verify(null, data, key.publicKey, signature)
      : verify("sha256", data, { key: key.publicKey, dsaEncoding: "der" }, signature);
  } catch {
    return false;
  }
}
