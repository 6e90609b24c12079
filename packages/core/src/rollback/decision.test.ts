import { describe, expect, it } from "vitest";
import { DECISION_MATRIX, IMPACTS, SEVERITIES, decide } from "./decision.js";

describe("the rollback decision matrix", () => {
  it("covers every severity and impact exactly once", () => {
    for (const severity of SEVERITIES) {
      for (const impact of IMPACTS) {
        expect(DECISION_MATRIX.filter((row) => row.severity === severity && row.impacts.includes(impact)), `${severity}/${impact}`).toHaveLength(1);
      }
    }
  });

  it("rolls back a critical issue at once and has it approved after the fact", () => {
    expect(decide("critical", "minimal", undefined)).toMatchObject({ type: "immediate", recommended: "immediate", approver: "post-hoc", approvalRequired: false });
  });

  it("settles high severity by impact, as the seed's quick guide does, with the director approving first", () => {
    expect(decide("high", "widespread", undefined)).toMatchObject({ type: "immediate", approver: "director", approvalRequired: true });
    expect(decide("high", "limited", undefined)).toMatchObject({ type: "planned", approver: "director", approvalRequired: true });
    expect(decide("medium", "widespread", undefined)).toMatchObject({ type: "planned", approver: "orchestrator", approvalRequired: true });
  });

  it("recommends fixing forward for low severity, and keeps a type that was asked for", () => {
    const low = decide("low", "limited", undefined);
    expect(low.recommended).toBe("fix-forward");
    expect(low.reason).toContain("fixing forward");
    const asked = decide("medium", "limited", "immediate");
    expect(asked).toMatchObject({ type: "immediate", recommended: "planned" });
    expect(asked.reason).toContain("immediate was asked for instead");
  });

  it("without severity and impact, plans a rollback that needs approval", () => {
    expect(decide(undefined, undefined, undefined)).toMatchObject({ type: "planned", recommended: null, approvalRequired: true });
    expect(decide(undefined, undefined, "partial").type).toBe("partial");
  });
});
