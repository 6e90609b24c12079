import { Ajv, type ErrorObject } from "ajv";
import schema from "../../../../schema/cadence.schema.json" with { type: "json" };
import { ConfigurationError, formatLocation } from "../errors/index.js";
import type { PathPlaces } from "../inputs/paths.js";
import { configPathProblems } from "./paths.js";
import { semanticProblems } from "./semantic.js";
import type { YamlSource } from "./yaml-source.js";

let compiled: ReturnType<Ajv["compile"]> | undefined;

function validator(): ReturnType<Ajv["compile"]> {
  // Compiled once per process: the schema is a constant, not state carried between runs.
  // `verbose` puts the failing schema on each error: its description and allowed keys go into the message.
  compiled ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
  return compiled;
}

/**
 * Checks a parsed config file against schema/cadence.schema.json and, with `places`, every path it
 * names against the repository (config/paths.ts); reports every problem with its position.
 */
export function validateConfig(source: YamlSource, places?: PathPlaces): void {
  const validate = validator();
  const valid = validate(source.value);
  const errors = valid ? [] : (validate.errors ?? []).filter(keepUseful);
  const problems = errors.map((error) => {
    const path = pointerToPath(error.instancePath);
    // An unknown key is pointed at where the key itself is written.
    const location = error.keyword === "additionalProperties" ? source.locate([...path, String(error.params.additionalProperty)], { key: true }) : source.locate(path);
    return { location, text: explain(error, path) };
  });
  // What the schema cannot see is said in the same breath, unless it is about the very same place.
  const seen = new Set(problems.map((problem) => formatLocation(problem.location)));
  const beyond = [...(valid ? [] : semanticProblems(source)), ...(places ? configPathProblems(source, places) : [])];
  for (const problem of beyond) if (!seen.has(formatLocation(problem.location))) problems.push(problem);
  if (problems.length === 0) return;
  problems.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
  throw new ConfigurationError(
    `${first.text}${more}`,
    first.location,
    problems.map((problem) => `${formatLocation(problem.location)}: ${problem.text}`),
    problems.map((problem) => ({ message: problem.text, location: problem.location })),
  );
}

// oneOf reports each failed branch and then itself; the branch errors say more, the summary is noise.
function keepUseful(error: ErrorObject, _index: number, all: ErrorObject[]): boolean {
  if (error.keyword === "oneOf" || error.keyword === "if") return false;
  if (error.keyword === "type" && all.some((other) => other !== error && other.instancePath === error.instancePath && other.keyword === "type" && other.schemaPath < error.schemaPath)) return false;
  return true;
}

function pointerToPath(pointer: string): Array<string | number> {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function describePath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return "the top level";
  return path.map((part) => (typeof part === "number" ? `[${part}]` : part)).join(".").replace(/\.\[/g, "[");
}

function explain(error: ErrorObject, path: ReadonlyArray<string | number>): string {
  const where = describePath(path);
  switch (error.keyword) {
    case "additionalProperties": {
      const allowed = allowedKeys(error);
      return `unknown key '${String(error.params.additionalProperty)}' in ${where}${allowed ? `; expected one of: ${allowed}` : ""}`;
    }
    case "required":
      return `${where} is missing the required key '${String(error.params.missingProperty)}'`;
    case "enum":
      return `${where} must be one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(", ")}`;
    case "type":
      return `${where} must be ${article(String(error.params.type))}`;
    case "pattern":
      return `${where} does not have the expected form (${error.parentSchema && typeof error.parentSchema === "object" && "description" in error.parentSchema ? String(error.parentSchema.description) : `pattern ${String(error.params.pattern)}`})`;
    case "minLength":
      return `${where} must not be empty`;
    default:
      return `${where} ${error.message ?? "is not valid"}`;
  }
}

function allowedKeys(error: ErrorObject): string {
  const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return parent?.properties ? Object.keys(parent.properties).join(", ") : "";
}

function article(type: string): string {
  const names: Record<string, string> = { object: "a mapping", array: "a list", string: "a string", boolean: "true or false", number: "a number", integer: "a whole number" };
  return type.split(",").map((part) => names[part] ?? part).join(" or ");
}
