import type { GateCheckResult } from "./run.js";

/** The action's outputs and the CLI's --json share this shape. */
export function gateCheckOutputs(result: GateCheckResult) {
  return {
    passed: result.passed,
    failed: result.results.filter((check) => check.status === "fail").map((check) => ({ id: check.id, reason: check.reason, required: check.required })),
    requiresApproval: result.requiresApproval,
    profile: result.profile,
    version: result.version,
    kind: result.kind,
    evidencePath: result.evidencePath ?? null,
    breakGlass: result.breakGlass ?? null,
    checks: result.results.map((check) => ({ id: check.id, title: check.title, status: check.status, required: check.required, reason: check.reason })),
    calendar: result.calendar ? { today: result.calendar.view.today, blackout: result.calendar.view.blackout ?? null, freeze: result.calendar.view.freeze ?? null } : null,
  };
}
