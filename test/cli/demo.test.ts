import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../support/runner.js";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";

/*
 * `cadence demo` from the committed CLI bundle, as `npm run demo` runs it: the whole cadence in a
 * sandbox (rc.1, rc.2, 1.3.0, sync, rollback, hotfix 1.3.1, metrics), then the same story as a
 * dry-run that must leave the sandbox as it was made.
 */

const STEPS = [
  "feature work lands on main",
  "RC day: the cadence tick cuts release/v1.3 and releases v1.3.0-rc.1",
  "a fix lands on release/v1.3; the evening tick makes rc.2",
  "release day: the tick promotes the candidate to v1.3.0",
  "sync: the shared config goes to alpha, beta and gamma (dry-run, then apply)",
  "v1.3.0 turns out bad: roll back to 1.2.x",
  "hotfix v1.3.1 in the holidays blackout, through break-glass",
  "cadence metrics: does the project keep its rhythm?",
];
// Tokens of the machine the demo must not use: a GitHub token would send releases to GitHub, an npm one to npm.
const FOREIGN = { GITHUB_TOKEN: "ghp_notForTheDemo000000000000000000000000", NPM_TOKEN: "npm_notForTheDemo0000000000000000000000", GITHUB_REPOSITORY: "octo-org/elsewhere" };

let registry: TestRegistry;
const folders: string[] = [];
beforeAll(async () => {
  registry = await startRegistry();
}, 120_000);
afterAll(async () => {
  await registry?.stop();
});
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

const git = (dir: string, ...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8", env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null" } }).trim();
const refs = (dir: string) => git(dir, "for-each-ref", "--format=%(refname)").split("\n").filter(Boolean).sort();

/** The lines of each numbered step of the account, a wrapped line joined back into one. */
function account(stdout: string): Map<string, string[]> {
  const steps = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of stdout.split("\n")) {
    const title = /^\s*\d+\. (.+)$/.exec(line);
    if (title) steps.set(title[1]!, (current = []));
    else if (current && /^ {4}\S/.test(line)) current.push(line.trim());
    else if (current && current.length > 0 && /^ {6}\S/.test(line)) current[current.length - 1] += ` ${line.trim()}`;
    else current = undefined;
  }
  return steps;
}

describe("cadence demo", () => {
  it("tells the whole cadence in its sandbox: rc.1, rc.2, 1.3.0, sync, rollback, hotfix 1.3.1 through a blackout, metrics", async () => {
    const sandbox = folder("cadence-demo-story-");
    const tokenFile = join(folder("cadence-demo-token-"), "token");
    writeFileSync(tokenFile, registry.token);
    const run = await runCli(["demo", "--dir", sandbox, "--registry", registry.url, "--registry-token-file", tokenFile], { cwd: sandbox, env: FOREIGN });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(registry.token);

    // The account: every step, each told in one to three lines, no raw tool output.
    const told = account(run.stdout);
    expect([...told.keys()]).toEqual(STEPS);
    for (const [title, lines] of told) expect(lines.length, `${title}: ${lines.join(" | ")}`).toBeGreaterThanOrEqual(1);
    for (const [title, lines] of told) expect(lines.length, `${title}: ${lines.join(" | ")}`).toBeLessThanOrEqual(3);
    expect(run.stdout).not.toMatch(/"planHash"|^\s*done: /m);
    expect(told.get(STEPS[1]!)![0]).toContain("rc-cut");
    expect(told.get(STEPS[6]!)!.join(" ")).toContain('break-glass "INC-13: calendars lose events" recorded');
    const log = readFileSync(join(sandbox, "demo-run", "demo.log"), "utf8");
    expect(log).toContain("$ cadence publish --version 1.3.1");
    expect(run.stdout).toContain(join(sandbox, "demo-run", "demo.log"));

    // The origin: every tag of the story, the line at the hotfix, the release merged back into main.
    const origin = join(sandbox, "origin.git");
    expect(refs(origin)).toEqual([
      "refs/heads/main",
      "refs/heads/release/v1.3",
      "refs/tags/v1.2.0",
      "refs/tags/v1.3.0",
      "refs/tags/v1.3.0-rc.1",
      "refs/tags/v1.3.0-rc.2",
      "refs/tags/v1.3.1",
    ]);
    expect(git(origin, "rev-parse", "release/v1.3")).toBe(git(origin, "rev-parse", "v1.3.1^{commit}"));
    expect(git(origin, "log", "--format=%s", "main")).toContain("chore(release): merge release/v1.3 (1.3.0) into main");
    expect(git(origin, "show", "v1.3.0-rc.2:CHANGELOG.md")).toContain("the iCal export's time zone");
    expect(JSON.parse(git(origin, "show", "v1.3.1:package.json")).version).toBe("1.3.1");

    // npm: rc on the rc tag, 1.3.0 rolled back and deprecated, the hotfix latest.
    const npm = (await registry.packument("cadence-demo-sample"))!;
    expect(npm["dist-tags"]).toEqual({ latest: "1.3.1", rc: "1.3.0-rc.2" });
    expect(Object.keys(npm.versions).sort()).toEqual(["1.2.0", "1.3.0", "1.3.0-rc.1", "1.3.0-rc.2", "1.3.1"]);
    expect((npm.versions["1.3.0"] as { deprecated?: string }).deprecated).toBe("1.3.0 was rolled back to 1.2.0: the iCal export drops events (#13)");

    // The sync: alpha and gamma carry the shared config; beta kept its own .editorconfig and got nothing.
    for (const target of ["alpha", "gamma"]) {
      const dir = join(sandbox, "targets", `${target}.git`);
      expect(git(dir, "show", "main:.editorconfig")).toBe("root = true\n[*]\nindent_style = space");
      expect(git(dir, "show", "main:.github/renovate.json")).toContain("config:recommended");
    }
    const beta = join(sandbox, "targets", "beta.git");
    expect(git(beta, "show", "main:.editorconfig")).toContain("indent_style = tab");
    expect(git(beta, "rev-list", "--count", "main")).toBe("1");
    expect(told.get(STEPS[4]!)![0]).toMatch(/alpha \+2 ~0, beta conflict \(\.editorconfig\), gamma \+2 ~0/);

    // The records: the rollback's evidence and the hotfix's gate evidence with its break-glass reason.
    const evidence = join(sandbox, "sample", ".git", "cadence", "evidence");
    const rollbackFile = readdirSync(evidence).find((name) => name.startsWith("rollback-1.3.0-to-1.2.0"));
    expect(rollbackFile, readdirSync(evidence).join(", ")).toBeDefined();
    expect(parse(readFileSync(join(evidence, rollbackFile!), "utf8")).rollback_evidence).toMatchObject({
      type: "immediate",
      trigger: { severity: "critical", issue_id: "#13" },
      versions: { rolled_back_from: "1.3.0", rolled_back_to: "1.2.0" },
    });
    const hotfix = parse(readFileSync(join(evidence, "gate-check-1.3.1.yaml"), "utf8")).release_evidence;
    expect(hotfix.validation.break_glass).toMatchObject({ reason: "INC-13: calendars lose events", blocked_by: expect.stringContaining("blackout") });
    expect(existsSync(join(sandbox, "sample", ".git", "cadence", "capsules", "1.3.0", "capsule-release-1.3.0.dsse.json"))).toBe(true);
    expect(told.get(STEPS[7]!)!.join(" ")).toMatch(/rollbacks: 1 \(1\.3\.0 → 1\.2\.0: the iCal export drops events\)/);
  }, 300_000);

  it("--dry-run plans every step with its own Verdaccio and leaves the sandbox as it was made", async () => {
    const sandbox = folder("cadence-demo-dry-");
    const run = await runCli(["demo", "--dry-run", "--dir", sandbox], { cwd: sandbox, env: FOREIGN });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/npm: +Verdaccio at http:\/\/127\.0\.0\.1:\d+\//);
    const told = account(run.stdout);
    expect([...told.keys()]).toEqual(STEPS);
    expect(run.stdout).not.toContain("FAILED");
    expect(told.get(STEPS[1]!)!.join(" ")).toContain("would publish: tag v1.3.0-rc.1");
    expect(told.get(STEPS[6]!)!.join(" ")).toContain('break-glass "INC-13: calendars lose events" would be recorded');
    expect(run.stdout).toContain("plans against the sandbox as it was made");
    expect(run.stdout).toMatch(/Dry-run done: the sandbox is as it was made \(digest sha256:[0-9a-f]{12}/);

    // Seen from outside: only what the sandbox was made with (1.2.0 released), nothing of the story.
    expect(refs(join(sandbox, "origin.git"))).toEqual(["refs/heads/main", "refs/tags/v1.2.0"]);
    const repo = join(sandbox, "sample");
    expect(refs(repo)).toEqual(["refs/heads/main", "refs/remotes/origin/main", "refs/tags/v1.2.0"]);
    expect(git(repo, "status", "--porcelain")).toBe("");
    expect(git(repo, "log", "-1", "--format=%s")).toBe("chore: share the editor and renovate config, record the rollback drill");
    for (const target of ["alpha", "beta", "gamma"]) expect(git(join(sandbox, "targets", `${target}.git`), "rev-list", "--count", "main")).toBe("1");
    expect(readdirSync(join(repo, ".git", "cadence", "releases")).filter((name) => name.startsWith("v"))).toEqual(["v1.2.0"]);
    const records = readdirSync(join(repo, ".git", "cadence", "evidence"));
    expect(records.filter((name) => /^(gate-check|rollback)-/.test(name)), records.join(", ")).toEqual([]);
  }, 240_000);

  it("stops at the step that fails, naming it and the log, with exit 1", async () => {
    const sandbox = folder("cadence-demo-fail-");
    const tokenFile = join(folder("cadence-demo-token-"), "token");
    writeFileSync(tokenFile, registry.token);
    // A registry where nothing listens: publishing 1.2.0, before the story, cannot be done.
    const run = await runCli(["demo", "--dir", sandbox, "--registry", "http://127.0.0.1:9/", "--registry-token-file", tokenFile], { cwd: sandbox, env: {} });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/cadence demo: the demo stopped at "1\.2\.0 is out": cadence publish exited with 1: .*; the log is .*demo\.log/);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+/);
    expect(readFileSync(join(sandbox, "demo-run", "demo.log"), "utf8")).toContain("$ cadence publish --version 1.2.0");
  }, 120_000);
});
