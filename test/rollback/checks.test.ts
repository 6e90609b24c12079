import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { ConfigurationError, parseRollbackInputs, runRollback, type EffectHandler, type RawRollbackInputs } from "@release-cadence/core";
import { releasedRepo, rollbackPorts, type ReleasedRepo } from "../support/rollback-repo.js";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";

// Hosted runners have no git identity: any commit or tag without an explicit one fails here.
process.env.GIT_CONFIG_GLOBAL = "/dev/null";
process.env.GIT_CONFIG_NOSYSTEM = "1";

let registry: TestRegistry;
const repos: ReleasedRepo[] = [];
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  repos.forEach((repo) => repo.remove());
  await registry?.stop();
});

let counter = 0;
async function setup(options: { filesAt?: Record<string, Record<string, string>>; action?: boolean } = {}) {
  const name = `rollback-checks-${process.pid}-${counter++}`;
  const fixture = await releasedRepo({ name, registry, versions: ["1.5.0", "1.5.1"], ...options });
  repos.push(fixture);
  const ports = rollbackPorts(fixture, registry);
  const run = (raw: Omit<RawRollbackInputs, "cwd"> = {}, extra: Partial<typeof ports> = {}) => runRollback({ ...ports, ...extra }, parseRollbackInputs({ cwd: fixture.repo.dir, registry: registry.url, ...raw }));
  const digest = async () => JSON.stringify([fixture.localRefs(), fixture.remoteRefs(), fixture.localReleases(), await registry.digest([name])]);
  return { name, fixture, run, digest };
}

const capsuleConfig = (state: string, matrix: string) => `capsule:\n  state-version: ${state}\n  compatibility:\n${matrix}`;

describe("the state check (the capsule compatibility matrix)", () => {
  it("refuses when G cannot read the state X wrote, naming the migration, and changes nothing", async () => {
    const matrix = "    - { release: '1.5.0', state: state-v1, mode: full }\n    - { release: '1.5.0', state: state-v2, mode: migration }\n    - { release: '>=1.5.1', state: state-v2, mode: full }\n";
    const { run, digest } = await setup({ filesAt: { "1.5.0": { ".github/cadence.yml": capsuleConfig("state-v1", "    - { release: '*', state: state-v1, mode: full }\n") }, "1.5.1": { ".github/cadence.yml": capsuleConfig("state-v2", matrix) } } });
    const before = await digest();
    const refused = await run({ reason: "state test" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ConfigurationError);
    expect((refused as Error).message).toBe(
      "1.5.0 cannot read the state state-v2 that 1.5.1 wrote: the compatibility matrix says {release: 1.5.0, state: state-v2, mode: migration} (a migration) (read from v1.5.1:.github/cadence.yml). Migrate the state from state-v2 back to state-v1 first, then roll back; or fix forward.",
    );
    expect(await digest()).toBe(before);
  });

  it("lets G that reads X's state read-only go ahead, and records the check", async () => {
    const matrix = "    - { release: '1.5.0', state: state-v2, mode: read-only }\n    - { release: '>=1.5.1', state: state-v2, mode: full }\n";
    const { run } = await setup({ filesAt: { "1.5.0": { ".github/cadence.yml": capsuleConfig("state-v1", "    - { release: '*', state: state-v1, mode: full }\n") }, "1.5.1": { ".github/cadence.yml": capsuleConfig("state-v2", matrix) } } });
    const result = await run({ reason: "state test", dryRun: "true" });
    expect(result.facts.compatibility).toEqual({ source: "v1.5.1:.github/cadence.yml", fromState: "state-v2", toState: "state-v1", mode: "read-only", rule: "{release: 1.5.0, state: state-v2, mode: read-only}" });
  });
});

describe("a floating tag moved while the rollback runs", () => {
  it("is not overwritten: the lease refuses, naming the tag", async () => {
    const { fixture, run } = await setup({ action: true });
    const elsewhere = fixture.repo.git("rev-list", "--max-parents=0", "HEAD").trim();
    // Someone moves v1 between the plan and its effect.
    const interfere = (kind: string, handler: EffectHandler): EffectHandler =>
      kind !== "floating-tag-move"
        ? handler
        : {
            isDone: (effect) => handler.isDone(effect),
            async run(effect) {
              if (effect.tag === "v1") fixture.repo.git("push", "-q", "--force", "origin", `${elsewhere}:refs/tags/v1`);
              await handler.run(effect);
            },
          };
    const refused = await run({ reason: "lease test" }, { wrapHandler: interfere }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ConfigurationError);
    expect((refused as Error).message).toMatch(/^the floating tag v1 on origin now points at [0-9a-f]{12}, not at [0-9a-f]{12} as when the rollback was planned: someone moved it/);
    expect(fixture.remoteRefs()).toContain(`refs/tags/v1 ${elsewhere}`);
  });
});

describe("the smoke test", () => {
  it("runs after apply with the versions filled in, and its result is the record's verification", async () => {
    const { run } = await setup();
    const passing = await run({ reason: "smoke", smokeCommand: '["node", "-e", "process.exit(process.argv[1] === \\"1.5.0\\" ? 0 : 3)", "{version}"]' });
    expect(passing.smoke).toMatchObject({ status: "pass", command: ["node", "-e", 'process.exit(process.argv[1] === "1.5.0" ? 0 : 3)', "1.5.0"] });
    const record = parse(readFileSync(passing.evidencePath!, "utf8")).rollback_evidence;
    expect(record.verification).toMatchObject({ smoke_tests: "pass", issue_resolved: true });
  });

  it("a failing smoke test is recorded as fail", async () => {
    const { run } = await setup();
    const failing = await run({ reason: "smoke", smokeCommand: "node\n-e\nprocess.exit(4)" });
    expect(failing.smoke).toMatchObject({ status: "fail", exitCode: 4 });
    expect(parse(readFileSync(failing.evidencePath!, "utf8")).rollback_evidence.verification).toMatchObject({ smoke_tests: "fail", issue_resolved: false });
  });
});

describe("a config rollback", () => {
  const files = { "1.5.0": { "config/app.yml": "cache: on\n", "config/flags.json": '{"beta": false}\n' }, "1.5.1": { "config/app.yml": "cache: aggressive\n", "config/flags.json": '{"beta": true}\n' } };
  const config = (delivery: string) => `rollback:\n  config:\n    files: [config/app.yml, config/flags.json]\n    delivery: ${delivery}\n`;

  it("as a pull request: a branch from HEAD with G's files, by the bot, pushed; the checkout untouched", async () => {
    const { fixture, run } = await setup({ filesAt: { "1.5.0": { ...files["1.5.0"], ".github/cadence.yml": config("pull-request") }, "1.5.1": { ...files["1.5.1"], ".github/cadence.yml": config("pull-request") } } });
    const head = fixture.repo.head();
    const result = await run({ type: "config", reason: "the aggressive cache evicts sessions" });
    expect(result.planned.plan.effects.map((effect) => effect.id)).toEqual(["config-commit:rollback/config-1.5.1", "config-push:origin/rollback/config-1.5.1"]);
    expect(result.planned.notes).toContain("config: open a pull request from rollback/config-1.5.1 into main to review and merge the restored files");
    const branch = fixture.remoteRefs().split("\n").find((line) => line.startsWith("refs/heads/rollback/config-1.5.1 "))!.split(" ")[1]!;
    expect(fixture.repo.git("show", `${branch}:config/app.yml`)).toBe("cache: on\n");
    expect(fixture.repo.git("show", `${branch}:config/flags.json`)).toBe('{"beta": false}\n');
    expect(fixture.repo.git("log", "-1", "--format=%P|%an|%s", branch).trim()).toBe(`${head}|github-actions[bot]|fix(config): restore config/app.yml, config/flags.json of 1.5.0`);
    expect(fixture.repo.head()).toBe(head);
    expect(fixture.repo.git("status", "--porcelain")).toBe("");
    const again = await run({ type: "config", reason: "the aggressive cache evicts sessions" });
    expect(again.applied.outcomes.map((outcome) => outcome.status)).toEqual(["skipped", "skipped"]);
  });

  it("as a commit on the branch, fast-forwarded and pushed", async () => {
    const { fixture, run } = await setup({ filesAt: { "1.5.0": { ...files["1.5.0"], ".github/cadence.yml": config("commit") }, "1.5.1": { ...files["1.5.1"], ".github/cadence.yml": config("commit") } } });
    const head = fixture.repo.head();
    const result = await run({ type: "config", reason: "revert the flags", committer: "Release Team <release@example.invalid>" });
    expect(result.applied.outcomes.map((outcome) => outcome.status)).toEqual(["done", "done"]);
    expect(fixture.repo.git("log", "-1", "--format=%P|%an <%ae>", "HEAD").trim()).toBe(`${head}|Release Team <release@example.invalid>`);
    expect(fixture.repo.git("show", "HEAD:config/app.yml")).toBe("cache: on\n");
    expect(fixture.remoteRefs()).toContain(`refs/heads/main ${fixture.repo.head()}`);
    expect(fixture.repo.git("status", "--porcelain")).toBe("");
  });
});
