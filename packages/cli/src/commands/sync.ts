import { resolve } from "node:path";
import { ConfigurationError, ExecCommandRunner, InPlaceArtifacts, TerminalReporter, parseSyncInputs, runSync, syncOutputs, systemClock, scratchFolder } from "@release-cadence/core";
import { parseFlags } from "../args.js";

export const syncHelp = `cadence sync [--apply --plan-hash sha256:…] [--plan-file PATH] [--sync-id ID] [--target NAME] [--config PATH]
    [--out DIR] [--approved-by NAME] [--json] [--summary] [--cwd DIR] [--verbose]
  Plans every sync of .github/cadence.yml (a dry-run: nothing changes) and writes the report, the
  plan (with a plan hash per target and one over all), the full diff and the sync_log into
  DIR/<plan hash> (default .git/cadence/sync). --apply --plan-hash H applies that plan, and refuses
  targets that moved since. git and api targets use GITHUB_TOKEN (or GH_TOKEN) unless they name
  their own credentials. Exits 1 when a target cannot be synced (error, conflict, blocked, stale).`;

export async function syncCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags("sync", argv, {
    apply: { type: "boolean" },
    "plan-hash": { type: "string" },
    "plan-file": { type: "string" },
    "sync-id": { type: "string" },
    target: { type: "string" },
    config: { type: "string" },
    out: { type: "string" },
    "approved-by": { type: "string" },
    json: { type: "boolean" },
    summary: { type: "boolean" },
    cwd: { type: "string" },
    verbose: { type: "boolean" },
  });
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
