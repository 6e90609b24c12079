import { isAbsolute, join } from "node:path";
import { DEFAULT_OUT_DIR } from "../capsule/config.js";
import { loadConfig } from "../config/load.js";
import type { CadenceConfig } from "../config/types.js";
import { ConfigurationError } from "../errors/index.js";
import type { ReleaseForge } from "../forge/releases.js";
import { resolveCommitter } from "../identity/committer.js";
import { ExecCommandRunner, type CommandRunner } from "../gates/commands.js";
import { applyPlan, type ApplyResult, type EffectHandler, type EffectHandlers } from "../plan/apply.js";
import { planHash } from "../plan/plan.js";
import type { Clock, Files, Git, Reporter } from "../ports/index.js";
import type { Registry } from "../registry/port.js";
import type { PullRequests } from "../sync/github/pulls.js";
import type { SigningKey } from "../signing/keys.js";
import { manifestPaths } from "../version-bump/plan.js";
import { inspectRepository } from "../version-bump/repository.js";
import { configCommitHandler, configPushHandler } from "./config-effects.js";
import { decide } from "./decision.js";
import { rollbackEvidenceWriter, writeEvidence, type RollbackEvidenceContext, type SmokeResult } from "./evidence.js";
import type { RollbackInputs } from "./inputs.js";
import { deprecateHandler, distTagHandler } from "./npm-effects.js";
import { observeRollback } from "./observe.js";
import { planRollback, type RollbackPlan } from "./plan.js";
import { releaseLatestHandler, releaseNoteHandler } from "./release-effects.js";
import { rollForwardCommitHandler, rollForwardPublishHandler } from "./roll-forward.js";
import { pullRequestHandler } from "./pulls.js";
import { rollbackSettings } from "./settings.js";
import { runSmokeTest } from "./smoke.js";
import { moveTagHandler } from "./tag-effects.js";
import type { RollbackFacts } from "./types.js";
import type { GitFor } from "./worktree.js";
import { releasePackageNamed } from "../records/release-place.js";

export interface RollbackPorts {
  git: Git;
  /** A Git port for another folder: the temporary worktrees of a roll-forward or a config rollback. */
  gitFor: GitFor;
  files: Files;
  clock: Clock;
  reporter: Reporter;
  forge?: ReleaseForge;
  /** The registry at a URL; `cwd` is where npm runs (a roll-forward publishes from a worktree). */
  registryFor: (url: string, cwd?: string) => Registry;
  npmTokenGiven: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Pull requests on the forge, for a config rollback delivered as one (none: the branch is pushed and the summary says to open one). */
  pulls?: PullRequests;
  /** Runs the smoke test; defaults to the process runner without secrets. */
  commands?: CommandRunner;
  /** Signs the rollback_evidence record (the capsule-sign signer). */
  signingKey?: SigningKey;
  /** Where apply records go; defaults to rollback.evidence-dir, then .git/cadence/evidence. */
  evidenceDir?: string;
  /** Tests crash the run right after an effect through this, to prove a re-run finishes the job. */
  wrapHandler?: (kind: string, handler: EffectHandler) => EffectHandler;
}

export interface RollbackResult {
  facts: RollbackFacts;
  planned: RollbackPlan;
  planHash: string;
  applied: ApplyResult;
  smoke: SmokeResult;
  /** The rollback_evidence record: written by apply, and by a drill (or a dry-run given a path). */
  evidencePath: string | null;
}

/** rollback from start to end: decide, observe, plan, and (unless dry-run) apply, then the smoke test. */
export async function runRollback(ports: RollbackPorts, inputs: RollbackInputs): Promise<RollbackResult> {
  const { git, files, reporter, clock } = ports;
  const decidedAt = clock.now();
  const repository = await inspectRepository(git, undefined);
  const config = await loadConfig(files, inputs.configPath ? { configPath: inputs.configPath } : {});
  const settings = rollbackSettings(config, inputs);
  // Naming channels or packages is a partial rollback, whatever the matrix recommends.
  const asked = inputs.type ?? (inputs.channels || inputs.packages ? "partial" : undefined);
  const decision = decide(inputs.severity, inputs.impact, asked);
  if (decision.recommended === "fix-forward" && !asked) {
    throw new ConfigurationError(`${decision.reason}. To roll back anyway, give the type (planned, immediate, partial or config).`);
  }
  const reason = inputs.reason ?? (inputs.drill ? "rollback drill" : "dry-run (no reason given)");
  const capsuleOutDir = ((config.raw.capsule ?? {}) as { "out-dir"?: string })["out-dir"] ?? DEFAULT_OUT_DIR;
  const committer = await resolveCommitter(git, { ...(inputs.committer ? { input: inputs.committer } : {}), config });
  const facts = await observeRollback(ports, inputs, { head: repository.head, branch: repository.branch, config, settings, decision, reason, capsuleOutDir, committer });
  const planned = planRollback(facts);
  const hash = planHash(planned.plan);
  reporter.info(`${facts.mode === "undo" ? "undoing the rollback of" : "rolling back"} ${facts.from.version} to ${facts.to.version} (${decision.type}); plan ${hash}`);

  const evidenceDir = ports.evidenceDir ?? (settings.evidenceDir ? join(files.root, settings.evidenceDir) : join(repository.gitDir, "cadence", "evidence"));
  const handlers = makeHandlers(ports, facts, settings.npm.registry, {
    config,
    evidenceDir,
    date: decidedAt.toISOString().slice(0, 10),
    ...(inputs.package ? { packageName: inputs.package } : {}),
    ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
  });
  const wrapped: EffectHandlers = ports.wrapHandler ? Object.fromEntries(Object.entries(handlers).map(([kind, handler]) => [kind, ports.wrapHandler!(kind, handler)])) : handlers;

  const evidencePath = recordPath(files.root, inputs, settings.drillDir, evidenceDir, facts, hash, decidedAt);
  let smoke: SmokeResult = { status: "not-run", command: settings.smokeCommand };
  const actor = ports.env.GITHUB_ACTOR ?? ports.env.USER ?? "unknown";
  const context: RollbackEvidenceContext = {
    facts,
    planned,
    hash,
    clock,
    decidedAt,
    actor,
    decidedBy: inputs.decidedBy ?? actor,
    detectedAt: inputs.detectedAt,
    drill: inputs.drill === true,
    key: ports.signingKey,
  };
  const applied = await applyPlan(planned.plan, wrapped, {
    dryRun: inputs.dryRun,
    ...(inputs.planHash ? { expectedPlanHash: inputs.planHash } : {}),
    reporter,
    evidence: rollbackEvidenceWriter(evidencePath ?? "", context, () => smoke),
  });
  if (!inputs.dryRun && settings.smokeCommand.length > 0) {
    const version = planned.rollsForward ? facts.rollForward!.version : facts.mode === "undo" ? facts.from.version : facts.to.version;
    smoke = await runSmokeTest(ports.commands ?? new ExecCommandRunner(), settings.smokeCommand, { from: facts.from.version, to: facts.to.version, version }, files.root, reporter);
    await writeEvidence(evidencePath!, context, applied, smoke);
  } else if (inputs.dryRun && evidencePath) {
    await writeEvidence(evidencePath, context, applied, smoke);
  }
  return { facts, planned, planHash: hash, applied, smoke, evidencePath };
}

/** Apply's record; a dry-run writes one only as a drill or when given a path (its own report, nothing else). */
function recordPath(root: string, inputs: RollbackInputs, drillDir: string, evidenceDir: string, facts: RollbackFacts, hash: string, at: Date): string | null {
  const resolve = (path: string) => (isAbsolute(path) ? path : join(root, path));
  if (inputs.evidencePath) return resolve(inputs.evidencePath);
  const name = `${facts.from.version}-to-${facts.to.version}`;
  if (inputs.drill) return resolve(join(drillDir, `${at.toISOString().slice(0, 10)}-${name}.yaml`));
  if (inputs.dryRun) return null;
  return join(evidenceDir, `rollback-${name}-${hash.slice(7, 19)}.yaml`);
}

interface HandlerContext {
  config: CadenceConfig;
  evidenceDir: string;
  date: string;
  packageName?: string;
  configPath?: string;
}

function makeHandlers(ports: RollbackPorts, facts: RollbackFacts, registryUrl: string, context: HandlerContext): Record<string, EffectHandler> {
  const { git, forge } = ports;
  const registry = facts.npm ? ports.registryFor(facts.npm.registry) : undefined;
  const configured = context.config.versioning.packages.filter((pkg) => !context.packageName || pkg.name === context.packageName);
  const packages = (configured.length > 0 ? configured : [{ name: ".", path: ".", tagPrefix: "", manifests: [] }]).map((pkg) => ({ path: pkg.path, ...manifestPaths(pkg) }));
  const rollForward = {
    git,
    gitFor: ports.gitFor,
    remote: facts.remote,
    packages,
    changelog: "CHANGELOG.md",
    ...(releasePackageNamed(context.config, context.packageName) !== undefined ? { releasePackage: context.packageName! } : {}),
    date: context.date,
    forge,
    registryFor: (url: string, cwd: string) => ports.registryFor(url, cwd),
    registry: facts.npm?.registry ?? registryUrl,
    npmFolders: (facts.npm?.packages ?? []).map((pkg) => pkg.folder).filter((folder): folder is string => folder !== null),
    npmTokenGiven: ports.npmTokenGiven,
    reporter: ports.reporter,
    clock: ports.clock,
    env: ports.env,
    evidenceDir: context.evidenceDir,
    ...(context.configPath ? { configPath: context.configPath } : {}),
  };
  return {
    "floating-tag-move": moveTagHandler(git),
    "roll-forward-commit": rollForwardCommitHandler(rollForward),
    "roll-forward-publish": rollForwardPublishHandler(rollForward),
    "config-commit": configCommitHandler(git, ports.gitFor, facts.remote),
    "config-push": configPushHandler(git),
    ...(ports.pulls ? { "config-pull-request": pullRequestHandler(ports.pulls) } : {}),
    ...(forge ? { "release-latest": releaseLatestHandler(forge), "release-note": releaseNoteHandler(forge) } : {}),
    ...(registry ? { "npm-dist-tag": distTagHandler(registry), "npm-deprecate": deprecateHandler(registry) } : {}),
  };
}
