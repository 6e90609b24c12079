import { writeFileAtomic } from "../adapters/files.js";
import type { ApplyResult, EffectOutcome, EvidenceSink } from "../plan/apply.js";
import type { Plan } from "../plan/plan.js";
import type { Clock } from "../ports/index.js";
import { evidenceRecord } from "../records/evidence.js";
import { writeYaml } from "../records/yaml-write.js";
import type { PublishObservations } from "./observe.js";

export interface PublishEvidenceContext {
  plan: Plan;
  hash: string;
  observed: PublishObservations;
  clock: Clock;
  env: Readonly<Record<string, string | undefined>>;
}

const complete = (outcome: EffectOutcome) => outcome.status === "done" || outcome.status === "skipped";

/** Where the release went: only the channels whose effects are complete. */
export function distributionChannels(observed: PublishObservations, outcomes: readonly EffectOutcome[]): string[] {
  const channels: string[] = [];
  const finished = (kind: string) => {
    const of = outcomes.filter((outcome) => outcome.kind === kind);
    return of.length > 0 && of.every(complete);
  };
  if (finished("git-push-tag")) channels.push(`git:${observed.remote}`);
  else if (!observed.remote && finished("git-tag")) channels.push("git:local");
  if (finished("release-publish")) channels.push(observed.forge?.description.startsWith("local") ? "local-release" : "github-release");
  if (observed.npm && finished("npm-publish")) channels.push(`npm:${observed.channel.distTag}`);
  if (finished("floating-tag")) channels.push(...observed.floatingTags.map((tag) => `floating-tag:${tag}`));
  return channels;
}

/**
 * The seed's `release_evidence`, extended for publish: `distribution` (channels, published_at —
 * set once every effect is complete) and `provenance` (commit, branch, build, who signed).
 */
export function publishEvidenceRecord(context: PublishEvidenceContext, result: ApplyResult): Record<string, unknown> {
  const { observed } = context;
  const base = evidenceRecord(
    { plan: context.plan, hash: context.hash, head: observed.head, branch: observed.branch ?? undefined, decisions: [{ name: ".", next: observed.release.version }], clock: context.clock, ...(context.env.GITHUB_ACTOR ? { actor: context.env.GITHUB_ACTOR } : {}) },
    result,
  ) as { release_evidence: Record<string, unknown> };
  const record = base.release_evidence;
  const everything = result.outcomes.length > 0 && result.outcomes.every(complete);
  record.tag = observed.release.tag;
  record.provenance = {
    ...(record.provenance as Record<string, unknown>),
    signed_by: observed.npm?.provenance ? "sigstore (npm provenance from the GitHub Actions OIDC token)" : null,
    npm_provenance: observed.npm?.provenance ?? false,
  };
  record.artifacts = {
    release_url: observed.forge?.existing?.url ?? null,
    assets: observed.assets.map((asset) => ({ name: asset.name, path: asset.path, sha256: asset.sha256 })),
    packages: (observed.npm?.packages ?? []).map((pkg) => ({ name: pkg.name, version: pkg.version, shasum: pkg.shasum, registry: observed.npm!.registry, dist_tag: observed.channel.distTag })),
  };
  record.distribution = { channels: distributionChannels(observed, result.outcomes), published_at: everything ? context.clock.now().toISOString() : null };
  return base;
}

/** Writes the record atomically after every effect, so a crash leaves the last true state. */
export function publishEvidenceWriter(path: string, context: PublishEvidenceContext, releaseUrl: () => string | null): EvidenceSink {
  return async (result) => {
    const record = publishEvidenceRecord(context, result) as { release_evidence: { artifacts: { release_url: string | null } } };
    record.release_evidence.artifacts.release_url = releaseUrl() ?? record.release_evidence.artifacts.release_url;
    await writeFileAtomic(path, writeYaml(record));
  };
}
