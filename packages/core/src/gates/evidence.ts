import type { CheckResult } from "./types.js";

export interface GateEvidenceInput {
  version: string;
  profile: string;
  passed: boolean;
  requiresApproval: boolean;
  results: readonly CheckResult[];
  head: string;
  branch: string | undefined;
  now: Date;
  actor: string;
  changelog: string;
  releaseNotes: string | undefined;
  breakGlass?: { reason: string; blockedBy: string };
}

/**
 * The seed's release_evidence record for the gate results: validation.gate_results and
 * validation.checklist with the seed's field names (check, status pass|fail|na), the other
 * sections present with what gate-check knows and null for what later steps fill in.
 */
export function gateEvidenceRecord(input: GateEvidenceInput): Record<string, unknown> {
  const evaluated = input.results.filter((result) => result.status !== "na");
  const passedCount = evaluated.filter((result) => result.status === "pass").length;
  const rate = evaluated.length === 0 ? 100 : Math.round((passedCount / evaluated.length) * 1000) / 10;
  return {
    release_evidence: {
      version: input.version,
      release_date: input.now.toISOString(),
      released_by: input.actor,
      validation: {
        gate_results: {
          g_rel_passed: input.passed,
          success_rate: `${rate}%`,
          // Rework (fixes after the RC) is not known at gate time.
          rework_rate: null,
          all_tasks_passed: evaluated.every((result) => result.status === "pass"),
          profile: input.profile,
          requires_approval: input.requiresApproval,
        },
        checklist: input.results.map((result) => ({ check: result.id, status: result.status, required: result.required, reason: result.reason })),
        ...Object.assign({}, ...input.results.map((result) => result.evidence ?? {})),
        ...(input.breakGlass ? { break_glass: { reason: input.breakGlass.reason, blocked_by: input.breakGlass.blockedBy, by: input.actor, at: input.now.toISOString() } } : {}),
      },
      artifacts: {
        changelog_ref: input.changelog,
        release_notes_ref: input.releaseNotes ?? null,
        verification_log_ref: process.env.GITHUB_RUN_ID && process.env.GITHUB_REPOSITORY ? `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}` : null,
      },
      provenance: {
        commit: input.head,
        branch: input.branch ?? null,
        build_id: process.env.GITHUB_RUN_ID ? `${process.env.GITHUB_RUN_ID}.${process.env.GITHUB_RUN_ATTEMPT ?? "1"}` : null,
        signed_by: null,
      },
      distribution: { channels: [], published_at: null },
    },
  };
}
