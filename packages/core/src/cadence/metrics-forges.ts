import { GitHubIssues } from "../forge/issues.js";
import { chooseReleaseForge } from "../publish/forge-choice.js";
import type { CadenceMetricsPorts } from "./metrics-run.js";

export interface MetricsForgeChoice {
  /** A GitHub token, or empty: then releases are the local folder's and issues are not read. */
  token: string;
  repository?: string;
  apiUrl?: string;
  /** The local forge's folder (publish's, .git/cadence/releases, by default). */
  localDir: string;
  log: (message: string) => void;
  /** What to say when the token is missing (the CLI names the variables, the action its input). */
  noToken: string;
}

/** The releases and issues the metrics read: GitHub's with a token, the local folder's without (and no issues). */
export function metricsForges(choice: MetricsForgeChoice): Pick<CadenceMetricsPorts, "releases" | "issues" | "noIssuesReason"> {
  const api = choice.apiUrl ? { apiUrl: choice.apiUrl } : {};
  const repository = choice.repository ? { repository: choice.repository } : {};
  const releases = chooseReleaseForge({ token: choice.token, requireToken: false, localDir: choice.localDir, ...repository, ...api, log: choice.log });
  if (!choice.token) return { releases, noIssuesReason: choice.noToken };
  if (!choice.repository) return { releases, noIssuesReason: "no repository: pass --repository OWNER/NAME or set GITHUB_REPOSITORY" };
  const baseUrl = choice.apiUrl ? { baseUrl: choice.apiUrl } : {};
  return { releases, issues: GitHubIssues.create({ token: choice.token, repository: choice.repository, ...baseUrl, log: choice.log }) };
}
