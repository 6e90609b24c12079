import { ConfigurationError, type SourceLocation } from "../errors/index.js";
import type { Files } from "../ports/index.js";
import type { Capsule, Lines, SealedSection } from "./types.js";

/**
 * Sensitive capsule sections are encrypted with age (https://age-encryption.org), through
 * `age-encryption`, the TypeScript implementation by age's author: a small, audited format with
 * X25519 and post-quantum recipients and no options to get wrong. Each section is one age file of
 * its JSON, ASCII-armored, in the capsule's YAML; everything else stays readable, and the signature
 * covers the ciphertext like any other text of the capsule.
 */
export const SEALABLE_SECTIONS = ["context", "decisions", "open_threads", "next_chat_bootstrap"] as const;
export type SealableSection = (typeof SEALABLE_SECTIONS)[number];

export function isSealed(value: Lines | undefined): value is SealedSection {
  return value !== undefined && !Array.isArray(value) && typeof value === "object" && "encrypted" in value;
}

/** The library, loaded only by runs that encrypt or decrypt. */
async function age() {
  return import("age-encryption");
}

/** Each recipient name with its age recipients: `age1…` written in the config, or read from a file of them (one per line, # comments). */
export async function resolveRecipients(files: Files, recipients: Readonly<Record<string, string>>, locate: (path: Array<string | number>) => SourceLocation | undefined): Promise<Map<string, string[]>> {
  const { Encrypter } = await age();
  const resolved = new Map<string, string[]>();
  for (const [name, value] of Object.entries(recipients)) {
    const where = locate(["recipients", name]);
    let keys: string[];
    if (/^age1/.test(value.trim())) keys = [value.trim()];
    else {
      const text = await files.read(value);
      if (text === undefined) throw new ConfigurationError(`capsule.recipients.${name}: '${value}' is neither an age recipient (age1…) nor a file of them that exists`, where);
      keys = text.split(/\r?\n/).map((line) => line.replace(/#.*$/, "").trim()).filter((line) => line !== "");
      if (keys.length === 0) throw new ConfigurationError(`capsule.recipients.${name}: the file ${value} lists no age recipient`, where);
    }
    for (const key of keys) {
      try {
        new Encrypter().addRecipient(key);
      } catch {
        throw new ConfigurationError(`capsule.recipients.${name}: '${key.slice(0, 24)}…' is not an age recipient (age1… or age1pq1…)`, where);
      }
    }
    resolved.set(name, keys);
  }
  return resolved;
}

/** Encrypts the configured sections of a capsule, each for its named recipients. */
export async function sealCapsule(capsule: Capsule, encrypt: Readonly<Partial<Record<SealableSection, string[]>>>, recipients: ReadonlyMap<string, string[]>): Promise<Capsule> {
  const { Encrypter, armor } = await age();
  const sealed: Capsule = { ...capsule };
  for (const section of SEALABLE_SECTIONS) {
    const names = encrypt[section];
    if (!names || names.length === 0) continue;
    const encrypter = new Encrypter();
    for (const name of names) for (const key of recipients.get(name) ?? []) encrypter.addRecipient(key);
    const ciphertext = armor.encode(await encrypter.encrypt(JSON.stringify(capsule[section])));
    sealed[section] = { encrypted: { format: "age", recipients: [...names], ciphertext } };
  }
  return sealed;
}

/** Reads age identities (`AGE-SECRET-KEY-1…`, one per line, # comments) and checks each. */
export async function parseIdentities(text: string, source: string): Promise<string[]> {
  const { Decrypter } = await age();
  const identities = text.split(/\r?\n/).map((line) => line.replace(/#.*$/, "").trim()).filter((line) => line !== "");
  if (identities.length === 0) throw new ConfigurationError(`${source} holds no age identity (AGE-SECRET-KEY-1…)`);
  identities.forEach((identity, index) => {
    try {
      new Decrypter().addIdentity(identity);
    } catch {
      throw new ConfigurationError(`${source}: line ${index + 1} is not an age identity (AGE-SECRET-KEY-1… or AGE-SECRET-KEY-PQ-1…)`);
    }
  });
  return identities;
}

export interface Opening {
  /** The capsule with every section the identities could open in plain text. */
  capsule: Capsule;
  opened: SealableSection[];
  /** Sealed for others: none of the identities is a recipient. */
  closed: SealableSection[];
  /** Opened, but what was inside is not a list of lines. */
  broken: Array<{ section: SealableSection; problem: string }>;
}

/** Decrypts the sealed sections the identities are recipients of. */
export async function openCapsule(capsule: Capsule, identities: readonly string[]): Promise<Opening> {
  const { Decrypter, armor } = await age();
  const opening: Opening = { capsule: { ...capsule }, opened: [], closed: [], broken: [] };
  for (const section of SEALABLE_SECTIONS) {
    const value = capsule[section];
    if (!isSealed(value)) continue;
    const decrypter = new Decrypter();
    for (const identity of identities) decrypter.addIdentity(identity);
    let text: string;
    try {
      text = await decrypter.decrypt(armor.decode(value.encrypted.ciphertext), "text");
    } catch (error) {
      // age says "no identity matched any of the file's recipients" when the key is someone else's.
      if (/no identity matched/i.test(error instanceof Error ? error.message : "")) opening.closed.push(section);
      else opening.broken.push({ section, problem: `cannot be decrypted: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    let lines: unknown;
    try {
      lines = JSON.parse(text);
    } catch {
      opening.broken.push({ section, problem: "decrypts to something that is not JSON" });
      continue;
    }
    opening.capsule[section] = lines as string[];
    opening.opened.push(section);
  }
  return opening;
}
