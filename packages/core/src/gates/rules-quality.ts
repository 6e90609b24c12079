import { releaseWindow } from "../calendar/schedule.js";
import { fillVersion, type CustomGate } from "./config.js";
import { CoverageFormatError, parseCoverage, type CoverageTotals } from "./coverage.js";
import type { GateContext, Rule, Verdict } from "./types.js";

const DEFAULT_REPORTS = ["coverage/coverage-summary.json", "coverage/lcov.info", "coverage/cobertura-coverage.xml"];
const METRICS = ["lines", "branches", "functions"] as const;

/** COV: coverage from the report is at or above each configured threshold. */
async function coverage(context: GateContext): Promise<Verdict> {
  const config = context.config.coverage;
  const thresholds = METRICS.filter((metric) => config[metric] !== undefined);
  let file: string | undefined;
  let text: string | undefined;
  for (const candidate of config.file ? [config.file] : DEFAULT_REPORTS) {
    text = await context.files.read(candidate);
    if (text !== undefined) {
      file = candidate;
      break;
    }
  }
  if (!file || text === undefined) {
    if (thresholds.length === 0) return { status: "na", reason: "no coverage report and no thresholds configured (gates.coverage)" };
    return { status: "fail", reason: `no coverage report at ${config.file ?? DEFAULT_REPORTS.join(", ")}; run the tests with coverage first`, ...(config.file ? { location: { file: config.file } } : {}) };
  }
  let totals: CoverageTotals;
  try {
    totals = parseCoverage(file, text);
  } catch (error) {
    if (error instanceof CoverageFormatError) return { status: "fail", reason: `${file}:${error.line}: malformed coverage report: ${error.message}`, location: { file, line: error.line } };
    throw error;
  }
  const measured = METRICS.filter((metric) => totals[metric]).map((metric) => `${metric} ${totals[metric]!.pct}%`).join(", ");
  if (thresholds.length === 0) return { status: "na", reason: `no thresholds configured (${totals.format}: ${measured})`, location: { file } };
  const below = thresholds.flatMap((metric) => {
    const value = totals[metric];
    if (!value) return [`${metric}: the ${totals.format} report has no ${metric} data`];
    return value.pct < config[metric]! ? [`${metric} ${value.pct}% < ${config[metric]}%`] : [];
  });
  if (below.length > 0) return { status: "fail", reason: `coverage below threshold: ${below.join(", ")}`, location: { file }, details: below };
  return { status: "pass", reason: `${measured} (thresholds ${thresholds.map((metric) => `${metric} ${config[metric]}%`).join(", ")})`, location: { file } };
}

/** CAL: no blackout or freeze forbids a release of this kind now, unless break-glass with a reason. */
async function calendarWindow(context: GateContext): Promise<Verdict> {
  if (!context.calendar) return { status: "na", reason: "no calendar" };
  const window = releaseWindow(context.calendar, context.kind);
  if (window.open) return { status: "pass", reason: window.reason };
  if (context.breakGlass) return { status: "pass", reason: `break-glass (${context.breakGlass}) overrides the ${window.reason}` };
  return { status: "fail", reason: `${window.reason}; a release now needs break-glass with a reason` };
}

export const qualityRules: Rule[] = [
  { id: "COV", title: "Coverage thresholds", needsForge: false, evaluate: coverage },
  { id: "CAL", title: "Release window (calendar)", needsForge: false, evaluate: calendarWindow },
];

/** A custom command gate: the program's exit code decides; arguments go to it as a list, never through a shell. */
export function customRule(gate: CustomGate): Rule {
  return {
    id: gate.id,
    title: gate.title,
    needsForge: false,
    async evaluate(context) {
      const args = gate.args.map((arg) => fillVersion(arg, context.version));
      let result;
      try {
        result = await context.commands.run(gate.command, args, { cwd: context.git.cwd });
      } catch (error) {
        return { status: "fail", reason: `could not run ${gate.command}: ${error instanceof Error ? error.message : String(error)}`, ...(gate.location ? { location: gate.location } : {}) };
      }
      if (result.exitCode === 0) return { status: "pass", reason: `${[gate.command, ...args].join(" ")} exited with 0` };
      const last = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-1)[0] ?? "";
      return { status: "fail", reason: `${[gate.command, ...args].join(" ")} exited with ${result.exitCode}${last ? `: ${last.slice(0, 200)}` : ""}`, ...(gate.location ? { location: gate.location } : {}) };
    },
  };
}
