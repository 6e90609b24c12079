import { verify } from "node:crypto";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";
import type { WorkflowRunResult } from "../support/workflow/index.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";
import {
  PACKAGE, SIGNING_KEY, SIGNING_PUBLIC_KEY, ciPassed, failures, originRefs, releases, seedProject, step,
} from "./project.js";

let registry: TestRegistry;
let world: WorkflowWorld;
let dispatched: string;
let run: WorkflowRunResult;
beforeAll(async () => {
  registry = await startRegistry();
  world = await startWorld({ seed: (work) => seedProject(work, registry) });
  dispatched = world.work.head();
  ciPassed(world, dispatched);
  // The starter as a user runs it for real: "Run workflow" with dry-run unticked, secrets at the repository level.
  run = await world.run({
    workflow: "workflows-templates/release.yml",
    event: { name: "workflow_dispatch", inputs: { "dry-run": false } },
    secrets: { NPM_TOKEN: registry.token, RELEASE_SIGNING_KEY: SIGNING_KEY },
    keep: true,
  });
}, 180_000);
afterAll(async () => {
  if (run) rmSync(dirname(run.artifactsDir), { recursive: true, force: true });
  await world?.close();
  await registry?.stop();
});

const git = (...args: string[]) => world.work.git("--git-dir", world.bare, ...args).trim();

describe("a real release through the starter workflow, on runners with no git identity", () => {
  it("completes: every job green, the release job ran every step", () => {
    expect(run.conclusion, failures(run)).toBe("success");
    for (const id of ["changelog", "bump", "gates", "capsule", "publish"]) {
      expect(step(run, "release/release", id).outcome, id).toBe("success");
    }
    expect(run.job("release/plan").outputs).toMatchObject({ version: "1.3.0", "requires-approval": "false" });
    const url = expect.stringContaining("/releases/tag/v1.3.0");
    expect(run.job("release/release").outputs).toMatchObject({ tag: "v1.3.0", "release-url": url });
    // The runner gave the job a HOME with no git identity in it.
    const home = join(run.job("release/release").workspace!, "home", "runner");
    expect(existsSync(home)).toBe(true);
    expect(readdirSync(home)).not.toContain(".gitconfig");
  });

  it("pushes the release commit, by github-actions[bot] on the dispatched commit, and the annotated tag on it", () => {
    const refs = originRefs(world);
    const released = refs.get("refs/heads/main")!;
    expect(refs.get("refs/tags/v1.3.0")).toBe(released);
    expect(git("rev-parse", `${released}^`)).toBe(dispatched);
    const bot = "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>";
    const [author, committer, subject] = git("log", "-1", "--format=%an <%ae>|%cn <%ce>|%s", released).split("|");
    expect([author, committer]).toEqual([bot, bot]);
    expect(subject).toContain("1.3.0");
    expect(git("cat-file", "-t", "v1.3.0")).toBe("tag");
    expect(git("for-each-ref", "--format=%(taggername)", "refs/tags/v1.3.0")).toBe("github-actions[bot]");
    expect(JSON.parse(git("show", `${released}:package.json`)).version).toBe("1.3.0");
    expect(git("show", `${released}:CHANGELOG.md`)).toContain("## [1.3.0]");
  });

  it("creates the GitHub release with the signed capsule as assets, signatures verifying with the project's key", () => {
    const [release, ...others] = releases(world);
    expect(others).toEqual([]);
    expect(release).toMatchObject({ tagName: "v1.3.0", draft: false, prerelease: false });
    expect(release!.body).toContain("export the calendar as iCal");
    const names = release!.assets.map((asset) => asset.name).sort();
    expect(names).toEqual([
      "SHA256SUMS",
      "SHA256SUMS.sig",
      "capsule-release-1.3.0.dsse.json",
      "capsule-release-1.3.0.evidence.yaml",
      "capsule-release-1.3.0.sigstore.json",
      "capsule-release-1.3.0.yaml",
      "octo-org-sample-1.3.0.cdx.json",
      "octo-org-sample-1.3.0.cdx.json.sig",
    ]);
    const asset = (name: string) => release!.assets.find((candidate) => candidate.name === name)!.content;
    expect(verify(null, asset("SHA256SUMS"), SIGNING_PUBLIC_KEY, asset("SHA256SUMS.sig"))).toBe(true);
    // Every signed file is listed in SHA256SUMS with its digest.
    expect(asset("SHA256SUMS").toString("utf8")).toContain("octo-org-sample-1.3.0.cdx.json");
    const sbom = "octo-org-sample-1.3.0.cdx.json";
    expect(verify(null, asset(sbom), SIGNING_PUBLIC_KEY, asset(`${sbom}.sig`))).toBe(true);
    // The same capsule is kept with the run as a workflow artifact.
    const kept = readdirSync(join(run.artifactsDir, "release-capsule-1.3.0"));
    expect(kept).toEqual(expect.arrayContaining(["SHA256SUMS", "SHA256SUMS.sig"]));
  });

  it("publishes the package to the registry, without provenance as configured", async () => {
    const packument = (await registry.packument(PACKAGE))!;
    expect(Object.keys(packument.versions)).toEqual(["1.3.0"]);
    expect(packument["dist-tags"]).toEqual({ latest: "1.3.0" });
    expect(JSON.parse(step(run, "release/release", "publish").outputs["published-packages"]!)).toEqual([
      expect.objectContaining({ name: PACKAGE, version: "1.3.0", registry: registry.url, provenance: false, status: "done" }),
    ]);
    // The npm token and the signing key never reach a log.
    const logs = run.jobs.flatMap((job) => job.steps.map((item) => item.log)).join("\n");
    expect(logs).not.toContain(registry.token);
    expect(logs).not.toContain(SIGNING_KEY.split("\n")[1]);
  });
});
