/** Coverage totals read from lcov, istanbul's json-summary or Cobertura XML. */

export interface Ratio {
  covered: number;
  total: number;
  pct: number;
}

export interface CoverageTotals {
  format: "lcov" | "json-summary" | "cobertura";
  lines?: Ratio;
  branches?: Ratio;
  functions?: Ratio;
}

/** A coverage file that cannot be read, with the line where it goes wrong. */
export class CoverageFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

function ratio(covered: number, total: number): Ratio {
  return { covered, total, pct: total === 0 ? 100 : Math.round((covered / total) * 10000) / 100 };
}

export function parseCoverage(path: string, text: string): CoverageTotals {
  const trimmed = text.trimStart();
  if (/\.json$/i.test(path) || trimmed.startsWith("{")) return parseJsonSummary(text);
  if (/\.xml$/i.test(path) || trimmed.startsWith("<")) return parseCobertura(text);
  return parseLcov(text);
}

const LCOV_KEYS = new Set(["TN", "SF", "VER", "FN", "FNL", "FNA", "FNDA", "FNF", "FNH", "DA", "BRDA", "BRF", "BRH", "LF", "LH"]);

export function parseLcov(text: string): CoverageTotals {
  const sums = { LF: 0, LH: 0, BRF: 0, BRH: 0, FNF: 0, FNH: 0 };
  let records = 0;
  let sawBranches = false;
  let sawFunctions = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    if (line === "end_of_record") {
      records++;
      return;
    }
    const colon = line.indexOf(":");
    const key = colon > 0 ? line.slice(0, colon) : line;
    if (!LCOV_KEYS.has(key)) throw new CoverageFormatError(`not an lcov line: '${line.slice(0, 60)}'`, index + 1);
    if (key in sums) {
      const value = line.slice(colon + 1);
      if (!/^\d+$/.test(value)) throw new CoverageFormatError(`${key} must be a count, not '${value}'`, index + 1);
      sums[key as keyof typeof sums] += Number(value);
      if (key === "BRF") sawBranches = true;
      if (key === "FNF") sawFunctions = true;
    }
  });
  if (records === 0) throw new CoverageFormatError("no lcov record (end_of_record) in the file", 1);
  return {
    format: "lcov",
    lines: ratio(sums.LH, sums.LF),
    ...(sawBranches ? { branches: ratio(sums.BRH, sums.BRF) } : {}),
    ...(sawFunctions ? { functions: ratio(sums.FNH, sums.FNF) } : {}),
  };
}

export function parseJsonSummary(text: string): CoverageTotals {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /line (\d+)/.exec(message);
    throw new CoverageFormatError(`not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)/, "")}`, position ? Number(position[1]) : 1);
  }
  const total = (data as { total?: Record<string, { covered?: unknown; total?: unknown; pct?: unknown }> } | null)?.total;
  if (!total || typeof total !== "object") throw new CoverageFormatError("an istanbul json-summary needs a top-level 'total' object", 1);
  const metric = (name: string): Ratio | undefined => {
    const entry = total[name];
    if (entry === undefined) return undefined;
    if (typeof entry.covered !== "number" || typeof entry.total !== "number") throw new CoverageFormatError(`total.${name} needs numeric covered and total`, lineOf(text, `"${name}"`));
    return ratio(entry.covered, entry.total);
  };
  const lines = metric("lines");
  const branches = metric("branches");
  const functions = metric("functions");
  return { format: "json-summary", ...(lines ? { lines } : {}), ...(branches ? { branches } : {}), ...(functions ? { functions } : {}) };
}

export function parseCobertura(text: string): CoverageTotals {
  const root = /<coverage\b([^>]*)>/.exec(text);
  if (!root) throw new CoverageFormatError("no <coverage> element: not a Cobertura report", 1);
  const line = lineOf(text, "<coverage");
  const attributes = new Map([...root[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));
  const number = (name: string): number | undefined => {
    const value = attributes.get(name);
    if (value === undefined) return undefined;
    if (!/^\d+(\.\d+)?$/.test(value)) throw new CoverageFormatError(`${name}="${value}" is not a number`, line);
    return Number(value);
  };
  const fromCounts = (covered: string, valid: string, rate: string): Ratio | undefined => {
    const c = number(covered);
    const v = number(valid);
    if (c !== undefined && v !== undefined) return ratio(c, v);
    const r = number(rate);
    return r === undefined ? undefined : { covered: r, total: 1, pct: Math.round(r * 10000) / 100 };
  };
  const lines = fromCounts("lines-covered", "lines-valid", "line-rate");
  if (!lines) throw new CoverageFormatError("the <coverage> element has neither line-rate nor lines-covered/lines-valid", line);
  const branches = fromCounts("branches-covered", "branches-valid", "branch-rate");
  const methods = [...text.matchAll(/<method\b([^>]*)>/g)].map((match) => /line-rate="([\d.]+)"/.exec(match[1]!)?.[1]);
  const functions = methods.length > 0 ? ratio(methods.filter((rate) => Number(rate ?? 0) > 0).length, methods.length) : undefined;
  return { format: "cobertura", lines, ...(branches ? { branches } : {}), ...(functions ? { functions } : {}) };
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  return index < 0 ? 1 : text.slice(0, index).split("\n").length;
}
