import { existsSync, realpathSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { throwProblems } from "../calendar/config.js";
import type { ConfigSection } from "../config/section.js";
import type { SourceLocation } from "../errors/index.js";
import { BOT_IDENTITY } from "../identity/committer.js";
import { canonicalJson, sha256 } from "../plan/plan.js";
import { globProblem, normalizePath, relativePathProblem } from "./paths.js";
import type { CommitIdentity, ConflictStrategy, Delivery, Endpoint, EndpointKind, SyncConfig, SyncOptions, SyncType } from "./types.js";

type Raw = Record<string, unknown>;
type Problem = { text: string; location: SourceLocation | undefined };

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/**
 * Reads the `sync:` list of .github/cadence.yml (the schema has already checked its shape) and
 * checks what a schema cannot: unique ids, one of target/targets, paths that stay inside their
 * endpoint, globs that compile, locations of the right form for their kind. Every problem is
 * reported at once, each with file:line:col.
 */
export function parseSyncConfig(section: ConfigSection, repositoryRoot: string, committer: CommitIdentity = BOT_IDENTITY): SyncConfig[] {
  const list = Array.isArray(section.value) ? (section.value as unknown[]) : [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const syncs: SyncConfig[] = [];
  list.forEach((entry, index) => {
    const raw = (entry ?? {}) as Raw;
    const at = (...path: Array<string | number>) => section.locate([index, ...path]);
    const problem = (text: string, ...path: Array<string | number>) => problems.push({ text: `sync[${index}]${text}`, location: at(...path) });
    const syncId = String(raw.sync_id ?? "");
    if (seen.has(syncId)) problem(`.sync_id '${syncId}' is used by an earlier sync; each sync needs its own id`, "sync_id");
    seen.add(syncId);

    const source = endpoint((raw.source ?? {}) as Raw, "source", ["source"]);
    if (source.kind === "file") checkFolder(source, ["source"]);
    const rawTargets = raw.targets !== undefined ? (raw.targets as Raw[]) : raw.target !== undefined ? [raw.target as Raw] : [];
    if (raw.targets !== undefined && raw.target !== undefined) problem(": give either target or targets, not both", "targets");
    if (rawTargets.length === 0) problem(": has no target; add target (one) or targets (a list)");
    const targets = rawTargets.map((item, position) => {
      const path = raw.targets !== undefined ? ["targets", position] : ["target"];
      const target = endpoint(item ?? {}, "target", path);
      if (target.kind === "file") checkFolder(target, path);
      return target;
    });
    const ids = new Set<string>();
    targets.forEach((target, position) => {
      if (ids.has(target.id)) problem(`: two targets are both named '${target.id}'; give each an id`, ...(raw.targets !== undefined ? ["targets", position] : ["target"]));
      ids.add(target.id);
    });

    const options = parseOptions((raw.options ?? {}) as Raw, syncId, String(raw.name ?? syncId), targets, problem, committer);
    const filters = (raw.filters ?? {}) as Raw;
    const include = strings(filters.include);
    const exclude = strings(filters.exclude);
    for (const [key, globs] of [["include", include], ["exclude", exclude]] as const) {
      globs.forEach((glob, position) => {
        const wrong = globProblem(glob);
        if (wrong) problem(`.filters.${key}[${position}] '${glob}' ${wrong}`, "filters", key, position);
      });
    }
    const schedule = (raw.schedule ?? {}) as Raw;
    const trigger = (schedule.trigger ?? (schedule.cron !== undefined ? "cron" : "manual")) as SyncConfig["schedule"]["trigger"];
    const cron = typeof schedule.cron === "string" ? schedule.cron : undefined;
    if (trigger === "cron" && cron === undefined) problem(".schedule: trigger cron needs a cron expression (five fields, e.g. '0 6 * * 1')", "schedule");
    if (cron !== undefined && cron.trim().split(/\s+/).length !== 5) problem(`.schedule.cron '${cron}' must have five fields (minute hour day month weekday)`, "schedule", "cron");
    if (cron !== undefined && trigger !== "cron") problem(`.schedule.cron is set but trigger is ${trigger}; set trigger: cron`, "schedule", "trigger");
    const notifications = (raw.notifications ?? {}) as Raw;
    const where = at();
    syncs.push({
      syncId,
      name: String(raw.name ?? syncId),
      type: (raw.type ?? "cross_repo") as SyncType,
      source,
      targets,
      options,
      filters: { include, exclude },
      schedule: { trigger, ...(cron !== undefined ? { cron } : {}) },
      notifications: { onSuccess: strings(notifications.on_success), onFailure: strings(notifications.on_failure) },
      configDigest: `sha256:${sha256(canonicalJson(raw))}`,
      ...(where ? { where } : {}),
    });

    function endpoint(item: Raw, role: "source" | "target", path: Array<string | number>): Endpoint {
      const kind = String(item.type ?? "") as EndpointKind;
      const location = String(item.location ?? "");
      const name = path.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("");
      const folder = (key: "path", value: unknown): string => {
        if (typeof value !== "string") return "";
        const wrong = relativePathProblem(value, { root: true });
        if (wrong) problem(`${name}.${key} '${value}' ${wrong}`, ...path, key);
        return wrong ? "" : normalizePath(value);
      };
      const locationProblem = checkLocation(kind, location);
      if (locationProblem) problem(`${name}.location ${locationProblem}`, ...path, "location");
      const repository = typeof item.repository === "string" ? item.repository : kind === "api" ? apiRepository(location) : githubRepository(location);
      const where = section.locate([index, ...path]);
      return {
        kind,
        location,
        ...(typeof item.branch === "string" ? { branch: item.branch } : {}),
        path: folder("path", item.path),
        ...(typeof item.credentials === "string" ? { credentials: item.credentials.replace(/^env:/, "") } : {}),
        ...(repository ? { repository } : {}),
        ...(typeof item.registry === "string" ? { registry: item.registry } : {}),
        createBranch: item.create_branch === true,
        id: typeof item.id === "string" ? item.id : role === "target" ? defaultTargetId(kind, location) : location,
        ...(where ? { where } : {}),
      };
    }

    function checkFolder(target: Endpoint, path: Array<string | number>): void {
      const wrong = folderProblem(repositoryRoot, target.location);
      if (wrong) problem(`${path.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("")}.location '${target.location}' ${wrong}`, ...path, "location");
    }
  });
  throwProblems(problems);
  return syncs;
}

function parseOptions(raw: Raw, syncId: string, name: string, targets: Endpoint[], problem: (text: string, ...path: Array<string | number>) => void, fallback: CommitIdentity): SyncOptions {
  const conflictStrategy = (raw.conflict_strategy ?? "fail") as ConflictStrategy;
  const delivery = (raw.delivery ?? "pull_request") as Delivery;
  if (raw.delivery === "pull_request" && targets.some((target) => target.kind === "file")) {
    problem(".options.delivery: a file target has no pull requests; its files are written directly (leave delivery out or set push)", "options", "delivery");
  }
  const manifest = typeof raw.manifest === "string" ? raw.manifest : `.github/cadence-sync/${syncId}.json`;
  const manifestProblem = relativePathProblem(manifest);
  if (manifestProblem) problem(`.options.manifest '${manifest}' ${manifestProblem}`, "options", "manifest");
  const prTitle = typeof raw.pr_title === "string" ? raw.pr_title : `chore(sync): ${name}`;
  const prBranch = typeof raw.pr_branch === "string" ? raw.pr_branch : "cadence-sync/{sync_id}/{branch}";
  if (prBranch.split("/").some((part) => part === "" || part.startsWith(".") || part.endsWith(".lock")) || prBranch.includes("..") || /\{(?!sync_id\}|branch\})/.test(prBranch)) {
    problem(`.options.pr_branch '${prBranch}' is not a valid branch name (parts separated by '/', none empty or starting with '.'; {sync_id} and {branch} are filled in)`, "options", "pr_branch");
  }
  const committer = raw.committer as CommitIdentity | undefined;
  const smoke = Array.isArray(raw.smoke) ? raw.smoke.map(String) : undefined;
  return {
    dryRunRequired: true,
    approvalRequired: raw.approval_required === true,
    ...(typeof raw.approver === "string" ? { approver: raw.approver } : {}),
    conflictStrategy,
    delivery,
    maxFileSize: typeof raw.max_file_size === "number" ? raw.max_file_size : DEFAULT_MAX_FILE_SIZE,
    manifest: manifestProblem ? "" : normalizePath(manifest),
    prBranch,
    prTitle,
    commitMessage: typeof raw.commit_message === "string" ? raw.commit_message : prTitle,
    committer: committer ? { name: committer.name, email: committer.email } : { name: fallback.name, email: fallback.email },
    ...(smoke ? { smoke } : {}),
  };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

const SCP_LIKE = /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:(?!\/\/)/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** What is wrong with a location for its kind, or undefined. Never repeats a secret found in it. */
export function checkLocation(kind: EndpointKind, location: string): string | undefined {
  switch (kind) {
    case "git": {
      if (/^[a-z][a-z0-9+.-]*:\/\/[^/@]*:[^/@]*@/i.test(location) || /^https?:\/\/[^/@]+@/i.test(location)) {
        return "carries a credential; put the token in an environment variable and name it in credentials";
      }
      if (/^(https?|ssh|git|file):\/\//i.test(location) || SCP_LIKE.test(location)) return undefined;
      return `'${location}' is not a git URL (https://…, ssh://…, git@host:path or file:///…)`;
    }
    case "api":
      return REPOSITORY.test(apiRepository(location) ?? "") ? undefined : `'${location}' must be a GitHub repository owner/name`;
    case "registry":
      return /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*(@[^\s@]+)?$/i.test(location) ? undefined : `'${location}' must be an npm package name with an optional @version or @tag`;
    case "file": {
      const wrong = relativePathProblem(location, { root: true });
      return wrong ? `'${location}' ${wrong}` : undefined;
    }
    default:
      return undefined;
  }
}

/** A folder location must exist inside the repository, also once symbolic links are resolved. */
function folderProblem(root: string, location: string): string | undefined {
  if (relativePathProblem(location, { root: true })) return undefined; // said already by checkLocation
  const full = resolve(root, location);
  if (!existsSync(full)) return undefined; // a missing folder is said when it is read (target: created)
  const real = realpathSync(full);
  const inside = relative(realpathSync(root), real);
  if (inside.startsWith("..") || isAbsolute(inside)) return "leaves the repository through a symbolic link";
  return undefined;
}

function apiRepository(location: string): string | undefined {
  const match = /^(?:https:\/\/github\.com\/)?([^/\s]+\/[^/\s]+?)(?:\.git)?\/?$/.exec(location);
  return match?.[1];
}

function githubRepository(location: string): string | undefined {
  const match = /^(?:https:\/\/github\.com\/|git@github\.com:)([^/\s]+\/[^/\s]+?)(?:\.git)?\/?$/.exec(location);
  return match?.[1];
}

function defaultTargetId(kind: EndpointKind, location: string): string {
  if (kind === "api") return apiRepository(location) ?? location;
  return githubRepository(location) ?? location.replace(/\/+$/, "");
}
