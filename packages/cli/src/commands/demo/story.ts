import { join, relative } from "node:path";
import { shortEffect, short } from "./account.js";
import { StepFailed } from "./run-cli.js";
import { LINE, commit, git } from "./sandbox.js";
import { releaseStage, type ReleasePlan, type StoryContext } from "./stage.js";

/** One step of the story: its title, and what it does, told back as 1-3 lines. */
export interface Step {
  title: string;
  /**
   * In a dry-run, this step plans against the sandbox as it was made, not against what earlier steps
   * would have done.
   */
  plansOnEarlier?: boolean;
  run(ctx: StoryContext): Promise<string[]>;
}

// The calendar of the sample project (sandbox.ts), walked at fixed instants.
const RC_DAY = "2026-11-12T07:00:00Z";
const RC_EVENING = "2026-11-12T17:00:00Z";
const RELEASE_DAY = "2026-11-13T07:00:00Z";
const IN_BLACKOUT = "2026-12-24T10:00:00Z";
const UNCHANGED = "(dry-run: nothing earlier was done, so it plans against the sandbox as it was made)";

/** Before the story: 1.2.0 is out, published by publish itself (tag, release in the local forge, npm latest). */
export async function releaseHistory(ctx: StoryContext): Promise<string> {
  const { cli, sandbox, registry } = ctx;
  await git(sandbox.repo, "checkout", "-q", "--detach", "v1.2.0");
  const npm = registry.kind === "running" ? ["--npm", ".", "--registry", registry.url, "--no-provenance"] : [];
  const published = (await cli(["publish", "--version", "1.2.0", "--branch", "main", ...npm])).json!;
  await git(sandbox.repo, "switch", "-q", "main");
  const onNpm = (published.published as unknown[]).length > 0 ? ", npm latest 1.2.0" : "";
  const since = await git(sandbox.repo, "rev-list", "--count", "v1.2.0..main");
  return `1.2.0 is out: tag v1.2.0, release in the local forge${onNpm}; ${since} commits on main since`;
}

/** main as origin has it, checked out: where the cadence tick and the rollback run. */
async function onMain(ctx: StoryContext): Promise<void> {
  if (ctx.dryRun) return;
  await git(ctx.sandbox.repo, "fetch", "-q", "origin");
  await git(ctx.sandbox.repo, "switch", "-q", "main");
  await git(ctx.sandbox.repo, "merge", "-q", "--ff-only", "origin/main");
}

/** What the calendar makes due at `now` (gate-check's calendar mode, as the tick asks it), and that stage released. */
async function tick(ctx: StoryContext, now: string, expected: string, before = ""): Promise<string[]> {
  await onMain(ctx);
  const decision = (await ctx.cli(["calendar", "--due", "--now", now])).json!;
  const due = decision.version
    ? `${decision.due} ${decision.version} from ${decision.branch} at ${short(decision.commit)}`
    : `${decision.due}: ${decision.reason}`;
  const lines = [`${before}calendar at ${now}: ${due}`];
  if (decision.due !== expected) {
    if (!ctx.dryRun)
      throw new StepFailed(`the calendar makes ${decision.due} due at ${now}, the story expects ${expected}`);
    lines[0] += ` ${UNCHANGED}`;
  }
  if (!["rc-cut", "rc", "promote", "release"].includes(decision.due)) return lines;
  const plan: ReleasePlan = {
    // A plain release day names no version: the commits decide it, as the workflows' plan job asks version-bump.
    version: decision.version || (await nextVersion(ctx, decision.branch, decision.bump || undefined)),
    branch: decision.branch,
    commit: decision.commit,
    now,
    date: decision.date,
    capsuleKind: decision.capsuleKind,
    ...(decision.prerelease ? { prerelease: decision.prerelease } : {}),
    ...(decision.bump ? { bump: decision.bump } : {}),
    ...(decision.mergeInto ? { mergeInto: decision.mergeInto } : {}),
  };
  return [...lines, ...(await releaseStage(ctx, plan))];
}

/** The version the commits on a branch ask for (version-bump, planning only). */
async function nextVersion(ctx: StoryContext, branch: string, bump: string | undefined): Promise<string> {
  const decided = (await ctx.cli(["version-bump", "--dry-run", "--branch", branch, ...(bump ? ["--bump", bump] : [])]))
    .json!;
  if (!decided.next) throw new StepFailed(`version-bump finds no release due on ${branch}`);
  return String(decided.next);
}

/** A commit lands and is pushed; a dry-run makes none. */
async function lands(
  ctx: StoryContext,
  branch: string,
  message: string,
  files: Record<string, string>,
): Promise<string> {
  const repo = ctx.sandbox.repo;
  if (ctx.dryRun) return `dry-run: "${message}" not committed`;
  await git(repo, "fetch", "-q", "origin");
  await git(repo, "switch", "-q", "-C", branch, `origin/${branch}`);
  const sha = await commit(repo, message, files);
  await git(repo, "push", "-q", "origin", branch);
  return `"${message}" pushed to ${branch} (${short(sha)})`;
}

export const STORY: readonly Step[] = [
  {
    title: "feature work lands on main",
    run: async (ctx) => [
      await lands(ctx, "main", "feat: export the calendar as iCal", { "src/ical.js": "module.exports = 'ical';\n" }),
    ],
  },
  {
    title: "RC day: the cadence tick cuts release/v1.3 and releases v1.3.0-rc.1",
    run: (ctx) => tick(ctx, RC_DAY, "rc-cut"),
  },
  {
    title: "a fix lands on release/v1.3; the evening tick makes rc.2",
    plansOnEarlier: true,
    run: async (ctx) => {
      const landed = await lands(ctx, LINE, "fix: the iCal export's time zone", {
        "src/ical.js": "module.exports = 'ical, utc';\n",
      });
      return tick(ctx, RC_EVENING, "rc", `${landed}; `);
    },
  },
  {
    title: "release day: the tick promotes the candidate to v1.3.0",
    plansOnEarlier: true,
    run: (ctx) => tick(ctx, RELEASE_DAY, "promote"),
  },
  {
    title: "sync: the shared config goes to alpha, beta and gamma (dry-run, then apply)",
    run: sync,
  },
  {
    title: "v1.3.0 turns out bad: roll back to 1.2.x",
    plansOnEarlier: true,
    run: rollback,
  },
  {
    title: "hotfix v1.3.1 in the holidays blackout, through break-glass",
    plansOnEarlier: true,
    run: hotfix,
  },
  {
    title: "cadence metrics: does the project keep its rhythm?",
    run: metrics,
  },
];

/** A target of the sync's outputs, as much as the account tells. */
interface SyncTarget {
  syncId: string;
  target: string;
  status: string;
  planHash: string;
  add: number;
  modify: number;
  message?: string;
  conflicts?: string[];
}

async function sync(ctx: StoryContext): Promise<string[]> {
  await onMain(ctx);
  // A target in conflict makes the dry-run exit 1 and is named in its outputs; the others are applied.
  // A dry-run keeps even its report out of the sandbox: in the scratch folder (the run's RUNNER_TEMP).
  const out = ctx.dryRun ? ["--out", join(ctx.sandbox.scratch, "sync")] : [];
  const dry = await ctx.cli(["sync", ...out], { allowFailure: true });
  if (!dry.json) throw new StepFailed(`the sync dry-run printed no plan: ${dry.stderr.trim().split("\n").at(-1)}`);
  const targets = dry.json.targets as SyncTarget[];
  const problems = targets.filter((target) => !["changes", "unchanged", "conflict"].includes(target.status));
  if (problems.length > 0) {
    const named = problems.map((target) => `${target.target} (${target.status}: ${target.message ?? ""})`);
    throw new StepFailed(`the sync dry-run cannot plan ${named.join(", ")}`);
  }
  const said = (target: SyncTarget) =>
    target.status === "changes"
      ? `${target.target} +${target.add} ~${target.modify}`
      : `${target.target} ${target.status}${target.conflicts ? ` (${target.conflicts.join(", ")})` : ""}`;
  const lines = [
    `dry-run, plan ${short(String(dry.json.planHash).replace("sha256:", ""))}: ${targets.map(said).join(", ")}`,
  ];
  const changed = targets.filter((target) => target.status === "changes");
  if (ctx.dryRun)
    return [
      ...lines,
      `no apply in a dry-run: it would push to ${changed.map((target) => target.target).join(" and ")}, each held to its plan hash`,
    ];
  const applied: string[] = [];
  for (const target of changed) {
    const result = (
      await ctx.cli([
        "sync",
        "--apply",
        "--sync-id",
        target.syncId,
        "--target",
        target.target,
        "--plan-hash",
        target.planHash,
      ])
    ).json!;
    const done = (result.targets as Array<{ target: string; status: string }>).find(
      (entry) => entry.target === target.target,
    );
    const head = await git(ctx.sandbox.targets[target.target]!, "rev-parse", "--short=12", "main");
    applied.push(`${target.target} ${done?.status ?? "?"} (main at ${head})`);
  }
  return [
    ...lines,
    `applied, each held to its plan hash: ${applied.join(", ")}`,
    `report: ${relative(ctx.sandbox.root, String(dry.json.reportPath))}`,
  ];
}

async function rollback(ctx: StoryContext): Promise<string[]> {
  await onMain(ctx);
  const registry = ctx.registry.kind === "running" ? ["--registry", ctx.registry.url] : [];
  const args = [
    "rollback",
    "--severity",
    "critical",
    "--impact",
    "widespread",
    "--reason",
    "the iCal export drops events",
    "--issue",
    "#13",
  ];
  const result = (await ctx.cli([...args, ...registry, ...(ctx.dryRun ? ["--dry-run"] : [])])).json!;
  const effects = (result.effects as Array<{ summary: string }>).map((effect) =>
    shortEffect(effect.summary).replace(/^(make|mark) the release /, "$1 "),
  );
  return [
    `${result.from} → ${result.to} (${result.type}, approval ${result.approval}): ${effects.join("; ")}` +
      (ctx.registry.kind === "none" ? "; npm skipped (no registry)" : ""),
    result.evidencePath
      ? `rollback_evidence: ${relative(ctx.sandbox.root, String(result.evidencePath))}`
      : "dry-run: no rollback_evidence written",
  ];
}

async function hotfix(ctx: StoryContext): Promise<string[]> {
  const landed = await lands(ctx, LINE, "fix: the iCal export keeps every event", {
    "src/ical.js": "module.exports = 'ical, utc, every event';\n",
    "README.md": "# sample\n\nA calendar library. The iCal export keeps every event of a calendar.\n",
  });
  const calendar = (await ctx.cli(["calendar", "--now", IN_BLACKOUT])).json!;
  const blackout = calendar.blackout
    ? `${calendar.today} (${calendar.blackout.reason} until ${calendar.blackout.to})`
    : calendar.today;
  const branch = await git(ctx.sandbox.repo, "rev-parse", "--abbrev-ref", "HEAD");
  const plan: ReleasePlan = {
    version: await nextVersion(ctx, branch, "patch"),
    branch,
    commit: await git(ctx.sandbox.repo, "rev-parse", "HEAD"),
    now: IN_BLACKOUT,
    date: IN_BLACKOUT.slice(0, 10),
    capsuleKind: "RELEASE",
    bump: "patch",
    profile: "SEV-1",
    breakGlass: "INC-13: calendars lose events",
  };
  return [
    `${landed}; calendar at ${IN_BLACKOUT}: ${blackout}: SEV-1 hotfix ${plan.version}`,
    ...(await releaseStage(ctx, plan)),
  ];
}

async function metrics(ctx: StoryContext): Promise<string[]> {
  await onMain(ctx);
  const { metrics: m } = (await ctx.cli(["metrics"])).json!;
  const reasons = (m.rollbacks.reasons as Array<{ from: string; to: string; reason: string }>).map(
    (r) => `${r.from} → ${r.to}: ${r.reason}`,
  );
  const { rate: share } = m.deploymentSuccessRate;
  const rate = typeof share === "number" ? `${Math.round(share * 1000) / 10}%` : "n/a";
  return [
    `${m.releaseFrequency.released} release${m.releaseFrequency.released === 1 ? "" : "s"} in the window (${m.releaseFrequency.planned} planned by the calendar); deployment success ${rate}`,
    `rollbacks: ${m.rollbacks.count}${reasons.length > 0 ? ` (${reasons.join("; ")})` : ""}`,
  ];
}
