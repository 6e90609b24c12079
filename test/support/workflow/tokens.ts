import { isBoolean, isLiteral, isMapping, isNumber, isSequence, isString } from "@actions/workflow-parser";
import type { MappingToken, SequenceToken, TemplateToken } from "@actions/workflow-parser/templates/tokens/index";
import { WorkflowError } from "./errors.js";

/**
 * Reading GitHub's parsed token tree: keys as plain strings, with the file and line kept for
 * errors. Each reader lists the keys it runs; any other key GitHub accepts is refused here,
 * so a construct the local runner does not implement can never be skipped in silence.
 */
export class Node {
  constructor(
    readonly file: string,
    readonly token: TemplateToken,
  ) {}

  get isMapping(): boolean {
    return isMapping(this.token);
  }

  get isSequence(): boolean {
    return isSequence(this.token);
  }

  error(message: string): WorkflowError {
    return WorkflowError.at(this.file, this.token, message);
  }

  /** The mapping's entries by literal key; `allowed` lists the keys this runner implements. */
  entries(what: string, allowed?: readonly string[]): Map<string, Node> {
    if (!isMapping(this.token)) throw this.error(`${what} must be a mapping`);
    const result = new Map<string, Node>();
    for (const pair of this.token as MappingToken) {
      if (!isString(pair.key)) throw WorkflowError.at(this.file, pair.key, `${what}: a key computed by an expression is not supported`);
      const key = pair.key.value;
      if (allowed && !allowed.includes(key)) {
        throw WorkflowError.at(this.file, pair.key, `${what}: '${key}' is not supported by the local workflow runner (supported: ${allowed.join(", ")})`);
      }
      result.set(key, new Node(this.file, pair.value));
    }
    return result;
  }

  items(what: string): Node[] {
    if (!isSequence(this.token)) throw this.error(`${what} must be a sequence`);
    return [...(this.token as SequenceToken)].map((token) => new Node(this.file, token));
  }

  /** A literal scalar as a string (no expression allowed where GitHub allows none). */
  literal(what: string): string {
    const token = this.token;
    if (isString(token)) return token.value;
    if (isBoolean(token) || isNumber(token)) return String(token.value);
    if (isLiteral(token)) return "";
    throw this.error(`${what} must be a literal value`);
  }

  literalBoolean(what: string): boolean {
    if (isBoolean(this.token)) return this.token.value;
    if (isString(this.token) && /^(true|false)$/.test(this.token.value)) return this.token.value === "true";
    throw this.error(`${what} must be true or false`);
  }

  /** A token inside this one, in the same file. */
  child(token: TemplateToken): Node {
    return new Node(this.file, token);
  }

  get line(): number | undefined {
    return this.token.line;
  }
}
