import { stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { ConfigurationError } from "../errors/index.js";
import { configuredPath, recordedPath } from "../inputs/paths.js";
import { LocalFiles } from "../adapters/files.js";
import { applyPlan, type ApplyResult } from "../plan/apply.js";
import { writeFileEffect, writeFileHandler } from "../plan/file-effects.js";
import { planHash, sha256, type Effect, type Plan } from "../plan/plan.js";
import { ExecCommandRunner, type CommandRunner } from "../gates/commands.js";
import type { Clock, Files, Git, Reporter } from "../ports/index.js";
import { makeSboms } from "../sbom/generate.js";
import { evidenceWriter } from "../records/evidence.js";
import { keyedSigstoreBundle } from "../signing/bundle.js";
import { hashAndSignFile } from "../signing/detached.js";
import { INTOTO_PAYLOAD_TYPE, serializeEnvelope, signEnvelope } from "../signing/dsse.js";
import { hashFile } from "../signing/hash.js";
import type { SigningKey } from "../signing/keys.js";
import { checkKeylessAvailable, signKeyless, type AttestFunction } from "../signing/keyless.js";
import { keySigner } from "../signing/signer.js";
import { CAPSULE_PREDICATE_TYPE, makeStatement, statementPayload, type Statement } from "../signing/statement.js";
import { checkAssetName, renderSums } from "../signing/sums.js";
import { buildCapsule, capsuleBaseName } from "./build.js";
import { changelogEntries } from "./changelog.js";
import { writerProblem } from "./compatibility.js";
import { loadCapsuleConfig } from "./config.js";
import { renderCapsule } from "./document.js";
import type { CapsuleSignInputs } from "./inputs.js";
import { writeBytesEffect, writeBytesHandler as writeBytesHandlerFor } from "./effects.js";
import { emptyNotes, mergeNotes, parseNotes } from "./notes.js";
import { resolveRelease } from "./release.js";
import { resolveRecipients, sealCapsule } from "./seal.js";
import type { Capsule } from "./types.js";

export type SigningMode = { mode: "key"; key: SigningKey } | { mode: "keyless"; attest: AttestFunction; token: string; env: NodeJS.ProcessEnv };

export interface CapsuleSignPorts {
  /** Undefined when there is no repository; then version and commit must be given. */
  git: Git | undefined;
  files: Files;
  clock: Clock;
  reporter: Reporter;
  /** Runs `npm sbom`; the real npm by default. */
  commands?: CommandRunner;
}

/** Absolute paths of everything written (or, in a dry-run, that would be). */
export interface CapsuleSignFiles {
  outDir: string;
  capsule: string;
  envelope: string | null;
  bundle: string;
  signatures: string[];
  sums: string;
  sumsSignature: string | null;
  /** The SBOM documents, each also a subject. */
  sboms: string[];
}

export interface CapsuleSignResult {
  capsule: Capsule;
  statement: Statement;
  files: CapsuleSignFiles;
  mode: SigningMode["mode"];
  keyid: string | null;
  algorithm: string | null;
  plan: Plan;
  planHash: string;
  applied: ApplyResult;
  evidencePath: string | null;
}

/** capsule-sign from start to end: observe (release, artifacts), build and sign, plan the writes, apply. */
export async function runCapsuleSign(ports: CapsuleSignPorts, inputs: CapsuleSignInputs, signing: SigningMode): Promise<CapsuleSignResult> {
  if (signing.mode === "keyless") checkKeylessAvailable(signing.env);
  const config = await loadCapsuleConfig(ports.files, inputs.configPath);
  const release = await resolveRelease(ports, { cwd: inputs.cwd, ...pick(inputs, ["version", "commit", "configPath", "package"]) });
  const problem = writerProblem(config.compatibility, release.version, config.stateVersion);
  if (problem) throw new ConfigurationError(`capsule.state-version ${config.stateVersion}: ${problem}`, config.locate(["state-version"]) ?? config.locate([]));

  // Recipients' keys are checked before anything else is read or made: a missing one stops the run here.
  const sealing = Object.keys(config.encrypt).length > 0 ? await resolveRecipients(ports.files, config.recipients, config.locate) : undefined;
  const key = signing.mode === "key" ? signing.key : undefined;
  const artifacts = await hashArtifacts(inputs.cwd, inputs.artifacts, key);
  const evidence = await Promise.all(inputs.evidence.map(async (path) => ({ name: path, sha256: (await hashFile(await existing(resolve(inputs.cwd, path), "evidence file", path))).sha256 })));
  const notesPath = inputs.notesPath ?? config.notes;
  const fileNotes = notesPath ? parseNotes(notesPath, await readText(ports.files, notesPath, "notes file")) : emptyNotes();
  const changelog = await ports.files.read(config.changelog);
  const createdAt = ports.clock.now();
  const sbomConfig = inputs.sbom === false ? { ...config.sbom, enabled: false } : config.sbom;
  const sboms = await makeSboms({ files: ports.files, commands: ports.commands ?? new ExecCommandRunner() }, sbomConfig, { createdAt, ...(inputs.sbomPackages.length > 0 ? { packages: inputs.sbomPackages } : {}) });
  if (sboms.status === "not-applicable") ports.reporter.annotate("warning", `no SBOM for this release: ${sboms.reason}`);
  const generated = sboms.documents.filter((document) => document.package !== "provided");
  // A single package's SBOM describes the version being released once version-bump has written it
  // into package.json; a monorepo's packages may well have versions of their own.
  // In a dry-run version-bump wrote nothing (its package.json waits in the planned folder), so the
  // SBOM npm makes now describes the version before: expected there, and said as a notice.
  if (generated.length === 1 && !generated[0]!.package.endsWith(`@${release.version}`)) {
    const { name, package: described } = generated[0]!;
    if (inputs.dryRun) {
      ports.reporter.annotate("notice", `dry-run: the SBOM ${name} describes ${described} (package.json as it is now); the release run signs after version-bump has written ${release.version}`);
    } else {
      ports.reporter.annotate("warning", `the SBOM ${name} describes ${described}, but the release is ${release.version}: sign after version-bump has written the version into package.json`);
    }
  }
  const sbomDocuments = sboms.documents.map((document) => ({ ...document, sha256: sha256(document.text) }));
  const plainCapsule = buildCapsule({
    kind: inputs.kind,
    project: config.project ?? (await projectName(ports.files, inputs.cwd)),
    version: release.version,
    commit: release.commit,
    createdAt,
    stateVersion: config.stateVersion,
    compatibility: config.compatibility,
    artifacts: artifacts.map(({ name, sha256: digest, size }) => ({ name, sha256: digest, size })),
    plans: inputs.plans,
    evidence,
    changes: changelog ? changelogEntries(changelog, release) : [],
    notes: mergeNotes(fileNotes, { ...emptyNotes(), context: inputs.context ?? [], decisions: inputs.decisions, open_threads: inputs.openThreads }),
    sbom: { status: sboms.status, ...(sboms.status === "not-applicable" ? { reason: sboms.reason } : {}), documents: sbomDocuments.map(({ name, format, package: pkg, components, sha256: digest }) => ({ name, format, package: pkg, components, sha256: digest })) },
  });

  const base = capsuleBaseName(inputs.kind, release.version);
  const capsuleName = `${base}.yaml`;
  // The capsule that is written and signed: sensitive sections encrypted, so the signature covers the ciphertext.
  const capsule = sealing ? await sealCapsule(plainCapsule, config.encrypt, sealing) : plainCapsule;
  const capsuleText = renderCapsule(capsule);
  const written = new Set([capsuleName, "SHA256SUMS", ...sbomDocuments.map((document) => document.name)]);
  const clash = artifacts.find((artifact) => written.has(artifact.name));
  if (clash) throw new ConfigurationError(`the artifact ${clash.name} is named like a file capsule-sign writes (the capsule, SHA256SUMS or an SBOM); rename it`);
  const subjects = [...artifacts, ...sbomDocuments, { name: capsuleName, sha256: sha256(capsuleText) }].map((entry) => ({ name: entry.name, digest: { sha256: entry.sha256 } }));
  const statement = makeStatement(subjects, CAPSULE_PREDICATE_TYPE, capsule as unknown as Record<string, unknown>);
  const sums = renderSums(subjects.map((subject) => ({ name: subject.name, sha256: subject.digest.sha256 })));

  const places = { root: inputs.cwd, scratch: inputs.scratch };
  const outDir = resolve(inputs.cwd, inputs.outDir ?? configuredPath("capsule.out-dir", config.outDir, places, { scratch: true }, config.locate(["out-dir"])));
  const effects: Effect[] = [
    ...sbomDocuments.map((document) => writeFileEffect(document.name, document.text, `write the SBOM ${document.name} (${document.format}, ${document.package}, ${document.components} components)`)),
    writeFileEffect(capsuleName, capsuleText, `write the ${inputs.kind} capsule ${capsuleName}`),
  ];
  let bundle: unknown;
  if (key) {
    const envelope = signEnvelope(statementPayload(statement), INTOTO_PAYLOAD_TYPE, keySigner(key));
    bundle = keyedSigstoreBundle(envelope);
    effects.push(writeFileEffect(`${base}.dsse.json`, serializeEnvelope(envelope), `write the signed DSSE envelope ${base}.dsse.json`));
    for (const artifact of artifacts) effects.push(signatureEffect(`${artifact.name}.sig`, artifact.signature!));
    for (const document of sbomDocuments) effects.push(signatureEffect(`${document.name}.sig`, keySigner(key).sign(Buffer.from(document.text, "utf8"))));
    effects.push(writeFileEffect("SHA256SUMS", sums, `write SHA256SUMS (${subjects.length} files)`));
    effects.push(signatureEffect("SHA256SUMS.sig", keySigner(key).sign(Buffer.from(sums, "utf8"))));
  } else if (signing.mode === "keyless" && !inputs.dryRun) {
    // Keyless: Sigstore signs as the job's identity; the bundle (certificate, Rekor entry) is the signature.
    // A dry-run does not sign: that would publish a Rekor entry.
    bundle = (await signKeyless(statement, signing.attest, signing.token)).bundle;
  }
  if (!key) effects.push(writeFileEffect("SHA256SUMS", sums, `write SHA256SUMS (${subjects.length} files)`));
  if (bundle !== undefined) effects.push(writeFileEffect(`${base}.sigstore.json`, `${JSON.stringify(bundle, null, 2)}\n`, `write the Sigstore bundle ${base}.sigstore.json`));

  const plan: Plan = {
    action: "capsule-sign",
    formatVersion: 1,
    observations: { version: release.version, commit: release.commit, artifacts: artifacts.map((artifact) => `${artifact.name}:${artifact.sha256}`), outDir: recordedPath(outDir, places) },
    effects,
  };
  const hash = planHash(plan);
  const evidencePath = join(outDir, `${base}.evidence.yaml`);
  const applied = await applyPlan(
    plan,
    { "write-file": writeFileHandler(new LocalFiles(outDir)), "write-bytes": writeBytesHandlerFor(outDir) },
    {
      dryRun: inputs.dryRun,
      reporter: ports.reporter,
      evidence: evidenceWriter(evidencePath, { plan, hash, head: release.commit, branch: undefined, decisions: [{ name: ".", next: release.version }], clock: ports.clock }),
    },
  );
  return {
    capsule,
    statement,
    files: {
      outDir,
      capsule: join(outDir, capsuleName),
      envelope: key ? join(outDir, `${base}.dsse.json`) : null,
      bundle: join(outDir, `${base}.sigstore.json`),
      signatures: key ? [...artifacts, ...sbomDocuments].map((entry) => join(outDir, `${entry.name}.sig`)) : [],
      sums: join(outDir, "SHA256SUMS"),
      sumsSignature: key ? join(outDir, "SHA256SUMS.sig") : null,
      sboms: sbomDocuments.map((document) => join(outDir, document.name)),
    },
    mode: signing.mode,
    keyid: key?.keyid ?? null,
    algorithm: key?.algorithm ?? null,
    plan,
    planHash: hash,
    applied,
    evidencePath: inputs.dryRun ? null : evidencePath,
  };
}


function signatureEffect(name: string, signature: Buffer): Effect {
  return writeBytesEffect(name, signature, `write the detached signature ${name}`);
}

async function hashArtifacts(cwd: string, paths: readonly string[], key: SigningKey | undefined) {
  const seen = new Map<string, string>();
  const hashed = [];
  for (const path of paths) {
    const full = await existing(resolve(cwd, path), "artifact", path);
    const name = basename(full);
    checkAssetName(name, path);
    if (seen.has(name)) throw new ConfigurationError(`two artifacts have the name ${name} (${seen.get(name)} and ${path}); release assets and SHA256SUMS need distinct names`);
    seen.set(name, path);
    hashed.push({ name, path: full, ...(await hashAndSignFile(full, key)) });
  }
  return hashed;
}

async function existing(full: string, what: string, given: string): Promise<string> {
  let info;
  try {
    info = await stat(full);
  } catch {
    throw new ConfigurationError(`the ${what} ${given} does not exist (looked at ${full})`);
  }
  if (!info.isFile()) throw new ConfigurationError(`the ${what} ${given} is not a file`);
  return full;
}

async function readText(files: Files, path: string, what: string): Promise<string> {
  const text = await files.read(path);
  if (text === undefined) throw new ConfigurationError(`the ${what} ${path} does not exist`);
  return text;
}

async function projectName(files: Files, cwd: string): Promise<string> {
  const manifest = await files.read("package.json");
  if (manifest) {
    try {
      const name = (JSON.parse(manifest) as { name?: unknown }).name;
      if (typeof name === "string" && name !== "") return name;
    } catch {
      // a broken package.json only costs the capsule its project name
    }
  }
  return basename(cwd);
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) picked[key] = value[key];
  return picked;
}

