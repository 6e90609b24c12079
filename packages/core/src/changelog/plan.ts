import { writeFileEffect } from "../plan/file-effects.js";
import { sha256, type Effect, type Plan } from "../plan/plan.js";
import { slices, TextSource, type FileText } from "../plan/text-source.js";
import { renderReadinessChecklist, renderRollbackProcedures, type GateEvidence } from "../records/release-record.js";
import { extractReleaseLines, releaseLineRange } from "./changelog-file.js";
import type { ChangelogConfig } from "./config.js";
import type { ReleaseChanges } from "./release.js";
import { releaseNotesYaml, type ReleaseNotesRecord } from "./release-notes.js";

/**
 * The record's changelog.md: the release's section as the CHANGELOG now has it, under a heading
 * of its own instead of the version heading (and the blank lines after it). Made by one join of
 * the section's lines: at 100k commits the section is megabytes, and cutting the heading off a
 * joined copy made two more copies of it.
 */
export function recordChangelog(changelog: string, release: Pick<ReleaseChanges, "version" | "tag" | "package">): string {
  const lines = extractReleaseLines(changelog, release) ?? [""];
  const start = afterHeading(lines, 0, lines.length);
  const rest = start === 0 ? lines : lines.slice(start);
  return [`# Changelog: ${release.tag}`, "", ...(rest.length > 0 ? rest : [""]), ""].join("\n");
}

/**
 * recordChangelog's text without a copy of the section: the heading, then slices of the CHANGELOG
 * itself (which the plan holds anyway), made when the plan reads it. A CHANGELOG with carriage
 * returns gets recordChangelog's string (its lines are joined with LF only).
 */
export function recordChangelogText(changelog: string, release: Pick<ReleaseChanges, "version" | "tag" | "package">): FileText {
  if (changelog.includes("\r")) return recordChangelog(changelog, release);
  const lines = changelog.split("\n");
  const range = releaseLineRange(lines, release);
  if (!range) return recordChangelog(changelog, release);
  const start = afterHeading(lines, range.from, range.to);
  if (start === range.to) return recordChangelog(changelog, release);
  // The lines stand in the CHANGELOG one after another, each followed by a line feed.
  let begin = 0;
  for (let index = 0; index < start; index++) begin += lines[index]!.length + 1;
  let end = begin;
  for (let index = start; index < range.to; index++) end += lines[index]!.length + 1;
  end -= 1;
  const heading = `# Changelog: ${release.tag}\n\n`;
  return new TextSource((write) => {
    write(heading);
    slices(changelog, begin, end, write);
    write("\n");
  });
}

/**
 * Where a section's text starts among its lines [from, to): after the heading and the blank lines
 * that follow it, when something follows it (a line break after it), as `^#{1,3} .*\n+`.
 */
function afterHeading(lines: readonly string[], from: number, to: number): number {
  if (to - from <= 1 || !/^#{1,3} .*$/.test(lines[from]!)) return from;
  let start = from + 1;
  while (start < to && lines[start] === "") start++;
  return start;
}

export interface ChangelogPlanInput {
  head: string;
  changelogPath: string;
  /** The CHANGELOG as it is now, and as it should be (undefined: nothing to write). */
  before: string | undefined;
  after: string | undefined;
  release?: ReleaseChanges;
  notes?: string;
  notesRecord?: ReleaseNotesRecord;
  recordDir?: string;
  evidence?: GateEvidence;
  config: ChangelogConfig;
}

/** Pure: the files the changelog writes. Nothing else changes (no commit, no tag). */
export function planChangelog(input: ChangelogPlanInput): Plan {
  const effects: Effect[] = [];
  if (input.after !== undefined) {
    const verb = input.before === undefined ? "create" : "update";
    effects.push(writeFileEffect(input.changelogPath, input.after, `${verb} ${input.changelogPath}${input.release ? ` with ${input.release.version}` : ""}`));
  }
  const { release, recordDir, notes, notesRecord } = input;
  if (input.after !== undefined && release && recordDir && notes && notesRecord) {
    // The record's copy of the section and the notes' YAML are made when the plan is read, from the
    // CHANGELOG and the notes record the run holds anyway: at 100k commits they are 5 and 20 MB.
    const files: Array<[string, FileText]> = [
      ["changelog.md", recordChangelogText(input.after, release)],
      ["release-notes.md", notes],
      ["release-notes.yaml", releaseNotesYaml(notesRecord)],
      ["release-readiness-checklist.md", renderReadinessChecklist(release.version, notesRecord.release_notes.release_type, input.evidence)],
      [
        "rollback-procedures.md",
        renderRollbackProcedures({
          version: release.version,
          tag: release.tag,
          ...(release.previousVersion ? { previousVersion: release.previousVersion } : {}),
          ...(release.previousTag ? { previousTag: release.previousTag } : {}),
          channels: input.config.record.rollback.channels,
          commands: input.config.record.rollback.commands,
        }),
      ],
    ];
    for (const [name, content] of files) effects.push(writeFileEffect(`${recordDir}/${name}`, content, `write ${recordDir}/${name}`));
  }
  return {
    action: "changelog",
    formatVersion: 1,
    observations: {
      head: input.head,
      changelog: input.before === undefined ? null : sha256(input.before),
      version: release?.version ?? null,
      format: input.config.format,
      ...(input.evidence ? { evidence: input.evidence.path } : {}),
    },
    effects,
  };
}
