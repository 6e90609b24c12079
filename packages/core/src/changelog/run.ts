import { keepPlannedFiles } from "../adapters/planned-files.js";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadConfig } from "../config/load.js";
import type { CadenceConfig } from "../config/types.js";
import { ConfigurationError } from "../errors/index.js";
import { applyPlan, type ApplyResult } from "../plan/apply.js";
import { writeFileHandler } from "../plan/file-effects.js";
import { planHash, type Plan } from "../plan/plan.js";
import type { Clock, Files, Git, Reporter } from "../ports/index.js";
import { evidenceWriter } from "../records/evidence.js";
import { readGateEvidence, type GateEvidence } from "../records/release-record.js";
import { ORIGIN_URL } from "../version-bump/first-questions.js";
import { inspectRepository } from "../version-bump/repository.js";
import { defaultHeader, upsertRelease } from "./changelog-file.js";
import { collectHistory, collectRelease, NothingToRelease, selectPackage, type ReleaseRange } from "./collect.js";
import { resolveChangelogConfig, type ChangelogConfig } from "./config.js";
import type { ChangelogInputs } from "./inputs.js";
import { resolveLinks, type RepositoryLinks } from "./links.js";
import { planChangelog } from "./plan.js";
import { recordDirFor, releasePackage } from "../records/release-place.js";
import { buildRelease, type ReleaseChanges } from "./release.js";
import { buildReleaseNotes, renderReleaseNotes, type ReleaseNotesRecord } from "./release-notes.js";
import { renderChangelogSectionLines } from "./render-section.js";

export interface ChangelogPorts {
  git: Git;
  files: Files;
  clock: Clock;
  reporter: Reporter;
  evidenceDir?: string;
}

export interface ChangelogResult {
  /** Set when there is nothing to release; everything else is then empty. */
  nothingToRelease?: string;
  release?: ReleaseChanges;
  /** Every release written (one, or all of them with from-start), oldest first. */
  releases: ReleaseChanges[];
  /** The latest release's CHANGELOG section as written (or, in a dry-run, as it would be). */
  section?: string;
  notes?: string;
  notesRecord?: ReleaseNotesRecord;
  changelogPath: string;
  recordDir?: string;
  notesPath?: string;
  plan: Plan;
  planHash: string;
  applied: ApplyResult;
  config: ChangelogConfig;
  evidencePath?: string;
}

function withOverrides(config: ChangelogConfig, inputs: ChangelogInputs): ChangelogConfig {
  const format = inputs.format ?? config.format;
  // A format given as input brings its own sections unless the file set custom ones for that format.
  const base = inputs.format && inputs.format !== config.format ? resolveChangelogConfig({ format }) : config;
  return {
    ...config,
    format,
    sections: base.sections,
    order: base.order,
    path: inputs.output ?? config.path,
    record: { ...config.record, ...(inputs.recordDir ? { dir: inputs.recordDir } : {}), ...(inputs.record !== undefined ? { enabled: inputs.record } : {}) },
  };
}

async function remoteUrl(git: Git): Promise<string | undefined> {
  try {
    const result = await git.run(ORIGIN_URL, { allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
  } catch {
    // git itself could not run: reading the commits reports that, with its own message.
    return undefined;
  }
}

async function readEvidence(inputs: ChangelogInputs): Promise<GateEvidence | undefined> {
  if (!inputs.evidencePath) return undefined;
  const path = resolve(inputs.cwd, inputs.evidencePath);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new ConfigurationError(`the evidence file ${inputs.evidencePath} cannot be read (expected gate-check's release_evidence YAML)`);
  }
  return readGateEvidence(inputs.evidencePath, text);
}

function describe(range: ReleaseRange, config: ChangelogConfig, cadence: CadenceConfig, links: RepositoryLinks | undefined, today: string, pkg: string | undefined): ReleaseChanges {
  return buildRelease({
    version: range.version,
    ...(pkg !== undefined ? { package: pkg } : {}),
    tag: range.tag,
    ...(range.previousVersion ? { previousVersion: range.previousVersion } : {}),
    ...(range.previousTag ? { previousTag: range.previousTag } : {}),
    date: range.date ?? today,
    head: range.head,
    commits: range.commits,
    commitCount: range.commitCount,
    cancelledPairs: range.cancelledPairs,
    config,
    bangIsBreaking: cadence.versioning.bangIsBreaking,
    ...(links ? { links } : {}),
  });
}

/** changelog from start to end: observe, read the commits once, render, plan, and (unless dry-run) apply. */
export async function runChangelog(ports: ChangelogPorts, inputs: ChangelogInputs): Promise<ChangelogResult> {
  const { git, files, reporter } = ports;
  // version-bump checks the repository itself on the default path; the others check it here.
  const explicit = inputs.fromStart || inputs.from !== undefined || inputs.to !== undefined || inputs.version !== undefined;
  const repository = explicit ? await inspectRepository(git, inputs.branch) : undefined;
  const cadence = await loadConfig(files, inputs.configPath ? { configPath: inputs.configPath } : {});
  // A project set up for release-please gets the CHANGELOG sections release-please writes.
  const defaultFormat = cadence.source.kind === "release-please" ? "release-please" : "conventional";
  const config = withOverrides(resolveChangelogConfig(cadence.raw.changelog, cadence.source.files[0], defaultFormat), inputs);
  const template = config.template === undefined ? undefined : await files.read(config.template);
  if (config.template !== undefined && template === undefined) throw new ConfigurationError(`changelog.template names ${config.template}, which does not exist in the repository`, { file: cadence.source.files[0] ?? ".github/cadence.yml" });
  const pkg = selectPackage(cadence, inputs.package);
  // In a monorepo the headings and the record folder carry the package: two packages may share a version.
  const scope = releasePackage(cadence, pkg);
  const needsRemote = config.links && !config.repositoryUrl && !(inputs.context.serverUrl && inputs.context.repository);
  // The remote is asked for while the commits are read (remoteUrl never rejects: no remote is no links).
  const remote = needsRemote ? remoteUrl(git) : undefined;
  const evidence = await readEvidence(inputs);
  // A given date makes the plan the same whenever it is made (a release approved days after its plan).
  const today = inputs.date ?? ports.clock.now().toISOString().slice(0, 10);

  const ranges: ReleaseRange[] = [];
  let nothing: string | undefined;
  if (inputs.fromStart) ranges.push(...(await collectHistory(ports, cadence, pkg)));
  const latest = await collectRelease(ports, cadence, pkg, inputs);
  const links = resolveLinks(config.repositoryUrl, inputs.context, await remote);
  const head = repository?.head ?? latest.head;
  if (latest instanceof NothingToRelease) nothing = latest.reason;
  else if (!ranges.some((range) => range.version === latest.version)) ranges.push(latest);
  if (inputs.fromStart && ranges.length > 0) nothing = undefined;

  const releases = ranges.map((range) => describe(range, config, cadence, links, today, scope));
  const release = releases.at(-1);
  const existing = await files.read(config.path);
  let changelog = existing;
  let section: string[] | undefined;
  const generatedTitles = [...config.order, ...config.sections.map((rule) => rule.title)];
  for (const item of releases) {
    section = renderChangelogSectionLines(item, config, template);
    changelog = upsertRelease(changelog, {
      version: item.version,
      package: item.package,
      section,
      generatedTitles,
      header: config.header ?? defaultHeader(config.format),
      keepBlankRuns: config.format === "release-please",
    });
  }
  const notesRecord = release && buildReleaseNotes(release, config, inputs.buildId ? { buildId: inputs.buildId } : {});
  const notes = release && notesRecord && renderReleaseNotes(notesRecord, release);
  const recordDir = release && config.record.enabled ? recordDirFor(config.record.dir, release) : undefined;

  const plan = planChangelog({
    head,
    changelogPath: config.path,
    before: existing,
    after: nothing === undefined ? changelog : undefined,
    ...(release && notes && notesRecord ? { release, notes, notesRecord } : {}),
    ...(recordDir ? { recordDir } : {}),
    ...(evidence ? { evidence } : {}),
    config,
  });
  const hash = planHash(plan);
  const evidenceDir = ports.evidenceDir ?? (inputs.dryRun || plan.effects.length === 0 ? "" : join(repository?.gitDir ?? (await gitDir(git)), "cadence", "evidence"));
  const evidencePath = join(evidenceDir, `changelog-${hash.slice(7, 19)}.yaml`);
  const decisions = release ? [{ name: pkg.name, next: release.version }] : [];
  const applied = await applyPlan(plan, { "write-file": writeFileHandler(files) }, {
    dryRun: inputs.dryRun,
    ...(inputs.planHash ? { expectedPlanHash: inputs.planHash } : {}),
    reporter,
    evidence: evidenceWriter(evidencePath, { plan, hash, head, branch: repository?.branch ?? inputs.branch, decisions, clock: ports.clock }),
  });
  if (inputs.dryRun && inputs.plannedDir) await keepPlannedFiles(plan, inputs.plannedDir);
  if (nothing) reporter.info(nothing);
  return {
    ...(nothing ? { nothingToRelease: nothing } : {}),
    ...(release && nothing === undefined ? { release } : {}),
    releases: nothing === undefined ? releases : [],
    ...(section && nothing === undefined ? { section: section.join("\n") } : {}),
    ...(notes && nothing === undefined ? { notes, notesRecord: notesRecord! } : {}),
    changelogPath: config.path,
    ...(recordDir && nothing === undefined ? { recordDir, notesPath: `${recordDir}/release-notes.md` } : {}),
    plan,
    planHash: hash,
    applied,
    config,
    ...(inputs.dryRun || plan.effects.length === 0 ? {} : { evidencePath }),
  };
}

async function gitDir(git: Git): Promise<string> {
  const { stdout } = await git.run(["rev-parse", "--absolute-git-dir"]);
  return stdout.trim();
}
