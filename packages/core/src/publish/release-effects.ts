import { isAbsolute } from "node:path";
import { ConfigurationError } from "../errors/index.js";
import type { ReleaseAsset, Release, ReleaseForge } from "../forge/releases.js";
import type { EffectHandler } from "../plan/apply.js";
import type { Effect } from "../plan/plan.js";

export interface AssetFile {
  name: string;
  /** Relative to the repository, or absolute in the run's temporary folder (see collectAssets). */
  path: string;
  sha256: string;
  size: number;
  contentType: string;
}

export function releaseDraftEffect(input: { tag: string; name: string; body: string; prerelease: boolean; commit: string; forge: string }): Effect {
  return { kind: "release-draft", id: `release-draft:${input.tag}`, summary: `create the release ${input.name} for ${input.tag} as a draft (${input.forge})`, ...input };
}

export function releaseAssetEffect(tag: string, asset: AssetFile): Effect {
  return { kind: "release-asset", id: `release-asset:${tag}/${asset.name}`, summary: `upload ${asset.path} as ${asset.name} (${asset.size} bytes) to ${tag}`, tag, ...asset };
}

export function releasePublishEffect(tag: string, makeLatest: "true" | "false", prerelease: boolean): Effect {
  const kind = prerelease ? "as a pre-release" : makeLatest === "true" ? "as Latest" : "without making it Latest";
  return { kind: "release-publish", id: `release-publish:${tag}`, summary: `publish the draft release ${tag} ${kind}`, tag, makeLatest, prerelease };
}

async function releaseOf(forge: ReleaseForge, tag: string): Promise<Release> {
  const release = await forge.findRelease(tag);
  if (!release) throw new Error(`the release for ${tag} disappeared between steps; run publish again`);
  return release;
}

function matches(asset: ReleaseAsset, effect: Effect): boolean {
  if (asset.state !== "uploaded") return false;
  return asset.digest ? asset.digest === `sha256:${String(effect.sha256)}` : asset.size === effect.size;
}

export function releaseDraftHandler(forge: ReleaseForge): EffectHandler {
  return {
    async isDone(effect) {
      return (await forge.findRelease(String(effect.tag))) !== undefined;
    },
    async run(effect) {
      await forge.createDraftRelease({
        tag: String(effect.tag),
        name: String(effect.name),
        body: String(effect.body),
        prerelease: effect.prerelease === true,
        commit: String(effect.commit),
      });
    },
  };
}

export function releaseAssetHandler(forge: ReleaseForge, root: string): EffectHandler {
  return {
    async isDone(effect) {
      const release = await forge.findRelease(String(effect.tag));
      const asset = release?.assets.find((candidate) => candidate.name === effect.name);
      if (!release || !asset) return false;
      if (matches(asset, effect)) return true;
      // A draft is not public yet: a half-finished or different upload is replaced by run().
      if (release.draft) return false;
      throw new ConfigurationError(
        `the published release ${String(effect.tag)} already has an asset ${String(effect.name)} with other content (${asset.digest ?? `${asset.size} bytes`}, ` +
          `here sha256:${String(effect.sha256)}). Published assets are never replaced: release a new version.`,
      );
    },
    async run(effect) {
      const release = await releaseOf(forge, String(effect.tag));
      if (!release.draft && release.immutable) {
        throw new ConfigurationError(
          `the release ${String(effect.tag)} is published and immutable, so ${String(effect.name)} cannot be added to it. ` +
            "Assets are uploaded while the release is a draft; add the asset to the next release.",
        );
      }
      const stale = release.assets.find((candidate) => candidate.name === effect.name);
      if (stale) await forge.deleteAsset(release, stale);
      await forge.uploadAsset(release, { name: String(effect.name), path: isAbsolute(String(effect.path)) ? String(effect.path) : `${root}/${String(effect.path)}`, contentType: String(effect.contentType) });
    },
  };
}

export function releasePublishHandler(forge: ReleaseForge): EffectHandler {
  return {
    async isDone(effect) {
      const release = await forge.findRelease(String(effect.tag));
      return release !== undefined && !release.draft;
    },
    async run(effect) {
      const release = await releaseOf(forge, String(effect.tag));
      await forge.publishRelease(release, { makeLatest: effect.makeLatest === "true" ? "true" : "false", prerelease: effect.prerelease === true });
    },
  };
}
