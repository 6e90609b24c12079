import { renderPlan } from "../plan/plan.js";
import type { ChangeEntry } from "./entries.js";
import { bytes, fitText } from "./fit-text.js";
import type { ChangelogResult } from "./run.js";

/** One listed entry as the JSON gives it: enough to review a dry-run without the file. */
export function entryJson(entry: ChangeEntry) {
  return {
    kind: entry.type ?? null,
    section: entry.section!,
    scope: entry.scope ?? null,
    subject: entry.subject,
    breaking: entry.breaking,
    commit: entry.sha,
    references: entry.references.map((reference) => ({
      number: reference.number,
      ...(reference.repository ? { repository: reference.repository } : {}),
      ...(reference.action ? { action: reference.action } : {}),
      in: reference.in,
    })),
  };
}

/**
 * A list made each time it is read, for a long one that most readers never look at: the action
 * does not output the entries, and the CLI writes them a batch at a time (50k of them at 100k
 * commits). `JSON.stringify` sees an array.
 */
export class LazyList<T> implements Iterable<T> {
  constructor(private readonly make: () => Iterable<T>) {}

  [Symbol.iterator](): Iterator<T> {
    return this.make()[Symbol.iterator]();
  }

  toJSON(): T[] {
    return [...this];
  }
}

function* listedEntries(release: ChangelogResult["release"]) {
  for (const section of release?.sections ?? []) for (const entry of section.entries) yield entryJson(entry);
}

/** The action's outputs and the CLI's JSON share this one shape. */
export function changelogOutputs(result: ChangelogResult) {
  const release = result.release;
  return {
    version: release?.version ?? null,
    tag: release?.tag ?? null,
    previousVersion: release?.previousVersion ?? null,
    date: release?.date ?? null,
    releaseNeeded: release !== undefined,
    nothingToRelease: result.nothingToRelease ?? null,
    notes: result.notes ?? "",
    changelogPath: result.changelogPath,
    recordDir: result.recordDir ?? null,
    notesPath: result.notesPath ?? null,
    format: result.config.format,
    releases: result.releases.map((item) => item.version),
    sections: (release?.sections ?? []).map((section) => ({ title: section.title, count: section.entries.length })),
    /** The listed entries, section by section in the order the CHANGELOG shows them. */
    entries: new LazyList(() => listedEntries(release)),
    /** The CHANGELOG section as written (or as a dry-run would write it). */
    section: result.section ?? null,
    breakingChanges: release?.breaking.length ?? 0,
    commitCount: release?.commitCount ?? 0,
    planHash: result.planHash,
    dryRun: result.applied.dryRun,
    evidencePath: result.evidencePath ?? null,
    effects: result.applied.outcomes.map((outcome) => ({ id: outcome.id, status: outcome.status, summary: outcome.summary })),
  };
}

/**
 * GitHub shows a step summary of at most 1 MiB and drops a larger one whole, with an error in the
 * log. The notes of a very large release (100k commits make about 5 MB) are cut to fit, with a
 * line saying where the whole text is.
 */
export const STEP_SUMMARY_BYTES = 1024 * 1024;

export interface SummaryOptions {
  /** At most this many bytes (the notes are cut to fit). */
  maxBytes?: number;
  /** The file that holds the whole notes, named when they are cut (default: the record's, once written). */
  notesPath?: string;
}

/** The step summary: the rendered notes, then the plan; within `maxBytes` when given. */
export function renderChangelogSummary(result: ChangelogResult, options: SummaryOptions = {}): string {
  const head = ["## changelog", ""];
  const tail: string[] = [];
  if (result.nothingToRelease) head.push(result.nothingToRelease, "");
  if (result.releases.length > 1) tail.push(`Regenerated ${result.releases.length} releases in ${result.changelogPath}.`, "");
  tail.push(renderPlan(result.plan, result.planHash));
  if (result.applied.dryRun) tail.push("", "_Dry-run: nothing was changed._");
  const notes = !result.nothingToRelease && result.notes ? result.notes.replace(/^# /m, "### ") : undefined;
  if (notes === undefined) return [...head, ...tail].join("\n");
  const fixed = Buffer.byteLength([...head, ...tail].join("\n")) + 2;
  const fitted = options.maxBytes === undefined ? notes : fitNotes(notes, options.maxBytes - fixed, result, options.notesPath);
  return [...head, fitted, "", ...tail].join("\n");
}

/** The notes cut after the last whole line that fits in `budget` bytes, and a line that says so. */
function fitNotes(notes: string, budget: number, result: ChangelogResult, notesPath: string | undefined): string {
  const size = Buffer.byteLength(notes);
  if (size <= budget) return notes;
  // A dry-run writes neither the record nor the CHANGELOG.
  const path = notesPath ?? (result.applied.dryRun ? undefined : result.notesPath);
  const where = path ? `the whole text is in \`${path}\`` : result.applied.dryRun ? "the whole text is in the `notes` output" : `the whole release is in \`${result.changelogPath}\``;
  const notice = `\n\n> The release notes are ${Math.round(size / 1024)} KB, more than a step summary can show: this is their beginning; ${where}.`;
  return fitText(notes, budget, notice, bytes);
}
