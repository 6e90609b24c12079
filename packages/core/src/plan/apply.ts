import { withOutcomes } from "./outcomes.js";
import { ConfigurationError, StalePlanError } from "../errors/index.js";
import { writableProblem } from "./preconditions.js";
import type { Reporter } from "../ports/index.js";
import { planHash, type Effect, type Plan } from "./plan.js";

/** How to carry out one kind of effect. `isDone` makes re-runs finish a crashed apply without duplicates. */
export interface EffectHandler {
  /** Why the effect could not be carried out, judged before any effect of the plan runs. */
  check?(effect: Effect): string | undefined | Promise<string | undefined>;
  isDone(effect: Effect): Promise<boolean>;
  run(effect: Effect): Promise<void>;
}

export type EffectHandlers = Readonly<Record<string, EffectHandler>>;

export type EffectStatus = "planned" | "done" | "skipped" | "failed";

export interface EffectOutcome {
  id: string;
  kind: string;
  summary: string;
  status: EffectStatus;
  error?: string;
}

export interface ApplyResult {
  planHash: string;
  dryRun: boolean;
  outcomes: EffectOutcome[];
}

/** Receives the evidence after every effect, so a crash still leaves a record of what was done. */
export type EvidenceSink = ((result: ApplyResult) => Promise<void>) & {
  /** The evidence file, when it is one: checked with the effects, before the first of them. */
  path?: string;
};

export interface ApplyOptions {
  dryRun: boolean;
  /** A dry-run lists its effects in the log (default); not when the plan is only asked for a decision. */
  logDryRun?: boolean;
  /** From an earlier dry-run: apply refuses when today's plan differs. */
  expectedPlanHash?: string;
  reporter: Reporter;
  evidence?: EvidenceSink;
}

/**
 * The one applier: runs effects in order, skipping those already done. In dry-run it touches
 * nothing, not even the evidence; the plan itself is the report.
 */
export async function applyPlan(plan: Plan, handlers: EffectHandlers, options: ApplyOptions): Promise<ApplyResult> {
  const hash = planHash(plan);
  for (const effect of plan.effects) {
    if (!handlers[effect.kind]) throw new Error(`no handler for effect kind '${effect.kind}' (effect ${effect.id})`);
  }
  const outcomes: EffectOutcome[] = plan.effects.map((effect) => ({ id: effect.id, kind: effect.kind, summary: effect.summary, status: "planned" }));
  const result: ApplyResult = { planHash: hash, dryRun: options.dryRun, outcomes };
  if (options.dryRun) {
    if (options.logDryRun !== false) reportDryRun(plan, hash, options.reporter);
    // What apply would trip over is knowable now: the dry-run reports it.
    await checkPreconditions(plan, handlers);
    return result;
  }
  if (options.expectedPlanHash && options.expectedPlanHash !== hash) throw new StalePlanError(options.expectedPlanHash, hash);
  await checkPreconditions(plan, handlers, options.evidence?.path);

  for (const [index, effect] of plan.effects.entries()) {
    const handler = handlers[effect.kind]!;
    const outcome = outcomes[index]!;
    try {
      if (await handler.isDone(effect)) {
        outcome.status = "skipped";
        options.reporter.info(`already done: ${effect.summary}`);
      } else {
        await handler.run(effect);
        outcome.status = "done";
        options.reporter.info(`done: ${effect.summary}`);
      }
    } catch (error) {
      outcome.status = "failed";
      outcome.error = error instanceof Error ? error.message : String(error);
      await options.evidence?.(result);
      throw withOutcomes(error, result);
    }
    await options.evidence?.(result);
  }
  return result;
}

/** Effects listed one per line in a dry-run's log; a longer plan's rest is counted (its summary lists all). */
const DRY_RUN_LINES = 50;

/**
 * A dry-run says in the log what it would do, effect by effect, and that it did none of it: the
 * log is what people read first (the step summary only when the run is over).
 */
export function reportDryRun(plan: Plan, hash: string, reporter: Reporter, title?: string): void {
  const count = plan.effects.length;
  const what = count === 0 ? "nothing to do" : `${count} effect${count === 1 ? "" : "s"} planned, none carried out`;
  reporter.info(`dry-run${title ? ` of ${title}` : ""}: ${what} (plan ${hash})`);
  for (const effect of plan.effects.slice(0, DRY_RUN_LINES)) reporter.info(`  would ${effect.summary}`);
  if (count > DRY_RUN_LINES) reporter.info(`  … and ${count - DRY_RUN_LINES} more`);
}

/**
 * Every effect's precondition (and the evidence file's), judged before the first effect: a plan
 * that cannot be carried out whole fails here, with every problem at once, having changed nothing.
 */
async function checkPreconditions(plan: Plan, handlers: EffectHandlers, evidencePath?: string): Promise<void> {
  const problems: string[] = [];
  for (const effect of plan.effects) {
    const handler = handlers[effect.kind]!;
    const problem = await handler.check?.(effect);
    // An effect already done (a re-run after a crash) has nothing left to trip over.
    if (problem !== undefined && !(await handler.isDone(effect).catch(() => false))) problems.push(problem);
  }
  const evidence = evidencePath === undefined ? undefined : writableProblem(evidencePath, `the evidence file ${evidencePath}`);
  if (evidence !== undefined) problems.push(evidence);
  if (problems.length === 0) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
  throw new ConfigurationError(`nothing was changed: ${problems[0]!}${more}`, undefined, problems);
}
