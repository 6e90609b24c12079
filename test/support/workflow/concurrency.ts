import { evaluate, textOf, type Scope } from "./expressions.js";
import type { Node } from "./tokens.js";

/** A `concurrency:` value (a group name, or `{ group, cancel-in-progress }`), evaluated. */
export function jobConcurrency(node: Node | undefined, scope: Scope): { group: string; cancelInProgress: boolean } | undefined {
  if (!node) return undefined;
  if (!node.isMapping) return { group: textOf(evaluate(node, scope), node, "concurrency"), cancelInProgress: false };
  const fields = node.entries("concurrency", ["group", "cancel-in-progress"]);
  const group = textOf(evaluate(fields.get("group")!, scope), fields.get("group")!, "concurrency.group");
  const cancel = fields.get("cancel-in-progress");
  const value = cancel ? evaluate(cancel, scope) : false;
  return { group, cancelInProgress: value === true || value === "true" };
}
