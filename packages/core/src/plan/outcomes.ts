import type { ApplyResult, EffectOutcome } from "./apply.js";

/**
 * When an effect fails part-way through a plan, what was done and what was not travels with the
 * error to the boundary, which writes it to the log and the step summary (the evidence file has it
 * too): a person sees at once what to clean up or what a re-run will finish.
 */
const KEY = Symbol.for("release-cadence.applied");

export function withOutcomes(error: unknown, result: ApplyResult): unknown {
  if (error !== null && typeof error === "object") Object.defineProperty(error, KEY, { value: result, enumerable: false, configurable: true });
  return error;
}

export function outcomesOf(error: unknown): ApplyResult | undefined {
  if (error === null || typeof error !== "object") return undefined;
  return (error as Record<symbol, ApplyResult | undefined>)[KEY];
}

const WORDS: Record<EffectOutcome["status"], string> = { done: "done", skipped: "already done", failed: "failed", planned: "not done" };

/** Markdown: one line per effect, in plan order, with the failure's reason. */
export function renderOutcomes(result: ApplyResult): string {
  const count = (status: EffectOutcome["status"]) => result.outcomes.filter((outcome) => outcome.status === status).length;
  const done = count("done") + count("skipped");
  const lines = [
    `### The run stopped part-way: ${done} of ${result.outcomes.length} effects done, ${count("failed")} failed, ${count("planned")} not done`,
    "",
    ...result.outcomes.map((outcome) => `- ${WORDS[outcome.status]}: ${outcome.summary}${outcome.error ? ` (${outcome.error.split("\n")[0]})` : ""}`),
    "",
    "A re-run with the same inputs skips what is done and carries out the rest.",
  ];
  return `${lines.join("\n")}\n`;
}
