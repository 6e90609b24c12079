import { describe, expect, it } from "vitest";
import type { SourceLocation } from "../errors/index.js";
import { licenseIdProblem, parseLicensesConfig } from "./config.js";
import { judgeLicense, licenseText, type LicensePolicy } from "./policy.js";

const PKG = { name: "pkg", version: "1.2.3" };
const declared = (text: string | undefined) => (text === undefined ? { text: undefined, source: "test" } : { text, source: "test" });
const verdict = (text: string | undefined, policy: LicensePolicy) => judgeLicense(PKG, declared(text), policy).verdict;

describe("judging a license against the policy", () => {
  const permissive: LicensePolicy = { allow: ["MIT", "ISC", "Apache-2.0", "BSD-3-Clause", "GPL-3.0-only"], deny: [], exceptions: [] };

  it("allows what the allow list covers, choosing among OR alternatives and requiring every AND term", () => {
    expect(verdict("MIT", permissive)).toBe("allowed");
    expect(verdict("(MIT OR LGPL-2.1-only)", permissive)).toBe("allowed");
    expect(verdict("MIT AND ISC", permissive)).toBe("allowed");
    expect(verdict("MIT AND LGPL-2.1-only", permissive)).toBe("not-allowed");
    // a range: GPL-2.0-or-later may be taken as GPL-3.0, which is allowed
    expect(verdict("GPL-2.0-or-later", permissive)).toBe("allowed");
    expect(verdict("MPL-2.0", permissive)).toBe("not-allowed");
  });

  it("denies a license in every spelling of its id, but not when an OR alternative avoids it", () => {
    const policy: LicensePolicy = { deny: ["GPL-3.0-only", "AGPL-3.0-only"], exceptions: [] };
    expect(verdict("GPL-3.0-only", policy)).toBe("denied");
    expect(verdict("GPL-3.0-or-later", policy)).toBe("denied");
    expect(verdict("GPL-3.0+", policy)).toBe("denied");
    expect(verdict("GPL-3.0", policy)).toBe("denied");
    expect(verdict("(MIT OR GPL-3.0-only)", policy)).toBe("allowed");
    expect(verdict("MIT AND AGPL-3.0-only", policy)).toBe("denied");
    expect(verdict("GPL-2.0-only", policy)).toBe("allowed");
    expect(judgeLicense(PKG, declared("GPL-3.0-or-later"), policy).detail).toBe("GPL-3.0-or-later: GPL-3.0-or-later is denied (by GPL-3.0-only)");
  });

  it("keeps WITH exceptions apart: an allowed id does not allow it with an exception unless listed", () => {
    expect(verdict("GPL-2.0-only WITH Classpath-exception-2.0", { allow: ["GPL-2.0-only"], deny: [], exceptions: [] })).toBe("not-allowed");
    expect(verdict("GPL-2.0-only WITH Classpath-exception-2.0", { allow: ["GPL-2.0-only WITH Classpath-exception-2.0"], deny: [], exceptions: [] })).toBe("allowed");
    expect(verdict("GPL-2.0-only WITH Classpath-exception-2.0", { deny: ["GPL-2.0-only"], exceptions: [] })).toBe("denied");
  });

  it("reports unknown and missing licenses as such, never as allowed", () => {
    const open: LicensePolicy = { deny: ["AGPL-3.0-only"], exceptions: [] };
    expect(judgeLicense(PKG, declared("SEE LICENSE IN LICENSE.txt"), open)).toEqual({ verdict: "unknown", detail: "a custom license (SEE LICENSE IN LICENSE.txt), not an SPDX expression" });
    expect(judgeLicense(PKG, declared("UNLICENSED"), open).verdict).toBe("unknown");
    expect(judgeLicense(PKG, declared("BSD"), open)).toEqual({ verdict: "unknown", detail: "'BSD' is not an SPDX license expression" });
    expect(judgeLicense(PKG, declared(undefined), open)).toEqual({ verdict: "missing", detail: "no license declared (test)" });
  });

  it("lets an exception accept a package, only for its versions", () => {
    const policy: LicensePolicy = { allow: ["MIT"], deny: [], exceptions: [{ package: "pkg", version: "^1.0.0", reason: "data files only" }] };
    const judged = judgeLicense(PKG, declared("CC-BY-4.0"), policy);
    expect(judged).toMatchObject({ verdict: "excepted", exception: { reason: "data files only" } });
    expect(judgeLicense({ name: "pkg", version: "2.0.0" }, declared("CC-BY-4.0"), policy).verdict).toBe("not-allowed");
    expect(judgeLicense({ name: "other", version: "1.0.0" }, declared(undefined), policy).verdict).toBe("missing");
  });

  it("reads package.json's license the ways npm does", () => {
    expect(licenseText({ license: " MIT " })).toBe("MIT");
    expect(licenseText({ license: { type: "ISC" } })).toBe("ISC");
    expect(licenseText({ licenses: [{ type: "MIT" }, { type: "Apache-2.0" }] })).toBe("(MIT OR Apache-2.0)");
    expect(licenseText({})).toBeUndefined();
  });
});

describe("the gates.licenses section", () => {
  const at = (...path: Array<string | number>) => ({ file: ".github/cadence.yml", line: 10 + path.length });

  it("refuses an id SPDX does not know, suggesting the right one, and an expression in a list", () => {
    expect(licenseIdProblem("Apache 2")).toBe("'Apache 2' is not an SPDX license id; did you mean Apache-2.0?");
    expect(licenseIdProblem("MIT OR ISC")).toMatch(/is an expression/);
    expect(licenseIdProblem("GPL-2.0-only WITH Classpath-exception-2.0")).toBeUndefined();
    const problems: Array<{ text: string; location: SourceLocation | undefined }> = [];
    const config = parseLicensesConfig({ allow: ["MIT", "Apache 2"], deny: ["MIT"], exceptions: [{ package: "x" }, { package: "y", version: "one", reason: "r" }] }, at, problems);
    expect(problems.map((problem) => problem.text)).toEqual([
      "gates.licenses.allow[1]: 'Apache 2' is not an SPDX license id; did you mean Apache-2.0?",
      "gates.licenses: MIT is both allowed and denied",
      "gates.licenses.exceptions[0].reason must say why the package is accepted (it goes into the evidence)",
      "gates.licenses.exceptions[1].version 'one' is not a SemVer range",
    ]);
    expect(problems[0]!.location).toEqual({ file: ".github/cadence.yml", line: 13 });
    expect(config?.policy.allow).toEqual(["MIT"]);
  });

  it("is absent without the section, and needs a list when present", () => {
    expect(parseLicensesConfig(undefined, at, [])).toBeUndefined();
    const problems: Array<{ text: string; location: SourceLocation | undefined }> = [];
    parseLicensesConfig({}, at, problems);
    expect(problems.map((problem) => problem.text)).toEqual(["gates.licenses needs an allow list, a deny list, or both"]);
  });
});
