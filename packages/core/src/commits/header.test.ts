import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isNormalHeader, normalizeHeader, scanHeader, space } from "./header.js";

// The specification scanHeader is written to: the expression it replaced, and what was made of its match.
const HEADER = /^([A-Za-z][\w-]*)\s*(?:\(([^()]*)\))?\s*(!)?\s*:\s*(.*)$/;
function byExpression(header: string): { type: string; scope: string | undefined; bang: boolean; subject: string } | undefined {
  const match = HEADER.exec(header);
  if (!match) return undefined;
  const scope = match[2]?.trim();
  return { type: match[1]!.toLowerCase(), scope: scope ? scope : undefined, bang: match[3] === "!", subject: match[4]!.trim() };
}

const scanned = (header: string) => {
  const scan = scanHeader(header);
  return scan && { ...scan };
};

// Characters that decide something in a header, the whitespace and line ends \s and `.` treat
// differently among them, and a few ordinary ones.
const PIECES = ["feat", "Fix", "a", "Z", "9", "_", "-", "(", ")", "!", ":", " ", "  ", "\t", "\n", "\r", "\u00a0", "\u2028", "\u2029", "\u3000", "\ufeff", "\u200b", "é", "ß", "#", '"', "x y", "🚀"];

describe("scanHeader", () => {
  it("reads the usual headers", () => {
    expect(scanned("feat(api)!: drop the v1 endpoints")).toEqual({ type: "feat", scope: "api", bang: true, subject: "drop the v1 endpoints" });
    expect(scanned("Fix: typo")).toEqual({ type: "fix", scope: undefined, bang: false, subject: "typo" });
    expect(scanned("feat ( api ) ! : add x")).toEqual({ type: "feat", scope: "api", bang: true, subject: "add x" });
    expect(scanned("feat(): blank scope")).toEqual({ type: "feat", scope: undefined, bang: false, subject: "blank scope" });
    expect(scanned("feat:")).toEqual({ type: "feat", scope: undefined, bang: false, subject: "" });
  });

  it("refuses what is not conventional", () => {
    for (const header of ["", "Update README.md", "1feat: x", " feat: x", "feat(a(b)): x", "feat(a: x", "feat x: y", "feat: x\ny", "feat: x\u2028y", "feat!!: x"]) {
      expect(scanHeader(header), JSON.stringify(header)).toBeUndefined();
    }
  });

  it("agrees with the expression on generated headers", () => {
    const header = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(header, (text) => {
        expect(scanned(text)).toEqual(byExpression(text));
        expect(scanned(text.trim())).toEqual(byExpression(text.trim()));
      }),
      { numRuns: 20_000 },
    );
  });

  it("agrees with the expression on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        expect(scanned(`feat${text}`)).toEqual(byExpression(`feat${text}`));
        expect(scanned(text)).toEqual(byExpression(text));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe("normalizeHeader", () => {
  // What it is written to equal.
  const byExpressions = (header: string) => header.trim().replace(/^"|"$/g, "").replace(/\s*\(#\d+\)\s*$/, "").trim();

  it("drops quotes, GitHub's (#N) and the spaces around them", () => {
    expect(normalizeHeader('  "feat: x (#12)"  ')).toBe("feat: x");
    expect(normalizeHeader("feat: x (#12) ")).toBe("feat: x");
    expect(normalizeHeader("feat: x (#)")).toBe("feat: x (#)");
    expect(normalizeHeader("feat: x (#1a)")).toBe("feat: x (#1a)");
    expect(normalizeHeader('"')).toBe("");
    expect(normalizeHeader("(#4)")).toBe("");
  });

  it("agrees with the expressions on generated headers", () => {
    const pieces = ["feat: x", '"', "(", "#", ")", "12", "7", " ", "\t", "\u00a0", "\u2028", "a", "(#3)", " (#45)"];
    const header = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(header, (text) => {
        expect(normalizeHeader(text)).toBe(byExpressions(text));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("space", () => {
  it("is \\s for every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (space(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
});

describe("isNormalHeader", () => {
  it("says a header is already as normalizeHeader makes it only when it is (property)", () => {
    const text = fc.array(fc.constantFrom("a", " ", "\u00a0", '"', "(", ")", "#", "1", "\t", "é"), { maxLength: 12 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (header) => {
        if (isNormalHeader(header)) expect(normalizeHeader(header)).toBe(header);
      }),
      { numRuns: 5000 },
    );
    expect(isNormalHeader("feat: x")).toBe(true);
    expect(isNormalHeader("feat: x (#12)")).toBe(false);
    expect(isNormalHeader('"feat: x"')).toBe(false);
    expect(isNormalHeader("")).toBe(false);
  });
});
