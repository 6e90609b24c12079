import { resolve } from "node:path";
import {
  GitCli,
  LocalFiles,
  TerminalReporter,
  cadenceDueOutputs,
  parseCadenceDueInputs,
  calendarOutputs,
  fixedClock,
  parseNow,
  renderCadenceDueSummary,
  renderCalendarSummary,
  runCadenceDue,
  runCalendar,
  systemClock,
} from "@release-cadence/core";
import { parseFlags, type CommandHelp, type Flags } from "../args.js";

const flags = {
  now: { type: "string", value: "ISO-8601", about: "judge the calendar at this instant", defaultIs: "now" },
  due: { type: "boolean", about: "also read the release branches and tags: what the cadence tick would run" },
  stage: { type: "string", value: "rc-cut|rc|promote", about: "ask for one stage whatever the day (implies --due)", defaultIs: "what the calendar makes due" },
  json: { type: "boolean", about: "print the outputs as JSON" },
  summary: { type: "boolean", about: "print markdown with a Mermaid gantt chart of the coming cycle" },
  config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
  cwd: { type: "string", value: "DIR", about: "the repository", defaultIs: "the current folder" },
} satisfies Flags;

export const calendarHelp: CommandHelp = {
  usage: "cadence calendar [flags]",
  summary: "say what the release calendar makes due today, and the coming dates",
  about: `Prints what the release calendar says is due today (rc-cut, release, none, or blackout) and the
coming dates, from the calendar section of .github/cadence.yml. --due also reads the repository's
release branches and tags and says what the cadence tick would run (rc-cut, rc, promote, release,
none or blackout), from which commit and onto which branch, as gate-check's calendar mode does;
--stage asks for one stage whatever the day, and says why when the repository does not allow it.`,
  flags,
};

export async function calendarCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags(argv, flags);
  const now = parseNow(values.now);
  if (values.due || values.stage) return dueCommand(resolve(values.cwd ?? process.cwd()), { now, config: values.config, stage: values.stage, json: values.json, summary: values.summary }, out);
  const result = await runCalendar(
    { files: new LocalFiles(resolve(values.cwd ?? process.cwd())), clock: now ? fixedClock(now) : systemClock },
    values.config ? { configPath: values.config } : {},
  );
  if (values.json) {
    out.write(`${JSON.stringify(calendarOutputs(result.view), null, 2)}\n`);
    return;
  }
  if (values.summary) {
    out.write(`${renderCalendarSummary(result)}\n`);
    return;
  }
  const { view } = result;
  out.write(`${view.localDate} ${view.localTime} (${view.timezone}): today ${view.today}${view.blackout ? ` (${view.blackout.reason} until ${view.blackout.to})` : ""}${view.freeze ? `; freeze: ${view.freeze.reason}` : ""}\n`);
  for (const event of view.next) out.write(`  ${event.date}  ${event.kind}${event.version ? ` ${event.version}` : ""}${event.blocked ? `  (${event.blocked})` : ""}\n`);
  if (view.next.length === 0) out.write("  nothing planned\n");
}

async function dueCommand(cwd: string, options: { now: Date | undefined; config: string | undefined; stage: string | undefined; json: boolean | undefined; summary: boolean | undefined }, out: NodeJS.WritableStream): Promise<void> {
  const result = await runCadenceDue(
    { git: new GitCli(cwd), files: new LocalFiles(cwd), clock: options.now ? fixedClock(options.now) : systemClock, reporter: new TerminalReporter() },
    parseCadenceDueInputs({ cwd, ...(options.config ? { configPath: options.config } : {}), ...(options.stage ? { stage: options.stage } : {}) }),
  );
  if (options.json) return void out.write(`${JSON.stringify(cadenceDueOutputs(result), null, 2)}\n`);
  if (options.summary) return void out.write(`${renderCadenceDueSummary(result)}\n`);
  const { decision } = result;
  out.write(`${result.calendar.view.localDate} (${result.calendar.view.timezone}): ${decision.due}: ${decision.reason}\n`);
  if (decision.branch) out.write(`  branch ${decision.branch} at ${decision.commit?.slice(0, 12)}${decision.version ? `, version ${decision.version}` : ""}\n`);
}
