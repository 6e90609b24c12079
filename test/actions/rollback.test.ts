import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GitHubReleases } from "@release-cadence/core";
import { releasesOf } from "../support/github/routes/releases.js";
import { GitHubEmulator } from "../support/github/server.js";
import { releasedRepo, type ReleasedRepo } from "../support/rollback-repo.js";
import { runAction } from "../support/runner.js";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";

// The fixture's own releases (made by publish in this process) carry no global git identity either.
process.env.GIT_CONFIG_GLOBAL = "/dev/null";
process.env.GIT_CONFIG_NOSYSTEM = "1";

const TOKEN = "ghs_actionRollbackToken31";
let registry: TestRegistry;
const repos: ReleasedRepo[] = [];
const emulators: GitHubEmulator[] = [];
beforeAll(async () => {
  // The reader may read the fixtures' packages but not tag or deprecate them (a read-only token, or no maintainer).
  registry = await startRegistry({ publisherOnly: "action-rollback-*" });
});
afterAll(async () => {
  repos.forEach((repo) => repo.remove());
  await registry?.stop();
});
afterEach(async () => {
  for (const emulator of emulators.splice(0)) await emulator.close();
});

let counter = 0;
async function setup(options: { versions?: string[]; immutable?: boolean; shared?: boolean } = {}) {
  const emulator = await GitHubEmulator.start({ token: TOKEN });
  // A shared setup's emulator lives as long as its describe (which closes it), not one test.
  if (!options.shared) emulators.push(emulator);
  const repo = emulator.state.addRepo("octo-org/sample");
  if (options.immutable) releasesOf(emulator.state, repo).immutableReleases = true;
  const forge = GitHubReleases.create({ token: TOKEN, repository: "octo-org/sample", baseUrl: emulator.url, retryBaseMs: 1, retries: 2, timeoutMs: 10_000 });
  const name = `action-rollback-${process.pid}-${counter++}`;
  const fixture = await releasedRepo({ name, registry, versions: options.versions ?? ["1.5.0", "1.5.1"], action: true, forge });
  repos.push(fixture);
  const run = (inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
    runAction("rollback", {
      workspace: fixture.repo.dir,
      inputs: { "github-token": TOKEN, "registry-url": registry.url, "npm-token": registry.token, ...inputs },
      env: { GITHUB_API_URL: emulator.url, GITHUB_REPOSITORY: "octo-org/sample", ...env },
    });
  const releases = () => releasesOf(emulator.state, repo).releases;
  /** Git refs here and on the remote, the emulator's releases and the registry: everything a rollback could change. */
  const digest = async () => JSON.stringify([fixture.localRefs(), fixture.remoteRefs(), JSON.stringify(releases()), await registry.digest([name])]);
  return { emulator, repo, fixture, name, run, digest, releases };
}

const remoteRef = (fixture: ReleasedRepo, ref: string) => fixture.remoteRefs().split("\n").find((line) => line.startsWith(`${ref} `))?.split(" ")[1];

describe("the rollback bundle, run as the runner runs it (the emulator, Verdaccio, a file:// remote)", () => {
  let shared: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    shared = await setup({ shared: true });
  });
  afterAll(async () => {
    await shared?.emulator.close();
  });

  it("an immutable release is rolled forward: a new patch with G's tree through publish, X's title and notes marked", async () => {
    const { fixture, name, run, releases } = await setup({ versions: ["1.5.0", "1.5.1"], immutable: true });
    const result = await run({ reason: "the 1.5.1 cache corrupts state" });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs["roll-forward-version"]).toBe("1.5.2");
    expect(result.summary).toContain("the release v1.5.1 is immutable: its tag and assets stay as published");
    const newest = releases().find((release) => release.tagName === "v1.5.2")!;
    expect(newest).toMatchObject({ draft: false, latest: true, immutable: true });
    const bad = releases().find((release) => release.tagName === "v1.5.1")!;
    expect(bad).toMatchObject({ immutable: true, name: "v1.5.1 (rolled back)" });
    expect(bad.body).toContain("(released again as 1.5.2)");
    const commit = remoteRef(fixture, "refs/tags/v1.5.2")!;
    expect(fixture.repo.git("show", `${commit}:index.js`)).toBe('module.exports = "1.5.0";\n');
    expect(fixture.repo.git("log", "-1", "--format=%an <%ae>", commit).trim()).toBe("github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>");
    expect((await registry.packument(name))!["dist-tags"].latest).toBe("1.5.2");
  });

  it("a config rollback opens a pull request from the restored branch (the emulator's repository is the remote)", async () => {
    const config = "rollback:\n  config:\n    files: [config/app.yml]\n";
    const name = `action-config-${process.pid}-${counter++}`;
    const fixture = await releasedRepo({ name, registry, versions: ["1.5.0", "1.5.1"], filesAt: { "1.5.0": { "config/app.yml": "cache: on\n", ".github/cadence.yml": config }, "1.5.1": { "config/app.yml": "cache: aggressive\n" } } });
    repos.push(fixture);
    const emulator = await GitHubEmulator.start({ token: TOKEN });
    emulators.push(emulator);
    const repo = emulator.state.addRepo("octo-org/sample", { gitDir: fixture.remote });
    const run = () =>
      runAction("rollback", {
        workspace: fixture.repo.dir,
        inputs: { "github-token": TOKEN, type: "config", reason: "the aggressive cache evicts sessions", issue: "#9" },
        env: { GITHUB_API_URL: emulator.url, GITHUB_REPOSITORY: "octo-org/sample" },
      });
    const first = await run();
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(JSON.parse(first.outputs.effects!).map((effect: { id: string; status: string }) => `${effect.id}:${effect.status}`)).toEqual([
      "config-commit:rollback/config-1.5.1:done",
      "config-push:origin/rollback/config-1.5.1:done",
      "config-pull-request:rollback/config-1.5.1:done",
    ]);
    const pulls = repo.issues.filter((issue) => issue.pull);
    expect(pulls).toHaveLength(1);
    expect(pulls[0]).toMatchObject({ title: "fix(config): roll back config/app.yml to 1.5.0", state: "open", pull: { head: "rollback/config-1.5.1", base: "main" } });
    expect(pulls[0]!.body).toBe("Restores config/app.yml as v1.5.0 had them (rolled back from v1.5.1): the aggressive cache evicts sessions (#9).");
    const again = await run();
    expect(JSON.parse(again.outputs.effects!).map((effect: { status: string }) => effect.status)).toEqual(["skipped", "skipped", "skipped"]);
    expect(repo.issues.filter((issue) => issue.pull)).toHaveLength(1);
  });

  describe("bad input: a clear error, nothing changed anywhere", () => {
    // Every case must leave everything as it was, so they share one released history (releasing
    // it is most of a case's time) with the rollback below; what a case prepares, it takes back after.
    const tag = (name: string) => (context: typeof shared) => {
      context.fixture.repo.git("tag", name, context.fixture.commits["1.5.0"]!);
      return () => void context.fixture.repo.git("tag", "-d", name);
    };
    const readOnly = ({ emulator, repo }: typeof shared) => {
      const releases = releasesOf(emulator.state, repo);
      const was = releases.contents;
      releases.contents = "read";
      return () => void (releases.contents = was);
    };
    const cases: Array<[string, Record<string, string>, RegExp, (context: typeof shared) => (() => void) | void]> = [
      ["G not below X", { from: "1.5.0", to: "1.5.1" }, /to 1\.5\.1 is not below from 1\.5\.0/, () => {}],
      ["X unknown", { from: "1.9.0" }, /from 1\.9\.0 is not a released version: there is no tag v1\.9\.0/, () => {}],
      ["G unknown", { to: "1.2.0" }, /to 1\.2\.0 is not a released version/, () => {}],
      ["G a pre-release when X is not", { to: "1.5.1-rc.1" }, /to 1\.5\.1-rc\.1 is a pre-release, but from 1\.5\.1 is not/, tag("v1.5.1-rc.1")],
      ["a channel with no such version", { to: "1.4.0", channels: "npm" }, /@1\.4\.0 is not on http:\/\/127\.0\.0\.1:\d+\/, so no dist-tag can move back to it/, tag("v1.4.0")],
      ["a release channel with no such version", { to: "1.4.0", "roll-forward": "false", channels: "github-release" }, /v1\.4\.0 has no published release on GitHub octo-org\/sample/, tag("v1.4.0")],
      ["a token without the permission", {}, /contents: write/, readOnly],
      ["a registry that refuses", { "npm-token": "not-a-token" }, /refused the credentials|does not accept the npm credentials/, () => {}],
      ["no reason to apply", { reason: "" }, /reason is required/, () => {}],
      ["severity without impact", { severity: "high", impact: "" }, /severity and impact go together/, () => {}],
      ["low severity, no type", { severity: "low", impact: "limited" }, /the matrix recommends fixing forward/, () => {}],
    ];
    it.for(cases)("%s", async ([, inputs, message, prepare]) => {
      const undo = prepare(shared);
      try {
        const before = await shared.digest();
        const result = await shared.run({ reason: "bad input test", ...inputs });
        expect(result.exitCode, result.stdout).toBe(1);
        const error = result.commands.find((command) => command.command === "error");
        expect(error?.message).toMatch(message);
        expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
        expect(await shared.digest()).toBe(before);
      } finally {
        undo?.();
      }
    });

    it("an npm token that may not publish the package: refused while planning, naming the package, nothing changed", async () => {
      const { run, digest, name, releases } = shared;
      const before = await digest();
      const result = await run({ reason: "bad input test", "npm-token": registry.reader!.token });
      expect(result.exitCode, result.stdout).toBe(1);
      const error = result.commands.find((command) => command.command === "error");
      expect(error?.message).toMatch(new RegExp(`the npm user reader may not change ${name}: moving its dist-tags and changing the deprecation of 1\\.5\\.1 need publish rights on ${name}`));
      expect(error?.message).toMatch(/the registry http:\/\/127\.0\.0\.1:\d+\/ answered HTTP 403: user reader is not allowed to publish/);
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
      const logged = (result.stdout + result.stderr).split("\n").filter((line) => !line.startsWith("::add-mask::"));
      expect(logged.join("\n")).not.toContain(registry.reader!.token);
      // Refused before the first effect: not one effect ran, on GitHub or anywhere else.
      expect(result.outputs.effects ?? "[]").not.toMatch(/"status":"(done|failed)"/);
      expect(await digest()).toBe(before);
      expect(releases().find((release) => release.tagName === "v1.5.1")!.name).toBe("v1.5.1");
      expect((await registry.packument(name))!.versions["1.5.1"]!.deprecated).toBeUndefined();
    });

    it("a job token without contents: write: refused while planning, before any release write is tried", async () => {
      const { emulator, run, digest } = shared;
      // GITHUB_TOKEN of a job with `permissions: contents: read`: it reads releases, and says nothing of what it may write.
      const grant = emulator.grants.issue("octo-org/sample", { contents: "read" });
      const before = await digest();
      const start = emulator.requests.length;
      const result = await run({ reason: "bad input test", "github-token": grant.token });
      expect(result.exitCode, result.stdout).toBe(1);
      const error = result.commands.find((command) => command.command === "error");
      expect(error?.message).toMatch(/^the token may not edit the releases of octo-org\/sample, asked before any change \(.*the token lacks the permission contents: write/);
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
      const operations = emulator.requests.slice(start).map((request) => request.operationId);
      expect(operations).toContain("repos/generate-release-notes");
      expect(operations).not.toContain("repos/update-release");
      expect(await digest()).toBe(before);
    });

    it("a floating tag someone moved since the dry-run: the plan is stale", async () => {
      const { fixture, run, digest } = shared;
      const dry = await run({ "dry-run": "true", reason: "moved tag" });
      // Someone points v1.5 at a commit that is neither X nor G.
      const elsewhere = fixture.repo.git("rev-list", "--max-parents=0", "HEAD").trim();
      const was = remoteRef(fixture, "refs/tags/v1.5")!;
      fixture.repo.git("push", "-q", "--force", "origin", `${elsewhere}:refs/tags/v1.5`);
      try {
        const before = await digest();
        const result = await run({ "plan-hash": dry.outputs["plan-hash"]!, reason: "moved tag" });
        expect(result.exitCode).toBe(1);
        expect(result.commands.find((command) => command.command === "error")?.message).toMatch(/the plan is stale/);
        expect(await digest()).toBe(before);
      } finally {
        fixture.repo.git("push", "-q", "--force", "origin", `${was}:refs/tags/v1.5`);
      }
    });
  });

  it("dry-run shows the decision and the plan and changes nothing; apply with that hash rolls back on every channel", async () => {
    // The history the bad input cases left as it was.
    const { emulator, fixture, name, run, digest, releases } = shared;
    const before = await digest();
    const dry = await run({ "dry-run": "true", severity: "critical", impact: "widespread", reason: "data loss on save", issue: "#7" });
    expect(dry.exitCode, dry.stdout + dry.stderr).toBe(0);
    expect(await digest()).toBe(before);
    expect(dry.outputs).toMatchObject({ from: "1.5.1", to: "1.5.0", type: "immediate", "recommended-type": "immediate", approval: "post-hoc", "approval-required": "false", "roll-forward-version": "", "evidence-path": "" });
    expect(dry.summary).toContain("make the release v1.5.0 Latest (instead of v1.5.1)");
    expect(dry.summary).toMatch(/#### npm\n\n\| \| before \| after \| \|\n\|---\|---\|---\|---\|\n\| action-rollback-\d+-0 latest \| 1\.5\.1 \| 1\.5\.0 \| planned \|/);

    const start = emulator.requests.length;
    const apply = await run({ "plan-hash": dry.outputs["plan-hash"]!, severity: "critical", impact: "widespread", reason: "data loss on save", issue: "#7" });
    expect(apply.exitCode, apply.stdout + apply.stderr).toBe(0);
    expect(apply.outputs["plan-hash"]).toBe(dry.outputs["plan-hash"]);
    expect(JSON.parse(apply.outputs.effects!).map((effect: { status: string }) => effect.status)).toEqual(["done", "done", "done", "done", "done", "done"]);
    const good = releases().find((release) => release.tagName === "v1.5.0")!;
    const bad = releases().find((release) => release.tagName === "v1.5.1")!;
    expect(good.latest).toBe(true);
    expect(bad).toMatchObject({ latest: false, name: "v1.5.1 (rolled back)" });
    expect(bad.body).toContain("**Rolled back** to 1.5.0: data loss on save (#7)");
    // make_latest: true went to G; nothing ever set it to false on X.
    const patches = emulator.requests.slice(start).filter((request) => request.operationId === "repos/update-release");
    expect(patches).toHaveLength(2);
    const packument = (await registry.packument(name))!;
    expect(packument["dist-tags"].latest).toBe("1.5.0");
    expect((packument.versions["1.5.1"] as { deprecated?: string }).deprecated).toBe("1.5.1 was rolled back to 1.5.0: data loss on save (#7)");
    expect(remoteRef(fixture, "refs/tags/v1")).toBe(fixture.commits["1.5.0"]);
    const evidence = parse(readFileSync(apply.outputs["evidence-path"]!, "utf8")).rollback_evidence;
    expect(evidence).toMatchObject({ type: "immediate", trigger: { severity: "critical", issue_id: "#7", detected_by: "octocat" }, versions: { rolled_back_from: "1.5.1", rolled_back_to: "1.5.0" } });
    expect(JSON.parse(apply.outputs.channels!)).toContainEqual({ channel: "github-release", item: "Latest", before: "v1.5.1", after: "v1.5.0", status: "done" });
    const logged = (apply.stdout + apply.stderr).split("\n").filter((line) => !line.startsWith("::add-mask::"));
    expect(logged.join("\n")).not.toContain(TOKEN);
    expect(logged.join("\n")).not.toContain(registry.token);
  });
});
