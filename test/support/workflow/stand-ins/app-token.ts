import { createPrivateKey } from "node:crypto";
import type { PermissionLevel, TokenPermissions } from "../../github/permissions.js";
import { SCOPES } from "../permissions.js";
import { note, postExecution, postResult, type StepExecution, type StepOutcome } from "../step-execution.js";
import { githubInput, input, type StandIn } from "./index.js";

/**
 * actions/create-github-app-token (v2): an installation token for the run's repository, minted
 * as a grant of the emulator (so it is enforced like any token) and revoked at the job's end
 * unless `skip-token-revoke`. The private key must be a PEM key, as the real action signs with
 * it; the permissions are the `permission-*` inputs, or by default what a release App needs
 * (contents, pull requests and issues write).
 */

const APP_SCOPES = SCOPES.filter((scope) => scope !== "id-token");
const INSTALLATION_DEFAULT: TokenPermissions = { contents: "write", "pull-requests": "write", issues: "write" };

async function run(execution: StepExecution, inputs: Record<string, string>): Promise<StepOutcome> {
  const { job } = execution.frame;
  if (!inputs["app-id"]) return { failed: true, error: "Input required and not supplied: app-id" };
  try {
    createPrivateKey(inputs["private-key"] ?? "");
  } catch {
    return { failed: true, error: "Invalid keyData: the private-key input is not a PEM private key" };
  }
  const owner = inputs.owner || String(execution.github.repository_owner);
  const repositories = (inputs.repositories || String(execution.github.repository).split("/")[1] || "").split(/[\s,]+/).filter(Boolean);
  const repository = `${owner}/${repositories[0]}`;
  if (repositories.length !== 1) return { failed: true, error: "the local stand-in of create-github-app-token makes tokens for one repository" };
  const asked = Object.fromEntries(APP_SCOPES.filter((scope) => inputs[`permission-${scope}`]).map((scope) => [scope, inputs[`permission-${scope}`] as PermissionLevel]));
  const slug = `app-${inputs["app-id"]}`;
  const grant = job.run.options.github.grants.issue(repository, Object.keys(asked).length > 0 ? asked : INSTALLATION_DEFAULT, `${slug}[bot]`);
  job.masker.add(grant.token);
  note(execution, `Created an installation token for ${repository} as ${slug}[bot]`);
  if (inputs["skip-token-revoke"] !== "true") {
    job.postSteps.push({
      name: `Post ${execution.name}`,
      run: async () => {
        job.run.options.github.grants.revoke(grant.token);
        return postResult(postExecution(execution), "success");
      },
    });
  }
  return { failed: false, outputs: { token: grant.token, "installation-id": "4242", "app-slug": slug } };
}

export const appToken: StandIn = {
  name: "actions/create-github-app-token",
  inputs: {
    "app-id": input(""),
    "private-key": input(""),
    owner: input(""),
    repositories: input(""),
    "skip-token-revoke": input("false"),
    "github-api-url": githubInput("api_url"),
    ...Object.fromEntries(APP_SCOPES.map((scope) => [`permission-${scope}`, input("")])),
  },
  run,
};
