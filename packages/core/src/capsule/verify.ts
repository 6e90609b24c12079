import { readFile } from "node:fs/promises";
import { existsSync, readdirSync, type Dirent } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ConfigurationError } from "../errors/index.js";
import { canonicalJson } from "../plan/plan.js";
import { hashAndVerifyFile } from "../signing/detached.js";
import { INTOTO_PAYLOAD_TYPE, parseEnvelope, verifyEnvelope } from "../signing/dsse.js";
import { hashFile } from "../signing/hash.js";
import type { VerifyingKey } from "../signing/keys.js";
import { verifyBytes } from "../signing/signer.js";
import { CAPSULE_PREDICATE_TYPE, parseStatement, type Statement, type Subject } from "../signing/statement.js";
import { parseSums } from "../signing/sums.js";
import { readerMode, writerProblem } from "./compatibility.js";
import { summarizeSbom } from "../sbom/document.js";
import { parseCapsule, schemaProblems } from "./document.js";
import { SEALABLE_SECTIONS, isSealed, openCapsule } from "./seal.js";
import type { Capsule } from "./types.js";

export interface VerifyInputs {
  envelopePath: string;
  key: VerifyingKey;
  /** Where else to look for artifacts; the envelope's own folder is searched first. */
  artifactDirs: string[];
  /**
   * The folder capsule-sign ran in: an artifact found in none of the folders is looked for below
   * it (artifacts are signed by paths relative to it, such as dist/app.tgz), when one file has its name.
   */
  signedFrom?: string;
  /** Also check that this release version can read the capsule's state version. */
  readerVersion?: string;
  /** age identities (AGE-SECRET-KEY-1…) to open the encrypted sections with; integrity needs none. */
  identities?: string[];
}

export interface VerifyCheck {
  check: string;
  ok: boolean;
  detail: string;
}

export interface VerifyResult {
  ok: boolean;
  checks: VerifyCheck[];
  statement: Statement;
  capsule?: Capsule;
  /** The capsule with the sections the identities opened in plain text. */
  opened?: Capsule;
}

/** A verification that ran to the end and found something wrong: every failed check, each on its line. */
export class CapsuleVerificationError extends ConfigurationError {
  constructor(readonly result: VerifyResult, envelopePath: string) {
    const failed = result.checks.filter((check) => !check.ok);
    super(`verification failed: ${failed[0]?.check}: ${failed[0]?.detail}`, { file: envelopePath }, failed.map((check) => `${check.check}: ${check.detail}`));
  }
}

/**
 * Verifies an envelope offline with a public key: its signature, every subject's digest, the
 * capsule against its schema and against the signed copy, the compatibility matrix, and the
 * detached signatures and SHA256SUMS found beside it. An envelope that cannot be read at all
 * throws; otherwise every check runs and is reported.
 */
export async function verifyCapsule(inputs: VerifyInputs): Promise<VerifyResult> {
  const file = inputs.envelopePath;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new ConfigurationError(`the envelope ${file} does not exist or cannot be read`);
  }
  const envelope = parseEnvelope(text, file);
  if (envelope.payloadType !== INTOTO_PAYLOAD_TYPE) throw new ConfigurationError(`payloadType is ${JSON.stringify(envelope.payloadType)}, not ${INTOTO_PAYLOAD_TYPE}`, { file });
  const checks: VerifyCheck[] = [];
  let opened: Capsule | undefined;
  const add = (check: string, ok: boolean, detail: string) => checks.push({ check, ok, detail });

  const signature = verifyEnvelope(envelope, inputs.key);
  add("signature", signature.ok, signature.ok ? `${inputs.key.algorithm} key ${inputs.key.keyid.slice(0, 16)} signed the envelope` : signature.reason);

  const statement = parseStatement(Buffer.from(envelope.payload, "base64"), file);
  if (statement.predicateType !== CAPSULE_PREDICATE_TYPE) throw new ConfigurationError(`the statement's predicateType is ${statement.predicateType}, not a state capsule (${CAPSULE_PREDICATE_TYPE})`, { file });
  const problems = schemaProblems(statement.predicate);
  add("capsule schema", problems.length === 0, problems.length === 0 ? "the signed capsule matches the state capsule schema" : problems.map((problem) => problem.text).join("; "));
  const capsule = problems.length === 0 ? (statement.predicate as unknown as Capsule) : undefined;

  let folders = [...new Set([dirname(resolve(file)), ...inputs.artifactDirs.map((dir) => resolve(dir))])];
  if (inputs.signedFrom) {
    const missing = new Set(statement.subject.map((subject) => subject.name).filter((name) => !/[/\\]/.test(name) && !locate(name, folders)));
    if (missing.size > 0) folders = [...new Set([...folders, ...findBelow(resolve(inputs.signedFrom), missing).values()])];
  }
  const here = folders[0]!;
  // A key-signed capsule has a detached signature beside the envelope for every artifact and SBOM
  // (all subjects but the capsule YAML): one that is missing is a failure, not a check skipped.
  const detached = capsule
    ? new Set([...capsule.artifacts.map((artifact) => artifact.name), ...(capsule.sbom?.documents ?? []).map((document) => document.name)])
    : new Set(statement.subject.filter((subject) => !subject.name.endsWith(".yaml")).map((subject) => subject.name));
  for (const subject of statement.subject) await checkSubject(subject, folders, here, inputs.key, add, detached.has(subject.name));

  if (capsule) {
    await checkCapsuleFile(capsule, statement.subject, folders, add);
    await checkSboms(capsule, statement.subject, folders, add);
    opened = await checkSealed(capsule, inputs.identities ?? [], add);
    const writer = writerProblem(capsule.compatibility, capsule.release.version, capsule.state_version);
    add("compatibility", !writer, writer ?? `release ${capsule.release.version} writes ${capsule.state_version} (full)`);
    if (inputs.readerVersion) {
      const reading = readerMode(capsule.compatibility, inputs.readerVersion, capsule.state_version);
      add(`compatibility for ${inputs.readerVersion}`, "mode" in reading, "mode" in reading ? `release ${inputs.readerVersion} reads ${capsule.state_version}: ${reading.mode}` : reading.problem);
    }
  }
  await checkSums(statement.subject, here, inputs.key, add);
  return { ok: checks.every((check) => check.ok), checks, statement, ...(capsule ? { capsule } : {}), ...(opened ? { opened } : {}) };
}

type Add = (check: string, ok: boolean, detail: string) => void;

/** Folders a few levels below `root` (.git and node_modules left out) holding the one file of each name. */
function findBelow(root: string, names: ReadonlySet<string>, depth = 4): Map<string, string> {
  const found = new Map<string, string[]>();
  const walk = (dir: string, level: number): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && level < depth && entry.name !== ".git" && entry.name !== "node_modules") walk(join(dir, entry.name), level + 1);
      else if (entry.isFile() && names.has(entry.name)) found.set(entry.name, [...(found.get(entry.name) ?? []), dir]);
    }
  };
  walk(root, 0);
  // A name found more than once is left to --artifacts: which of them was signed is not known here.
  return new Map([...found].filter(([, dirs]) => dirs.length === 1).map(([name, dirs]) => [name, dirs[0]!]));
}

function locate(name: string, folders: readonly string[]): string | undefined {
  return folders.map((folder) => join(folder, name)).find((path) => existsSync(path));
}

async function checkSubject(subject: Subject, folders: readonly string[], here: string, key: VerifyingKey, add: Add, signed: boolean): Promise<void> {
  // Subjects are release assets, named by file name: a path here would lead the search out of the folders.
  if (/[/\\]/.test(subject.name) || subject.name === "." || subject.name === "..") {
    add(`digest ${subject.name}`, false, "the subject's name is not a plain file name");
    return;
  }
  const path = locate(subject.name, folders);
  if (!path) {
    add(`digest ${subject.name}`, false, `not found (looked in ${folders.join(", ")})`);
    if (signed && !existsSync(join(here, `${subject.name}.sig`))) add(`signature ${subject.name}.sig`, false, `missing: ${join(here, `${subject.name}.sig`)} does not exist`);
    return;
  }
  const sigPath = join(here, `${subject.name}.sig`);
  if (signed && !existsSync(sigPath)) add(`signature ${subject.name}.sig`, false, `missing: ${sigPath} does not exist (capsule-sign writes one for every artifact signed with a key)`);
  if (existsSync(sigPath)) {
    const result = await hashAndVerifyFile(path, key, await readFile(sigPath));
    addDigest(subject, path, result.sha256, add);
    add(`signature ${subject.name}.sig`, result.signatureValid, result.signatureValid ? `valid for ${path}` : `${sigPath} is not the key's signature of ${path}`);
    return;
  }
  addDigest(subject, path, (await hashFile(path)).sha256, add);
}

function addDigest(subject: Subject, path: string, actual: string, add: Add): void {
  const ok = actual === subject.digest.sha256;
  add(`digest ${subject.name}`, ok, ok ? `sha256 ${actual}` : `${path} has sha256 ${actual}, but the statement says ${subject.digest.sha256}`);
}

async function checkCapsuleFile(capsule: Capsule, subjects: readonly Subject[], folders: readonly string[], add: Add): Promise<void> {
  const artifactNames = new Set([...capsule.artifacts.map((artifact) => artifact.name), ...(capsule.sbom?.documents ?? []).map((document) => document.name)]);
  const extra = subjects.filter((subject) => !artifactNames.has(subject.name));
  const capsuleSubject = extra.length === 1 && extra[0]!.name.endsWith(".yaml") ? extra[0] : undefined;
  if (!capsuleSubject) {
    add("capsule file", false, `expected exactly one subject besides the capsule's artifacts (the capsule YAML), found ${extra.map((subject) => subject.name).join(", ") || "none"}`);
  } else {
    const path = locate(capsuleSubject.name, folders);
    if (path) {
      try {
        const onDisk = parseCapsule(path, await readFile(path, "utf8"));
        const same = canonicalJson(onDisk) === canonicalJson(capsule);
        add("capsule file", same, same ? `${path} is the signed capsule` : `${path} differs from the capsule signed in the envelope`);
      } catch (error) {
        add("capsule file", false, error instanceof ConfigurationError ? `${path}: ${error.message}` : `${path} cannot be read`);
      }
    }
  }
  for (const artifact of capsule.artifacts) {
    const subject = subjects.find((entry) => entry.name === artifact.name);
    if (!subject || subject.digest.sha256 !== artifact.sha256) add(`capsule artifact ${artifact.name}`, false, "the capsule's digest is not the statement subject's");
  }
}

/**
 * Encrypted sections: their ciphertext is covered by the signature like the rest (checked above,
 * without any key). Given identities, each section they are a recipient of is decrypted, and the
 * capsule with it in plain text must match the capsule schema.
 */
async function checkSealed(capsule: Capsule, identities: readonly string[], add: Add): Promise<Capsule | undefined> {
  const sealed = SEALABLE_SECTIONS.filter((section) => isSealed(capsule[section]));
  if (sealed.length === 0) return undefined;
  const described = sealed.map((section) => {
    const value = capsule[section];
    return `${section} (for ${isSealed(value) ? value.encrypted.recipients.join(", ") : "?"})`;
  });
  if (identities.length === 0) {
    add("encrypted sections", true, `${described.join(", ")}: age ciphertext covered by the signature; not decrypted (no identity given)`);
    return undefined;
  }
  const opening = await openCapsule(capsule, identities);
  for (const section of opening.opened) add(`decrypt ${section}`, true, "decrypted with the given identity");
  for (const { section, problem } of opening.broken) add(`decrypt ${section}`, false, problem);
  if (opening.opened.length === 0 && opening.broken.length === 0) {
    add("decrypt", false, `the given identity is a recipient of none of the encrypted sections: ${described.join(", ")}`);
    return undefined;
  }
  if (opening.closed.length > 0) add("encrypted sections", true, `not for this identity: ${opening.closed.join(", ")}`);
  const problems = schemaProblems(opening.capsule);
  add("decrypted capsule schema", problems.length === 0, problems.length === 0 ? `with ${opening.opened.join(", ")} decrypted, the capsule matches the state capsule schema` : problems.map((problem) => problem.text).join("; "));
  return opening.capsule;
}

/** The SBOMs the capsule lists: each a subject with the same digest, each a readable CycloneDX or SPDX document of the recorded format. */
async function checkSboms(capsule: Capsule, subjects: readonly Subject[], folders: readonly string[], add: Add): Promise<void> {
  if (!capsule.sbom) {
    add("sbom", true, "the capsule records no SBOM (signed before capsule-sign made them)");
    return;
  }
  if (capsule.sbom.status === "not-applicable") {
    add("sbom", true, `not applicable: ${capsule.sbom.reason ?? "no reason recorded"}`);
    return;
  }
  for (const document of capsule.sbom.documents) {
    const check = `sbom ${document.name}`;
    const subject = subjects.find((entry) => entry.name === document.name);
    if (!subject || subject.digest.sha256 !== document.sha256) {
      add(check, false, "the capsule's digest of the SBOM is not the statement subject's");
      continue;
    }
    const path = locate(document.name, folders);
    if (!path) continue; // the subject's digest check already says it is missing
    const summary = summarizeSbom(await readFile(path, "utf8"));
    if ("problem" in summary) add(check, false, `${path} ${summary.problem}`);
    else if (summary.format !== document.format) add(check, false, `${path} is ${summary.format}, but the capsule records ${document.format}`);
    else add(check, true, `${summary.format} of ${document.package}: ${summary.components} components`);
  }
}

async function checkSums(subjects: readonly Subject[], here: string, key: VerifyingKey, add: Add): Promise<void> {
  const sumsPath = join(here, "SHA256SUMS");
  const sigPath = `${sumsPath}.sig`;
  // capsule-sign writes both beside the envelope; without them nothing vouches for the sums a user downloads.
  if (!existsSync(sumsPath)) {
    add("SHA256SUMS", false, `missing: ${sumsPath} does not exist`);
    if (!existsSync(sigPath)) add("signature SHA256SUMS.sig", false, `missing: ${sigPath} does not exist`);
    return;
  }
  const bytes = await readFile(sumsPath);
  if (existsSync(sigPath)) {
    const valid = verifyBytes(key, bytes, await readFile(sigPath));
    add("signature SHA256SUMS.sig", valid, valid ? "valid" : `${sigPath} is not the key's signature of ${sumsPath}`);
  } else {
    add("signature SHA256SUMS.sig", false, `missing: ${sigPath} does not exist`);
  }
  let entries;
  try {
    entries = parseSums(bytes.toString("utf8"), sumsPath);
  } catch (error) {
    add("SHA256SUMS", false, error instanceof Error ? error.message : String(error));
    return;
  }
  const mismatched = entries.filter((entry) => subjects.find((subject) => subject.name === entry.name)?.digest.sha256 !== entry.sha256).map((entry) => entry.name);
  const missing = subjects.filter((subject) => !entries.some((entry) => entry.name === subject.name)).map((subject) => subject.name);
  const ok = mismatched.length === 0 && missing.length === 0;
  add("SHA256SUMS", ok, ok ? `lists the ${entries.length} subjects with their digests` : [mismatched.length ? `differs from the statement for ${mismatched.join(", ")}` : "", missing.length ? `lacks ${missing.join(", ")}` : ""].filter(Boolean).join("; "));
}
