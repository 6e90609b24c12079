import { yamlModule } from "../config/yaml-module.js";
import { ConfigurationError } from "../errors/index.js";

export type CheckStatus = "pass" | "fail" | "na";

/** The seed's pre-release checklist (seed 001, RL-01..RL-08). */
export const RELEASE_CHECKLIST: ReadonlyArray<{ id: string; check: string; validation: string; required: "yes" | "major" }> = [
  { id: "RL-01", check: "All PRs merged", validation: "No open PRs for release", required: "yes" },
  { id: "RL-02", check: "Gates pass", validation: "G-REL gate passes", required: "yes" },
  { id: "RL-03", check: "Changelog updated", validation: "CHANGELOG.md current", required: "yes" },
  { id: "RL-04", check: "Version bumped", validation: "Version in manifest", required: "yes" },
  { id: "RL-05", check: "Documentation updated", validation: "Docs match release", required: "yes" },
  { id: "RL-06", check: "Security review", validation: "No known vulnerabilities", required: "yes" },
  { id: "RL-07", check: "Rollback tested", validation: "Rollback procedure verified", required: "major" },
  { id: "RL-08", check: "Release notes drafted", validation: "Notes ready for review", required: "yes" },
];

export interface GateEvidence {
  path: string;
  version?: string;
  statuses: Map<string, CheckStatus>;
  /** gate-check's reason per check, when it gave one. */
  reasons: Map<string, string>;
}

/**
 * Reads gate-check's `release_evidence` record and takes its checklist, which the seed places at
 * `validation.checklist` (a top-level `checklist` is accepted too).
 */
export async function readGateEvidence(path: string, text: string): Promise<GateEvidence> {
  const { parse } = await yamlModule();
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new ConfigurationError(`the evidence file is not valid YAML: ${(error as Error).message.split("\n")[0]}`, { file: path });
  }
  const evidence = (document as { release_evidence?: Record<string, unknown> } | null)?.release_evidence;
  if (!evidence || typeof evidence !== "object") throw new ConfigurationError("the evidence file has no release_evidence record (expected gate-check's output)", { file: path });
  const validation = evidence.validation as { checklist?: unknown } | undefined;
  const checklist = validation?.checklist ?? evidence.checklist;
  if (!Array.isArray(checklist)) throw new ConfigurationError("release_evidence has no checklist (expected validation.checklist: [{check: RL-01, status: pass}, ...])", { file: path });
  const statuses = new Map<string, CheckStatus>();
  const reasons = new Map<string, string>();
  checklist.forEach((item, index) => {
    const entry = item as { check?: unknown; status?: unknown; reason?: unknown };
    const status = String(entry.status ?? "").toLowerCase();
    if (typeof entry.check !== "string" || !["pass", "fail", "na"].includes(status)) {
      throw new ConfigurationError(`checklist[${index}] must be {check: RL-0N, status: pass|fail|na}`, { file: path });
    }
    statuses.set(entry.check.toUpperCase(), status as CheckStatus);
    if (typeof entry.reason === "string" && entry.reason.trim() !== "") reasons.set(entry.check.toUpperCase(), entry.reason.trim());
  });
  return { path, ...(typeof evidence.version === "string" ? { version: evidence.version } : {}), statuses, reasons };
}

/** release-readiness-checklist.md: the checklist, filled from the evidence when there is some. */
export function renderReadinessChecklist(version: string, releaseType: string, evidence: GateEvidence | undefined): string {
  const lines = [`# Release Readiness Checklist: ${version}`, ""];
  if (evidence) lines.push(`Filled from the gate-check evidence \`${evidence.path}\`.`);
  else lines.push("No gate-check evidence was given: every item is unchecked until gate-check has run.");
  lines.push("", "| ID | Check | Validation | Required | Status |", "|---|---|---|---|---|");
  const required = (item: (typeof RELEASE_CHECKLIST)[number]) => item.required === "yes" || releaseType === "major";
  for (const item of RELEASE_CHECKLIST) {
    const status = evidence?.statuses.get(item.id);
    lines.push(`| ${item.id} | ${item.check} | ${item.validation} | ${item.required === "yes" ? "Yes" : "Major only"} | ${status ?? "pending"} |`);
  }
  lines.push("");
  for (const item of RELEASE_CHECKLIST) {
    const status = evidence?.statuses.get(item.id);
    const mark = status === "pass" ? "x" : " ";
    const reason = evidence?.reasons.get(item.id);
    lines.push(`- [${mark}] ${item.id}: ${item.check}${status === "fail" ? " — **FAILED**" : status === "na" ? " — not applicable" : ""}${reason ? ` (${reason.replace(/\s+/g, " ")})` : ""}`);
  }
  // gate-check also reports checks beyond the seed's list (coverage, commands, calendar).
  const others = [...(evidence?.statuses ?? [])].filter(([id]) => !RELEASE_CHECKLIST.some((item) => item.id === id));
  if (others.length > 0) {
    lines.push("", "Other gate checks:", "");
    for (const [id, status] of others) lines.push(`- [${status === "pass" ? "x" : " "}] ${id}: ${status}${evidence?.reasons.get(id) ? ` (${evidence.reasons.get(id)!.replace(/\s+/g, " ")})` : ""}`);
  }
  const failed = RELEASE_CHECKLIST.filter((item) => required(item) && evidence?.statuses.get(item.id) === "fail");
  const missing = RELEASE_CHECKLIST.filter((item) => required(item) && !evidence?.statuses.has(item.id));
  const decision = !evidence ? "PENDING (no evidence yet)" : failed.length > 0 ? `NO-GO (failed: ${failed.map((item) => item.id).join(", ")})` : missing.length > 0 ? `PENDING (not yet checked: ${missing.map((item) => item.id).join(", ")})` : "GO";
  lines.push("", `**Decision**: ${decision}`, "");
  return lines.join("\n");
}

export interface RollbackContext {
  version: string;
  tag: string;
  previousVersion?: string;
  previousTag?: string;
  channels: readonly string[];
  commands: readonly string[];
}

const DEFAULT_COMMANDS = [
  "# Roll forward: tag a new patch from the last good version (seed 004)",
  "git checkout -b rollback/{version} {previous_tag}",
  "# or undo the release's commits on the release branch",
  "git revert --no-edit {previous_tag}..{tag}",
];

function fill(line: string, context: RollbackContext): string {
  return line
    .replaceAll("{version}", context.version)
    .replaceAll("{tag}", context.tag)
    .replaceAll("{previous}", context.previousVersion ?? "(none)")
    .replaceAll("{previous_tag}", context.previousTag ?? "(none)");
}

/** rollback-procedures.md: where to roll back to, through which channels, with which commands. */
export function renderRollbackProcedures(context: RollbackContext): string {
  const lines = [`# Rollback Procedures: ${context.version}`, ""];
  if (!context.previousVersion) {
    lines.push("This is the first release: there is no earlier version to roll back to. Rolling back means withdrawing it from every channel.", "");
  } else {
    lines.push(`- Roll back from: **${context.version}** (\`${context.tag}\`)`, `- Roll back to: **${context.previousVersion}** (\`${context.previousTag}\`)`, "");
  }
  lines.push("## Channels", "", ...(context.channels.length > 0 ? context.channels.map((channel) => `- ${channel}`) : ["- git tags and the GitHub release (no channels configured under changelog.record.rollback.channels)"]), "");
  const commands = context.commands.length > 0 ? context.commands : context.previousTag ? DEFAULT_COMMANDS : [];
  if (commands.length > 0) lines.push("## Commands", "", "```sh", ...commands.map((line) => fill(line, context)), "```", "");
  lines.push(
    "## Immediate rollback (RB-IMM)",
    "",
    "1. DETECT: confirm the severity and the impact.",
    "2. DECIDE: decide within five minutes and record the decision.",
    "3. EXECUTE: run the commands above; redeploy the previous artifacts.",
    "4. VERIFY: smoke tests pass and the issue is gone.",
    "5. COMMUNICATE: notify the incident channel and stakeholders.",
    "6. DOCUMENT: write the rollback evidence and the root cause.",
    "",
    "## Checklist",
    "",
    "- [ ] Issue documented with severity",
    "- [ ] Rollback decision approved",
    `- [ ] Previous version ${context.previousVersion ?? "(none)"} identified and available`,
    "- [ ] Backup of current state created",
    "- [ ] Rollback command executed",
    "- [ ] Smoke tests pass",
    "- [ ] Stakeholders updated",
    "- [ ] Evidence captured",
    "",
  );
  return lines.join("\n");
}
