import parse from "spdx-expression-parse";
import correct from "spdx-correct";
import semver from "semver";
import type { SourceLocation } from "../errors/index.js";
import type { LicenseException, LicensePolicy } from "./policy.js";

/** The `gates.licenses` section after checking. */
export interface LicensesConfig {
  policy: LicensePolicy;
  /** Where a value sits in the config file, for the gate's messages. */
  location?: SourceLocation;
}

type Problem = { text: string; location: SourceLocation | undefined };
type Locate = (...path: Array<string | number>) => SourceLocation | undefined;

/**
 * Reads `gates.licenses`: allow and deny lists of SPDX license ids and per-package exceptions.
 * An id SPDX does not know is reported at its line, with the id spdx-correct suggests.
 * Returns undefined when the section is absent: then there is no policy to check against.
 */
export function parseLicensesConfig(raw: unknown, at: Locate, problems: Problem[]): LicensesConfig | undefined {
  if (raw === undefined || raw === null) return undefined;
  const section = raw as { allow?: unknown; deny?: unknown; exceptions?: unknown };
  const ids = (key: "allow" | "deny"): string[] | undefined => {
    const value = section[key];
    if (value === undefined) return undefined;
    const list = Array.isArray(value) ? value : [value];
    return list.flatMap((entry, index) => {
      const text = String(entry).trim();
      const problem = licenseIdProblem(text);
      if (problem) {
        problems.push({ text: `gates.licenses.${key}[${index}]: ${problem}`, location: at("licenses", key, index) });
        return [];
      }
      return [text];
    });
  };
  const allow = ids("allow");
  const deny = ids("deny") ?? [];
  for (const id of deny) {
    if (allow?.includes(id)) problems.push({ text: `gates.licenses: ${id} is both allowed and denied`, location: at("licenses", "deny", deny.indexOf(id)) });
  }
  if (allow === undefined && deny.length === 0) problems.push({ text: "gates.licenses needs an allow list, a deny list, or both", location: at("licenses") });
  const exceptions: LicenseException[] = [];
  (Array.isArray(section.exceptions) ? section.exceptions : []).forEach((item: unknown, index) => {
    const entry = (item ?? {}) as { package?: unknown; version?: unknown; reason?: unknown };
    const name = typeof entry.package === "string" ? entry.package.trim() : "";
    const reason = typeof entry.reason === "string" ? entry.reason.trim() : "";
    if (name === "") problems.push({ text: `gates.licenses.exceptions[${index}].package must name an npm package`, location: at("licenses", "exceptions", index) });
    if (reason === "") problems.push({ text: `gates.licenses.exceptions[${index}].reason must say why the package is accepted (it goes into the evidence)`, location: at("licenses", "exceptions", index) });
    let version: string | undefined;
    if (entry.version !== undefined) {
      version = String(entry.version);
      if (semver.validRange(version) === null) problems.push({ text: `gates.licenses.exceptions[${index}].version '${version}' is not a SemVer range`, location: at("licenses", "exceptions", index, "version") });
    }
    exceptions.push({ package: name, ...(version !== undefined ? { version } : {}), reason });
  });
  const location = at("licenses");
  return { policy: { ...(allow !== undefined ? { allow } : {}), deny, exceptions }, ...(location ? { location } : {}) };
}

/** Why a policy entry is not one SPDX license id (with an optional WITH exception), or undefined. */
export function licenseIdProblem(text: string): string | undefined {
  let parsed: parse.Info;
  try {
    parsed = parse(text);
  } catch {
    const suggestion = correct(text);
    return `'${text}' is not an SPDX license id${suggestion && suggestion !== text ? `; did you mean ${suggestion}?` : " (see https://spdx.org/licenses/)"}`;
  }
  if ("conjunction" in parsed) return `'${text}' is an expression; list single license ids (the policy is matched against each package's expression)`;
  return undefined;
}
