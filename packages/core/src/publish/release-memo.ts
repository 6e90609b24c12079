import type { Release, ReleaseForge } from "../forge/releases.js";

/**
 * The forge as one publish run sees it: a release is looked up once (GitHub lists the newest page
 * of releases for that), and what the run itself does to it (create the draft, upload and delete
 * assets, publish) is kept in step, so that the steps of a release (observe, then each effect's
 * isDone and run) read it from memory instead of listing the releases again, 4 requests of a
 * plain release's 7. The memory lasts one run: a run started again after a crash asks afresh,
 * which is how it finds what the crashed run left.
 */
export function oneLookupPerRun(forge: ReleaseForge): ReleaseForge {
  const known = new Map<string, Release | undefined>();
  const keep = (release: Release): Release => {
    known.set(release.tag, release);
    return release;
  };
  return {
    description: forge.description,
    checkReleaseAccess: () => forge.checkReleaseAccess(),
    async findRelease(tag) {
      if (!known.has(tag)) known.set(tag, await forge.findRelease(tag));
      return known.get(tag);
    },
    createDraftRelease: async (release) => keep(await forge.createDraftRelease(release)),
    async uploadAsset(release, asset) {
      const uploaded = await forge.uploadAsset(release, asset);
      const current = known.get(release.tag) ?? release;
      keep({ ...current, assets: [...current.assets.filter((one) => one.name !== uploaded.name), uploaded] });
      return uploaded;
    },
    async deleteAsset(release, asset) {
      await forge.deleteAsset(release, asset);
      const current = known.get(release.tag) ?? release;
      keep({ ...current, assets: current.assets.filter((one) => one.id !== asset.id) });
    },
    publishRelease: async (release, options) => keep(await forge.publishRelease(release, options)),
    // Rollback's questions: asked as they come, what they change kept in step like the rest.
    findPublishedRelease: (tag) => forge.findPublishedRelease(tag),
    latestRelease: () => forge.latestRelease(),
    updateRelease: async (release, edit) => keep(await forge.updateRelease(release, edit)),
  };
}
