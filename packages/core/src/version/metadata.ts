import semver from "semver";
import { ConfigurationError } from "../errors/index.js";

/**
 * Reads a version a person typed. The seed writes build metadata with several `+` signs
 * (`1.2.3+state-v2+prompts-v17`), which SemVer 2.0 does not allow; that form is accepted and
 * written the valid way, with dots (`1.2.3+state-v2.prompts-v17`).
 */
export function normalizeVersionInput(text: string, where: string): string {
  const trimmed = text.trim().replace(/^v(?=\d)/, "");
  const plus = trimmed.indexOf("+");
  const normalized = plus === -1 ? trimmed : `${trimmed.slice(0, plus)}+${trimmed.slice(plus + 1).split("+").join(".")}`;
  const valid = semver.valid(normalized);
  if (!valid) throw new ConfigurationError(`${where}: '${text}' is not a SemVer version (expected MAJOR.MINOR.PATCH, e.g. 1.4.0 or 2.0.0-rc.1)`);
  // semver.valid drops build metadata; keep what the user wrote after '+'.
  return plus === -1 ? valid : normalized;
}

/** Appends build metadata identifiers (`state-v2`, `prompts-v17`) to a version. */
export function withBuildMetadata(version: string, identifiers: readonly string[]): string {
  if (identifiers.length === 0) return version;
  const [core, existing] = version.split("+", 2) as [string, string | undefined];
  const all = [...(existing ? existing.split(".") : []), ...identifiers];
  return `${core}+${all.join(".")}`;
}
