import { relative } from "node:path";
import { localClock } from "../calendar/civil.js";
import { loadCalendarConfig } from "../calendar/config.js";
import { eventsBetween } from "../calendar/schedule.js";
import { loadConfig } from "../config/load.js";
import type { CadenceConfig, PackageConfig } from "../config/types.js";
import { DEFAULT_RECORD_DIR } from "../changelog/config.js";
import { recordDirFor, recordsRoot, releasePackage } from "../records/release-place.js";
import type { IssueForge } from "../forge/issues.js";
import type { ReleaseForge } from "../forge/releases.js";
import type { Clock, Files, Git } from "../ports/index.js";
import type { CadenceHistory, MetricsWindow } from "./history.js";
import { readHistory } from "./history-read.js";
import { computeMetrics, type CadenceMetrics, type PlannedDate } from "./metrics.js";
import { DEFAULT_WINDOW_DAYS, type CadenceMetricsInputs } from "./metrics-inputs.js";
import { readRecords, type RecordFolder, type RecordScan } from "./records.js";
import { loadCadenceSettings } from "./run.js";
import type { CadenceSettings } from "./settings.js";

export interface CadenceMetricsPorts {
  git: Git;
  files: Files;
  clock: Clock;
  /** The forge's releases (GitHub's, or the local folder's), for the published instant of releases without a publish record. */
  releases?: ReleaseForge;
  /** GitHub's issues, for the critical issues; absent without a token. */
  issues?: IssueForge;
  /** Why there is no IssueForge (e.g. "no GitHub token"). */
  noIssuesReason?: string;
}

export interface CadenceMetricsResult {
  metrics: CadenceMetrics;
  history: CadenceHistory;
  settings: CadenceSettings;
  records: RecordScan;
  sources: { releases: string | null; issues: string | null };
}

/** Where records are looked for: the folders named, else the release records, rollback's folder and the clone's evidence. */
async function recordFolders(git: Git, files: Files, config: CadenceConfig, named: readonly string[]): Promise<RecordFolder[]> {
  if (named.length > 0) return named.map((path) => ({ path, required: true }));
  const changelog = (config.raw.changelog ?? {}) as { record?: { dir?: unknown } };
  const template = typeof changelog.record?.dir === "string" ? changelog.record.dir : DEFAULT_RECORD_DIR;
  // A monorepo's records sit deeper: <package>/<version>/ (records/release-place.ts), @scope/ one more.
  const root = recordsRoot(template);
  const levels = (pkg: PackageConfig | undefined) => recordDirFor(template, { version: "0.0.0", package: releasePackage(config, pkg) }).split("/").length - root.split("/").length;
  const releases = { path: root, required: false, depth: Math.max(1, levels(undefined), ...config.versioning.packages.map(levels)) };
  const rollback = (config.raw.rollback ?? {}) as { "evidence-dir"?: unknown };
  const gitDir = (await git.run(["rev-parse", "--absolute-git-dir"])).stdout.trim();
  const others = [...(typeof rollback["evidence-dir"] === "string" ? [rollback["evidence-dir"]] : []), `${relative(files.root, gitDir) || ".git"}/cadence/evidence`];
  return [releases, ...[...new Set(others)].filter((path) => path !== releases.path).map((path) => ({ path, required: false }))];
}

/** The calendar's release dates (not the RC cuts, not those a blackout blocks) from the window's first local date to its last. */
function plannedDates(config: Awaited<ReturnType<typeof loadCalendarConfig>>, window: MetricsWindow): PlannedDate[] {
  const from = localClock(new Date(window.since), config.timezone).day;
  const to = localClock(new Date(window.until), config.timezone).day;
  return eventsBetween(config, from, to)
    .filter((event) => event.kind !== "rc-cut" && !event.blocked)
    .map((event) => ({ date: event.date, kind: event.kind, ...(event.version ? { version: event.version } : {}) }));
}

/** Reads the tags, the forge and the records, and computes the cadence metrics of the window. Changes nothing. */
export async function runCadenceMetrics(ports: CadenceMetricsPorts, inputs: CadenceMetricsInputs): Promise<CadenceMetricsResult> {
  const config = await loadConfig(ports.files, inputs.configPath ? { configPath: inputs.configPath } : {});
  const [calendar, settings] = await Promise.all([loadCalendarConfig(ports.files, config), loadCadenceSettings(ports.files, config)]);
  const until = inputs.now ?? ports.clock.now();
  const since = inputs.since ?? new Date(until.getTime() - DEFAULT_WINDOW_DAYS * 86_400_000);
  const window: MetricsWindow = { since: since.toISOString(), until: until.toISOString(), timezone: calendar.timezone };
  const records = await readRecords(ports.files.root, await recordFolders(ports.git, ports.files, config, inputs.records));
  const history = await readHistory({
    git: ports.git,
    tagPrefix: config.versioning.tagPrefix,
    rcChannel: settings.rcChannel,
    records,
    ...(ports.releases ? { releases: ports.releases } : {}),
    since,
    ...(ports.issues ? { issues: ports.issues } : {}),
    noIssuesReason: ports.noIssuesReason ?? "no GitHub token: the critical issues live on GitHub",
    criticalLabel: settings.criticalLabel,
    // Issues of a release just before the window still count against it.
    issuesSince: new Date(since.getTime() - settings.criticalWindowHours * 3_600_000),
  });
  const metrics = computeMetrics({ history, window, planned: plannedDates(calendar, window), criticalWindowHours: settings.criticalWindowHours });
  return { metrics, history, settings, records, sources: { releases: ports.releases?.description ?? null, issues: ports.issues?.description ?? null } };
}

/** `cadence metrics --json` and the action's `metrics` output: each metric with its inputs, the window and the sources. */
export function metricsOutputs(result: CadenceMetricsResult) {
  const { metrics } = result;
  return {
    window: metrics.window,
    metrics: {
      releaseFrequency: metrics.releaseFrequency,
      leadTime: metrics.leadTime,
      deploymentSuccessRate: metrics.deploymentSuccessRate,
      rollbacks: metrics.rollbacks,
      criticalIssues: metrics.criticalIssues,
    },
    releases: metrics.releases,
    sources: {
      stableReleases: result.history.releases.length,
      releases: result.sources.releases,
      issues: result.sources.issues,
      records: { folders: result.records.folders, releaseEvidence: result.records.releaseEvidence, rollbackEvidence: result.records.rollbackEvidence },
    },
  };
}
