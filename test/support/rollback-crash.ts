import type { ExpectStatic } from "vitest";
import type { EffectHandler, RollbackPorts, RollbackResult } from "@release-cadence/core";

export class Crash extends Error {}

/**
 * Crashes the run right after the effect with this id has done its work (none: no crash), and
 * writes down which effects the run did (not found done and skipped) into `ran`.
 */
export function crashAfter(id: string | undefined, ran: string[]) {
  return (_kind: string, handler: EffectHandler): EffectHandler => ({
    isDone: (effect) => handler.isDone(effect),
    async run(effect) {
      await handler.run(effect);
      ran.push(effect.id);
      if (effect.id === id) throw new Crash(`injected crash after ${id}`);
    },
  });
}

/**
 * One released history, and a run that dies after each effect in turn: the run after a crash
 * after effect i must find effects 0..i done (skip them, under the plan hash approved before any
 * of them) and do effect i+1 itself, where it dies again; the run after the crash after the last
 * effect finds everything done. So every crash point is followed by a re-run, each partial state
 * is seen once, and the end state shows no duplicate. (One history per crash point, as before,
 * released the same history ten times over: minutes on two shared cores.)
 */
export async function crashAtEveryEffect(run: (wrap: RollbackPorts["wrapHandler"]) => Promise<RollbackResult>, ids: readonly string[], expect: ExpectStatic): Promise<RollbackResult> {
  for (const [index, id] of ids.entries()) {
    const ran: string[] = [];
    const crash = await run(crashAfter(id, ran)).catch((error: unknown) => error);
    expect(crash, `the run meant to die after ${id}`).toBeInstanceOf(Crash);
    // Everything before it was found done; it was done by this run, right after the crash before it.
    expect(ran, `the run that died after effect ${index}`).toEqual([id]);
  }
  const ran: string[] = [];
  const last = await run(crashAfter(undefined, ran));
  expect(ran).toEqual([]);
  expect(last.applied.outcomes.map((outcome) => outcome.id)).toEqual(ids);
  expect(last.applied.outcomes.every((outcome) => outcome.status === "skipped")).toBe(true);
  return last;
}

