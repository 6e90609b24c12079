import { writeFileAtomic } from "../adapters/files.js";
import type { Clock } from "../ports/index.js";
import type { ApplyResult, EvidenceSink } from "../plan/apply.js";
import type { Plan } from "../plan/plan.js";
import { writeYaml } from "./yaml-write.js";

export interface EvidenceContext {
  plan: Plan;
  hash: string;
  head: string;
  branch: string | undefined;
  decisions: ReadonlyArray<{ name: string; next?: string }>;
  clock: Clock;
  actor?: string;
}

/**
 * The evidence of an apply, as the seed's `release_evidence` record (version, release_date,
 * released_by, provenance) with an `apply` block: every planned effect and what became of it.
 */
export function evidenceRecord(context: EvidenceContext, result: ApplyResult): Record<string, unknown> {
  const versions = context.decisions.filter((decision) => decision.next).map((decision) => (decision.name === "." ? decision.next! : `${decision.name}@${decision.next}`));
  return {
    release_evidence: {
      version: versions.length === 1 ? versions[0] : versions,
      release_date: context.clock.now().toISOString(),
      released_by: context.actor ?? process.env.GITHUB_ACTOR ?? process.env.USER ?? "unknown",
      provenance: {
        commit: context.head,
        branch: context.branch ?? null,
        build_id: process.env.GITHUB_RUN_ID ? `${process.env.GITHUB_RUN_ID}.${process.env.GITHUB_RUN_ATTEMPT ?? "1"}` : null,
      },
      apply: {
        action: context.plan.action,
        plan_hash: context.hash,
        dry_run: result.dryRun,
        effects: result.outcomes.map((outcome) => ({
          id: outcome.id,
          kind: outcome.kind,
          summary: outcome.summary,
          status: outcome.status,
          ...(outcome.error ? { error: outcome.error } : {}),
        })),
      },
    },
  };
}

/**
 * Writes the record atomically after every effect, so a crash leaves the last true state. In
 * YAML that reads the same under 1.2 and 1.1 (records/yaml-write.ts).
 */
export function evidenceWriter(path: string, context: EvidenceContext): EvidenceSink {
  const sink: EvidenceSink = async (result) => {
    await writeFileAtomic(path, writeYaml(evidenceRecord(context, result)));
  };
  sink.path = path;
  return sink;
}
