import { ConfigurationError } from "../errors/index.js";
import { canonicalJson } from "../plan/plan.js";

export const STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
export const CAPSULE_PREDICATE_TYPE = "https://release-cadence.dev/state-capsule/v1";

export interface Subject {
  name: string;
  digest: { sha256: string };
}

/** An in-toto Statement v1: what is attested (subjects, by digest) and the claim about them (the predicate). */
export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: string;
  predicate: Record<string, unknown>;
}

export function makeStatement(subjects: Subject[], predicateType: string, predicate: Record<string, unknown>): Statement {
  return { _type: STATEMENT_TYPE, subject: subjects, predicateType, predicate };
}

/** The payload bytes: the statement's canonical JSON (sorted keys, no whitespace), UTF-8. */
export function statementPayload(statement: Statement): Buffer {
  return Buffer.from(canonicalJson(statement), "utf8");
}

/** Reads a signed payload back into a statement, saying precisely what is wrong when it is not one. */
export function parseStatement(payload: Buffer, file: string): Statement {
  let value: unknown;
  try {
    value = JSON.parse(payload.toString("utf8"));
  } catch {
    throw new ConfigurationError("the envelope's payload is not JSON, so it is not an in-toto statement", { file });
  }
  const fail = (what: string): never => {
    throw new ConfigurationError(`the envelope's payload is not an in-toto statement: ${what}`, { file });
  };
  if (!value || typeof value !== "object" || Array.isArray(value)) return fail("expected a JSON object");
  const raw = value as Record<string, unknown>;
  if (raw._type !== STATEMENT_TYPE) fail(`_type must be ${STATEMENT_TYPE}`);
  if (typeof raw.predicateType !== "string") fail("predicateType is missing");
  if (!raw.predicate || typeof raw.predicate !== "object" || Array.isArray(raw.predicate)) fail("predicate must be an object");
  if (!Array.isArray(raw.subject) || raw.subject.length === 0) fail("subject must be a non-empty list");
  const names = new Set<string>();
  const subjects = (raw.subject as unknown[]).map((entry, index): Subject => {
    const subject = (entry && typeof entry === "object" ? entry : {}) as { name?: unknown; digest?: { sha256?: unknown } };
    if (typeof subject.name !== "string" || subject.name === "") return fail(`subject[${index}].name is missing`);
    const digest = subject.digest?.sha256;
    if (typeof digest !== "string" || !/^[0-9a-f]{64}$/.test(digest)) return fail(`subject[${index}] (${subject.name}) has no sha256 digest of 64 hex digits`);
    if (names.has(subject.name)) fail(`subject ${subject.name} appears twice`);
    names.add(subject.name);
    return { name: subject.name, digest: { sha256: digest } };
  });
  return { _type: STATEMENT_TYPE, subject: subjects, predicateType: raw.predicateType as string, predicate: raw.predicate as Record<string, unknown> };
}
