import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { LocalFiles } from "../adapters/files.js";
import { loadConfig } from "../config/load.js";
import { configSection } from "../config/section.js";
import { ConfigurationError, describeError } from "../errors/index.js";
import { BOT_IDENTITY, configuredCommitter } from "../identity/committer.js";
import type { CommandRunner } from "../gates/commands.js";
import { reportDryRun, type EffectHandler } from "../plan/apply.js";
import type { Clock, Reporter } from "../ports/index.js";
import { applyTarget } from "./apply.js";
import type { ArtifactStore } from "./artifacts.js";
import { parseSyncConfig } from "./config.js";
import { SyncSession, type EndpointContext } from "./endpoints/open.js";
import type { TargetEndpoint } from "./endpoints/port.js";
import type { SyncInputs } from "./inputs.js";
import { notificationsDue } from "./log.js";
import { overallHash, readPlanFile, type SyncPlanFile } from "./plan-file.js";
import { pathFilter } from "./paths.js";
import type { TargetOutcome } from "./report.js";
import { chooseForApply, planTargetFresh } from "./replan.js";
import { failedTargetPlan, type TargetPlan } from "./target-plan.js";
import type { SyncConfig } from "./types.js";
import { writeSyncOutputs, type SyncFiles } from "./write.js";

export interface SyncPorts {
  clock: Clock;
  reporter: Reporter;
  env: Readonly<Record<string, string | undefined>>;
  artifacts: ArtifactStore;
  /** Runs the post-sync smoke command (no shell). */
  commands: CommandRunner;
  /** The token for endpoints that name no credentials. */
  defaultToken?: string;
  /** GitHub's REST API base URL (GITHUB_API_URL). */
  apiUrl?: string;
  /** Base of the API retry back-off in ms; tests set 1. */
  retryBaseMs?: number;
  wrapHandler?: (kind: string, handler: EffectHandler) => EffectHandler;
}

export interface SyncResult {
  mode: "dry-run" | "apply";
  /** The plan hash over every selected target, as planned now. */
  planHash: string;
  targets: TargetPlan[];
  /** Apply: what became of each target. */
  outcomes: Map<TargetPlan, TargetOutcome>;
  /** Apply: success, partial or failed; dry-run: planned, or failed when a target cannot be planned. */
  status: "planned" | "success" | "partial" | "failed";
  files: SyncFiles;
  /** GitHub git-data API requests made for api sources and targets (the bench counts them). */
  apiRequests: number;
  /** Who the syncs' `notifications` say to tell about this result (see notificationsDue). */
  notify: string[];
}

interface Planned {
  sync: SyncConfig;
  plan: TargetPlan;
  endpoint?: TargetEndpoint;
}

/** A sync run from start to end: read the config, plan every target, and (in apply) apply those whose plan was approved. */
export async function runSync(ports: SyncPorts, inputs: SyncInputs): Promise<SyncResult> {
  const root = resolve(inputs.cwd);
  const files = new LocalFiles(root);
  const config = await loadConfig(files, inputs.configPath ? { configPath: inputs.configPath } : {});
  const section = await configSection(files, config, "sync");
  if (section.value === undefined) throw new ConfigurationError("there is no sync configured: add a sync: list to .github/cadence.yml (see docs/sync.md)");
  // Sync commits are by options.committer, else the config's committer, else github-actions[bot]
  // (never the git config of the machine: the commits go to other repositories).
  const syncs = select(parseSyncConfig(section, root, configuredCommitter(config) ?? BOT_IDENTITY), inputs);
  const outDir = resolve(root, inputs.outDir ?? join(".git", "cadence", "sync"));
  const planFile = inputs.mode === "apply" ? loadPlanFile(inputs, outDir) : undefined;
  if (inputs.mode === "apply") {
    const needing = syncs.filter((sync) => sync.options.approvalRequired);
    if (needing.length > 0 && !inputs.approvedBy) {
      throw new ConfigurationError(`the sync ${needing.map((sync) => sync.syncId).join(", ")} requires approval (options.approval_required): pass approved-by naming who approved plan ${inputs.planHash}`);
    }
  }

  const context: EndpointContext = {
    root,
    env: ports.env,
    ...(ports.defaultToken ? { defaultToken: ports.defaultToken } : {}),
    secret: (value) => ports.reporter.secret(value),
    clock: ports.clock,
    ...(ports.apiUrl ? { apiUrl: ports.apiUrl } : {}),
    ...(ports.retryBaseMs !== undefined ? { retryBaseMs: ports.retryBaseMs } : {}),
    log: (message) => ports.reporter.debug(message),
  };
  const planned: Planned[] = [];
  const sessions: SyncSession[] = [];
  const endpoints: TargetEndpoint[] = [];
  const dryRunAt = ports.clock.now();
  const requests = () => sessions.reduce((sum, session) => sum + session.apiRequests, 0);
  try {
    for (const sync of syncs) {
      const session = new SyncSession(sync, context);
      sessions.push(session);
      // Targets are opened first: a target that cannot be opened fails alone, with its own reason.
      const opened: Array<TargetEndpoint | Error> = [];
      for (const [index, target] of sync.targets.entries()) {
        try {
          const endpoint = await session.openTarget(target, index);
          endpoints.push(endpoint);
          opened.push(endpoint);
        } catch (error) {
          opened.push(error instanceof Error ? error : new Error(String(error)));
        }
      }
      let snapshot;
      try {
        snapshot = await session.readSource(pathFilter(sync.filters.include, sync.filters.exclude));
      } catch (error) {
        const message = `source ${sync.source.location}: ${describeError(error)}`;
        for (const target of sync.targets) planned.push({ sync, plan: failedTargetPlan(sync, target, message) });
        continue;
      }
      for (const [index, target] of sync.targets.entries()) {
        try {
          const endpoint = opened[index]!;
          if (endpoint instanceof Error) throw endpoint;
          let plan = await planTargetFresh(sync, target, snapshot, endpoint);
          if (inputs.mode === "apply") plan = await chooseForApply(plan, { sync, target, source: snapshot, endpoint, expected: expectedFor(planFile, inputs, sync, target.id) });
          planned.push({ sync, plan, endpoint });
        } catch (error) {
          planned.push({ sync, plan: failedTargetPlan(sync, target, describeError(error)) });
        }
      }
    }
    const targets = planned.map((item) => item.plan);
    const planHash = overallHash(targets.map((target) => ({ syncId: target.syncId, targetId: target.target.id, planHash: target.planHash })));
    const executionId = ports.env.GITHUB_RUN_ID ? `${ports.env.GITHUB_RUN_ID}-${ports.env.GITHUB_RUN_ATTEMPT ?? "1"}` : randomUUID();
    const common = { ports, inputs, syncs, targets, planHash, outDir, executionId, dryRunAt };
    if (inputs.mode === "dry-run") {
      for (const target of targets) {
        const title = `sync ${target.syncId} → ${target.target.id}`;
        if (target.status === "error" || target.status === "blocked" || target.status === "conflict") ports.reporter.info(`dry-run of ${title}: ${target.status}: ${target.message ?? ""}`);
        else reportDryRun(target.plan, target.planHash, ports.reporter, title);
      }
      const written = await writeSyncOutputs({ ...common, mode: "dry-run" });
      const status = targets.some((target) => target.status === "error") ? "failed" : "planned";
      const notify = notifyAll(syncs, targets, undefined);
      return { mode: "dry-run", planHash, targets, outcomes: new Map(), status, files: written, apiRequests: requests(), notify };
    }

    const outcomes = new Map<TargetPlan, TargetOutcome>();
    const approved = approvedTargets(planned, planHash, inputs, planFile);
    const startedAt = ports.clock.now();
    let verified = true;
    for (const item of planned) {
      const refusal = approved.get(item.plan);
      if (refusal) {
        outcomes.set(item.plan, refusal);
        continue;
      }
      const applied = await applyTarget(item.plan, { sync: item.sync, endpoint: item.endpoint!, reporter: ports.reporter, commands: ports.commands, ...(ports.wrapHandler ? { wrapHandler: ports.wrapHandler } : {}) });
      outcomes.set(item.plan, applied.outcome);
      if (applied.outcome.status === "success" && !applied.verified) verified = false;
    }
    const results = [...outcomes.values()];
    const good = results.filter((outcome) => outcome.status === "success" || outcome.status === "skipped").length;
    const status = good === results.length ? "success" : good === 0 ? "failed" : "partial";
    const written = await writeSyncOutputs({
      ...common,
      mode: "apply",
      ...(planFile ? { dryRunAt: new Date(planFile.created_at) } : { dryRunAt: null }),
      apply: { startedAt, completedAt: ports.clock.now(), outcomes, verified, approvedBy: inputs.approvedBy ?? ports.env.GITHUB_ACTOR ?? null, expected: inputs.planHash! },
    });
    const notify = notifyAll(syncs, targets, outcomes);
    return { mode: "apply", planHash, targets, outcomes, status, files: written, apiRequests: requests(), notify };
  } finally {
    for (const endpoint of endpoints) await endpoint.close().catch(() => undefined);
    for (const session of sessions) await session.close();
  }
}

/** Every sync's notification targets due for this result, each once. */
function notifyAll(
  syncs: readonly SyncConfig[],
  targets: readonly TargetPlan[],
  outcomes: ReadonlyMap<TargetPlan, TargetOutcome> | undefined,
): string[] {
  return [...new Set(syncs.flatMap((sync) => notificationsDue(sync, targets, outcomes)))];
}

/** The syncs and targets asked for; an unknown sync id or target is an error that lists the known ones. */
function select(syncs: SyncConfig[], inputs: SyncInputs): SyncConfig[] {
  let chosen = syncs;
  if (inputs.syncId) {
    chosen = syncs.filter((sync) => sync.syncId === inputs.syncId);
    if (chosen.length === 0) throw new ConfigurationError(`there is no sync '${inputs.syncId}'; the syncs are ${syncs.map((sync) => sync.syncId).join(", ") || "(none)"}`);
  }
  if (inputs.targets) {
    const wanted = inputs.targets;
    chosen = syncs.map((sync) => ({ ...sync, targets: sync.targets.filter((target) => wanted.some((entry) => entry.syncId === sync.syncId && entry.target === target.id)) }));
    const unknown = wanted.filter((entry) => !chosen.some((sync) => sync.syncId === entry.syncId && sync.targets.some((target) => target.id === entry.target)));
    if (unknown.length > 0) {
      const known = syncs.flatMap((sync) => sync.targets.map((target) => `${sync.syncId}/${target.id}`));
      throw new ConfigurationError(`targets names ${unknown.map((entry) => `${entry.syncId}/${entry.target}`).join(", ")}, which the configuration does not have; its targets are ${known.join(", ")}`);
    }
    return chosen.filter((sync) => sync.targets.length > 0);
  }
  if (inputs.target) {
    chosen = chosen.map((sync) => ({ ...sync, targets: sync.targets.filter((target) => target.id === inputs.target) })).filter((sync) => sync.targets.length > 0);
    if (chosen.length === 0) {
      const known = syncs.flatMap((sync) => sync.targets.map((target) => target.id));
      throw new ConfigurationError(`no sync has the target '${inputs.target}'; the targets are ${known.join(", ")}`);
    }
  }
  return chosen;
}

/** The dry-run's plan file: given, or found in the output folder under the plan hash (the CLI keeps it there). */
function loadPlanFile(inputs: SyncInputs, outDir: string): SyncPlanFile | undefined {
  const path = inputs.planFile ? resolve(inputs.cwd, inputs.planFile) : join(outDir, folderName(inputs.planHash!), "plan.json");
  if (!existsSync(path)) {
    if (inputs.planFile) throw new ConfigurationError(`the plan file ${inputs.planFile} does not exist`);
    return undefined;
  }
  return readPlanFile(readFileSync(path, "utf8"), inputs.planFile ?? path, inputs.planHash!);
}

export function folderName(hash: string): string {
  return hash.replace(/^sha256:/, "").slice(0, 12);
}

function expectedFor(file: SyncPlanFile | undefined, inputs: SyncInputs, sync: SyncConfig, targetId: string): string | undefined {
  const entry = file?.targets.find((target) => target.sync_id === sync.syncId && target.target === targetId);
  if (entry) return entry.plan_hash;
  if (inputs.targets) return inputs.targets.find((chosen) => chosen.syncId === sync.syncId && chosen.target === targetId)?.planHash;
  return inputs.target ? inputs.planHash : undefined;
}

/**
 * Which targets the approved plan hash covers. With the dry-run's plan file each target is held
 * to its own hash, so one that moved is refused and the others go on; without it the hash over
 * all targets (or, with a target chosen, that target's hash) must match, or nothing is applied.
 */
function approvedTargets(planned: readonly Planned[], planHash: string, inputs: SyncInputs, file: SyncPlanFile | undefined): Map<TargetPlan, TargetOutcome> {
  const refusals = new Map<TargetPlan, TargetOutcome>();
  const expected = inputs.planHash!;
  if (inputs.targets) {
    // A shard: each target held to its own approved hash, so one that moved is refused alone.
    for (const { plan } of planned) {
      const approved = inputs.targets.find((entry) => entry.syncId === plan.syncId && entry.target === plan.target.id)!.planHash;
      if (approved !== plan.planHash) refusals.set(plan, { status: "stale", error: `the target moved or its plan changed since the dry-run (approved plan ${approved}, today's ${plan.planHash}): stale plan; run the dry-run again` });
    }
    return refusals;
  }
  if (file) {
    for (const { plan } of planned) {
      const entry = file.targets.find((target) => target.sync_id === plan.syncId && target.target === plan.target.id);
      if (!entry) refusals.set(plan, { status: "stale", error: `the approved plan has no target ${plan.target.id}` });
      else if (entry.plan_hash !== plan.planHash) refusals.set(plan, { status: "stale", error: staleReason(entry.plan.observations, plan) });
    }
    return refusals;
  }
  const single = planned.length === 1 && planned[0]!.plan.planHash === expected;
  if (planHash === expected || single) return refusals;
  for (const { plan } of planned) {
    refusals.set(plan, {
      status: "stale",
      error: `the plan is stale or from another configuration: the dry-run's plan hash was ${expected}, today's is ${planHash}. Run the dry-run again and apply its plan hash (or pass the dry-run's plan.json as plan-file to apply the targets that did not move)`,
    });
  }
  return refusals;
}

/** Says what moved between the dry-run and now, from the two plans' observations. */
function staleReason(before: Record<string, unknown>, now: TargetPlan): string {
  const after = now.plan.observations;
  if (before.config !== after.config) return "the plan comes from another configuration of this sync (its config digest differs); run the dry-run again";
  if (before.base !== after.base) return `the target moved since the dry-run (base ${String(before.base)} is now ${String(after.base)}): stale plan; run the dry-run again`;
  return "the source or the target changed since the dry-run (the planned changes differ): stale plan; run the dry-run again";
}
