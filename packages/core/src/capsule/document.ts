import { Ajv, type ErrorObject } from "ajv";
import schema from "../../../../schema/state-capsule.schema.json" with { type: "json" };
import { parseYamlSource, type YamlSource } from "../config/yaml-source.js";
import { ConfigurationError, formatLocation, type SourceLocation } from "../errors/index.js";
import { writeYaml } from "../records/yaml-write.js";
import type { Capsule } from "./types.js";

let compiled: ReturnType<Ajv["compile"]> | undefined;

function validator(): ReturnType<Ajv["compile"]> {
  // Compiled once per process: the schema is a constant, not state carried between runs.
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  return compiled;
}

/** The capsule as YAML for people: seed fields first, machine fields after, a header saying what it is. */
export function renderCapsule(capsule: Capsule): string {
  const header = `# ${capsule.kind} state capsule (${capsule.state_version}) for ${capsule.release.version}.\n# Signed: see the DSSE envelope beside it; any change to this file breaks its signature.\n`;
  return header + writeYaml(capsule);
}

/** Every way a value breaks the capsule schema, one line each, with the path. */
export function schemaProblems(value: unknown): Array<{ path: Array<string | number>; text: string }> {
  const validate = validator();
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => {
    const path = error.instancePath === "" ? [] : error.instancePath.slice(1).split("/").map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, "/").replace(/~0/g, "~")));
    return { path, text: explain(error, path) };
  });
}

function explain(error: ErrorObject, path: Array<string | number>): string {
  const where = path.length === 0 ? "the capsule" : path.map((part) => (typeof part === "number" ? `[${part}]` : part)).join(".").replace(/\.\[/g, "[");
  const described = (error.parentSchema as { description?: string } | undefined)?.description;
  switch (error.keyword) {
    case "required":
      return `${where} lacks the required field '${String(error.params.missingProperty)}'`;
    case "additionalProperties":
      return `${where} has an unknown field '${String(error.params.additionalProperty)}'`;
    case "enum":
      return `${where} must be one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(", ")}`;
    case "pattern":
      return `${where} is not ${described ?? `of the form ${String(error.params.pattern)}`}`;
    case "type":
      return `${where} must be of type ${String(error.params.type)}`;
    default:
      return `${where} ${error.message ?? "is not valid"}`;
  }
}

/**
 * parseYamlSource, with the errors the yaml library throws while building values (an alias to
 * no anchor throws a ReferenceError) turned into the user's mistake they are.
 */
export function readYamlSource(file: string, text: string): YamlSource {
  try {
    return parseYamlSource(file, text);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    const detail = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    throw new ConfigurationError(`is not valid YAML: ${detail}`, { file });
  }
}

/** Reads a capsule YAML file and checks it against the capsule schema; problems point at file:line. */
export function parseCapsule(file: string, text: string): Capsule {
  const source = readYamlSource(file, text);
  const problems = schemaProblems(source.value);
  if (problems.length > 0) {
    const located = problems.map((problem) => ({ location: source.locate(problem.path), text: problem.text }));
    throw new ConfigurationError(`is not a valid state capsule: ${located[0]!.text}`, located[0]!.location, located.map((entry) => `${formatLocation(entry.location)}: ${entry.text}`));
  }
  return source.value as Capsule;
}

/** Checks a capsule carried as a statement's predicate; throws with the first problem and lists all. */
export function checkCapsuleValue(value: unknown, location: SourceLocation): Capsule {
  const problems = schemaProblems(value);
  if (problems.length > 0) {
    throw new ConfigurationError(`the signed capsule does not match the capsule schema: ${problems[0]!.text}`, location, problems.map((problem) => problem.text));
  }
  return value as Capsule;
}
