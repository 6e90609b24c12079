import type { BumpRule } from "../version/types.js";
import type { VersioningConfig } from "./types.js";

/**
 * The built-in rules, consulted for a commit only when no custom rule matched it.
 * Order does not matter among them: the highest level of all matching rules wins.
 */
export const DEFAULT_RULES: readonly BumpRule[] = [
  { breaking: true, release: "major" },
  { type: "feat", release: "minor" },
  { type: "fix", release: "patch" },
  { type: "perf", release: "patch" },
];

export const DEFAULT_RELEASE_COMMIT_MESSAGE = "chore(release): {version}";
export const DEFAULT_MARKER = "cadence:version";

export function defaultVersioning(): VersioningConfig {
  return {
    tagPrefix: "v",
    initialVersion: "1.0.0",
    preMajor: { breaking: "minor", feature: "minor" },
    rules: [],
    defaultRules: [...DEFAULT_RULES],
    bangIsBreaking: true,
    reverts: { cancelPairs: true, pairing: "lenient", lone: "patch" },
    minimumBump: "none",
    branches: [],
    buildMetadata: [],
    packages: [],
    releaseCommit: { enabled: false, message: DEFAULT_RELEASE_COMMIT_MESSAGE, include: ["CHANGELOG.md", "docs/releases"] },
  };
}
