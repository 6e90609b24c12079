import { describe, expect, it } from "vitest";
import { CoverageFormatError, parseCoverage } from "./coverage.js";

const LCOV = ["TN:", "SF:src/a.ts", "FN:1,a", "FNDA:1,a", "FNF:2", "FNH:1", "DA:1,1", "DA:2,0", "LF:10", "LH:9", "BRF:4", "BRH:3", "end_of_record", "SF:src/b.ts", "LF:10", "LH:8", "end_of_record", ""].join("\n");

function thrown(body: () => unknown): CoverageFormatError {
  try {
    body();
  } catch (error) {
    expect(error).toBeInstanceOf(CoverageFormatError);
    return error as CoverageFormatError;
  }
  throw new Error("expected a CoverageFormatError");
}

describe("coverage reports", () => {
  it("sums lcov records", () => {
    expect(parseCoverage("coverage/lcov.info", LCOV)).toEqual({
      format: "lcov",
      lines: { covered: 17, total: 20, pct: 85 },
      branches: { covered: 3, total: 4, pct: 75 },
      functions: { covered: 1, total: 2, pct: 50 },
    });
  });

  it("says which lcov line is malformed", () => {
    const error = thrown(() => parseCoverage("lcov.info", LCOV.replace("LH:9", "LH:nine")));
    expect(error.line).toBe(10);
    expect(error.message).toBe("LH must be a count, not 'nine'");
    expect(thrown(() => parseCoverage("lcov.info", "hello world\n")).line).toBe(1);
  });

  it("reads istanbul's json-summary totals", () => {
    const summary = JSON.stringify({ total: { lines: { total: 200, covered: 190, pct: 95 }, branches: { total: 10, covered: 7, pct: 70 }, functions: { total: 5, covered: 5, pct: 100 } } }, null, 2);
    expect(parseCoverage("coverage/coverage-summary.json", summary)).toMatchObject({ format: "json-summary", lines: { pct: 95 }, branches: { pct: 70 }, functions: { pct: 100 } });
  });

  it("gives the line of broken JSON", () => {
    const error = thrown(() => parseCoverage("coverage-summary.json", '{\n  "total": {\n    "lines": { "total": 1,, }\n  }\n}\n'));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^not valid JSON/);
  });

  it("reads Cobertura counts and methods", () => {
    const xml = `<?xml version="1.0"?>\n<coverage lines-valid="50" lines-covered="40" branch-rate="0.5" line-rate="0.8">\n<packages><package><classes><class><methods>\n<method name="a" line-rate="1"></method>\n<method name="b" line-rate="0"></method>\n</methods></class></classes></package></packages>\n</coverage>\n`;
    expect(parseCoverage("coverage/cobertura-coverage.xml", xml)).toEqual({
      format: "cobertura",
      lines: { covered: 40, total: 50, pct: 80 },
      branches: { covered: 0.5, total: 1, pct: 50 },
      functions: { covered: 1, total: 2, pct: 50 },
    });
  });

  it("points at the <coverage> element when its numbers are wrong", () => {
    const error = thrown(() => parseCoverage("cov.xml", '<?xml version="1.0"?>\n\n<coverage line-rate="high">\n</coverage>\n'));
    expect(error.line).toBe(3);
    expect(error.message).toBe('line-rate="high" is not a number');
  });
});
