import parse from "spdx-expression-parse";
import satisfies from "spdx-satisfies";
import semver from "semver";

/**
 * SPDX expressions are read by spdx-expression-parse and allow lists checked by spdx-satisfies
 * (both from the jslicense project, the parser npm itself uses for package.json): they know the
 * SPDX license list, `+`/`-or-later` ranges, `WITH` exceptions and `LicenseRef-` ids.
 */

export interface LicenseException {
  package: string;
  /** A SemVer range; absent: every version. */
  version?: string;
  reason: string;
}

export interface LicensePolicy {
  /** Absent: every license not denied is allowed. */
  allow?: string[];
  deny: string[];
  exceptions: LicenseException[];
}

/** What a package declares: the license text, or nothing. */
export type Declared = { text: string; source: string } | { text: undefined; source: string };

export type Judgement =
  | { verdict: "allowed"; detail: string }
  | { verdict: "excepted"; detail: string; exception: LicenseException }
  | { verdict: "denied" | "not-allowed" | "unknown" | "missing"; detail: string };

interface Term {
  license: string;
  plus?: true | undefined;
  exception?: string | undefined;
}
type Node = parse.Info;

/** The expression as alternatives (OR) of license sets (AND): `(A OR B) AND C` → [[A, C], [B, C]]. */
function choices(node: Node): Term[][] {
  if (!("conjunction" in node)) return [[node]];
  const left = choices(node.left);
  const right = choices(node.right);
  if (node.conjunction === "or") return [...left, ...right];
  return left.flatMap((l) => right.map((r) => [...l, ...r]));
}

function termText(term: Term): string {
  return `${term.license}${term.plus ? "+" : ""}${term.exception ? ` WITH ${term.exception}` : ""}`;
}

/** A license id without its version-range spelling: GPL-3.0-only, GPL-3.0-or-later and GPL-3.0+ are all GPL-3.0. */
function family(license: string): string {
  return license.replace(/-(only|or-later)$/, "").replace(/\+$/, "");
}

/**
 * A deny entry matches a term of the same license, whatever its -only/-or-later/+ spelling; an
 * entry with `WITH` matches only that exception, one without matches every exception.
 */
function deniedBy(term: Term, deny: readonly string[]): string | undefined {
  return deny.find((entry) => {
    const denied = parse(entry) as Term;
    return family(denied.license) === family(term.license) && (denied.exception === undefined || denied.exception === term.exception);
  });
}

/** Judges one package's declared license against the policy. */
export function judgeLicense(pkg: { name: string; version: string }, declared: Declared, policy: LicensePolicy): Judgement {
  const exception = policy.exceptions.find((entry) => entry.package === pkg.name && (entry.version === undefined || semver.satisfies(pkg.version, entry.version, { includePrerelease: true })));
  const plain = judgeText(declared, policy);
  if (exception && plain.verdict !== "allowed") return { verdict: "excepted", detail: `${plain.detail}; accepted by an exception: ${exception.reason}`, exception };
  return plain;
}

function judgeText(declared: Declared, policy: LicensePolicy): Judgement {
  if (declared.text === undefined) return { verdict: "missing", detail: `no license declared (${declared.source})` };
  const text = declared.text.trim();
  if (text === "UNLICENSED") return { verdict: "unknown", detail: "UNLICENSED: the author grants no license to use it" };
  if (/^SEE LICEN[CS]E IN /i.test(text)) return { verdict: "unknown", detail: `a custom license (${text}), not an SPDX expression` };
  let tree: Node;
  try {
    tree = parse(text);
  } catch {
    return { verdict: "unknown", detail: `'${text}' is not an SPDX license expression` };
  }
  const reasons: string[] = [];
  for (const choice of choices(tree)) {
    const denied = choice.map((term) => ({ term, by: deniedBy(term, policy.deny) })).filter((entry) => entry.by !== undefined);
    if (denied.length > 0) {
      reasons.push(denied.map((entry) => `${termText(entry.term)} is denied${entry.by === termText(entry.term) ? "" : ` (by ${entry.by})`}`).join(", "));
      continue;
    }
    const expression = choice.map(termText).join(" AND ");
    if (policy.allow === undefined || satisfies(expression, policy.allow)) return { verdict: "allowed", detail: `${text} is allowed${choice.length > 1 || choices(tree).length > 1 ? ` (as ${expression})` : ""}` };
    reasons.push(`${expression} is not in the allow list`);
  }
  const deniedOnly = reasons.every((reason) => reason.includes(" is denied"));
  return { verdict: deniedOnly ? "denied" : "not-allowed", detail: `${text}: ${[...new Set(reasons)].join("; ")}` };
}

/** The text of package.json's `license` (or the old `licenses` list, read as alternatives, as npm does). */
export function licenseText(manifest: { license?: unknown; licenses?: unknown } | undefined): string | undefined {
  if (!manifest) return undefined;
  const license = manifest.license;
  if (typeof license === "string" && license.trim() !== "") return license.trim();
  if (license && typeof license === "object" && typeof (license as { type?: unknown }).type === "string") return (license as { type: string }).type;
  if (Array.isArray(manifest.licenses)) {
    const types = manifest.licenses.map((entry: unknown) => (typeof entry === "string" ? entry : (entry as { type?: unknown })?.type)).filter((type): type is string => typeof type === "string" && type !== "");
    if (types.length > 0) return types.length === 1 ? types[0] : `(${types.join(" OR ")})`;
  }
  return undefined;
}
