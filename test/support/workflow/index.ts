/** The local workflow runner (see README.md): run a workflow or a composite action as a GitHub-hosted runner would. */
export { runWorkflow } from "./run-workflow.js";
export { runComposite } from "./run-composite.js";
export { GitOrigin, type OriginRequest } from "./git-origin.js";
export { ConcurrencyGroups, type ConcurrencyEvent } from "./concurrency-groups.js";
export { loadWorkflow, loadAction } from "./loader.js";
export { checkWorkflow, checkAction } from "./static-check.js";
export { WorkflowError } from "./errors.js";
export type { RunWorkflowOptions, WorkflowEvent, Approval, ApprovalRequest, EnvironmentSetup } from "./options.js";
export type { WorkflowRunResult, JobResult, StepResult, Conclusion, EnvironmentDecision } from "./results.js";
