import { posix } from "node:path";
import { lockfileProblems } from "../lockfile/consistency.js";
import { readManifest, readNpmProject, hasLockfile, DEPENDENCY_FIELDS, type NpmProject } from "../lockfile/read.js";
import { shippedPackages, type ShippedPackage } from "../lockfile/tree.js";
import { judgeLicense, licenseText, type Declared, type Judgement, type LicensePolicy } from "../licenses/policy.js";
import type { LicensesConfig } from "../licenses/config.js";
import type { Files } from "../ports/index.js";
import type { GateContext, Rule, Verdict } from "./types.js";

const FAILING = new Set(["denied", "not-allowed", "unknown", "missing"]);

interface Judged {
  pkg: ShippedPackage;
  declared: Declared;
  judgement: Judgement;
}

/** The license a shipped package declares: the lockfile's record, else the installed package.json. */
async function declaredLicense(files: Files, project: NpmProject, pkg: ShippedPackage): Promise<Declared> {
  const locked = licenseText(pkg.entry);
  if (locked !== undefined) return { text: locked, source: posix.basename(project.lockfilePath) };
  const installedPath = posix.join(project.dir, pkg.location, "package.json");
  const installed = await readManifest(files, installedPath).catch(() => undefined);
  const text = licenseText(installed);
  if (text !== undefined) return { text, source: installedPath };
  return { text: undefined, source: installed ? `neither the lockfile nor ${installedPath} names one` : `the lockfile names none and ${pkg.location} is not installed` };
}

function policyRecord(policy: LicensePolicy) {
  return { allow: policy.allow ?? null, deny: policy.deny, exceptions: policy.exceptions.map((entry) => ({ package: entry.package, version: entry.version ?? "*", reason: entry.reason })) };
}

/** LIC-01: every package that ships (non-dev, from the lockfile) has a license the policy accepts. */
async function licenses(context: GateContext): Promise<Verdict> {
  const config = context.config.licenses;
  if (!config) return { status: "na", reason: "no license policy: set gates.licenses.allow and/or deny" };
  return evaluateLicenses(context.files, config);
}

/** LIC-01 on the npm project at the root of `files`. */
export async function evaluateLicenses(files: Files, config: LicensesConfig): Promise<Verdict> {
  const project = await readNpmProject(files, ".");
  if (project === undefined) return { status: "na", reason: "no package.json: no npm dependencies ship from this repository" };
  if (!hasLockfile(project)) {
    const declared = DEPENDENCY_FIELDS.filter((field) => field !== "devDependencies").flatMap((field) => Object.keys(project.manifest[field] ?? {}));
    if (declared.length === 0) return { status: "pass", reason: "package.json declares no dependency that ships", evidence: evidence(config.policy, "none", [], []) };
    return { status: "fail", reason: `package.json declares ${declared.length} dependenc${declared.length === 1 ? "y" : "ies"} that ship, but there is no package-lock.json to say which versions: run npm install and commit it`, location: { file: "package.json" } };
  }
  const problems = await lockfileProblems(files, project);
  if (problems.length > 0) {
    return { status: "fail", reason: `${project.lockfilePath} does not match package.json: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ""}`, location: { file: project.lockfilePath }, details: problems };
  }
  const tree = shippedPackages(project);
  if (tree.unresolved.length > 0) {
    return { status: "fail", reason: `${project.lockfilePath} cannot resolve ${tree.unresolved.length} dependenc${tree.unresolved.length === 1 ? "y" : "ies"}: ${tree.unresolved[0]}`, location: { file: project.lockfilePath }, details: tree.unresolved };
  }
  const judged: Judged[] = [];
  for (const pkg of tree.packages) {
    const declared = await declaredLicense(files, project, pkg);
    judged.push({ pkg, declared, judgement: judgeLicense(pkg, declared, config.policy) });
  }
  const failing = judged.filter((entry) => FAILING.has(entry.judgement.verdict));
  const record = evidence(config.policy, project.lockfilePath, judged, tree.roots);
  if (failing.length > 0) {
    const lines = failing.map(({ pkg, declared, judgement }) => `${pkg.name}@${pkg.version}: ${declared.text ?? "no license"} — ${judgement.verdict}: ${judgement.detail}; pulled in by ${pkg.path.join(" > ")}`);
    return {
      status: "fail",
      reason: `${failing.length} of ${judged.length} shipped packages break the license policy: ${lines.slice(0, 3).join(" | ")}${failing.length > 3 ? " | …" : ""}`,
      details: lines,
      ...(config.location ? { location: config.location } : {}),
      evidence: record,
    };
  }
  const excepted = judged.filter((entry) => entry.judgement.verdict === "excepted").length;
  return { status: "pass", reason: `the ${judged.length} packages that ship have licenses the policy accepts${excepted ? ` (${excepted} by exception)` : ""}`, evidence: record };
}

/** The `license_compliance` block of release_evidence.validation. */
function evidence(policy: LicensePolicy, lockfile: string, judged: readonly Judged[], roots: readonly string[]): Record<string, unknown> {
  const counts: Record<string, number> = {};
  for (const { declared } of judged) counts[declared.text ?? "(none)"] = (counts[declared.text ?? "(none)"] ?? 0) + 1;
  const entry = ({ pkg, declared, judgement }: Judged) => ({ package: pkg.name, version: pkg.version, license: declared.text ?? null, problem: judgement.verdict, detail: judgement.detail, path: pkg.path });
  return {
    license_compliance: {
      check: "LIC-01",
      policy: policyRecord(policy),
      lockfile,
      roots: [...roots],
      packages_checked: judged.length,
      licenses: Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b, "en"))),
      violations: judged.filter((item) => FAILING.has(item.judgement.verdict)).map(entry),
      exceptions_applied: judged.filter((item) => item.judgement.verdict === "excepted").map(entry),
    },
  };
}

export const licenseRules: Rule[] = [{ id: "LIC-01", title: "Licenses of shipped dependencies", needsForge: false, evaluate: licenses }];
