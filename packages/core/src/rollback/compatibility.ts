import { parse } from "yaml";
import { readerMode } from "../capsule/compatibility.js";
import { DEFAULT_OUT_DIR, DEFAULT_STATE_VERSION } from "../capsule/config.js";
import { parseCapsule } from "../capsule/document.js";
import type { CompatibilityRule } from "../capsule/types.js";
import { CONFIG_PATHS } from "../config/load.js";
import { ConfigurationError } from "../errors/index.js";
import type { Git } from "../ports/index.js";
import type { CompatibilityFacts } from "./types.js";
import type { ReleasedVersion } from "./versions.js";

/** What a release says about its state: the state version it writes and the matrix it shipped with. */
interface StateOf {
  state: string;
  rules: CompatibilityRule[];
  source: string;
}

async function fileAt(git: Git, commit: string, path: string): Promise<string | undefined> {
  const shown = await git.run(["cat-file", "-p", `${commit}:${path}`], { allowFailure: true });
  return shown.exitCode === 0 ? shown.stdout : undefined;
}

/**
 * The release's state capsule as committed at its tag (`<out-dir>/capsule-release-<version>.yaml`),
 * else the capsule section of its configuration at the tag; undefined when it has neither (a
 * project without state capsules).
 */
async function stateOf(git: Git, release: ReleasedVersion, outDir: string): Promise<StateOf | undefined> {
  const capsulePath = `${outDir}/capsule-release-${release.version}.yaml`;
  const capsuleText = await fileAt(git, release.commit, capsulePath);
  if (capsuleText !== undefined) {
    const capsule = parseCapsule(`${release.tag}:${capsulePath}`, capsuleText);
    return { state: capsule.state_version, rules: capsule.compatibility, source: `${release.tag}:${capsulePath}` };
  }
  for (const path of CONFIG_PATHS) {
    const text = await fileAt(git, release.commit, path);
    if (text === undefined) continue;
    let section: { "state-version"?: unknown; compatibility?: unknown } | undefined;
    try {
      section = (parse(text) as { capsule?: typeof section } | null)?.capsule;
    } catch {
      throw new ConfigurationError(`${release.tag}:${path} is not valid YAML, so the state version ${release.version} writes cannot be read from it`);
    }
    if (!section) return undefined;
    const state = typeof section["state-version"] === "string" ? section["state-version"] : DEFAULT_STATE_VERSION;
    const rules = Array.isArray(section.compatibility) ? (section.compatibility as CompatibilityRule[]) : [];
    return { state, rules, source: `${release.tag}:${path}` };
  }
  return undefined;
}

/**
 * How G reads the state X wrote. The matrix comes from X (written later, it knows G's versions);
 * G's own matrix is the fallback when X's says nothing about G.
 */
export async function observeCompatibility(git: Git, from: ReleasedVersion, to: ReleasedVersion, outDir = DEFAULT_OUT_DIR): Promise<CompatibilityFacts> {
  const [x, g] = [await stateOf(git, from, outDir), await stateOf(git, to, outDir)];
  if (!x) return { source: "no state capsule or capsule configuration at the bad release", fromState: null, toState: g?.state ?? null, mode: null, rule: null };
  const toState = g?.state ?? DEFAULT_STATE_VERSION;
  if (x.state === toState) return { source: x.source, fromState: x.state, toState, mode: "full", rule: null };
  for (const rules of [x.rules, g?.rules ?? []]) {
    const reading = readerMode(rules, to.version, x.state);
    if ("mode" in reading) {
      const rule = reading.rule;
      return { source: rules === x.rules ? x.source : g!.source, fromState: x.state, toState, mode: reading.mode, rule: `{release: ${rule.release}, state: ${rule.state}, mode: ${rule.mode}}` };
    }
  }
  return { source: x.source, fromState: x.state, toState, mode: null, rule: null };
}
