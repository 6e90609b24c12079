import { ConfigurationError } from "../errors/index.js";
import type { EffectHandler } from "../plan/apply.js";
import type { Effect } from "../plan/plan.js";
import type { Registry } from "../registry/port.js";

/** Moves a dist-tag from `lease` (the version it pointed at when planned) to `version`. */
export function distTagEffect(pkg: string, tag: string, version: string, lease: string): Effect {
  return { kind: "npm-dist-tag", id: `npm-dist-tag:${pkg}/${tag}`, summary: `move the npm dist-tag ${tag} of ${pkg} from ${lease} to ${version}`, package: pkg, tag, version, lease };
}

/** Sets X's deprecation message; an empty message takes the deprecation away (undo). */
export function deprecateEffect(pkg: string, version: string, message: string): Effect {
  const summary = message === "" ? `remove the deprecation of ${pkg}@${version}` : `deprecate ${pkg}@${version}: "${message}"`;
  return { kind: "npm-deprecate", id: `npm-deprecate:${pkg}@${version}`, summary, package: pkg, version, message };
}

export function distTagHandler(registry: Registry): EffectHandler {
  return {
    async isDone(effect) {
      const tags = await registry.distTags(String(effect.package));
      return tags[String(effect.tag)] === effect.version;
    },
    async run(effect) {
      const pkg = String(effect.package);
      const tag = String(effect.tag);
      // npm has no compare-and-set for dist-tags: read right before the move, and refuse when
      // someone else moved the tag since the plan was made.
      const now = (await registry.distTags(pkg))[tag];
      if (now !== effect.lease) {
        throw new ConfigurationError(
          `the dist-tag ${tag} of ${pkg} now points at ${now ?? "nothing"}, not at ${String(effect.lease)} as when the rollback was planned: someone moved it. ` +
            "Look at what changed, then plan the rollback again.",
        );
      }
      await registry.setDistTag(pkg, String(effect.version), tag);
    },
  };
}

export function deprecateHandler(registry: Registry): EffectHandler {
  return {
    async isDone(effect) {
      const state = await registry.packageState(String(effect.package));
      const current = state?.versions[String(effect.version)]?.deprecated ?? null;
      return effect.message === "" ? current === null : current === effect.message;
    },
    async run(effect) {
      await registry.deprecate(String(effect.package), String(effect.version), String(effect.message));
    },
  };
}
