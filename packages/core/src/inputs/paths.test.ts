import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError } from "../errors/index.js";
import { InputFields } from "./fields.js";
import { confinePath, configuredPath, recordedPath } from "./paths.js";

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A repository folder and a run's temporary folder side by side, plus a folder that is neither. */
function places() {
  const base = mkdtempSync(join(tmpdir(), "cadence-paths-"));
  made.push(base);
  const root = join(base, "repo");
  const scratch = join(base, "runner-temp");
  const elsewhere = join(base, "elsewhere");
  for (const dir of [root, scratch, elsewhere]) mkdirSync(dir);
  return { root, scratch, elsewhere };
}

describe("the one path rule", () => {
  it("keeps paths inside the repository and gives them back relative to it", () => {
    const { root, scratch } = places();
    expect(confinePath("out-dir", "release-capsule", { root, scratch })).toEqual({ path: "release-capsule" });
    expect(confinePath("out-dir", "./a/../b/c", { root, scratch })).toEqual({ path: "b/c" });
    expect(confinePath("out-dir", join(root, "docs", "x.md"), { root, scratch })).toEqual({ path: "docs/x.md" });
    expect(confinePath("npm-packages", ".", { root, scratch })).toEqual({ path: "." });
  });

  it("refuses '..' and absolute paths that leave the repository, naming the input", () => {
    const { root, scratch, elsewhere } = places();
    for (const given of ["../outside", "a/../../outside", "/etc/passwd", elsewhere]) {
      const judged = confinePath("record-dir", given, { root, scratch });
      expect(judged.path).toBeUndefined();
      expect(judged.problem).toBe(`record-dir: '${given}' leads outside the repository; give a path inside the repository, relative to the repository`);
    }
  });

  it("allows the run's temporary folder only where the rule says so", () => {
    const { root, scratch } = places();
    const inside = join(scratch, "release-capsule");
    expect(confinePath("out-dir", inside, { root, scratch }, { scratch: true })).toEqual({ path: inside });
    expect(confinePath("evidence", inside, { root, scratch }).problem).toContain("leads outside the repository");
    expect(confinePath("out-dir", join(scratch, "..", "x"), { root, scratch }, { scratch: true }).problem).toContain(
      "inside the repository or the run's temporary folder (RUNNER_TEMP)",
    );
  });

  it("follows symbolic links before judging, even links to folders that do not exist yet", () => {
    const { root, scratch, elsewhere } = places();
    symlinkSync(elsewhere, join(root, "linked"));
    symlinkSync(join(elsewhere, "not-yet"), join(root, "dangling"));
    expect(confinePath("out-dir", "linked/capsule", { root, scratch }).problem).toBe(
      "out-dir: 'linked/capsule' leads outside the repository through a symbolic link; give a path inside the repository, relative to the repository",
    );
    expect(confinePath("output", "dangling", { root, scratch }).problem).toContain("through a symbolic link");
    // A link that stays inside is fine.
    mkdirSync(join(root, "docs"));
    symlinkSync(join(root, "docs"), join(root, "alias"));
    expect(confinePath("record-dir", "alias/releases", { root, scratch })).toEqual({ path: "alias/releases" });
  });

  it("judges a glob by its fixed folders and refuses '..' after a wildcard", () => {
    const { root, scratch } = places();
    expect(confinePath("assets", "dist/*.tgz", { root, scratch }, { glob: true })).toEqual({ path: "dist/*.tgz" });
    expect(confinePath("assets", `${scratch}/capsule/*`, { root, scratch }, { glob: true, scratch: true })).toEqual({ path: `${scratch}/capsule/*` });
    expect(confinePath("assets", "../*.tgz", { root, scratch }, { glob: true }).problem).toContain("leads outside the repository");
    expect(confinePath("assets", "dist/*/../../../x", { root, scratch }, { glob: true }).problem).toContain("climbs out with '..'");
    expect(confinePath("assets", "/etc/*", { root, scratch }, { glob: true, scratch: true }).problem).toContain("leads outside");
  });

  it("records repository paths relative and temporary ones without the runner's folder", () => {
    const { root, scratch } = places();
    expect(recordedPath(join(root, "release-capsule"), { root, scratch })).toBe("release-capsule");
    expect(recordedPath(join(scratch, "release-capsule"), { root, scratch })).toBe("$RUNNER_TEMP/release-capsule");
  });

  it("holds paths from the config file to the same rule, pointing at the line", () => {
    const { root } = places();
    const location = { file: ".github/cadence.yml", line: 4, column: 12 };
    expect(() => configuredPath("capsule.out-dir", "../out", { root }, {}, location)).toThrow(ConfigurationError);
    try {
      configuredPath("capsule.out-dir", "../out", { root }, {}, location);
    } catch (error) {
      expect((error as ConfigurationError).location).toEqual(location);
    }
  });

  it("collects every refused path of a run with the other input problems", () => {
    const { root, scratch } = places();
    const fields = new InputFields({ root, scratch });
    expect(fields.paths("artifacts", "dist/a.tgz\n/etc/passwd\n../b.tgz")).toEqual(["dist/a.tgz"]);
    fields.flag("dry-run", "maybe");
    expect(() => fields.check()).toThrow("artifacts: '/etc/passwd' leads outside the repository");
    expect(fields.problems).toHaveLength(3);
  });
});
