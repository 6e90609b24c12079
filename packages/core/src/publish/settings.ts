import type { CadenceConfig } from "../config/types.js";
import type { PublishInputs } from "./inputs.js";

/** The publish section of .github/cadence.yml, as written (kebab-case keys). */
interface PublishSection {
  remote?: string;
  "tag-message"?: string;
  "floating-tags"?: boolean | "auto";
  release?: { enabled?: boolean; name?: string; "notes-file"?: string; assets?: string[] };
  npm?: { packages?: string[]; registry?: string; access?: "public" | "restricted"; provenance?: boolean | "auto"; "dist-tags"?: Record<string, string> };
}

/** Everything publish needs to know, after inputs have overridden the configuration. */
export interface PublishSettings {
  remote: string;
  tagMessage: string;
  floatingTags: boolean | "auto";
  release: { enabled: boolean; name: string; notesFile?: string; assets: string[] };
  npm: {
    /** Folders; "auto" means the root package when it is public and a token is present. */
    packages: string[] | "auto";
    registry: string;
    access?: "public" | "restricted";
    provenance: boolean | "auto";
    /** Channel (pre-release id, `latest`, `maintenance`) → dist-tag. */
    distTags: Record<string, string>;
    distTag?: string;
  };
}

export const DEFAULT_REGISTRY = "https://registry.npmjs.org/";

/** Merges the config's publish section with the inputs; inputs win. The schema has already checked the section's shape. */
export function publishSettings(config: CadenceConfig, inputs: PublishInputs): PublishSettings {
  const section = (config.raw.publish ?? {}) as PublishSection;
  const release = section.release ?? {};
  const npm = section.npm ?? {};
  const notesFile = inputs.notesFile ?? release["notes-file"];
  const access = npm.access;
  const distTag = inputs.distTag;
  return {
    remote: inputs.remote ?? section.remote ?? "origin",
    tagMessage: section["tag-message"] ?? "Release {tag}",
    floatingTags: inputs.floatingTags ?? section["floating-tags"] ?? "auto",
    release: {
      enabled: inputs.release ?? release.enabled ?? true,
      name: release.name ?? "{tag}",
      ...(notesFile ? { notesFile } : {}),
      assets: inputs.assets ?? release.assets ?? [],
    },
    npm: {
      packages: inputs.npmPackages ?? npm.packages ?? "auto",
      registry: inputs.registry ?? npm.registry ?? DEFAULT_REGISTRY,
      ...(access ? { access } : {}),
      provenance: inputs.provenance ?? npm.provenance ?? "auto",
      distTags: npm["dist-tags"] ?? {},
      ...(distTag ? { distTag } : {}),
    },
  };
}

/** Fills {tag} and {version} in a template from the configuration. */
export function fillTemplate(template: string, values: { tag: string; version: string }): string {
  return template.replace(/\{tag\}/g, values.tag).replace(/\{version\}/g, values.version);
}
