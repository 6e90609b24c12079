import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { GitCli, GitHubReleases, LocalFiles, NpmCli, fixedClock, parsePublishInputs, runPublish } from "@release-cadence/core";
import { quietReporter } from "../publish/ports.js";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";
import type { WorkflowRunResult } from "../support/workflow/index.js";
import type { WorkflowWorld } from "../support/workflow/world.js";
import { CADENCE_CONFIG, RC_DAY, RELEASE_DAY, SIGNING_KEY, ciPassed, failures, originRefs, releases, startWorld } from "./world.js";

/*
 * The whole cadence as one story, every workflow run by the local runner against one world (the
 * HTTP origin, the GitHub emulator, Verdaccio), with a fixed clock walking the calendar of
 * world.ts: 1.2.0 is out (tag, GitHub release, npm latest); a feature lands; RC day cuts
 * v1.3.0-rc.1; a fix on the branch makes rc.2; release day promotes v1.3.0; a shared config is
 * synced to three service repositories (one conflicts, two get pull requests); 1.3.0 turns out bad
 * and is rolled back to 1.2.0; a hotfix 1.3.1 in the holidays blackout goes through with break-glass.
 * The project is an npm package, not a GitHub Action, so no floating tags (see the rollback below).
 */

// The in-process release of 1.2.0 (the history the story starts from) carries no global git identity either.
process.env.GIT_CONFIG_GLOBAL = "/dev/null";
process.env.GIT_CONFIG_NOSYSTEM = "1";

const LINE = "release/v1.3";
const TICK = "workflows-templates/cadence-tick.yml";
// In the holidays blackout of the sample calendar (2026-12-20 – 2027-01-05).
const IN_BLACKOUT = "2026-12-24T10:00:00Z";

let registry: TestRegistry;
let world: WorkflowWorld;
const kept: string[] = [];
const name = `cadence-e2e-${process.pid}`;
const targetsRoot = mkdtempSync(join(tmpdir(), "cadence-e2e-services-"));

beforeAll(async () => {
  registry = await startRegistry();
}, 120_000);
afterAll(async () => {
  await world?.close();
  rmSync(targetsRoot, { recursive: true, force: true });
  for (const dir of kept) rmSync(dir, { recursive: true, force: true });
  await registry?.stop();
});

const manifest = (version: string) => `${JSON.stringify({ name, version, description: "the cadence, end to end", files: ["index.js"] }, null, 2)}\n`;

/** Runs a workflow and keeps its folders (workspaces, artifacts) until the end, to read the records it wrote. */
async function run(options: Parameters<WorkflowWorld["run"]>[0]): Promise<WorkflowRunResult> {
  const result = await world.run({ ...options, keep: true });
  kept.push(dirname(result.artifactsDir));
  return result;
}

const tick = (now: string) =>
  run({
    workflow: TICK,
    event: { name: "workflow_dispatch", inputs: { now, "dry-run": false } },
    secrets: { NPM_TOKEN: registry.token, RELEASE_SIGNING_KEY: SIGNING_KEY },
  });

const step = (result: WorkflowRunResult, job: string, id: string) => result.job(job).steps.find((candidate) => candidate.id === id)!;
const release = (tag: string) => releases(world).find((candidate) => candidate.tagName === tag);
const packument = async () => (await registry.packument(name))!;
/** A file of the origin at a tag (a folder: its listing). */
const atTag = (tag: string, path: string) => execFileSync("git", ["--git-dir", world.bare, "show", `${tag}:${path}`], { encoding: "utf8" });
const readYaml = (path: string) => parse(readFileSync(path, "utf8"));

/** The records a stage of release-candidate.yml wrote in its release job: gate evidence, signed capsule, notes. */
function stageRecords(result: WorkflowRunResult, version: string) {
  const gates = step(result, "candidate/release", "gates");
  const capsule = step(result, "candidate/release", "capsule");
  const changelog = step(result, "candidate/release", "changelog");
  expect(existsSync(gates.outputs["evidence-path"]!), `gate evidence of ${version}`).toBe(true);
  expect(existsSync(capsule.outputs.capsule!), `capsule of ${version}`).toBe(true);
  const evidence = readYaml(gates.outputs["evidence-path"]!).release_evidence;
  const capsuleText = readFileSync(capsule.outputs.capsule!, "utf8");
  // The release record (release notes, release_evidence) is committed with the release: read it from the tag.
  const recordDir = changelog.outputs["record-dir"]!;
  expect(recordDir).toBe(`docs/releases/${version}`);
  const record = atTag(`v${version}`, recordDir);
  const notes = atTag(`v${version}`, `${recordDir}/release-notes.md`);
  expect(record).toContain("release-readiness-checklist.md");
  const releaseNotes = parse(atTag(`v${version}`, `${recordDir}/release-notes.yaml`)).release_notes;
  expect(releaseNotes).toMatchObject({ version, release_type: "minor" });
  expect(evidence).toMatchObject({ version, validation: { gate_results: { all_tasks_passed: true } } });
  // The capsule is signed (a DSSE envelope with the key) over that evidence: its SHA-256 is in the capsule.
  expect(readFileSync(capsule.outputs.envelope!, "utf8")).toContain("payloadType");
  expect(capsuleText).toContain(`kind: ${version.includes("-") ? "PRE-RELEASE" : "RELEASE"}`);
  expect(capsuleText).toContain(createHash("sha256").update(readFileSync(gates.outputs["evidence-path"]!)).digest("hex"));
  return { gates, capsule, evidence, capsuleText, notes, releaseNotes };
}

describe("the cadence end to end: feature, rc.1, rc.2, release, sync, rollback, hotfix", () => {
  it(
    "walks the calendar through every workflow in one world",
    async () => {
      world = await startWorld({
        seed: (work) => {
          work.write(".github/cadence.yml", `${CADENCE_CONFIG}publish:\n  npm:\n    registry: ${registry.url}\n    provenance: false\n`);
          work.write("CHANGELOG.md", "# Changelog\n\n## [1.2.0] - 2026-10-30\n\n### Features\n\n- the first calendar\n");
          work.write("index.js", "module.exports = 'calendar';\n");
          work.commit("chore: release 1.2.0", "package.json", manifest("1.2.0"));
        },
      });

      // ── 1.2.0 is out: released by publish itself (tag, GitHub release, npm latest). ──
      await runPublish(
        {
          git: new GitCli(world.work.dir),
          files: new LocalFiles(world.work.dir),
          clock: fixedClock(new Date("2026-10-30T12:00:00Z")),
          reporter: quietReporter().reporter,
          forge: GitHubReleases.create({
            token: "ghp_history",
            repository: world.repository,
            baseUrl: world.emulator.url,
            retryBaseMs: 1,
            retries: 2,
            timeoutMs: 10_000,
          }),
          registryFor: (url) => new NpmCli({ registry: url, token: registry.token, cwd: world.work.dir }),
          npmTokenGiven: true,
          env: {},
        },
        parsePublishInputs({ cwd: world.work.dir, version: "1.2.0", branch: "main" }),
      );
      expect((await packument())["dist-tags"].latest).toBe("1.2.0");
      expect(release("v1.2.0")).toMatchObject({ latest: true, prerelease: false });
      // An npm package, not a GitHub Action: no floating tags.
      expect(originRefs(world).has("refs/tags/v1")).toBe(false);

      // ── Feature work lands on main; CI is green. ──
      const feature = world.work.commit("feat: export the calendar as iCal", "src/ical.ts", "export const ical = true;\n");
      world.push();
      ciPassed(world, feature);

      // ── RC day: the tick cuts release/v1.3 and releases v1.3.0-rc.1 (npm dist-tag rc, latest stays). ──
      const rc1 = await tick(RC_DAY);
      expect(rc1.conclusion, failures(rc1)).toBe("success");
      expect(rc1.job("decide").outputs.due).toBe("rc-cut");
      expect(rc1.job("candidate/decide").outputs).toMatchObject({ due: "rc-cut", branch: LINE, commit: feature, "capsule-kind": "PRE-RELEASE" });
      expect(rc1.job("candidate/release").outputs.version).toBe("1.3.0-rc.1");
      let refs = originRefs(world);
      expect(refs.get(`refs/heads/${LINE}`)).toBe(refs.get("refs/tags/v1.3.0-rc.1"));
      expect(refs.get("refs/heads/main")).toBe(feature);
      expect(release("v1.3.0-rc.1")).toMatchObject({ prerelease: true, latest: false });
      let npm = await packument();
      expect(npm["dist-tags"]).toMatchObject({ latest: "1.2.0", rc: "1.3.0-rc.1" });
      const rc1Records = stageRecords(rc1, "1.3.0-rc.1");
      expect(rc1Records.gates.outputs).toMatchObject({ passed: "true", profile: "RC" });
      expect(rc1Records.releaseNotes.changes.features).toEqual([expect.objectContaining({ commit: feature })]);
      expect(rc1Records.notes).toContain("export the calendar as iCal");

      // ── A fix lands on the release branch; the evening tick makes rc.2 from it. ──
      world.work.git("fetch", "-q", "origin");
      world.work.git("switch", "-q", "-c", LINE, `origin/${LINE}`);
      const fix = world.work.commit("fix: the iCal export's time zone", "src/ical.ts", "export const ical = 'utc';\n");
      world.work.git("push", "-q", "origin", LINE);
      ciPassed(world, fix);
      const rc2 = await tick("2026-11-12T17:00:00Z");
      expect(rc2.conclusion, failures(rc2)).toBe("success");
      expect(rc2.job("candidate/decide").outputs).toMatchObject({ due: "rc", branch: LINE, commit: fix });
      expect(rc2.job("candidate/release").outputs.version).toBe("1.3.0-rc.2");
      refs = originRefs(world);
      expect(refs.get(`refs/heads/${LINE}`)).toBe(refs.get("refs/tags/v1.3.0-rc.2"));
      expect((await packument())["dist-tags"]).toMatchObject({ latest: "1.2.0", rc: "1.3.0-rc.2" });
      expect(stageRecords(rc2, "1.3.0-rc.2").notes).toContain("the iCal export's time zone");

      // ── Release day: the tick promotes the candidate to v1.3.0: gates G-REL, capsule RELEASE, npm latest, GitHub Latest. ──
      ciPassed(world, refs.get(`refs/heads/${LINE}`)!);
      const promote = await tick(RELEASE_DAY);
      expect(promote.conclusion, failures(promote)).toBe("success");
      expect(promote.job("candidate/decide").outputs).toMatchObject({ due: "promote", "merge-into": "main", "capsule-kind": "RELEASE" });
      expect(promote.job("candidate/release").outputs.version).toBe("1.3.0");
      refs = originRefs(world);
      expect(refs.get(`refs/heads/${LINE}`)).toBe(refs.get("refs/tags/v1.3.0"));
      expect([...refs.keys()].filter((ref) => ref.startsWith("refs/tags/")).sort()).toEqual(
        ["refs/tags/v1.2.0", "refs/tags/v1.3.0", "refs/tags/v1.3.0-rc.1", "refs/tags/v1.3.0-rc.2"],
      );
      expect(world.work.git("--git-dir", world.bare, "log", "-1", "--format=%s", "refs/heads/main").trim()).toBe(`chore(release): merge ${LINE} (1.3.0) into main`);
      expect(release("v1.3.0")).toMatchObject({ prerelease: false, latest: true });
      expect(release("v1.2.0")!.latest).toBe(false);
      npm = await packument();
      expect(npm["dist-tags"].latest).toBe("1.3.0");
      expect(Object.keys(npm.versions).sort()).toEqual(["1.2.0", "1.3.0", "1.3.0-rc.1", "1.3.0-rc.2"]);
      const final = stageRecords(promote, "1.3.0");
      expect(final.gates.outputs).toMatchObject({ passed: "true", profile: "G-REL" });
      expect(final.releaseNotes.changes.bug_fixes).toEqual([expect.objectContaining({ commit: fix })]);
      // The notes of 1.3.0 tell the whole line, and the GitHub release carries them.
      expect(final.notes).toContain("export the calendar as iCal");
      expect(final.notes).toContain("the iCal export's time zone");
      expect(release("v1.3.0")!.body).toContain("the iCal export's time zone");

      // ── A shared config goes to three service repositories through the sync workflow: a dry-run, then the approved apply. ──
      const services = ["alpha", "beta", "gamma"].map((service) => {
        const model = world.emulator.state.addRepo(`octo-org/${service}`, { gitDir: join(targetsRoot, `${service}.git`) });
        model.git!.commitFiles("main", { "README.md": `# ${service}\n` });
        const gitDir = join(targetsRoot, `${service}.git`);
        const git = (...args: string[]) => execFileSync("git", ["--git-dir", gitDir, ...args], { encoding: "utf8", stdio: "pipe" });
        return { service, model, git };
      });
      // beta has its own .editorconfig, which no sync wrote: under conflict_strategy fail it is a conflict, and beta gets nothing.
      services[1]!.model.git!.commitFiles("main", { ".editorconfig": "root = true\n[*]\nindent_style = tab\n" });
      const targetRefs = () => services.map(({ git }) => git("for-each-ref")).join("|");
      world.work.git("fetch", "-q", "origin");
      world.work.git("switch", "-q", "-C", "main", "origin/main");
      world.work.write("shared/.editorconfig", "root = true\n[*]\nindent_style = space\n");
      world.work.write("shared/.github/renovate.json", "{ \"extends\": [\"config:recommended\"] }\n");
      world.work.write(
        ".github/cadence.yml",
        `${readFileSync(join(world.work.dir, ".github/cadence.yml"), "utf8")}sync:
  - sync_id: shared-config
    name: Shared config
    type: config
    source: { type: file, location: shared }
    targets:
${services.map(({ service }) => `      - { id: ${service}, type: api, location: octo-org/${service}, credentials: "env:SYNC_TOKEN" }`).join("\n")}
    options: { conflict_strategy: fail, delivery: pull_request }
`,
      );
      world.work.commit("chore: share the editor and renovate config");
      world.work.git("push", "-q", "origin", "main");
      const syncSecrets = { SYNC_TOKEN: "ghp_syncTokenForTheServices" };
      const before = targetRefs();
      const syncDry = await run({
        workflow: "workflows-templates/sync.yml",
        event: { name: "workflow_dispatch", inputs: { "dry-run": true } },
        secrets: syncSecrets,
        approvals: { sync: "reject" },
      });
      expect(syncDry.conclusion, failures(syncDry)).toBe("success");
      expect(syncDry.job("sync/dry-run").outputs.changes).toBe("true");
      expect(syncDry.job("sync/approve").result).toBe("skipped");
      expect(targetRefs()).toBe(before);
      const plannedHash = syncDry.job("sync/dry-run").outputs["plan-hash"]!;
      expect(plannedHash).toMatch(/^sha256:[0-9a-f]{64}$/);

      const sync = await run({
        workflow: "workflows-templates/sync.yml",
        event: { name: "schedule", cron: "23 6 * * 1" },
        secrets: syncSecrets,
        approvals: { sync: "approve" },
      });
      // beta cannot be synced, so the run ends red: only the collect job fails (and so the calling job), after alpha and gamma were applied.
      expect(sync.conclusion).toBe("failure");
      expect(sync.jobs.filter((job) => job.result === "failure").map((job) => job.key).sort(), failures(sync)).toEqual(["sync", "sync/collect"]);
      // The plan did not move between the dry-run and the scheduled run: the same hash is approved.
      expect(sync.job("sync/dry-run").outputs["plan-hash"]).toBe(plannedHash);
      expect(sync.job("sync/approve").environment).toMatchObject({ name: "sync", decision: "approved" });
      // beta's conflict is found by the dry-run and named there; beta gets no apply, alpha and gamma get their pull requests.
      const dry = step(sync, "sync/dry-run", "dry");
      expect(JSON.parse(dry.outputs["failed-targets"]!)).toEqual(["beta"]);
      expect(JSON.parse(dry.outputs.targets!)).toContainEqual(expect.objectContaining({ target: "beta", status: "conflict", conflicts: [".editorconfig"] }));
      expect(sync.job("sync/dry-run").annotations).toContainEqual(
        expect.objectContaining({ level: "error", message: expect.stringContaining("shared-config → beta: conflict") }),
      );
      const legs = sync.jobs.filter((job) => job.key.startsWith("sync/apply ("));
      expect(legs.map((leg) => [leg.matrix?.target, leg.result]).sort()).toEqual([["alpha", "success"], ["gamma", "success"]]);
      for (const { service, model, git } of services) {
        const pulls = model.issues.filter((issue) => issue.pull);
        if (service === "beta") {
          expect(pulls).toEqual([]);
          expect(git("for-each-ref", "--format=%(refname)")).toBe("refs/heads/main\n");
          expect(git("show", "main:.editorconfig")).toContain("indent_style = tab");
          continue;
        }
        expect(pulls.map((pull) => pull.state), service).toEqual(["open"]);
        // The pull request names the target's own plan hash, the one its leg was held to.
        const leg = legs.find((candidate) => candidate.matrix?.target === service)!;
        expect(pulls[0]!.body).toContain(`Target plan hash: \`${String(leg.matrix!.planHash)}\``);
        expect(git("show", "cadence-sync/shared-config/main:.editorconfig")).toBe("root = true\n[*]\nindent_style = space\n");
        expect(git("show", "cadence-sync/shared-config/main:.github/renovate.json")).toContain("config:recommended");
        // The pull request is the change: main is as it was.
        expect(() => git("show", "main:.github/renovate.json")).toThrow();
      }
      // The legs' sync_log records and beta's, gathered with the run; the collect job names beta.
      expect(sync.job("sync/collect").annotations).toContainEqual(expect.objectContaining({ level: "error", message: expect.stringMatching(/^not synced, .*: beta$/) }));
      const syncLogs = parseAllDocuments(readFileSync(join(sync.artifactsDir, "cadence-sync-log", "sync-log.yaml"), "utf8")).map((doc) => doc.toJSON().sync_log);
      const logged = syncLogs.map((record) => [record.targets.map((target: { target: string }) => target.target).join(), record.execution.status]);
      expect(logged.sort()).toEqual([["alpha", "success"], ["beta", "failed"], ["gamma", "success"]]);
      for (const record of syncLogs.filter((each) => each.targets[0].target !== "beta")) {
        expect(record.targets[0].pull_request).toMatch(new RegExp(`/octo-org/${record.targets[0].target}/pull/1$`));
      }
      expect(syncLogs.find((record) => record.targets[0].target === "beta")!.targets[0]).toMatchObject({ status: "conflict", conflicts: [expect.stringMatching(/^\.editorconfig: /)] });
      // The dry-run's sync_log names beta's conflict.
      const planned = parseAllDocuments(readFileSync(dry.outputs["sync-log-path"]!, "utf8")).map((doc) => doc.toJSON().sync_log);
      expect(planned.flatMap((record) => record.targets).find((target: { target: string }) => target.target === "beta")).toMatchObject({
        planned: "conflict",
        conflicts: [expect.stringMatching(/^\.editorconfig: /)],
      });
      world.work.git("switch", "-q", LINE);
      // The sync touched only main of this repository.
      expect(originRefs(world).get(`refs/heads/${LINE}`)).toBe(refs.get("refs/tags/v1.3.0"));

      // ── 1.3.0 turns out bad: the rollback workflow (critical: at once) moves npm latest and GitHub Latest back to 1.2.0 and deprecates 1.3.0. ──
      // (Had the project shipped an action, v1.3 could not point at 1.2.0 and the rollback would roll forward to 1.3.1
      // instead: docs/rollback.md. This story keeps to npm and GitHub.)
      const tagsBefore = [...originRefs(world)].filter(([ref]) => ref.startsWith("refs/tags/"));
      const rollback = await run({
        workflow: ".github/workflows/rollback.yml",
        event: {
          name: "workflow_call",
          inputs: { "registry-url": registry.url, severity: "critical", impact: "widespread", reason: "the iCal export drops events", issue: "#13" },
          secrets: { NPM_TOKEN: registry.token },
          callerPermissions: { contents: "write", "pull-requests": "write" },
        },
      });
      expect(rollback.conclusion, failures(rollback)).toBe("success");
      expect(rollback.job("plan").outputs).toMatchObject({ from: "1.3.0", to: "1.2.0", type: "immediate", approval: "post-hoc" });
      expect(step(rollback, "apply", "rollback").outputs["plan-hash"]).toBe(rollback.job("plan").outputs["plan-hash"]);
      npm = await packument();
      expect(npm["dist-tags"]).toMatchObject({ latest: "1.2.0", rc: "1.3.0-rc.2" });
      expect((npm.versions["1.3.0"] as { deprecated?: string }).deprecated).toBe("1.3.0 was rolled back to 1.2.0: the iCal export drops events (#13)");
      expect(release("v1.2.0")!.latest).toBe(true);
      expect(release("v1.3.0")).toMatchObject({ latest: false, name: "v1.3.0 (rolled back)" });
      // The git tag of the bad release is never touched; nothing was rolled forward.
      expect([...originRefs(world)].filter(([ref]) => ref.startsWith("refs/tags/"))).toEqual(tagsBefore);
      const rollbackFolder = join(rollback.artifactsDir, "rollback-evidence-1.3.0");
      const rollbackFile = readdirSync(rollbackFolder).find((entry) => /\.ya?ml$/.test(entry));
      expect(rollbackFile, readdirSync(rollbackFolder).join(", ")).toBeDefined();
      expect(readYaml(join(rollbackFolder, rollbackFile!)).rollback_evidence).toMatchObject({
        type: "immediate",
        trigger: { severity: "critical", issue_id: "#13" },
        versions: { rolled_back_from: "1.3.0", rolled_back_to: "1.2.0" },
      });

      // ── Christmas Eve, in the holidays blackout: a SEV-1 hotfix v1.3.1 on the line goes through with break-glass. ──
      world.work.git("fetch", "-q", "origin");
      world.work.git("switch", "-q", "-C", LINE, `origin/${LINE}`);
      // SEV-1 requires every gate, the rollback drill (RL-07) among them: the December drill is on record.
      world.work.write(
        ".github/rollback-drills/2026-12.yml",
        "rollback_evidence:\n  rollback_id: drill-12\n  type: planned\n  execution:\n    executed_at: 2026-12-01T10:00:00Z\n  verification:\n    smoke_tests: pass\n",
      );
      world.work.commit("chore: the december rollback drill");
      // Every gate includes RL-05: the fix says what changed for users.
      world.work.write("README.md", "# sample\n\nThe iCal export keeps every event of a calendar.\n");
      const hotfixCommit = world.work.commit("fix: the iCal export keeps every event", "src/ical.ts", "export const ical = 'utc, every event';\n");
      world.work.git("push", "-q", "origin", LINE);
      ciPassed(world, hotfixCommit);
      const hotfix = await run({
        workflow: ".github/workflows/hotfix.yml",
        ref: `refs/heads/${LINE}`,
        event: {
          name: "workflow_call",
          inputs: { severity: "SEV-1", "break-glass": "INC-13: calendars lose events", now: IN_BLACKOUT },
          secrets: { RELEASE_SIGNING_KEY: SIGNING_KEY, NPM_TOKEN: registry.token },
          callerPermissions: {
            contents: "write",
            "id-token": "write",
            attestations: "write",
            checks: "read",
            statuses: "read",
            "pull-requests": "read",
            issues: "read",
          },
        },
        approvals: { "hotfix-approval": "approve" },
      });
      expect(hotfix.conclusion, failures(hotfix)).toBe("success");
      expect(hotfix.job("plan").outputs).toMatchObject({ version: "1.3.1", profile: "SEV-1", "requires-approval": "true" });
      expect(hotfix.job("approve").environment).toMatchObject({ name: "hotfix-approval", decision: "approved" });
      refs = originRefs(world);
      expect(refs.get(`refs/heads/${LINE}`)).toBe(refs.get("refs/tags/v1.3.1"));
      expect(world.work.git("--git-dir", world.bare, "rev-parse", "refs/tags/v1.3.1^").trim()).toBe(hotfixCommit);
      expect(release("v1.3.1")).toMatchObject({ prerelease: false, draft: false, latest: true });
      npm = await packument();
      expect(npm["dist-tags"].latest).toBe("1.3.1");
      expect((npm.versions["1.3.0"] as { deprecated?: string }).deprecated).toContain("rolled back");
      const hotfixFolder = join(hotfix.artifactsDir, "hotfix-evidence-1.3.1");
      const hotfixEvidence = readdirSync(hotfixFolder, { recursive: true }).map(String).find((entry) => /gate-check-1\.3\.1\.ya?ml$/.test(entry));
      expect(hotfixEvidence, readdirSync(hotfixFolder, { recursive: true }).join(", ")).toBeDefined();
      const { validation } = readYaml(join(hotfixFolder, hotfixEvidence!)).release_evidence;
      expect(validation.break_glass).toMatchObject({ reason: "INC-13: calendars lose events", blocked_by: expect.stringContaining("blackout 2026-12-20") });
      const hotfixCapsule = readFileSync(join(hotfixFolder, "capsule", "capsule-release-1.3.1.yaml"), "utf8");
      expect(hotfixCapsule).toContain(createHash("sha256").update(readFileSync(join(hotfixFolder, hotfixEvidence!))).digest("hex"));
      expect(parse(atTag("v1.3.1", "docs/releases/1.3.1/release-notes.yaml")).release_notes).toMatchObject({ version: "1.3.1", release_type: "patch" });
    },
    900_000,
  );
});
