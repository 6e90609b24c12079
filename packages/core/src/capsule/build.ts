import type { Capsule, CapsuleKind, CapsuleNotes, CapsuleSbom, CompatibilityRule } from "./types.js";

export interface CapsuleFacts {
  kind: CapsuleKind;
  project: string;
  version: string;
  commit: string;
  createdAt: Date;
  stateVersion: string;
  compatibility: CompatibilityRule[];
  artifacts: Capsule["artifacts"];
  plans: Capsule["plans"];
  evidence: Capsule["evidence"];
  /** The changelog's entries for this version. */
  changes: string[];
  notes: CapsuleNotes;
  sbom?: CapsuleSbom;
}

const TITLES: Record<CapsuleKind, string> = { "PRE-RELEASE": "Pre-release", RELEASE: "Release", "POST-RELEASE": "Post-release" };

const PURPOSES: Record<CapsuleKind, string> = {
  "PRE-RELEASE": "Record the state and decisions before the release",
  RELEASE: "Document release state, decisions, and configuration",
  "POST-RELEASE": "Record post-release monitoring, issues and follow-ups",
};

const STATUS: Record<CapsuleKind, string> = {
  "PRE-RELEASE": "Release candidate being prepared",
  RELEASE: "Released",
  "POST-RELEASE": "In post-release monitoring",
};

/** Builds the capsule from the release's facts and the user's notes: a pure function. */
export function buildCapsule(facts: CapsuleFacts): Capsule {
  const context = [
    `Project: ${facts.project} ${facts.version}`,
    `Status: ${STATUS[facts.kind]}`,
    `Commit: ${facts.commit}`,
    `State Version: ${facts.stateVersion}`,
    `Artifacts: ${facts.artifacts.length === 0 ? "none" : facts.artifacts.map((artifact) => artifact.name).join(", ")}`,
    ...facts.changes.map((change) => `Change: ${change}`),
    ...facts.notes.context,
  ];
  return {
    state_version: facts.stateVersion,
    kind: facts.kind,
    chat: facts.notes.chat ?? `${facts.project} v${facts.version} ${TITLES[facts.kind]}`,
    purpose: facts.notes.purpose ?? PURPOSES[facts.kind],
    context,
    decisions: [...facts.notes.decisions],
    open_threads: [...facts.notes.open_threads],
    next_chat_bootstrap: [...facts.notes.next_chat_bootstrap],
    release: { version: facts.version, commit: facts.commit, created_at: facts.createdAt.toISOString() },
    artifacts: facts.artifacts.map((artifact) => ({ ...artifact })),
    plans: facts.plans.map((plan) => ({ ...plan })),
    evidence: facts.evidence.map((entry) => ({ ...entry })),
    compatibility: facts.compatibility.map((rule) => ({ ...rule })),
    ...(facts.sbom ? { sbom: { ...facts.sbom, documents: facts.sbom.documents.map((document) => ({ ...document })) } } : {}),
  };
}

/** The capsule's file name: `capsule-release-1.2.3.yaml`. */
export function capsuleBaseName(kind: CapsuleKind, version: string): string {
  return `capsule-${kind.toLowerCase()}-${version}`;
}
