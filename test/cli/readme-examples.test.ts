import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TestRepo } from "../support/git-repo.js";
import { node24, ROOT } from "../support/runner.js";

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));

/** The README's terminal block: the first ```sh block after "## Use it from a terminal". */
function terminalBlock(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Use it from a terminal"));
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error("README.md has no ```sh block under 'Use it from a terminal'");
  return block[1]!.trimEnd().split("\n");
}

/**
 * The project the block speaks of, at ~/src/my-project: released 1.4.1 and 1.4.2 (so there is a
 * release to roll back to), Conventional Commits since, pushed to a bare origin, a built dist.tgz
 * (ignored by git, as build outputs are), and a sync section keeping service/ in step with templates/.
 */
function project(home: string): TestRepo {
  const dir = join(home, "src", "my-project");
  mkdirSync(dir, { recursive: true });
  const repo = new TestRepo(dir);
  repo.git("init", "-q", "-b", "main");
  const manifest = (version: string) => `${JSON.stringify({ name: "my-project", version }, null, 2)}\n`;
  repo.write(".gitignore", "dist.tgz\nrelease-capsule/\nrelease-key*.pem\nsync-plan.json\n");
  repo.write("templates/ci.yml", "on: push\n");
  repo.write("service/README.md", "The service.\n");
  repo.write(".github/cadence.yml", "sync:\n  - sync_id: templates\n    source: { type: file, location: templates }\n    target: { type: file, location: service }\n");
  repo.commit("chore: start", "package.json", manifest("1.4.1"));
  repo.tag("v1.4.1");
  repo.commit("fix: keep the exit code", "package.json", manifest("1.4.2"));
  repo.tag("v1.4.2");
  repo.commit("fix(parser): keep multi-byte characters intact");
  repo.commit("feat(api): add the export endpoint");
  repo.commit("docs: explain the release line");
  const origin = join(home, "origin.git");
  spawnSync("git", ["init", "-q", "--bare", origin]);
  repo.git("remote", "add", "origin", origin);
  repo.git("push", "-q", "origin", "main", "--tags");
  writeFileSync(join(dir, "dist.tgz"), "the built package\n");
  return repo;
}

describe("the README's terminal examples", () => {
  const tools = ["openssl", "jq"].filter((tool) => spawnSync(tool, ["--version"]).error !== undefined);

  it.skipIf(tools.length > 0)(`run as written in a sandbox project${tools.length > 0 ? ` (skipped: ${tools.join(", ")} not installed)` : ""}`, () => {
    const home = mkdtempSync(join(tmpdir(), "cadence-readme-"));
    cleanups.push(() => rmSync(home, { recursive: true, force: true }));
    const repo = project(home);
    const before = { head: repo.head(), refs: repo.git("for-each-ref"), status: repo.git("status", "--porcelain") };

    // Each line as written, then its exit status on a line of its own. The block starts in a clone
    // of this repository (where the alias is made), as the README says.
    const lines = terminalBlock();
    const script = ["shopt -s expand_aliases", `cd '${ROOT}'`, ...lines.flatMap((line, index) => [line, `echo "::status ${index} $?"`])].join("\n");
    const run = spawnSync("bash", ["-c", script], {
      encoding: "utf8",
      // What a terminal has: a HOME without git identity, Node 24 first on PATH, no tokens.
      env: { HOME: home, PATH: [dirname(node24()), process.env.PATH].join(delimiter), LANG: process.env.LANG ?? "C.UTF-8" },
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+/);
    const outputs = new Map<number, { status: number; stdout: string }>();
    let rest = run.stdout;
    for (let index = 0; index < lines.length; index++) {
      const marker = new RegExp(`^::status ${index} (\\d+)$`, "m").exec(rest);
      expect(marker, `line ${index + 1} (${lines[index]}) never finished:\n${run.stderr}`).not.toBeNull();
      outputs.set(index, { status: Number(marker![1]), stdout: rest.slice(0, marker!.index) });
      rest = rest.slice(marker!.index + marker![0].length + 1);
    }
    const outputOf = (pattern: RegExp) => {
      const index = lines.findIndex((line) => pattern.test(line));
      expect(index, String(pattern)).toBeGreaterThanOrEqual(0);
      return { line: lines[index]!, ...outputs.get(index)! };
    };

    for (const [index, line] of lines.entries()) {
      const { status, stdout } = outputs.get(index)!;
      // gate-check says so itself: it exits 1 when a gate fails (its JSON names the failed gates).
      if (/^cadence gate-check/.test(line) && status === 1) expect(JSON.parse(stdout).failed.length).toBeGreaterThan(0);
      else expect(status, `${line}\n${run.stderr}`).toBe(0);
    }
    expect(outputOf(/^cadence version-bump --dry-run +#/).stdout).toContain("1.4.2 → 1.5.0 (minor, tag v1.5.0, 3 commits)");
    expect(JSON.parse(outputOf(/^cadence version-bump --dry-run --json/).stdout)).toMatchObject({ previous: "1.4.2", next: "1.5.0" });
    expect(outputOf(/--prerelease rc/).stdout).toContain("1.5.0-rc.1");
    const changelog = JSON.parse(outputOf(/^cadence changelog/).stdout);
    expect(changelog.entries.map((entry: { subject: string }) => entry.subject)).toEqual(expect.arrayContaining(["add the export endpoint"]));
    expect(outputOf(/^cadence verify/).stdout).toContain("verified: every check holds");
    expect(JSON.parse(outputOf(/^cadence publish/).stdout)).toMatchObject({ tag: "v1.5.0", dryRun: true });
    expect(JSON.parse(outputOf(/^cadence rollback/).stdout)).toMatchObject({ from: "1.4.2", to: "1.4.1", dryRun: true });
    // Every dry-run left the project as it was; the sync applied its plan into service/.
    expect(repo.head()).toBe(before.head);
    expect(repo.git("for-each-ref")).toBe(before.refs);
    expect(readFileSync(join(repo.dir, "service", "ci.yml"), "utf8")).toBe("on: push\n");
    expect(repo.git("status", "--porcelain", "--", ".", ":!service")).toBe(before.status);
  });
});
