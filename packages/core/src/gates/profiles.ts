import type { ReleaseKind } from "../calendar/types.js";

/** Every built-in check. CUSTOM stands for all custom command gates; CAL for the calendar window. */
export const CHECK_IDS = ["RL-01", "RL-02", "RL-03", "RL-04", "RL-05", "RL-06", "RL-07", "RL-08", "LIC-01", "COV", "CUSTOM", "CAL"] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const PROFILE_NAMES = ["G-MRG", "G-REL", "G-REL+Human", "RC", "SEV-0", "SEV-1", "SEV-2", "SEV-3"] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export interface Profile {
  name: ProfileName;
  /** The checks that must pass; the others are reported na. */
  required: readonly CheckId[];
  /** A person must approve (through a GitHub Environment with required reviewers). */
  approval: boolean;
  description: string;
}

// LIC-01 is in every profile: a patch ships whatever dependency update it carries, and the check
// only reads the lockfile (it is na until a policy is configured).
const MERGE: readonly CheckId[] = ["RL-02", "RL-03", "RL-04", "RL-06", "LIC-01", "COV", "CUSTOM", "CAL"];
const RELEASE: readonly CheckId[] = ["RL-01", "RL-02", "RL-03", "RL-04", "RL-05", "RL-06", "RL-08", "LIC-01", "COV", "CUSTOM", "CAL"];
const EVERYTHING: readonly CheckId[] = CHECK_IDS;
// A candidate is built to be validated: its pull requests may still be open and its docs unfinished.
const CANDIDATE: readonly CheckId[] = ["RL-02", "RL-03", "RL-04", "RL-06", "RL-08", "COV", "CUSTOM", "CAL"];

/**
 * The seed's gates (001: G-MRG for patches, G-REL for minors, G-REL + Human for majors) and
 * SEV levels (003: SEV-0/1 run everything with a person's approval, SEV-2 the essentials,
 * SEV-3 the core), as one table.
 */
export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  "G-MRG": { name: "G-MRG", required: MERGE, approval: false, description: "patch: checks green, changelog, version, security" },
  "G-REL": { name: "G-REL", required: RELEASE, approval: false, description: "minor: the release checklist without the rollback drill" },
  "G-REL+Human": { name: "G-REL+Human", required: EVERYTHING, approval: true, description: "major: every check, a rollback drill, and a person's approval" },
  RC: { name: "RC", required: CANDIDATE, approval: false, description: "release candidate: checks green, changelog, version, security, notes; open PRs and docs may still change" },
  "SEV-0": { name: "SEV-0", required: EVERYTHING, approval: true, description: "critical system release: every check and approval" },
  "SEV-1": { name: "SEV-1", required: EVERYTHING, approval: true, description: "high impact: every check and approval" },
  "SEV-2": { name: "SEV-2", required: RELEASE, approval: false, description: "moderate impact: the essential checks" },
  "SEV-3": { name: "SEV-3", required: MERGE, approval: false, description: "low impact: the core checks" },
};

/** "g-rel + human", "sev0", "SEV-2" → the canonical name, or undefined. */
export function normalizeProfile(text: string): ProfileName | undefined {
  const squeezed = text.replace(/\s+/g, "").toUpperCase().replace(/^SEV(\d)$/, "SEV-$1");
  return PROFILE_NAMES.find((name) => name.toUpperCase() === squeezed);
}

/** The profile a release gets when nobody names one: RC for a pre-release, else by the size of the release. */
export function profileForKind(kind: ReleaseKind, prerelease = false): ProfileName {
  if (prerelease) return "RC";
  return kind === "major" ? "G-REL+Human" : kind === "minor" ? "G-REL" : "G-MRG";
}
