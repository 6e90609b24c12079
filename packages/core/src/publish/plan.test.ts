import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../errors/index.js";
import { BOT_IDENTITY } from "../identity/committer.js";
import { channelOf } from "./channel.js";
import { provenanceWanted, type PublishObservations } from "./observe.js";
import { planPublish } from "./plan.js";

const HEAD = "a".repeat(40);
const OTHER = "b".repeat(40);

function observed(overrides: Partial<PublishObservations> = {}): PublishObservations {
  const version = overrides.release?.version ?? "2.0.0-rc.1";
  return {
    head: HEAD,
    branch: "main",
    release: { version, tag: `v${version}`, tagPrefix: "v", source: "version input" },
    existingVersions: ["1.4.2"],
    channel: channelOf(version, ["1.4.2"]),
    localTag: null,
    remote: "origin",
    remoteRefs: {},
    branchMovedTo: null,
    floatingTags: [],
    tagMessage: `Release v${version}`,
    tagger: { ...BOT_IDENTITY, source: "default" },
    forge: { description: "GitHub octo-org/sample", name: `v${version}`, body: "notes", existing: null },
    assets: [{ name: "SHA256SUMS", path: "SHA256SUMS", sha256: "c".repeat(64), size: 10, contentType: "application/octet-stream" }],
    npm: { registry: "http://127.0.0.1:1/", access: null, provenance: true, packages: [{ folder: ".", name: "sample", version, shasum: "d".repeat(40), published: null }] },
    ...overrides,
  };
}

describe("planPublish", () => {
  it("keeps a pre-release off Latest, on its channel's dist-tag, with provenance, in the recoverable order", () => {
    const plan = planPublish(observed());
    expect(plan.effects.map((effect) => effect.id)).toEqual([
      "git-tag:v2.0.0-rc.1",
      "release-draft:v2.0.0-rc.1",
      "release-asset:v2.0.0-rc.1/SHA256SUMS",
      "git-push-branch:origin/main",
      "git-push-tag:origin/v2.0.0-rc.1",
      "npm-publish:sample@2.0.0-rc.1",
      "release-publish:v2.0.0-rc.1",
    ]);
    expect(plan.effects).toContainEqual(expect.objectContaining({ kind: "npm-publish", distTag: "rc", provenance: true }));
    expect(plan.effects).toContainEqual(expect.objectContaining({ kind: "release-publish", makeLatest: "false", prerelease: true }));
    expect(plan.effects).toContainEqual(expect.objectContaining({ kind: "release-draft", prerelease: true, commit: HEAD }));
  });

  it("moves floating tags last, after the release is public", () => {
    const plan = planPublish(observed({ release: { version: "1.5.0", tag: "v1.5.0", tagPrefix: "v", source: "x" }, channel: channelOf("1.5.0", ["1.4.2"]), floatingTags: ["v1", "v1.5"] }));
    expect(plan.effects.slice(-3).map((effect) => effect.id)).toEqual(["release-publish:v1.5.0", "floating-tag:origin/v1", "floating-tag:origin/v1.5"]);
  });

  it("refuses to move a release tag that already points elsewhere", () => {
    expect(() => planPublish(observed({ remoteRefs: { "refs/tags/v2.0.0-rc.1": { object: OTHER, commit: OTHER } } }))).toThrow(ConfigurationError);
    expect(() => planPublish(observed({ localTag: { object: OTHER, commit: OTHER } }))).toThrow(/never moved/);
  });

  it("refuses, before the first effect, a branch that moved on while the release waited", () => {
    expect(() => planPublish(observed({ branchMovedTo: OTHER }))).toThrow(`origin/main moved on while this release was prepared: it is at ${OTHER.slice(0, 12)}`);
    expect(() => planPublish(observed({ branchMovedTo: OTHER }))).toThrow(/Nothing was tagged or pushed/);
  });

  it("refuses to add an asset to a published immutable release", () => {
    const existing = { id: 7, draft: false, immutable: true, url: "https://github.com/x", assets: [] };
    const base = observed();
    expect(() => planPublish({ ...base, forge: { ...base.forge!, existing } })).toThrow(/immutable/);
  });

  it("has the same hash input for the same observations, and a different one when the state moved", () => {
    expect(planPublish(observed())).toEqual(planPublish(observed()));
    expect(planPublish(observed())).not.toEqual(planPublish(observed({ remoteRefs: { "refs/heads/main": { object: OTHER, commit: OTHER } } })));
  });
});

describe("provenanceWanted", () => {
  it("is on in Actions with an OIDC token, off elsewhere, and says what is missing when forced", () => {
    expect(provenanceWanted("auto", { GITHUB_ACTIONS: "true", ACTIONS_ID_TOKEN_REQUEST_URL: "https://token" })).toBe(true);
    expect(provenanceWanted("auto", { GITHUB_ACTIONS: "true" })).toBe(false);
    expect(() => provenanceWanted(true, {})).toThrow(/id-token: write/);
  });
});
