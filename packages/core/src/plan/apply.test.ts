import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { TerminalReporter } from "../adapters/reporter-terminal.js";
import { applyPlan, type EffectHandlers } from "./apply.js";
import { planHash, type Plan } from "./plan.js";

function logged() {
  const lines: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, reporter: new TerminalReporter(out) };
}

const plan = (count: number): Plan => ({
  action: "test",
  formatVersion: 1,
  observations: {},
  effects: Array.from({ length: count }, (_, index) => ({ kind: "write", id: `w${index}`, summary: `write file-${index}.txt` })),
});

const ran: string[] = [];
const handlers: EffectHandlers = {
  write: { isDone: async () => false, run: async (effect) => void ran.push(effect.id) },
};

describe("applyPlan in a dry-run", () => {
  it("says in the log what it would do, effect by effect, with the plan hash, and does none of it", async () => {
    const { lines, reporter } = logged();
    const result = await applyPlan(plan(2), handlers, { dryRun: true, reporter });
    expect(ran).toEqual([]);
    expect(result.outcomes.map((outcome) => outcome.status)).toEqual(["planned", "planned"]);
    expect(lines).toEqual([`dry-run: 2 effects planned, none carried out (plan ${planHash(plan(2))})`, "  would write file-0.txt", "  would write file-1.txt"]);
  });

  it("says so when there is nothing to do, and counts what a long plan has beyond fifty lines", async () => {
    const empty = logged();
    await applyPlan(plan(0), handlers, { dryRun: true, reporter: empty.reporter });
    expect(empty.lines).toEqual([`dry-run: nothing to do (plan ${planHash(plan(0))})`]);
    const long = logged();
    await applyPlan(plan(60), handlers, { dryRun: true, reporter: long.reporter });
    expect(long.lines).toHaveLength(1 + 50 + 1);
    expect(long.lines.at(-1)).toBe("  … and 10 more");
  });

  it("logs what it did, not what it would do, when it applies", async () => {
    const { lines, reporter } = logged();
    await applyPlan(plan(1), handlers, { dryRun: false, reporter });
    expect(lines).toEqual(["done: write file-0.txt"]);
    expect(ran).toEqual(["w0"]);
  });
});
