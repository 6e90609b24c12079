import { resolve } from "node:path";
import { LocalFiles, calendarOutputs, fixedClock, parseNow, renderCalendarSummary, runCalendar, systemClock } from "@release-cadence/core";
import { parseFlags } from "../args.js";

export const calendarHelp = `cadence calendar [--now ISO-8601] [--json] [--summary] [--config PATH] [--cwd DIR]
  Prints what the release calendar says is due today (rc-cut, release, none, or blackout) and the
  coming dates, from the calendar section of .github/cadence.yml. --summary prints markdown with
  a Mermaid gantt chart of the coming cycle.`;

export async function calendarCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags("calendar", argv, {
    now: { type: "string" },
    json: { type: "boolean" },
    summary: { type: "boolean" },
    config: { type: "string" },
    cwd: { type: "string" },
  });
  const now = parseNow(values.now);
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
