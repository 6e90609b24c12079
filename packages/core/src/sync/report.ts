import type { FileDiff } from "./diff.js";
import { countChanges } from "./planner.js";
import type { TargetPlan } from "./target-plan.js";

/** What a report says about applied targets, besides their plans. */
export interface TargetOutcome {
  status: "success" | "failed" | "skipped" | "stale" | "planned";
  error?: string;
  pullRequest?: string;
  commit?: string;
  smoke?: { passed: boolean; output: string };
}

export interface ReportInput {
  mode: "dry-run" | "apply";
  planHash: string;
  targets: readonly TargetPlan[];
  outcomes?: ReadonlyMap<TargetPlan, TargetOutcome>;
  /** Where the full diff is, for the note that says a report was cut. */
  diffRef?: string;
}

const STATUS_TEXT: Record<TargetPlan["status"], string> = {
  changes: "changes",
  unchanged: "up to date",
  conflict: "**conflict**",
  blocked: "**blocked**",
  error: "**error**",
};

/**
 * The human-readable dry-run (DR-02, DR-03): a table of targets, then per target every file to
 * add, change and delete with its diff folded, the conflicts, and the edits kept. Cut to `limit`
 * characters (the step summary holds 1 MiB, a pull request body 65,536), diffs first, with a note
 * saying where the whole diff is.
 */
export function renderReport(input: ReportInput, limit = Infinity): string {
  const head = [
    `## Sync ${input.mode === "dry-run" ? "dry-run" : "apply"}`,
    "",
    `Plan hash \`${input.planHash}\`${input.mode === "dry-run" ? " — an apply with this plan hash applies exactly this plan, or refuses." : ""}`,
    "",
    "| sync | target | base | add | modify | delete | status | target plan hash |",
    "|---|---|---|---:|---:|---:|---|---|",
    ...input.targets.map((target) => {
      const counts = countChanges(target.changes);
      const outcome = input.outcomes?.get(target);
      const status = outcome && outcome.status !== "planned" ? `${STATUS_TEXT[target.status]} → ${outcome.status}` : STATUS_TEXT[target.status];
      return `| ${cell(target.syncId)} | ${cell(target.target.id)} | ${shortBase(target.base)} | ${counts.add} | ${counts.modify} | ${counts.delete} | ${status} | \`${target.planHash.slice(0, 19)}…\` |`;
    }),
    "",
  ].join("\n");
  const sections = input.targets.map((target) => targetSection(target, input.outcomes?.get(target)));
  return fit(head, sections, limit, input.diffRef);
}

/** The pull request's body: that target's part of the report, with its plan hash. */
export function renderPullRequestBody(target: TargetPlan, limit = 60_000): string {
  const head = [
    `This pull request was opened by \`cadence sync\` for the sync \`${target.syncId}\`.`,
    "",
    `Target plan hash: \`${target.planHash}\``,
    "",
    `Base: \`${target.base}\``,
    "",
  ].join("\n");
  return `${fit(head, [targetSection(target, undefined)], limit, "the sync's artifact (plan, report and full diff)")}\n<!-- cadence-sync: ${target.syncId} ${target.target.id} -->\n`;
}

interface Section {
  text: string;
  diffs: Array<{ diff: FileDiff; text: string }>;
  tail: string;
}

function targetSection(target: TargetPlan, outcome: TargetOutcome | undefined): Section {
  const lines = [`### ${target.syncId} → ${target.target.id}`, ""];
  if (target.message) lines.push(`> ${target.message.replace(/\n/g, "\n> ")}`, "");
  if (outcome?.error) lines.push(`> apply failed: ${outcome.error.replace(/\n/g, "\n> ")}`, "");
  if (outcome?.pullRequest) lines.push(`Pull request: ${outcome.pullRequest}`, "");
  if (outcome?.commit) lines.push(`Commit: \`${outcome.commit}\``, "");
  if (outcome?.smoke) lines.push(`Smoke command: ${outcome.smoke.passed ? "passed" : "**failed**"}`, "");
  if (target.changes.length === 0 && target.status !== "error") lines.push(target.manifestChanged ? "No file changes; the manifest of managed files is updated." : "Nothing to change.", "");
  const tail: string[] = [];
  if (target.conflicts.length > 0) {
    tail.push("**Conflicts** (nothing is written to this target):", "", ...target.conflicts.map((conflict) => `- \`${conflict.path}\`: ${conflict.reason}`), "");
  }
  if (target.kept.length > 0) tail.push("Target edits kept:", "", ...target.kept.map((kept) => `- \`${kept.path}\`: ${kept.reason}`), "");
  if (target.manifestChanged && target.changes.length > 0) tail.push("The manifest of managed files is updated with them.", "");
  const diffs = target.diffs.map((diff) => ({ diff, text: diffBlock(diff) }));
  return { text: lines.join("\n"), diffs, tail: tail.join("\n") };
}

function diffBlock(diff: FileDiff): string {
  const what = diff.action === "add" ? "added" : diff.action === "delete" ? "deleted" : "modified";
  const extra = [diff.binary ? "binary" : `+${diff.added} −${diff.removed}`, diff.modeChange ? `mode ${diff.modeChange[0]} → ${diff.modeChange[1]}` : "", diff.note && !diff.binary ? diff.note : ""].filter(Boolean).join(", ");
  const fence = diff.text.includes("```") ? "````" : "```";
  return [`<details><summary><code>${escapeHtml(diff.path)}</code> (${what}, ${extra})</summary>`, "", `${fence}diff`, diff.text.replace(/\n$/, ""), fence, "", "</details>", ""].join("\n");
}

/** Joins the parts, leaving out diffs from the end until the whole fits; never cuts the table or a conflict. */
function fit(head: string, sections: readonly Section[], limit: number, diffRef: string | undefined): string {
  const whole = (keep: number) => {
    let left = keep;
    let omitted = 0;
    const parts = [head];
    for (const section of sections) {
      parts.push(section.text);
      for (const diff of section.diffs) {
        if (left > 0) {
          parts.push(diff.text);
          left--;
        } else {
          parts.push(`- \`${diff.diff.path}\` (${diff.diff.action}${diff.diff.binary ? ", binary" : `, +${diff.diff.added} −${diff.diff.removed}`})`);
          omitted++;
        }
      }
      parts.push("", section.tail);
    }
    if (omitted > 0) parts.push(`${omitted} diff(s) are not shown here to keep this page within its size limit; the full diff is in ${diffRef ?? "the sync's artifact"}.`);
    return parts.join("\n");
  };
  const total = sections.reduce((sum, section) => sum + section.diffs.length, 0);
  let text = whole(total);
  if (text.length <= limit) return text;
  // The most diffs that fit, found by halving; the files left out stay listed by name.
  let low = 0;
  let high = total;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (whole(middle).length <= limit) low = middle;
    else high = middle - 1;
  }
  text = whole(low);
  return text.length <= limit ? text : `${text.slice(0, Math.max(0, limit - 80))}\n\n(cut to fit; the full report is in ${diffRef ?? "the sync's artifact"})\n`;
}

function shortBase(base: string): string {
  if (base === "") return "(new)";
  return base.startsWith("sha256:") ? `\`${base.slice(7, 19)}\`` : `\`${base.slice(0, 12)}\``;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The whole diff of every target, for the artifact: `git apply`-able per target. */
export function renderFullDiff(targets: readonly TargetPlan[]): string {
  const parts: string[] = [];
  for (const target of targets) {
    if (target.diffs.length === 0) continue;
    parts.push(`# sync ${target.syncId} → ${target.target.id} (base ${target.base}, plan ${target.planHash})`);
    for (const diff of target.diffs) parts.push(diff.text.replace(/\n$/, ""));
  }
  return parts.length > 0 ? `${parts.join("\n")}\n` : "";
}

/** One line per target, for the sync_log's diff_summary. */
export function diffSummary(targets: readonly TargetPlan[]): string {
  return targets
    .map((target) => {
      const counts = countChanges(target.changes);
      const lines = target.diffs.reduce((sum, diff) => ({ added: sum.added + diff.added, removed: sum.removed + diff.removed }), { added: 0, removed: 0 });
      const what = target.status === "error" || target.status === "blocked" ? `${target.status}: ${target.message ?? ""}` : target.status === "conflict" ? `conflict in ${target.conflicts.length} file(s)` : `${counts.add} to add, ${counts.modify} to modify, ${counts.delete} to delete (+${lines.added} −${lines.removed} lines)`;
      return `${target.target.id}: ${what}`;
    })
    .join("\n");
}
