import type { CheckRunModel, DependabotAlertModel, IssueModel, MilestoneModel, RepoModel, StatusModel } from "./state.js";

/**
 * The JSON GitHub sends for each kind of object, built from the state. Every field GitHub's
 * schema marks required is here; openapi.ts checks that on every response.
 */

const WEB = "https://github.com";
const STAMP = "2026-01-01T00:00:00Z";

const USER_LINKS = ["followers", "following", "gists", "starred", "subscriptions", "organizations", "repos", "events", "received_events"];

export function userBody(base: string, login: string, id = 1) {
  const body: Record<string, unknown> = {
    login,
    id,
    node_id: `U_${login}`,
    avatar_url: `${WEB}/${login}.png`,
    gravatar_id: "",
    url: `${base}/users/${login}`,
    html_url: `${WEB}/${login}`,
    type: "User",
    site_admin: false,
  };
  for (const link of USER_LINKS) body[`${link}_url`] = `${base}/users/${login}/${link}`;
  return body;
}

const REPO_LINKS = [
  "archive", "assignees", "blobs", "branches", "collaborators", "comments", "commits", "compare", "contents", "contributors", "deployments",
  "downloads", "events", "forks", "git_commits", "git_refs", "git_tags", "hooks", "issue_comment", "issue_events", "issues", "keys", "labels",
  "languages", "merges", "milestones", "notifications", "pulls", "releases", "stargazers", "statuses", "subscribers", "subscription", "tags",
  "teams", "trees",
];

/** A repository with every field of full-repository (a superset of repository and minimal-repository). */
export function repositoryBody(base: string, repo: RepoModel) {
  const full = `${repo.owner}/${repo.name}`;
  const body: Record<string, unknown> = {
    id: repo.id,
    node_id: `R_${repo.id}`,
    name: repo.name,
    full_name: full,
    owner: userBody(base, repo.owner),
    private: repo.private,
    html_url: `${WEB}/${full}`,
    description: null,
    fork: false,
    url: `${base}/repos/${full}`,
    clone_url: `${WEB}/${full}.git`,
    git_url: `git://github.com/${full}.git`,
    ssh_url: `git@github.com:${full}.git`,
    svn_url: `${WEB}/${full}`,
    mirror_url: null,
    homepage: null,
    language: "TypeScript",
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues: repo.issues.filter((issue) => issue.state === "open").length,
    open_issues_count: repo.issues.filter((issue) => issue.state === "open").length,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: STAMP,
    created_at: STAMP,
    updated_at: STAMP,
    network_count: 0,
    subscribers_count: 0,
    visibility: repo.private ? "private" : "public",
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
  for (const link of REPO_LINKS) body[`${link}_url`] = `${base}/repos/${full}/${link.replace(/_/g, "/")}`;
  return body;
}

export function milestoneBody(base: string, repo: RepoModel, milestone: MilestoneModel) {
  const inside = repo.issues.filter((issue) => issue.milestone === milestone.number);
  return {
    url: `${base}/repos/${repo.owner}/${repo.name}/milestones/${milestone.number}`,
    html_url: `${WEB}/${repo.owner}/${repo.name}/milestone/${milestone.number}`,
    labels_url: `${base}/repos/${repo.owner}/${repo.name}/milestones/${milestone.number}/labels`,
    id: milestone.id,
    node_id: `MI_${milestone.id}`,
    number: milestone.number,
    state: milestone.state,
    title: milestone.title,
    description: null,
    creator: userBody(base, repo.owner),
    open_issues: inside.filter((issue) => issue.state === "open").length,
    closed_issues: inside.filter((issue) => issue.state === "closed").length,
    created_at: STAMP,
    updated_at: STAMP,
    closed_at: milestone.state === "closed" ? STAMP : null,
    due_on: null,
  };
}

function labelBodies(base: string, repo: RepoModel, names: readonly string[]) {
  return names.map((name) => {
    const label = repo.labels.find((candidate) => candidate.name === name);
    return {
      id: label?.id ?? 0,
      node_id: `LA_${label?.id ?? 0}`,
      url: `${base}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(name)}`,
      name,
      description: "",
      color: label?.color ?? "ededed",
      default: false,
    };
  });
}

function milestoneOf(base: string, repo: RepoModel, issue: IssueModel) {
  const milestone = repo.milestones.find((candidate) => candidate.number === issue.milestone);
  return milestone ? milestoneBody(base, repo, milestone) : null;
}

export function issueBody(base: string, repo: RepoModel, issue: IssueModel) {
  const api = `${base}/repos/${repo.owner}/${repo.name}`;
  return {
    id: issue.id,
    node_id: `I_${issue.id}`,
    url: `${api}/issues/${issue.number}`,
    repository_url: api,
    labels_url: `${api}/issues/${issue.number}/labels{/name}`,
    comments_url: `${api}/issues/${issue.number}/comments`,
    events_url: `${api}/issues/${issue.number}/events`,
    html_url: `${WEB}/${repo.owner}/${repo.name}/${issue.pull ? "pull" : "issues"}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    title: issue.title,
    user: userBody(base, issue.author),
    labels: labelBodies(base, repo, issue.labels),
    assignee: null,
    milestone: milestoneOf(base, repo, issue),
    locked: false,
    comments: 0,
    closed_at: issue.state === "closed" ? STAMP : null,
    created_at: issue.createdAt,
    updated_at: issue.createdAt,
    author_association: "MEMBER",
    ...(issue.pull
      ? { pull_request: { url: `${api}/pulls/${issue.number}`, html_url: `${WEB}/${repo.owner}/${repo.name}/pull/${issue.number}`, diff_url: `${WEB}/${repo.owner}/${repo.name}/pull/${issue.number}.diff`, patch_url: `${WEB}/${repo.owner}/${repo.name}/pull/${issue.number}.patch`, merged_at: issue.pull.merged ? STAMP : null } }
      : {}),
  };
}

export function pullBody(base: string, repo: RepoModel, issue: IssueModel) {
  const pull = issue.pull!;
  const api = `${base}/repos/${repo.owner}/${repo.name}`;
  const link = (href: string) => ({ href });
  const side = (ref: string, sha: string) => ({ label: `${repo.owner}:${ref}`, ref, sha, user: userBody(base, repo.owner), repo: repositoryBody(base, repo) });
  return {
    url: `${api}/pulls/${issue.number}`,
    id: issue.id,
    node_id: `PR_${issue.id}`,
    html_url: `${WEB}/${repo.owner}/${repo.name}/pull/${issue.number}`,
    diff_url: `${WEB}/${repo.owner}/${repo.name}/pull/${issue.number}.diff`,
    patch_url: `${WEB}/${repo.owner}/${repo.name}/pull/${issue.number}.patch`,
    issue_url: `${api}/issues/${issue.number}`,
    commits_url: `${api}/pulls/${issue.number}/commits`,
    review_comments_url: `${api}/pulls/${issue.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${issue.number}/comments`,
    statuses_url: `${api}/statuses/${pull.headSha}`,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: userBody(base, issue.author),
    body: issue.body ?? null,
    labels: labelBodies(base, repo, issue.labels),
    milestone: milestoneOf(base, repo, issue),
    created_at: issue.createdAt,
    updated_at: issue.updatedAt ?? issue.createdAt,
    closed_at: issue.state === "closed" ? (issue.closedAt ?? STAMP) : null,
    merged_at: pull.merged ? STAMP : null,
    merge_commit_sha: null,
    assignee: null,
    draft: pull.draft,
    head: side(pull.head, pull.headSha),
    base: side(pull.base, pull.baseSha ?? "0".repeat(40)),
    _links: {
      self: link(`${api}/pulls/${issue.number}`),
      html: link(`${WEB}/${repo.owner}/${repo.name}/pull/${issue.number}`),
      issue: link(`${api}/issues/${issue.number}`),
      comments: link(`${api}/issues/${issue.number}/comments`),
      review_comments: link(`${api}/pulls/${issue.number}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${api}/pulls/${issue.number}/commits`),
      statuses: link(`${api}/statuses/${pull.headSha}`),
    },
    author_association: "MEMBER",
    auto_merge: null,
  };
}

/** A single pull request (pulls/get) carries the counters the list leaves out. */
export function fullPullBody(base: string, repo: RepoModel, issue: IssueModel) {
  const merged = issue.pull!.merged;
  return {
    ...pullBody(base, repo, issue),
    merged,
    mergeable: issue.state === "open" ? true : null,
    rebaseable: null,
    mergeable_state: issue.state === "open" ? "clean" : "unknown",
    merged_by: merged ? userBody(base, repo.owner) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: issue.pull!.maintainerCanModify ?? false,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
}

export function checkRunBody(base: string, repo: RepoModel, run: CheckRunModel) {
  const api = `${base}/repos/${repo.owner}/${repo.name}`;
  return {
    id: run.id,
    node_id: `CR_${run.id}`,
    head_sha: run.headSha,
    external_id: null,
    url: `${api}/check-runs/${run.id}`,
    html_url: `${WEB}/${repo.owner}/${repo.name}/runs/${run.id}`,
    details_url: `${WEB}/${repo.owner}/${repo.name}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: STAMP,
    completed_at: run.status === "completed" ? STAMP : null,
    output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: `${api}/check-runs/${run.id}/annotations` },
    name: run.name,
    check_suite: { id: run.id + 1 },
    app: {
      id: 15368,
      slug: run.app,
      node_id: "A_actions",
      owner: userBody(base, "github"),
      name: "GitHub Actions",
      description: null,
      external_url: "https://help.github.com/en/actions",
      html_url: `${WEB}/apps/${run.app}`,
      created_at: STAMP,
      updated_at: STAMP,
      permissions: {},
      events: [],
    },
    pull_requests: [],
  };
}

export function statusBody(base: string, repo: RepoModel, status: StatusModel) {
  return {
    url: `${base}/repos/${repo.owner}/${repo.name}/statuses/${status.sha}`,
    avatar_url: `${WEB}/ci.png`,
    id: status.id,
    node_id: `SC_${status.id}`,
    state: status.state,
    description: status.description,
    target_url: null,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    creator: userBody(base, "ci-bot"),
  };
}

export function dependabotAlertBody(base: string, repo: RepoModel, alert: DependabotAlertModel) {
  const pkg = { ecosystem: alert.ecosystem, name: alert.packageName };
  const vulnerability = {
    package: pkg,
    severity: alert.severity,
    vulnerable_version_range: alert.vulnerableRange,
    first_patched_version: alert.patched ? { identifier: alert.patched } : null,
  };
  return {
    number: alert.number,
    state: alert.state,
    dependency: { package: pkg, manifest_path: alert.manifest, scope: "runtime", relationship: "direct" },
    security_advisory: {
      ghsa_id: alert.ghsaId,
      cve_id: alert.cveId,
      summary: alert.summary,
      description: alert.summary,
      vulnerabilities: [vulnerability],
      severity: alert.severity,
      cvss: { score: 0, vector_string: null },
      cwes: [],
      identifiers: [{ type: "GHSA", value: alert.ghsaId }],
      references: [],
      published_at: STAMP,
      updated_at: STAMP,
      withdrawn_at: null,
    },
    security_vulnerability: vulnerability,
    url: `${base}/repos/${repo.owner}/${repo.name}/dependabot/alerts/${alert.number}`,
    html_url: `${WEB}/${repo.owner}/${repo.name}/security/dependabot/${alert.number}`,
    created_at: STAMP,
    updated_at: STAMP,
    dismissed_at: alert.state === "dismissed" ? STAMP : null,
    dismissed_by: null,
    dismissed_reason: alert.state === "dismissed" ? "tolerable_risk" : null,
    dismissed_comment: null,
    fixed_at: alert.state === "fixed" ? STAMP : null,
    auto_dismissed_at: null,
  };
}
