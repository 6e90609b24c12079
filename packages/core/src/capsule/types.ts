export const CAPSULE_KINDS = ["PRE-RELEASE", "RELEASE", "POST-RELEASE"] as const;
export type CapsuleKind = (typeof CAPSULE_KINDS)[number];

export type CompatibilityMode = "full" | "read-only" | "migration";

/** One row of the compatibility matrix: releases in `release` (a SemVer range) read `state` in `mode`. */
export interface CompatibilityRule {
  release: string;
  state: string;
  mode: CompatibilityMode;
}

/**
 * A release state capsule: seed 000's fields for people (chat … next_chat_bootstrap), then the
 * machine fields. Field names are the YAML's, snake_case as in the seed.
 */
export interface Capsule {
  state_version: string;
  kind: CapsuleKind;
  chat: string;
  purpose: string;
  context: Lines;
  decisions: Lines;
  open_threads: Lines;
  next_chat_bootstrap: Lines;
  release: { version: string; commit: string; created_at: string };
  artifacts: Array<{ name: string; sha256: string; size: number }>;
  plans: Array<{ action: string; plan_hash: string }>;
  evidence: Array<{ name: string; sha256: string }>;
  compatibility: CompatibilityRule[];
  /** The release's SBOMs (signed as subjects beside the artifacts), or why there are none. Absent in capsules signed before SBOMs. */
  sbom?: CapsuleSbom;
}

export interface CapsuleSbom {
  status: "generated" | "not-applicable";
  reason?: string;
  documents: Array<{ name: string; format: string; package: string; components: number; sha256: string }>;
}

/** A section of lines, or (when configured sensitive) those lines encrypted with age for named recipients. */
export type Lines = string[] | SealedSection;

export interface SealedSection {
  encrypted: {
    format: "age";
    /** The names from capsule.recipients it was encrypted for. */
    recipients: string[];
    /** The age file of the section's JSON, ASCII-armored. */
    ciphertext: string;
  };
}

/** What the user says about a release: the parts of a capsule no tool can infer. */
export interface CapsuleNotes {
  chat?: string;
  purpose?: string;
  context: string[];
  decisions: string[];
  open_threads: string[];
  next_chat_bootstrap: string[];
}

export function isCapsuleKind(value: string): value is CapsuleKind {
  return (CAPSULE_KINDS as readonly string[]).includes(value);
}
