import { renderPlan } from "../plan/plan.js";
import type { VersionBumpResult } from "./run.js";

const MAX_LISTED = 50;

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** The step summary: the decision per package, the commits that decided it and why, and the plan. */
export function renderVersionBumpSummary(result: VersionBumpResult): string {
  const lines: string[] = ["## version-bump", ""];
  lines.push("| package | previous | next | bump | commits |", "|---|---|---|---|---|");
  for (const decision of result.packages) {
    lines.push(`| ${cell(decision.name)} | ${decision.previous ?? "—"} | ${decision.next ?? "no release"} | ${decision.bump} | ${decision.commitCount} |`);
  }
  for (const decision of result.packages) {
    lines.push("");
    const title = result.packages.length > 1 ? `### ${decision.name}` : "### Why";
    lines.push(title, "");
    if (decision.override) lines.push(`The version was set by the ${decision.override}.`, "");
    if (decision.decisive.length === 0) {
      lines.push(decision.commitCount === 0 ? "No commits since the last release." : "No commit in the range asks for a release.");
    } else {
      lines.push(`The ${decision.level} bump comes from ${decision.decisive.length} commit${decision.decisive.length > 1 ? "s" : ""}:`, "");
      lines.push("| commit | header | rule |", "|---|---|---|");
      for (const verdict of decision.decisive.slice(0, MAX_LISTED)) {
        lines.push(`| \`${verdict.commit.raw.sha.slice(0, 7)}\` | ${cell(verdict.commit.header)} | ${cell(verdict.reason)} |`);
      }
      if (decision.decisive.length > MAX_LISTED) lines.push(`| … | ${decision.decisive.length - MAX_LISTED} more | |`);
    }
    if (decision.cancelledReverts.length > 0) {
      lines.push("", "Reverted pairs that cancel out:", "");
      for (const pair of decision.cancelledReverts) lines.push(`- \`${pair.revert.raw.sha.slice(0, 7)}\` ${cell(pair.revert.header)} ↔ \`${pair.reverted.raw.sha.slice(0, 7)}\` ${cell(pair.reverted.header)}`);
    }
  }
  lines.push("", renderPlan(result.plan, result.planHash));
  if (result.applied.dryRun) lines.push("", "_Dry-run: nothing was changed._");
  return lines.join("\n");
}
