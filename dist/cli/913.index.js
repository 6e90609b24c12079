export const id = 913;
export const ids = [913,503];
export const modules = {

/***/ 2913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  syncCommand: () => (/* binding */ syncCommand),
  syncHelp: () => (/* binding */ syncHelp)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/inputs/fields.ts
var inputs_fields = __webpack_require__(1874);
;// CONCATENATED MODULE: ./packages/core/src/sync/matrix.ts
/** The most jobs one GitHub Actions matrix may generate. */
const MATRIX_LIMIT = 256;
/**
 * The apply matrix: one leg per target (the target's own entry) while they fit in `maxLegs`;
 * beyond that the targets, in order, split into at most `maxLegs` shards of nearly equal size.
 */
function applyMatrix(targets, maxLegs, planHash) {
    if (targets.length <= maxLegs)
        return [...targets];
    const size = Math.ceil(targets.length / maxLegs);
    const count = Math.ceil(targets.length / size);
    return Array.from({ length: count }, (_, index) => ({
        shard: `${index + 1} of ${count}`,
        planHash,
        targets: targets.slice(index * size, (index + 1) * size).map(({ syncId, target, planHash }) => ({ syncId, target, planHash })),
    }));
}
const PLAN_HASH = /^sha256:[0-9a-f]{64}$/;
/** Reads the `targets` input of a shard leg: a JSON list of { syncId, target, planHash }; a string says what is wrong. */
function parseTargetSelection(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return `targets must be a JSON list of { syncId, target, planHash } (a shard of the apply-matrix output): ${error.message}`;
    }
    if (!Array.isArray(value) || value.length === 0)
        return "targets must be a non-empty JSON list of { syncId, target, planHash } (a shard of the apply-matrix output)";
    const chosen = [];
    for (const [index, entry] of value.entries()) {
        const { syncId, target, planHash } = (entry ?? {});
        if (typeof syncId !== "string" || typeof target !== "string" || typeof planHash !== "string" || !PLAN_HASH.test(planHash)) {
            return `targets[${index}] must have syncId, target and planHash (sha256:<64 hex digits>), not ${JSON.stringify(entry)}`;
        }
        chosen.push({ syncId, target, planHash });
    }
    return chosen;
}

;// CONCATENATED MODULE: ./packages/core/src/sync/inputs.ts


/** Checks the inputs together and reports every problem at once. */
function parseSyncInputs(raw) {
    const fields = new inputs_fields/* InputFields */.a({ root: raw.cwd, scratch: raw.scratch });
    const mode = fields.oneOf("mode", raw.mode, ["dry-run", "apply"]) ?? "dry-run";
    const inputs = { cwd: raw.cwd, mode };
    const planHash = fields.planHash("plan-hash", raw.planHash);
    if (planHash !== undefined)
        inputs.planHash = planHash;
    for (const [key, name, scratch] of [["planFile", "plan-file", true], ["configPath", "config", false], ["outDir", "out-dir", true]]) {
        const path = fields.path(name, raw[key], { scratch });
        if (path !== undefined)
            inputs[key] = path;
    }
    for (const key of ["syncId", "target", "approvedBy"]) {
        const clean = fields.text(raw[key]);
        if (clean !== undefined)
            inputs[key] = clean;
    }
    const legs = fields.text(raw.maxMatrixLegs);
    if (legs !== undefined) {
        if (/^\d+$/.test(legs) && Number(legs) >= 1 && Number(legs) <= MATRIX_LIMIT)
            inputs.maxMatrixLegs = Number(legs);
        else
            fields.problem(`max-matrix-legs must be a whole number from 1 to ${MATRIX_LIMIT} (what a matrix holds), not '${legs}'`);
    }
    const selection = fields.text(raw.targets);
    if (selection !== undefined) {
        const parsed = parseTargetSelection(selection);
        if (typeof parsed === "string")
            fields.problem(parsed);
        else
            inputs.targets = parsed;
        if (mode !== "apply")
            fields.problem("targets is for mode apply (a shard of the dry-run's apply-matrix output)");
        for (const [key, name] of [["target", "target"], ["syncId", "sync-id"], ["planFile", "plan-file"]]) {
            if (inputs[key] !== undefined)
                fields.problem(`targets names the sync and target of each entry: leave ${name} out`);
        }
    }
    const artifact = fields.text(raw.artifactName);
    if (artifact !== undefined) {
        if (/^[^"/:<>|*?\\\r\n]+$/.test(artifact))
            inputs.artifactName = artifact;
        else
            fields.problem(`artifact-name must not contain " : < > | * ? / \\ or line breaks, not '${artifact}'`);
    }
    if (mode === "apply" && planHash === undefined && fields.text(raw.planHash) === undefined) {
        fields.problem("apply needs the plan hash of a dry-run (plan-hash): run the dry-run first, review its report, then apply with its plan hash");
    }
    if (mode === "dry-run" && planHash !== undefined)
        fields.problem("plan-hash is for mode apply; a dry-run makes a new plan (leave plan-hash out, or set mode: apply)");
    fields.check();
    return inputs;
}

// EXTERNAL MODULE: ./packages/core/src/inputs/paths.ts
var paths = __webpack_require__(9563);
// EXTERNAL MODULE: ./packages/core/src/adapters/reporter-terminal.ts
var reporter_terminal = __webpack_require__(1206);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/adapters/files.ts + 1 modules
var adapters_files = __webpack_require__(3848);
// EXTERNAL MODULE: ./packages/core/src/config/load.ts + 6 modules
var load = __webpack_require__(1522);
// EXTERNAL MODULE: ./packages/core/src/config/section.ts
var config_section = __webpack_require__(7167);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/identity/committer.ts
var identity_committer = __webpack_require__(7296);
// EXTERNAL MODULE: ./packages/core/src/plan/apply.ts + 1 modules
var apply = __webpack_require__(2184);
;// CONCATENATED MODULE: ./packages/core/src/sync/apply.ts


/**
 * Applies one target's plan: its effects in order (each skipped when already done), then the
 * smoke command on the synced files, then a second look at every effect to verify the target
 * holds what the plan said. A failure is this target's alone: it is returned, never thrown, so
 * the next target is applied all the same.
 */
async function applyTarget(target, context) {
    const { endpoint, reporter, sync } = context;
    if (!target.work || !target.state)
        return { outcome: { status: "failed", error: target.message ?? "the target could not be planned" }, verified: false };
    if (target.alreadyApplied)
        return { outcome: { status: "skipped" }, verified: true };
    if (target.status === "conflict" || target.status === "blocked" || target.status === "error") {
        return { outcome: { status: "failed", error: target.message ?? target.status }, verified: false };
    }
    const raw = endpoint.handlers(target.state, target.work);
    const handlers = context.wrapHandler ? Object.fromEntries(Object.entries(raw).map(([kind, handler]) => [kind, context.wrapHandler(kind, handler)])) : raw;
    try {
        const result = await reporter.group(`sync ${sync.syncId} → ${target.target.id}`, () => (0,apply/* applyPlan */.g)(target.plan, handlers, { dryRun: false, reporter }));
        const allSkipped = result.outcomes.length === 0 || result.outcomes.every((outcome) => outcome.status === "skipped");
        let verified = true;
        for (const effect of target.plan.effects)
            if (!(await raw[effect.kind].isDone(effect)))
                verified = false;
        const facts = endpoint.appliedFacts ? await endpoint.appliedFacts() : {};
        const outcome = { status: allSkipped && target.plan.effects.length > 0 ? "skipped" : "success", ...facts };
        if (sync.options.smoke) {
            const smoke = await runSmoke(sync.options.smoke, endpoint, context.commands);
            if (smoke)
                outcome.smoke = smoke;
        }
        return { outcome, verified };
    }
    catch (error) {
        return { outcome: { status: "failed", error: (0,errors/* describeError */.Uc)(error) }, verified: false };
    }
}
async function runSmoke(argv, endpoint, commands) {
    const folder = endpoint.smokeFolder ? await endpoint.smokeFolder() : undefined;
    if (!folder)
        return undefined;
    const [command, ...args] = argv;
    try {
        const result = await commands.run(command, args, { cwd: folder });
        const output = `${result.stdout}${result.stderr}`.slice(-4000);
        return { passed: result.exitCode === 0, output };
    }
    catch (error) {
        return { passed: false, output: (0,errors/* describeError */.Uc)(error) };
    }
}

// EXTERNAL MODULE: ./packages/core/src/calendar/config.ts
var config = __webpack_require__(928);
// EXTERNAL MODULE: ./packages/core/src/plan/plan.ts
var plan_plan = __webpack_require__(1070);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/core/src/sync/paths.ts

/**
 * Path rules of the sync. Every path it reads or writes is relative, uses `/`, and stays inside
 * its endpoint: no `..`, no absolute path, nothing inside a `.git` folder. A rule broken is said
 * as one sentence naming the path.
 */
/** The problem with a relative path, or undefined when it is fine. `""` (the root) is fine when allowed. */
function relativePathProblem(path, options = {}) {
    if (path === "" || path === ".")
        return options.root ? undefined : "is empty";
    if (path.includes("\0"))
        return "contains a NUL character";
    if (path.includes("\\"))
        return "contains a backslash; write paths with '/'";
    if (path.startsWith("/") || /^[A-Za-z]:/.test(path))
        return "is absolute; write it relative to the endpoint's root";
    const parts = path.split("/");
    if (parts.includes(".."))
        return "leaves its root through '..'";
    if (parts.some((part) => part.toLowerCase() === ".git"))
        return "points into a .git folder";
    return undefined;
}
/** `./a//b/` → `a/b`; "" for the root. Assumes relativePathProblem found nothing. */
function normalizePath(path) {
    return path
        .split("/")
        .filter((part) => part !== "" && part !== ".")
        .join("/");
}
/** `folder` + `path`, either may be the root "". */
function joinPath(folder, path) {
    if (folder === "")
        return path;
    if (path === "")
        return folder;
    return `${folder}/${path}`;
}
/** The part of `path` below `folder`, or undefined when it is not below it. */
function below(folder, path) {
    if (folder === "")
        return path;
    return path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined;
}
/** Options of every glob the sync compiles: dotfiles (`.github/…`) match like any file. */
const GLOB_OPTIONS = { dot: true, strictBrackets: true };
/** The problem with a filter glob, or undefined. */
function globProblem(glob) {
    const path = glob.replace(/^!/, "");
    if (path.startsWith("/"))
        return "is absolute; globs match paths relative to the source";
    if (path.split("/").includes(".."))
        return "leaves the source through '..'";
    try {
        picomatch_default().makeRe(glob, GLOB_OPTIONS);
        return undefined;
    }
    catch (error) {
        return `is not a valid glob: ${error.message}`;
    }
}
/** A test for source paths: in some include glob (all when none) and in no exclude glob. */
function pathFilter(include, exclude) {
    const included = include.length > 0 ? picomatch_default()([...include], GLOB_OPTIONS) : () => true;
    const excluded = exclude.length > 0 ? picomatch_default()([...exclude], GLOB_OPTIONS) : () => false;
    return (path) => included(path) && !excluded(path);
}
/**
 * Where a symbolic link at `path` with the text `link` points, relative to the endpoint's root;
 * undefined when it points outside the root (or is absolute): such a link is never followed.
 */
function linkTarget(path, link) {
    if (link.startsWith("/") || link.includes("\\") || /^[A-Za-z]:/.test(link))
        return undefined;
    const parts = path.split("/").slice(0, -1);
    for (const part of link.split("/")) {
        if (part === "" || part === ".")
            continue;
        if (part === "..") {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join("/");
}
/**
 * Pairs of paths that differ only by letter case, among `paths`: on macOS and Windows they are
 * one file, so a sync that writes both (or renames one to the other) breaks those checkouts.
 */
function caseCollisions(paths) {
    const seen = new Map();
    const pairs = [];
    for (const path of paths.keys()) {
        // Only a path with a letter that lowercasing changes can meet another one by case: the rest
        // (nearly all, usually) cost one test, and no copy of the whole list is made.
        if (!MAY_FOLD.test(path))
            continue;
        const folded = path.toLowerCase();
        if (folded === path)
            continue;
        const other = seen.get(folded) ?? (paths.has(folded) ? folded : undefined);
        if (other !== undefined)
            pairs.push([other, path]);
        else
            seen.set(folded, path);
    }
    return pairs;
}
const MAY_FOLD = /[A-Z\u0080-\uffff]/;

;// CONCATENATED MODULE: ./packages/core/src/sync/config.ts






const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/**
 * Reads the `sync:` list of .github/cadence.yml (the schema has already checked its shape) and
 * checks what a schema cannot: unique ids, one of target/targets, paths that stay inside their
 * endpoint, globs that compile, locations of the right form for their kind. Every problem is
 * reported at once, each with file:line:col.
 */
function parseSyncConfig(section, repositoryRoot, committer = identity_committer/* BOT_IDENTITY */.br) {
    const list = Array.isArray(section.value) ? section.value : [];
    const problems = [];
    const seen = new Set();
    const syncs = [];
    list.forEach((entry, index) => {
        const raw = (entry ?? {});
        const at = (...path) => section.locate([index, ...path]);
        const problem = (text, ...path) => problems.push({ text: `sync[${index}]${text}`, location: at(...path) });
        const syncId = String(raw.sync_id ?? "");
        if (seen.has(syncId))
            problem(`.sync_id '${syncId}' is used by an earlier sync; each sync needs its own id`, "sync_id");
        seen.add(syncId);
        const source = endpoint((raw.source ?? {}), "source", ["source"]);
        if (source.kind === "file")
            checkFolder(source, ["source"]);
        const rawTargets = raw.targets !== undefined ? raw.targets : raw.target !== undefined ? [raw.target] : [];
        if (raw.targets !== undefined && raw.target !== undefined)
            problem(": give either target or targets, not both", "targets");
        if (rawTargets.length === 0)
            problem(": has no target; add target (one) or targets (a list)");
        const targets = rawTargets.map((item, position) => {
            const path = raw.targets !== undefined ? ["targets", position] : ["target"];
            const target = endpoint(item ?? {}, "target", path);
            if (target.kind === "file")
                checkFolder(target, path);
            return target;
        });
        const ids = new Set();
        targets.forEach((target, position) => {
            if (ids.has(target.id))
                problem(`: two targets are both named '${target.id}'; give each an id`, ...(raw.targets !== undefined ? ["targets", position] : ["target"]));
            ids.add(target.id);
        });
        const options = parseOptions((raw.options ?? {}), syncId, String(raw.name ?? syncId), targets, problem, committer);
        const filters = (raw.filters ?? {});
        const include = strings(filters.include);
        const exclude = strings(filters.exclude);
        for (const [key, globs] of [["include", include], ["exclude", exclude]]) {
            globs.forEach((glob, position) => {
                const wrong = globProblem(glob);
                if (wrong)
                    problem(`.filters.${key}[${position}] '${glob}' ${wrong}`, "filters", key, position);
            });
        }
        const schedule = (raw.schedule ?? {});
        const trigger = (schedule.trigger ?? (schedule.cron !== undefined ? "cron" : "manual"));
        const cron = typeof schedule.cron === "string" ? schedule.cron : undefined;
        if (trigger === "cron" && cron === undefined)
            problem(".schedule: trigger cron needs a cron expression (five fields, e.g. '0 6 * * 1')", "schedule");
        if (cron !== undefined && cron.trim().split(/\s+/).length !== 5)
            problem(`.schedule.cron '${cron}' must have five fields (minute hour day month weekday)`, "schedule", "cron");
        if (cron !== undefined && trigger !== "cron")
            problem(`.schedule.cron is set but trigger is ${trigger}; set trigger: cron`, "schedule", "trigger");
        const notifications = (raw.notifications ?? {});
        const where = at();
        syncs.push({
            syncId,
            name: String(raw.name ?? syncId),
            type: (raw.type ?? "cross_repo"),
            source,
            targets,
            options,
            filters: { include, exclude },
            schedule: { trigger, ...(cron !== undefined ? { cron } : {}) },
            notifications: { onSuccess: strings(notifications.on_success), onFailure: strings(notifications.on_failure) },
            configDigest: `sha256:${(0,plan_plan/* sha256 */.sc)((0,plan_plan/* canonicalJson */.dj)(raw))}`,
            ...(where ? { where } : {}),
        });
        function endpoint(item, role, path) {
            const kind = String(item.type ?? "");
            const location = String(item.location ?? "");
            const name = path.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("");
            const folder = (key, value) => {
                if (typeof value !== "string")
                    return "";
                const wrong = relativePathProblem(value, { root: true });
                if (wrong)
                    problem(`${name}.${key} '${value}' ${wrong}`, ...path, key);
                return wrong ? "" : normalizePath(value);
            };
            const locationProblem = checkLocation(kind, location);
            if (locationProblem)
                problem(`${name}.location ${locationProblem}`, ...path, "location");
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
        function checkFolder(target, path) {
            const wrong = folderProblem(repositoryRoot, target.location);
            if (wrong)
                problem(`${path.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("")}.location '${target.location}' ${wrong}`, ...path, "location");
        }
    });
    (0,config/* throwProblems */.Jh)(problems);
    return syncs;
}
function parseOptions(raw, syncId, name, targets, problem, fallback) {
    const conflictStrategy = (raw.conflict_strategy ?? "fail");
    const delivery = (raw.delivery ?? "pull_request");
    if (raw.delivery === "pull_request" && targets.some((target) => target.kind === "file")) {
        problem(".options.delivery: a file target has no pull requests; its files are written directly (leave delivery out or set push)", "options", "delivery");
    }
    const manifest = typeof raw.manifest === "string" ? raw.manifest : `.github/cadence-sync/${syncId}.json`;
    const manifestProblem = relativePathProblem(manifest);
    if (manifestProblem)
        problem(`.options.manifest '${manifest}' ${manifestProblem}`, "options", "manifest");
    const prTitle = typeof raw.pr_title === "string" ? raw.pr_title : `chore(sync): ${name}`;
    const prBranch = typeof raw.pr_branch === "string" ? raw.pr_branch : "cadence-sync/{sync_id}/{branch}";
    if (prBranch.split("/").some((part) => part === "" || part.startsWith(".") || part.endsWith(".lock")) || prBranch.includes("..") || /\{(?!sync_id\}|branch\})/.test(prBranch)) {
        problem(`.options.pr_branch '${prBranch}' is not a valid branch name (parts separated by '/', none empty or starting with '.'; {sync_id} and {branch} are filled in)`, "options", "pr_branch");
    }
    const committer = raw.committer;
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
function strings(value) {
    return Array.isArray(value) ? value.map(String) : [];
}
const SCP_LIKE = /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:(?!\/\/)/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** What is wrong with a location for its kind, or undefined. Never repeats a secret found in it. */
function checkLocation(kind, location) {
    switch (kind) {
        case "git": {
            if (/^[a-z][a-z0-9+.-]*:\/\/[^/@]*:[^/@]*@/i.test(location) || /^https?:\/\/[^/@]+@/i.test(location)) {
                return "carries a credential; put the token in an environment variable and name it in credentials";
            }
            if (/^(https?|ssh|git|file):\/\//i.test(location) || SCP_LIKE.test(location))
                return undefined;
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
function folderProblem(root, location) {
    if (relativePathProblem(location, { root: true }))
        return undefined; // said already by checkLocation
    const full = (0,external_node_path_.resolve)(root, location);
    if (!(0,external_node_fs_.existsSync)(full))
        return undefined; // a missing folder is said when it is read (target: created)
    const real = (0,external_node_fs_.realpathSync)(full);
    const inside = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(root), real);
    if (inside.startsWith("..") || (0,external_node_path_.isAbsolute)(inside))
        return "leaves the repository through a symbolic link";
    return undefined;
}
function apiRepository(location) {
    const match = /^(?:https:\/\/github\.com\/)?([^/\s]+\/[^/\s]+?)(?:\.git)?\/?$/.exec(location);
    return match?.[1];
}
function githubRepository(location) {
    const match = /^(?:https:\/\/github\.com\/|git@github\.com:)([^/\s]+\/[^/\s]+?)(?:\.git)?\/?$/.exec(location);
    return match?.[1];
}
function defaultTargetId(kind, location) {
    if (kind === "api")
        return apiRepository(location) ?? location;
    return githubRepository(location) ?? location.replace(/\/+$/, "");
}

// EXTERNAL MODULE: ./packages/core/src/forge/github.ts
var github = __webpack_require__(8366);
// EXTERNAL MODULE: ./packages/core/src/forge/errors.ts
var forge_errors = __webpack_require__(798);
;// CONCATENATED MODULE: ./packages/core/src/sync/github/git-data.ts



/**
 * The Git database of one GitHub repository through the REST API (Octokit with the retry and
 * throttling plugins): refs, commits, trees, blobs. A dry-run of N files that changed reads the
 * ref, the commit, one recursive tree and N blobs: unchanged files cost no request.
 */
class GitHubGitData {
    octokit;
    repository;
    owner;
    repo;
    /** Requests made, for the bench and for people who watch their rate limit. */
    requests = 0;
    constructor(octokit, repository) {
        this.octokit = octokit;
        this.repository = repository;
        const [owner, repo] = repository.split("/");
        this.owner = owner;
        this.repo = repo;
    }
    async call(operation, body, options = {}) {
        this.requests++;
        try {
            return await body();
        }
        catch (error) {
            const failure = (0,github/* toForgeError */.Zf)(error, `${operation} (${this.repository})`);
            if (options.missing && failure.status === 404)
                return undefined;
            if (failure.status === 404)
                throw new errors/* ConfigurationError */.j1(`${this.repository} does not exist on GitHub, or the token cannot read it (${operation} answered 404)`);
            throw failure;
        }
    }
    async defaultBranch() {
        const data = await this.call("GET /repos/{owner}/{repo}", async () => (await this.octokit.rest.repos.get({ owner: this.owner, repo: this.repo })).data);
        return data.default_branch;
    }
    /** The commit a branch points at, or undefined when there is no such branch. */
    async branchHead(branch) {
        return this.call("GET git/ref", async () => {
            const { data } = await this.octokit.rest.git.getRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}` });
            // GitHub answers a prefix with a list of matching refs: only an exact match counts.
            if (Array.isArray(data))
                return undefined;
            return data.ref === `refs/heads/${branch}` ? data.object.sha : undefined;
        }, { missing: true });
    }
    async commit(sha) {
        const data = (await this.call("GET git/commits", async () => (await this.octokit.rest.git.getCommit({ owner: this.owner, repo: this.repo, commit_sha: sha })).data));
        return { sha: data.sha, tree: data.tree.sha, parents: data.parents.map((parent) => parent.sha), message: data.message, committerEmail: data.committer.email ?? "", author: `${data.author.name ?? ""} <${data.author.email ?? ""}>` };
    }
    /** Every entry of a tree, recursively: one request, or one per folder when GitHub cuts the list. */
    async treeRecursive(sha) {
        const data = (await this.call("GET git/trees", async () => (await this.octokit.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: sha, recursive: "1" })).data));
        if (!data.truncated)
            return data.tree.map(item);
        return this.walk(sha, "");
    }
    async walk(sha, prefix) {
        const data = (await this.call("GET git/trees", async () => (await this.octokit.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: sha })).data));
        const items = [];
        for (const entry of data.tree.map(item)) {
            const path = prefix ? `${prefix}/${entry.path}` : entry.path;
            items.push({ ...entry, path });
            if (entry.type === "tree")
                items.push(...(await this.walk(entry.sha, path)));
        }
        return items;
    }
    /** A blob's bytes, or undefined when the repository has no such object. */
    async blob(sha) {
        const data = await this.call("GET git/blobs", async () => (await this.octokit.rest.git.getBlob({ owner: this.owner, repo: this.repo, file_sha: sha })).data, { missing: true });
        if (!data)
            return undefined;
        return Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8");
    }
    async createBlob(bytes) {
        const data = (await this.call("POST git/blobs", async () => (await this.octokit.rest.git.createBlob({ owner: this.owner, repo: this.repo, content: bytes.toString("base64"), encoding: "base64" })).data));
        return data.sha;
    }
    async createTree(base, tree) {
        const entries = tree.map((entry) => ({ path: entry.path, mode: entry.mode, type: (entry.mode === "160000" ? "commit" : "blob"), ...(entry.content !== undefined ? { content: entry.content } : { sha: entry.sha ?? null }) }));
        const data = (await this.call("POST git/trees", async () => (await this.octokit.rest.git.createTree({ owner: this.owner, repo: this.repo, tree: entries, ...(base ? { base_tree: base } : {}) })).data));
        return data.sha;
    }
    async createCommit(message, tree, parents, identity, date) {
        const who = { name: identity.name, email: identity.email, date: date.toISOString().replace(/\.\d{3}Z$/, "Z") };
        const data = (await this.call("POST git/commits", async () => (await this.octokit.rest.git.createCommit({ owner: this.owner, repo: this.repo, message, tree, parents, author: who, committer: who })).data));
        return data.sha;
    }
    async createBranch(branch, sha) {
        await this.call("POST git/refs", () => this.octokit.rest.git.createRef({ owner: this.owner, repo: this.repo, ref: `refs/heads/${branch}`, sha }));
    }
    /** Moves a branch; without force only a fast-forward (GitHub answers 422 otherwise). */
    async moveBranch(branch, sha, force) {
        try {
            await this.call("PATCH git/refs", () => this.octokit.rest.git.updateRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}`, sha, force }));
        }
        catch (error) {
            if (error instanceof forge_errors/* ForgeError */.Q && error.status === 422)
                throw new errors/* ConfigurationError */.j1(`${branch} in ${this.repository} moved since the plan was made (${error.message}); run the dry-run again`);
            throw error;
        }
    }
}
function item(entry) {
    return { path: entry.path ?? "", mode: entry.mode ?? "100644", type: (entry.type ?? "blob"), sha: entry.sha ?? "", ...(entry.size !== undefined ? { size: entry.size } : {}) };
}

// EXTERNAL MODULE: ./packages/core/src/sync/github/github-pulls.ts
var github_pulls = __webpack_require__(2327);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./packages/core/src/adapters/git-process.ts
var git_process = __webpack_require__(2554);
;// CONCATENATED MODULE: ./packages/core/src/sync/git-run.ts



/**
 * Runs one git command with bytes in and out. The sync's plumbing (fetch, ls-tree, hash-object,
 * update-index, commit-tree, push, merge-file) needs an environment of its own per command and
 * binary output, which the repository's Git port does not offer.
 */
function runGit(args, options) {
    return new Promise((resolve, reject) => {
        // Never a prompt for a password, never a hook or a user's editor.
        const env = { ...(0,git_process/* gitEnvironment */._K)(), GIT_ASKPASS: "echo", SSH_ASKPASS: "echo", GIT_EDITOR: "true", ...options.env };
        const child = (0,external_node_child_process_.spawn)((0,git_process/* gitExecutable */.x$)(), [...args], { cwd: options.cwd, env, stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
        const out = [];
        let err = "";
        child.stdout.on("data", (chunk) => out.push(chunk));
        child.stderr.on("data", (chunk) => {
            err = (err + chunk.toString("utf8")).slice(-16_384);
        });
        child.on("error", (error) => reject(new errors/* GitError */.XS(`could not run git: ${error.message}`, args, -1, "")));
        if (child.stdin) {
            child.stdin.on("error", () => undefined);
            child.stdin.end(options.input);
        }
        child.on("close", (code) => {
            const exit = code ?? 128;
            const result = { stdout: Buffer.concat(out), stderr: err, code: exit };
            if (exit === 0 || options.allowCodes?.includes(exit))
                resolve(result);
            else
                reject(new errors/* GitError */.XS(`git ${args.find((arg) => !arg.startsWith("-")) ?? ""} failed with exit code ${exit}`, args, exit, err));
        });
    });
}
/** The last line git wrote to stderr that says something, for messages. */
function gitSaid(error) {
    if (error instanceof errors/* GitError */.XS) {
        const lines = error.stderr
            .split("\n")
            .map((line) => line.trim())
            .filter((line) => line !== "" && !/^hint:/.test(line));
        return lines.slice(-2).join(" ") || error.message;
    }
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./packages/core/src/sync/git/cat-file.ts


/**
 * One `git cat-file --batch` for a whole run: blobs asked by id, answered in order. Reading the
 * thousand changed files of a dry-run costs one process, not a thousand.
 */
class CatFile {
    gitDir;
    child;
    queue = [];
    buffer = Buffer.alloc(0);
    failure;
    constructor(gitDir) {
        this.gitDir = gitDir;
    }
    /** The blob's bytes, or undefined when the repository does not have it. */
    read(sha) {
        if (this.failure)
            return Promise.reject(this.failure);
        const child = this.start();
        return new Promise((resolve, reject) => {
            this.queue.push({ sha, resolve, reject });
            child.stdin.write(`${sha}\n`);
        });
    }
    /** Ends the process (the run closes every endpoint in the end, so none is left behind). */
    close() {
        this.child?.stdin?.end();
        this.child = undefined;
    }
    start() {
        if (this.child)
            return this.child;
        const child = (0,external_node_child_process_.spawn)((0,git_process/* gitExecutable */.x$)(), ["--git-dir", this.gitDir, "cat-file", "--batch"], { env: (0,git_process/* gitEnvironment */._K)(), stdio: ["pipe", "pipe", "pipe"] });
        child.stdout.on("data", (chunk) => {
            this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
            this.drain();
        });
        child.stderr.on("data", () => undefined);
        child.stdin.on("error", () => undefined);
        const fail = (error) => {
            this.failure = error;
            for (const waiting of this.queue.splice(0))
                waiting.reject(error);
        };
        child.on("error", fail);
        child.on("close", () => {
            if (this.queue.length > 0)
                fail(new Error("git cat-file ended before it answered"));
        });
        this.child = child;
        return child;
    }
    /** Hands out every whole answer in the buffer: `<sha> <type> <size>\n<bytes>\n` or `<sha> missing\n`. */
    drain() {
        while (this.queue.length > 0) {
            const end = this.buffer.indexOf(10);
            if (end === -1)
                return;
            const header = this.buffer.subarray(0, end).toString("utf8");
            if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
                this.buffer = this.buffer.subarray(end + 1);
                this.queue.shift().resolve(undefined);
                continue;
            }
            const size = Number(header.split(" ")[2]);
            if (this.buffer.length < end + 1 + size + 1)
                return;
            const bytes = Buffer.from(this.buffer.subarray(end + 1, end + 1 + size));
            this.buffer = this.buffer.subarray(end + 1 + size + 1);
            this.queue.shift().resolve(bytes);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/sync/git/workspace.ts







const ZERO = "0".repeat(40);
/**
 * A temporary bare repository where a sync fetches its git source and targets (shallow, one
 * commit each) and builds commits with plumbing (a temporary index, write-tree, commit-tree):
 * nothing is checked out, so a sync of 100k files writes no 100k files. Blobs fetched from the
 * source serve the targets' commits without being read into memory.
 */
class GitWorkspace {
    gitDir;
    cat;
    constructor() {
        this.gitDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "cadence-sync-git-"));
        this.cat = new CatFile(this.gitDir);
    }
    async init() {
        await runGit(["init", "--bare", "-q", this.gitDir], { cwd: (0,external_node_os_.tmpdir)() });
        // No background gc in a repository that lives for one run.
        await this.git(["config", "gc.auto", "0"]);
    }
    git(args, options = {}) {
        return runGit(["--git-dir", this.gitDir, ...args], { ...options, cwd: this.gitDir });
    }
    /**
     * The environment that hands a token to git for one URL's host, as actions/checkout does
     * (an `http.<url>.extraheader`), through GIT_CONFIG_* variables: never in a URL, an argument
     * list, or a file.
     */
    static credentials(url, token) {
        if (!token || !/^https?:\/\//i.test(url))
            return {};
        const origin = new URL(url).origin;
        const basic = Buffer.from(`x-access-token:${token}`, "utf8").toString("base64");
        return { GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: `http.${origin}/.extraheader`, GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` };
    }
    /** Default branch and the named heads, in one round trip; an unreachable remote is a clear error. */
    async remoteHeads(url, token, branches) {
        let output;
        try {
            output = (await this.git(["ls-remote", "--symref", url, "HEAD", ...branches.map((branch) => `refs/heads/${branch}`)], { env: GitWorkspace.credentials(url, token) })).stdout.toString("utf8");
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`cannot read the git repository ${url}: ${gitSaid(error)}`);
        }
        const heads = new Map();
        let defaultBranch;
        let headSha;
        for (const line of output.split("\n")) {
            const symref = /^ref: refs\/heads\/(.+)\tHEAD$/.exec(line);
            if (symref)
                defaultBranch = symref[1];
            const head = /^([0-9a-f]{40})\trefs\/heads\/(.+)$/.exec(line);
            if (head)
                heads.set(head[2], head[1]);
            const remoteHead = /^([0-9a-f]{40})\tHEAD$/.exec(line);
            if (remoteHead)
                headSha = remoteHead[1];
        }
        // HEAD's line gives the default branch's head without listing every branch.
        if (defaultBranch && headSha && !heads.has(defaultBranch))
            heads.set(defaultBranch, headSha);
        return { ...(defaultBranch ? { defaultBranch } : {}), heads };
    }
    /** Fetches one commit of a branch (no history) into a ref of this workspace. */
    async fetch(url, token, branch, ref, depth = 1) {
        try {
            await this.git(["fetch", "-q", "--no-tags", `--depth=${depth}`, url, `+refs/heads/${branch}:${ref}`], { env: GitWorkspace.credentials(url, token) });
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`cannot fetch ${branch} from ${url}: ${gitSaid(error)}`);
        }
        return (await this.git(["rev-parse", ref])).stdout.toString("utf8").trim();
    }
    /** Fetches the rest of a branch's history (for the base of a three-way merge); quietly nothing when it cannot. */
    async deepen(url, token, branch, ref) {
        await this.git(["fetch", "-q", "--no-tags", "--unshallow", url, `+refs/heads/${branch}:${ref}`], { env: GitWorkspace.credentials(url, token) }).catch(() => undefined);
    }
    /** Every file of a commit's tree (submodules left out), and the paths. */
    async listTree(commit) {
        const output = (await this.git(["ls-tree", "-r", "-z", "-l", "--full-tree", commit])).stdout;
        const files = new Map();
        const paths = [];
        let start = 0;
        while (start < output.length) {
            const end = output.indexOf(0, start);
            const line = output.subarray(start, end === -1 ? output.length : end).toString("utf8");
            start = end === -1 ? output.length : end + 1;
            const tab = line.indexOf("\t");
            const [mode, type, sha, size] = line.slice(0, tab).split(/ +/);
            const path = line.slice(tab + 1);
            if (type !== "blob")
                continue;
            paths.push(path);
            files.set(path, { sha: sha, mode: mode, size: Number(size) });
        }
        return { files, paths };
    }
    /** A blob's bytes, or undefined when this repository does not have it. */
    readBlob(sha) {
        return this.cat.read(sha);
    }
    /** Of these object ids, the ones this repository does not have (one process for all). */
    async missingObjects(shas) {
        if (shas.length === 0)
            return new Set();
        const output = (await this.git(["cat-file", "--batch-check"], { input: `${shas.join("\n")}\n` })).stdout.toString("utf8");
        return new Set(output
            .split("\n")
            .filter((line) => line.endsWith(" missing"))
            .map((line) => line.slice(0, -" missing".length)));
    }
    /** Writes blobs for files on disk (absolute paths), as they are (no filters): their ids, in order. */
    async writeFiles(paths) {
        if (paths.length === 0)
            return [];
        const output = await this.git(["hash-object", "-w", "--no-filters", "--stdin-paths"], { input: `${paths.join("\n")}\n` });
        return output.stdout.toString("utf8").trim().split("\n");
    }
    async writeBlob(bytes) {
        return (await this.git(["hash-object", "-w", "--no-filters", "--stdin"], { input: bytes })).stdout.toString("utf8").trim();
    }
    /**
     * The tree of `base` (a commit, or "" for none) with the changes made: through a temporary index,
     * `write-tree --missing-ok`, so a plan can name the tree before the blobs are written.
     */
    async buildTree(base, changes) {
        const index = (0,external_node_path_.join)(this.gitDir, `index-${process.pid}-${Math.random().toString(36).slice(2)}`);
        const env = { GIT_INDEX_FILE: index };
        try {
            await this.git(base ? ["read-tree", base] : ["read-tree", "--empty"], { env });
            const lines = changes.map((change) => {
                const problem = relativePathProblem(change.path);
                if (problem)
                    throw new errors/* ConfigurationError */.j1(`the path ${change.path} ${problem}`);
                return change.entry ? `${change.entry.mode} ${change.entry.sha}\t${change.path}\0` : `0 ${ZERO}\t${change.path}\0`;
            });
            if (lines.length > 0)
                await this.git(["update-index", "-z", "--index-info"], { env, input: lines.join("") });
            return (await this.git(["write-tree", "--missing-ok"], { env })).stdout.toString("utf8").trim();
        }
        finally {
            (0,external_node_fs_.rmSync)(index, { force: true });
        }
    }
    /** A commit of `tree` on `parent` by `identity`, at `date`: identity given explicitly, never taken from a gitconfig. */
    async commit(tree, parent, message, identity, date) {
        const when = `${Math.floor(date.getTime() / 1000)} +0000`;
        const env = { GIT_AUTHOR_NAME: identity.name, GIT_AUTHOR_EMAIL: identity.email, GIT_AUTHOR_DATE: when, GIT_COMMITTER_NAME: identity.name, GIT_COMMITTER_EMAIL: identity.email, GIT_COMMITTER_DATE: when };
        const args = ["commit-tree", tree, ...(parent ? ["-p", parent] : []), "-F", "-"];
        return (await this.git(args, { env, input: message })).stdout.toString("utf8").trim();
    }
    async commitInfo(sha) {
        const text = (await this.git(["cat-file", "commit", sha])).stdout.toString("utf8");
        const split = text.indexOf("\n\n");
        const headers = text.slice(0, split).split("\n");
        const field = (name) => headers.filter((line) => line.startsWith(`${name} `)).map((line) => line.slice(name.length + 1));
        const committer = field("committer")[0] ?? "";
        return { tree: field("tree")[0] ?? "", parents: field("parent"), message: text.slice(split + 2), committerEmail: /<([^>]*)>/.exec(committer)?.[1] ?? "", author: (field("author")[0] ?? "").replace(/ \d+ [+-]\d{4}$/, "") };
    }
    /**
     * Pushes a commit to a branch. `lease`: the head the branch must still have (undefined: it must
     * not exist) for a forced update; without a lease only a fast-forward is pushed.
     */
    async push(url, token, commit, branch, options = {}) {
        const forced = options.lease !== undefined;
        const args = ["push", "-q", "--no-verify", ...(forced ? [`--force-with-lease=refs/heads/${branch}:${options.lease ?? ""}`] : []), url, `${forced ? "+" : ""}${commit}:refs/heads/${branch}`];
        try {
            await this.git(args, { env: GitWorkspace.credentials(url, token) });
        }
        catch (error) {
            const said = gitSaid(error);
            if (error instanceof errors/* GitError */.XS && /stale info|non-fast-forward|fetch first|rejected/i.test(error.stderr)) {
                throw new errors/* ConfigurationError */.j1(`${branch} in ${url} moved since the plan was made (${said}); run the dry-run again`);
            }
            throw new errors/* ConfigurationError */.j1(`cannot push to ${branch} in ${url}: ${said}`);
        }
    }
    close() {
        this.cat.close();
        (0,external_node_fs_.rmSync)(this.gitDir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/sync/blob.ts

/**
 * git's id for file content: sha-1 of `blob <size>\0` and the bytes. Both sides of a sync are
 * compared by it, so a folder, a git tree and a GitHub tree listing (which gives these ids
 * without reading a byte) all speak the same language.
 */
function blobSha(bytes) {
    return (0,external_node_crypto_.createHash)("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
/** git's test for binary content: a NUL byte in the first 8000 bytes. */
function isBinary(bytes) {
    const end = Math.min(bytes.length, 8000);
    for (let index = 0; index < end; index++)
        if (bytes[index] === 0)
            return true;
    return false;
}
function sameEntry(a, b) {
    if (!a || !b)
        return a === b;
    return a.sha === b.sha && a.mode === b.mode;
}
/**
 * One digest over files and their ids, in path order: what a target or a source looked like,
 * in 64 hex digits. Paths are sorted by their UTF-16 code units, the same on every machine.
 */
function filesDigest(files) {
    return pathsDigest(files.keys(), (path) => entryText(files.get(path)));
}
/** A digest of one line per path (`describe(path)`), in path order. */
function pathsDigest(paths, describe) {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    // The default sort compares UTF-16 code units; lines are hashed in batches, not one call each.
    let batch = "";
    for (const path of [...paths].sort()) {
        batch += `${describe(path)}\t${path}\n`;
        if (batch.length > 65_536) {
            hash.update(batch);
            batch = "";
        }
    }
    hash.update(batch);
    return `sha256:${hash.digest("hex")}`;
}
function entryText(entry) {
    return entry ? `${entry.mode} ${entry.sha}` : "absent";
}

;// CONCATENATED MODULE: ./packages/core/src/sync/types.ts
/** The seed's sync types: which way the files go, for people and records; the mechanics are the same. */
const SYNC_TYPES = (/* unused pure expression or super */ null && (["upstream", "downstream", "cross_repo", "config"]));
const ENDPOINT_KINDS = (/* unused pure expression or super */ null && (["git", "file", "api", "registry"]));
const CONFLICT_STRATEGIES = (/* unused pure expression or super */ null && (["fail", "theirs", "ours", "merge"]));
const DELIVERIES = (/* unused pure expression or super */ null && (["pull_request", "push"]));
const REGULAR = "100644";
const EXECUTABLE = "100755";
const SYMLINK = "120000";

// EXTERNAL MODULE: ./packages/core/src/adapters/heap.ts
var heap = __webpack_require__(4258);
;// CONCATENATED MODULE: ./packages/core/src/sync/endpoints/scan-core.ts




/**
 * Walks `input.root` (never into .git) and gives each file git's blob id and mode, as `git add`
 * would: executables 100755, links 120000 with their text as content. `select` says which paths
 * to read (all when absent). Synchronous: at 100k files a system call is a few microseconds, and
 * a trip through libuv's threads costs more.
 */
function scanTree(input, onFile, select) {
    const out = { paths: [], problems: [] };
    // One read buffer for the walk: 100k small files read without 100k allocations.
    const buffer = Buffer.allocUnsafe(1 << 20);
    const prefixLength = input.prefix ? input.prefix.length + 1 : 0;
    // Each size's `blob <size>\0` header, made once: most files of a tree share a few sizes.
    const headers = [];
    const gitHash = (file, size) => {
        if (size + HEADER_ROOM < buffer.length) {
            // The bytes go after room for the header, which is copied in front of them afterwards; one
            // call then hashes the whole blob (crypto.hash): no hash object per file for the collector.
            // Asks for one byte more than fstat said: a file of that size is read in one call (the short
            // read is its end), and one that grew since shows it. No second call to read nothing.
            let read = 0;
            while (read <= size) {
                const want = size + 1 - read;
                const bytes = (0,external_node_fs_.readSync)(file, buffer, HEADER_ROOM + read, want, read);
                read += bytes;
                if (bytes === 0 || (bytes < want && read >= size))
                    break;
            }
            if (read !== size)
                throw new Error(`a file changed while it was read (${size} bytes, then ${read})`);
            const header = size < HEADER_CACHE ? (headers[size] ??= blobHeader(size)) : blobHeader(size);
            const start = HEADER_ROOM - header.length;
            header.copy(buffer, start);
            return (0,external_node_crypto_.hash)("sha1", buffer.subarray(start, HEADER_ROOM + read), "hex");
        }
        const pieces = (0,external_node_crypto_.createHash)("sha1").update(blobHeader(size));
        let position = 0;
        for (let bytes; (bytes = (0,external_node_fs_.readSync)(file, buffer, 0, buffer.length, position)) > 0; position += bytes)
            pieces.update(buffer.subarray(0, bytes));
        if (position !== size)
            throw new Error(`a file changed while it was read (${size} bytes, then ${position})`);
        return pieces.digest("hex");
    };
    const walk = (dir, prefix) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (error) {
            if (error.code === "ENOENT" && dir === input.root)
                return;
            throw error;
        }
        for (const entry of entries) {
            const name = entry.name;
            const path = prefix === "" ? name : `${prefix}/${name}`;
            const full = `${dir}/${name}`;
            if (entry.isDirectory()) {
                if (name !== ".git")
                    walk(full, path);
                continue;
            }
            if (!entry.isFile() && !entry.isSymbolicLink())
                continue;
            out.paths.push(path);
            // A long walk keeps nearly all it reads: V8's young generation need not double for it.
            if (out.paths.length === 10_000)
                (0,heap/* keepYoungGenerationSmall */.D)();
            if (select && !select(path))
                continue;
            if (entry.isSymbolicLink()) {
                const link = (0,external_node_fs_.readlinkSync)(full);
                if (input.confineLinks && linkTarget(path.slice(prefixLength), link) === undefined) {
                    out.problems.push({ path, reason: `is a symbolic link to ${link}, outside the source; it is never followed` });
                    continue;
                }
                const bytes = Buffer.from(link, "utf8");
                onFile(path, (0,external_node_crypto_.hash)("sha1", Buffer.concat([Buffer.from(`blob ${bytes.length}\0`, "latin1"), bytes]), "hex"), "120000", bytes.length);
                continue;
            }
            const file = (0,external_node_fs_.openSync)(full, external_node_fs_.constants.O_RDONLY);
            try {
                const stat = (0,external_node_fs_.fstatSync)(file);
                if (input.maxFileSize !== undefined && stat.size > input.maxFileSize) {
                    out.problems.push({ path, reason: `is ${stat.size} bytes, over the limit of ${input.maxFileSize} (options.max_file_size)` });
                    continue;
                }
                onFile(path, gitHash(file, stat.size), stat.mode & 0o111 ? "100755" : "100644", stat.size);
            }
            finally {
                (0,external_node_fs_.closeSync)(file);
            }
        }
    };
    walk(input.root.replace(/\/+$/, ""), input.prefix);
    return out;
}
/** Room kept in front of a file's bytes for its header (`blob ` and up to 20 digits and a NUL fit). */
const HEADER_ROOM = 32;
/** Headers of files below this size are kept for the walk. */
const HEADER_CACHE = 1 << 16;
function blobHeader(size) {
    return Buffer.from(`blob ${size}\0`, "latin1");
}

;// CONCATENATED MODULE: ./packages/core/src/sync/endpoints/folder.ts





/** Walks a folder (see scanTree) into a files map, reading only what `options` select. */
function scanFolder(root, options = {}) {
    const files = new Map();
    // The entry held for the path just selected: scanTree reads a selected file and hands it to
    // onFile before it selects the next one, so each path is looked up once, not twice.
    let held;
    const select = options.onlyKnown || options.hash
        ? (path) => {
            held = options.known?.(path);
            return (!options.onlyKnown || held !== undefined) && (!options.hash || options.hash(path));
        }
        : undefined;
    const onFile = (path, sha, mode, size) => {
        // An entry already held for the same content is used again: one object per file, not two.
        const same = select ? held : options.known?.(path);
        files.set(path, same && same.sha === sha && same.mode === mode ? same : { sha, mode, size });
    };
    const input = { root, prefix: options.prefix ?? "", ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}), confineLinks: options.confineLinks ?? false };
    const { paths, problems } = scanTree(input, onFile, select);
    return { files, paths, problems };
}
/** Reads files of a folder by their path: a link's text for links, the bytes otherwise. */
function folderReader(root) {
    return {
        async read(path, entry) {
            const full = (0,external_node_path_.join)(root, ...path.split("/"));
            return entry.mode === SYMLINK ? Buffer.from((0,external_node_fs_.readlinkSync)(full), "utf8") : (0,external_node_fs_.readFileSync)(full);
        },
    };
}
/** The entry of one file of a folder by its path, or undefined when there is no file there. */
function entryAt(root, path) {
    const full = (0,external_node_path_.join)(root, ...path.split("/"));
    let stat;
    try {
        stat = (0,external_node_fs_.lstatSync)(full);
    }
    catch {
        return undefined;
    }
    if (stat.isSymbolicLink()) {
        const bytes = Buffer.from((0,external_node_fs_.readlinkSync)(full), "utf8");
        return { sha: blobSha(bytes), mode: SYMLINK, size: bytes.length };
    }
    if (!stat.isFile())
        return undefined;
    const bytes = (0,external_node_fs_.readFileSync)(full);
    return { sha: blobSha(bytes), mode: stat.mode & 0o111 ? EXECUTABLE : REGULAR, size: bytes.length };
}

;// CONCATENATED MODULE: ./packages/core/src/sync/endpoints/file-source.ts





/** A folder as a source: `location` (inside the repository) and `path` below it. */
class FolderSource {
    folder;
    describe;
    constructor(
    /** The folder the sync reads: location/path, absolute. */
    folder, describe) {
        this.folder = folder;
        this.describe = describe;
    }
    async read(include, maxFileSize) {
        if (!(0,external_node_fs_.existsSync)(this.folder) || !(0,external_node_fs_.statSync)(this.folder).isDirectory()) {
            throw new errors/* ConfigurationError */.j1(`the source folder ${this.describe} does not exist`);
        }
        const scan = scanFolder(this.folder, { hash: include, maxFileSize, confineLinks: true });
        for (const [a, b] of caseCollisions(scan.files))
            scan.problems.push({ path: b, reason: `differs from ${a} only by letter case; macOS and Windows checkouts hold both as one file` });
        if (scan.problems.length > 0)
            throw refusedFiles(this.describe, scan.problems);
        return { revision: `folder ${this.describe}`, files: scan.files, reader: folderReader(this.folder), folder: this.folder };
    }
    async close() { }
}
/** One error for every source file that cannot be synced: links leading out, files too large. */
function refusedFiles(describe, problems) {
    const lines = problems.map((problem) => `${problem.path} ${problem.reason}`);
    const more = lines.length > 1 ? ` (and ${lines.length - 1} more)` : "";
    return new errors/* ConfigurationError */.j1(`the source ${describe} has files that cannot be synced: ${lines[0]}${more}`, undefined, lines);
}
function folderOf(root, location, path) {
    return (0,external_node_path_.join)(root, ...location.split("/"), ...path.split("/").filter(Boolean));
}

;// CONCATENATED MODULE: ./packages/core/src/sync/endpoints/api-source.ts




/** A GitHub repository as a source through the REST API: one tree listing, then only the blobs a plan reads. */
class ApiSource {
    api;
    endpoint;
    constructor(api, endpoint) {
        this.api = api;
        this.endpoint = endpoint;
    }
    async read(include, maxFileSize) {
        const branch = this.endpoint.branch ?? (await this.api.defaultBranch());
        const head = await this.api.branchHead(branch);
        if (!head)
            throw new errors/* ConfigurationError */.j1(`the source ${this.api.repository} has no branch ${branch}`);
        const commit = await this.api.commit(head);
        const files = new Map();
        const problems = [];
        for (const item of await this.api.treeRecursive(commit.tree)) {
            if (item.type !== "blob")
                continue;
            const inside = below(this.endpoint.path, item.path);
            if (inside === undefined || !include(inside))
                continue;
            const size = item.size ?? 0;
            if (size > maxFileSize) {
                problems.push({ path: inside, reason: `is ${size} bytes, over the limit of ${maxFileSize} (options.max_file_size)` });
                continue;
            }
            if (item.mode === SYMLINK) {
                const link = (await this.api.blob(item.sha))?.toString("utf8") ?? "";
                if (linkTarget(inside, link) === undefined) {
                    problems.push({ path: inside, reason: `is a symbolic link to ${link}, outside the source; it is never followed` });
                    continue;
                }
            }
            files.set(inside, { sha: item.sha, mode: item.mode, size });
        }
        for (const [a, b] of caseCollisions(files))
            problems.push({ path: b, reason: `differs from ${a} only by letter case; macOS and Windows checkouts hold both as one file` });
        if (problems.length > 0)
            throw refusedFiles(this.api.repository, problems);
        const api = this.api;
        return {
            revision: `${this.api.repository}@${branch} ${head}`,
            files,
            reader: {
                async read(path, entry) {
                    const bytes = await api.blob(entry.sha);
                    if (!bytes)
                        throw new Error(`GitHub has no blob ${entry.sha} for ${path}`);
                    return bytes;
                },
            },
            blob: (sha) => api.blob(sha),
        };
    }
    async close() { }
}

;// CONCATENATED MODULE: ./packages/core/src/sync/manifest.ts



/**
 * The manifest's text: sorted keys, one file a line, no time stamps (the same files give the same
 * bytes). Written line by line rather than through JSON.stringify of an object: at 100k files the
 * object and its indented text were a second and tens of megabytes more.
 */
function renderManifest(manifest) {
    const files = [];
    const modes = [];
    for (const [path, entry] of inPathOrder(manifest.files)) {
        const key = JSON.stringify(path);
        files.push(`  ${key}: "${entry.sha}"`);
        if (entry.mode !== REGULAR)
            modes.push(`  ${key}: "${entry.mode}"`);
    }
    const parts = [` "cadence-sync": 1`, ` "sync_id": ${JSON.stringify(manifest.syncId)}`, ` "files": ${block(files)}`];
    if (modes.length > 0)
        parts.push(` "modes": ${block(modes)}`);
    if (manifest.pending)
        parts.push(` "pending": ${JSON.stringify({ plan_hash: manifest.pending.planHash, changes: manifest.pending.changes })}`);
    if (manifest.applied)
        parts.push(` "applied": ${JSON.stringify(manifest.applied)}`);
    return `{\n${parts.join(",\n")}\n}\n`;
}
function block(lines) {
    return lines.length === 0 ? "{}" : `{\n${lines.join(",\n")}\n }`;
}
/**
 * The entries of a map in path order (UTF-16 code units, byCodeUnits' order). A map filled in
 * that order (the planner's, a manifest read back) is taken as it is: no sort, no lookups.
 */
function inPathOrder(files) {
    let previous;
    for (const path of files.keys()) {
        if (previous !== undefined && !(previous < path)) {
            // The default sort compares UTF-16 code units.
            return [...files.keys()].sort().map((key) => [key, files.get(key)]);
        }
        previous = path;
    }
    return files;
}
/** Whether two manifests manage the same files with the same contents (no text made). */
function sameFiles(a, b) {
    if (a.size !== b.size)
        return false;
    // Maps filled in the same order (a manifest read back, the planner's) are compared side by
    // side; a path where they part is looked up.
    const others = b.entries();
    for (const [path, entry] of a) {
        const next = others.next().value;
        const other = next !== undefined && next[0] === path ? next[1] : b.get(path);
        if (!other || other.sha !== entry.sha || other.mode !== entry.mode)
            return false;
    }
    return true;
}
/** Reads a manifest; a damaged one is refused (deleting by a wrong record would lose files). */
function parseManifest(text, where, syncId, known) {
    let json;
    let block;
    try {
        // The files block as renderManifest writes it is read line by line: JSON.parse of an object
        // with 100k keys, and walking it, took about a second. Anything else is read as JSON.
        block = filesBlock(text);
        json = JSON.parse(block ? `${text.slice(0, block.start)}{}${text.slice(block.end)}` : text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`the sync manifest ${where} is not valid JSON (${error.message}); restore it from the target's history or delete it to start over`);
    }
    if (json["cadence-sync"] !== 1 || typeof json.files !== "object" || json.files === null) {
        throw new errors/* ConfigurationError */.j1(`${where} is not a cadence sync manifest (no "cadence-sync": 1 and files); restore it or choose another options.manifest`);
    }
    if (json.sync_id !== syncId) {
        throw new errors/* ConfigurationError */.j1(`the sync manifest ${where} belongs to sync '${String(json.sync_id)}', not '${syncId}'; give each sync its own options.manifest`);
    }
    const files = new Map();
    const modes = json.modes;
    const add = (path, sha) => {
        if (typeof sha !== "string" || !SHA.test(sha) || (!plainPath(path) && relativePathProblem(path))) {
            throw new errors/* ConfigurationError */.j1(`the sync manifest ${where} lists '${path}', which is not a relative path with a blob id; restore the manifest`);
        }
        const mode = modes?.[path] ?? REGULAR;
        // The source's entry when it is the same content: one object and one id string, not two.
        const same = known?.get(path);
        files.set(path, same && same.sha === sha && same.mode === mode ? same : { sha, mode, size: -1 });
    };
    if (!block) {
        for (const [path, sha] of Object.entries(json.files))
            add(path, sha);
    }
    else {
        const { paths, shaAt } = block;
        for (let index = 0; index < paths.length; index++) {
            const path = paths[index];
            const at = shaAt[index];
            // The same, without an id string cut out of the text for it (the source's id is a valid one).
            const same = known?.get(path);
            const held = same !== undefined && same.sha.length === 40 && text.startsWith(same.sha, at) && same.mode === (modes?.[path] ?? REGULAR);
            if (held && (plainPath(path) || !relativePathProblem(path)))
                files.set(path, same);
            else
                add(path, text.slice(at, at + 40));
        }
    }
    const pending = json.pending && typeof json.pending.plan_hash === "string" ? { planHash: json.pending.plan_hash, changes: json.pending.changes ?? {} } : undefined;
    return { syncId, files, ...(pending ? { pending } : {}), ...(typeof json.applied === "string" ? { applied: json.applied } : {}) };
}
const SHA = /^[0-9a-f]{40}$/;
/** Surely fine without a closer look: not empty, no leading '/' or '.', no '/.' (so no '..' or '.git'), no backslash or NUL. */
function plainPath(path) {
    return path !== "" && path[0] !== "/" && path[0] !== "." && !path.includes("/.") && !path.includes("\\") && !path.includes("\0");
}
const FILES_OPEN = '\n "files": {\n';
const SHA_PART = '": "';
/**
 * The files of a manifest in renderManifest's layout (one `  "path": "sha"` a line), with where
 * the block's braces are; undefined when the text is laid out otherwise or a line does not fit.
 * Lines are taken apart by position in the text: no string per line, no regular expression per
 * line (either was a tenth of a 100k-file dry-run). The blob ids are checked by the caller.
 */
function filesBlock(text) {
    const open = text.indexOf(FILES_OPEN);
    if (open === -1)
        return undefined;
    const start = open + FILES_OPEN.length - 2;
    const close = text.indexOf("\n }", start);
    if (close === -1)
        return undefined;
    const paths = [];
    const shaAt = [];
    const bodyStart = start + 2;
    if (bodyStart < close) {
        // Lines are separated by ",\n" (a path's own newline is written escaped).
        for (let at = bodyStart;;) {
            const separator = text.indexOf(",\n", at);
            const end = separator === -1 || separator + 2 > close ? close : separator;
            const path = fileLine(text, at, end);
            if (path === undefined)
                return undefined;
            paths.push(path);
            shaAt.push(end - 41);
            if (end === close)
                break;
            at = end + 2;
        }
    }
    return { start, end: close + 3, paths, shaAt };
}
/**
 * The path of one `  "path": "sha"` line (text[at, end)) as renderManifest writes it, or
 * undefined when the line has another shape. The blob id is the 40 characters before the end.
 */
function fileLine(text, at, end) {
    // Two spaces, a quoted path of at least one character, '": "', 40 characters, '"'.
    if (end - at < 49 || !text.startsWith('  "', at) || text.charCodeAt(end - 1) !== 34)
        return undefined;
    if (!text.startsWith(SHA_PART, end - 45))
        return undefined;
    const key = text.slice(at + 3, end - 45);
    if (!key.includes("\\"))
        return key.includes('"') ? undefined : key;
    try {
        const path = JSON.parse(`"${key}"`);
        return typeof path === "string" ? path : undefined;
    }
    catch {
        return undefined;
    }
}
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/core/src/sync/endpoints/commits.ts
/**
 * How the sync marks its commits: trailers naming the sync and the target plan hash, made by
 * the configured identity. A head without them (or made by someone else) is a person's commit.
 */
const SYNC_TRAILER = "Cadence-Sync";
const PLAN_TRAILER = "Cadence-Sync-Plan";
function commitMessage(sync, sourceRevision, planHash) {
    return [sync.options.commitMessage, "", `Synced by cadence sync from ${sync.source.location} (${sourceRevision}).`, "", `${SYNC_TRAILER}: ${sync.syncId}`, `${PLAN_TRAILER}: ${planHash}`, ""].join("\n");
}
function isOwnCommit(info, sync) {
    return info.committerEmail === sync.options.committer.email && new RegExp(`^${SYNC_TRAILER}: ${commits_escape(sync.syncId)}$`, "m").test(info.message);
}
function planTrailer(message) {
    return new RegExp(`^${PLAN_TRAILER}: (sha256:[0-9a-f]{64})$`, "m").exec(message)?.[1];
}
/** The sync's branch for a target branch: the configured name with {sync_id} and {branch} filled in. */
function prBranchName(sync, branch) {
    return sync.options.prBranch.replace(/\{sync_id\}/g, sync.syncId).replace(/\{branch\}/g, branch);
}
function commits_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

;// CONCATENATED MODULE: ./packages/core/src/sync/endpoints/pull-effects.ts

/**
 * The pull request of a sync branch: opened once, then updated in place (title and body, which
 * carry the report and the plan hash); closed when the target already has the source's files.
 * Done when GitHub already shows exactly that.
 */
function pullRequestHandlers(pulls, target, work, remember) {
    const forge = () => {
        if (!pulls)
            throw new errors/* ConfigurationError */.j1(`the pull request for ${target.id} needs its GitHub repository and a token: set target.repository (owner/name) and credentials, or options.delivery: push`);
        return pulls;
    };
    return {
        "sync-pull-request": {
            isDone: async (effect) => {
                const open = await forge().findOpen(String(effect.head), String(effect.base));
                if (open && open.title === String(effect.title) && open.body === work.pullRequestBody()) {
                    remember(open.url);
                    return true;
                }
                return false;
            },
            run: async (effect) => {
                const open = await forge().findOpen(String(effect.head), String(effect.base));
                const pull = { title: String(effect.title), body: work.pullRequestBody() };
                const result = open ? await forge().update(open.number, pull) : await forge().create({ head: String(effect.head), base: String(effect.base), ...pull });
                remember(result.url);
            },
        },
        "sync-pull-close": {
            isDone: async (effect) => (await forge().findOpen(String(effect.head), String(effect.base))) === undefined,
            run: async (effect) => {
                const open = await forge().findOpen(String(effect.head), String(effect.base));
                if (open)
                    await forge().close(open.number);
            },
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/sync/endpoints/api-target.ts






/**
 * A GitHub repository as a target through the REST git-data API, with no clone: observed by its
 * branch ref, head commit and one recursive tree listing (blob ids for every file, so unchanged
 * files are compared without a request), changed by one tree and one commit built on the
 * observed head. Text goes inline in the tree; binary files as blobs. The tree the plan names is
 * worked out locally with git, so the plan (and its hash) says exactly what GitHub will hold.
 */
class ApiTarget {
    api;
    workspace;
    sync;
    target;
    source;
    clock;
    pulls;
    branch = "";
    prBranch = "";
    head = "";
    baseTree = "";
    listing = [];
    lastCommit;
    lastPull;
    constructor(api, workspace, sync, target, source, clock, pulls) {
        this.api = api;
        this.workspace = workspace;
        this.sync = sync;
        this.target = target;
        this.source = source;
        this.clock = clock;
        this.pulls = pulls;
    }
    async observe(_source) {
        const branch = this.target.branch ?? (await this.api.defaultBranch());
        this.branch = branch;
        const pullRequests = this.sync.options.delivery === "pull_request";
        let head = await this.api.branchHead(branch);
        let createFrom;
        if (!head) {
            const fallback = this.target.branch ? await this.api.branchHead(await this.api.defaultBranch()) : undefined;
            if (!this.target.createBranch) {
                throw new errors/* ConfigurationError */.j1(`the target ${this.target.id} has no branch ${branch}; create it (POST /repos/${this.api.repository}/git/refs with ref refs/heads/${branch}${fallback ? ` and sha ${fallback}` : ""}) or set create_branch: true on the target`);
            }
            if (!fallback)
                throw new errors/* ConfigurationError */.j1(`the target ${this.target.id} has no branch ${branch} and no default branch to create it from`);
            createFrom = fallback;
        }
        const commit = await this.api.commit(head ?? createFrom);
        this.head = commit.sha;
        this.baseTree = commit.tree;
        const items = await this.api.treeRecursive(commit.tree);
        const files = new Map();
        const paths = [];
        this.listing = [];
        for (const item of items) {
            if (item.type === "tree")
                continue;
            this.listing.push({ path: item.path, entry: { sha: item.sha, mode: item.mode, size: item.size ?? 0 } });
            if (item.type !== "blob")
                continue;
            paths.push(item.path);
            files.set(item.path, { sha: item.sha, mode: item.mode, size: item.size ?? 0 });
        }
        const manifestEntry = files.get(this.sync.options.manifest);
        const manifestBytes = manifestEntry ? await this.api.blob(manifestEntry.sha) : undefined;
        const manifest = manifestBytes ? parseManifest(manifestBytes.toString("utf8"), `${this.sync.options.manifest} in ${this.target.id}`, this.sync.syncId) : undefined;
        files.delete(this.sync.options.manifest);
        const appliedPlan = head && this.sync.options.delivery === "push" && isOwnCommit(commit, this.sync) ? planTrailer(commit.message) : undefined;
        let syncBranch;
        if (pullRequests) {
            this.prBranch = prBranchName(this.sync, branch);
            syncBranch = await this.syncBranchState();
        }
        const api = this.api;
        return {
            exists: head !== undefined,
            base: head ?? "",
            ...(createFrom !== undefined ? { createFrom } : {}),
            files,
            paths,
            manifest,
            reader: {
                async read(path, entry) {
                    const bytes = await api.blob(entry.sha);
                    if (!bytes)
                        throw new Error(`GitHub has no blob ${entry.sha} for ${path}`);
                    return bytes;
                },
            },
            // Any blob of the repository by its id, history included: the base of a three-way merge.
            blob: (sha) => api.blob(sha),
            ...(syncBranch ? { syncBranch } : {}),
            ...(appliedPlan ? { appliedPlan } : {}),
        };
    }
    async syncBranchState() {
        const head = await this.api.branchHead(this.prBranch);
        if (!head)
            return {};
        const info = await this.api.commit(head);
        const own = isOwnCommit(info, this.sync);
        const planHash = own ? planTrailer(info.message) : undefined;
        return { head, tree: info.tree, ...(info.parents[0] ? { parent: info.parents[0] } : {}), ...(own ? {} : { foreign: { sha: head, author: info.author } }), ...(planHash ? { planHash } : {}) };
    }
    async effects(state, work) {
        const hasChanges = work.changes.length > 0 || work.manifestSha !== undefined;
        const effects = [];
        if (!state.exists && state.createFrom)
            effects.push({ kind: "sync-api-branch", id: `branch:${this.branch}`, summary: `create the branch ${this.branch} from ${state.createFrom.slice(0, 12)}`, branch: this.branch, from: state.createFrom });
        const push = this.sync.options.delivery === "push";
        if (hasChanges) {
            const tree = await this.tree(work);
            const branch = push ? this.branch : this.prBranch;
            effects.push({ kind: "sync-api-commit", id: `commit:${branch}`, summary: `commit ${work.changes.length} change(s) on ${branch}${push ? "" : ` (made on ${this.branch})`} through the API`, branch, base: this.head, tree, force: !push });
            if (!push)
                effects.push({ kind: "sync-pull-request", id: `pull:${this.prBranch}`, summary: `open or update the pull request ${this.prBranch} → ${this.branch}`, head: this.prBranch, base: this.branch, title: this.sync.options.prTitle });
        }
        else if (!push && state.syncBranch?.head) {
            effects.push({ kind: "sync-pull-close", id: `close:${this.prBranch}`, summary: `close the open pull request from ${this.prBranch}, if any: the target already has the source's files`, head: this.prBranch, base: this.branch });
        }
        return effects;
    }
    /** The tree GitHub will build: the listing with the changes and the manifest, written by git here. */
    async tree(work) {
        const changes = [...this.listing, ...work.changes.map((change) => ({ path: change.path, ...(change.after ? { entry: change.after } : {}) }))];
        if (work.manifestSha)
            changes.push({ path: work.manifestPath, entry: { sha: work.manifestSha, mode: REGULAR, size: 0 } });
        return (await this.workspace()).buildTree("", changes);
    }
    handlers(state, work) {
        /** The branch holds the planned tree (on the planned parent, for the sync's own branch). */
        const holds = async (branch, tree, parent) => {
            const head = await this.api.branchHead(branch);
            if (!head)
                return false;
            const info = await this.api.commit(head);
            return info.tree === tree && (parent === undefined || info.parents[0] === parent);
        };
        return {
            "sync-api-branch": {
                isDone: async (effect) => (await this.api.branchHead(String(effect.branch))) !== undefined,
                run: async (effect) => this.api.createBranch(String(effect.branch), String(effect.from)),
            },
            "sync-api-commit": {
                isDone: async (effect) => holds(String(effect.branch), String(effect.tree), effect.force ? String(effect.base) : undefined),
                run: async (effect) => {
                    const branch = String(effect.branch);
                    const tree = await this.api.createTree(this.baseTree, await this.treeItems(work));
                    if (tree !== String(effect.tree))
                        throw new Error(`GitHub built the tree ${tree}, not the planned ${String(effect.tree)}; nothing was committed`);
                    const message = commitMessage(this.sync, this.source().revision, work.planHash());
                    const commit = await this.api.createCommit(message, tree, [String(effect.base)], this.sync.options.committer, this.clock.now());
                    this.lastCommit = commit;
                    if (!effect.force)
                        return this.api.moveBranch(branch, commit, false);
                    // The sync's own branch: forced, but only over the head observed (the API has no lease,
                    // so the head is read again right before the move, and a commit by someone else stops it).
                    const now = await this.api.branchHead(branch);
                    if (now !== state.syncBranch?.head)
                        throw new errors/* ConfigurationError */.j1(`${branch} in ${this.api.repository} moved since the plan was made (now ${now ?? "deleted"}); it is never forced over: run the dry-run again`);
                    if (now)
                        await this.api.moveBranch(branch, commit, true);
                    else
                        await this.api.createBranch(branch, commit);
                },
            },
            ...pullRequestHandlers(this.pulls, this.target, work, (url) => (this.lastPull = url)),
        };
    }
    /** Tree entries for the changes: text inline, other bytes as blobs, deletions as null. */
    async treeItems(work) {
        const items = [];
        for (const change of work.changes) {
            if (!change.after) {
                items.push({ path: change.path, mode: change.before.mode, sha: null });
                continue;
            }
            const bytes = await work.content(change);
            const text = bytes.toString("utf8");
            const inline = !isBinary(bytes) && Buffer.from(text, "utf8").equals(bytes);
            items.push({ path: change.path, mode: change.after.mode, ...(inline ? { content: text } : { sha: await this.api.createBlob(bytes) }) });
        }
        if (work.manifestSha)
            items.push({ path: work.manifestPath, mode: REGULAR, content: work.manifestText });
        return items;
    }
    async appliedFacts() {
        return { ...(this.lastPull ? { pullRequest: this.lastPull } : {}), ...(this.lastCommit ? { commit: this.lastCommit } : {}) };
    }
    async close() { }
}

;// CONCATENATED MODULE: ./packages/core/src/sync/endpoints/file-target.ts








/**
 * A folder as a target, written directly (no branch, no pull request). Before the first file is
 * written, the manifest notes every change it is about to make (`pending`); the last effect
 * writes the final manifest. A re-run after a crash reads the note, counts files already written
 * as not yet written, so its plan (and plan hash) is the dry-run's again, and finishes the rest.
 */
class FolderTarget {
    root;
    folder;
    manifestPath;
    syncId;
    constructor(
    /** The target's root folder, absolute. */
    root, 
    /** The folder below the root the sync writes ("" for the root). */
    folder, manifestPath, syncId) {
        this.root = root;
        this.folder = folder;
        this.manifestPath = manifestPath;
        this.syncId = syncId;
    }
    async observe(source) {
        const exists = (0,external_node_fs_.existsSync)(this.root);
        const manifest = this.readManifest(source);
        const managed = manifest?.files;
        // The paths that matter: the source's and the manifest's (a folder's base is a digest over them).
        // Sorted once here (the default sort compares UTF-16 code units); the digests sort a copy
        // again, which for sorted paths is one pass.
        const relevant = [...source.keys()];
        for (const path of managed?.keys() ?? [])
            if (!source.has(path))
                relevant.push(path);
        relevant.sort();
        // A file that holds what the source (or the manifest) says shares that entry: 100k files are
        // then one entry each in memory, not three.
        // Only paths the source or the manifest has count: known returns an entry for exactly those.
        const known = (path) => source.get(path) ?? managed?.get(path);
        const scan = scanFolder(this.folderPath(), { prefix: this.folder, known, onlyKnown: true });
        const files = scan.files;
        // Managed files outside the folder (the folder was changed in the config) are read one by one.
        for (const path of manifest?.files.keys() ?? []) {
            if (below(this.folder, path) === undefined) {
                const entry = entryAt(this.root, path);
                if (entry)
                    files.set(path, entry);
            }
        }
        return {
            exists,
            base: folderBase(relevant, files, manifest),
            files,
            paths: scan.paths,
            manifest,
            reader: folderReader(this.root),
            blob: async () => undefined,
            ...(manifest?.applied ? { appliedPlan: manifest.applied } : {}),
            ...(manifest?.pending ? { pending: manifest.pending } : {}),
            relevant,
        };
    }
    folderPath() {
        return (0,external_node_path_.join)(this.root, ...this.folder.split("/").filter(Boolean));
    }
    readManifest(source) {
        const full = (0,external_node_path_.join)(this.root, ...this.manifestPath.split("/"));
        if (!(0,external_node_fs_.existsSync)(full))
            return undefined;
        return parseManifest((0,external_node_fs_.readFileSync)(full, "utf8"), this.manifestPath, this.syncId, source);
    }
    effects(_state, work) {
        const effects = [];
        if (work.changes.length > 0) {
            effects.push({ kind: "sync-file-journal", id: `journal:${this.manifestPath}`, summary: `note the ${work.changes.length} change(s) in ${this.manifestPath} before writing any`, path: this.manifestPath, changes: work.changes.length });
        }
        for (const change of work.changes) {
            if (change.action === "delete")
                effects.push({ kind: "sync-file-delete", id: `delete:${change.path}`, summary: `delete ${change.path}`, path: change.path, sha: change.before.sha });
            else
                effects.push({ kind: "sync-file-write", id: `write:${change.path}`, summary: `${change.action === "add" ? "add" : "update"} ${change.path}`, path: change.path, sha: change.after.sha, mode: change.after.mode });
        }
        if (work.manifestSha)
            effects.push({ kind: "sync-file-manifest", id: `manifest:${this.manifestPath}`, summary: `write the manifest ${this.manifestPath}`, path: this.manifestPath, files: work.manifestSha });
        return effects;
    }
    handlers(_state, work) {
        const byPath = new Map(work.changes.map((change) => [change.path, change]));
        const current = (path) => entryAt(this.root, path);
        const manifestNow = () => this.readManifest();
        return {
            "sync-file-journal": {
                isDone: async () => {
                    const manifest = manifestNow();
                    return manifest?.pending?.planHash === work.planHash() || (manifest !== undefined && !manifest.pending && manifest.applied === work.planHash());
                },
                run: async () => {
                    const old = manifestNow();
                    const noted = { syncId: this.syncId, files: old?.files ?? new Map(), pending: { planHash: work.planHash(), changes: journalOf(work.changes) } };
                    await (0,adapters_files/* writeFileAtomic */.Z)(this.full(this.manifestPath), renderManifest(noted));
                },
            },
            "sync-file-write": {
                isDone: async (effect) => sameEntry(current(String(effect.path)), { sha: String(effect.sha), mode: String(effect.mode), size: 0 }),
                run: async (effect) => {
                    const change = byPath.get(String(effect.path));
                    await this.write(change, await work.content(change));
                },
            },
            "sync-file-delete": {
                isDone: async (effect) => current(String(effect.path)) === undefined,
                run: async (effect) => this.remove(String(effect.path)),
            },
            "sync-file-manifest": {
                isDone: async () => {
                    const manifest = manifestNow();
                    return manifest !== undefined && !manifest.pending && renderManifest({ ...manifest, applied: undefined }) === work.manifestText;
                },
                run: async () => {
                    const final = parseManifest(work.manifestText, this.manifestPath, this.syncId);
                    await (0,adapters_files/* writeFileAtomic */.Z)(this.full(this.manifestPath), renderManifest({ ...final, applied: work.planHash() }));
                },
            },
        };
    }
    async smokeFolder() {
        return this.root;
    }
    async close() { }
    full(path) {
        const full = (0,external_node_path_.join)(this.root, ...path.split("/"));
        // The folder a file goes into must be inside the target once links are resolved: a link in
        // the target never carries a write out of it.
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(full), { recursive: true });
        const inside = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(this.root), (0,external_node_fs_.realpathSync)((0,external_node_path_.dirname)(full)));
        if (inside.startsWith("..") || (0,external_node_path_.isAbsolute)(inside))
            throw new Error(`${path}: the folder it goes into leads outside the target through a symbolic link; nothing written there`);
        return full;
    }
    async write(change, bytes) {
        const full = this.full(change.path);
        const entry = change.after;
        if ((0,external_node_fs_.existsSync)(full) || isLink(full)) {
            if ((0,external_node_fs_.lstatSync)(full).isDirectory())
                throw new Error(`${change.path}: the target has a folder there`);
        }
        if (entry.mode === SYMLINK) {
            const temporary = `${full}.${process.pid}.link.tmp`;
            (0,external_node_fs_.rmSync)(temporary, { force: true });
            (0,external_node_fs_.symlinkSync)(bytes.toString("utf8"), temporary);
            (0,external_node_fs_.renameSync)(temporary, full);
            return;
        }
        if (isLink(full))
            (0,external_node_fs_.unlinkSync)(full);
        await (0,adapters_files/* writeFileAtomic */.Z)(full, bytes);
        (0,external_node_fs_.chmodSync)(full, entry.mode === EXECUTABLE ? 0o755 : 0o644);
    }
    remove(path) {
        const full = this.full(path);
        (0,external_node_fs_.rmSync)(full, { force: true });
        // Folders left empty go too, up to the sync's folder (git keeps no empty folders either).
        const stop = (0,external_node_path_.join)(this.root, ...this.folder.split("/").filter(Boolean));
        for (let dir = (0,external_node_path_.dirname)(full); dir.startsWith(stop) && dir !== stop && dir !== this.root; dir = (0,external_node_path_.dirname)(dir)) {
            if ((0,external_node_fs_.readdirSync)(dir).length > 0)
                break;
            (0,external_node_fs_.rmdirSync)(dir);
        }
    }
}
function isLink(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
const journalText = (entry) => (entry ? `${entry.mode} ${entry.sha}` : "");
/** The write-ahead note of a folder apply: path → [before, after] as "mode sha" ("" for absent). */
function journalOf(changes) {
    const journal = {};
    for (const change of changes)
        journal[change.path] = [journalText(change.before), journalText(change.after)];
    return journal;
}
/**
 * The state a folder was in before the apply its manifest notes as interrupted: files it already
 * wrote (or deleted) counted as they were. Planned from this, the plan is that apply's again, and
 * applying it finishes the rest; any other change since is still seen (and makes the plan stale).
 */
function stateBeforePending(state) {
    if (!state.pending)
        return undefined;
    const files = new Map(state.files);
    for (const [path, [before, after]] of Object.entries(state.pending.changes)) {
        if (journalText(files.get(path)) !== after)
            continue;
        if (before === "")
            files.delete(path);
        else {
            const [mode, sha] = before.split(" ");
            files.set(path, { sha: sha, mode: mode, size: -1 });
        }
    }
    return { ...state, files, base: folderBase(state.relevant ?? new Set(files.keys()), files, state.manifest) };
}
/**
 * What a folder target looked like, at the paths that matter: each one's content in the target
 * and in the manifest, in one digest (the base a plan is made on).
 */
function folderBase(relevant, files, manifest) {
    // A manifest that manages nothing (one holding only an apply's note) counts as none.
    const managed = manifest && manifest.files.size > 0 ? manifest.files : undefined;
    return pathsDigest(relevant, (path) => {
        const now = files.get(path);
        const then = managed?.get(path);
        // Most files hold what the sync last wrote: one entry, described once.
        if (now !== undefined && now === then)
            return `${now.mode} ${now.sha} ${now.mode} ${now.sha}`;
        return `${entryText(now)} ${managed ? entryText(then) : "unmanaged"}`;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/sync/endpoints/git-source.ts




const SOURCE_REF = "refs/cadence/source";
/** A branch of any git repository as a source: fetched (one commit deep) into the sync's workspace. */
class GitSource {
    workspace;
    endpoint;
    token;
    branch = "";
    constructor(workspace, endpoint, token) {
        this.workspace = workspace;
        this.endpoint = endpoint;
        this.token = token;
    }
    async read(include, maxFileSize) {
        const { location } = this.endpoint;
        const remote = await this.workspace.remoteHeads(location, this.token, this.endpoint.branch ? [this.endpoint.branch] : []);
        const branch = this.endpoint.branch ?? remote.defaultBranch;
        if (!branch)
            throw new errors/* ConfigurationError */.j1(`the source ${location} has no default branch (is it empty?); set source.branch`);
        if (!remote.heads.has(branch))
            throw new errors/* ConfigurationError */.j1(`the source ${location} has no branch ${branch}`);
        this.branch = branch;
        const commit = await this.workspace.fetch(location, this.token, branch, SOURCE_REF);
        const tree = await this.workspace.listTree(commit);
        const files = new Map();
        const problems = [];
        for (const [path, entry] of tree.files) {
            const inside = below(this.endpoint.path, path);
            if (inside === undefined || !include(inside))
                continue;
            if (entry.size > maxFileSize) {
                problems.push({ path: inside, reason: `is ${entry.size} bytes, over the limit of ${maxFileSize} (options.max_file_size)` });
                continue;
            }
            if (entry.mode === SYMLINK) {
                const link = (await this.workspace.readBlob(entry.sha))?.toString("utf8") ?? "";
                if (linkTarget(inside, link) === undefined) {
                    problems.push({ path: inside, reason: `is a symbolic link to ${link}, outside the source; it is never followed` });
                    continue;
                }
            }
            files.set(inside, entry);
        }
        for (const [a, b] of caseCollisions(files))
            problems.push({ path: b, reason: `differs from ${a} only by letter case; macOS and Windows checkouts hold both as one file` });
        if (problems.length > 0)
            throw refusedFiles(location, problems);
        const workspace = this.workspace;
        let deepened = false;
        return {
            revision: `${branch}@${commit}`,
            files,
            reader: {
                async read(path, entry) {
                    const bytes = await workspace.readBlob(entry.sha);
                    if (!bytes)
                        throw new Error(`the source blob of ${path} (${entry.sha}) is missing from the fetch`);
                    return bytes;
                },
            },
            blob: async (sha) => {
                const found = await workspace.readBlob(sha);
                if (found || deepened)
                    return found;
                // The base of a merge is an older version: fetch the branch's history once, then look again.
                deepened = true;
                await workspace.deepen(location, this.token, this.branch, SOURCE_REF);
                return workspace.readBlob(sha);
            },
            gitDir: workspace.gitDir,
        };
    }
    async close() { }
}

;// CONCATENATED MODULE: ./packages/core/src/sync/endpoints/git-target.ts









/**
 * A branch of any git repository as a target. Observed by one ls-remote and a shallow fetch;
 * changed by one commit built with plumbing on the observed head and pushed: a fast-forward of
 * the branch itself (delivery push), or a forced update, under a lease, of the sync's own branch
 * with a pull request (delivery pull_request). A branch someone else committed to is never
 * forced over.
 */
class GitTarget {
    workspace;
    sync;
    target;
    index;
    token;
    source;
    clock;
    pulls;
    branch = "";
    prBranch = "";
    commitOf = "";
    lastCommit;
    lastPull;
    checkout;
    constructor(workspace, sync, target, index, token, source, clock, pulls) {
        this.workspace = workspace;
        this.sync = sync;
        this.target = target;
        this.index = index;
        this.token = token;
        this.source = source;
        this.clock = clock;
        this.pulls = pulls;
    }
    get ref() {
        return `refs/cadence/target/${this.index}`;
    }
    async observe(_source) {
        const { location } = this.target;
        let remote = await this.workspace.remoteHeads(location, this.token, this.target.branch ? [this.target.branch] : []);
        const branch = this.target.branch ?? remote.defaultBranch;
        if (!branch)
            throw new errors/* ConfigurationError */.j1(`the target ${location} is an empty repository; set target.branch to the branch to create`);
        this.branch = branch;
        const pullRequests = this.sync.options.delivery === "pull_request";
        if (pullRequests) {
            this.prBranch = prBranchName(this.sync, branch);
            remote = await this.workspace.remoteHeads(location, this.token, [branch, this.prBranch]);
        }
        const head = remote.heads.get(branch);
        let createFrom;
        if (!head) {
            const fallback = remote.defaultBranch && remote.heads.get(remote.defaultBranch);
            if (!this.target.createBranch) {
                const how = fallback ? `git push ${location} ${fallback}:refs/heads/${branch}` : "push a first commit to it";
                throw new errors/* ConfigurationError */.j1(`the target ${this.target.id} has no branch ${branch}; create it (${how}) or set create_branch: true on the target`);
            }
            if (!fallback && pullRequests)
                throw new errors/* ConfigurationError */.j1(`the target ${this.target.id} is an empty repository: a pull request needs a branch to go into; sync it once with delivery: push`);
            createFrom = fallback ? await this.workspace.fetch(location, this.token, remote.defaultBranch, this.ref) : "";
        }
        const commit = head ? await this.workspace.fetch(location, this.token, branch, this.ref) : createFrom;
        this.commitOf = commit;
        const tree = commit ? await this.workspace.listTree(commit) : { files: new Map(), paths: [] };
        const manifestEntry = tree.files.get(this.sync.options.manifest);
        const manifestBytes = manifestEntry ? await this.workspace.readBlob(manifestEntry.sha) : undefined;
        const manifest = manifestBytes ? parseManifest(manifestBytes.toString("utf8"), `${this.sync.options.manifest} in ${this.target.id}`, this.sync.syncId) : undefined;
        tree.files.delete(this.sync.options.manifest);
        const info = head ? await this.workspace.commitInfo(head) : undefined;
        const appliedPlan = info && isOwnCommit(info, this.sync) ? planTrailer(info.message) : undefined;
        const syncBranch = pullRequests ? await this.syncBranchState(remote.heads.get(this.prBranch)) : undefined;
        const workspace = this.workspace;
        let deepened = false;
        return {
            exists: head !== undefined,
            base: head ?? "",
            ...(createFrom !== undefined ? { createFrom } : {}),
            files: tree.files,
            paths: tree.paths,
            manifest,
            reader: {
                async read(path, entry) {
                    const bytes = await workspace.readBlob(entry.sha);
                    if (!bytes)
                        throw new Error(`the target blob of ${path} (${entry.sha}) is missing from the fetch`);
                    return bytes;
                },
            },
            blob: async (sha) => {
                const found = await workspace.readBlob(sha);
                if (found || deepened || !head)
                    return found;
                deepened = true;
                await workspace.deepen(location, this.token, branch, this.ref);
                return workspace.readBlob(sha);
            },
            ...(syncBranch ? { syncBranch } : {}),
            ...(appliedPlan && this.sync.options.delivery === "push" ? { appliedPlan } : {}),
        };
    }
    async syncBranchState(head) {
        if (!head)
            return {};
        await this.workspace.fetch(this.target.location, this.token, this.prBranch, `${this.ref}-sync`);
        const info = await this.workspace.commitInfo(head);
        const own = isOwnCommit(info, this.sync);
        const planHash = own ? planTrailer(info.message) : undefined;
        return { head, tree: info.tree, ...(info.parents[0] ? { parent: info.parents[0] } : {}), ...(own ? {} : { foreign: { sha: head, author: info.author } }), ...(planHash ? { planHash } : {}) };
    }
    async effects(state, work) {
        const hasChanges = work.changes.length > 0 || work.manifestSha !== undefined;
        const effects = [];
        if (!state.exists && state.createFrom)
            effects.push({ kind: "sync-git-branch", id: `branch:${this.branch}`, summary: `create the branch ${this.branch} from ${state.createFrom.slice(0, 12)}`, branch: this.branch, from: state.createFrom });
        if (this.sync.options.delivery === "push") {
            if (hasChanges) {
                const tree = await this.tree(work);
                effects.push({ kind: "sync-git-push", id: `push:${this.branch}`, summary: `commit ${work.changes.length} change(s) on ${this.branch} and push it`, branch: this.branch, base: this.commitOf, tree });
            }
            return effects;
        }
        if (hasChanges) {
            const tree = await this.tree(work);
            effects.push({ kind: "sync-git-pr-branch", id: `pr-branch:${this.prBranch}`, summary: `commit ${work.changes.length} change(s) on ${this.prBranch} (made on ${this.branch})`, branch: this.prBranch, base: this.commitOf, tree });
            effects.push({ kind: "sync-pull-request", id: `pull:${this.prBranch}`, summary: `open or update the pull request ${this.prBranch} → ${this.branch}`, head: this.prBranch, base: this.branch, title: this.sync.options.prTitle });
        }
        else if (state.syncBranch?.head) {
            effects.push({ kind: "sync-pull-close", id: `close:${this.prBranch}`, summary: `close the open pull request from ${this.prBranch}, if any: the target already has the source's files`, head: this.prBranch, base: this.branch });
        }
        return effects;
    }
    /** The tree the target will have: the observed head's, with the changes and the new manifest. */
    async tree(work) {
        const changes = work.changes.map((change) => ({ path: change.path, ...(change.after ? { entry: change.after } : {}) }));
        if (work.manifestSha)
            changes.push({ path: work.manifestPath, entry: { sha: work.manifestSha, mode: REGULAR, size: 0 } });
        return this.workspace.buildTree(this.commitOf, changes);
    }
    handlers(state, work) {
        const { location } = this.target;
        const remoteHead = async (branch) => (await this.workspace.remoteHeads(location, this.token, [branch])).heads.get(branch);
        /** The remote branch holds the planned tree (on the planned parent, when asked). */
        const holds = async (branch, tree, parent) => {
            const head = await remoteHead(branch);
            if (!head)
                return false;
            if (head === this.lastCommit)
                return true;
            await this.workspace.fetch(location, this.token, branch, `${this.ref}-check`);
            const info = await this.workspace.commitInfo(head);
            return info.tree === tree && (parent === undefined || info.parents[0] === parent);
        };
        const commit = async (effect) => {
            await this.writeBlobs(work);
            const message = commitMessage(this.sync, this.source().revision, work.planHash());
            this.lastCommit = await this.workspace.commit(String(effect.tree), String(effect.base) || undefined, message, this.sync.options.committer, this.clock.now());
            return this.lastCommit;
        };
        return {
            "sync-git-branch": {
                isDone: async (effect) => (await remoteHead(String(effect.branch))) !== undefined,
                run: async (effect) => this.workspace.push(location, this.token, String(effect.from), String(effect.branch), { lease: null }),
            },
            "sync-git-push": {
                isDone: async (effect) => holds(String(effect.branch), String(effect.tree)),
                run: async (effect) => this.workspace.push(location, this.token, await commit(effect), String(effect.branch)),
            },
            "sync-git-pr-branch": {
                isDone: async (effect) => holds(String(effect.branch), String(effect.tree), String(effect.base)),
                // Forced, but only over the head observed (the sync's own commit, or nothing): a commit
                // pushed since by someone else makes the lease fail, and nothing is lost.
                run: async (effect) => this.workspace.push(location, this.token, await commit(effect), String(effect.branch), { lease: state.syncBranch?.head ?? null }),
            },
            ...pullRequestHandlers(this.pulls, this.target, work, (url) => (this.lastPull = url)),
        };
    }
    /** Puts every new blob into the workspace: from the source's fetch, its folder, or its bytes. */
    async writeBlobs(work) {
        const wanted = work.changes.filter((change) => change.after !== undefined);
        const missing = await this.workspace.missingObjects(wanted.map((change) => change.after.sha));
        // Files of a folder source go in with one git process; other content one blob at a time.
        const fromFolder = wanted.filter((change) => missing.has(change.after.sha) && work.sourceFile(change) !== undefined);
        const written = await this.workspace.writeFiles(fromFolder.map((change) => work.sourceFile(change)));
        fromFolder.forEach((change, index) => {
            if (written[index] !== change.after.sha)
                throw new Error(`${change.path} changed in the source while it was applied (${written[index]} is not the planned ${change.after.sha}); run the dry-run again`);
            missing.delete(change.after.sha);
        });
        for (const change of wanted) {
            if (!missing.has(change.after.sha))
                continue;
            const sha = await this.workspace.writeBlob(await work.content(change));
            if (sha !== change.after.sha)
                throw new Error(`${change.path} changed in the source while it was applied (${sha} is not the planned ${change.after.sha}); run the dry-run again`);
        }
        const manifest = Buffer.from(work.manifestText);
        if (work.manifestSha && (await this.workspace.missingObjects([blobSha(manifest)])).size > 0)
            await this.workspace.writeBlob(manifest);
    }
    /** The synced commit checked out into a temporary folder, for the smoke command. */
    async smokeFolder() {
        const commit = this.lastCommit ?? this.commitOf;
        if (!commit)
            return undefined;
        this.checkout ??= (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "cadence-sync-smoke-"));
        await this.workspace.git(["--work-tree", this.checkout, "checkout", "-f", commit, "--", "."], { env: { GIT_INDEX_FILE: (0,external_node_path_.join)(this.checkout, ".git-index") } });
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.checkout, ".git-index"), { force: true });
        return this.checkout;
    }
    async appliedFacts() {
        return { ...(this.lastPull ? { pullRequest: this.lastPull } : {}), ...(this.lastCommit ? { commit: this.lastCommit } : {}) };
    }
    async close() {
        if (this.checkout)
            (0,external_node_fs_.rmSync)(this.checkout, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/sync/endpoints/registry-source.ts






const DEFAULT_NPM_REGISTRY = "https://registry.npmjs.org/";
/**
 * The files of a published npm package version as a source: `name@version` (or `name@tag`, or
 * `name` for latest) from any registry. The tarball is checked against the integrity the
 * registry lists, unpacked by the `tar` package (which drops absolute paths and `..` and does
 * not write through links) into a temporary folder, and read as a folder source from there.
 */
class RegistrySource {
    spec;
    registry;
    path;
    token;
    folder;
    constructor(spec, registry, path, token) {
        this.spec = spec;
        this.registry = registry;
        this.path = path;
        this.token = token;
    }
    async read(include, maxFileSize) {
        const at = this.spec.lastIndexOf("@");
        const name = at > 0 ? this.spec.slice(0, at) : this.spec;
        const wanted = at > 0 ? this.spec.slice(at + 1) : "latest";
        const base = this.registry.endsWith("/") ? this.registry : `${this.registry}/`;
        const packument = (await this.get(`${base}${name.replace("/", "%2F")}`, "json"));
        if (!packument)
            throw new errors/* ConfigurationError */.j1(`the registry ${base} has no package ${name}`);
        const version = packument.versions?.[wanted] ? wanted : packument["dist-tags"]?.[wanted];
        const dist = version ? packument.versions?.[version]?.dist : undefined;
        if (!version || !dist?.tarball)
            throw new errors/* ConfigurationError */.j1(`${name} has no version or dist-tag '${wanted}' in ${base}`);
        const tarball = (await this.get(dist.tarball, "bytes", new URL(dist.tarball).origin === new URL(base).origin));
        checkIntegrity(tarball, dist, `${name}@${version}`);
        this.folder = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "cadence-sync-package-"));
        const file = (0,external_node_path_.join)(this.folder, "package.tgz");
        (0,external_node_fs_.writeFileSync)(file, tarball);
        const unpacked = (0,external_node_path_.join)(this.folder, "package");
        (0,external_node_fs_.mkdirSync)(unpacked);
        const tar = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 8697));
        // Every tarball npm publishes holds one top folder (package/): strip it.
        await tar.x({ file, cwd: unpacked, strip: 1, preservePaths: false });
        const snapshot = await new FolderSource((0,external_node_path_.join)(unpacked, ...this.path.split("/").filter(Boolean)), `${name}@${version}`).read(include, maxFileSize);
        return { ...snapshot, revision: `${name}@${version} (${dist.integrity ?? `sha1-${dist.shasum}`})` };
    }
    async get(url, as, withToken = true) {
        let response;
        try {
            response = await fetch(url, { headers: { accept: as === "json" ? "application/json" : "*/*", ...(this.token && withToken ? { authorization: `Bearer ${this.token}` } : {}) }, signal: AbortSignal.timeout(60_000) });
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`cannot reach the registry at ${new URL(url).origin}: ${error instanceof Error ? (error.cause?.message ?? error.message) : String(error)}`);
        }
        if (response.status === 404)
            return undefined;
        if (!response.ok)
            throw new errors/* ConfigurationError */.j1(`the registry answered HTTP ${response.status} for ${url.replace(/\?.*$/, "")}`);
        return as === "json" ? response.json() : Buffer.from(await response.arrayBuffer());
    }
    async close() {
        if (this.folder)
            (0,external_node_fs_.rmSync)(this.folder, { recursive: true, force: true });
    }
}
function checkIntegrity(bytes, dist, what) {
    const sri = dist.integrity?.split(/\s+/).find((item) => item.startsWith("sha512-"));
    const ok = sri ? `sha512-${(0,external_node_crypto_.createHash)("sha512").update(bytes).digest("base64")}` === sri : dist.shasum ? (0,external_node_crypto_.createHash)("sha1").update(bytes).digest("hex") === dist.shasum : false;
    if (!ok)
        throw new errors/* ConfigurationError */.j1(`the tarball of ${what} does not match the integrity the registry lists; nothing is synced from it`);
}

;// CONCATENATED MODULE: ./packages/core/src/sync/endpoints/open.ts













/** The token an endpoint uses: its `credentials` variable, else the default. A named but unset variable is an error. */
function tokenFor(endpoint, context) {
    if (endpoint.credentials) {
        const value = context.env[endpoint.credentials];
        if (!value)
            throw new errors/* ConfigurationError */.j1(`the credentials of ${endpoint.id} name the environment variable ${endpoint.credentials}, which is not set (pass the secret in the step's env:)`);
        context.secret(value);
        return value;
    }
    if (context.defaultToken)
        context.secret(context.defaultToken);
    return context.defaultToken || undefined;
}
/**
 * The endpoints of one sync: the source and each target, sharing one temporary git workspace
 * (made when a git endpoint first needs it, removed by close()).
 */
class SyncSession {
    sync;
    context;
    workspace;
    snapshot;
    source;
    apiClients = [];
    constructor(sync, context) {
        this.sync = sync;
        this.context = context;
    }
    async git() {
        if (!this.workspace) {
            this.workspace = new GitWorkspace();
            await this.workspace.init();
        }
        return this.workspace;
    }
    async readSource(include) {
        this.source = await this.openSource();
        this.snapshot = await this.source.read(include, this.sync.options.maxFileSize);
        return this.snapshot;
    }
    async openSource() {
        const source = this.sync.source;
        switch (source.kind) {
            case "file":
                return new FolderSource(folderOf(this.context.root, source.location, source.path), source.path ? `${source.location} (${source.path})` : source.location);
            case "git":
                return new GitSource(await this.git(), source, tokenFor(source, this.context));
            case "api":
                return new ApiSource(this.gitData(source, tokenFor(source, this.context)), source);
            case "registry":
                return new RegistrySource(source.location, source.registry ?? DEFAULT_NPM_REGISTRY, source.path, source.credentials ? tokenFor(source, this.context) : undefined);
            default:
                throw new errors/* ConfigurationError */.j1(`sync ${this.sync.syncId}: unknown source type ${String(source.kind)}`);
        }
    }
    async openTarget(target, index) {
        const sync = this.sync;
        switch (target.kind) {
            case "file": {
                const root = folderOf(this.context.root, target.location, "");
                if (!(0,external_node_fs_.existsSync)(root) && !target.createBranch) {
                    throw new errors/* ConfigurationError */.j1(`the target folder ${target.location} does not exist; create it, or set create_branch: true on the target to have the sync create it`);
                }
                return new FolderTarget(root, target.path, sync.options.manifest, sync.syncId);
            }
            case "git": {
                const token = tokenFor(target, this.context);
                return new GitTarget(await this.git(), sync, target, index, token, () => this.snapshot, this.context.clock, this.pulls(target, token));
            }
            case "api": {
                const token = tokenFor(target, this.context);
                return new ApiTarget(this.gitData(target, token), () => this.git(), sync, target, () => this.snapshot, this.context.clock, this.pulls(target, token));
            }
            default:
                throw new errors/* ConfigurationError */.j1(`sync ${sync.syncId}: ${String(target.kind)} is not a target type (registry is a source only)`);
        }
    }
    /** Pull requests of a target's GitHub repository, when pull-request delivery has a repository and a token. */
    pulls(target, token) {
        if (this.sync.options.delivery !== "pull_request" || !target.repository || !token)
            return undefined;
        return new github_pulls/* GitHubPulls */.a(this.octokit(target.repository, token), target.repository);
    }
    /** The Git database of an api endpoint's repository; a token is needed (GitHub's API limits anonymous use hard). */
    gitData(endpoint, token) {
        if (!token)
            throw new errors/* ConfigurationError */.j1(`${endpoint.id} is read through GitHub's API and needs a token: name an environment variable in credentials, or give github-token (GITHUB_TOKEN in the CLI)`);
        const data = new GitHubGitData(this.octokit(endpoint.repository, token), endpoint.repository);
        this.apiClients.push(data);
        return data;
    }
    octokit(repository, token) {
        return (0,github/* createOctokit */.Qi)({ token, repository, ...(this.context.apiUrl ? { baseUrl: this.context.apiUrl } : {}), ...(this.context.retryBaseMs !== undefined ? { retryBaseMs: this.context.retryBaseMs } : {}), log: this.context.log });
    }
    /** API requests made through the git-data clients of this sync (the bench counts them). */
    get apiRequests() {
        return this.apiClients.reduce((sum, client) => sum + client.requests, 0);
    }
    async close() {
        await this.source?.close().catch(() => undefined);
        this.workspace?.close();
        this.workspace = undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/sync/planner.ts



/** Decides, path by path, what happens in the target (see docs/sync.md, "What a sync does to a file"). */
function classify(input) {
    const { source, target, strategy } = input;
    const managed = input.managed ?? new Map();
    const result = { changes: [], kept: [], conflicts: [], merges: [], manifest: new Map() };
    const paths = [...source.keys()];
    for (const path of managed.keys())
        if (!source.has(path))
            paths.push(path);
    // The default sort compares UTF-16 code units (byCodeUnits' order), without a call per comparison.
    for (const path of paths.sort()) {
        const s = source.get(path);
        const t = target.get(path);
        // Most paths hold what the source has: settled here, before anything else is made for them.
        if (s !== undefined && t !== undefined && s.sha === t.sha && s.mode === t.mode) {
            result.manifest.set(path, s);
            continue;
        }
        const b = managed.get(path);
        if (s)
            classifyPresent(result, path, s, t, b, strategy);
        else if (b)
            classifyRemoved(result, path, t, b, strategy);
    }
    return result;
}
function classifyPresent(result, path, s, t, b, strategy) {
    const keep = (reason) => {
        result.kept.push({ path, reason });
        result.manifest.set(path, s);
    };
    const conflict = (reason) => {
        result.conflicts.push({ path, reason });
        if (b)
            result.manifest.set(path, b);
    };
    const write = (resolution) => {
        result.changes.push(t ? { path, action: "modify", before: t, after: s, content: "source", resolution } : { path, action: "add", after: s, content: "source", resolution });
        result.manifest.set(path, s);
    };
    if (sameEntry(s, t)) {
        result.manifest.set(path, s);
        return;
    }
    if (!t) {
        if (!b)
            return write("clean");
        // The target deleted a file the sync wrote.
        const sourceChanged = !sameEntry(s, b);
        if (strategy === "theirs")
            return write("theirs");
        if (strategy === "ours")
            return keep("deleted in the target; the deletion is kept (ours)");
        if (strategy === "merge" && !sourceChanged)
            return keep("deleted in the target and unchanged in the source; the deletion is kept (merge)");
        return conflict(sourceChanged ? "changed in the source but deleted in the target since the last sync" : "deleted in the target since the last sync");
    }
    if (!b) {
        // A file of that name the sync never wrote.
        if (strategy === "theirs")
            return write("theirs");
        if (strategy === "ours")
            return keep("exists in the target and was not written by this sync; kept (ours)");
        return conflict("exists in the target and was not written by this sync (no manifest entry: use theirs to take it over, ours to keep it)");
    }
    if (sameEntry(t, b))
        return write("clean");
    // The target changed the file since the last sync.
    const sourceChanged = !sameEntry(s, b);
    if (strategy === "theirs")
        return write("theirs");
    if (strategy === "ours")
        return keep("changed in the target since the last sync; the target's edit is kept (ours)");
    if (strategy === "merge") {
        if (!sourceChanged)
            return keep("changed in the target, unchanged in the source; the target's edit is kept (merge)");
        result.merges.push({ path, base: b, target: t, source: s });
        result.manifest.set(path, s);
        return;
    }
    return conflict(sourceChanged ? "changed in both the source and the target since the last sync" : "changed in the target since the last sync");
}
function classifyRemoved(result, path, t, b, strategy) {
    // The source no longer has (or no longer includes) a file the sync wrote.
    if (!t)
        return; // gone on both sides: it leaves the manifest
    if (sameEntry(t, b) || strategy === "theirs") {
        result.changes.push({ path, action: "delete", before: t, content: "source", resolution: sameEntry(t, b) ? "clean" : "theirs" });
        return;
    }
    if (strategy === "ours") {
        // The target's edited copy stays, and stops being managed: a later sync never deletes it.
        result.kept.push({ path, reason: "removed from the source but changed in the target; kept and no longer managed (ours)" });
        return;
    }
    result.conflicts.push({ path, reason: "removed from the source but changed in the target since the last sync" });
    result.manifest.set(path, b);
}
/** The classification with its merges done: a clean merge becomes a change, an overlap a conflict. */
function withMerges(classified, results) {
    const changes = [...classified.changes];
    const conflicts = [...classified.conflicts];
    const kept = [...classified.kept];
    const manifest = new Map(classified.manifest);
    for (const request of classified.merges) {
        const result = results.get(request.path);
        if (!result?.merged) {
            conflicts.push({ path: request.path, reason: `changed in both the source and the target; the three-way merge ${result?.reason ?? "was not made"}` });
            manifest.set(request.path, request.base);
        }
        else if (sameEntry(result.merged, request.target)) {
            kept.push({ path: request.path, reason: "the target already holds the source's change (merge)" });
        }
        else {
            changes.push({ path: request.path, action: "modify", before: request.target, after: result.merged, content: "merge", resolution: "merged" });
        }
    }
    changes.sort((a, b) => byCodeUnits(a.path, b.path));
    conflicts.sort((a, b) => byCodeUnits(a.path, b.path));
    return { changes, kept, conflicts, merges: [], manifest };
}
/**
 * Paths that differ only by case among the files the target would hold, or a rename to another
 * case: refused, since macOS and Windows checkouts hold them as one file.
 */
function caseProblems(changes, targetPaths, manifestPath) {
    const removed = new Set(changes.filter((change) => change.action === "delete").map((change) => change.path));
    const added = changes.filter((change) => change.action === "add").map((change) => change.path);
    if (added.length === 0)
        return [];
    const problems = [];
    const folded = new Map();
    for (const path of [...targetPaths, manifestPath])
        folded.set(path.toLowerCase(), path);
    for (const path of added) {
        const other = folded.get(path.toLowerCase());
        if (other !== undefined && other !== path) {
            problems.push({
                path,
                reason: removed.has(other)
                    ? `a case-only rename of ${other} to ${path}: macOS and Windows checkouts hold both as one file; rename it in two steps (another name first)`
                    : `differs from the target's ${other} only by letter case: macOS and Windows checkouts hold both as one file`,
            });
        }
    }
    for (const [a, b] of caseCollisions(new Set(added)))
        problems.push({ path: b, reason: `differs from ${a} only by letter case` });
    return problems;
}
/** Counts by action, as the seed's dry_run.result wants them. */
function countChanges(changes) {
    const counts = { add: 0, modify: 0, delete: 0 };
    for (const change of changes)
        counts[change.action]++;
    return counts;
}

;// CONCATENATED MODULE: ./packages/core/src/sync/report.ts

const STATUS_TEXT = {
    changes: "changes",
    unchanged: "up to date",
    conflict: "**conflict**",
    blocked: "**blocked**",
    error: "**error**",
};
/**
 * The human-readable dry-run (DR-02, DR-03): a table of targets, then per target every file to
 * add, change and delete with its diff folded, the conflicts, and the edits kept. Cut to `limit`
 * characters (the step summary holds 1 MiB, a pull request body 65,536), diffs first, with a note
 * saying where the whole diff is.
 */
function renderReport(input, limit = Infinity) {
    const head = [
        `## Sync ${input.mode === "dry-run" ? "dry-run" : "apply"}`,
        "",
        `Plan hash \`${input.planHash}\`${input.mode === "dry-run" ? " — an apply with this plan hash applies exactly this plan, or refuses." : ""}`,
        "",
        "| sync | target | base | add | modify | delete | status | target plan hash |",
        "|---|---|---|---:|---:|---:|---|---|",
        ...input.targets.map((target) => {
            const counts = countChanges(target.changes);
            const outcome = input.outcomes?.get(target);
            const status = outcome && outcome.status !== "planned" ? `${STATUS_TEXT[target.status]} → ${outcome.status}` : STATUS_TEXT[target.status];
            return `| ${cell(target.syncId)} | ${cell(target.target.id)} | ${shortBase(target.base)} | ${counts.add} | ${counts.modify} | ${counts.delete} | ${status} | \`${target.planHash.slice(0, 19)}…\` |`;
        }),
        "",
    ].join("\n");
    const sections = input.targets.map((target) => targetSection(target, input.outcomes?.get(target)));
    return fit(head, sections, limit, input.diffRef);
}
/** The pull request's body: that target's part of the report, with its plan hash. */
function renderPullRequestBody(target, limit = 60_000) {
    const head = [
        `This pull request was opened by \`cadence sync\` for the sync \`${target.syncId}\`.`,
        "",
        `Target plan hash: \`${target.planHash}\``,
        "",
        `Base: \`${target.base}\``,
        "",
    ].join("\n");
    return `${fit(head, [targetSection(target, undefined)], limit, "the sync's artifact (plan, report and full diff)")}\n<!-- cadence-sync: ${target.syncId} ${target.target.id} -->\n`;
}
function targetSection(target, outcome) {
    const lines = [`### ${target.syncId} → ${target.target.id}`, ""];
    if (target.message)
        lines.push(`> ${target.message.replace(/\n/g, "\n> ")}`, "");
    if (outcome?.error)
        lines.push(`> apply failed: ${outcome.error.replace(/\n/g, "\n> ")}`, "");
    if (outcome?.pullRequest)
        lines.push(`Pull request: ${outcome.pullRequest}`, "");
    if (outcome?.commit)
        lines.push(`Commit: \`${outcome.commit}\``, "");
    if (outcome?.smoke)
        lines.push(`Smoke command: ${outcome.smoke.passed ? "passed" : "**failed**"}`, "");
    if (target.changes.length === 0 && target.status !== "error")
        lines.push(target.manifestChanged ? "No file changes; the manifest of managed files is updated." : "Nothing to change.", "");
    const tail = [];
    if (target.conflicts.length > 0) {
        tail.push("**Conflicts** (nothing is written to this target):", "", ...target.conflicts.map((conflict) => `- \`${conflict.path}\`: ${conflict.reason}`), "");
    }
    if (target.kept.length > 0)
        tail.push("Target edits kept:", "", ...target.kept.map((kept) => `- \`${kept.path}\`: ${kept.reason}`), "");
    if (target.manifestChanged && target.changes.length > 0)
        tail.push("The manifest of managed files is updated with them.", "");
    const diffs = target.diffs.map((diff) => ({ diff, text: diffBlock(diff) }));
    return { text: lines.join("\n"), diffs, tail: tail.join("\n") };
}
function diffBlock(diff) {
    const what = diff.action === "add" ? "added" : diff.action === "delete" ? "deleted" : "modified";
    const extra = [diff.binary ? "binary" : `+${diff.added} −${diff.removed}`, diff.modeChange ? `mode ${diff.modeChange[0]} → ${diff.modeChange[1]}` : "", diff.note && !diff.binary ? diff.note : ""].filter(Boolean).join(", ");
    const fence = diff.text.includes("```") ? "````" : "```";
    return [`<details><summary><code>${escapeHtml(diff.path)}</code> (${what}, ${extra})</summary>`, "", `${fence}diff`, diff.text.replace(/\n$/, ""), fence, "", "</details>", ""].join("\n");
}
/** Joins the parts, leaving out diffs from the end until the whole fits; never cuts the table or a conflict. */
function fit(head, sections, limit, diffRef) {
    const whole = (keep) => {
        let left = keep;
        let omitted = 0;
        const parts = [head];
        for (const section of sections) {
            parts.push(section.text);
            for (const diff of section.diffs) {
                if (left > 0) {
                    parts.push(diff.text);
                    left--;
                }
                else {
                    parts.push(`- \`${diff.diff.path}\` (${diff.diff.action}${diff.diff.binary ? ", binary" : `, +${diff.diff.added} −${diff.diff.removed}`})`);
                    omitted++;
                }
            }
            parts.push("", section.tail);
        }
        if (omitted > 0)
            parts.push(`${omitted} diff(s) are not shown here to keep this page within its size limit; the full diff is in ${diffRef ?? "the sync's artifact"}.`);
        return parts.join("\n");
    };
    const total = sections.reduce((sum, section) => sum + section.diffs.length, 0);
    let text = whole(total);
    if (text.length <= limit)
        return text;
    // The most diffs that fit, found by halving; the files left out stay listed by name.
    let low = 0;
    let high = total;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (whole(middle).length <= limit)
            low = middle;
        else
            high = middle - 1;
    }
    text = whole(low);
    return text.length <= limit ? text : `${text.slice(0, Math.max(0, limit - 80))}\n\n(cut to fit; the full report is in ${diffRef ?? "the sync's artifact"})\n`;
}
function shortBase(base) {
    if (base === "")
        return "(new)";
    return base.startsWith("sha256:") ? `\`${base.slice(7, 19)}\`` : `\`${base.slice(0, 12)}\``;
}
function cell(text) {
    return text.replace(/\|/g, "\\|");
}
function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
/** The whole diff of every target, for the artifact: `git apply`-able per target. */
function renderFullDiff(targets) {
    const parts = [];
    for (const target of targets) {
        if (target.diffs.length === 0)
            continue;
        parts.push(`# sync ${target.syncId} → ${target.target.id} (base ${target.base}, plan ${target.planHash})`);
        for (const diff of target.diffs)
            parts.push(diff.text.replace(/\n$/, ""));
    }
    return parts.length > 0 ? `${parts.join("\n")}\n` : "";
}
/** One line per target, for the sync_log's diff_summary. */
function diffSummary(targets) {
    return targets
        .map((target) => {
        const counts = countChanges(target.changes);
        const lines = target.diffs.reduce((sum, diff) => ({ added: sum.added + diff.added, removed: sum.removed + diff.removed }), { added: 0, removed: 0 });
        const what = target.status === "error" || target.status === "blocked" ? `${target.status}: ${target.message ?? ""}` : target.status === "conflict" ? `conflict in ${target.conflicts.length} file(s)` : `${counts.add} to add, ${counts.modify} to modify, ${counts.delete} to delete (+${lines.added} −${lines.removed} lines)`;
        return `${target.target.id}: ${what}`;
    })
        .join("\n");
}

;// CONCATENATED MODULE: ./packages/core/src/sync/log.ts


/**
 * The seed's `sync_log` for one sync: `dry_run` filled by the dry-run; `approval`, `execution`
 * and `verification` by the apply. `targets` adds what the seed leaves implicit when one source
 * feeds several targets: each one's base, plan hash, counts, status and errors.
 */
function syncLogRecord(context, apply) {
    const counts = context.targets.reduce((sum, target) => {
        const each = countChanges(target.changes);
        return { add: sum.add + each.add, modify: sum.modify + each.modify, delete: sum.delete + each.delete };
    }, { add: 0, modify: 0, delete: 0 });
    const outcomes = apply?.outcomes;
    const applied = { added: 0, modified: 0, deleted: 0 };
    const errors = [];
    for (const target of context.targets) {
        const outcome = outcomes?.get(target);
        if (outcome?.status === "success") {
            const each = countChanges(target.changes);
            applied.added += each.add;
            applied.modified += each.modify;
            applied.deleted += each.delete;
        }
        if (outcome && (outcome.status === "failed" || outcome.status === "stale"))
            errors.push(`${target.target.id}: ${outcome.error ?? outcome.status}`);
        if (!outcome && target.status === "error")
            errors.push(`${target.target.id}: ${target.message ?? "error"}`);
    }
    const smokes = context.targets.map((target) => outcomes?.get(target)?.smoke).filter((smoke) => smoke !== undefined);
    return {
        sync_log: {
            sync_id: context.sync.syncId,
            execution_id: context.executionId,
            executed_at: apply?.startedAt ?? context.dryRunAt,
            executed_by: context.executedBy,
            plan_hash: context.planHash,
            dry_run: {
                executed_at: context.dryRunAt,
                result: { files_to_add: counts.add, files_to_modify: counts.modify, files_to_delete: counts.delete, total_changes: counts.add + counts.modify + counts.delete },
                diff_summary: diffSummary(context.targets),
                diff_ref: context.diffRef,
            },
            approval: apply
                ? { approved: true, approved_by: apply.approvedBy, approved_at: apply.approvedAt, dry_run_ref: context.dryRunRef, approver_role: context.sync.options.approver ?? null }
                : { approved: false, approved_by: null, approved_at: null, dry_run_ref: context.dryRunRef, approver_role: context.sync.options.approver ?? null },
            execution: apply
                ? { started_at: apply.startedAt, completed_at: apply.completedAt, status: executionStatus(context.targets, outcomes), changes_applied: applied, errors }
                : { started_at: null, completed_at: null, status: null, changes_applied: { added: 0, modified: 0, deleted: 0 }, errors },
            verification: apply
                ? {
                    smoke_tests_passed: smokes.length === 0 ? null : smokes.every((smoke) => smoke.passed),
                    integrity_verified: apply.integrity,
                    notes: smokes.length === 0 ? (context.sync.options.smoke ? "no smoke command ran (no target was applied, or an api target has no local copy)" : "no smoke command configured") : null,
                }
                : { smoke_tests_passed: null, integrity_verified: null, notes: "dry-run: nothing was changed" },
            notifications: {
                on_success: context.sync.notifications.onSuccess,
                on_failure: context.sync.notifications.onFailure,
                due: notificationsDue(context.sync, context.targets, outcomes),
            },
            targets: context.targets.map((target) => {
                const each = countChanges(target.changes);
                const outcome = outcomes?.get(target);
                return {
                    target: target.target.id,
                    type: target.target.kind,
                    branch: target.target.branch ?? null,
                    base: target.base || null,
                    plan_hash: target.planHash,
                    planned: target.status,
                    status: outcome?.status ?? (target.status === "error" ? "failed" : "planned"),
                    files_to_add: each.add,
                    files_to_modify: each.modify,
                    files_to_delete: each.delete,
                    conflicts: target.conflicts.map((conflict) => `${conflict.path}: ${conflict.reason}`),
                    ...(outcome?.pullRequest ? { pull_request: outcome.pullRequest } : {}),
                    ...(outcome?.commit ? { commit: outcome.commit } : {}),
                    errors: outcome?.error ? [outcome.error] : target.status === "error" || target.status === "blocked" ? [target.message ?? target.status] : [],
                };
            }),
        },
    };
}
/** The targets a dry-run found cannot be synced: a conflict under conflict_strategy fail, blocked, or not plannable. */
function unsyncable(target) {
    return target.status === "conflict" || target.status === "blocked" || target.status === "error";
}
/**
 * The `sync_log` of targets the dry-run found cannot be synced (see unsyncable): never applied,
 * so `execution` is failed with each target's reason, and each target's status says why
 * (conflict with the files named, blocked, failed). The sync workflow gathers it with the
 * applied targets' records, so the collected log accounts for every target of the plan.
 */
function unsyncedLogRecord(context) {
    const record = syncLogRecord(context).sync_log;
    const reason = (target) => `${target.target.id}: ${target.status}: ${target.message ?? target.status}`;
    return {
        sync_log: {
            ...record,
            execution: { started_at: null, completed_at: null, status: "failed", changes_applied: { added: 0, modified: 0, deleted: 0 }, errors: context.targets.map(reason) },
            verification: { smoke_tests_passed: null, integrity_verified: null, notes: "not applied: the dry-run found these targets cannot be synced" },
            targets: record.targets.map((entry, index) => {
                const target = context.targets[index];
                return { ...entry, status: target.status === "error" ? "failed" : target.status, errors: [target.message ?? target.status] };
            }),
        },
    };
}
/** success: every target applied (or had nothing to do); failed: none did; partial: some. */
function executionStatus(targets, outcomes) {
    const results = targets.map((target) => outcomes.get(target)?.status ?? "failed");
    const good = results.filter((status) => status === "success" || status === "skipped").length;
    if (good === results.length)
        return "success";
    return good === 0 ? "failed" : "partial";
}
/**
 * Whom a run's result calls for, from the sync's `notifications`: `on_failure` when a target
 * failed or cannot be planned (error, conflict, blocked), `on_success` after an apply that
 * succeeded; a dry-run that can go ahead calls for no one. The workflow sends them (`notify`).
 */
function notificationsDue(sync, targets, outcomes) {
    const { onSuccess, onFailure } = sync.notifications;
    const own = targets.filter((target) => target.syncId === sync.syncId);
    if (own.length === 0)
        return [];
    if (outcomes)
        return executionStatus(own, outcomes) === "success" ? onSuccess : onFailure;
    return own.some((target) => ["error", "conflict", "blocked"].includes(target.status)) ? onFailure : [];
}

;// CONCATENATED MODULE: ./packages/core/src/sync/plan-file.ts


/** One hash over the targets' hashes, in the order they were planned: what an approval names. */
function overallHash(targets) {
    return `sha256:${(0,plan_plan/* canonicalJsonHash */.ZX)({ sync: targets.map((target) => [target.syncId, target.targetId, target.planHash]) })}`;
}
function planFileOf(targets, createdAt) {
    return {
        "cadence-sync-plan": 1,
        plan_hash: overallHash(targets.map((target) => ({ syncId: target.syncId, targetId: target.target.id, planHash: target.planHash }))),
        created_at: createdAt.toISOString(),
        targets: targets.map((target) => ({ sync_id: target.syncId, target: target.target.id, plan_hash: target.planHash, status: target.status, plan: target.plan })),
    };
}
/**
 * Reads a saved plan and checks it is the one the approval names: each target's plan hashes to
 * what it says, and all of them to `expected`. A plan edited after its dry-run is refused.
 */
function readPlanFile(text, where, expected) {
    let file;
    try {
        file = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`the plan file ${where} is not valid JSON (${error.message})`);
    }
    if (file?.["cadence-sync-plan"] !== 1 || !Array.isArray(file.targets))
        throw new errors/* ConfigurationError */.j1(`${where} is not a sync plan (the plan.json of a sync dry-run)`);
    for (const target of file.targets) {
        if ((0,plan_plan/* planHash */.SH)(target.plan) !== target.plan_hash)
            throw new errors/* ConfigurationError */.j1(`the plan file ${where} was changed after the dry-run: the plan of ${target.target} does not hash to ${target.plan_hash}`);
    }
    const overall = overallHash(file.targets.map((target) => ({ syncId: target.sync_id, targetId: target.target, planHash: target.plan_hash })));
    if (overall !== file.plan_hash)
        throw new errors/* ConfigurationError */.j1(`the plan file ${where} was changed after the dry-run: its targets hash to ${overall}, not ${file.plan_hash}`);
    const selected = file.targets.find((target) => target.plan_hash === expected);
    if (overall !== expected && !selected)
        throw new errors/* ConfigurationError */.j1(`the plan file ${where} is the plan ${overall}, not ${expected}; pass the plan file of the dry-run that was approved`);
    return file;
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./packages/core/src/sync/diff.ts


/** Files above this size are named with their sizes, not diffed line by line. */
const DIFF_BYTES = 1024 * 1024;
/** A diff needing more edits than this is left out (jsdiff's work grows with edits × length). */
const MAX_EDITS = 20_000;
/**
 * The unified diff of one change, made by jsdiff (the `diff` package) in git's format: `diff --git`
 * headers, `new file mode`, `deleted file mode`, `old mode`/`new mode`, `/dev/null` for the
 * missing side. Binary files and mode changes are named, never dumped.
 */
function fileDiff(change, before, after) {
    const oldMode = change.before?.mode;
    const newMode = change.after?.mode;
    const modeChange = change.action === "modify" && oldMode && newMode && oldMode !== newMode ? [oldMode, newMode] : undefined;
    const binary = Boolean((before && isBinary(before)) || (after && isBinary(after)));
    const base = {
        oldFileName: change.action === "add" ? "/dev/null" : `a/${change.path}`,
        newFileName: change.action === "delete" ? "/dev/null" : `b/${change.path}`,
        oldHeader: undefined,
        newHeader: undefined,
        hunks: [],
        isGit: true,
        ...(change.action === "add" ? { isCreate: true, newMode } : {}),
        ...(change.action === "delete" ? { isDelete: true, oldMode } : {}),
        ...(modeChange ? { oldMode: modeChange[0], newMode: modeChange[1] } : {}),
    };
    const sameBytes = before !== undefined && after !== undefined && before.equals(after);
    const result = { path: change.path, action: change.action, binary, added: 0, removed: 0, ...(modeChange ? { modeChange } : {}) };
    // Named as git names it ("Binary files … differ"): git apply then refuses the file, rather than
    // making it empty from a header with no content.
    if (binary) {
        const named = `Binary files ${base.oldFileName} and ${base.newFileName} differ\n`;
        return { ...result, note: `binary, ${sizes(before, after)}`, text: `${(0,create/* formatPatch */.Gu)({ ...base, isBinary: true })}${named}` };
    }
    if (sameBytes)
        return { ...result, text: (0,create/* formatPatch */.Gu)(base) };
    if ((before?.length ?? 0) > DIFF_BYTES || (after?.length ?? 0) > DIFF_BYTES)
        return { ...result, note: `too large to show, ${sizes(before, after)}`, text: `${(0,create/* formatPatch */.Gu)(base)}# ${change.path}: not shown (${sizes(before, after)})\n` };
    const oldText = before?.toString("utf8") ?? "";
    const newText = after?.toString("utf8") ?? "";
    const patch = (0,create/* structuredPatch */.YB)(base.oldFileName, base.newFileName, oldText, newText, undefined, undefined, { context: 3, maxEditLength: MAX_EDITS });
    if (!patch)
        return { ...result, note: "too many changed lines to show", text: `${(0,create/* formatPatch */.Gu)(base)}# ${change.path}: too many changed lines to show\n` };
    let added = 0;
    let removed = 0;
    for (const hunk of patch.hunks) {
        for (const line of hunk.lines) {
            if (line.startsWith("+"))
                added++;
            else if (line.startsWith("-"))
                removed++;
        }
    }
    return { ...result, added, removed, text: (0,create/* formatPatch */.Gu)({ ...base, hunks: patch.hunks }) };
}
function sizes(before, after) {
    if (before && after)
        return `${before.length} → ${after.length} bytes`;
    return `${(before ?? after)?.length ?? 0} bytes`;
}

;// CONCATENATED MODULE: ./packages/core/src/sync/merge.ts






/**
 * Merges three ways with `git merge-file`: git's own merge of text (the one `git merge` uses),
 * deterministic, and present wherever the sync runs; a JavaScript diff3 would be one more
 * implementation of the same algorithm to trust. The target's edit and the source's change are
 * both kept when they touch different lines; overlapping edits, binary files, links and a missing
 * base are reported as conflicts, never written with conflict markers.
 */
async function mergeThreeWay(input) {
    const { request } = input;
    if (!input.base)
        return { reason: `has no base: the content last synced (${request.base.sha.slice(0, 12)}) is in neither the target's nor the source's history` };
    if ([request.base, request.target, request.source].some((entry) => entry.mode === SYMLINK))
        return { reason: "cannot merge a symbolic link" };
    if (isBinary(input.base) || isBinary(input.target) || isBinary(input.source))
        return { reason: "cannot merge binary content" };
    const result = await mergeFile(input.target, input.base, input.source);
    if (result.code > 0)
        return { reason: `found ${result.code} overlapping edit${result.code > 1 ? "s" : ""}` };
    // The mode: a change of it on one side wins, as git merges modes.
    const mode = request.source.mode !== request.base.mode ? request.source.mode : request.target.mode;
    return { merged: { sha: blobSha(result.stdout), mode, size: result.stdout.length } };
}
/** Merges again at apply time and hands back the bytes; refuses when they are not what was planned. */
async function mergedBytes(input, expectedSha) {
    if (!input.base)
        throw new Error(`${input.request.path}: the merge base is gone; run the dry-run again`);
    const result = await mergeFile(input.target, input.base, input.source);
    if (result.code !== 0 || blobSha(result.stdout) !== expectedSha)
        throw new Error(`${input.request.path}: the merge gives other content than the plan said; run the dry-run again`);
    return result.stdout;
}
/** `git merge-file -p` on three temporary files: the result, and the number of conflicts as its exit code. */
async function mergeFile(target, base, source) {
    const folder = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "cadence-merge-"));
    try {
        const paths = { target: (0,external_node_path_.join)(folder, "target"), base: (0,external_node_path_.join)(folder, "base"), source: (0,external_node_path_.join)(folder, "source") };
        (0,external_node_fs_.writeFileSync)(paths.target, target);
        (0,external_node_fs_.writeFileSync)(paths.base, base);
        (0,external_node_fs_.writeFileSync)(paths.source, source);
        // Exit codes 1..127 count conflicts (capped); a negative one (255) is a failure.
        return await runGit(["merge-file", "-p", "-L", "target", "-L", "last sync", "-L", "source", paths.target, paths.base, paths.source], {
            cwd: folder,
            allowCodes: Array.from({ length: 127 }, (_, index) => index + 1),
        });
    }
    finally {
        (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/sync/target-plan.ts










/** Where a target path's content comes from in the source. */
function sourceFilesFor(source, target, manifestPath) {
    // Into the target's root: the same paths, no copy of a map of 100k files.
    if (target.path === "" && !source.files.has(manifestPath))
        return { files: source.files, origin: { get: (path) => path } };
    const files = new Map();
    const origin = new Map();
    for (const [path, entry] of source.files) {
        const targetPath = joinPath(target.path, path);
        // The manifest is the sync's own record: a source that holds one (it is a target too) never overwrites it.
        if (targetPath === manifestPath)
            continue;
        files.set(targetPath, entry);
        origin.set(targetPath, path);
    }
    return { files, origin };
}
/** Plans one target from what was observed of it and of the source. */
async function planTarget(sync, target, source, endpoint, state) {
    const manifestPath = sync.options.manifest;
    const { files: sourceFiles, origin } = sourceFilesFor(source, target, manifestPath);
    const readSource = (path) => source.reader.read(origin.get(path), sourceFiles.get(path));
    const baseBytes = async (entry) => (await state.blob(entry.sha)) ?? (await source.blob?.(entry.sha));
    let classified = classify({ source: sourceFiles, target: state.files, managed: state.manifest?.files, strategy: sync.options.conflictStrategy });
    if (classified.merges.length > 0) {
        const results = new Map();
        for (const request of classified.merges) {
            results.set(request.path, await mergeThreeWay({ request, base: await baseBytes(request.base), target: await state.reader.read(request.path, request.target), source: await readSource(request.path) }));
        }
        classified = withMerges(classified, results);
    }
    const mergeOf = new Map();
    for (const change of classified.changes) {
        if (change.content === "merge")
            mergeOf.set(change.path, { base: state.manifest.files.get(change.path), target: change.before, source: sourceFiles.get(change.path) });
    }
    const conflicts = [...classified.conflicts, ...caseProblems(classified.changes, state.paths, manifestPath), ...fileFolderClashes(classified.changes, state.paths)];
    const manifestChanged = state.manifest === undefined ? classified.manifest.size > 0 : !sameFiles(state.manifest.files, classified.manifest);
    const manifestText = renderManifest({ syncId: sync.syncId, files: classified.manifest });
    const content = async (change) => {
        if (change.content === "source")
            return readSource(change.path);
        const merge = mergeOf.get(change.path);
        const request = { path: change.path, ...merge };
        return mergedBytes({ request, base: await baseBytes(merge.base), target: await state.reader.read(change.path, merge.target), source: await readSource(change.path) }, change.after.sha);
    };
    const diffs = [];
    for (const change of classified.changes) {
        const before = change.before ? await state.reader.read(change.path, change.before) : undefined;
        const after = change.after ? await content(change) : undefined;
        diffs.push(fileDiff(change, before, after));
    }
    const blocked = state.syncBranch?.foreign;
    const status = conflicts.length > 0 ? "conflict" : blocked ? "blocked" : classified.changes.length > 0 || manifestChanged ? "changes" : "unchanged";
    const message = status === "conflict"
        ? `${conflicts.length} file(s) in conflict (conflict_strategy ${sync.options.conflictStrategy}): ${conflicts.map((conflict) => conflict.path).join(", ")}`
        : blocked
            ? `the branch ${sync.options.prBranch} has a commit the sync did not make (${blocked.sha.slice(0, 12)} by ${blocked.author}); it is never force-pushed away: merge or close the pull request, or delete the branch`
            : undefined;
    const planned = { changes: classified.changes, manifestPath, ...(manifestChanged ? { manifestSha: blobSha(Buffer.from(manifestText)) } : {}), facts: {} };
    const effects = status === "changes" || status === "unchanged" ? await endpoint.effects(state, planned) : [];
    const plan = {
        action: "sync",
        formatVersion: 1,
        observations: {
            sync_id: sync.syncId,
            config: sync.configDigest,
            target: target.id,
            kind: target.kind,
            branch: target.branch ?? null,
            path: target.path,
            base: state.base,
            strategy: sync.options.conflictStrategy,
            delivery: target.kind === "file" ? "write" : sync.options.delivery,
            committer: target.kind === "file" ? null : `${sync.options.committer.name} <${sync.options.committer.email}>`,
            status,
            changes: classified.changes.map(changeJson),
            conflicts: conflicts.map((conflict) => ({ path: conflict.path, reason: conflict.reason })),
            manifest: planned.manifestSha ?? null,
        },
        effects,
    };
    const hash = (0,plan_plan/* planHash */.SH)(plan);
    const sourceFile = (change) => change.content === "source" && source.folder && change.after && change.after.mode !== SYMLINK ? (0,external_node_path_.join)(source.folder, ...origin.get(change.path).split("/")) : undefined;
    const result = { syncId: sync.syncId, target, status, ...(message ? { message } : {}), base: state.base, changes: classified.changes, conflicts, kept: classified.kept, diffs, manifestChanged, plan, planHash: hash, state };
    result.work = { changes: classified.changes, manifestText, ...(planned.manifestSha ? { manifestSha: planned.manifestSha } : {}), manifestPath, content, planHash: () => result.planHash, sourceFile, pullRequestBody: () => renderPullRequestBody(result) };
    return result;
}
/** A target that could not be read or planned: its plan says so (and its hash changes when it is fixed). */
function failedTargetPlan(sync, target, message) {
    const plan = { action: "sync", formatVersion: 1, observations: { sync_id: sync.syncId, config: sync.configDigest, target: target.id, status: "error" }, effects: [] };
    return { syncId: sync.syncId, target, status: "error", message, base: "", changes: [], conflicts: [], kept: [], diffs: [], manifestChanged: false, plan, planHash: (0,plan_plan/* planHash */.SH)(plan) };
}
function changeJson(change) {
    return {
        path: change.path,
        action: change.action,
        before: change.before ? `${change.before.mode} ${change.before.sha}` : null,
        after: change.after ? `${change.after.mode} ${change.after.sha}` : null,
        resolution: change.resolution,
    };
}
/** A file the source adds where the target has a file (or link) in place of one of its folders. */
function fileFolderClashes(changes, targetPaths) {
    if (!changes.some((change) => change.action === "add"))
        return [];
    const files = new Set(targetPaths);
    const clashes = [];
    for (const change of changes) {
        if (change.action !== "add")
            continue;
        const parts = change.path.split("/");
        for (let depth = 1; depth < parts.length; depth++) {
            const folder = parts.slice(0, depth).join("/");
            if (files.has(folder) && !changes.some((other) => other.action === "delete" && other.path === folder)) {
                clashes.push({ path: change.path, reason: `the target has a file (or a link) at ${folder}, where the source has a folder` });
                break;
            }
        }
    }
    return clashes;
}

;// CONCATENATED MODULE: ./packages/core/src/sync/replan.ts


/** Observes a target and plans it against the source. */
async function planTargetFresh(sync, target, source, endpoint) {
    const { files } = sourceFilesFor(source, target, sync.options.manifest);
    const state = await endpoint.observe(files);
    return planTarget(sync, target, source, endpoint, state);
}
/**
 * The plan an apply works from, when a target shows that an earlier apply reached it:
 * - a folder apply that was interrupted (its manifest notes the changes): planned from the state
 *   before it, the plan is that apply's again, and applying it finishes the rest;
 * - an apply that finished (a trailer on the branch head, or the manifest's stamp) and left
 *   nothing to do: the target counts with that plan's hash, and nothing is redone.
 * Otherwise the plan made from the target as it is now.
 */
async function chooseForApply(now, choice) {
    const state = now.state;
    if (!state)
        return now;
    const fits = (hash) => choice.expected === undefined || choice.expected === hash;
    if (state.pending && fits(state.pending.planHash)) {
        const before = stateBeforePending(state);
        if (before) {
            const resumed = await planTarget(choice.sync, choice.target, choice.source, choice.endpoint, before);
            if (resumed.planHash === state.pending.planHash)
                return resumed;
        }
    }
    if (state.appliedPlan && now.plan.effects.length === 0 && now.status === "unchanged" && fits(state.appliedPlan) && now.planHash !== choice.expected) {
        return { ...now, planHash: state.appliedPlan, alreadyApplied: true };
    }
    return now;
}

// EXTERNAL MODULE: ./packages/core/src/changelog/outputs.ts
var outputs = __webpack_require__(1130);
// EXTERNAL MODULE: ./packages/core/src/records/yaml-write.ts
var yaml_write = __webpack_require__(8907);
;// CONCATENATED MODULE: ./packages/core/src/sync/write.ts









/** Writes the report, plan, full diff and sync logs into one folder per plan hash, uploads them, and writes the step summary. */
async function writeSyncOutputs(context) {
    const { ports, targets, mode } = context;
    const hash = context.apply?.expected ?? context.planHash;
    const folder = (0,external_node_path_.join)(context.outDir, hash.replace(/^sha256:/, "").slice(0, 12));
    const prefix = mode === "dry-run" ? "" : "apply-";
    const diffPath = (0,external_node_path_.join)(folder, "sync.diff");
    const reportPath = (0,external_node_path_.join)(folder, `${prefix}report.md`);
    const planPath = mode === "dry-run" ? (0,external_node_path_.join)(folder, "plan.json") : undefined;
    const artifactName = context.inputs.artifactName ? `${context.inputs.artifactName}-${mode}-${hash.replace(/^sha256:/, "").slice(0, 12)}` : undefined;
    const diffRef = artifactName ? `sync.diff in the artifact ${artifactName}` : diffPath;
    const reportInput = { mode, planHash: context.planHash, targets, ...(context.apply ? { outcomes: context.apply.outcomes } : {}), diffRef };
    await (0,adapters_files/* writeFileAtomic */.Z)(reportPath, renderReport(reportInput));
    await (0,adapters_files/* writeFileAtomic */.Z)(diffPath, renderFullDiff(targets));
    if (planPath)
        await (0,adapters_files/* writeFileAtomic */.Z)(planPath, `${JSON.stringify(planFileOf([...targets], context.dryRunAt ?? ports.clock.now()), null, 1)}\n`);
    const syncLogPaths = [];
    const unsyncedFolder = (0,external_node_path_.join)(folder, "unsynced");
    let unsyncedLogPath;
    for (const sync of context.syncs) {
        const own = targets.filter((target) => target.syncId === sync.syncId);
        const logContext = {
            sync,
            targets: own,
            executionId: context.executionId,
            executedBy: ports.env.GITHUB_ACTOR ?? ports.env.USER ?? localUser() ?? "unknown",
            planHash: context.planHash,
            dryRunAt: context.dryRunAt?.toISOString() ?? null,
            diffRef,
            dryRunRef: `plan ${context.apply?.expected ?? context.planHash}${artifactName ? ` (artifact ${artifactName.replace(/-apply-/, "-dry-run-")})` : ""}`,
        };
        const unsynced = own.filter(unsyncable);
        if (mode === "dry-run" && unsynced.length > 0) {
            await (0,adapters_files/* writeFileAtomic */.Z)((0,external_node_path_.join)(unsyncedFolder, "sync-logs", `${sync.syncId}.yaml`), (0,yaml_write/* writeYaml */.V)(unsyncedLogRecord({ ...logContext, targets: unsynced })));
            unsyncedLogPath = unsyncedFolder;
        }
        const record = syncLogRecord(logContext, context.apply
            ? {
                startedAt: context.apply.startedAt.toISOString(),
                completedAt: context.apply.completedAt.toISOString(),
                approvedBy: context.apply.approvedBy,
                approvedAt: context.apply.startedAt.toISOString(),
                outcomes: context.apply.outcomes,
                integrity: context.apply.verified,
            }
            : undefined);
        const path = (0,external_node_path_.join)(folder, "sync-logs", `${sync.syncId}.yaml`);
        await (0,adapters_files/* writeFileAtomic */.Z)(path, (0,yaml_write/* writeYaml */.V)(record));
        syncLogPaths.push(path);
    }
    const summary = renderReport(reportInput, outputs/* STEP_SUMMARY_BYTES */.uK - 4096);
    await ports.reporter.summary(summary);
    let artifact;
    if (artifactName) {
        const files = [reportPath, diffPath, ...(planPath ? [planPath] : []), ...syncLogPaths];
        try {
            artifact = await ports.artifacts.upload(artifactName, files, folder);
            ports.reporter.info(`report, plan, diff and sync log: ${artifact.location}`);
        }
        catch (error) {
            // The sync itself is done; the files are still in the folder: say so, do not fail the run.
            ports.reporter.annotate("warning", `could not upload the artifact ${artifactName}: ${(0,errors/* describeError */.Uc)(error)}; the files are in ${folder}`);
        }
    }
    return { folder, reportPath, ...(planPath ? { planPath } : {}), diffPath, syncLogPaths, ...(unsyncedLogPath ? { unsyncedLogPath } : {}), summary, ...(artifact ? { artifact } : {}) };
}
/** The login name of who runs the CLI, when the system knows it. */
function localUser() {
    try {
        return (0,external_node_os_.userInfo)().username || undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/sync/run.ts


















/** A sync run from start to end: read the config, plan every target, and (in apply) apply those whose plan was approved. */
async function runSync(ports, inputs) {
    const root = (0,external_node_path_.resolve)(inputs.cwd);
    const files = new adapters_files/* LocalFiles */.h(root);
    const config = await (0,load/* loadConfig */.Z)(files, inputs.configPath ? { configPath: inputs.configPath } : {});
    const section = await (0,config_section/* configSection */.c)(files, config, "sync");
    if (section.value === undefined)
        throw new errors/* ConfigurationError */.j1("there is no sync configured: add a sync: list to .github/cadence.yml (see docs/sync.md)");
    // Sync commits are by options.committer, else the config's committer, else github-actions[bot]
    // (never the git config of the machine: the commits go to other repositories).
    const syncs = run_select(parseSyncConfig(section, root, (0,identity_committer/* configuredCommitter */.l3)(config) ?? identity_committer/* BOT_IDENTITY */.br), inputs);
    const outDir = (0,external_node_path_.resolve)(root, inputs.outDir ?? (0,external_node_path_.join)(".git", "cadence", "sync"));
    const planFile = inputs.mode === "apply" ? loadPlanFile(inputs, outDir) : undefined;
    if (inputs.mode === "apply") {
        const needing = syncs.filter((sync) => sync.options.approvalRequired);
        if (needing.length > 0 && !inputs.approvedBy) {
            throw new errors/* ConfigurationError */.j1(`the sync ${needing.map((sync) => sync.syncId).join(", ")} requires approval (options.approval_required): pass approved-by naming who approved plan ${inputs.planHash}`);
        }
    }
    const context = {
        root,
        env: ports.env,
        ...(ports.defaultToken ? { defaultToken: ports.defaultToken } : {}),
        secret: (value) => ports.reporter.secret(value),
        clock: ports.clock,
        ...(ports.apiUrl ? { apiUrl: ports.apiUrl } : {}),
        ...(ports.retryBaseMs !== undefined ? { retryBaseMs: ports.retryBaseMs } : {}),
        log: (message) => ports.reporter.debug(message),
    };
    const planned = [];
    const sessions = [];
    const endpoints = [];
    const dryRunAt = ports.clock.now();
    const requests = () => sessions.reduce((sum, session) => sum + session.apiRequests, 0);
    try {
        for (const sync of syncs) {
            const session = new SyncSession(sync, context);
            sessions.push(session);
            // Targets are opened first: a target that cannot be opened fails alone, with its own reason.
            const opened = [];
            for (const [index, target] of sync.targets.entries()) {
                try {
                    const endpoint = await session.openTarget(target, index);
                    endpoints.push(endpoint);
                    opened.push(endpoint);
                }
                catch (error) {
                    opened.push(error instanceof Error ? error : new Error(String(error)));
                }
            }
            let snapshot;
            try {
                snapshot = await session.readSource(pathFilter(sync.filters.include, sync.filters.exclude));
            }
            catch (error) {
                const message = `source ${sync.source.location}: ${(0,errors/* describeError */.Uc)(error)}`;
                for (const target of sync.targets)
                    planned.push({ sync, plan: failedTargetPlan(sync, target, message) });
                continue;
            }
            for (const [index, target] of sync.targets.entries()) {
                try {
                    const endpoint = opened[index];
                    if (endpoint instanceof Error)
                        throw endpoint;
                    let plan = await planTargetFresh(sync, target, snapshot, endpoint);
                    if (inputs.mode === "apply")
                        plan = await chooseForApply(plan, { sync, target, source: snapshot, endpoint, expected: expectedFor(planFile, inputs, sync, target.id) });
                    planned.push({ sync, plan, endpoint });
                }
                catch (error) {
                    planned.push({ sync, plan: failedTargetPlan(sync, target, (0,errors/* describeError */.Uc)(error)) });
                }
            }
        }
        const targets = planned.map((item) => item.plan);
        const planHash = overallHash(targets.map((target) => ({ syncId: target.syncId, targetId: target.target.id, planHash: target.planHash })));
        const executionId = ports.env.GITHUB_RUN_ID ? `${ports.env.GITHUB_RUN_ID}-${ports.env.GITHUB_RUN_ATTEMPT ?? "1"}` : (0,external_node_crypto_.randomUUID)();
        const common = { ports, inputs, syncs, targets, planHash, outDir, executionId, dryRunAt };
        if (inputs.mode === "dry-run") {
            for (const target of targets) {
                const title = `sync ${target.syncId} → ${target.target.id}`;
                if (target.status === "error" || target.status === "blocked" || target.status === "conflict")
                    ports.reporter.info(`dry-run of ${title}: ${target.status}: ${target.message ?? ""}`);
                else
                    (0,apply/* reportDryRun */.H)(target.plan, target.planHash, ports.reporter, title);
            }
            const written = await writeSyncOutputs({ ...common, mode: "dry-run" });
            const status = targets.some((target) => target.status === "error") ? "failed" : "planned";
            const notify = notifyAll(syncs, targets, undefined);
            return { mode: "dry-run", planHash, targets, outcomes: new Map(), status, files: written, apiRequests: requests(), notify };
        }
        const outcomes = new Map();
        const approved = approvedTargets(planned, planHash, inputs, planFile);
        const startedAt = ports.clock.now();
        let verified = true;
        for (const item of planned) {
            const refusal = approved.get(item.plan);
            if (refusal) {
                outcomes.set(item.plan, refusal);
                continue;
            }
            const applied = await applyTarget(item.plan, { sync: item.sync, endpoint: item.endpoint, reporter: ports.reporter, commands: ports.commands, ...(ports.wrapHandler ? { wrapHandler: ports.wrapHandler } : {}) });
            outcomes.set(item.plan, applied.outcome);
            if (applied.outcome.status === "success" && !applied.verified)
                verified = false;
        }
        const results = [...outcomes.values()];
        const good = results.filter((outcome) => outcome.status === "success" || outcome.status === "skipped").length;
        const status = good === results.length ? "success" : good === 0 ? "failed" : "partial";
        const written = await writeSyncOutputs({
            ...common,
            mode: "apply",
            ...(planFile ? { dryRunAt: new Date(planFile.created_at) } : { dryRunAt: null }),
            apply: { startedAt, completedAt: ports.clock.now(), outcomes, verified, approvedBy: inputs.approvedBy ?? ports.env.GITHUB_ACTOR ?? null, expected: inputs.planHash },
        });
        const notify = notifyAll(syncs, targets, outcomes);
        return { mode: "apply", planHash, targets, outcomes, status, files: written, apiRequests: requests(), notify };
    }
    finally {
        for (const endpoint of endpoints)
            await endpoint.close().catch(() => undefined);
        for (const session of sessions)
            await session.close();
    }
}
/** Every sync's notification targets due for this result, each once. */
function notifyAll(syncs, targets, outcomes) {
    return [...new Set(syncs.flatMap((sync) => notificationsDue(sync, targets, outcomes)))];
}
/** The syncs and targets asked for; an unknown sync id or target is an error that lists the known ones. */
function run_select(syncs, inputs) {
    let chosen = syncs;
    if (inputs.syncId) {
        chosen = syncs.filter((sync) => sync.syncId === inputs.syncId);
        if (chosen.length === 0)
            throw new errors/* ConfigurationError */.j1(`there is no sync '${inputs.syncId}'; the syncs are ${syncs.map((sync) => sync.syncId).join(", ") || "(none)"}`);
    }
    if (inputs.targets) {
        const wanted = inputs.targets;
        chosen = syncs.map((sync) => ({ ...sync, targets: sync.targets.filter((target) => wanted.some((entry) => entry.syncId === sync.syncId && entry.target === target.id)) }));
        const unknown = wanted.filter((entry) => !chosen.some((sync) => sync.syncId === entry.syncId && sync.targets.some((target) => target.id === entry.target)));
        if (unknown.length > 0) {
            const known = syncs.flatMap((sync) => sync.targets.map((target) => `${sync.syncId}/${target.id}`));
            throw new errors/* ConfigurationError */.j1(`targets names ${unknown.map((entry) => `${entry.syncId}/${entry.target}`).join(", ")}, which the configuration does not have; its targets are ${known.join(", ")}`);
        }
        return chosen.filter((sync) => sync.targets.length > 0);
    }
    if (inputs.target) {
        chosen = chosen.map((sync) => ({ ...sync, targets: sync.targets.filter((target) => target.id === inputs.target) })).filter((sync) => sync.targets.length > 0);
        if (chosen.length === 0) {
            const known = syncs.flatMap((sync) => sync.targets.map((target) => target.id));
            throw new errors/* ConfigurationError */.j1(`no sync has the target '${inputs.target}'; the targets are ${known.join(", ")}`);
        }
    }
    return chosen;
}
/** The dry-run's plan file: given, or found in the output folder under the plan hash (the CLI keeps it there). */
function loadPlanFile(inputs, outDir) {
    const path = inputs.planFile ? (0,external_node_path_.resolve)(inputs.cwd, inputs.planFile) : (0,external_node_path_.join)(outDir, folderName(inputs.planHash), "plan.json");
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (inputs.planFile)
            throw new errors/* ConfigurationError */.j1(`the plan file ${inputs.planFile} does not exist`);
        return undefined;
    }
    return readPlanFile((0,external_node_fs_.readFileSync)(path, "utf8"), inputs.planFile ?? path, inputs.planHash);
}
function folderName(hash) {
    return hash.replace(/^sha256:/, "").slice(0, 12);
}
function expectedFor(file, inputs, sync, targetId) {
    const entry = file?.targets.find((target) => target.sync_id === sync.syncId && target.target === targetId);
    if (entry)
        return entry.plan_hash;
    if (inputs.targets)
        return inputs.targets.find((chosen) => chosen.syncId === sync.syncId && chosen.target === targetId)?.planHash;
    return inputs.target ? inputs.planHash : undefined;
}
/**
 * Which targets the approved plan hash covers. With the dry-run's plan file each target is held
 * to its own hash, so one that moved is refused and the others go on; without it the hash over
 * all targets (or, with a target chosen, that target's hash) must match, or nothing is applied.
 */
function approvedTargets(planned, planHash, inputs, file) {
    const refusals = new Map();
    const expected = inputs.planHash;
    if (inputs.targets) {
        // A shard: each target held to its own approved hash, so one that moved is refused alone.
        for (const { plan } of planned) {
            const approved = inputs.targets.find((entry) => entry.syncId === plan.syncId && entry.target === plan.target.id).planHash;
            if (approved !== plan.planHash)
                refusals.set(plan, { status: "stale", error: `the target moved or its plan changed since the dry-run (approved plan ${approved}, today's ${plan.planHash}): stale plan; run the dry-run again` });
        }
        return refusals;
    }
    if (file) {
        for (const { plan } of planned) {
            const entry = file.targets.find((target) => target.sync_id === plan.syncId && target.target === plan.target.id);
            if (!entry)
                refusals.set(plan, { status: "stale", error: `the approved plan has no target ${plan.target.id}` });
            else if (entry.plan_hash !== plan.planHash)
                refusals.set(plan, { status: "stale", error: staleReason(entry.plan.observations, plan) });
        }
        return refusals;
    }
    const single = planned.length === 1 && planned[0].plan.planHash === expected;
    if (planHash === expected || single)
        return refusals;
    for (const { plan } of planned) {
        refusals.set(plan, {
            status: "stale",
            error: `the plan is stale or from another configuration: the dry-run's plan hash was ${expected}, today's is ${planHash}. Run the dry-run again and apply its plan hash (or pass the dry-run's plan.json as plan-file to apply the targets that did not move)`,
        });
    }
    return refusals;
}
/** Says what moved between the dry-run and now, from the two plans' observations. */
function staleReason(before, now) {
    const after = now.plan.observations;
    if (before.config !== after.config)
        return "the plan comes from another configuration of this sync (its config digest differs); run the dry-run again";
    if (before.base !== after.base)
        return `the target moved since the dry-run (base ${String(before.base)} is now ${String(after.base)}): stale plan; run the dry-run again`;
    return "the source or the target changed since the dry-run (the planned changes differ): stale plan; run the dry-run again";
}

// EXTERNAL MODULE: ./packages/core/src/adapters/clock.ts
var clock = __webpack_require__(3664);
;// CONCATENATED MODULE: ./packages/core/src/sync/artifacts.ts


/** A folder as the artifact store: the CLI's, and the action's when the runner has no artifact service. */
class FolderArtifacts {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    get description() {
        return `folder ${this.dir}`;
    }
    async upload(name, files) {
        const folder = join(this.dir, name);
        mkdirSync(folder, { recursive: true });
        for (const file of files)
            copyFileSync(file, join(folder, basename(file)));
        return { name, location: folder };
    }
}
/** The files already sit in their folder: nothing to copy, only to say where. */
class InPlaceArtifacts {
    description = "the output folder";
    async upload(name, _files, rootDir) {
        return { name, location: rootDir };
    }
}

// EXTERNAL MODULE: ./packages/core/src/gates/commands.ts
var commands = __webpack_require__(6726);
;// CONCATENATED MODULE: ./packages/core/src/sync/outputs.ts


/** What the action sets as outputs and the CLI prints as JSON: the same facts, the same names. */
function syncOutputs(result, maxMatrixLegs = MATRIX_LIMIT) {
    const targets = result.targets.map((target) => {
        const counts = countChanges(target.changes);
        const outcome = result.outcomes.get(target);
        const message = outcome?.error ?? target.message;
        return {
            syncId: target.syncId,
            target: target.target.id,
            type: target.target.kind,
            base: target.base,
            ...counts,
            planHash: target.planHash,
            status: outcome?.status ?? target.status,
            ...(message ? { message } : {}),
            ...(target.conflicts.length > 0 ? { conflicts: target.conflicts.map((conflict) => conflict.path) } : {}),
            ...(outcome?.pullRequest ? { pullRequest: outcome.pullRequest } : {}),
            ...(outcome?.commit ? { commit: outcome.commit } : {}),
        };
    });
    const counts = targets.reduce((sum, target) => ({ add: sum.add + target.add, modify: sum.modify + target.modify, delete: sum.delete + target.delete }), { add: 0, modify: 0, delete: 0 });
    const failed = targets.filter((target) => ["error", "conflict", "blocked", "failed", "stale"].includes(target.status)).map((target) => target.target);
    const logs = result.files.syncLogPaths;
    const applyTargets = targets.filter((_, index) => {
        const plan = result.targets[index];
        return plan.status === "changes" || (plan.status === "unchanged" && plan.plan.effects.length > 0);
    });
    return {
        mode: result.mode,
        planHash: result.planHash,
        status: result.status,
        // Something to apply: file changes, or only a pull request to close (the source went back).
        changes: applyTargets.length > 0,
        counts: { ...counts, total: counts.add + counts.modify + counts.delete },
        targets,
        applyTargets,
        applyMatrix: applyMatrix(applyTargets, maxMatrixLegs, result.planHash),
        failedTargets: failed,
        smokeFailed: result.targets.filter((plan) => result.outcomes.get(plan)?.smoke?.passed === false).map((plan) => plan.target.id),
        reportPath: result.files.reportPath,
        planPath: result.files.planPath ?? null,
        diffPath: result.files.diffPath,
        syncLogPath: logs.length === 1 ? logs[0] : logs.length > 0 ? logs[0].replace(/\/[^/]+$/, "") : "",
        syncLogPaths: logs,
        unsyncedLogPath: result.files.unsyncedLogPath ?? "",
        artifact: result.files.artifact?.location ?? null,
        notify: result.notify,
    };
}

// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
;// CONCATENATED MODULE: ./packages/cli/src/commands/sync.ts



const flags = {
    apply: { type: "boolean", about: "apply the plan of --plan-hash instead of planning (a dry-run)" },
    "plan-hash": { type: "string", value: "sha256:…", about: "with --apply, the reviewed dry-run's plan hash", defaultIs: "none" },
    "plan-file": { type: "string", value: "PATH", about: "with --apply, the dry-run's plan.json: each target held to its own hash", defaultIs: "none" },
    "sync-id": { type: "string", value: "ID", about: "run only this sync", defaultIs: "every sync" },
    target: { type: "string", value: "NAME", about: "run only this target", defaultIs: "every target" },
    config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
    out: { type: "string", value: "DIR", about: "where the report, plan, diff and sync_log go (in DIR/<plan hash>)", defaultIs: ".git/cadence/sync" },
    "approved-by": { type: "string", value: "NAME", about: "with --apply, who approved the dry-run", defaultIs: "none" },
    json: { type: "boolean", about: "print the outputs as JSON" },
    summary: { type: "boolean", about: "print the markdown report" },
    cwd: { type: "string", value: "DIR", about: "the repository whose configuration is read", defaultIs: "the current folder" },
    verbose: { type: "boolean", about: "print every step" },
};
const syncHelp = {
    usage: "cadence sync [--apply --plan-hash sha256:…] [flags]",
    summary: "plan every sync of the configuration (a dry-run), or apply a reviewed plan",
    about: `Plans every sync of .github/cadence.yml (a dry-run: nothing changes) and writes the report, the
plan (with a plan hash per target and one over all), the full diff and the sync_log. --apply
--plan-hash H applies that plan, and refuses targets that moved since. git and api targets use
GITHUB_TOKEN (or GH_TOKEN) unless they name their own credentials. Exits 1 when a target cannot be
synced (error, conflict, blocked, stale).`,
    flags,
};
async function syncCommand(argv, out) {
    const { values } = (0,args/* parseFlags */.bQ)(argv, flags);
    const cwd = (0,external_node_path_.resolve)(values.cwd ?? process.cwd());
    const inputs = parseSyncInputs({
        cwd,
        scratch: (0,paths/* scratchFolder */.$B)(process.env),
        mode: values.apply ? "apply" : "dry-run",
        planHash: values["plan-hash"],
        planFile: values["plan-file"],
        syncId: values["sync-id"],
        target: values.target,
        configPath: values.config,
        outDir: values.out,
        approvedBy: values["approved-by"],
    });
    const reporter = new reporter_terminal/* TerminalReporter */.s(process.stderr, values.verbose ?? false);
    const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || "";
    reporter.secret(token);
    const result = await runSync({
        clock: clock/* systemClock */.m,
        reporter,
        env: process.env,
        artifacts: new InPlaceArtifacts(),
        commands: new commands/* ExecCommandRunner */.L(),
        ...(token ? { defaultToken: token } : {}),
        ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
    }, inputs);
    const outputs = syncOutputs(result);
    if (values.json)
        out.write(`${JSON.stringify(outputs, null, 2)}\n`);
    else if (values.summary)
        out.write(`${result.files.summary}\n`);
    else {
        out.write(`plan ${outputs.planHash}${outputs.mode === "dry-run" ? " (dry-run: nothing changed)" : ""}\n`);
        for (const target of outputs.targets) {
            out.write(`  ${target.syncId} → ${target.target}: ${target.status}, +${target.add} ~${target.modify} -${target.delete} (${target.planHash.slice(0, 19)}…)${target.message ? `\n    ${target.message}` : ""}${target.pullRequest ? `\n    ${target.pullRequest}` : ""}\n`);
        }
        out.write(`report: ${outputs.reportPath}\nsync log: ${outputs.syncLogPath}\n`);
        if (outputs.mode === "dry-run")
            out.write(`apply with: cadence sync --apply --plan-hash ${outputs.planHash}\n`);
    }
    if (outputs.failedTargets.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${outputs.failedTargets.length} of ${outputs.targets.length} target(s) cannot be synced: ${outputs.failedTargets.join(", ")} (see ${outputs.reportPath})`);
    }
}


/***/ }),

/***/ 211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ln: () => (/* binding */ onOrAfter),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   ap: () => (/* binding */ localClock),
/* harmony export */   cI: () => (/* binding */ lastWeekdayOfMonth),
/* harmony export */   kQ: () => (/* binding */ isTimeZone),
/* harmony export */   lY: () => (/* binding */ yearOf),
/* harmony export */   w4: () => (/* binding */ WEEKDAYS)
/* harmony export */ });
/* unused harmony export weekdayOf */
/**
 * Calendar dates and wall-clock times without an instant: "2026-12-20" is a day in whatever
 * time zone the calendar names. Dates are counted as days since 1970-01-01 (proleptic
 * Gregorian), so adding days never meets a DST change; only converting an instant to a local
 * date needs the zone, and Intl does that.
 */
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days since 1970-01-01 for a valid YYYY-MM-DD, or undefined (2026-02-30 is not a date). */
function parseDate(text) {
    const match = DATE.exec(text);
    if (!match)
        return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
        return undefined;
    return Math.round(ms / 86_400_000);
}
function formatDate(day) {
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
function weekdayOf(day) {
    return WEEKDAYS[new Date(day * 86_400_000).getUTCDay()];
}
/** The first day on or after `day` that is a `weekday`. */
function onOrAfter(day, weekday) {
    const shift = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(day)) + 7) % 7;
    return day + shift;
}
/** The last `weekday` of a month (month 1–12). */
function lastWeekdayOfMonth(year, month, weekday) {
    const last = Math.round(Date.UTC(year, month, 0) / 86_400_000);
    const shift = (WEEKDAYS.indexOf(weekdayOf(last)) - WEEKDAYS.indexOf(weekday) + 7) % 7;
    return last - shift;
}
function yearOf(day) {
    return new Date(day * 86_400_000).getUTCFullYear();
}
/** Whether Intl knows the zone (IANA names such as Europe/Berlin, or UTC). */
function isTimeZone(zone) {
    try {
        new Intl.DateTimeFormat("en-US", { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
/** The wall clock in a zone at an instant: its date (as a day number) and "YYYY-MM-DDTHH:MM". */
function localClock(instant, zone) {
    const parts = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZoneName: "longOffset",
    }).formatToParts(instant);
    const get = (type) => parts.find((part) => part.type === type)?.value ?? "";
    const date = `${get("year")}-${get("month")}-${get("day")}`;
    const offset = get("timeZoneName").replace(/^GMT/, "") || "+00:00";
    return { day: parseDate(date), wallClock: `${date}T${get("hour")}:${get("minute")}`, offset };
}


/***/ }),

/***/ 928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ loadCalendarConfig),
/* harmony export */   Jh: () => (/* binding */ throwProblems),
/* harmony export */   rj: () => (/* binding */ parseCalendarSection)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5341);
/* harmony import */ var _config_section_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7167);
/* harmony import */ var _config_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8503);
/* harmony import */ var _civil_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(211);




const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?$/;
/** Reads `calendar` from the configuration (and the release_calendar file it names), checking every date. */
async function loadCalendarConfig(files, config) {
    const section = await (0,_config_section_js__WEBPACK_IMPORTED_MODULE_0__/* .configSection */ .c)(files, config, "calendar");
    const problems = [];
    const calendar = parseCalendarSection(section, problems);
    const raw = (section.value ?? {});
    if (typeof raw.file === "string")
        calendar.planned = await readReleaseCalendar(files, raw.file, section, problems);
    throwProblems(problems);
    return calendar;
}
function parseCalendarSection(section, problems) {
    const raw = (section.value ?? {});
    const at = (...path) => section.locate(path);
    const timezone = typeof raw.timezone === "string" ? raw.timezone : "UTC";
    if (!(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .isTimeZone */ .kQ)(timezone))
        problems.push({ text: `calendar.timezone '${timezone}' is not a time zone Intl knows; use an IANA name such as Europe/Berlin or America/New_York`, location: at("timezone") });
    const date = (value, path) => {
        const day = typeof value === "string" ? (0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._U)(value) : undefined;
        if (day === undefined)
            problems.push({ text: `calendar.${describe(path)} must be a date YYYY-MM-DD that exists, not '${String(value)}'`, location: at(...path) });
        return day;
    };
    const weekday = (value, fallback, path) => {
        if (value === undefined)
            return fallback;
        if (typeof value === "string" && _civil_js__WEBPACK_IMPORTED_MODULE_1__/* .WEEKDAYS */ .w4.includes(value.toLowerCase()))
            return value.toLowerCase();
        problems.push({ text: `calendar.${describe(path)} must be a weekday (monday … sunday), not '${String(value)}'`, location: at(...path) });
        return fallback;
    };
    let minor;
    if (raw.minor !== false) {
        const spec = (raw.minor ?? {});
        if (spec.anchor !== undefined) {
            const anchor = date(spec.anchor, ["minor", "anchor"]);
            const everyWeeks = typeof spec["every-weeks"] === "number" ? spec["every-weeks"] : 2;
            if (!Number.isInteger(everyWeeks) || everyWeeks < 2)
                problems.push({ text: "calendar.minor.every-weeks must be a whole number of at least 2 (a development week and a stabilization week)", location: at("minor", "every-weeks") });
            const rcWeekday = weekday(spec["rc-weekday"], "thursday", ["minor", "rc-weekday"]);
            const releaseWeekday = weekday(spec["release-weekday"], "friday", ["minor", "release-weekday"]);
            if (releaseWeekday === rcWeekday)
                problems.push({ text: `calendar.minor: the RC cut and the release cannot both be on ${rcWeekday}`, location: at("minor", "release-weekday") });
            if (anchor !== undefined)
                minor = { anchor, everyWeeks, rcWeekday, releaseWeekday };
        }
    }
    let major;
    if (raw.major !== false) {
        const spec = (raw.major ?? {});
        const months = Array.isArray(spec.months) ? spec.months : [3, 6, 9, 12];
        months.forEach((month, index) => {
            if (typeof month !== "number" || !Number.isInteger(month) || month < 1 || month > 12)
                problems.push({ text: `calendar.major.months[${index}] must be a month number 1–12`, location: at("major", "months", index) });
        });
        major = { months: months.filter((month) => typeof month === "number"), weekday: weekday(spec.weekday, "friday", ["major", "weekday"]) };
    }
    const blackouts = [];
    asList(raw.blackout).forEach((entry, index) => {
        const item = (entry ?? {});
        const from = date(item.from, ["blackout", index, "from"]);
        const to = date(item.to, ["blackout", index, "to"]);
        if (from !== undefined && to !== undefined && to < from)
            problems.push({ text: `calendar.blackout[${index}] ends (${(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(to)}) before it starts (${(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(from)})`, location: at("blackout", index, "to") });
        if (from !== undefined && to !== undefined && to >= from)
            blackouts.push({ from, to, reason: typeof item.reason === "string" ? item.reason : "blackout" });
    });
    const sorted = blackouts.map((blackout, index) => ({ blackout, index })).sort((a, b) => a.blackout.from - b.blackout.from);
    for (let index = 1; index < sorted.length; index++) {
        const before = sorted[index - 1];
        const after = sorted[index];
        if (after.blackout.from <= before.blackout.to) {
            problems.push({
                text: `calendar.blackout[${after.index}] (${(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(after.blackout.from)} – ${(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(after.blackout.to)}) overlaps blackout[${before.index}] (${(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(before.blackout.from)} – ${(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(before.blackout.to)}); merge them into one period`,
                location: at("blackout", after.index),
            });
        }
    }
    const freezes = [];
    asList(raw.freeze).forEach((entry, index) => {
        const item = (entry ?? {});
        const from = wallClock(item.from, false, ["freeze", index, "from"], problems, at);
        const to = wallClock(item.to, true, ["freeze", index, "to"], problems, at);
        if (from && to && to <= from)
            problems.push({ text: `calendar.freeze[${index}] ends (${String(item.to)}) before it starts (${String(item.from)})`, location: at("freeze", index, "to") });
        const allow = asList(item.allow).filter((kind) => kind === "major" || kind === "minor" || kind === "patch");
        if (from && to && to > from)
            freezes.push({ from, to, reason: typeof item.reason === "string" ? item.reason : "freeze", allow: item.allow === undefined ? ["patch"] : allow });
    });
    const horizon = typeof raw.horizon === "number" && raw.horizon > 0 ? Math.floor(raw.horizon) : 6;
    return { timezone, minor, major, blackouts, freezes, planned: [], horizon };
}
/** A date means its whole day: from 00:00, or to the end of that day. */
function wallClock(value, end, path, problems, at) {
    const match = typeof value === "string" ? WALL_CLOCK.exec(value) : null;
    const day = match ? (0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._U)(match[1]) : undefined;
    const valid = match && day !== undefined && (match[2] === undefined || (Number(match[2]) < 24 && Number(match[3]) < 60));
    if (!valid) {
        problems.push({ text: `calendar.${describe(path)} must be a date YYYY-MM-DD or a local time YYYY-MM-DDTHH:MM, not '${String(value)}'`, location: at(...path) });
        return undefined;
    }
    if (match[2] !== undefined)
        return `${match[1]}T${match[2]}:${match[3]}`;
    return end ? `${(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(day + 1)}T00:00` : `${match[1]}T00:00`;
}
/** The seed's release_calendar YAML: explicit minor, major and patch releases. */
async function readReleaseCalendar(files, path, section, problems) {
    const text = await files.read(path);
    if (text === undefined) {
        problems.push({ text: `calendar.file names ${path}, which does not exist`, location: section.locate(["file"]) });
        return [];
    }
    const source = (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__.parseYamlSource)(path, text);
    const root = (source.value?.release_calendar ?? undefined);
    if (!root || typeof root !== "object") {
        problems.push({ text: "must have a top-level release_calendar mapping (the seed's template)", location: { file: path, line: 1, column: 1 } });
        return [];
    }
    const planned = [];
    const read = (list, kind, dateKey) => {
        asList(root[list]).forEach((entry, index) => {
            const item = (entry ?? {});
            const day = typeof item[dateKey] === "string" ? (0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._U)(item[dateKey]) : undefined;
            if (day === undefined) {
                problems.push({ text: `release_calendar.${list}[${index}].${dateKey} must be a date YYYY-MM-DD that exists, not '${String(item[dateKey])}'`, location: source.locate(["release_calendar", list, index, dateKey]) });
                return;
            }
            const rc = typeof item.rc_date === "string" ? (0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._U)(item.rc_date) : undefined;
            if (item.rc_date !== undefined && rc === undefined)
                problems.push({ text: `release_calendar.${list}[${index}].rc_date must be a date YYYY-MM-DD, not '${String(item.rc_date)}'`, location: source.locate(["release_calendar", list, index, "rc_date"]) });
            if (rc !== undefined && rc > day)
                problems.push({ text: `release_calendar.${list}[${index}]: the RC date ${String(item.rc_date)} comes after the release date ${String(item[dateKey])}`, location: source.locate(["release_calendar", list, index, "rc_date"]) });
            planned.push({ kind, version: String(item.version ?? ""), releaseDate: day, status: String(item.status ?? "planned"), ...(rc !== undefined ? { rcDate: rc } : {}), ...(item.hotfix === true ? { hotfix: true } : {}) });
        });
    };
    read("minor_releases", "minor", "release_date");
    read("major_releases", "major", "planned_date");
    read("patch_releases", "patch", "release_date");
    return planned;
}
function asList(value) {
    return Array.isArray(value) ? value : [];
}
function describe(path) {
    return path.map((part) => (typeof part === "number" ? `[${part}]` : part)).join(".").replace(/\.\[/g, "[");
}
function throwProblems(problems) {
    if (problems.length === 0)
        return;
    const sorted = [...problems].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
    const first = sorted[0];
    const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more problem${sorted.length > 2 ? "s" : ""})` : "";
    throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${first.text}${more}`, first.location, sorted.map((problem) => (problem.location ? `${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatLocation */ .j$)(problem.location)}: ${problem.text}` : problem.text)));
}


/***/ }),

/***/ 3691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   hg: () => (/* binding */ characters),
/* harmony export */   vY: () => (/* binding */ fitText)
/* harmony export */ });
/**
 * The beginning of `text` that fits in `budget` (as `size` measures it: bytes for a step summary,
 * characters for a GitHub release body), cut after the last whole line, followed by `notice`
 * (which names where the whole text is); the text itself when it fits.
 */
function fitText(text, budget, notice, size) {
    if (size(text) <= budget)
        return text;
    const room = Math.max(0, budget - size(notice));
    let end = 0;
    for (let used = 0;;) {
        const next = text.indexOf("\n", end + 1);
        const lineEnd = next === -1 ? text.length : next;
        used += size(text.slice(end, lineEnd));
        if (used > room)
            break;
        end = lineEnd;
        if (next === -1)
            break;
    }
    return `${text.slice(0, end)}${notice}`;
}
const bytes = (part) => Buffer.byteLength(part);
const characters = (part) => part.length;


/***/ }),

/***/ 1130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LC: () => (/* binding */ renderChangelogSummary),
/* harmony export */   LP: () => (/* binding */ changelogOutputs),
/* harmony export */   uK: () => (/* binding */ STEP_SUMMARY_BYTES)
/* harmony export */ });
/* unused harmony exports entryJson, LazyList */
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1070);
/* harmony import */ var _fit_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3691);


/** One listed entry as the JSON gives it: enough to review a dry-run without the file. */
function entryJson(entry) {
    return {
        kind: entry.type ?? null,
        section: entry.section,
        scope: entry.scope ?? null,
        subject: entry.subject,
        breaking: entry.breaking,
        commit: entry.sha,
        references: entry.references.map((reference) => ({
            number: reference.number,
            ...(reference.repository ? { repository: reference.repository } : {}),
            ...(reference.action ? { action: reference.action } : {}),
            in: reference.in,
        })),
    };
}
/**
 * A list made each time it is read, for a long one that most readers never look at: the action
 * does not output the entries, and the CLI writes them a batch at a time (50k of them at 100k
 * commits). `JSON.stringify` sees an array.
 */
class LazyList {
    make;
    constructor(make) {
        this.make = make;
    }
    [Symbol.iterator]() {
        return this.make()[Symbol.iterator]();
    }
    toJSON() {
        return [...this];
    }
}
function* listedEntries(release) {
    for (const section of release?.sections ?? [])
        for (const entry of section.entries)
            yield entryJson(entry);
}
/** The action's outputs and the CLI's JSON share this one shape. */
function changelogOutputs(result) {
    const release = result.release;
    return {
        version: release?.version ?? null,
        tag: release?.tag ?? null,
        previousVersion: release?.previousVersion ?? null,
        date: release?.date ?? null,
        releaseNeeded: release !== undefined,
        nothingToRelease: result.nothingToRelease ?? null,
        notes: result.notes ?? "",
        changelogPath: result.changelogPath,
        recordDir: result.recordDir ?? null,
        notesPath: result.notesPath ?? null,
        format: result.config.format,
        releases: result.releases.map((item) => item.version),
        sections: (release?.sections ?? []).map((section) => ({ title: section.title, count: section.entries.length })),
        /** The listed entries, section by section in the order the CHANGELOG shows them. */
        entries: new LazyList(() => listedEntries(release)),
        /** The CHANGELOG section as written (or as a dry-run would write it). */
        section: result.section ?? null,
        breakingChanges: release?.breaking.length ?? 0,
        commitCount: release?.commitCount ?? 0,
        planHash: result.planHash,
        dryRun: result.applied.dryRun,
        evidencePath: result.evidencePath ?? null,
        effects: result.applied.outcomes.map((outcome) => ({ id: outcome.id, status: outcome.status, summary: outcome.summary })),
    };
}
/**
 * GitHub shows a step summary of at most 1 MiB and drops a larger one whole, with an error in the
 * log. The notes of a very large release (100k commits make about 5 MB) are cut to fit, with a
 * line saying where the whole text is.
 */
const STEP_SUMMARY_BYTES = 1024 * 1024;
/** The step summary: the rendered notes, then the plan; within `maxBytes` when given. */
function renderChangelogSummary(result, options = {}) {
    const head = ["## changelog", ""];
    const tail = [];
    if (result.nothingToRelease)
        head.push(result.nothingToRelease, "");
    if (result.releases.length > 1)
        tail.push(`Regenerated ${result.releases.length} releases in ${result.changelogPath}.`, "");
    tail.push((0,_plan_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .renderPlan */ .EG)(result.plan, result.planHash));
    if (result.applied.dryRun)
        tail.push("", "_Dry-run: nothing was changed._");
    const notes = !result.nothingToRelease && result.notes ? result.notes.replace(/^# /m, "### ") : undefined;
    if (notes === undefined)
        return [...head, ...tail].join("\n");
    const fixed = Buffer.byteLength([...head, ...tail].join("\n")) + 2;
    const fitted = options.maxBytes === undefined ? notes : fitNotes(notes, options.maxBytes - fixed, result, options.notesPath);
    return [...head, fitted, "", ...tail].join("\n");
}
/** The notes cut after the last whole line that fits in `budget` bytes, and a line that says so. */
function fitNotes(notes, budget, result, notesPath) {
    const size = Buffer.byteLength(notes);
    if (size <= budget)
        return notes;
    // A dry-run writes neither the record nor the CHANGELOG.
    const path = notesPath ?? (result.applied.dryRun ? undefined : result.notesPath);
    const where = path ? `the whole text is in \`${path}\`` : result.applied.dryRun ? "the whole text is in the `notes` output" : `the whole release is in \`${result.changelogPath}\``;
    const notice = `\n\n> The release notes are ${Math.round(size / 1024)} KB, more than a step summary can show: this is their beginning; ${where}.`;
    return (0,_fit_text_js__WEBPACK_IMPORTED_MODULE_1__/* .fitText */ .vY)(notes, budget, notice, _fit_text_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .ee);
}


/***/ }),

/***/ 7167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ configSection)
/* harmony export */ });
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8503);

/**
 * The raw `name` section of a loaded configuration, with positions when it came from
 * .github/cadence.yml (loadConfig already validated the file against the schema).
 */
async function configSection(files, config, name) {
    const value = config.raw[name];
    const file = config.source.kind === "cadence" ? config.source.files[0] : undefined;
    if (value === undefined || !file)
        return { value, locate: () => (file ? { file } : undefined) };
    const text = await files.read(file);
    if (text === undefined)
        return { value, locate: () => ({ file }) };
    const source = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__.parseYamlSource)(file, text);
    return { value, locate: (path) => source.locate([name, ...path]) };
}


/***/ }),

/***/ 8503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYamlSource: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5341);


function parseYamlSource(file, text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const problems = document.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return { message: error.message.split("\n")[0], location: { file, line: position.line, column: position.col } };
    });
    if (problems.length > 0) {
        const first = problems[0];
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`is not valid YAML: ${first.message}${more}`, first.location, problems.map((problem) => `${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocation */ .j$)(problem.location)}: ${problem.message}`));
    }
    const locate = (path, options = {}) => {
        if (options.key && path.length > 0) {
            const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
            const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(parent) ? parent.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(item.key) && String(item.key.value) === String(path[path.length - 1])) : undefined;
            if (pair && (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isNode)(pair.key) && pair.key.range) {
                const position = lineCounter.linePos(pair.key.range[0]);
                return { file, line: position.line, column: position.col };
            }
        }
        // Walk down as far as the path exists: a missing key is reported at its parent.
        for (let depth = path.length; depth >= 0; depth--) {
            const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isNode)(node) && node.range) {
                const position = lineCounter.linePos(node.range[0]);
                return { file, line: position.line, column: position.col };
            }
        }
        return { file, line: 1, column: 1 };
    };
    let value;
    try {
        value = document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        // An alias with no anchor, or an alias bomb: the document parsed but cannot be turned into data.
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`cannot be read: ${error instanceof Error ? error.message : String(error)}`, { file, line: 1, column: 1 });
    }
    return { file, value: value ?? {}, locate };
}


/***/ }),

/***/ 798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ describePermission),
/* harmony export */   Q: () => (/* binding */ ForgeError)
/* harmony export */ });
/** Workflow `permissions:` names (or token settings) for the permission ids GitHub reports in x-accepted-github-permissions. */
const PERMISSION_NAMES = {
    checks: "checks",
    statuses: "statuses",
    pull_requests: "pull-requests",
    issues: "issues",
    contents: "contents",
    metadata: "metadata",
    vulnerability_alerts: "Dependabot alerts",
    security_events: "security-events",
    deployments: "deployments",
    packages: "packages",
};
/** A forge request that failed; keeps the HTTP status (undefined for timeouts and network errors). */
class ForgeError extends Error {
    status;
    operation;
    missingPermission;
    name = "ForgeError";
    constructor(message, status, operation, 
    /** For 403: the permission the token lacks, as GitHub names it (e.g. "vulnerability_alerts=read"). */
    missingPermission) {
        super(message);
        this.status = status;
        this.operation = operation;
        this.missingPermission = missingPermission;
    }
}
/** "vulnerability_alerts=read" → "Dependabot alerts: read"; several alternatives are separated by ";". */
function describePermission(accepted) {
    return accepted
        .split(";")
        .map((alternative) => alternative
        .split(",")
        .map((pair) => {
        const [name = "", level = "read"] = pair.trim().split("=");
        return `${PERMISSION_NAMES[name] ?? name}: ${level}`;
    })
        .join(" and "))
        .join(", or ");
}


/***/ }),

/***/ 8366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ createOctokit),
/* harmony export */   RU: () => (/* binding */ GitHubForge),
/* harmony export */   Zf: () => (/* binding */ toForgeError)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(798);





/** Builds Octokit with the retry and throttling plugins and a per-request timeout. */
function createOctokit(options) {
    const retries = options.retries ?? 3;
    const base = options.retryBaseMs ?? 1000;
    const log = options.log ?? (() => { });
    const timeoutMs = options.timeoutMs ?? 30_000;
    // The proxy-aware fetch of @actions/github, with a timeout on each attempt (retries get a fresh one).
    const baseFetch = (_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch);
    const timedFetch = (url, init) => {
        const limit = AbortSignal.timeout(timeoutMs);
        return baseFetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit });
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: (options.baseUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
        request: { fetch: timedFetch },
        retry: { retries, retryAfterBaseValue: base },
        throttle: {
            retryAfterBaseValue: base,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: (after, request, _octokit, count) => {
                log(`rate limit on ${request.method} ${request.url}; retrying in ${after}s (attempt ${count + 1})`);
                return count < retries;
            },
            onSecondaryRateLimit: (after, request, _octokit, count) => {
                log(`secondary rate limit on ${request.method} ${request.url}; retrying in ${after}s (attempt ${count + 1})`);
                return count < retries;
            },
        },
        log: { debug: () => { }, info: () => { }, warn: (message) => log(message), error: (message) => log(message) },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
    return octokit;
}
/** Turns whatever Octokit threw into a ForgeError that says what failed and what to do; never includes the token. */
function toForgeError(error, operation) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ForgeError */ .Q)
        return error;
    const failure = error;
    const said = failure.response?.data?.message ?? failure.message ?? String(error);
    // Octokit reports a fetch that never answered as status 500 without a response.
    const noAnswer = failure.response === undefined;
    const status = typeof failure.status === "number" && failure.status > 0 && !noAnswer ? failure.status : undefined;
    if (status === undefined) {
        const timedOut = failure.name === "TimeoutError" || /aborted|timeout/i.test(said);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ForgeError */ .Q(`${operation} ${timedOut ? "timed out" : `failed: ${said}`}`, undefined, operation);
    }
    if (status === 401)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ForgeError */ .Q(`${operation}: GitHub rejected the token (401 ${said}); check the token input`, status, operation);
    if (status === 403) {
        const accepted = failure.response?.headers?.["x-accepted-github-permissions"];
        if (accepted) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ForgeError */ .Q(`${operation}: the token lacks the permission ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describePermission */ .D)(accepted)} (GitHub answered 403: ${said})`, status, operation, accepted);
        }
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ForgeError */ .Q(`${operation}: GitHub refused (403: ${said})`, status, operation);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ForgeError */ .Q(`${operation}: GitHub answered ${status}: ${said}`, status, operation);
}
function checkRunState(status, conclusion) {
    if (status !== "completed")
        return "pending";
    return conclusion === "success" || conclusion === "neutral" || conclusion === "skipped" ? "passed" : "failed";
}
function statusState(state) {
    return state === "success" ? "passed" : state === "pending" ? "pending" : "failed";
}
/** The Forge port over GitHub's REST API. */
class GitHubForge {
    octokit;
    repository;
    owner;
    repo;
    constructor(octokit, repository) {
        this.octokit = octokit;
        this.repository = repository;
        const [owner, repo] = repository.split("/");
        if (!owner || !repo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ForgeError */ .Q(`the repository must be owner/name, not '${repository}'`, undefined, "configuration");
        this.owner = owner;
        this.repo = repo;
    }
    static create(options) {
        return new GitHubForge(createOctokit(options), options.repository);
    }
    async call(operation, body) {
        try {
            return await body();
        }
        catch (error) {
            throw toForgeError(error, operation);
        }
    }
    milestoneNumber(title) {
        return this.call(`GET /repos/${this.repository}/milestones`, async () => {
            const milestones = await this.octokit.paginate(this.octokit.rest.issues.listMilestones, { owner: this.owner, repo: this.repo, state: "all", per_page: 100 });
            return milestones.find((milestone) => milestone.title === title)?.number;
        });
    }
    openPullRequests(filter) {
        return this.call(`GET /repos/${this.repository}/issues`, async () => {
            const issues = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
                owner: this.owner,
                repo: this.repo,
                state: "open",
                per_page: 100,
                ...(filter.milestone !== undefined ? { milestone: String(filter.milestone) } : {}),
                ...(filter.label ? { labels: filter.label } : {}),
            });
            return issues
                .filter((issue) => issue.pull_request)
                .map((issue) => ({
                number: issue.number,
                title: issue.title,
                url: issue.html_url,
                draft: Boolean(issue.draft),
                labels: issue.labels.map((label) => (typeof label === "string" ? label : (label.name ?? ""))),
            }));
        });
    }
    async commitChecks(ref) {
        const runs = await this.call(`GET /repos/${this.repository}/commits/${ref}/check-runs`, () => this.octokit.paginate(this.octokit.rest.checks.listForRef, { owner: this.owner, repo: this.repo, ref, filter: "latest", per_page: 100 }));
        const combined = await this.call(`GET /repos/${this.repository}/commits/${ref}/status`, () => this.octokit.rest.repos.getCombinedStatusForRef({ owner: this.owner, repo: this.repo, ref, per_page: 100 }));
        return [
            ...runs.map((run) => ({ name: run.name, source: "check-run", state: checkRunState(run.status, run.conclusion), detail: run.conclusion ?? run.status, ...(run.html_url ? { url: run.html_url } : {}) })),
            ...combined.data.statuses.map((status) => ({ name: status.context, source: "status", state: statusState(status.state), detail: status.state, ...(status.target_url ? { url: status.target_url } : {}) })),
        ];
    }
    vulnerabilityAlerts() {
        return this.call(`GET /repos/${this.repository}/dependabot/alerts`, async () => {
            const alerts = await this.octokit.paginate(this.octokit.rest.dependabot.listAlertsForRepo, { owner: this.owner, repo: this.repo, state: "open", per_page: 100 });
            return alerts.map((alert) => ({
                id: alert.security_advisory.ghsa_id,
                packageName: alert.dependency.package?.name ?? "unknown",
                severity: alert.security_advisory.severity,
                summary: alert.security_advisory.summary,
                ...(alert.dependency.manifest_path ? { manifest: alert.dependency.manifest_path } : {}),
                url: alert.html_url,
            }));
        });
    }
}


/***/ }),

/***/ 6726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ ExecCommandRunner)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1260);
/* harmony import */ var _secrets_known_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3412);


/**
 * Variables a gate command never sees: the action's inputs (the GitHub token among them), the
 * GitHub tokens and the runner's own. Registry tokens the workflow set on purpose
 * (NODE_AUTH_TOKEN for a private registry's `npm audit`) stay.
 */
function isPrivate(name) {
    return name.startsWith("INPUT_") || name === "GITHUB_TOKEN" || name === "GH_TOKEN" || (name.startsWith("ACTIONS_") && name.endsWith("TOKEN"));
}
/** The CommandRunner over @actions/exec (spawn with an argument array; no shell). */
class ExecCommandRunner {
    async run(command, args, options) {
        const env = {};
        for (const [name, value] of Object.entries(process.env))
            if (value !== undefined && !isPrivate(name))
                env[name] = value;
        const result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)(command, [...args], { cwd: options.cwd, silent: true, ignoreReturnCode: true, env });
        // The command sees registry tokens on purpose; what it prints goes into reasons, the summary and
        // the evidence, so every secret the run knows is masked here, at the source, under any name.
        const secrets = (0,_secrets_known_js__WEBPACK_IMPORTED_MODULE_1__/* .knownSecrets */ .x)(process.env);
        return { exitCode: result.exitCode, stdout: (0,_secrets_known_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecrets */ .Q)(result.stdout, secrets), stderr: (0,_secrets_known_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecrets */ .Q)(result.stderr, secrets) };
    }
}


/***/ }),

/***/ 2327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ GitHubPulls)
/* harmony export */ });
/* harmony import */ var _forge_github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8366);

/** Pull requests through GitHub's REST API (Octokit with the retry and throttling plugins, see forge/github.ts). */
class GitHubPulls {
    octokit;
    repository;
    owner;
    repo;
    constructor(octokit, repository) {
        this.octokit = octokit;
        this.repository = repository;
        const [owner, repo] = repository.split("/");
        this.owner = owner;
        this.repo = repo;
    }
    async call(operation, body) {
        try {
            return await body();
        }
        catch (error) {
            throw (0,_forge_github_js__WEBPACK_IMPORTED_MODULE_0__/* .toForgeError */ .Zf)(error, operation);
        }
    }
    async findOpen(head, base) {
        return this.call(`GET /repos/${this.repository}/pulls`, async () => {
            // One page: GitHub allows one open pull request per head and base.
            const { data } = await this.octokit.rest.pulls.list({ owner: this.owner, repo: this.repo, state: "open", head: `${this.owner}:${head}`, base, per_page: 10 });
            const pull = data.find((item) => item.head.ref === head && item.base.ref === base);
            return pull ? { number: pull.number, url: pull.html_url, title: pull.title, body: pull.body ?? "" } : undefined;
        });
    }
    async create(pull) {
        return this.call(`POST /repos/${this.repository}/pulls`, async () => {
            const { data } = await this.octokit.rest.pulls.create({ owner: this.owner, repo: this.repo, ...pull });
            return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? "" };
        });
    }
    async update(number, pull) {
        return this.call(`PATCH /repos/${this.repository}/pulls/${number}`, async () => {
            const { data } = await this.octokit.rest.pulls.update({ owner: this.owner, repo: this.repo, pull_number: number, ...pull });
            return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? "" };
        });
    }
    async close(number) {
        await this.call(`PATCH /repos/${this.repository}/pulls/${number}`, () => this.octokit.rest.pulls.update({ owner: this.owner, repo: this.repo, pull_number: number, state: "closed" }));
    }
}


/***/ })

};
