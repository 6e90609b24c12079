import { renderPlan } from "../plan/plan.js";
import { rowsAfter } from "./evidence.js";
import type { RollbackResult } from "./run.js";

/** The action's outputs and the CLI's JSON share this one shape. */
export function rollbackOutputs(result: RollbackResult) {
  const { facts, planned, applied } = result;
  const decision = facts.decision;
  return {
    mode: facts.mode,
    from: facts.from.version,
    to: facts.to.version,
    fromTag: facts.from.tag,
    toTag: facts.to.tag,
    type: decision.type,
    recommendedType: decision.recommended,
    approval: decision.approver,
    approvalRequired: decision.approvalRequired,
    decision: decision.reason,
    rollForward: planned.rollsForward ? facts.rollForward!.version : null,
    rollForwardReasons: planned.rollForwardReasons,
    compatibility: { fromState: facts.compatibility.fromState, toState: facts.compatibility.toState, mode: facts.compatibility.mode },
    planHash: result.planHash,
    dryRun: applied.dryRun,
    effects: applied.outcomes.map((outcome) => ({ id: outcome.id, kind: outcome.kind, status: outcome.status, summary: outcome.summary, ...(outcome.error ? { error: outcome.error } : {}) })),
    /** Effects found already done: what an earlier (crashed) run had finished. */
    skipped: applied.outcomes.filter((outcome) => outcome.status === "skipped").map((outcome) => outcome.id),
    channels: rowsAfter(planned.rows, applied.outcomes).map(({ channel, item, before, after, status }) => ({ channel, item, before, after, status })),
    notes: planned.notes,
    smokeTests: result.smoke.status,
    evidencePath: result.evidencePath,
  };
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Markdown for the step summary: the decision, the plan, and a before/after table per channel. */
export function renderRollbackSummary(result: RollbackResult): string {
  const outputs = rollbackOutputs(result);
  const verb = outputs.mode === "undo" ? "undo the rollback of" : "rollback";
  const lines = [`### ${verb} ${outputs.fromTag} → ${outputs.toTag}${outputs.dryRun ? " (dry-run: nothing changed)" : ""}`, ""];
  lines.push(`- Type: **${outputs.type}**. ${outputs.decision}.`);
  lines.push(`- Approval: ${outputs.approvalRequired ? `required (${outputs.approval ?? "someone who may approve rollbacks"})` : "after the fact"}.`);
  const compat = outputs.compatibility;
  lines.push(`- State: ${compat.fromState ? `${outputs.to} reads ${compat.fromState} (${compat.mode ?? "no rule"}), the state ${outputs.from} wrote` : "no state capsule to check"}.`);
  if (outputs.rollForward) lines.push(`- Roll-forward to **${outputs.rollForward}**: ${outputs.rollForwardReasons.join("; ") || "asked for"}.`);
  for (const note of outputs.notes) lines.push(`- ${note}`);
  lines.push("", renderPlan(result.planned.plan, result.planHash), "");
  const channels = [...new Set(outputs.channels.map((row) => row.channel))];
  for (const channel of channels) {
    lines.push(`#### ${channel}`, "", "| | before | after | |", "|---|---|---|---|");
    for (const row of outputs.channels.filter((candidate) => candidate.channel === channel)) {
      const status = row.status === "skipped" ? "already done" : row.status;
      lines.push(`| ${cell(row.item)} | ${cell(row.before)} | ${cell(row.after)} | ${status} |`);
    }
    lines.push("");
  }
  if (!outputs.dryRun && outputs.smokeTests !== "not-run") lines.push(`Smoke test: **${outputs.smokeTests}**.`, "");
  if (outputs.evidencePath) lines.push(`Evidence: \`${outputs.evidencePath}\``);
  return lines.join("\n");
}
