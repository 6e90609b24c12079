import { join } from "node:path";
import { loadConfig } from "../config/load.js";
import type { Release, ReleaseForge } from "../forge/releases.js";
import { applyPlan, type ApplyResult, type EffectHandler, type EffectHandlers } from "../plan/apply.js";
import { planHash, type Plan } from "../plan/plan.js";
import type { Clock, Git } from "../ports/index.js";
import { inspectRepository } from "../version-bump/repository.js";
import { publishEvidenceWriter } from "./evidence.js";
import { floatingTagHandler, gitTagHandler, pushBranchHandler, pushTagHandler } from "./git-effects.js";
import type { PublishInputs } from "./inputs.js";
import { npmPublishHandler } from "./npm-effects.js";
import { observe, type ObservePorts, type PublishObservations } from "./observe.js";
import { planPublish } from "./plan.js";
import { releaseAssetHandler, releaseDraftHandler, releasePublishHandler } from "./release-effects.js";
import { publishSettings } from "./settings.js";
import { decideReleaseVersion } from "./version.js";

export interface PublishPorts extends ObservePorts {
  clock: Clock;
  /** Where evidence records go; defaults to .git/cadence/evidence. */
  evidenceDir?: string;
  /**
   * Wraps each effect handler before apply. Production leaves it unset; tests use it to crash
   * the run right after an effect and prove that a re-run finishes the job.
   */
  wrapHandler?: (kind: string, handler: EffectHandler) => EffectHandler;
}

export interface PublishResult {
  observed: PublishObservations;
  plan: Plan;
  planHash: string;
  applied: ApplyResult;
  /** The release as last seen on the forge (after apply, or as found in a dry-run). */
  release?: { id: number; url: string; draft: boolean };
  evidencePath?: string;
}

/** A publish observed and planned, with the handlers that would carry it out: what apply needs. */
export interface PreparedPublish {
  observed: PublishObservations;
  plan: Plan;
  planHash: string;
  handlers: EffectHandlers;
  evidencePath: string;
  /** The release the forge last returned (kept so the outputs need no extra request). */
  lastSeen(): Release | undefined;
}

/** publish's observe and plan, without applying: runPublish applies it; a rollback's roll-forward asks whether it is all done. */
export async function preparePublish(ports: PublishPorts, inputs: PublishInputs): Promise<PreparedPublish> {
  const { git, files, reporter } = ports;
  const repository = await inspectRepository(git, inputs.branch);
  const config = await loadConfig(files, inputs.configPath ? { configPath: inputs.configPath } : {});
  const settings = publishSettings(config, inputs);
  const release = await decideReleaseVersion(ports, inputs, { head: repository.head, config });
  reporter.info(`releasing ${release.tag} (${release.source})`);

  let lastSeen: Release | undefined;
  const forge = ports.forge ? remembering(ports.forge, (seen) => (lastSeen = seen)) : undefined;
  const observed = await observe({ ...ports, ...(forge ? { forge } : {}) }, inputs, settings, { head: repository.head, branch: repository.branch, release, config });
  const plan = planPublish(observed);
  const hash = planHash(plan);

  const registry = observed.npm ? ports.registryFor(observed.npm.registry) : undefined;
  const handlers: Record<string, EffectHandler> = {
    "git-tag": gitTagHandler(git),
    "git-push-branch": pushBranchHandler(git),
    "git-push-tag": pushTagHandler(git),
    "floating-tag": floatingTagHandler(git),
    ...(forge ? { "release-draft": releaseDraftHandler(forge), "release-asset": releaseAssetHandler(forge, files.root), "release-publish": releasePublishHandler(forge) } : {}),
    ...(registry ? { "npm-publish": npmPublishHandler(registry) } : {}),
  };
  const wrapped: EffectHandlers = ports.wrapHandler ? Object.fromEntries(Object.entries(handlers).map(([kind, handler]) => [kind, ports.wrapHandler!(kind, handler)])) : handlers;
  const evidenceDir = ports.evidenceDir ?? join(repository.gitDir, "cadence", "evidence");
  const evidencePath = join(evidenceDir, `publish-${release.tag.replace(/[^0-9A-Za-z.@_-]/g, "_")}-${hash.slice(7, 19)}.yaml`);
  return { observed, plan, planHash: hash, handlers: wrapped, evidencePath, lastSeen: () => lastSeen };
}

/** publish from start to end: observe, plan, and (unless dry-run) apply. */
export async function runPublish(ports: PublishPorts, inputs: PublishInputs): Promise<PublishResult> {
  const prepared = await preparePublish(ports, inputs);
  const { observed, plan, planHash: hash, evidencePath } = prepared;
  const applied = await applyPlan(plan, prepared.handlers, {
    dryRun: inputs.dryRun,
    ...(inputs.planHash ? { expectedPlanHash: inputs.planHash } : {}),
    reporter: ports.reporter,
    evidence: publishEvidenceWriter(evidencePath, { plan, hash, observed, clock: ports.clock, env: ports.env }, () => prepared.lastSeen()?.url ?? null),
  });
  const existing = observed.forge?.existing;
  const seen = prepared.lastSeen() ?? (existing ? { id: existing.id, url: existing.url, draft: existing.draft } : undefined);
  return {
    observed,
    plan,
    planHash: hash,
    applied,
    ...(seen ? { release: { id: seen.id, url: seen.url, draft: seen.draft } } : {}),
    ...(inputs.dryRun ? {} : { evidencePath }),
  };
}

function remembering(forge: ReleaseForge, remember: (release: Release) => void): ReleaseForge {
  const keep = <T extends Release | undefined>(release: T): T => {
    if (release) remember(release);
    return release;
  };
  return {
    description: forge.description,
    checkReleaseAccess: () => forge.checkReleaseAccess(),
    findRelease: async (tag) => keep(await forge.findRelease(tag)),
    createDraftRelease: async (release) => keep(await forge.createDraftRelease(release)),
    uploadAsset: (release, asset) => forge.uploadAsset(release, asset),
    deleteAsset: (release, asset) => forge.deleteAsset(release, asset),
    publishRelease: async (release, options) => keep(await forge.publishRelease(release, options)),
    findPublishedRelease: async (tag) => keep(await forge.findPublishedRelease(tag)),
    latestRelease: () => forge.latestRelease(),
    updateRelease: async (release, edit) => keep(await forge.updateRelease(release, edit)),
  };
}
