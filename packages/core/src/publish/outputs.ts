import { renderPlan } from "../plan/plan.js";
import type { PublishResult } from "./run.js";

/** The action's outputs and the CLI's JSON share this one shape. */
export function publishOutputs(result: PublishResult) {
  const { observed, applied } = result;
  const status = (id: string) => applied.outcomes.find((outcome) => outcome.id === id)?.status ?? "planned";
  const published = (observed.npm?.packages ?? []).map((pkg) => ({
    name: pkg.name,
    version: pkg.version,
    folder: pkg.folder,
    distTag: observed.channel.distTag,
    registry: observed.npm!.registry,
    provenance: observed.npm!.provenance,
    status: status(`npm-publish:${pkg.name}@${pkg.version}`),
  }));
  return {
    version: observed.release.version,
    tag: observed.release.tag,
    versionSource: observed.release.source,
    channel: observed.channel.name,
    distTag: observed.channel.distTag,
    makeLatest: observed.channel.makeLatest === "true",
    releaseUrl: result.release?.url ?? null,
    releaseId: result.release?.id ?? null,
    releaseDraft: result.release?.draft ?? null,
    floatingTags: observed.floatingTags,
    published,
    planHash: result.planHash,
    dryRun: applied.dryRun,
    /** Effects found already done: what an earlier (crashed) run had finished. */
    skipped: applied.outcomes.filter((outcome) => outcome.status === "skipped").map((outcome) => outcome.id),
    effects: applied.outcomes.map((outcome) => ({ id: outcome.id, kind: outcome.kind, status: outcome.status, summary: outcome.summary })),
    evidencePath: result.evidencePath ?? null,
  };
}

/** Markdown for the step summary: the plan, then what happened to each effect. */
export function renderPublishSummary(result: PublishResult): string {
  const outputs = publishOutputs(result);
  const lines = [`### publish ${outputs.tag}${outputs.dryRun ? " (dry-run: nothing changed)" : ""}`, "", `Version ${outputs.version} from ${outputs.versionSource}; channel ${outputs.channel}.`, ""];
  lines.push(renderPlan(result.plan, result.planHash), "");
  if (!outputs.dryRun) {
    lines.push("| effect | status |", "|---|---|");
    for (const effect of outputs.effects) lines.push(`| ${effect.summary.replace(/\|/g, "\\|")} | ${effect.status === "skipped" ? "already done" : effect.status} |`);
    lines.push("");
  }
  if (outputs.releaseUrl) lines.push(`Release: ${outputs.releaseUrl}`);
  return lines.join("\n");
}
