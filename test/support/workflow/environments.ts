import type { EnvironmentSetup, RunWorkflowOptions } from "./options.js";
import type { EnvironmentDecision } from "./results.js";

/**
 * Deployment environments: a job naming one waits for its required reviewers (a scripted
 * decision or a callback the test controls) before it starts. An environment the test did not
 * set up exists without protection rules, as GitHub creates it on first use, and the job goes on.
 */

export function environmentSetup(options: RunWorkflowOptions, name: string): EnvironmentSetup {
  const setup = options.environments?.[name] ?? {};
  const approval = setup.approval ?? options.approvals?.[name];
  return approval === undefined ? setup : { ...setup, approval };
}

export async function decideEnvironment(options: RunWorkflowOptions, name: string, job: string, url: string | undefined): Promise<EnvironmentDecision> {
  const { approval } = environmentSetup(options, name);
  const base = { name, ...(url ? { url } : {}) };
  if (approval === undefined) return { ...base, decision: "unprotected" };
  const answer = typeof approval === "function" ? await approval({ environment: name, job, ...(url ? { url } : {}) }) : approval;
  if (answer !== "approve" && answer !== "reject") throw new Error(`the approval for the environment ${name} answered '${String(answer)}', not approve or reject`);
  return { ...base, decision: answer === "approve" ? "approved" : "rejected" };
}
