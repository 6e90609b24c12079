import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { readKeyValueFile } from "./command-files.js";
import { evaluateCondition } from "./expressions.js";
import type { LoadedAction } from "./loader.js";
import type { StepResult } from "./results.js";
import { execute, postExecution, postResult, processEnv, type StepExecution, type StepOutcome } from "./step-execution.js";
import type { Node } from "./tokens.js";

/**
 * A `using: node24` action run as the runner runs it: `node <main>` in the workspace, each
 * input as INPUT_<NAME> (upper-cased, spaces to `_`, hyphens kept), plus the ACTIONS_*
 * runtime variables run steps never get; a `post:` script runs at the end of the job with the
 * state the main script saved.
 */

export function inputVariables(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, "_").toUpperCase()}`, value]));
}

export async function runNodeAction(execution: StepExecution, action: LoadedAction, runs: Map<string, Node>, inputs: Record<string, string>): Promise<StepOutcome> {
  const { job } = execution.frame;
  if (runs.has("pre")) throw runs.get("pre")!.error("runs.pre is not supported by the local workflow runner");
  const main = resolve(action.directory, runs.get("main")!.literal("runs.main"));
  if (!existsSync(main)) return { failed: true, error: `File not found: '${main}' (run npm run build)` };
  const env = processEnv(execution, { ...inputVariables(inputs), ...job.runtimeEnv });
  const code = await execute(execution, process.execPath, [main], { env });
  const post = runs.get("post");
  if (post) {
    const state = Object.fromEntries([...readKeyValueFile(execution.files.state, "GITHUB_STATE"), ...execution.log.state].map(([key, value]) => [`STATE_${key}`, value]));
    const script = resolve(action.directory, post.literal("runs.post"));
    const condition = runs.get("post-if");
    job.postSteps.push({
      name: `Post ${execution.name.replace(/^Run /, "")}`,
      run: async (): Promise<StepResult> => {
        const post = postExecution(execution);
        if (condition && !evaluateCondition(condition, execution.scope)) return postResult(post, "skipped");
        const postCode = await execute(post, process.execPath, [script], { env: { ...env, ...state } });
        return postResult(post, postCode === 0 ? "success" : "failure", postCode === 0 ? undefined : `the post script exited with code ${postCode}`);
      },
    });
  }
  return code === 0 ? { failed: false } : { failed: true, error: `the action exited with code ${code}` };
}
