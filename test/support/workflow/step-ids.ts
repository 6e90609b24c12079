import { IdBuilder } from "@actions/workflow-parser/model/converter/id-builder";
import type { Node } from "./tokens.js";

/**
 * The ids GitHub gives steps that have none (`__run`, `__run_2`, `__actions_checkout`,
 * `__self`), built with GitHub's own IdBuilder; they show in GITHUB_ACTION and the results.
 */
export function stepIds(steps: Node[]): string[] {
  const builder = new IdBuilder();
  const given = steps.map((step) => step.entries("step").get("id")?.literal("id"));
  for (const id of given) if (id) builder.tryAddKnownId(id);
  return steps.map((step, index) => {
    const id = given[index];
    if (id) return id;
    const uses = step.entries("step").get("uses")?.literal("uses");
    builder.appendSegment(`__${uses ? actionSegment(uses) || "run" : "run"}`);
    return builder.build();
  });
}

function actionSegment(uses: string): string {
  if (uses.startsWith("docker://")) return uses.slice("docker://".length);
  if (uses.startsWith("./")) return "self";
  const [path = "", ref] = uses.split("@");
  const [owner, name] = path.split("/").filter(Boolean);
  return owner && name && ref ? `${owner}/${name}` : "";
}
