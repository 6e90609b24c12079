import { basename } from "node:path";
import { writeFileAtomic } from "../adapters/files.js";
import type { ApplyResult, EffectOutcome, EvidenceSink } from "../plan/apply.js";
import type { Clock } from "../ports/index.js";
import { writeYaml } from "../records/yaml-write.js";
import type { SigningKey } from "../signing/keys.js";
import { keySigner } from "../signing/signer.js";
import type { ChannelRow, RollbackPlan } from "./plan.js";
import type { RollbackFacts } from "./types.js";

export type SmokeResult = { status: "pass" | "fail"; command: string[]; exitCode: number; output: string } | { status: "not-run"; command: string[] };

export interface RollbackEvidenceContext {
  facts: RollbackFacts;
  planned: RollbackPlan;
  hash: string;
  clock: Clock;
  /** When the run started: the decision is taken when the plan is made. */
  decidedAt: Date;
  actor: string;
  decidedBy: string;
  detectedAt: string | undefined;
  drill: boolean;
  key: SigningKey | undefined;
}

const complete = (outcome: EffectOutcome) => outcome.status === "done" || outcome.status === "skipped";

/** The table's rows with what each channel shows now: after, once its effect is complete; before otherwise. */
export function rowsAfter(rows: readonly ChannelRow[], outcomes: readonly EffectOutcome[]): Array<ChannelRow & { status: string }> {
  return rows.map((row) => {
    const outcome = row.effect ? outcomes.find((candidate) => candidate.id === row.effect) : undefined;
    const status = outcome?.status ?? "unchanged";
    return { ...row, after: outcome && complete(outcome) ? row.after : status === "planned" ? row.after : row.before, status };
  });
}

/** The seed's `rollback_evidence`, with the plan's effects, the channels before and after, and the compatibility check. */
export function rollbackEvidenceRecord(context: RollbackEvidenceContext, result: ApplyResult, smoke: SmokeResult, signatureFile?: string): Record<string, unknown> {
  const { facts, planned } = context;
  const everything = !result.dryRun && result.outcomes.every(complete);
  const executedAt = everything ? context.clock.now() : null;
  const rf = planned.rollsForward ? facts.rollForward : null;
  return {
    rollback_evidence: {
      rollback_id: `rb-${facts.from.version}-${facts.to.version}-${context.hash.slice(7, 19)}`,
      type: facts.decision.type,
      mode: facts.mode,
      drill: context.drill,
      trigger: {
        issue_id: facts.issue,
        severity: facts.decision.severity,
        impact: facts.decision.impact,
        description: facts.reason,
        detected_at: context.detectedAt ?? context.decidedAt.toISOString(),
        detected_by: context.actor,
      },
      decision: {
        recommended: facts.decision.recommended,
        approver: facts.decision.approver,
        approval_required: facts.decision.approvalRequired,
        reason: facts.decision.reason,
      },
      versions: { rolled_back_from: facts.from.version, rolled_back_to: facts.to.version, rolled_forward_to: rf?.version ?? null },
      execution: {
        decided_at: context.decidedAt.toISOString(),
        decided_by: context.decidedBy,
        executed_at: executedAt?.toISOString() ?? null,
        executed_by: context.actor,
        duration_minutes: executedAt ? Math.round((executedAt.getTime() - context.decidedAt.getTime()) / 6_000) / 10 : null,
        dry_run: result.dryRun,
        plan_hash: context.hash,
        effects: result.outcomes.map((outcome) => ({ id: outcome.id, kind: outcome.kind, summary: outcome.summary, status: outcome.status, ...(outcome.error ? { error: outcome.error } : {}) })),
      },
      channels: rowsAfter(planned.rows, result.outcomes).map((row) => ({ channel: row.channel, item: row.item, before: row.before, after: row.after, status: row.status })),
      compatibility: {
        from_state: facts.compatibility.fromState,
        to_state: facts.compatibility.toState,
        mode: facts.compatibility.mode,
        rule: facts.compatibility.rule,
        source: facts.compatibility.source,
      },
      verification: {
        smoke_tests: smoke.status,
        smoke_command: smoke.command.length > 0 ? smoke.command : null,
        issue_resolved: smoke.status === "pass" ? true : smoke.status === "fail" ? false : null,
        new_issues: [],
      },
      follow_up: { root_cause: null, prevention: [], post_mortem_ref: null },
      notes: planned.notes,
      ...(context.key && signatureFile ? { signature: { algorithm: context.key.algorithm, keyid: context.key.keyid, file: signatureFile } } : {}),
    },
  };
}

/**
 * Writes the record after every effect (a crash leaves the last true state), and with a key its
 * detached signature beside it (`<record>.sig`, over the record's bytes, as capsule-sign signs).
 */
export function rollbackEvidenceWriter(path: string, context: RollbackEvidenceContext, smoke: () => SmokeResult): EvidenceSink {
  return async (result) => {
    await writeEvidence(path, context, result, smoke());
  };
}

export async function writeEvidence(path: string, context: RollbackEvidenceContext, result: ApplyResult, smoke: SmokeResult): Promise<void> {
  const signatureFile = context.key ? `${basename(path)}.sig` : undefined;
  const text = writeYaml(rollbackEvidenceRecord(context, result, smoke, signatureFile));
  await writeFileAtomic(path, text);
  if (context.key) await writeFileAtomic(`${path}.sig`, keySigner(context.key).sign(Buffer.from(text, "utf8")));
}
