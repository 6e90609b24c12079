import { ConfigurationError } from "../errors/index.js";
import type { EffectHandler } from "../plan/apply.js";
import type { Effect } from "../plan/plan.js";
import type { PublishedVersion, Registry } from "../registry/port.js";

export interface NpmPackage {
  folder: string;
  name: string;
  version: string;
  /** What the folder packs to; null in a dry-run whose version is only planned (the pack would differ). */
  shasum: string | null;
}

export function npmPublishEffect(pkg: NpmPackage, options: { distTag: string; provenance: boolean; access: string | null; registry: string }): Effect {
  return {
    kind: "npm-publish",
    id: `npm-publish:${pkg.name}@${pkg.version}`,
    summary: `publish ${pkg.name}@${pkg.version} from ${pkg.folder} to ${options.registry} with dist-tag ${options.distTag}${options.provenance ? " and provenance" : ""}`,
    ...pkg,
    ...options,
  };
}

/** A published version is never overwritten: other content under the same version stops the release. */
export function publishedElsewhere(pkg: NpmPackage, published: PublishedVersion, registry: string): ConfigurationError {
  return new ConfigurationError(
    `${pkg.name}@${pkg.version} is already on ${registry} with other content (shasum ${published.shasum}; the folder ${pkg.folder} packs to ${pkg.shasum}). ` +
      "A published version is never overwritten: release a new version.",
  );
}

export function npmPublishHandler(registry: Registry): EffectHandler {
  return {
    async isDone(effect) {
      const pkg = effect as unknown as NpmPackage;
      const published = await registry.view(pkg.name, pkg.version);
      if (!published) return false;
      if (pkg.shasum === null) throw new Error(`${pkg.name}@${pkg.version} was planned in a dry-run and cannot be applied`);
      if (published.shasum !== pkg.shasum) throw publishedElsewhere(pkg, published, registry.url);
      return true;
    },
    async run(effect) {
      const access = effect.access === "public" || effect.access === "restricted" ? effect.access : undefined;
      await registry.publish(String(effect.folder), { distTag: String(effect.distTag), provenance: effect.provenance === true, ...(access ? { access } : {}) });
    },
  };
}
