import { ConfigurationError } from "../errors/index.js";
import type { Effect, Plan } from "../plan/plan.js";
import { deprecateEffect, distTagEffect } from "./npm-effects.js";
import { configCommitEffects } from "./config-effects.js";
import { foldObservations } from "./fold.js";
import { markedBody, markedTitle, releaseLatestEffect, releaseNoteEffect, unmarkedBody, unmarkedTitle } from "./release-effects.js";
import { rollForwardCommitEffect, rollForwardPublishEffect } from "./roll-forward-effects.js";
import { moveTagEffect } from "./tag-effects.js";
import type { ChannelName } from "./inputs.js";
import type { FloatingTagFacts, RollbackFacts } from "./types.js";

/** One line of the before/after table: what a channel showed, and what it shows once the effect is done. */
export interface ChannelRow {
  channel: ChannelName | "config";
  item: string;
  before: string;
  after: string;
  /** The effect that makes the change; null when nothing changes (shown for context). */
  effect: string | null;
}

export interface RollbackPlan {
  plan: Plan;
  rows: ChannelRow[];
  /** Why the rollback rolls forward (empty when it does not). */
  rollForwardReasons: string[];
  rollsForward: boolean;
  /** Notes for the summary: channels left alone and why. */
  notes: string[];
}

/**
 * Pure: the effects of a rollback (or of its undo). Permissions are checked while planning (the
 * forge's and the registry's); the GitHub edits come first, then the floating tags, then npm,
 * unless the registry could not be asked (npmFirstWhenUnchecked).
 */
export function planRollback(facts: RollbackFacts): RollbackPlan {
  checkCompatibility(facts);
  const notes = facts.skipped.map((skip) => `${skip.channel}: ${skip.why}`);
  const rows: ChannelRow[] = [];
  const effects: Effect[] = [];
  let rollForwardReasons: string[] = [];
  let rollsForward = false;

  if (facts.decision.type === "config") {
    effects.push(...configCommitEffects(facts, rows, notes));
  } else if (facts.mode === "undo") {
    effects.push(...undoEffects(facts, rows, notes));
  } else {
    rollForwardReasons = reasonsToRollForward(facts);
    rollsForward = decideRollForward(facts, rollForwardReasons, notes);
    effects.push(...(rollsForward ? rollForwardEffects(facts, rows, notes) : rollbackEffects(facts, rows, notes)));
  }
  const plan: Plan = { action: "rollback", formatVersion: 1, observations: foldObservations(facts, rollsForward), effects };
  return { plan, rows, rollForwardReasons, rollsForward, notes };
}

/** G must read the state X wrote: otherwise rolling back strands the data X left behind. */
function checkCompatibility(facts: RollbackFacts): void {
  const { compatibility: compat, from, to } = facts;
  if (facts.mode === "undo" || !compat.fromState || !compat.toState || compat.fromState === compat.toState) return;
  if (compat.mode === "full" || compat.mode === "read-only") return;
  const why =
    compat.mode === "migration"
      ? `the compatibility matrix says ${compat.rule} (a migration)`
      : `no rule of the compatibility matrix lets ${to.version} read ${compat.fromState}`;
  throw new ConfigurationError(
    `${to.version} cannot read the state ${compat.fromState} that ${from.version} wrote: ${why} (read from ${compat.source}). ` +
      `Migrate the state from ${compat.fromState} back to ${compat.toState} first, then roll back; or fix forward.`,
  );
}

const deprecation = (message: string | null): string => (message ? `deprecated: ${message}` : "not deprecated");

const active = (facts: RollbackFacts, channel: ChannelName): boolean => facts.chosen === null || facts.chosen.includes(channel);

/** Floating tags on X's commit, or already moved (to G, or to the roll-forward) by an earlier run of this rollback. */
function ours(facts: RollbackFacts, tag: FloatingTagFacts): boolean {
  return tag.commit !== null && [facts.from.commit, facts.to.commit, facts.rollForward?.existing].includes(tag.commit);
}

/** Why a channel cannot simply go back to G; a roll-forward can still take it forward. */
function reasonsToRollForward(facts: RollbackFacts): string[] {
  const reasons: string[] = [];
  if (facts.floatingTags && active(facts, "floating-tags")) {
    for (const tag of facts.floatingTags.filter((candidate) => ours(facts, candidate))) {
      if (tag.locked) reasons.push(`the floating tag ${tag.name} is the tag of an immutable release and cannot move`);
      else if (!tag.fitsTo) reasons.push(`the floating tag ${tag.name} names a line ${facts.to.version} is not on, so it cannot move back to it`);
    }
  }
  const fromRelease = facts.release?.from;
  if (fromRelease?.immutable && active(facts, "github-release")) reasons.push(`the release ${fromRelease.tag} is immutable: its tag and assets stay as published`);
  return reasons;
}

function decideRollForward(facts: RollbackFacts, reasons: string[], notes: string[]): boolean {
  const mode = facts.rollForwardMode;
  if (mode === "restore" || mode === "revert") {
    if (facts.decision.type === "partial") {
      throw new ConfigurationError("a roll-forward releases a new version on every channel, so it cannot be partial: choose type planned or immediate");
    }
    return true;
  }
  const hard = reasons.filter((reason) => reason.includes("floating tag"));
  if (reasons.length === 0) return false;
  if (mode === "never") {
    if (hard.length > 0) {
      throw new ConfigurationError(`${hard.join("; ")}. Allow a roll-forward (roll-forward: auto or true), or leave the floating-tags channel out.`);
    }
    notes.push(`${reasons.join("; ")}: rolled back without a roll-forward, as asked`);
    return false;
  }
  if (facts.decision.type === "partial") {
    throw new ConfigurationError(`${reasons.join("; ")}, and a partial rollback cannot roll forward: leave those channels out, or choose type planned or immediate`);
  }
  if (!facts.rollForward) throw new ConfigurationError(`${reasons.join("; ")}, but there is nothing to roll forward from`);
  notes.push(`rolling forward to ${facts.rollForward.version}: ${reasons.join("; ")}`);
  return true;
}

function noteFor(facts: RollbackFacts, extra = ""): string {
  return `${facts.messages.releaseNote}${extra}`;
}

function rollbackEffects(facts: RollbackFacts, rows: ChannelRow[], notes: string[]): Effect[] {
  const { from, to } = facts;
  const effects: Effect[] = [];
  const release = active(facts, "github-release") ? facts.release : null;
  if (release?.from) {
    if (!release.to) {
      throw new ConfigurationError(
        `${to.tag} has no published release on ${release.forge}, so it cannot become Latest there: publish it first, or leave the github-release channel out`,
      );
    }
    if (!from.prerelease && !to.prerelease && (release.latest === from.tag || release.latest === to.tag)) {
      const effect = releaseLatestEffect(to.tag, from.tag);
      effects.push(effect);
      rows.push({ channel: "github-release", item: "Latest", before: release.latest ?? "none", after: to.tag, effect: effect.id });
    } else {
      notes.push(`github-release: Latest is ${release.latest ?? "none"}, not ${from.tag}: left as it is`);
    }
    effects.push(markEffect(facts, release.from.name, release.from.body, noteFor(facts), rows));
  }
  if (facts.floatingTags && facts.remote && active(facts, "floating-tags")) {
    for (const tag of facts.floatingTags) {
      if (!ours(facts, tag)) {
        if (tag.commit) notes.push(`floating-tags: ${tag.name} points at ${tag.commit.slice(0, 12)}, not at ${from.tag}: left as it is`);
        continue;
      }
      const lease = tag.commit === from.commit ? tag.object! : from.commit;
      const effect = moveTagEffect(facts.remote, tag.name, to.commit, lease, from.version, to.version);
      effects.push(effect);
      const before = `${tag.commit === from.commit ? from.version : to.version} (${tag.commit!.slice(0, 12)})`;
      rows.push({ channel: "floating-tags", item: tag.name, before, after: `${to.version} (${to.commit.slice(0, 12)})`, effect: effect.id });
    }
  }
  return npmFirstWhenUnchecked(facts, notes, effects, npmEffects(facts, rows, notes, to.version));
}

/**
 * The npm writes go last, once the registry has said while planning that the credentials may
 * make them. When it could not be asked (npm's own login), they go first: a refusal then comes
 * before any GitHub edit or tag move.
 */
function npmFirstWhenUnchecked(facts: RollbackFacts, notes: string[], others: Effect[], npm: Effect[]): Effect[] {
  if (npm.length === 0 || facts.npm?.writeChecked !== false) return [...others, ...npm];
  notes.push(
    `npm: whether the npm credentials may change the packages cannot be asked before the changes (no npm token given: npm uses its own login), ` +
      `so the npm writes come first, before the GitHub edits and the tag moves`,
  );
  return [...npm, ...others];
}

function markEffect(facts: RollbackFacts, name: string, body: string, note: string, rows: ChannelRow[]): Effect {
  const title = markedTitle(name);
  const summary = `mark the release ${facts.from.tag} as rolled back to ${facts.to.version} (title, and a note on top of its notes)`;
  const effect = releaseNoteEffect(facts.from.tag, title, markedBody(body, note), summary);
  rows.push({ channel: "github-release", item: `${facts.from.tag} title`, before: name, after: title, effect: effect.id });
  return effect;
}

/** dist-tags that point at X move to `target`; X is deprecated. Tags already at `target` stay in the plan (a re-run finds them done). */
function npmEffects(facts: RollbackFacts, rows: ChannelRow[], notes: string[], target: string, skipTags: readonly string[] = []): Effect[] {
  const npm = active(facts, "npm") ? facts.npm : null;
  if (!npm) return [];
  const effects: Effect[] = [];
  for (const pkg of npm.packages) {
    if (!pkg.hasFrom) {
      notes.push(`npm: ${pkg.name}@${facts.from.version} is not on ${npm.registry}: nothing to take back there`);
      continue;
    }
    if (target === facts.to.version && !pkg.hasTo) {
      throw new ConfigurationError(
        `${pkg.name}@${facts.to.version} is not on ${npm.registry}, so no dist-tag can move back to it: roll back to a version published there, or leave the npm channel out`,
      );
    }
    for (const [tag, version] of Object.entries(pkg.distTags).sort(([a], [b]) => a.localeCompare(b))) {
      if (skipTags.includes(tag) || (version !== facts.from.version && !(version === target && pkg.channelTags.includes(tag)))) continue;
      const effect = distTagEffect(pkg.name, tag, target, facts.from.version);
      effects.push(effect);
      rows.push({ channel: "npm", item: `${pkg.name} ${tag}`, before: version, after: target, effect: effect.id });
    }
    const message = facts.messages.deprecation;
    const effect = deprecateEffect(pkg.name, facts.from.version, message);
    effects.push(effect);
    rows.push({ channel: "npm", item: `${pkg.name}@${facts.from.version}`, before: deprecation(pkg.fromDeprecated), after: `deprecated: ${message}`, effect: effect.id });
  }
  return effects;
}

function rollForwardEffects(facts: RollbackFacts, rows: ChannelRow[], notes: string[]): Effect[] {
  const rf = facts.rollForward!;
  const release = active(facts, "github-release") && facts.release !== null;
  const npmNames = (facts.npm?.packages ?? []).map((pkg) => pkg.name);
  const effects: Effect[] = [
    rollForwardCommitEffect(rf, facts.from, facts.to, facts.reason, facts.identity),
    rollForwardPublishEffect(rf, { release, npm: active(facts, "npm") ? npmNames : [], floatingTags: (facts.floatingTags?.length ?? 0) > 0 }, facts.identity),
  ];
  rows.push({ channel: "github-release", item: "new release", before: "none", after: rf.tag, effect: effects[1]!.id });
  const published = effects[1]!.id;
  for (const tag of facts.floatingTags ?? []) {
    rows.push({ channel: "floating-tags", item: tag.name, before: tag.commit ? tag.commit.slice(0, 12) : "none", after: rf.tag, effect: published });
  }
  if (release && facts.release?.from) effects.push(markEffect(facts, facts.release.from.name, facts.release.from.body, noteFor(facts, ` (released again as ${rf.version})`), rows));
  for (const pkg of active(facts, "npm") ? (facts.npm?.packages ?? []) : []) {
    rows.push({ channel: "npm", item: `${pkg.name} ${rf.distTag}`, before: pkg.distTags[rf.distTag] ?? "none", after: rf.version, effect: published });
  }
  effects.push(...npmEffects(facts, rows, notes, rf.version, [rf.distTag]));
  return effects;
}

/** Takes a rollback back: X again where the rollback put G, X's mark and deprecation removed. */
function undoEffects(facts: RollbackFacts, rows: ChannelRow[], notes: string[]): Effect[] {
  const { from, to } = facts;
  const effects: Effect[] = [];
  const release = active(facts, "github-release") ? facts.release : null;
  if (release?.from) {
    if (!from.prerelease && facts.fromIsNewest && (release.latest === to.tag || release.latest === from.tag)) {
      const effect = releaseLatestEffect(from.tag, to.tag);
      effects.push(effect);
      rows.push({ channel: "github-release", item: "Latest", before: release.latest ?? "none", after: from.tag, effect: effect.id });
    }
    const title = unmarkedTitle(release.from.name);
    const effect = releaseNoteEffect(from.tag, title, unmarkedBody(release.from.body), `take the rollback note off the release ${from.tag}`);
    effects.push(effect);
    rows.push({ channel: "github-release", item: `${from.tag} title`, before: release.from.name, after: title, effect: effect.id });
  }
  if (facts.floatingTags && facts.remote && active(facts, "floating-tags")) {
    for (const tag of facts.floatingTags) {
      if (!ours(facts, tag) || !tag.fitsTo) continue;
      const lease = tag.commit === to.commit ? tag.object! : to.commit;
      const effect = moveTagEffect(facts.remote, tag.name, from.commit, lease, to.version, from.version);
      effects.push(effect);
      rows.push({ channel: "floating-tags", item: tag.name, before: tag.commit!.slice(0, 12), after: `${from.version} (${from.commit.slice(0, 12)})`, effect: effect.id });
    }
  }
  const npm = active(facts, "npm") ? facts.npm : null;
  const npmWrites: Effect[] = [];
  for (const pkg of npm?.packages ?? []) {
    if (!pkg.hasFrom) continue;
    for (const tag of pkg.channelTags) {
      const version = pkg.distTags[tag];
      if (version !== to.version && version !== from.version) continue;
      const effect = distTagEffect(pkg.name, tag, from.version, to.version);
      npmWrites.push(effect);
      rows.push({ channel: "npm", item: `${pkg.name} ${tag}`, before: version, after: from.version, effect: effect.id });
    }
    const effect = deprecateEffect(pkg.name, from.version, "");
    npmWrites.push(effect);
    rows.push({ channel: "npm", item: `${pkg.name}@${from.version}`, before: deprecation(pkg.fromDeprecated), after: "not deprecated", effect: effect.id });
  }
  if (effects.length === 0 && npmWrites.length === 0) notes.push("nothing to undo: no channel shows the rollback");
  return npmFirstWhenUnchecked(facts, notes, effects, npmWrites);
}
