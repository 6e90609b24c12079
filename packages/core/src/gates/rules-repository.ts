import picomatch from "picomatch";
import { parse } from "yaml";
import { releaseLabel, releasePath } from "../records/release-place.js";
import type { GateContext, Rule, Verdict } from "./types.js";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function lineWhere(text: string, test: (line: string) => boolean): number | undefined {
  const index = text.split("\n").findIndex(test);
  return index < 0 ? undefined : index + 1;
}

/**
 * RL-03: the changelog has a heading for the version (Keep a Changelog `## [1.2.3] - date`, or
 * `## v1.2.3`) with content under it; in a monorepo, for the package's version (`## [core@1.2.3]`).
 */
async function changelog(context: GateContext): Promise<Verdict> {
  const file = context.config.changelog;
  const text = await context.files.read(file);
  if (text === undefined) return { status: "fail", reason: `${file} does not exist`, location: { file } };
  const release = releaseLabel(context);
  const named = context.package === undefined ? "" : escape(`${context.package}@`);
  const heading = new RegExp(`^#{1,3}\\s+\\[?${named}v?${escape(context.version)}\\]?(?=$|[\\s(-])`);
  const lines = text.split("\n");
  const index = lines.findIndex((line) => heading.test(line.trim()));
  if (index < 0) return { status: "fail", reason: `${file} has no section for ${release} (expected a heading such as "## [${release}] - YYYY-MM-DD")`, location: { file, line: 1 } };
  const body = [];
  for (let next = index + 1; next < lines.length && !/^#{1,2}\s/.test(lines[next]!.trim()); next++) body.push(lines[next]!.trim());
  if (body.every((line) => line === "")) return { status: "fail", reason: `the ${release} section of ${file} is empty`, location: { file, line: index + 1 } };
  return { status: "pass", reason: `${file} has a section for ${release}`, location: { file, line: index + 1 } };
}

/** RL-04: each manifest that exists carries the version (JSON files in "version", others as text). */
async function manifests(context: GateContext): Promise<Verdict> {
  const found: string[] = [];
  const wrong: Verdict[] = [];
  for (const path of context.config.manifests) {
    const text = await context.files.read(path);
    if (text === undefined) continue;
    found.push(path);
    if (path.endsWith(".json")) {
      let version: unknown;
      try {
        version = (JSON.parse(text) as { version?: unknown }).version;
      } catch (error) {
        wrong.push({ status: "fail", reason: `${path} is not valid JSON: ${(error as Error).message}`, location: { file: path, line: 1 } });
        continue;
      }
      if (version !== context.version) {
        const line = lineWhere(text, (candidate) => /"version"\s*:/.test(candidate));
        wrong.push({ status: "fail", reason: `${path} says version ${JSON.stringify(version ?? null)}, not ${context.version}`, location: { file: path, ...(line ? { line } : {}) } });
      }
    } else if (!text.includes(context.version)) {
      wrong.push({ status: "fail", reason: `${path} does not mention ${context.version}`, location: { file: path, line: 1 } });
    }
  }
  if (found.length === 0) return { status: "na", reason: `none of the manifests exists (${context.config.manifests.join(", ") || "none configured"})` };
  if (wrong.length > 0) return { ...wrong[0]!, details: wrong.map((verdict) => verdict.reason) };
  return { status: "pass", reason: `${found.join(", ")} carr${found.length > 1 ? "y" : "ies"} ${context.version}` };
}

/** RL-05: some documentation changed since the last release. */
async function docs(context: GateContext): Promise<Verdict> {
  const patterns = context.config.docs;
  if (patterns.length === 0) return { status: "na", reason: "no documentation paths are configured (gates.docs)" };
  if (!context.previousTag) return { status: "pass", reason: "first release: there is no earlier release to compare the docs with" };
  const { stdout } = await context.git.run(["diff", "--name-only", "-z", `${context.previousTag}..HEAD`, "--"]);
  const isDoc = picomatch(patterns, { dot: true });
  const changed = stdout.split("\0").filter((path) => path && isDoc(path));
  if (changed.length === 0) return { status: "fail", reason: `no documentation (${patterns.join(", ")}) changed since ${context.previousTag}` };
  return { status: "pass", reason: `${changed.length} documentation file${changed.length > 1 ? "s" : ""} changed since ${context.previousTag}`, details: changed.slice(0, 20) };
}

interface Drill {
  file: string;
  at: Date;
  /** "1.5.1 → 1.5.0, a dry-run": what the record says was rehearsed. */
  what: string;
}

interface DrillRecord {
  drill?: unknown;
  versions?: { rolled_back_from?: unknown; rolled_back_to?: unknown };
  execution?: { executed_at?: unknown; decided_at?: unknown; dry_run?: unknown };
  verification?: { smoke_tests?: unknown };
}

/**
 * When the drill happened: an executed rollback's executed_at, or, for the rollback action's
 * drill (a dry-run of the candidate against the current release), when it was planned.
 */
function drillTime(evidence: DrillRecord): Date | undefined {
  const rehearsal = evidence.drill === true && evidence.execution?.dry_run === true;
  const value = evidence.execution?.executed_at ?? (rehearsal ? evidence.execution?.decided_at : undefined);
  const at = value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : undefined;
}

function drillWhat(evidence: DrillRecord): string {
  const { rolled_back_from: from, rolled_back_to: to } = evidence.versions ?? {};
  const versions = typeof from === "string" && typeof to === "string" ? `${from} → ${to}` : "";
  const dry = evidence.execution?.dry_run === true ? "a dry-run" : "";
  return [versions, dry].filter(Boolean).join(", ");
}

/** RL-07: a rollback drill (the seed's rollback_evidence record) within the configured number of days. */
async function rollbackDrill(context: GateContext): Promise<Verdict> {
  const { records, maxAgeDays } = context.config.rollbackDrill;
  const { stdout } = await context.git.run(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
  const isRecord = picomatch(records, { dot: true });
  const drills: Drill[] = [];
  for (const file of stdout.split("\0").filter((path) => path && isRecord(path))) {
    const text = await context.files.read(file);
    let record: { rollback_evidence?: DrillRecord } | undefined;
    try {
      record = parse(text ?? "") as typeof record;
    } catch {
      continue;
    }
    const evidence = record?.rollback_evidence;
    const at = evidence ? drillTime(evidence) : undefined;
    if (!evidence || !at || evidence.verification?.smoke_tests === "fail") continue;
    drills.push({ file, at, what: drillWhat(evidence) });
  }
  if (drills.length === 0) {
    return { status: "fail", reason: `no rollback drill is recorded (a rollback_evidence YAML with execution.executed_at, or a drill of the rollback action, in ${records})` };
  }
  const newest = drills.sort((a, b) => b.at.getTime() - a.at.getTime())[0]!;
  const age = Math.floor((context.clock.now().getTime() - newest.at.getTime()) / 86_400_000);
  const when = newest.at.toISOString().slice(0, 10);
  if (age > maxAgeDays) return { status: "fail", reason: `the last rollback drill was ${age} days ago (${when}); at most ${maxAgeDays} days are allowed`, location: { file: newest.file } };
  return { status: "pass", reason: `rollback drill on ${when} (${age} days ago${newest.what ? `; ${newest.what}` : ""})`, location: { file: newest.file } };
}

/** RL-08: release notes for the version are drafted in one of the configured places. */
async function releaseNotes(context: GateContext): Promise<Verdict> {
  const candidates = context.config.releaseNotes.map((template) => releasePath(template, context));
  for (const path of candidates) {
    const text = await context.files.read(path);
    if (text === undefined) continue;
    if (text.includes(context.version)) return { status: "pass", reason: `${path} is drafted for ${context.version}`, location: { file: path } };
    return { status: "fail", reason: `${path} exists but does not mention ${context.version}`, location: { file: path, line: 1 } };
  }
  return { status: "fail", reason: `no release notes found (looked for ${candidates.join(", ")})` };
}

export const repositoryRules: Rule[] = [
  { id: "RL-03", title: "Changelog updated", needsForge: false, evaluate: changelog },
  { id: "RL-04", title: "Version in manifests", needsForge: false, evaluate: manifests },
  { id: "RL-05", title: "Documentation updated", needsForge: false, evaluate: docs },
  { id: "RL-07", title: "Rollback drill recorded", needsForge: false, evaluate: rollbackDrill },
  { id: "RL-08", title: "Release notes drafted", needsForge: false, evaluate: releaseNotes },
];
