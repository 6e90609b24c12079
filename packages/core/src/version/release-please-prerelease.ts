import semver from "semver";
import type { BumpLevel } from "./types.js";

/** release-please's `versioning: prerelease` strategy, as its configuration sets it. */
export interface ReleasePleasePrerelease {
  /** `prerelease: true`: release pre-releases; otherwise the strategy's version loses its pre-release part. */
  prerelease: boolean;
  /** `prerelease-type` (`beta`, `rc`): the pre-release part a new pre-release starts with. */
  type?: string;
}

/** The last run of digits in a pre-release part (`beta01-02` → `02`). */
const LAST_NUMBER = /(\d+)(?=\D*$)/;

/**
 * The pre-release part one step on: its last number incremented, zero padding kept
 * (`beta.1` → `beta.2`, `beta09` → `beta10`, `beta01-01` → `beta01-02`); without a number, `.1`
 * appended (`beta` → `beta.1`).
 */
export function nextPrereleasePart(part: string): string {
  const match = LAST_NUMBER.exec(part);
  if (!match) return `${part}.1`;
  const next = String(Number(match[1]) + 1).padStart(match[1]!.length, "0");
  return part.slice(0, match.index) + next + part.slice(match.index + match[1]!.length);
}

/**
 * The next version under release-please's pre-release strategy, from the last release (stable or
 * not) and the level the commits ask for (after the 0.x adjustment):
 *
 * - from a pre-release, a change that fits in its version counts the pre-release on
 *   (`1.3.0-beta.2` + fix or feature → `1.3.0-beta.3`; `2.0.0-rc.1` + breaking → `2.0.0-rc.2`);
 *   a larger one moves the version and keeps the pre-release part (`1.2.4-beta.2` + feature →
 *   `1.3.0-beta.2`, as release-please does);
 * - from a stable version, the bumped version with the configured type (`1.2.3` + fix and type
 *   `beta` → `1.2.4-beta`; no type, no pre-release part);
 * - without `prerelease: true`, that version's pre-release part is dropped (`1.3.0-beta.2` + fix →
 *   `1.3.0`: the pre-release is promoted).
 */
export function releasePleasePrereleaseNext(previous: string, level: Exclude<BumpLevel, "none">, strategy: ReleasePleasePrerelease): string {
  const version = semver.parse(previous);
  if (!version) throw new Error(`not a version: ${previous}`);
  const part = version.prerelease.join(".");
  const { major, minor, patch } = version;
  let core: [number, number, number];
  let pre: string | undefined;
  if (part !== "") {
    const fits = level === "patch" || (level === "minor" && patch === 0) || (level === "major" && minor === 0 && patch === 0);
    if (fits) {
      core = [major, minor, patch];
      pre = nextPrereleasePart(part);
    } else {
      core = level === "major" ? [major + 1, 0, 0] : [major, minor + 1, 0];
      pre = part;
    }
  } else {
    core = level === "major" ? [major + 1, 0, 0] : level === "minor" ? [major, minor + 1, 0] : [major, minor, patch + 1];
    pre = strategy.type;
  }
  const plain = core.join(".");
  return strategy.prerelease && pre ? `${plain}-${pre}` : plain;
}
