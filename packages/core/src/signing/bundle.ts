import type { Envelope } from "./dsse.js";

export const SIGSTORE_BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";

/**
 * The same DSSE envelope as a Sigstore bundle that names its key by hint (the keyid) instead of
 * a certificate: sigstore verifiers read it offline with the public key as trust material.
 */
export function keyedSigstoreBundle(envelope: Envelope): Record<string, unknown> {
  return {
    mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE,
    verificationMaterial: {
      publicKey: { hint: envelope.signatures[0]?.keyid ?? "" },
      tlogEntries: [],
      timestampVerificationData: { rfc3161Timestamps: [] },
    },
    dsseEnvelope: {
      payload: envelope.payload,
      payloadType: envelope.payloadType,
      signatures: envelope.signatures.map((signature) => ({ sig: signature.sig, keyid: signature.keyid })),
    },
  };
}
