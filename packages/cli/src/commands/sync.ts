import { resolve } from "node:path";
import { ConfigurationError, ExecCommandRunner, InPlaceArtifacts, TerminalReporter, parseSyncInputs, runSync, syncOutputs, systemClock, scratchFolder } from "@release-cadence/core";
import { parseFlags, type CommandHelp, type Flags } from "../args.js";

const flags = {
  apply: { type: "boolean", about: "apply the plan of --plan-hash instead of planning (a dry-run)" },
  "plan-hash": { type: "string", value: "sha256:…", about: "with --apply, the reviewed dry-run's plan hash", defaultIs: "none" },
  "plan-file": { type: "string", value: "PATH", about: "with --apply, the dry-run's plan.json: each target held to its own hash", defaultIs: "none" },
  "sync-id": { type: "string", value: "ID", about: "run only this sync", defaultIs: "every sync" },
  target: { type: "string", value: "NAME", about: "run only this target", defaultIs: "every target" },
  config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
  out: { type: "string", value: "DIR", about: "where the report, plan, diff and sync_log go (in DIR/<plan hash>)", defaultIs: ".git/cadence/sync" },
  "approved-by": { type: "string", value: "NAME", about: "with --apply, who approved the dry-run", defaultIs: "none" },
  json: { type: "boolean", about: "print the outputs as JSON" },
  summary: { type: "boolean", about: "print the markdown report" },
  cwd: { type: "string", value: "DIR", about: "the repository whose configuration is read", defaultIs: "the current folder" },
  verbose: { type: "boolean", about: "print every step" },
} satisfies Flags;

export const syncHelp: CommandHelp = {
  usage: "cadence sync [--apply --plan-hash sha256:…] [flags]",
  summary: "plan every sync of the configuration (a dry-run), or apply a reviewed plan",
  about: `Plans every sync of .github/cadence.yml (a dry-run: nothing changes) and writes the report, the
plan (with a plan hash per target and one over all), the full diff and the sync_log. --apply
--plan-hash H applies that plan, and refuses targets that moved since. git and api targets use
GITHUB_TOKEN (or GH_TOKEN) unless they name their own credentials. Exits 1 when a target cannot be
synced (error, conflict, blocked, stale).`,
  flags,
};

export async function syncCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags(argv, flags);
  const cwd = resolve(values.cwd ?? process.cwd());
  const inputs = parseSyncInputs({
    cwd,
    scratch: scratchFolder(process.env),
    mode: values.apply ? "apply" : "dry-run",
    planHash: values["plan-hash"],
    planFile: values["plan-file"],
    syncId: values["sync-id"],
    target: values.target,
    configPath: values.config,
    outDir: values.out,
    approvedBy: values["approved-by"],
  });
  const reporter = new TerminalReporter(process.stderr, values.verbose ?? false);
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || "";
  reporter.secret(token);
  const result = await runSync(
    {
      clock: systemClock,
      reporter,
      env: process.env,
      artifacts: new InPlaceArtifacts(),
      commands: new ExecCommandRunner(),
      ...(token ? { defaultToken: token } : {}),
      ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
    },
    inputs,
  );
  const outputs = syncOutputs(result);
  if (values.json) out.write(`${JSON.stringify(outputs, null, 2)}\n`);
  else if (values.summary) out.write(`${result.files.summary}\n`);
  else {
    out.write(`plan ${outputs.planHash}${outputs.mode === "dry-run" ? " (dry-run: nothing changed)" : ""}\n`);
    for (const target of outputs.targets) {
      out.write(`  ${target.syncId} → ${target.target}: ${target.status}, +${target.add} ~${target.modify} -${target.delete} (${target.planHash.slice(0, 19)}…)${target.message ? `\n    ${target.message}` : ""}${target.pullRequest ? `\n    ${target.pullRequest}` : ""}\n`);
    }
    out.write(`report: ${outputs.reportPath}\nsync log: ${outputs.syncLogPath}\n`);
    if (outputs.mode === "dry-run") out.write(`apply with: cadence sync --apply --plan-hash ${outputs.planHash}\n`);
  }
  if (outputs.failedTargets.length > 0) {
    throw new ConfigurationError(`${outputs.failedTargets.length} of ${outputs.targets.length} target(s) cannot be synced: ${outputs.failedTargets.join(", ")} (see ${outputs.reportPath})`);
  }
}
