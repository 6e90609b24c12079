import { describe, expect, it } from "vitest";
import { PROFILES, normalizeProfile, profileForKind } from "./profiles.js";
import { releaseKind } from "./run.js";

describe("profiles", () => {
  it("follow the seed: patch G-MRG, minor G-REL, major G-REL+Human with approval", () => {
    expect(profileForKind("patch")).toBe("G-MRG");
    expect(profileForKind("minor")).toBe("G-REL");
    expect(profileForKind("major")).toBe("G-REL+Human");
    expect(PROFILES["G-REL+Human"].approval).toBe(true);
    expect(PROFILES["G-REL"].approval).toBe(false);
  });

  it("a pre-release is a candidate: RC, without open pull requests, docs or the drill required", () => {
    expect(profileForKind("minor", true)).toBe("RC");
    expect(profileForKind("major", true)).toBe("RC");
    expect(PROFILES.RC.required).toEqual(expect.arrayContaining(["RL-02", "RL-03", "RL-04", "RL-06", "RL-08", "CAL"]));
    expect(PROFILES.RC.required).not.toContain("RL-01");
    expect(PROFILES.RC.required).not.toContain("RL-05");
    expect(PROFILES.RC.approval).toBe(false);
  });

  it("only majors and SEV-0/1 require the rollback drill; SEV-3 leaves out RL-01, RL-05 and RL-08", () => {
    const needDrill = Object.values(PROFILES).filter((profile) => profile.required.includes("RL-07")).map((profile) => profile.name);
    expect(needDrill).toEqual(["G-REL+Human", "SEV-0", "SEV-1"]);
    expect(PROFILES["SEV-3"].required).not.toContain("RL-01");
    expect(PROFILES["SEV-3"].required).not.toContain("RL-05");
    expect(PROFILES["SEV-3"].required).not.toContain("RL-08");
    expect(Object.values(PROFILES).every((profile) => profile.required.includes("CAL"))).toBe(true);
  });

  it("accepts names the way people write them", () => {
    expect(normalizeProfile("G-REL + Human")).toBe("G-REL+Human");
    expect(normalizeProfile("sev0")).toBe("SEV-0");
    expect(normalizeProfile("g-mrg")).toBe("G-MRG");
    expect(normalizeProfile("G-FAST")).toBeUndefined();
  });

  it("measures the size of a release from the previous version, pre-releases included", () => {
    expect(releaseKind("1.5.0", "1.4.2")).toBe("minor");
    expect(releaseKind("1.5.0-rc.1", "1.4.2")).toBe("minor");
    expect(releaseKind("2.0.0-beta.3", "1.9.9")).toBe("major");
    expect(releaseKind("1.4.3", "1.4.2")).toBe("patch");
    expect(releaseKind("1.0.0", undefined)).toBe("major");
    expect(releaseKind("0.3.1", undefined)).toBe("patch");
  });
});
