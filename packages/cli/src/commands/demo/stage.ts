import { join } from "node:path";
import { StepFailed, type Cli } from "./run-cli.js";
import { git, type Sandbox } from "./sandbox.js";
import type { DemoRegistry } from "./registry.js";

/** What the story hands every step. */
export interface StoryContext {
  sandbox: Sandbox;
  cli: Cli;
  registry: DemoRegistry;
  dryRun: boolean;
}

/** One release through the path of the release workflows: what, from where, judged when. */
export interface ReleasePlan {
  version: string;
  branch: string;
  commit: string;
  /** The instant the calendar and the gates are judged at. */
  now: string;
  date: string;
  capsuleKind: "PRE-RELEASE" | "RELEASE";
  prerelease?: string;
  bump?: string;
  profile?: string;
  breakGlass?: string;
  /** A promoted line is merged back into this branch. */
  mergeInto?: string;
}

/**
 * changelog → version-bump (release commit) → gate-check → capsule-sign → publish, as
 * release-candidate.yml and hotfix.yml run them. In a dry-run each plans only, and the files the
 * earlier ones would write are kept in a planned folder of the scratch space for the later ones.
 */
export async function releaseStage(ctx: StoryContext, plan: ReleasePlan): Promise<string[]> {
  const { cli, sandbox, dryRun, registry } = ctx;
  const planned = join(sandbox.scratch, `planned-${plan.version}`);
  const dry = dryRun ? ["--dry-run", "--planned-dir", planned] : [];
  // A release is made from the decided commit, as the workflows check it out; a dry-run moves nothing.
  if (!dryRun && (await git(sandbox.repo, "rev-parse", "HEAD")) !== plan.commit)
    await git(sandbox.repo, "checkout", "-q", "--detach", plan.commit);

  const changelog = (
    await cli(["changelog", "--version", plan.version, "--branch", plan.branch, "--date", plan.date, ...dry])
  ).json!;
  const bump = (
    await cli([
      "version-bump",
      "--branch",
      plan.branch,
      ...(plan.prerelease ? ["--prerelease", plan.prerelease] : []),
      ...(plan.bump ? ["--bump", plan.bump] : []),
      "--release-commit",
      ...dry,
    ])
  ).json!;
  if (bump.next !== plan.version)
    throw new StepFailed(`version-bump decides ${bump.next ?? "no release"}, not ${plan.version}`);
  const gates = await cli(
    [
      "gate-check",
      "--version",
      plan.version,
      "--commit",
      plan.commit,
      "--now",
      plan.now,
      ...(plan.profile ? ["--profile", plan.profile] : []),
      ...(plan.breakGlass ? ["--break-glass", plan.breakGlass] : []),
      ...dry,
    ],
    { allowFailure: true },
  );
  const judged = gates.json;
  if (!judged || gates.code !== 0) {
    const failed = (judged?.failed as Array<{ id: string; reason: string }> | undefined)
      ?.map((check) => `${check.id} (${check.reason})`)
      .join(", ");
    throw new StepFailed(`the gates of ${plan.version} failed: ${failed ?? gates.stderr.trim().split("\n").at(-1)}`);
  }
  const capsule = (
    await cli([
      "capsule-sign",
      "--kind",
      plan.capsuleKind,
      "--key",
      sandbox.key,
      "--version",
      plan.version,
      "--out",
      `.git/cadence/capsules/${plan.version}`,
      "--plan-hash",
      `version-bump=${bump.planHash}`,
      "--plan-hash",
      `changelog=${changelog.planHash}`,
      ...(judged.evidencePath ? ["--evidence", judged.evidencePath] : []),
      ...(dryRun ? ["--dry-run"] : []),
    ])
  ).json!;
  const npm = registry.kind === "running" ? ["--npm", ".", "--registry", registry.url, "--no-provenance"] : [];
  const published = (await cli(["publish", "--version", plan.version, "--branch", plan.branch, ...npm, ...dry])).json!;

  const counts = (changelog.sections as Array<{ title: string; count: number }>).map(
    (section) => `${section.title.toLowerCase()} ${section.count}`,
  );
  const checks = judged.checks as Array<{ status: string }>;
  const passed = checks.filter((check) => check.status === "pass").length;
  const glass = plan.breakGlass
    ? `, break-glass "${plan.breakGlass}" ${dryRun ? "would be recorded" : "recorded"}`
    : "";
  const merged = plan.mergeInto ? `; ${await mergeBack(ctx, plan)}` : "";
  return [
    `${plan.version}: changelog ${counts.join(", ") || "with no listed changes"}; gates ${judged.profile} passed (${passed} pass, ` +
      `${checks.length - passed} n/a)${glass}; ${plan.capsuleKind} capsule ${dryRun ? "signed in memory" : "signed"}`,
    `${dryRun ? "would publish" : "published"}: ${publishedWhat(published, plan, registry, dryRun)}${merged}`,
  ];
}

function publishedWhat(
  published: Record<string, any>,
  plan: ReleasePlan,
  registry: DemoRegistry,
  dryRun: boolean,
): string {
  const release = published.releaseDraft
    ? "a draft release"
    : published.makeLatest
      ? "the Latest release"
      : "a pre-release";
  const npm = (published.published as Array<{ version: string; distTag: string }>).map(
    (entry) => `npm ${entry.distTag} → ${entry.version}`,
  );
  const skipped = registry.kind === "none" ? ["npm skipped (no registry)"] : [];
  return [
    `tag ${published.tag} ${dryRun ? "on" : "pushed with"} ${plan.branch}`,
    `${release} in the local forge`,
    ...npm,
    ...skipped,
  ].join(", ");
}

/** The released line goes back into the base branch (a merge commit), so the next cut counts from it. */
async function mergeBack(ctx: StoryContext, plan: ReleasePlan): Promise<string> {
  const into = plan.mergeInto!;
  if (ctx.dryRun) return `would merge it back into ${into}`;
  const repo = ctx.sandbox.repo;
  const released = await git(repo, "rev-parse", "HEAD");
  await git(repo, "fetch", "-q", "origin");
  await git(repo, "switch", "-q", into);
  await git(repo, "merge", "-q", "--ff-only", `origin/${into}`);
  await git(
    repo,
    "merge",
    "-q",
    "--no-ff",
    "-m",
    `chore(release): merge ${plan.branch} (${plan.version}) into ${into}`,
    released,
  );
  await git(repo, "push", "-q", "origin", into);
  return `merged back into ${into}`;
}
