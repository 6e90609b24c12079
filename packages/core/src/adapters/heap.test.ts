import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { YOUNG_GENERATION_FLAG } from "./heap.js";

/**
 * A child Node that keeps 300k small objects alive (as reading a long history does) and prints
 * how large the young generation grew, in MB, with or without the flag set at run time.
 */
function youngGenerationAfterRetaining(flag: string | undefined) {
  const script = `
    const v8 = require("node:v8");
    ${flag ? `v8.setFlagsFromString(${JSON.stringify(flag)});` : ""}
    const kept = [];
    for (let i = 0; i < 300000; i++) kept.push({ sha: "c" + i.toString(16).padStart(39, "0"), index: i });
    const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
    console.log(young.space_size / 1048576, kept.length);`;
  const result = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  expect(result.status, result.stderr).toBe(0);
  return { megabytes: Number(result.stdout.split(" ")[0]), stderr: result.stderr };
}

describe("keepYoungGenerationSmall", () => {
  it("is a flag this Node knows, and it stops the young generation from growing while objects survive", () => {
    const grown = youngGenerationAfterRetaining(undefined);
    const bounded = youngGenerationAfterRetaining(YOUNG_GENERATION_FLAG);
    // An unknown flag would only print "unrecognized flag" and change nothing: both are checked.
    expect(bounded.stderr).toBe("");
    expect(grown.megabytes).toBeGreaterThan(8);
    expect(bounded.megabytes).toBeLessThanOrEqual(4);
  });
});
