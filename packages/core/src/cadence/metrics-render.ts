import type { CadenceMetrics, ReleaseRow, Spread } from "./metrics.js";

const days = (hours: number | null) => {
  if (hours === null) return "—";
  return hours < 48 ? `${hours} h` : `${Math.round((hours / 24) * 10) / 10} d`;
};
const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 1000) / 10}%`);
const mark = (met: boolean | null) => (met === null ? "" : met ? " ✅" : " ❌");
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
const perRelease = (value: number | null) => (value === null ? "" : ` (${value} per release)`);
const joined = (parts: Array<string | false>) => parts.filter((part): part is string => part !== false).join("; ");

function spreadText(spread: Spread): string {
  if (spread.count === 0) return "no release to measure";
  return `median ${days(spread.medianHours)}, mean ${days(spread.meanHours)} (${plural(spread.count, "release")})`;
}

/** The metrics as [metric, value, inputs] rows: one source for the markdown and the terminal table. */
export function metricRows(metrics: CadenceMetrics): Array<[string, string, string]> {
  const { releaseFrequency: frequency, leadTime: lead, deploymentSuccessRate: success, rollbacks, criticalIssues: critical } = metrics;
  const withoutCandidate = lead.rcToRelease.inputs.withoutCandidate;
  const criticalName = `Critical issues, first ${critical.windowHours} h`;
  return [
    [
      "Release frequency",
      `${frequency.released} released / ${frequency.planned} planned (${frequency.onPlan} on the planned day)`,
      joined([
        frequency.missed.length > 0 ? `missed ${frequency.missed.join(", ")}` : "none missed",
        frequency.unplanned.length > 0 && `off plan ${frequency.unplanned.join(", ")}`,
        frequency.meanIntervalDays !== null && `every ${frequency.meanIntervalDays} d on average`,
      ]),
    ],
    ["Lead time, RC cut → release", spreadText(lead.rcToRelease), withoutCandidate.length > 0 ? `without a candidate: ${withoutCandidate.join(", ")}` : ""],
    ["Lead time, first commit → release", `${spreadText(lead.firstCommitToRelease)}${mark(lead.firstCommitToRelease.met)}`, `target: ${lead.firstCommitToRelease.target}`],
    [
      "Deployment success rate",
      `${percent(success.rate)} (${success.succeeded} of ${success.releases})${mark(success.met)}`,
      joined([`target ${success.target}`, success.rolledBack.length > 0 && `rolled back: ${success.rolledBack.join(", ")}`]),
    ],
    [
      "Rollbacks",
      `${rollbacks.count}${perRelease(rollbacks.perRelease)}`,
      joined(rollbacks.reasons.map((entry) => `${entry.from} → ${entry.to || "?"} (${entry.severity}): ${entry.reason}`)),
    ],
    critical.available
      ? [criticalName, `${critical.count}${perRelease(critical.perRelease)}${mark(critical.met)}`, `label '${critical.label}', target ${critical.target}`]
      : [criticalName, "not measured", critical.reason],
  ];
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

function recentRows(metrics: CadenceMetrics, recent: number): ReleaseRow[] {
  return metrics.releases.slice(-recent);
}

/** Mermaid's gantt of the recent releases: RC cut to release as a bar, a release without a candidate as a milestone. */
export function releasesGantt(rows: readonly ReleaseRow[]): string {
  const lines = ["```mermaid", "gantt", "  title Recent releases", "  dateFormat YYYY-MM-DD", "  axisFormat %b %d", "  section Releases"];
  for (const row of rows) {
    const tags = row.rolledBack ? "crit, " : "done, ";
    const rc = row.rcDate;
    if (rc && rc < row.date) lines.push(`  ${row.version} :${tags}${rc}, ${row.date}`);
    else lines.push(`  ${row.version} :milestone, ${tags}${row.date}, 0d`);
  }
  lines.push("```");
  return lines.join("\n");
}

/** Mermaid's xychart of lead times: first commit → release as bars, RC cut → release as a line, in days. */
export function leadTimeChart(rows: readonly ReleaseRow[]): string {
  const inDays = (hours: number | null) => (hours === null ? 0 : Math.round((hours / 24) * 10) / 10);
  const top = Math.max(1, ...rows.flatMap((row) => [row.firstCommitToReleaseHours, row.rcToReleaseHours].map((hours) => Math.ceil(inDays(hours)))));
  return [
    "```mermaid",
    "xychart-beta",
    '  title "Lead time of recent releases (days)"',
    `  x-axis [${rows.map((row) => `"${row.version}"`).join(", ")}]`,
    `  y-axis "days" 0 --> ${top}`,
    `  bar [${rows.map((row) => inDays(row.firstCommitToReleaseHours)).join(", ")}]`,
    `  line [${rows.map((row) => inDays(row.rcToReleaseHours)).join(", ")}]`,
    "```",
  ].join("\n");
}

/** Markdown for the step summary and `cadence metrics --summary`: the metrics table, the recent releases and two charts. */
export function renderMetricsSummary(metrics: CadenceMetrics, recent: number): string {
  const { window } = metrics;
  const span = `Releases from ${window.since.slice(0, 10)} to ${window.until.slice(0, 10)} (dates in ${window.timezone}).`;
  const lines = ["## Cadence health", "", span, "", "| metric | value | from |", "|---|---|---|"];
  for (const [name, value, inputs] of metricRows(metrics)) lines.push(`| ${name} | ${cell(value)} | ${cell(inputs)} |`);
  const rows = recentRows(metrics, recent);
  if (rows.length === 0) {
    lines.push("", "No release in the window.");
    return lines.join("\n");
  }
  lines.push("", "### Recent releases", "", "| version | date | RC → release | first commit → release | rolled back | critical issues |");
  lines.push("|---|---|---|---|---|---|");
  for (const row of [...rows].reverse()) {
    const cells = [row.version, row.date, days(row.rcToReleaseHours), days(row.firstCommitToReleaseHours), row.rolledBack ? "yes" : "no", String(row.criticalIssues ?? "—")];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  lines.push("", releasesGantt(rows), "", leadTimeChart(rows));
  return lines.join("\n");
}

/** The terminal's table: the metrics, then the recent releases. */
export function renderMetricsText(metrics: CadenceMetrics, recent: number): string {
  const rows = metricRows(metrics);
  const width = Math.max(...rows.map(([name]) => name.length));
  const { since, until, timezone } = metrics.window;
  const lines = [`cadence metrics ${since.slice(0, 10)} – ${until.slice(0, 10)} (${timezone})`, ""];
  for (const [name, value, inputs] of rows) {
    lines.push(`  ${name.padEnd(width)}  ${value}`);
    if (inputs) lines.push(`  ${"".padEnd(width)}  ${inputs}`);
  }
  const releases = recentRows(metrics, recent);
  if (releases.length > 0) {
    lines.push("", "  version      date        RC→release  commit→release  rolled back  critical");
    for (const row of [...releases].reverse()) {
      const rc = days(row.rcToReleaseHours).padEnd(10);
      const commit = days(row.firstCommitToReleaseHours).padEnd(14);
      lines.push(`  ${row.version.padEnd(12)} ${row.date}  ${rc}  ${commit}  ${(row.rolledBack ? "yes" : "no").padEnd(11)}  ${row.criticalIssues ?? "—"}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
