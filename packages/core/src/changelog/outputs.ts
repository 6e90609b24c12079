import { renderPlan } from "../plan/plan.js";
import type { ChangelogResult } from "./run.js";

/** The action's outputs and the CLI's JSON share this one shape. */
export function changelogOutputs(result: ChangelogResult) {
  const release = result.release;
  return {
    version: release?.version ?? null,
    tag: release?.tag ?? null,
    previousVersion: release?.previousVersion ?? null,
    releaseNeeded: release !== undefined,
    nothingToRelease: result.nothingToRelease ?? null,
    notes: result.notes ?? "",
    changelogPath: result.changelogPath,
    recordDir: result.recordDir ?? null,
    notesPath: result.notesPath ?? null,
    format: result.config.format,
    releases: result.releases.map((item) => item.version),
    sections: (release?.sections ?? []).map((section) => ({ title: section.title, count: section.entries.length })),
    breakingChanges: release?.breaking.length ?? 0,
    commitCount: release?.commitCount ?? 0,
    planHash: result.planHash,
    dryRun: result.applied.dryRun,
    evidencePath: result.evidencePath ?? null,
    effects: result.applied.outcomes.map((outcome) => ({ id: outcome.id, status: outcome.status, summary: outcome.summary })),
  };
}

/** The step summary: the rendered notes, then the plan. */
export function renderChangelogSummary(result: ChangelogResult): string {
  const lines = ["## changelog", ""];
  if (result.nothingToRelease) lines.push(result.nothingToRelease, "");
  else if (result.notes) lines.push(result.notes.replace(/^# /m, "### "), "");
  if (result.releases.length > 1) lines.push(`Regenerated ${result.releases.length} releases in ${result.changelogPath}.`, "");
  lines.push(renderPlan(result.plan, result.planHash));
  if (result.applied.dryRun) lines.push("", "_Dry-run: nothing was changed._");
  return lines.join("\n");
}
