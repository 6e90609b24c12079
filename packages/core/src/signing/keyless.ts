import { ConfigurationError } from "../errors/index.js";
import type { Statement } from "./statement.js";

/** The part of @actions/attest's `attest` that keyless signing uses; passed in, so the core stays testable. */
export type AttestFunction = (options: {
  subjects: Array<{ name: string; digest: Record<string, string> }>;
  predicateType: string;
  predicate: object;
  token: string;
  skipWrite?: boolean;
}) => Promise<{ bundle: unknown; attestationID?: string; tlogID?: string }>;

export interface KeylessResult {
  bundle: unknown;
  attestationId?: string;
  tlogId?: string;
}

/**
 * Keyless signing works only inside a GitHub Actions job that may request an OIDC token
 * (`permissions: id-token: write`): Fulcio certifies the job's identity, not a key.
 */
export function checkKeylessAvailable(env: NodeJS.ProcessEnv): void {
  if (env.GITHUB_ACTIONS !== "true") {
    throw new ConfigurationError("keyless signing needs GitHub Actions' OIDC token, so it only works inside an Actions job; elsewhere sign with a key (Ed25519 or ECDSA P-256)");
  }
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new ConfigurationError("keyless signing needs GitHub Actions' OIDC token: give the job `permissions: id-token: write` (and `attestations: write` to store the attestation)");
  }
}

/** Signs the very statement the key mode signs, through Sigstore (Fulcio certificate, Rekor entry). */
export async function signKeyless(statement: Statement, attest: AttestFunction, token: string): Promise<KeylessResult> {
  const result = await attest({
    subjects: statement.subject.map((subject) => ({ name: subject.name, digest: { ...subject.digest } })),
    predicateType: statement.predicateType,
    predicate: statement.predicate,
    token,
  });
  return { bundle: result.bundle, ...(result.attestationID ? { attestationId: result.attestationID } : {}), ...(result.tlogID ? { tlogId: result.tlogID } : {}) };
}
