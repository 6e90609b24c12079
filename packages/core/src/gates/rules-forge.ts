import type { PullRequestSummary } from "../forge/port.js";
import { fillVersion } from "./config.js";
import type { GateContext, Rule, Verdict } from "./types.js";

/** RL-01: no open pull request is assigned to the release (its milestone, or its label). */
async function openPulls(context: GateContext): Promise<Verdict> {
  const forge = context.forge!;
  const milestoneTitle = context.config.pulls.milestone ? fillVersion(context.config.pulls.milestone, context.version) : undefined;
  const label = context.config.pulls.label ? fillVersion(context.config.pulls.label, context.version) : undefined;
  const found = new Map<number, PullRequestSummary>();
  const looked: string[] = [];
  if (milestoneTitle) {
    const number = await forge.milestoneNumber(milestoneTitle);
    looked.push(number === undefined ? `no milestone '${milestoneTitle}' exists` : `milestone '${milestoneTitle}'`);
    if (number !== undefined) for (const pull of await forge.openPullRequests({ milestone: number })) found.set(pull.number, pull);
  }
  if (label) {
    looked.push(`label '${label}'`);
    for (const pull of await forge.openPullRequests({ label })) found.set(pull.number, pull);
  }
  const pulls = [...found.values()].sort((a, b) => a.number - b.number);
  if (pulls.length > 0) {
    return {
      status: "fail",
      reason: `${pulls.length} open pull request${pulls.length > 1 ? "s" : ""} for the release: ${pulls.slice(0, 5).map((pull) => `#${pull.number}`).join(", ")}${pulls.length > 5 ? ", …" : ""}`,
      details: pulls.map((pull) => `#${pull.number} ${pull.title}${pull.draft ? " (draft)" : ""} ${pull.url}`),
    };
  }
  return { status: "pass", reason: `no open pull requests (${looked.join("; ")})` };
}

/**
 * RL-02: the checks on the commit being released are green; configured ones must all be present and
 * passed. That is the pushed commit CI ran on: a release job's own release commit (HEAD, one
 * commit above it, holding only the version and the changelog) was never pushed, so it has none.
 */
async function checksGreen(context: GateContext): Promise<Verdict> {
  const { ci } = context;
  const short = ci.sha.slice(0, 7);
  if (ci.distance === null) {
    return { status: "fail", reason: `HEAD ${context.head.slice(0, 7)} is not built on ${short}, the pushed commit whose checks count: what would be released is not what CI checked` };
  }
  if (ci.distance > 1) {
    return { status: "fail", reason: `HEAD is ${ci.distance} commits above ${short}, the pushed commit whose checks count: push them and let CI check them before releasing` };
  }
  const verdict = await checksOn(context, ci.sha, short);
  return ci.distance === 1 ? { ...verdict, reason: `${verdict.reason} (HEAD is the release commit on top of it)` } : verdict;
}

async function checksOn(context: GateContext, sha: string, short: string): Promise<Verdict> {
  const checks = await context.forge!.commitChecks(sha);
  const required = context.config.requiredChecks;
  if (required.length > 0) {
    const problems = required.flatMap((name) => {
      const matching = checks.filter((check) => check.name === name);
      if (matching.length === 0) return [`${name}: has not run on ${short}`];
      const bad = matching.find((check) => check.state !== "passed");
      return bad ? [`${name}: ${bad.state === "pending" ? "still running" : bad.detail}`] : [];
    });
    if (problems.length > 0) return { status: "fail", reason: `required checks are not green on ${short}: ${problems.join("; ")}`, details: problems };
    return { status: "pass", reason: `all ${required.length} required checks passed on ${short}` };
  }
  // Without a list every finished check counts; running ones (this job among them) are only noted.
  const failed = checks.filter((check) => check.state === "failed");
  const pending = checks.filter((check) => check.state === "pending");
  if (failed.length > 0) {
    return { status: "fail", reason: `${failed.length} check${failed.length > 1 ? "s" : ""} failed on ${short}: ${failed.map((check) => `${check.name} (${check.detail})`).join(", ")}`, details: failed.map((check) => `${check.name}: ${check.detail}${check.url ? ` ${check.url}` : ""}`) };
  }
  const passed = checks.length - pending.length;
  if (passed === 0) return { status: "fail", reason: `no finished check runs or statuses on ${short}; name the ones that must pass in gates.required-checks` };
  return { status: "pass", reason: `${passed} check${passed > 1 ? "s" : ""} passed on ${short}${pending.length ? ` (${pending.length} still running, not counted: ${pending.map((check) => check.name).join(", ")})` : ""}` };
}

export const forgeRules: Rule[] = [
  { id: "RL-01", title: "No open PRs for the release", needsForge: true, evaluate: openPulls },
  { id: "RL-02", title: "Required checks green", needsForge: true, evaluate: checksGreen },
];
