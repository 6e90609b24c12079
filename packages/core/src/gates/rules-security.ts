import { ForgeError } from "../forge/errors.js";
import type { Severity } from "./config.js";
import type { GateContext, Rule, Verdict } from "./types.js";

/** npm says "moderate" where GitHub says "medium"; both rank the same. */
const RANK: Record<string, number> = { info: 0, low: 1, moderate: 2, medium: 2, high: 3, critical: 4 };

interface Finding {
  source: "npm audit" | "Dependabot";
  name: string;
  severity: string;
}

interface AuditOutcome {
  findings: Finding[];
  note: string;
  error?: string;
}

async function npmAudit(context: GateContext): Promise<AuditOutcome | undefined> {
  const mode = context.config.security.audit;
  if (mode === false) return undefined;
  if (mode === "auto") {
    const lock = (await context.files.read("package-lock.json")) ?? (await context.files.read("npm-shrinkwrap.json"));
    if (lock === undefined) return undefined;
  }
  let result;
  try {
    result = await context.commands.run("npm", ["audit", "--json"], { cwd: context.git.cwd });
  } catch (error) {
    return { findings: [], note: "", error: `could not run npm audit: ${error instanceof Error ? error.message : String(error)}` };
  }
  let report: { vulnerabilities?: Record<string, { severity?: string }>; error?: { summary?: string } };
  try {
    report = JSON.parse(result.stdout) as typeof report;
  } catch {
    const said = (result.stderr || result.stdout).trim().split("\n").slice(-1)[0] ?? "";
    return { findings: [], note: "", error: `npm audit did not print JSON (exit code ${result.exitCode}): ${said.slice(0, 200)}` };
  }
  if (report.error) return { findings: [], note: "", error: `npm audit failed: ${report.error.summary ?? "unknown error"}` };
  const findings = Object.entries(report.vulnerabilities ?? {}).map(([name, entry]) => ({ source: "npm audit" as const, name, severity: entry.severity ?? "info" }));
  return { findings, note: `npm audit: ${findings.length} vulnerable package${findings.length === 1 ? "" : "s"}` };
}

async function dependabot(context: GateContext): Promise<AuditOutcome | undefined> {
  if (!context.forge || !context.config.security.dependabot) return undefined;
  try {
    const alerts = await context.forge.vulnerabilityAlerts();
    return { findings: alerts.map((alert) => ({ source: "Dependabot" as const, name: `${alert.packageName} (${alert.id})`, severity: alert.severity })), note: `Dependabot: ${alerts.length} open alert${alerts.length === 1 ? "" : "s"}` };
  } catch (error) {
    // A token without access to alerts is common (GITHUB_TOKEN); npm audit still stands.
    if (error instanceof ForgeError && (error.status === 403 || error.status === 404)) return { findings: [], note: `Dependabot alerts not read: ${error.message}` };
    throw error;
  }
}

/** RL-06: no known vulnerability at or above the configured severity (npm audit, Dependabot alerts). */
async function vulnerabilities(context: GateContext): Promise<Verdict> {
  const threshold: Severity = context.config.security.severity;
  const outcomes = [await npmAudit(context), await dependabot(context)].filter((outcome): outcome is AuditOutcome => outcome !== undefined);
  if (outcomes.length === 0) {
    return { status: "na", reason: `nothing to audit: no npm lockfile${context.forge ? " and Dependabot alerts are disabled in gates.security" : ` and ${context.noForgeReason} for Dependabot alerts`}` };
  }
  const errors = outcomes.flatMap((outcome) => (outcome.error ? [outcome.error] : []));
  if (errors.length > 0) return { status: "fail", reason: errors.join("; ") };
  const blocking = outcomes.flatMap((outcome) => outcome.findings).filter((finding) => (RANK[finding.severity] ?? 0) >= RANK[threshold]!);
  const notes = outcomes.map((outcome) => outcome.note).join("; ");
  if (blocking.length > 0) {
    return {
      status: "fail",
      reason: `${blocking.length} known vulnerabilit${blocking.length === 1 ? "y" : "ies"} at or above ${threshold}: ${blocking.slice(0, 5).map((finding) => `${finding.name} (${finding.severity})`).join(", ")}${blocking.length > 5 ? ", …" : ""}`,
      details: blocking.map((finding) => `${finding.source}: ${finding.name} — ${finding.severity}`),
    };
  }
  return { status: "pass", reason: `no known vulnerability at or above ${threshold} (${notes})` };
}

export const securityRules: Rule[] = [{ id: "RL-06", title: "No known vulnerabilities", needsForge: false, evaluate: vulnerabilities }];
