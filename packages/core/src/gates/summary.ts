import { renderCalendarSummary } from "../calendar/run.js";
import type { GateCheckResult } from "./run.js";

const ICON = { pass: "✅ pass", fail: "❌ fail", na: "➖ n/a" } as const;

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** The step summary: verdict, a table of every check (check, result, why), details of failures, the calendar. */
export function renderGateCheckSummary(result: GateCheckResult): string {
  const lines = [`## gate-check: ${result.passed ? "passed" : "failed"}`, ""];
  lines.push(`Version **${result.version}** (${result.kind}), profile **${result.profile}**${result.requiresApproval ? ", requires a person's approval (route the release job through a protected environment)" : ""}.`, "");
  lines.push("| check | result | why |", "|---|---|---|");
  for (const check of result.results) lines.push(`| ${check.id} ${cell(check.title)} | ${ICON[check.status]}${check.required ? "" : " (optional)"} | ${cell(check.reason)} |`);
  const withDetails = result.results.filter((check) => check.status === "fail" && check.details && check.details.length > 0);
  for (const check of withDetails) {
    lines.push("", `<details><summary>${check.id}: ${cell(check.title)}</summary>`, "");
    for (const detail of check.details!.slice(0, 50)) lines.push(`- ${cell(detail)}`);
    lines.push("", "</details>");
  }
  if (result.breakGlass) lines.push("", `**Break-glass:** ${cell(result.breakGlass)} (recorded in the evidence).`);
  if (result.evidencePath) lines.push("", `Evidence: \`${result.evidencePath}\``);
  else lines.push("", "_Dry-run: no evidence was written._");
  if (result.calendar) lines.push("", renderCalendarSummary(result.calendar));
  return lines.join("\n");
}
