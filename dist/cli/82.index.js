export const id = 82;
export const ids = [82];
export const modules = {

/***/ 7082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  metricsCommand: () => (/* binding */ metricsCommand),
  metricsHelp: () => (/* binding */ metricsHelp)
});

// EXTERNAL MODULE: ./packages/core/src/adapters/reporter-terminal.ts
var reporter_terminal = __webpack_require__(1206);
// EXTERNAL MODULE: ./packages/core/src/cadence/metrics-run.ts + 3 modules
var metrics_run = __webpack_require__(4837);
// EXTERNAL MODULE: ./packages/core/src/adapters/files.ts + 1 modules
var files = __webpack_require__(3848);
// EXTERNAL MODULE: ./packages/core/src/adapters/clock.ts
var clock = __webpack_require__(3664);
;// CONCATENATED MODULE: ./packages/core/src/cadence/metrics-render.ts
const days = (hours) => {
    if (hours === null)
        return "—";
    return hours < 48 ? `${hours} h` : `${Math.round((hours / 24) * 10) / 10} d`;
};
const percent = (value) => (value === null ? "—" : `${Math.round(value * 1000) / 10}%`);
const mark = (met) => (met === null ? "" : met ? " ✅" : " ❌");
const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
const perRelease = (value) => (value === null ? "" : ` (${value} per release)`);
const joined = (parts) => parts.filter((part) => part !== false).join("; ");
function spreadText(spread) {
    if (spread.count === 0)
        return "no release to measure";
    return `median ${days(spread.medianHours)}, mean ${days(spread.meanHours)} (${plural(spread.count, "release")})`;
}
/** The metrics as [metric, value, inputs] rows: one source for the markdown and the terminal table. */
function metricRows(metrics) {
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
const cell = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
function recentRows(metrics, recent) {
    return metrics.releases.slice(-recent);
}
/** Mermaid's gantt of the recent releases: RC cut to release as a bar, a release without a candidate as a milestone. */
function releasesGantt(rows) {
    const lines = ["```mermaid", "gantt", "  title Recent releases", "  dateFormat YYYY-MM-DD", "  axisFormat %b %d", "  section Releases"];
    for (const row of rows) {
        const tags = row.rolledBack ? "crit, " : "done, ";
        const rc = row.rcDate;
        if (rc && rc < row.date)
            lines.push(`  ${row.version} :${tags}${rc}, ${row.date}`);
        else
            lines.push(`  ${row.version} :milestone, ${tags}${row.date}, 0d`);
    }
    lines.push("```");
    return lines.join("\n");
}
/** Mermaid's xychart of lead times: first commit → release as bars, RC cut → release as a line, in days. */
function leadTimeChart(rows) {
    const inDays = (hours) => (hours === null ? 0 : Math.round((hours / 24) * 10) / 10);
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
function renderMetricsSummary(metrics, recent) {
    const { window } = metrics;
    const span = `Releases from ${window.since.slice(0, 10)} to ${window.until.slice(0, 10)} (dates in ${window.timezone}).`;
    const lines = ["## Cadence health", "", span, "", "| metric | value | from |", "|---|---|---|"];
    for (const [name, value, inputs] of metricRows(metrics))
        lines.push(`| ${name} | ${cell(value)} | ${cell(inputs)} |`);
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
function renderMetricsText(metrics, recent) {
    const rows = metricRows(metrics);
    const width = Math.max(...rows.map(([name]) => name.length));
    const { since, until, timezone } = metrics.window;
    const lines = [`cadence metrics ${since.slice(0, 10)} – ${until.slice(0, 10)} (${timezone})`, ""];
    for (const [name, value, inputs] of rows) {
        lines.push(`  ${name.padEnd(width)}  ${value}`);
        if (inputs)
            lines.push(`  ${"".padEnd(width)}  ${inputs}`);
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

// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
// EXTERNAL MODULE: ./packages/cli/src/commands/cadence-history.ts + 2 modules
var cadence_history = __webpack_require__(8317);
;// CONCATENATED MODULE: ./packages/cli/src/commands/metrics.ts



const flags = {
    since: { type: "string", value: "DATE", about: "start of the window", defaultIs: "90 days before --now" },
    now: { type: "string", value: "ISO-8601", about: "end of the window", defaultIs: "now" },
    json: { type: "boolean", about: "print each metric with its inputs and the window as JSON" },
    summary: { type: "boolean", about: "print the markdown (a table and Mermaid charts) a step summary shows" },
    records: { type: "string", value: "DIR", multiple: true, about: "a folder of release and rollback records", defaultIs: "the configured record folders" },
    config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
    repository: { type: "string", value: "OWNER/NAME", about: "the GitHub repository of the releases and issues", defaultIs: "GITHUB_REPOSITORY" },
    "releases-dir": { type: "string", value: "DIR", about: "the local release folder used without a token", defaultIs: ".git/cadence/releases" },
    cwd: { type: "string", value: "DIR", about: "the repository", defaultIs: "the current folder" },
    verbose: { type: "boolean", about: "log each request and file read" },
};
const metricsHelp = {
    usage: "cadence metrics [flags]",
    summary: "say whether the project keeps its release rhythm (frequency, lead time, success, rollbacks)",
    about: `Says whether the project keeps its rhythm: releases made against the calendar's plan, lead time
(RC cut to release, first commit to release), deployment success rate (releases not rolled back),
rollbacks and their reasons, and critical issues opened in the first hours after a release (the
issues with cadence.critical-label, from GitHub: needs GITHUB_TOKEN or GH_TOKEN). Read from the
tags, the releases (GitHub's, or the local folder publish uses) and the records publish and
rollback wrote. Changes nothing.`,
    flags,
};
async function metricsCommand(argv, out) {
    const { values } = (0,args/* parseFlags */.bQ)(argv, flags);
    const reporter = new reporter_terminal/* TerminalReporter */.s(process.stderr, values.verbose ?? false);
    const { cwd, inputs, ...sources } = await (0,cadence_history/* historySources */.H)(values, reporter);
    const result = await (0,metrics_run/* runCadenceMetrics */.M)({ ...sources, files: new files/* LocalFiles */.h(cwd), clock: clock/* systemClock */.m }, inputs);
    if (values.json)
        out.write(`${JSON.stringify((0,metrics_run/* metricsOutputs */.m)(result), null, 2)}\n`);
    else if (values.summary)
        out.write(`${renderMetricsSummary(result.metrics, result.settings.recent)}\n`);
    else
        out.write(renderMetricsText(result.metrics, result.settings.recent));
}


/***/ })

};
