import { ConfigurationError } from "../errors/index.js";
import type { Effect, Plan } from "../plan/plan.js";
import { floatingTagEffect, gitTagEffect, pushBranchEffect, pushTagEffect } from "./git-effects.js";
import { npmPublishEffect } from "./npm-effects.js";
import { observationsJson, type PublishObservations } from "./observe.js";
import { releaseAssetEffect, releaseDraftEffect, releasePublishEffect } from "./release-effects.js";

/**
 * Pure: the effects of a release, in the order that keeps every crash recoverable (see
 * docs/publish.md): a local tag, the draft release and its assets (invisible to users), then the
 * pushes, npm, publishing the draft, and the floating tags last.
 */
export function planPublish(observed: PublishObservations): Plan {
  const { head, release, remote, forge, npm } = observed;
  if (remote && observed.branch && observed.branchMovedTo) {
    throw new ConfigurationError(
      `${remote}/${observed.branch} moved on while this release was prepared: it is at ${observed.branchMovedTo.slice(0, 12)}, and the release commit ${head.slice(0, 12)} is not built on it. ` +
        `Nothing was tagged or pushed. Start the release again from the new ${observed.branch}, so that what is released is what was planned and approved.`,
    );
  }
  const effects: Effect[] = [gitTagEffect(release.tag, head, observed.tagMessage, observed.tagger)];
  if (observed.localTag && observed.localTag.commit !== head) {
    throw new ConfigurationError(`the tag ${release.tag} already exists here on ${observed.localTag.commit.slice(0, 12)}, not on HEAD ${head.slice(0, 12)}. A released tag is never moved: release a new version.`);
  }
  const remoteTag = observed.remoteRefs[`refs/tags/${release.tag}`];
  if (remote && remoteTag && remoteTag.commit !== head) {
    throw new ConfigurationError(`the tag ${release.tag} already exists on ${remote} on ${remoteTag.commit.slice(0, 12)}, not on HEAD ${head.slice(0, 12)}. A released tag is never moved: release a new version.`);
  }
  // The draft and its assets come before anything public: a token that may not write releases
  // fails here, while the only change so far is a local tag.
  if (forge) {
    checkExistingAssets(observed);
    effects.push(releaseDraftEffect({ tag: release.tag, name: forge.name, body: forge.body, prerelease: observed.channel.prerelease, commit: head, forge: forge.description }));
    for (const asset of observed.assets) effects.push(releaseAssetEffect(release.tag, asset));
  }
  if (remote) {
    if (observed.branch) effects.push(pushBranchEffect(remote, observed.branch, head));
    effects.push(pushTagEffect(remote, release.tag, head));
  }
  if (npm) {
    for (const pkg of npm.packages) {
      const { published: _published, ...described } = pkg;
      effects.push(npmPublishEffect(described, { distTag: observed.channel.distTag, provenance: npm.provenance, access: npm.access, registry: npm.registry }));
    }
  }
  if (forge) effects.push(releasePublishEffect(release.tag, observed.channel.makeLatest, observed.channel.prerelease));
  if (remote) {
    for (const tag of observed.floatingTags) effects.push(floatingTagEffect(remote, tag, head, observed.remoteRefs[`refs/tags/${tag}`]?.commit ?? null));
  }
  return { action: "publish", formatVersion: 1, observations: observationsJson(observed), effects };
}

/** A published release's assets are final: say so now rather than after the tag is out. */
function checkExistingAssets(observed: PublishObservations): void {
  const existing = observed.forge?.existing;
  if (!existing || existing.draft) return;
  for (const asset of observed.assets) {
    const there = existing.assets.find((candidate) => candidate.name === asset.name);
    if (there && there.state === "uploaded" && there.digest && there.digest !== `sha256:${asset.sha256}`) {
      throw new ConfigurationError(`the published release ${observed.release.tag} already has ${asset.name} with other content (${there.digest}); published assets are never replaced`);
    }
    if (!there && existing.immutable) {
      throw new ConfigurationError(`the release ${observed.release.tag} is published and immutable, so ${asset.name} cannot be added to it; add it to the next release`);
    }
  }
}
