import { mention } from "../errors/mention.js";
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { ConfigurationError } from "../errors/index.js";

export type KeyAlgorithm = "ed25519" | "ecdsa-p256";

/** A private key ready to sign, with what a verifier needs to recognise it. */
export interface SigningKey {
  algorithm: KeyAlgorithm;
  /** sha256 of the public key's SPKI DER, hex: the DSSE keyid and the sigstore hint. */
  keyid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export interface VerifyingKey {
  algorithm: KeyAlgorithm;
  keyid: string;
  publicKey: KeyObject;
}

/** `source` names where the key came from (a path, an input name); it is the only thing messages say about it. */
export interface KeySource {
  source: string;
  passphrase?: string;
}

const PEM_BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----/;

// Every message below is written here: no text from the key, nor from OpenSSL's parser, is passed on.
function pemLabel(pem: string, source: string): string {
  const match = PEM_BEGIN.exec(pem);
  if (!match) throw new ConfigurationError(`${source} is not a PEM key: it has no '-----BEGIN ... KEY-----' line`);
  return match[1]!;
}

/** Parses a PKCS#8 PEM private key (optionally encrypted), Ed25519 or ECDSA P-256. */
export function parsePrivateKey(pem: string, options: KeySource): SigningKey {
  const label = pemLabel(pem, options.source);
  if (label === "PUBLIC KEY") throw new ConfigurationError(`${options.source} is a public key; signing needs the private key (PKCS#8 PEM)`);
  if (!/PRIVATE KEY$/.test(label)) throw new ConfigurationError(`${options.source} holds a PEM '${label}', not a private key (PKCS#8 PEM)`);
  const encrypted = label === "ENCRYPTED PRIVATE KEY";
  if (encrypted && !options.passphrase) {
    throw new ConfigurationError(`${options.source} is encrypted: give its passphrase (${mention("passphrase")})`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: "pem", ...(options.passphrase ? { passphrase: options.passphrase } : {}) });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (encrypted) throw new ConfigurationError(`${options.source} could not be decrypted: the passphrase is wrong or the key is damaged`);
    throw new ConfigurationError(`${options.source} is not a readable private key${typeof code === "string" ? ` (${code})` : ""}`);
  }
  const algorithm = algorithmOf(privateKey, options.source);
  const publicKey = createPublicKey(privateKey);
  return { algorithm, keyid: keyidOf(publicKey), privateKey, publicKey };
}

/** Parses a public key (SPKI PEM); a private key is accepted too and only its public half kept. */
export function parsePublicKey(pem: string, source: string): VerifyingKey {
  pemLabel(pem, source);
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({ key: pem, format: "pem" });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ERR_MISSING_PASSPHRASE") throw new ConfigurationError(`${source} is an encrypted private key; verify needs the public key (openssl pkey -pubout)`);
    throw new ConfigurationError(`${source} is not a readable public key${typeof code === "string" ? ` (${code})` : ""}`);
  }
  return { algorithm: algorithmOf(publicKey, source), keyid: keyidOf(publicKey), publicKey };
}

function algorithmOf(key: KeyObject, source: string): KeyAlgorithm {
  if (key.asymmetricKeyType === "ed25519") return "ed25519";
  if (key.asymmetricKeyType === "ec") {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve === "prime256v1") return "ecdsa-p256";
    throw new ConfigurationError(`${source} is an EC key on curve ${curve ?? "unknown"}; only P-256 (prime256v1) is supported`);
  }
  throw new ConfigurationError(`${source} is a ${key.asymmetricKeyType ?? "unknown"} key; supported are Ed25519 and ECDSA P-256`);
}

export function keyidOf(publicKey: KeyObject): string {
  return createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex");
}

/** The public key as SPKI PEM, to publish beside a release. */
export function publicKeyPem(key: SigningKey | VerifyingKey): string {
  return String(key.publicKey.export({ type: "spki", format: "pem" }));
}

/** Every piece of a key's text worth masking: the whole PEM and each of its lines. */
export function secretParts(pem: string): string[] {
  const lines = pem.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length >= 16 && !line.startsWith("-----"));
  return [pem.trim(), ...lines].filter((part) => part.length > 0);
}
