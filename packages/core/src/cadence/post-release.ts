import { existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { capsuleBaseName } from "../capsule/build.js";
import { loadCapsuleConfig } from "../capsule/config.js";
import { runCapsuleSign, type SigningMode } from "../capsule/sign.js";
import type { ReleaseForge } from "../forge/releases.js";
import { applyPlan, type ApplyResult, type EffectHandler } from "../plan/apply.js";
import { planHash, type Effect, type Plan } from "../plan/plan.js";
import { ConfigurationError } from "../errors/index.js";
import type { Reporter } from "../ports/index.js";
import type { CadenceMetrics, ReleaseRow } from "./metrics.js";
import type { CadenceMetricsInputs } from "./metrics-inputs.js";
import { runCadenceMetrics, type CadenceMetricsPorts, type CadenceMetricsResult } from "./metrics-run.js";

export interface PostReleasePorts extends CadenceMetricsPorts {
  reporter: Reporter;
  /** How capsules are signed; may be absent in a dry-run, which signs nothing. */
  signing?: SigningMode;
}

export interface PostReleaseInputs extends CadenceMetricsInputs {
  dryRun: boolean;
  /** Where the capsules go; default capsule.out-dir. */
  outDir?: string;
}

/** A release of the window and where its POST-RELEASE capsule stands. */
export interface PostReleaseItem {
  version: string;
  releasedAt: string;
  /** When its capsule is due: the release's instant plus cadence.post-release-days. */
  dueAt: string;
  state: "waiting" | "due" | "written";
  /** Where the capsule is found, when written: the folder or the forge's release. */
  foundAt?: string;
}

export interface PostReleaseResult {
  items: PostReleaseItem[];
  plan: Plan;
  planHash: string;
  applied: ApplyResult;
  outDir: string;
  metrics: CadenceMetricsResult;
}

const DAY = 86_400_000;

/** The lines the capsule carries: the release's metrics as the days after it showed them. */
export function releaseMetricLines(row: ReleaseRow, metrics: CadenceMetrics, days: number): { context: string[]; openThreads: string[] } {
  const inHours = (hours: number | null) => (hours === null ? "not measured" : hours < 48 ? `${hours} h` : `${Math.round((hours / 24) * 10) / 10} days`);
  const rollbacks = metrics.rollbacks.reasons.filter((entry) => entry.from === row.version);
  const critical = metrics.criticalIssues;
  const issues = critical.available ? critical.issues.filter((issue) => issue.release === row.version) : [];
  return {
    context: [
      `Released: ${row.releasedAt} (from the ${row.releasedFrom.replace("-", " ")})`,
      `Post-release window: ${days} days`,
      `Lead time RC cut to release: ${row.rcToReleaseHours === null ? "no release candidate" : inHours(row.rcToReleaseHours)}`,
      `Lead time first commit to release: ${inHours(row.firstCommitToReleaseHours)}`,
      `Rolled back: ${rollbacks.length === 0 ? "no" : rollbacks.map((entry) => `to ${entry.to} on ${entry.at} (${entry.severity}): ${entry.reason}`).join("; ")}`,
      critical.available
        ? `Critical issues in the first ${critical.windowHours} hours (label ${critical.label}): ${issues.length}`
        : `Critical issues in the first ${critical.windowHours} hours: not measured (${critical.reason})`,
    ],
    openThreads: issues.map((issue) => `Critical issue #${issue.number}, ${issue.hoursAfter} h after the release: ${issue.title} (${issue.url})`),
  };
}

async function releaseAsset(forge: ReleaseForge | undefined, tag: string, name: string): Promise<string | undefined> {
  const release = forge ? await forge.findPublishedRelease(tag) : undefined;
  return release?.assets.some((asset) => asset.name === name && asset.state === "uploaded") ? release.url : undefined;
}

/**
 * Writes the POST-RELEASE capsule of each release whose post-release days are over, with its
 * metrics, through capsule-sign; then attaches it to the release on the forge, when there is one
 * that can take assets. A capsule already in the folder or on the release is not written again,
 * so the daily tick writes each one once. Dry-run plans and writes nothing.
 */
export async function runPostRelease(ports: PostReleasePorts, inputs: PostReleaseInputs): Promise<PostReleaseResult> {
  if (!ports.signing && !inputs.dryRun) throw new ConfigurationError("post-release signs capsules: give a signing key (or keyless signing in Actions), or run a dry-run");
  const metrics = await runCadenceMetrics(ports, inputs);
  const capsuleConfig = await loadCapsuleConfig(ports.files, inputs.configPath);
  const outDir = resolve(inputs.cwd, inputs.outDir ?? capsuleConfig.outDir);
  const now = Date.parse(metrics.metrics.window.until);
  const days = metrics.settings.postReleaseDays;
  const items: PostReleaseItem[] = [];
  const effects: Effect[] = [];
  const rows = new Map(metrics.metrics.releases.map((row) => [row.version, row]));
  for (const row of rows.values()) {
    const dueAt = new Date(Date.parse(row.releasedAt) + days * DAY).toISOString();
    const name = `${capsuleBaseName("POST-RELEASE", row.version)}.yaml`;
    const local = existsSync(join(outDir, name)) ? join(outDir, name) : undefined;
    const remote = local ? undefined : await releaseAsset(ports.releases, row.tag, name);
    const foundAt = local ?? remote;
    const state = foundAt ? "written" : Date.parse(dueAt) <= now ? "due" : "waiting";
    items.push({ version: row.version, releasedAt: row.releasedAt, dueAt, state, ...(foundAt ? { foundAt } : {}) });
    if (state !== "due") continue;
    const lines = releaseMetricLines(row, metrics.metrics, days);
    effects.push({
      kind: "post-release-capsule",
      id: `capsule:${row.version}`,
      summary: `sign the POST-RELEASE capsule of ${row.version} (released ${row.releasedAt.slice(0, 10)}, due ${dueAt.slice(0, 10)})`,
      version: row.version,
      tag: row.tag,
      name,
      context: lines.context,
      openThreads: lines.openThreads,
    });
  }
  const commits = new Map(metrics.history.releases.map((release) => [release.version, release.commit]));
  const observations = { now: metrics.metrics.window.until, postReleaseDays: days, outDir, releases: items.map((item) => ({ ...item })) };
  const plan: Plan = { action: "post-release", formatVersion: 1, observations, effects };
  const handler: EffectHandler = {
    isDone: async (effect) =>
      existsSync(join(outDir, String(effect.name))) || (await releaseAsset(ports.releases, String(effect.tag), String(effect.name))) !== undefined,
    run: async (effect) => {
      const version = String(effect.version);
      const signed = await runCapsuleSign(
        { git: ports.git, files: ports.files, clock: ports.clock, reporter: ports.reporter },
        {
          cwd: inputs.cwd,
          kind: "POST-RELEASE",
          version,
          commit: commits.get(version)!,
          outDir,
          artifacts: [],
          decisions: [],
          openThreads: effect.openThreads as string[],
          context: effect.context as string[],
          plans: [],
          evidence: [],
          dryRun: false,
          sbom: false,
          sbomPackages: [],
          ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
        },
        ports.signing!,
      );
      const files = [signed.files.capsule, ...(signed.files.envelope ? [signed.files.envelope] : []), ...(existsSync(signed.files.bundle) ? [signed.files.bundle] : [])];
      await attach(ports.releases, String(effect.tag), files, ports.reporter);
    },
  };
  const applied = await applyPlan(plan, { "post-release-capsule": handler }, { dryRun: inputs.dryRun, reporter: ports.reporter });
  return { items, plan, planHash: planHash(plan), applied, outDir, metrics };
}

/** Attaches the capsule files to the tag's published release, when the forge has one that takes assets. */
async function attach(forge: ReleaseForge | undefined, tag: string, paths: string[], reporter: Reporter): Promise<void> {
  const release = forge ? await forge.findPublishedRelease(tag) : undefined;
  if (!forge || !release) return;
  if (release.immutable) {
    reporter.annotate("warning", `the release ${tag} is immutable and cannot take the POST-RELEASE capsule as an asset; it stays in the capsule folder`);
    return;
  }
  for (const path of paths) {
    const name = basename(path);
    if (release.assets.some((asset) => asset.name === name && asset.state === "uploaded")) continue;
    await forge.uploadAsset(release, { name, path, contentType: name.endsWith(".json") ? "application/json" : "application/yaml" });
  }
}

/** `cadence post-release --json` and the action's outputs. */
export function postReleaseOutputs(result: PostReleaseResult) {
  return {
    dryRun: result.applied.dryRun,
    planHash: result.planHash,
    outDir: result.outDir,
    releases: result.items,
    capsules: result.applied.outcomes.map((outcome) => ({
      version: outcome.id.replace(/^capsule:/, ""),
      status: outcome.status,
      summary: outcome.summary,
    })),
  };
}

const OUTCOME_TEXT: Record<ApplyResult["outcomes"][number]["status"], string> = { planned: "to write", done: "written", skipped: "already written", failed: "failed" };

/** Markdown for the step summary: what was written, what waits. */
export function renderPostReleaseSummary(result: PostReleaseResult): string {
  const title = `## POST-RELEASE capsules${result.applied.dryRun ? " (dry-run: nothing written)" : ""}`;
  const lines = [title, "", `Plan \`${result.planHash}\`.`, "", "| release | released | capsule due | state |", "|---|---|---|---|"];
  for (const item of result.items) {
    const outcome = result.applied.outcomes.find((entry) => entry.id === `capsule:${item.version}`);
    const state = outcome ? OUTCOME_TEXT[outcome.status] : item.state === "written" ? "already written" : "waiting";
    lines.push(`| ${item.version} | ${item.releasedAt.slice(0, 10)} | ${item.dueAt.slice(0, 10)} | ${state} |`);
  }
  if (result.items.length === 0) lines.push("| — | no release in the window | | |");
  return lines.join("\n");
}
