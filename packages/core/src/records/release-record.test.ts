import { describe, expect, it } from "vitest";
import { readGateEvidence, renderReadinessChecklist, renderRollbackProcedures } from "./release-record.js";

const evidence = `release_evidence:
  version: 2.0.0
  validation:
    checklist:
      - check: RL-01
        status: pass
      - check: RL-06
        status: fail
        reason: 2 high vulnerabilities in the lockfile
      - check: RL-07
        status: pass
      - check: COV-01
        status: pass
`;

describe("the readiness checklist", () => {
  it("is filled from gate-check's release_evidence, with reasons, extra checks and the decision", async () => {
    const text = renderReadinessChecklist("2.0.0", "major", await readGateEvidence("evidence.yaml", evidence));
    expect(text).toContain("- [x] RL-01: All PRs merged");
    expect(text).toContain("- [ ] RL-06: Security review — **FAILED** (2 high vulnerabilities in the lockfile)");
    expect(text).toContain("- [x] RL-07: Rollback tested");
    expect(text).toContain("- [ ] RL-02: Gates pass\n");
    expect(text).toContain("- [x] COV-01: pass");
    expect(text).toContain("**Decision**: NO-GO (failed: RL-06)");
  });

  it("stays unchecked and pending without evidence", () => {
    const text = renderReadinessChecklist("1.1.0", "minor", undefined);
    expect(text.match(/- \[ \] RL-0\d/g)).toHaveLength(8);
    expect(text).toContain("**Decision**: PENDING (no evidence yet)");
  });

  it("names the file and what was expected for a record that is not gate-check's", async () => {
    await expect(readGateEvidence("e.yaml", "sync_log: {}\n")).rejects.toThrow(/no release_evidence record/);
    await expect(readGateEvidence("e.yaml", "release_evidence:\n  validation:\n    checklist:\n      - check: RL-01\n        status: maybe\n")).rejects.toThrow(/status: pass\|fail\|na/);
  });
});

describe("the rollback procedures", () => {
  it("fills the configured commands with the versions and lists the channels", () => {
    const text = renderRollbackProcedures({ version: "1.5.0", tag: "v1.5.0", previousVersion: "1.4.2", previousTag: "v1.4.2", channels: ["npm"], commands: ["npm dist-tag add pkg@{previous} latest", "gh release delete {tag}"] });
    expect(text).toContain("- Roll back to: **1.4.2** (`v1.4.2`)");
    expect(text).toContain("- npm\n");
    expect(text).toContain("npm dist-tag add pkg@1.4.2 latest\ngh release delete v1.5.0");
  });

  it("says there is nothing to roll back to for a first release", () => {
    const text = renderRollbackProcedures({ version: "1.0.0", tag: "v1.0.0", channels: [], commands: [] });
    expect(text).toContain("there is no earlier version to roll back to");
    expect(text).not.toContain("```sh");
  });
});
