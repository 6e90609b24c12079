import { describeError } from "../errors/index.js";
import type { CommandRunner } from "../gates/commands.js";
import { applyPlan, type EffectHandler } from "../plan/apply.js";
import type { Reporter } from "../ports/index.js";
import type { TargetEndpoint } from "./endpoints/port.js";
import type { TargetOutcome } from "./report.js";
import type { TargetPlan } from "./target-plan.js";
import type { SyncConfig } from "./types.js";

export interface ApplyTargetContext {
  sync: SyncConfig;
  endpoint: TargetEndpoint;
  reporter: Reporter;
  commands: CommandRunner;
  /** Tests wrap handlers to crash an apply after an effect; production leaves it unset. */
  wrapHandler?: (kind: string, handler: EffectHandler) => EffectHandler;
}

export interface AppliedTarget {
  outcome: TargetOutcome;
  /** Every effect checked done once the apply ended. */
  verified: boolean;
}

/**
 * Applies one target's plan: its effects in order (each skipped when already done), then the
 * smoke command on the synced files, then a second look at every effect to verify the target
 * holds what the plan said. A failure is this target's alone: it is returned, never thrown, so
 * the next target is applied all the same.
 */
export async function applyTarget(target: TargetPlan, context: ApplyTargetContext): Promise<AppliedTarget> {
  const { endpoint, reporter, sync } = context;
  if (!target.work || !target.state) return { outcome: { status: "failed", error: target.message ?? "the target could not be planned" }, verified: false };
  if (target.alreadyApplied) return { outcome: { status: "skipped" }, verified: true };
  if (target.status === "conflict" || target.status === "blocked" || target.status === "error") {
    return { outcome: { status: "failed", error: target.message ?? target.status }, verified: false };
  }
  const raw = endpoint.handlers(target.state, target.work);
  const handlers = context.wrapHandler ? Object.fromEntries(Object.entries(raw).map(([kind, handler]) => [kind, context.wrapHandler!(kind, handler)])) : raw;
  try {
    const result = await reporter.group(`sync ${sync.syncId} → ${target.target.id}`, () => applyPlan(target.plan, handlers, { dryRun: false, reporter }));
    const allSkipped = result.outcomes.length === 0 || result.outcomes.every((outcome) => outcome.status === "skipped");
    let verified = true;
    for (const effect of target.plan.effects) if (!(await raw[effect.kind]!.isDone(effect))) verified = false;
    const facts = endpoint.appliedFacts ? await endpoint.appliedFacts() : {};
    const outcome: TargetOutcome = { status: allSkipped && target.plan.effects.length > 0 ? "skipped" : "success", ...facts };
    if (sync.options.smoke) {
      const smoke = await runSmoke(sync.options.smoke, endpoint, context.commands);
      if (smoke) outcome.smoke = smoke;
    }
    return { outcome, verified };
  } catch (error) {
    return { outcome: { status: "failed", error: describeError(error) }, verified: false };
  }
}

async function runSmoke(argv: readonly string[], endpoint: TargetEndpoint, commands: CommandRunner): Promise<TargetOutcome["smoke"]> {
  const folder = endpoint.smokeFolder ? await endpoint.smokeFolder() : undefined;
  if (!folder) return undefined;
  const [command, ...args] = argv;
  try {
    const result = await commands.run(command!, args, { cwd: folder });
    const output = `${result.stdout}${result.stderr}`.slice(-4000);
    return { passed: result.exitCode === 0, output };
  } catch (error) {
    return { passed: false, output: describeError(error) };
  }
}
