import { formatDate, parseDate } from "./civil.js";
import type { CalendarConfig, CalendarView } from "./types.js";

function label(text: string): string {
  // Mermaid ends a task name at ':' and a line at '#' or ';'.
  return text.replace(/[:;#]/g, " ").trim() || "period";
}

/** A Mermaid gantt chart of the current and the coming minor cycle, the next events and the blackouts near them. */
export function calendarGantt(config: CalendarConfig, view: CalendarView): string {
  const lines = ["```mermaid", "gantt", `  title Release cadence (${view.timezone})`, "  dateFormat YYYY-MM-DD", "  axisFormat %b %d"];
  const today = parseDate(view.localDate)!;
  if (view.cycle && config.minor) {
    const length = config.minor.everyWeeks * 7;
    for (const offset of [0, length]) {
      const start = parseDate(view.cycle.start)! + offset;
      const stabilization = parseDate(view.cycle.stabilization)! + offset;
      const rc = parseDate(view.cycle.rcCut)! + offset;
      const release = parseDate(view.cycle.release)! + offset;
      lines.push(`  section Cycle ${formatDate(start)}`);
      lines.push(`  Development :${formatDate(start)}, ${stabilization - start}d`);
      lines.push(`  Stabilization :${formatDate(stabilization)}, 7d`);
      lines.push(`  RC cut :milestone, ${formatDate(rc)}, 0d`);
      lines.push(`  Release :milestone, ${formatDate(release)}, 0d`);
    }
  }
  const others = view.next.filter((event) => event.kind !== "rc-cut" && event.kind !== "release");
  if (others.length > 0) {
    lines.push("  section Other releases");
    for (const event of others) lines.push(`  ${label(`${event.kind}${event.version ? ` ${event.version}` : ""}`)} :milestone, ${event.blocked ? "crit, " : ""}${event.date}, 0d`);
  }
  const horizonEnd = today + 120;
  const blackouts = config.blackouts.filter((blackout) => blackout.to >= today && blackout.from <= horizonEnd);
  const freezes = config.freezes.filter((freeze) => freeze.to.slice(0, 10) >= view.localDate);
  if (blackouts.length + freezes.length > 0) {
    lines.push("  section No releases");
    for (const blackout of blackouts) lines.push(`  ${label(`Blackout ${blackout.reason}`)} :crit, ${formatDate(blackout.from)}, ${blackout.to - blackout.from + 1}d`);
    for (const freeze of freezes) {
      const from = parseDate(freeze.from.slice(0, 10))!;
      const to = parseDate(freeze.to.slice(0, 10))!;
      lines.push(`  ${label(`Freeze ${freeze.reason}`)} :active, ${formatDate(from)}, ${Math.max(to - from, 1)}d`);
    }
  }
  lines.push("```");
  return lines.join("\n");
}
