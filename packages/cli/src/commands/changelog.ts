import { resolve } from "node:path";
import {
  GitCli,
  LocalFiles,
  TerminalReporter,
  changelogOutputs,
  parseChangelogInputs,
  renderChangelogSummary,
  runChangelog,
  systemClock,
  scratchFolder,
} from "@release-cadence/core";
import { parseFlags, type CommandHelp, type Flags } from "../args.js";
import { writeJsonWithLargeField } from "../json-out.js";

const flags = {
  version: { type: "string", value: "X.Y.Z", about: "the version being released", defaultIs: "what version-bump decides" },
  from: { type: "string", value: "REF", about: "start of the range (exclusive)", defaultIs: "the previous release tag" },
  to: { type: "string", value: "REF", about: "end of the range (inclusive)", defaultIs: "HEAD" },
  "from-start": { type: "boolean", about: "regenerate every release from the first tag" },
  "dry-run": { type: "boolean", about: "render and show the plan, write nothing in the repository" },
  json: { type: "boolean", about: "print the outputs as JSON: entries, the CHANGELOG section, the plan" },
  summary: { type: "boolean", about: "print the markdown summary the action writes" },
  format: { type: "string", value: "conventional|keep-a-changelog|release-please", about: "the CHANGELOG's format", defaultIs: "changelog.format, else conventional" },
  output: { type: "string", value: "PATH", about: "the CHANGELOG file", defaultIs: "changelog.path, else CHANGELOG.md" },
  "record-dir": { type: "string", value: "DIR", about: "the release record folder; {version} and {package} are filled in (a monorepo's package gets its own folder)", defaultIs: "changelog.record.dir, else docs/releases/{version}" },
  "no-record": { type: "boolean", about: "write no release record folder", defaultIs: "changelog.record.enabled" },
  evidence: { type: "string", value: "PATH", about: "gate-check's release_evidence, for the readiness checklist", defaultIs: "none" },
  "plan-hash": { type: "string", value: "sha256:…", about: "apply only if the plan has this hash", defaultIs: "any plan" },
  branch: { type: "string", value: "NAME", about: "the release line, when HEAD is detached", defaultIs: "the checked-out branch" },
  package: { type: "string", value: "NAME", about: "in a monorepo, the package to describe", defaultIs: "the root package" },
  config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
  date: { type: "string", value: "YYYY-MM-DD", about: "the release date", defaultIs: "today (UTC)" },
  "planned-dir": { type: "string", value: "DIR", about: "with --dry-run, keep the files it would write there", defaultIs: "none" },
  cwd: { type: "string", value: "DIR", about: "the repository", defaultIs: "the current folder" },
  verbose: { type: "boolean", about: "print every step" },
} satisfies Flags;

export const changelogHelp: CommandHelp = {
  usage: "cadence changelog [flags]",
  summary: "write the release's CHANGELOG section, release notes and record folder",
  about: `Writes the release's CHANGELOG section, release notes and the release record folder
(docs/releases/<version>/; in a monorepo the package's, docs/releases/<package>/<version>/, under a
CHANGELOG heading <package>@<version>). --dry-run writes nothing in the repository; with --json it gives the
entries and the CHANGELOG section it would write, and with --planned-dir it keeps the files it
would write there, for a later dry-run of version-bump and gate-check.`,
  flags,
};

export async function changelogCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags(argv, flags);
  const cwd = resolve(values.cwd ?? process.cwd());
  const inputs = parseChangelogInputs({
    cwd,
    scratch: scratchFolder(process.env),
    version: values.version,
    from: values.from,
    to: values.to,
    fromStart: values["from-start"] ?? false,
    dryRun: values["dry-run"] ?? false,
    format: values.format,
    output: values.output,
    recordDir: values["record-dir"],
    ...(values["no-record"] ? { record: false } : {}),
    evidencePath: values.evidence,
    planHash: values["plan-hash"],
    branch: values.branch,
    package: values.package,
    configPath: values.config,
    date: values.date,
    plannedDir: values["planned-dir"],
    // Run inside Actions, the CLI links to the same repository the action would.
    context: { serverUrl: process.env.GITHUB_SERVER_URL, repository: process.env.GITHUB_REPOSITORY },
  });
  const reporter = new TerminalReporter(process.stderr, values.verbose ?? false);
  const ports = { git: new GitCli(cwd), files: new LocalFiles(cwd), clock: systemClock, reporter };
  if (values.summary) {
    out.write(`${renderChangelogSummary(await runChangelog(ports, inputs))}\n`);
    return;
  }
  // Only the outputs outlive this line: the commits and rendered files of a long range are free
  // to go before the JSON is written.
  const outputs = changelogOutputs(await runChangelog(ports, inputs));
  if (values.json) {
    writeJsonWithLargeField(out, outputs, "notes", "entries", "section");
    return;
  }
  if (outputs.nothingToRelease) out.write(`${outputs.nothingToRelease}\n`);
  else out.write(`${outputs.version}: ${outputs.sections.map((section) => `${section.count} ${section.title}`).join(", ") || "no listed changes"} → ${outputs.changelogPath}${outputs.recordDir ? `, ${outputs.recordDir}/` : ""}\n`);
  out.write(`plan ${outputs.planHash}${outputs.dryRun ? " (dry-run: nothing changed)" : ""}\n`);
  for (const effect of outputs.effects) out.write(`  ${effect.status}: ${effect.summary}\n`);
}
