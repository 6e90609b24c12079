import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";

/**
 * GitHub's official OpenAPI description (from @octokit/openapi), used two ways by the emulator:
 * routes are declared by operationId and get their method and path from it, and every response
 * body is validated against the schema GitHub documents for that operation and status.
 *
 * The description is 13 MB; it is read once per test worker and compiled per operation lazily.
 */

interface OperationObject {
  operationId: string;
  "x-github"?: { category?: string; subcategory?: string };
  responses: Record<string, { content?: Record<string, { schema?: unknown }>; $ref?: string }>;
}

interface Spec {
  paths: Record<string, Record<string, OperationObject>>;
  components: Record<string, unknown> & { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };
}

export interface OperationInfo {
  operationId: string;
  method: string;
  /** The documented path template, e.g. /repos/{owner}/{repo}/pulls. */
  path: string;
}

const SCHEMA_ID = "https://api.github.com/openapi";

export class OpenApiCatalog {
  private readonly operations = new Map<string, OperationInfo & { operation: OperationObject }>();
  private readonly validators = new Map<string, ValidateFunction | null | undefined>();
  private readonly ajv: Ajv;

  constructor(private readonly spec: Spec) {
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (operation && typeof operation === "object" && "operationId" in operation) {
          this.operations.set(operation.operationId, { operationId: operation.operationId, method: method.toUpperCase(), path, operation });
        }
      }
    }
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    // OpenAPI 3.0 formats GitHub uses; checked loosely, the shape is what matters.
    this.ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    this.ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
    this.ajv.addFormat("uri", (value: string) => URL.canParse(value));
    for (const name of ["uri-template", "email", "binary", "hostname", "uuid", "ipv4", "ipv6", "int32", "int64", "repo.nwo", "ssh-key", "ssh-key fingerprint"]) {
      this.ajv.addFormat(name, true);
    }
    // Only schemas are referenced from responses; the examples alone are a third of the file.
    this.ajv.addSchema({ $id: SCHEMA_ID, components: { schemas: rebase(spec.components.schemas) } });
  }

  operation(operationId: string): OperationInfo {
    const found = this.operations.get(operationId);
    if (!found) throw new Error(`@octokit/openapi has no operation '${operationId}'`);
    return { operationId: found.operationId, method: found.method, path: found.path };
  }

  /** GitHub's REST category of an operation, `category/subcategory` (its docs page; permissions follow it). */
  category(operationId: string): string {
    const extension = this.operations.get(operationId)?.operation["x-github"];
    return `${extension?.category ?? ""}/${extension?.subcategory ?? ""}`;
  }

  /** Compiles the success schemas of these operations now, so the first request is not slowed by it. */
  prepare(operationIds: readonly string[]): void {
    for (const operationId of operationIds) {
      const { operation } = this.operations.get(operationId) ?? {};
      const status = Object.keys(operation?.responses ?? {}).find((code) => code.startsWith("2"));
      if (status && !this.validators.has(`${operationId} ${status}`)) this.validators.set(`${operationId} ${status}`, this.compile(operationId, Number(status)));
    }
  }

  /** Problems with a response body, or an empty list; an undocumented status is a problem too. */
  validate(operationId: string, status: number, body: unknown): string[] {
    const key = `${operationId} ${status}`;
    if (!this.validators.has(key)) this.validators.set(key, this.compile(operationId, status));
    const validate = this.validators.get(key);
    if (validate === undefined) return [];
    if (validate === null) {
      const documented = Object.keys(this.operations.get(operationId)!.operation.responses).join(", ");
      return [`${operationId}: status ${status} is not documented (documented: ${documented})`];
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).slice(0, 10).map((error) => `${operationId} ${status}: ${error.instancePath || "(body)"} ${error.message ?? "is invalid"}${error.params && "missingProperty" in error.params ? "" : ` ${JSON.stringify(error.params)}`}`);
  }

  private compile(operationId: string, status: number): ValidateFunction | null | undefined {
    const { operation } = this.operations.get(operationId)!;
    let response = operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`] ?? operation.responses.default;
    // GitHub's error bodies are uniform and not documented for every operation; 2xx must be.
    if (!response) return status >= 400 ? undefined : null;
    if (response.$ref) response = this.spec.components.responses?.[response.$ref.split("/").pop()!] ?? {};
    const schema = response.content?.["application/json"]?.schema ?? response.content?.["application/scim+json"]?.schema;
    if (!schema) return undefined;
    return this.ajv.compile(rebase(schema) as object);
  }
}

/**
 * Makes an OpenAPI 3.0 schema something Ajv compiles: "#/components/..." points at the schema
 * registered under SCHEMA_ID (so operation schemas compile alone), `nullable` without a
 * `type` (next to $ref or allOf) becomes "this, or null", and `oneOf` becomes `anyOf`.
 */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema && typeof schema === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(schema)) {
      // GitHub's oneOf alternatives overlap (a 409 body is both a basic-error and a
      // repository-rule-violation-error), so real answers match several; any one is enough.
      copy[key === "oneOf" ? "anyOf" : key] = key === "$ref" && typeof value === "string" && value.startsWith("#/") ? `${SCHEMA_ID}${value}` : rebase(value);
    }
    // OpenAPI 3.0 lets `nullable` widen an enum; JSON Schema needs null listed.
    if (copy.nullable === true && Array.isArray(copy.enum) && !copy.enum.includes(null)) copy.enum = [...copy.enum, null];
    if (copy.nullable === true && copy.type === undefined) {
      delete copy.nullable;
      return { anyOf: [copy, { type: "null" }] };
    }
    return copy;
  }
  return schema;
}

let shared: OpenApiCatalog | undefined;

/** The catalog for api.github.com, loaded once per worker process (it is immutable). */
export function githubOpenApi(): OpenApiCatalog {
  if (!shared) {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve("@octokit/openapi/package.json"));
    shared = new OpenApiCatalog(JSON.parse(readFileSync(join(root, "generated", "api.github.com.json"), "utf8")) as Spec);
  }
  return shared;
}
