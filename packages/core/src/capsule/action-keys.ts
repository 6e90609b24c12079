import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigurationError } from "../errors/index.js";
import { InputFields } from "../inputs/fields.js";
import type { Reporter } from "../ports/index.js";
import { parsePrivateKey, parsePublicKey, secretParts, type VerifyingKey } from "../signing/keys.js";
import type { SigningMode } from "./sign.js";

export interface ActionKeyInputs {
  cwd: string;
  /** The private key's PEM text, from a secret. */
  key?: string;
  passphrase?: string;
  keyless?: string;
  /** PEM text, or a path to a PEM file. */
  publicKey?: string;
}

/**
 * Turns the action's key inputs into keys. Every secret is masked before anything else happens,
 * so no later message, annotation or summary can carry it.
 */
export async function loadActionKeys(inputs: ActionKeyInputs, reporter: Reporter): Promise<{ signing?: Extract<SigningMode, { mode: "key" }>; verifying?: VerifyingKey }> {
  const key = inputs.key?.trim() ? inputs.key : undefined;
  if (key) for (const part of secretParts(key)) reporter.secret(part);
  if (inputs.passphrase) reporter.secret(inputs.passphrase);
  if (inputs.publicKey !== undefined) {
    if (!inputs.publicKey.trim()) throw new ConfigurationError("mode verify needs the public-key input (PEM text, or the path of a PEM file)");
    const pem = inputs.publicKey.includes("-----BEGIN") ? inputs.publicKey : await readPem(resolve(inputs.cwd, inputs.publicKey.trim()));
    return { verifying: parsePublicKey(pem, "the public-key input") };
  }
  // Read as every flag is: "maybe" is a mistake said now, not a silent "no".
  const fields = new InputFields();
  const keyless = fields.flag("keyless", inputs.keyless) ?? false;
  fields.check();
  if (keyless && key) throw new ConfigurationError("give either the key input or keyless: true, not both");
  if (keyless) return {};
  if (!key) throw new ConfigurationError("signing needs the key input (a PKCS#8 PEM private key from a secret), or keyless: true for Sigstore");
  return { signing: { mode: "key", key: parsePrivateKey(key, { source: "the key input", ...(inputs.passphrase ? { passphrase: inputs.passphrase } : {}) }) } };
}

async function readPem(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new ConfigurationError(`the public key file ${path} does not exist or cannot be read`);
  }
}
