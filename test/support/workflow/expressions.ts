import { Evaluator, Lexer, Parser, data } from "@actions/expressions";
import type { FunctionDefinition } from "@actions/expressions/funcs/info";
import { truthy } from "@actions/expressions/result";
import { isBasicExpression, isBoolean, isMapping, isNumber, isSequence, isString } from "@actions/workflow-parser";
import { ensureStatusFunction } from "@actions/workflow-parser/model/converter/if-condition";
import type { BasicExpressionToken, MappingToken, SequenceToken } from "@actions/workflow-parser/templates/tokens/index";
import { WorkflowError, messageOf } from "./errors.js";
import type { Node } from "./tokens.js";

/**
 * `${{ }}` evaluated by GitHub's own expression engine (@actions/expressions): the parser has
 * already turned `a ${{ b }} c` into `format('a {0} c', b)`, so every value is either a literal
 * or one expression. The status functions and hashFiles come from where the expression runs.
 */

export interface StatusFunctions {
  success(): boolean;
  failure(): boolean;
  cancelled(): boolean;
}

export interface Scope {
  /** github, env, inputs, secrets, vars, job, steps, needs, matrix, strategy, runner: plain JSON values. */
  contexts: Record<string, unknown>;
  /** Where GitHub allows success()/failure()/cancelled()/always(). */
  status?: StatusFunctions;
  /** Where GitHub allows hashFiles(): the workspace to hash in. */
  hashFiles?: (patterns: string[]) => string;
}

function functionsOf(scope: Scope): Map<string, FunctionDefinition> {
  const functions = new Map<string, FunctionDefinition>();
  const define = (name: string, minArgs: number, maxArgs: number, call: (...args: data.ExpressionData[]) => data.ExpressionData) =>
    functions.set(name.toLowerCase(), { name, minArgs, maxArgs, call });
  const { status, hashFiles } = scope;
  if (status) {
    define("success", 0, 0, () => new data.BooleanData(status.success()));
    define("failure", 0, 0, () => new data.BooleanData(status.failure()));
    define("cancelled", 0, 0, () => new data.BooleanData(status.cancelled()));
    define("always", 0, 0, () => new data.BooleanData(true));
  }
  if (hashFiles) define("hashFiles", 1, 255, (...patterns) => new data.StringData(hashFiles(patterns.map((pattern) => pattern.coerceString()))));
  return functions;
}

/** Evaluates one expression (without `${{ }}`) to GitHub's data type. */
export function evaluateExpression(expression: string, scope: Scope, where: Node): data.ExpressionData {
  const functions = functionsOf(scope);
  try {
    const tokens = new Lexer(expression).lex().tokens;
    const tree = new Parser(tokens, Object.keys(scope.contexts), [...functions.values()]).parse();
    const context = JSON.parse(JSON.stringify(scope.contexts), data.reviver) as data.Dictionary;
    return new Evaluator(tree, context, functions).evaluate();
  } catch (error) {
    throw where.error(`cannot evaluate '${expression}': ${messageOf(error)}`);
  }
}

/** GitHub's data as plain JSON. */
export function toJson(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer) ?? "null") as unknown;
}

/** Evaluates a template value: literals as they are, expressions by GitHub's engine, mappings and sequences deeply. */
export function evaluate(node: Node, scope: Scope): unknown {
  const token = node.token;
  if (isBasicExpression(token)) return toJson(evaluateExpression((token as BasicExpressionToken).expression, scope, node));
  if (isString(token) || isBoolean(token) || isNumber(token)) return token.value;
  if (isMapping(token)) {
    const result: Record<string, unknown> = {};
    for (const pair of token as MappingToken) {
      const key = evaluate(node.child(pair.key), scope);
      result[String(key)] = evaluate(node.child(pair.value), scope);
    }
    return result;
  }
  if (isSequence(token)) return [...(token as SequenceToken)].map((item) => evaluate(node.child(item), scope));
  if (token.isLiteral) return null;
  throw node.error("an ${{ insert }} or other template directive is not supported by the local workflow runner");
}

/**
 * A value where the runner needs a string (env, with, run, names): booleans become "true" or
 * "false", numbers their usual text, null empty; a mapping or a sequence is an error, as on GitHub.
 */
export function evaluateText(node: Node, scope: Scope, what: string): string {
  const value = evaluate(node, scope);
  return textOf(value, node, what);
}

export function textOf(value: unknown, node: Node, what: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") throw node.error(`${what}: a ${Array.isArray(value) ? "sequence" : "mapping"} was not expected here`);
  return (JSON.parse(JSON.stringify(value), data.reviver) as data.ExpressionData).coerceString();
}

/**
 * An `if:` as GitHub runs it: without a status function it means `success() && (...)`
 * (GitHub's parser adds that), and the result is truthy or not by the expression rules.
 */
export function evaluateCondition(node: Node | undefined, scope: Scope): boolean {
  let condition = "success()";
  if (node) {
    const token = node.token;
    const text = isBasicExpression(token) ? (token as BasicExpressionToken).expression : isString(token) ? token.value.trim() : isBoolean(token) ? String(token.value) : undefined;
    if (text === undefined) throw node.error("if: must be an expression");
    if (text !== "") condition = ensureStatusFunction(text, token.definitionInfo);
  }
  const where = node ?? ({ error: (message: string) => new WorkflowError(message) } as unknown as Node);
  return truthy(evaluateExpression(condition, scope, where));
}
