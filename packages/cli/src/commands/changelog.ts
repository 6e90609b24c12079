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
import { parseFlags } from "../args.js";
import { writeJsonWithLargeField } from "../json-out.js";

export const changelogHelp = `cadence changelog [--version X.Y.Z] [--from REF] [--to REF] [--from-start] [--dry-run] [--json]
    [--format conventional|keep-a-changelog|release-please] [--output PATH] [--record-dir DIR] [--no-record]
    [--evidence PATH] [--plan-hash sha256:…] [--branch NAME] [--package NAME] [--config PATH]
    [--date YYYY-MM-DD] [--planned-dir DIR] [--summary] [--cwd DIR]
  Writes the release's CHANGELOG section, release notes and the release record folder
  (docs/releases/<version>/). The version defaults to what version-bump decides. --from-start
  regenerates every release from the first tag. --dry-run writes nothing in the repository; with
  --json it gives the entries and the CHANGELOG section it would write, and with --planned-dir it
  keeps the files it would write there, for a later dry-run of version-bump and gate-check. --date
  fixes the release date (default today, UTC).`;

export async function changelogCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags("changelog", argv, {
    version: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    "from-start": { type: "boolean" },
    "dry-run": { type: "boolean" },
    json: { type: "boolean" },
    format: { type: "string" },
    output: { type: "string" },
    "record-dir": { type: "string" },
    "no-record": { type: "boolean" },
    evidence: { type: "string" },
    "plan-hash": { type: "string" },
    branch: { type: "string" },
    package: { type: "string" },
    config: { type: "string" },
    date: { type: "string" },
    "planned-dir": { type: "string" },
    summary: { type: "boolean" },
    cwd: { type: "string" },
    verbose: { type: "boolean" },
  });
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
    writeJsonWithLargeField(out, outputs, "notes", "section");
    return;
  }
  if (outputs.nothingToRelease) out.write(`${outputs.nothingToRelease}\n`);
  else out.write(`${outputs.version}: ${outputs.sections.map((section) => `${section.count} ${section.title}`).join(", ") || "no listed changes"} → ${outputs.changelogPath}${outputs.recordDir ? `, ${outputs.recordDir}/` : ""}\n`);
  out.write(`plan ${outputs.planHash}${outputs.dryRun ? " (dry-run: nothing changed)" : ""}\n`);
  for (const effect of outputs.effects) out.write(`  ${effect.status}: ${effect.summary}\n`);
}
