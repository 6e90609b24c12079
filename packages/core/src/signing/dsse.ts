import { ConfigurationError } from "../errors/index.js";
import type { VerifyingKey } from "./keys.js";
import { verifyBytes, type Signer } from "./signer.js";

export const INTOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";

export interface DsseSignature {
  keyid: string;
  sig: string;
}

/** A DSSE envelope: the payload and its signatures, both base64 (standard alphabet, padded). */
export interface Envelope {
  payloadType: string;
  payload: string;
  signatures: DsseSignature[];
}

/**
 * The bytes DSSE signs (its "pre-authentication encoding"):
 * `DSSEv1 <len(type)> <type> <len(body)> <body>`, lengths in ASCII decimal bytes, one space between.
 */
export function pae(payloadType: string, body: Buffer): Buffer {
  const type = Buffer.from(payloadType, "utf8");
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, "utf8"), type, Buffer.from(` ${body.length} `, "utf8"), body]);
}

export function signEnvelope(payload: Buffer, payloadType: string, signer: Signer): Envelope {
  const sig = signer.sign(pae(payloadType, payload));
  return { payloadType, payload: payload.toString("base64"), signatures: [{ keyid: signer.keyid, sig: sig.toString("base64") }] };
}

/** One envelope, one text: fixed key order, no whitespace, a final newline. */
export function serializeEnvelope(envelope: Envelope): string {
  const signatures = envelope.signatures.map((signature) => ({ keyid: signature.keyid, sig: signature.sig }));
  return `${JSON.stringify({ payloadType: envelope.payloadType, payload: envelope.payload, signatures })}\n`;
}

/** Strict base64: only the standard alphabet, correct padding, and it must re-encode to itself. */
export function strictBase64(text: unknown): Buffer | undefined {
  if (typeof text !== "string" || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const bytes = Buffer.from(text, "base64");
  return bytes.toString("base64") === text ? bytes : undefined;
}

/**
 * Reads an envelope file. Only the exact text `serializeEnvelope` writes is accepted, so that
 * changing any byte of the file is noticed, even where JSON would not care (spaces, key order).
 */
export function parseEnvelope(text: string, file: string): Envelope {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigurationError("is not a DSSE envelope: the file is not JSON", { file });
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new ConfigurationError("is not a DSSE envelope: expected a JSON object", { file });
  const raw = value as Record<string, unknown>;
  if (typeof raw.payloadType !== "string") throw new ConfigurationError("is not a DSSE envelope: payloadType is missing or not a string", { file });
  if (strictBase64(raw.payload) === undefined) throw new ConfigurationError("is not a DSSE envelope: payload is missing or not standard base64", { file });
  if (!Array.isArray(raw.signatures) || raw.signatures.length === 0) throw new ConfigurationError("is not a DSSE envelope: signatures must be a non-empty list", { file });
  const signatures = raw.signatures.map((entry, index): DsseSignature => {
    const signature = (entry && typeof entry === "object" ? entry : {}) as Record<string, unknown>;
    if (typeof signature.keyid !== "string") throw new ConfigurationError(`is not a DSSE envelope: signatures[${index}].keyid is missing or not a string`, { file });
    if (strictBase64(signature.sig) === undefined || signature.sig === "") throw new ConfigurationError(`is not a DSSE envelope: signatures[${index}].sig is missing or not standard base64`, { file });
    return { keyid: signature.keyid, sig: signature.sig as string };
  });
  const envelope: Envelope = { payloadType: raw.payloadType, payload: raw.payload as string, signatures };
  const canonical = serializeEnvelope(envelope);
  if (text !== canonical && text !== canonical.slice(0, -1)) {
    throw new ConfigurationError("was changed after signing: its bytes differ from the envelope's canonical form (extra fields, spacing or key order)", { file });
  }
  return envelope;
}

export type EnvelopeCheck = { ok: true; keyid: string } | { ok: false; reason: string };

/** Checks that one of the envelope's signatures is the key's signature over PAE(payloadType, payload). */
export function verifyEnvelope(envelope: Envelope, key: VerifyingKey): EnvelopeCheck {
  const payload = Buffer.from(envelope.payload, "base64");
  const signed = pae(envelope.payloadType, payload);
  const mine = envelope.signatures.filter((signature) => signature.keyid === "" || signature.keyid === key.keyid);
  if (mine.length === 0) {
    return { ok: false, reason: `the envelope is signed by key ${envelope.signatures.map((signature) => signature.keyid.slice(0, 16)).join(", ")}, not by the given key ${key.keyid.slice(0, 16)}` };
  }
  for (const signature of mine) {
    if (verifyBytes(key, signed, Buffer.from(signature.sig, "base64"))) return { ok: true, keyid: key.keyid };
  }
  return { ok: false, reason: `the ${key.algorithm} signature does not match the envelope's payload (key ${key.keyid.slice(0, 16)})` };
}
