import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePublishInputs, runPublish, type EffectHandler } from "@release-cadence/core";
import { releaseRepo, type ReleaseRepo } from "../support/release-repo.js";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";
import { testPorts } from "./ports.js";

let registry: TestRegistry;
const repos: ReleaseRepo[] = [];
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  repos.forEach((repo) => repo.remove());
  await registry?.stop();
});

const FULL_PLAN = [
  "git-tag:v1.5.0",
  "release-draft:v1.5.0",
  "release-asset:v1.5.0/app.txt",
  "git-push-branch:origin/main",
  "git-push-tag:origin/v1.5.0",
  "npm-publish:{name}@1.5.0",
  "release-publish:v1.5.0",
  "floating-tag:origin/v1",
  "floating-tag:origin/v1.5",
];

class Crash extends Error {}

/** Crashes the run right after the effect with this id has done its work. */
function crashAfter(id: string) {
  return (_kind: string, handler: EffectHandler): EffectHandler => ({
    isDone: (effect) => handler.isDone(effect),
    async run(effect) {
      await handler.run(effect);
      if (effect.id === id) throw new Crash(`injected crash after ${id}`);
    },
  });
}

function remoteTagTarget(fixture: ReleaseRepo, tag: string): string {
  return fixture.repo.git("ls-remote", "origin", `refs/tags/${tag}^{}`, `refs/tags/${tag}`).trim().split("\n").pop()!.split("\t")[0]!;
}

describe("publish after a crash at any point", () => {
  // Each scenario has its own repository, remote and package name, so they run side by side.
  it.concurrent.for(FULL_PLAN.map((id, index) => [index, id] as const))("completes without duplicates when the run died after effect %i (%s)", async ([index, template], { expect }) => {
    const name = `crash-pkg-${index}`;
    const fixture = releaseRepo({ packageName: name, action: true, asset: true });
    repos.push(fixture);
    const ports = testPorts(fixture.repo.dir, registry);
    const inputs = parsePublishInputs({ cwd: fixture.repo.dir, assets: "dist/*.txt", registry: registry.url });
    const crashId = template.replace("{name}", name);

    const first = await runPublish({ ...ports, wrapHandler: crashAfter(crashId) }, inputs).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(first).toBeInstanceOf(Crash);

    const second = await runPublish(ports, inputs);
    const outcomes = second.applied.outcomes;
    expect(outcomes.map((outcome) => outcome.id)).toEqual(FULL_PLAN.map((id) => id.replace("{name}", name)));
    // What the crashed run finished is found done; everything after it is done now.
    expect(outcomes.slice(0, index + 1).every((outcome) => outcome.status === "skipped")).toBe(true);
    expect(outcomes.slice(index + 1).every((outcome) => outcome.status === "done")).toBe(true);

    const head = fixture.repo.head();
    expect(remoteTagTarget(fixture, "v1.5.0")).toBe(head);
    expect(remoteTagTarget(fixture, "v1")).toBe(head);
    expect(remoteTagTarget(fixture, "v1.5")).toBe(head);
    expect(fixture.repo.git("ls-remote", "origin", "refs/heads/main").split("\t")[0]).toBe(head);
    expect(fixture.repo.git("cat-file", "-t", "v1.5.0").trim()).toBe("tag");

    const releases = readdirSync(ports.releasesDir);
    expect(releases).toEqual(["v1.5.0"]);
    const stored = JSON.parse(readFileSync(join(ports.releasesDir, "v1.5.0", "release.json"), "utf8"));
    expect(stored).toMatchObject({ tag: "v1.5.0", draft: false, makeLatest: "true", prerelease: false });
    expect(readdirSync(join(ports.releasesDir, "v1.5.0", "assets"))).toEqual(["app.txt"]);

    const packument = await registry.packument(name);
    expect(Object.keys(packument!.versions)).toEqual(["1.5.0"]);
    expect(packument!["dist-tags"].latest).toBe("1.5.0");

    const evidence = parse(readFileSync(second.evidencePath!, "utf8")).release_evidence;
    expect(evidence.distribution.channels).toEqual(["git:origin", "local-release", "npm:latest", "floating-tag:v1", "floating-tag:v1.5"]);
    expect(evidence.distribution.published_at).toBe("2026-03-01T12:00:00.000Z");
    expect(evidence.provenance).toMatchObject({ commit: head, branch: "main", npm_provenance: false });

    if (index > 0) return;
    // Once is enough to show it: a run after a complete release finds everything done and changes nothing.
    const before = fixture.remoteRefs();
    const third = await runPublish(ports, inputs);
    expect(third.applied.outcomes.every((outcome) => outcome.status === "skipped")).toBe(true);
    expect(fixture.remoteRefs()).toBe(before);
    expect(existsSync(third.evidencePath!)).toBe(true);
  });
});

describe("publish of a pre-release with several packages", () => {
  it("publishes every package on the channel's dist-tag, keeps the release off Latest and moves no floating tag", async () => {
    const fixture = releaseRepo({ packageName: "multi-root", version: "2.0.0-rc.1", action: true });
    repos.push(fixture);
    fixture.repo.write("packages/b/package.json", `${JSON.stringify({ name: "multi-b", version: "2.0.0-rc.1" }, null, 2)}\n`);
    fixture.repo.write("packages/b/index.js", "module.exports = 'b';\n");
    fixture.repo.git("add", "-A");
    fixture.repo.git("commit", "-q", "-m", "chore: add package b");
    const ports = testPorts(fixture.repo.dir, registry);
    const result = await runPublish(ports, parsePublishInputs({ cwd: fixture.repo.dir, version: "2.0.0-rc.1", npmPackages: [".", "packages/b"], registry: registry.url }));
    expect(result.applied.outcomes.map((outcome) => outcome.kind)).not.toContain("floating-tag");
    expect(result.plan.effects.filter((effect) => effect.kind === "npm-publish").map((effect) => [effect.name, effect.distTag])).toEqual([
      ["multi-root", "rc"],
      ["multi-b", "rc"],
    ]);
    for (const name of ["multi-root", "multi-b"]) {
      const packument = await registry.packument(name);
      // (A registry also points `latest` at a package's very first version, whatever its tag.)
      expect(packument!["dist-tags"].rc).toBe("2.0.0-rc.1");
    }
    const stored = JSON.parse(readFileSync(join(ports.releasesDir, "v2.0.0-rc.1", "release.json"), "utf8"));
    expect(stored).toMatchObject({ draft: false, prerelease: true, makeLatest: "false" });
  });
});
