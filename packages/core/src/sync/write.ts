import { userInfo } from "node:os";
import { join } from "node:path";
import { writeFileAtomic } from "../adapters/files.js";
import { STEP_SUMMARY_BYTES } from "../changelog/outputs.js";
import { describeError } from "../errors/index.js";
import { writeYaml } from "../records/yaml-write.js";
import type { Reporter } from "../ports/index.js";
import type { ArtifactStore } from "./artifacts.js";
import type { SyncInputs } from "./inputs.js";
import { syncLogRecord, unsyncable, unsyncedLogRecord, type SyncLogContext } from "./log.js";
import { planFileOf } from "./plan-file.js";
import { renderFullDiff, renderReport, type TargetOutcome } from "./report.js";
import type { TargetPlan } from "./target-plan.js";
import type { SyncConfig } from "./types.js";

/** Where a run put what it wrote. */
export interface SyncFiles {
  folder: string;
  reportPath: string;
  /** The dry-run's plan.json (apply reads it; it writes none). */
  planPath?: string;
  diffPath: string;
  syncLogPaths: string[];
  /** Dry-run: the folder of sync_log records (sync-logs/<sync_id>.yaml) of the targets that cannot be synced, when any. */
  unsyncedLogPath?: string;
  /** The report as markdown (what went to the step summary, cut to its limit). */
  summary: string;
  artifact?: { name: string; id?: number; location: string };
}

export interface WriteContext {
  ports: { clock: { now(): Date }; reporter: Reporter; env: Readonly<Record<string, string | undefined>>; artifacts: ArtifactStore };
  inputs: SyncInputs;
  syncs: readonly SyncConfig[];
  targets: readonly TargetPlan[];
  planHash: string;
  outDir: string;
  executionId: string;
  mode: "dry-run" | "apply";
  dryRunAt: Date | null;
  apply?: { startedAt: Date; completedAt: Date; outcomes: ReadonlyMap<TargetPlan, TargetOutcome>; verified: boolean; approvedBy: string | null; expected: string };
}

/** Writes the report, plan, full diff and sync logs into one folder per plan hash, uploads them, and writes the step summary. */
export async function writeSyncOutputs(context: WriteContext): Promise<SyncFiles> {
  const { ports, targets, mode } = context;
  const hash = context.apply?.expected ?? context.planHash;
  const folder = join(context.outDir, hash.replace(/^sha256:/, "").slice(0, 12));
  const prefix = mode === "dry-run" ? "" : "apply-";
  const diffPath = join(folder, "sync.diff");
  const reportPath = join(folder, `${prefix}report.md`);
  const planPath = mode === "dry-run" ? join(folder, "plan.json") : undefined;
  const artifactName = context.inputs.artifactName ? `${context.inputs.artifactName}-${mode}-${hash.replace(/^sha256:/, "").slice(0, 12)}` : undefined;
  const diffRef = artifactName ? `sync.diff in the artifact ${artifactName}` : diffPath;

  const reportInput = { mode, planHash: context.planHash, targets, ...(context.apply ? { outcomes: context.apply.outcomes } : {}), diffRef };
  await writeFileAtomic(reportPath, renderReport(reportInput));
  await writeFileAtomic(diffPath, renderFullDiff(targets));
  if (planPath) await writeFileAtomic(planPath, `${JSON.stringify(planFileOf([...targets], context.dryRunAt ?? ports.clock.now()), null, 1)}\n`);

  const syncLogPaths: string[] = [];
  const unsyncedFolder = join(folder, "unsynced");
  let unsyncedLogPath: string | undefined;
  for (const sync of context.syncs) {
    const own = targets.filter((target) => target.syncId === sync.syncId);
    const logContext: SyncLogContext = {
      sync,
      targets: own,
      executionId: context.executionId,
      executedBy: ports.env.GITHUB_ACTOR ?? ports.env.USER ?? localUser() ?? "unknown",
      planHash: context.planHash,
      dryRunAt: context.dryRunAt?.toISOString() ?? null,
      diffRef,
      dryRunRef: `plan ${context.apply?.expected ?? context.planHash}${artifactName ? ` (artifact ${artifactName.replace(/-apply-/, "-dry-run-")})` : ""}`,
    };
    const unsynced = own.filter(unsyncable);
    if (mode === "dry-run" && unsynced.length > 0) {
      await writeFileAtomic(join(unsyncedFolder, "sync-logs", `${sync.syncId}.yaml`), writeYaml(unsyncedLogRecord({ ...logContext, targets: unsynced })));
      unsyncedLogPath = unsyncedFolder;
    }
    const record = syncLogRecord(
      logContext,
      context.apply
        ? {
            startedAt: context.apply.startedAt.toISOString(),
            completedAt: context.apply.completedAt.toISOString(),
            approvedBy: context.apply.approvedBy,
            approvedAt: context.apply.startedAt.toISOString(),
            outcomes: context.apply.outcomes,
            integrity: context.apply.verified,
          }
        : undefined,
    );
    const path = join(folder, "sync-logs", `${sync.syncId}.yaml`);
    await writeFileAtomic(path, writeYaml(record));
    syncLogPaths.push(path);
  }

  const summary = renderReport(reportInput, STEP_SUMMARY_BYTES - 4096);
  await ports.reporter.summary(summary);
  let artifact: SyncFiles["artifact"];
  if (artifactName) {
    const files = [reportPath, diffPath, ...(planPath ? [planPath] : []), ...syncLogPaths];
    try {
      artifact = await ports.artifacts.upload(artifactName, files, folder);
      ports.reporter.info(`report, plan, diff and sync log: ${artifact.location}`);
    } catch (error) {
      // The sync itself is done; the files are still in the folder: say so, do not fail the run.
      ports.reporter.annotate("warning", `could not upload the artifact ${artifactName}: ${describeError(error)}; the files are in ${folder}`);
    }
  }
  return { folder, reportPath, ...(planPath ? { planPath } : {}), diffPath, syncLogPaths, ...(unsyncedLogPath ? { unsyncedLogPath } : {}), summary, ...(artifact ? { artifact } : {}) };
}

/** The login name of who runs the CLI, when the system knows it. */
function localUser(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}
