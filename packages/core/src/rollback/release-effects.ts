import type { ReleaseForge } from "../forge/releases.js";
import type { EffectHandler } from "../plan/apply.js";
import type { Effect } from "../plan/plan.js";

/**
 * Makes a release Latest explicitly (`make_latest: true` on it): setting `false` on the bad one
 * would let GitHub pick the newest release again, which is the bad one.
 */
export function releaseLatestEffect(tag: string, previous: string | null): Effect {
  return { kind: "release-latest", id: `release-latest:${tag}`, summary: `make the release ${tag} Latest${previous ? ` (instead of ${previous})` : ""}`, tag };
}

/** Sets a release's title and notes (marks X as rolled back, or takes the mark away on undo). */
export function releaseNoteEffect(tag: string, name: string, body: string, summary: string): Effect {
  return { kind: "release-note", id: `release-note:${tag}`, summary, tag, name, body };
}

async function published(forge: ReleaseForge, tag: string) {
  const release = await forge.findPublishedRelease(tag);
  if (!release) throw new Error(`the release ${tag} is gone from ${forge.description} since the rollback was planned; plan it again`);
  return release;
}

export function releaseLatestHandler(forge: ReleaseForge): EffectHandler {
  return {
    async isDone(effect) {
      return (await forge.latestRelease())?.tag === effect.tag;
    },
    async run(effect) {
      await forge.updateRelease(await published(forge, String(effect.tag)), { makeLatest: "true" });
    },
  };
}

export function releaseNoteHandler(forge: ReleaseForge): EffectHandler {
  return {
    async isDone(effect) {
      const release = await forge.findPublishedRelease(String(effect.tag));
      return release !== undefined && release.name === effect.name && release.body === effect.body;
    },
    async run(effect) {
      // Title and notes are what GitHub still lets change on an immutable release.
      await forge.updateRelease(await published(forge, String(effect.tag)), { name: String(effect.name), body: String(effect.body) });
    },
  };
}

const MARK_START = "<!-- cadence:rollback -->";
const MARK_END = "<!-- /cadence:rollback -->";
const TITLE_SUFFIX = " (rolled back)";

/** The notes without a rollback note this toolkit put on top. */
export function unmarkedBody(body: string): string {
  const start = body.indexOf(MARK_START);
  const end = body.indexOf(MARK_END);
  if (start !== 0 || end < 0) return body;
  return body.slice(end + MARK_END.length).replace(/^\n+/, "");
}

export function unmarkedTitle(name: string): string {
  return name.endsWith(TITLE_SUFFIX) ? name.slice(0, -TITLE_SUFFIX.length) : name;
}

/** X's notes with the rollback note on top; marking twice gives the same text (re-runs compare equal). */
export function markedBody(body: string, note: string): string {
  const rest = unmarkedBody(body);
  return `${MARK_START}\n${note}\n${MARK_END}${rest ? `\n\n${rest}` : "\n"}`;
}

export function markedTitle(name: string): string {
  return `${unmarkedTitle(name)}${TITLE_SUFFIX}`;
}
