import { messageOf } from "./errors.js";
import { evaluate, evaluateCondition, evaluateText, type Scope } from "./expressions.js";
import type { GraphScope, JobOutcome } from "./graph-scope.js";
import { runJob, type JobPlan } from "./job.js";
import { expandStrategy, legSuffix } from "./matrix.js";
import type { Conclusion, JobResult, WorkflowRunResult } from "./results.js";
import { runCall } from "./call.js";
import type { Node } from "./tokens.js";

/**
 * The jobs of one workflow file in `needs` order, each started as soon as what it needs is
 * done (independent jobs run side by side, as on GitHub). A job's `if:` sees `needs` and the
 * status of all its ancestors: without a status function it means `success() && (...)`, so a
 * failed or skipped ancestor skips it. Matrix legs run under max-parallel and fail-fast.
 */

export function needsOf(node: Node): string[] {
  const needs = node.entries("job").get("needs");
  if (!needs) return [];
  return needs.isSequence ? needs.items("needs").map((item) => item.literal("needs")) : [needs.literal("needs")];
}

export async function runGraph(graph: GraphScope): Promise<Map<string, JobOutcome>> {
  const jobs = graph.workflow.root.entries("workflow").get("jobs")!.entries("jobs");
  const started = new Map<string, Promise<JobOutcome>>();
  const outcomes = new Map<string, JobOutcome>();
  const ancestors = (id: string, seen = new Set<string>()): Set<string> => {
    for (const need of needsOf(jobs.get(id)!)) if (!seen.has(need)) ancestors(need, seen.add(need));
    return seen;
  };
  const start = (id: string): Promise<JobOutcome> => {
    let promise = started.get(id);
    if (!promise) {
      promise = (async () => {
        const node = jobs.get(id)!;
        const needs = needsOf(node);
        for (const need of needs) if (!jobs.has(need)) throw node.error(`Job '${id}' depends on unknown job '${need}'`);
        await Promise.all(needs.map(start));
        const direct = new Map(needs.map((need) => [need, outcomes.get(need)!]));
        const outcome = await runWhole(graph, id, node, direct, [...ancestors(id)].map((name) => outcomes.get(name)!));
        outcomes.set(id, outcome);
        return outcome;
      })();
      started.set(id, promise);
    }
    return promise;
  };
  await Promise.all([...jobs.keys()].map(start));
  return outcomes;
}

async function runWhole(graph: GraphScope, id: string, node: Node, needs: Map<string, JobOutcome>, ancestors: JobOutcome[]): Promise<JobOutcome> {
  const { run } = graph;
  const entries = node.entries(`job ${id}`);
  const needsContext = Object.fromEntries([...needs].map(([need, outcome]) => [need, { result: outcome.result, outputs: outcome.outputs }]));
  const base: Record<string, unknown> = { github: graph.github, inputs: graph.inputs, vars: { ...run.options.vars }, needs: needsContext };
  const scope: Scope = {
    contexts: base,
    status: {
      success: () => !run.cancelled.aborted && ancestors.every((outcome) => outcome.result === "success"),
      failure: () => ancestors.some((outcome) => outcome.result === "failure"),
      cancelled: () => run.cancelled.aborted,
    },
  };
  const key = `${graph.keyPrefix}${id}`;
  const kept = keptFromEarlierAttempt(run.options.rerunFailedOf, key, ancestors);
  if (kept) {
    run.jobs.push(...kept.records);
    return kept.outcome;
  }
  const skippedOrFailed = (result: Conclusion, error?: string): JobOutcome => {
    const name = `${graph.namePrefix}${nameOf(entries, id, scope)}`;
    const record: JobResult = { key, id, name, result, conclusion: result, outputs: {}, steps: [], summary: "", annotations: [], attempt: run.attempt, ...(error ? { error } : {}) };
    run.jobs.push(record);
    return { result, outputs: {}, ran: true };
  };
  let strategy;
  try {
    if (!evaluateCondition(entries.get("if"), scope)) return skippedOrFailed("skipped");
    strategy = expandStrategy(entries.has("strategy") ? evaluate(entries.get("strategy")!, scope) : undefined, entries.get("strategy") ?? node);
  } catch (error) {
    return skippedOrFailed("failure", messageOf(error));
  }
  const failFast = new AbortController();
  const results: Array<{ result: Conclusion; outputs: Record<string, string> }> = [];
  let next = 0;
  const total = strategy.legs.length;
  const leg = async (index: number) => {
    const matrix = strategy.isMatrix ? strategy.legs[index] : undefined;
    const strategyContext = { "fail-fast": strategy.failFast, "job-index": index, "job-total": total, "max-parallel": Number.isFinite(strategy.maxParallel) ? strategy.maxParallel : total };
    const legScope: Scope = { contexts: { ...base, matrix: matrix ?? {}, strategy: strategyContext } };
    const explicitName = entries.get("name");
    let name: string;
    try {
      name = nameOf(entries, id, legScope) + (matrix && !mentionsMatrix(explicitName) ? ` ${legSuffix(matrix)}` : "");
    } catch (error) {
      results[index] = skippedOrFailed("failure", messageOf(error));
      return;
    }
    const plan: JobPlan = {
      graph,
      node,
      id,
      key: `${key}${matrix ? ` ${legSuffix(matrix)}` : ""}`,
      name: `${graph.namePrefix}${name}`,
      ...(matrix ? { matrix } : {}),
      strategy: strategyContext,
      needs: needsContext,
      signal: AbortSignal.any([run.cancelled, failFast.signal]),
    };
    const result = entries.has("uses") ? await runCall(plan) : await runJob(plan);
    results[index] = { result: result.conclusion, outputs: result.outputs };
    if (result.conclusion === "failure" && strategy.failFast) failFast.abort();
  };
  const worker = async () => {
    while (next < total) await leg(next++);
  };
  await Promise.all(Array.from({ length: Math.min(total, strategy.maxParallel) }, worker));
  const conclusions = results.map((entry) => entry.result);
  const result: Conclusion = conclusions.includes("failure") ? "failure" : conclusions.includes("cancelled") ? "cancelled" : conclusions.every((entry) => entry === "skipped") ? "skipped" : "success";
  return { result, outputs: Object.assign({}, ...results.map((entry) => entry.outputs)) as Record<string, string>, ran: true };
}

/**
 * "Re-run failed jobs": a job whose earlier attempt succeeded (or was skipped by its own `if`),
 * with no ancestor running again, keeps that attempt's results (its legs, or a called
 * workflow's jobs) instead of running.
 */
function keptFromEarlierAttempt(earlier: WorkflowRunResult | undefined, key: string, ancestors: JobOutcome[]): { records: JobResult[]; outcome: JobOutcome } | undefined {
  if (!earlier || ancestors.some((outcome) => outcome.ran)) return undefined;
  const own = earlier.jobs.filter((job) => job.key === key || (job.key.startsWith(`${key} (`) && !job.key.slice(key.length).includes("/")));
  if (own.length === 0 || !own.every((job) => job.conclusion === "success" || job.conclusion === "skipped")) return undefined;
  const inner = earlier.jobs.filter((job) => own.some((leg) => job.key.startsWith(`${leg.key}/`)));
  const result: Conclusion = own.every((job) => job.conclusion === "skipped") ? "skipped" : "success";
  return { records: [...own, ...inner], outcome: { result, outputs: Object.assign({}, ...own.map((job) => job.outputs)) as Record<string, string>, ran: false } };
}

function nameOf(entries: Map<string, Node>, id: string, scope: Scope): string {
  const node = entries.get("name");
  const name = node ? evaluateText(node, scope, "name") : "";
  return name === "" ? id : name;
}

function mentionsMatrix(node: Node | undefined): boolean {
  const expression = (node?.token as { expression?: string } | undefined)?.expression;
  return expression !== undefined && /\bmatrix\b/.test(expression);
}
