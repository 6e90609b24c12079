import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { releasedRepo, type ReleasedRepo } from "../support/rollback-repo.js";
import { runCli } from "../support/runner.js";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";

process.env.GIT_CONFIG_GLOBAL = "/dev/null";
process.env.GIT_CONFIG_NOSYSTEM = "1";

let registry: TestRegistry;
const repos: ReleasedRepo[] = [];
beforeAll(async () => {
  // The reader may read the fixtures' packages but not tag or deprecate them.
  registry = await startRegistry({ publisherOnly: "cli-rollback-*" });
});
afterAll(async () => {
  repos.forEach((repo) => repo.remove());
  await registry?.stop();
});

let counter = 0;
async function setup() {
  const name = `cli-rollback-${process.pid}-${counter++}`;
  const fixture = await releasedRepo({ name, registry, versions: ["1.5.0", "1.5.1"] });
  repos.push(fixture);
  const cli = (...args: string[]) => runCli(["rollback", "--registry", registry.url, "--releases-dir", fixture.releasesDir, ...args], { cwd: fixture.repo.dir, env: { NODE_AUTH_TOKEN: registry.token } });
  const digest = async () => JSON.stringify([fixture.localRefs(), fixture.remoteRefs(), fixture.localReleases(), await registry.digest([name])]);
  return { name, fixture, cli, digest };
}

describe("cadence rollback (the CLI contract: the local forge, no GitHub token, a file:// remote)", () => {
  it("--dry-run --json changes nothing; --plan-hash applies exactly that plan", async () => {
    const { name, fixture, cli, digest } = await setup();
    const before = await digest();
    const dry = await cli("--dry-run", "--json", "--reason", "broken install");
    expect(dry.exitCode, dry.stderr).toBe(0);
    expect(await digest()).toBe(before);
    const plan = JSON.parse(dry.stdout);
    expect(plan).toMatchObject({ from: "1.5.1", to: "1.5.0", type: "planned", dryRun: true, evidencePath: null, approvalRequired: true });
    expect(plan.planHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(plan.effects).toEqual([
      { id: "release-latest:v1.5.0", kind: "release-latest", status: "planned", summary: "make the release v1.5.0 Latest (instead of v1.5.1)" },
      { id: "release-note:v1.5.1", kind: "release-note", status: "planned", summary: "mark the release v1.5.1 as rolled back to 1.5.0 (title, and a note on top of its notes)" },
      { id: `npm-dist-tag:${name}/latest`, kind: "npm-dist-tag", status: "planned", summary: `move the npm dist-tag latest of ${name} from 1.5.1 to 1.5.0` },
      { id: `npm-deprecate:${name}@1.5.1`, kind: "npm-deprecate", status: "planned", summary: `deprecate ${name}@1.5.1: "1.5.1 was rolled back to 1.5.0: broken install"` },
    ]);

    const applied = await cli("--json", "--reason", "broken install", "--plan-hash", plan.planHash);
    expect(applied.exitCode, applied.stderr).toBe(0);
    const result = JSON.parse(applied.stdout);
    expect(result.effects.map((effect: { status: string }) => effect.status)).toEqual(["done", "done", "done", "done"]);
    expect(existsSync(result.evidencePath)).toBe(true);
    expect(result.evidencePath.startsWith(join(fixture.repo.dir, ".git", "cadence", "evidence"))).toBe(true);
    expect((await registry.packument(name))!["dist-tags"].latest).toBe("1.5.0");
  });

  it("--drill writes the rehearsal's record where gate-check's RL-07 reads it, and changes nothing else", async () => {
    const { fixture, cli, digest } = await setup();
    const before = await digest();
    const drill = await cli("--drill", "--from", "1.5.1", "--to", "1.5.0");
    expect(drill.exitCode, drill.stderr).toBe(0);
    expect(await digest()).toBe(before);
    const path = drill.stdout.match(/evidence: (.*)/)![1]!;
    expect(path).toMatch(new RegExp(`${fixture.repo.dir}/\\.github/rollback-drills/\\d{4}-\\d\\d-\\d\\d-1\\.5\\.1-to-1\\.5\\.0\\.yaml$`));
    const record = parse(readFileSync(path, "utf8")).rollback_evidence;
    expect(record).toMatchObject({ drill: true, trigger: { description: "rollback drill" }, execution: { dry_run: true, executed_at: null }, versions: { rolled_back_from: "1.5.1", rolled_back_to: "1.5.0" } });
    expect(record.execution.effects.every((effect: { status: string }) => effect.status === "planned")).toBe(true);

    // gate-check of a major (G-REL+Human, RL-07 required) reads the drill as the rollback test.
    const gates = await runCli(["gate-check", "--version", "2.0.0", "--json", "--dry-run"], { cwd: fixture.repo.dir });
    const rl07 = JSON.parse(gates.stdout).checks.find((check: { id: string }) => check.id === "RL-07");
    expect(rl07).toMatchObject({ status: "pass", required: true });
    expect(rl07.reason).toMatch(/^rollback drill on \d{4}-\d\d-\d\d \(0 days ago; 1\.5\.1 → 1\.5\.0, a dry-run\)$/);
  });

  it("with npm's own login (no token to ask the registry with), the npm writes come first: a login that may not write is refused before anything else changes", async () => {
    const { name, fixture, digest } = await setup();
    // A laptop signed in to the registry as a user who may not publish the package.
    const home = mkdtempSync(join(tmpdir(), "cadence-npm-login-"));
    const userconfig = join(home, ".npmrc");
    writeFileSync(userconfig, `${registry.url.replace(/^http:/, "")}:_authToken=${registry.reader!.token}\n`);
    try {
      const cli = (...args: string[]) =>
        runCli(["rollback", "--registry", registry.url, "--releases-dir", fixture.releasesDir, "--packages", name, ...args], { cwd: fixture.repo.dir, env: { npm_config_userconfig: userconfig } });
      const dry = await cli("--dry-run", "--json", "--reason", "broken install");
      expect(dry.exitCode, dry.stderr).toBe(0);
      const plan = JSON.parse(dry.stdout);
      expect(plan.effects.map((effect: { id: string }) => effect.id)).toEqual([`npm-dist-tag:${name}/latest`, `npm-deprecate:${name}@1.5.1`, "release-latest:v1.5.0", "release-note:v1.5.1"]);
      expect(plan.notes.join("\n")).toMatch(/cannot be asked before the changes \(no npm token given: npm uses its own login\), so the npm writes come first/);

      const before = await digest();
      const applied = await cli("--reason", "broken install", "--plan-hash", plan.planHash);
      expect(applied.exitCode).toBe(1);
      expect(applied.stderr).toMatch(/npm dist-tag: the registry http:\/\/127\.0\.0\.1:\d+\/ forbids it \(E403\)/);
      expect(applied.stderr).not.toMatch(/\n\s+at /);
      // The GitHub edits were never reached: the local forge's releases, refs and registry are as they were.
      expect(await digest()).toBe(before);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it("says what is wrong with a flag, without a stack trace", async () => {
    const { cli } = await setup();
    const bad = await cli("--type", "sideways", "--channels", "npm,carrier-pigeon");
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain("cadence rollback: type must be one of immediate, planned, partial, config, not 'sideways'");
    expect(bad.stderr).toContain("channels: 'carrier-pigeon' is not a channel; the channels are npm, github-release, floating-tags");
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
