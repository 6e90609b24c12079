export const id = 585;
export const ids = [585];
export const modules = {

/***/ 8317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ historySources)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/cadence/metrics-inputs.ts
var metrics_inputs = __webpack_require__(2600);
// EXTERNAL MODULE: ./packages/core/src/adapters/git-cli.ts
var git_cli = __webpack_require__(5577);
// EXTERNAL MODULE: ./packages/core/src/forge/github.ts
var github = __webpack_require__(8366);
;// CONCATENATED MODULE: ./packages/core/src/forge/issues.ts

/** IssueForge over GitHub's REST API (GET /repos/{owner}/{repo}/issues, paginated). */
class GitHubIssues {
    octokit;
    owner;
    repo;
    description;
    constructor(octokit, owner, repo) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
        this.description = `GitHub issues of ${owner}/${repo}`;
    }
    static create(options) {
        const [owner, repo] = options.repository.split("/");
        return new GitHubIssues((0,github/* createOctokit */.Qi)(options), owner, repo);
    }
    async issuesWithLabel(label, since) {
        try {
            // `since` filters by last update; an issue opened after the instant was updated after it too.
            const issues = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
                owner: this.owner,
                repo: this.repo,
                labels: label,
                state: "all",
                since: since.toISOString(),
                per_page: 100,
            });
            return issues
                .filter((issue) => !issue.pull_request && Date.parse(issue.created_at) >= since.getTime())
                .map((issue) => ({ number: issue.number, title: issue.title, url: issue.html_url, createdAt: new Date(issue.created_at).toISOString() }));
        }
        catch (error) {
            throw (0,github/* toForgeError */.Zf)(error, `GET /repos/${this.owner}/${this.repo}/issues`);
        }
    }
}

// EXTERNAL MODULE: ./packages/core/src/publish/forge-choice.ts + 2 modules
var forge_choice = __webpack_require__(5782);
;// CONCATENATED MODULE: ./packages/core/src/cadence/metrics-forges.ts


/** The releases and issues the metrics read: GitHub's with a token, the local folder's without (and no issues). */
function metricsForges(choice) {
    const api = choice.apiUrl ? { apiUrl: choice.apiUrl } : {};
    const repository = choice.repository ? { repository: choice.repository } : {};
    const releases = (0,forge_choice/* chooseReleaseForge */.g)({ token: choice.token, requireToken: false, localDir: choice.localDir, ...repository, ...api, log: choice.log });
    if (!choice.token)
        return { releases, noIssuesReason: choice.noToken };
    if (!choice.repository)
        return { releases, noIssuesReason: "no repository: pass --repository OWNER/NAME or set GITHUB_REPOSITORY" };
    const baseUrl = choice.apiUrl ? { baseUrl: choice.apiUrl } : {};
    return { releases, issues: GitHubIssues.create({ token: choice.token, repository: choice.repository, ...baseUrl, log: choice.log }) };
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/cadence-history.ts


/**
 * Where a command reads the cadence's history: git, the releases (GitHub's with a token, else the
 * local folder publish uses) and, with a token and a repository, the issues.
 */
async function historySources(values, reporter) {
    const cwd = (0,external_node_path_.resolve)(values.cwd ?? process.cwd());
    const inputs = (0,metrics_inputs/* parseCadenceMetricsInputs */.nl)({
        cwd,
        ...(values.since !== undefined ? { since: values.since } : {}),
        ...(values.now !== undefined ? { now: values.now } : {}),
        ...(values.config !== undefined ? { configPath: values.config } : {}),
        ...(values.records !== undefined ? { records: values.records } : {}),
    });
    const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || "";
    reporter.secret(token);
    const git = new git_cli/* GitCli */.T(cwd);
    const gitDir = (await git.run(["rev-parse", "--absolute-git-dir"], { allowFailure: true })).stdout.trim() || (0,external_node_path_.join)(cwd, ".git");
    const repository = values.repository ?? process.env.GITHUB_REPOSITORY;
    const forges = metricsForges({
        token,
        localDir: (0,external_node_path_.resolve)(cwd, values["releases-dir"] ?? (0,external_node_path_.join)(gitDir, "cadence", "releases")),
        ...(repository ? { repository } : {}),
        ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
        log: (message) => reporter.debug(message),
        noToken: "no GitHub token (GITHUB_TOKEN or GH_TOKEN): the critical issues live on GitHub",
    });
    return { cwd, inputs, git, ...forges };
}


/***/ }),

/***/ 4463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   an: () => (/* binding */ STAGES),
/* harmony export */   rl: () => (/* binding */ decideDue)
/* harmony export */ });
/* unused harmony export DUE_KINDS */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5341);
/* harmony import */ var _calendar_schedule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8171);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(952);




/** What the scheduled tick runs today. */
const DUE_KINDS = (/* unused pure expression or super */ null && (["rc-cut", "rc", "promote", "release", "none", "blackout"]));
/** The stages a person can ask for outside the calendar. */
const STAGES = ["rc-cut", "rc", "promote"];
const NOTHING = { prerelease: "", capsuleKind: "" };
/**
 * Pure: the calendar and the repository's release lines decide what the tick runs. A blackout
 * stops everything (a hotfix with break-glass is the only way through); on release day an open
 * candidate is promoted; on RC day a new line is cut from the base branch; any day, commits
 * that landed on an open line since its last candidate make the next candidate.
 */
function decideDue(input) {
    const { view, open, base, settings } = input;
    if (view.today === "blackout" || view.blackout) {
        const blackout = view.blackout;
        return { due: "blackout", reason: `blackout ${blackout.from} – ${blackout.to} (${blackout.reason}): no release today; a hotfix can break the glass`, ...NOTHING };
    }
    const window = (0,_calendar_schedule_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseWindow */ .mF)(view, "minor");
    if (!window.open)
        return { due: "none", reason: `${window.reason}: the cadence waits`, ...NOTHING };
    if (input.stage)
        return askedStage(input, input.stage);
    const newer = open && open.newCommits > 0 ? nextCandidate(open, settings) : undefined;
    if (view.today === "release") {
        if (open)
            return promotion(open, base, "release day");
        if (base.candidate) {
            return { due: "release", reason: `release day without a candidate: ${base.branch} is released as its commits ask`, branch: base.branch, commit: base.head, prerelease: "", capsuleKind: "RELEASE" };
        }
        return { due: "none", reason: `release day, but nothing was committed to release since ${base.lastRelease ?? "the start"}`, ...NOTHING };
    }
    if (newer)
        return newer;
    if (view.today === "rc-cut") {
        if (open) {
            return { due: "none", reason: `RC day, but ${open.candidates[0] ?? open.branch} is still waiting for its release and nothing landed on ${open.branch} since`, ...NOTHING };
        }
        if (!base.candidate)
            return { due: "none", reason: `RC day, but nothing was committed to release since ${base.lastRelease ?? "the start"}`, ...NOTHING };
        const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(base.candidate);
        const branch = (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseBranchName */ .Hj)(settings.releaseBranch, parsed.major, parsed.minor);
        return {
            due: "rc-cut",
            reason: `RC day: ${branch} is cut from ${base.branch} at ${base.head.slice(0, 12)} and tagged ${base.candidate}`,
            branch,
            commit: base.head,
            version: base.candidate,
            prerelease: settings.rcChannel,
            ...(base.bump ? { bump: base.bump } : {}),
            capsuleKind: "PRE-RELEASE",
        };
    }
    if (open)
        return { due: "none", reason: `${open.candidates[0] ?? open.branch} waits for release day; nothing new on ${open.branch}`, ...NOTHING };
    return { due: "none", reason: `nothing is due on ${view.localDate}`, ...NOTHING };
}
/** A stage asked for by hand: done when the repository allows it, refused with the reason otherwise. */
function askedStage(input, stage) {
    const { open, base, settings } = input;
    if (stage === "rc-cut") {
        if (open)
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot cut a new line: ${open.branch} (${open.candidates[0] ?? "no candidate yet"}) is not released yet; promote it, or delete the branch to abandon it`);
        if (!base.candidate)
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot cut a release candidate: nothing was committed on ${base.branch} to release since ${base.lastRelease ?? "the start"}`);
        const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(base.candidate);
        const branch = (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseBranchName */ .Hj)(settings.releaseBranch, parsed.major, parsed.minor);
        return {
            due: "rc-cut",
            reason: `asked: ${branch} is cut from ${base.branch} at ${base.head.slice(0, 12)} and tagged ${base.candidate}`,
            branch,
            commit: base.head,
            version: base.candidate,
            prerelease: settings.rcChannel,
            ...(base.bump ? { bump: base.bump } : {}),
            capsuleKind: "PRE-RELEASE",
        };
    }
    if (!open)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`there is no release line waiting for its release (no unreleased ${settings.releaseBranch} branch above the last release): cut one first`);
    if (stage === "rc") {
        if (open.newCommits === 0)
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`nothing landed on ${open.branch} since ${open.candidates[0] ?? "it was cut"}: the next candidate would be the same code`);
        const next = nextCandidate(open, settings);
        return { ...next, reason: `asked: ${next.reason}` };
    }
    return promotion(open, base, "asked");
}
/** The open line's head released as X.Y.0, then merged back into the base branch. */
function promotion(open, base, why) {
    const version = `${open.major}.${open.minor}.0`;
    const from = open.candidates[0] ?? `the branch ${open.branch}`;
    return {
        due: "promote",
        reason: `${why}: ${from} is promoted to ${version}${open.newCommits > 0 ? ` with the ${plural(open.newCommits, "commit")} since` : ""}`,
        branch: open.branch,
        commit: open.head,
        version,
        prerelease: "",
        capsuleKind: "RELEASE",
        mergeInto: base.branch,
    };
}
/** Commits on an open line since its last candidate make the next one (rc.1 → rc.2). */
function nextCandidate(open, settings) {
    const latest = open.candidates[0];
    const version = latest ? semver__WEBPACK_IMPORTED_MODULE_0___default().inc(latest, "prerelease", settings.rcChannel) : `${open.major}.${open.minor}.0-${settings.rcChannel}.1`;
    return {
        due: "rc",
        reason: `${plural(open.newCommits, "commit")} landed on ${open.branch} since ${latest ?? "it was cut"}: the next candidate is ${version}`,
        branch: open.branch,
        commit: open.head,
        version,
        prerelease: settings.rcChannel,
        capsuleKind: "PRE-RELEASE",
    };
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? "" : "s"}`;
}


/***/ }),

/***/ 2600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dx: () => (/* binding */ DEFAULT_WINDOW_DAYS),
/* harmony export */   nl: () => (/* binding */ parseCadenceMetricsInputs)
/* harmony export */ });
/* unused harmony export parseSince */
/* harmony import */ var _calendar_civil_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(211);
/* harmony import */ var _errors_mention_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1019);
/* harmony import */ var _calendar_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8961);
/* harmony import */ var _inputs_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1874);




const DEFAULT_WINDOW_DAYS = 90;
/** `--since 2026-09-01` (its midnight UTC) or an instant with a zone. */
function parseSince(text) {
    const value = text.trim();
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const instant = new Date(dateOnly ? `${value}T00:00:00Z` : value);
    const valid = dateOnly ? (0,_calendar_civil_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._U)(value) !== undefined : /^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(value) && !Number.isNaN(instant.getTime());
    if (!valid)
        throw new Error(`${(0,_errors_mention_js__WEBPACK_IMPORTED_MODULE_1__/* .mention */ .l)("since")} must be a date YYYY-MM-DD (its midnight UTC) or an ISO-8601 instant with a zone such as 2026-09-01T00:00:00Z, not '${text}'`);
    return instant;
}
/** Every problem of the inputs at once. */
function parseCadenceMetricsInputs(raw) {
    const fields = new _inputs_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFields */ .a();
    const inputs = { cwd: raw.cwd, records: fields.list(raw.records) };
    try {
        const now = (0,_calendar_run_js__WEBPACK_IMPORTED_MODULE_3__/* .parseNow */ .A7)(raw.now);
        if (now)
            inputs.now = now;
    }
    catch (error) {
        fields.problem(error.message);
    }
    const since = fields.text(raw.since);
    if (since !== undefined) {
        try {
            inputs.since = parseSince(since);
        }
        catch (error) {
            fields.problem(error.message);
        }
    }
    if (inputs.since && inputs.now && inputs.since >= inputs.now)
        fields.problem(`since (${inputs.since.toISOString()}) must come before now (${inputs.now.toISOString()})`);
    const configPath = fields.text(raw.configPath);
    if (configPath !== undefined)
        inputs.configPath = configPath;
    fields.check();
    return inputs;
}


/***/ }),

/***/ 4837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ metricsOutputs),
  M: () => (/* binding */ runCadenceMetrics)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/calendar/civil.ts
var civil = __webpack_require__(211);
// EXTERNAL MODULE: ./packages/core/src/calendar/config.ts
var calendar_config = __webpack_require__(928);
// EXTERNAL MODULE: ./packages/core/src/calendar/schedule.ts
var schedule = __webpack_require__(8171);
// EXTERNAL MODULE: ./packages/core/src/config/load.ts + 6 modules
var load = __webpack_require__(1522);
// EXTERNAL MODULE: ./packages/core/src/changelog/config.ts
var changelog_config = __webpack_require__(6052);
// EXTERNAL MODULE: ./packages/core/src/records/release-place.ts
var release_place = __webpack_require__(3171);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./packages/core/src/cadence/history-read.ts

/** Every version tag under the prefix with its date, oldest version first. */
async function readDatedTags(git, prefix) {
    const format = "--format=%(refname:strip=2)%00%(creatordate:iso-strict)%00%(objectname)%00%(*objectname)";
    const { stdout } = await git.run(["for-each-ref", format, "refs/tags"]);
    const tags = [];
    for (const line of stdout.split("\n")) {
        if (line === "")
            continue;
        const [name, at, object, peeled] = line.split("\0");
        if (!name.startsWith(prefix))
            continue;
        const version = semver_default().valid(name.slice(prefix.length));
        if (version)
            tags.push({ name, version, commit: peeled || object, at: new Date(at).toISOString() });
    }
    return tags.sort((a, b) => semver_default().compare(a.version, b.version));
}
/** When the oldest commit of previous..tag (of the whole history before the first release) was committed. */
async function firstCommitAt(git, tag, previous) {
    const range = previous ? [`refs/tags/${previous}..refs/tags/${tag}`] : [`refs/tags/${tag}`];
    const { stdout } = await git.run(["log", "--reverse", "--format=%cI", ...range, "--"]);
    const first = stdout.split("\n")[0]?.trim();
    return first ? new Date(first).toISOString() : undefined;
}
/**
 * The releases from the tags (stable versions), each dated by the best source there is: publish's
 * record, then the forge's release, then the tag; with the first release candidate of the version
 * and the first commit of its range. Then the critical issues, when a forge can be asked.
 */
async function readHistory(sources) {
    const tags = await readDatedTags(sources.git, sources.tagPrefix);
    const stable = tags.filter((tag) => semver_default().prerelease(tag.version) === null);
    const releases = [];
    for (const [index, tag] of stable.entries()) {
        const previous = stable[index - 1];
        const candidates = tags
            .filter((other) => {
            const pre = semver_default().prerelease(other.version);
            return pre !== null && pre[0] === sources.rcChannel && semver_default().coerce(other.version)?.version === tag.version;
        })
            .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
        const recorded = sources.records.published.get(tag.version);
        let releasedAt = recorded?.at;
        let releasedFrom = "publish-evidence";
        if (!releasedAt && sources.releases && Date.parse(tag.at) >= sources.since.getTime() - 7 * 86_400_000) {
            const published = await sources.releases.findPublishedRelease(tag.name);
            if (published?.publishedAt) {
                releasedAt = published.publishedAt;
                releasedFrom = "forge-release";
            }
        }
        if (!releasedAt) {
            releasedAt = tag.at;
            releasedFrom = "tag";
        }
        const inWindow = Date.parse(releasedAt) >= sources.since.getTime();
        const first = inWindow ? await firstCommitAt(sources.git, tag.name, previous?.name) : undefined;
        releases.push({
            version: tag.version,
            tag: tag.name,
            commit: tag.commit,
            releasedAt,
            releasedFrom,
            ...(previous ? { previous: previous.version } : {}),
            ...(candidates[0] ? { rcTag: candidates[0].name, rcCutAt: candidates[0].at } : {}),
            ...(first ? { firstCommitAt: first } : {}),
        });
    }
    releases.sort((a, b) => Date.parse(a.releasedAt) - Date.parse(b.releasedAt));
    let issues = { available: false, label: sources.criticalLabel, reason: sources.noIssuesReason };
    if (sources.issues) {
        const found = await sources.issues.issuesWithLabel(sources.criticalLabel, sources.issuesSince);
        issues = { available: true, label: sources.criticalLabel, issues: found };
    }
    return { releases, rollbacks: sources.records.rollbacks, issues };
}

;// CONCATENATED MODULE: ./packages/core/src/cadence/metrics.ts

/** The seeds' targets (seed 002, Release Metrics and KPIs). */
const TARGETS = {
    deploymentSuccessRate: 0.98,
    criticalIssuesPerRelease: 0.5,
    leadTimeDays: 28,
};
const HOUR = 3_600_000;
const hours = (from, to) => round((Date.parse(to) - Date.parse(from)) / HOUR);
const round = (value) => Math.round(value * 10) / 10;
const ratio = (part, whole) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);
function spread(values) {
    if (values.length === 0)
        return { count: 0, medianHours: null, meanHours: null, minHours: null, maxHours: null };
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    return {
        count: values.length,
        medianHours: round(median),
        meanHours: round(values.reduce((sum, value) => sum + value, 0) / values.length),
        minHours: sorted[0],
        maxHours: sorted.at(-1),
    };
}
/** Which release an issue counts against: the newest one released before it, within the window of hours. */
function issuesByRelease(releases, issues, windowHours) {
    const sorted = [...releases].sort((a, b) => Date.parse(a.releasedAt) - Date.parse(b.releasedAt));
    const found = [];
    for (const issue of issues) {
        const created = Date.parse(issue.createdAt);
        const before = sorted.filter((release) => Date.parse(release.releasedAt) <= created).at(-1);
        if (!before)
            continue;
        const after = (created - Date.parse(before.releasedAt)) / HOUR;
        if (after < windowHours)
            found.push({ ...issue, release: before.version, hoursAfter: round(after) });
    }
    return found.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}
/**
 * Pure: the cadence metrics of the seeds (release frequency against the plan, lead times,
 * deployment success rate, rollbacks and their reasons, critical issues in the first hours) for
 * the releases whose instant falls in the window.
 */
function computeMetrics(input) {
    const { history, window, planned, criticalWindowHours } = input;
    const since = Date.parse(window.since);
    const until = Date.parse(window.until);
    const inWindow = (instant) => Date.parse(instant) >= since && Date.parse(instant) < until;
    const localDate = (instant) => (0,civil/* localClock */.ap)(new Date(instant), window.timezone).wallClock.slice(0, 10);
    const releases = history.releases
        .filter((release) => inWindow(release.releasedAt))
        .sort((a, b) => Date.parse(a.releasedAt) - Date.parse(b.releasedAt));
    const rolledBackVersions = new Set(history.rollbacks.map((rollback) => rollback.from));
    const inWindowVersions = new Set(releases.map((release) => release.version));
    const issues = history.issues.available
        ? issuesByRelease(history.releases, history.issues.issues, criticalWindowHours).filter((issue) => inWindowVersions.has(issue.release))
        : [];
    const rows = releases.map((release) => ({
        version: release.version,
        tag: release.tag,
        releasedAt: release.releasedAt,
        releasedFrom: release.releasedFrom,
        date: localDate(release.releasedAt),
        rcDate: release.rcCutAt ? localDate(release.rcCutAt) : null,
        rcToReleaseHours: release.rcCutAt ? hours(release.rcCutAt, release.releasedAt) : null,
        firstCommitToReleaseHours: release.firstCommitAt ? hours(release.firstCommitAt, release.releasedAt) : null,
        rolledBack: rolledBackVersions.has(release.version),
        criticalIssues: history.issues.available ? issues.filter((issue) => issue.release === release.version).length : null,
    }));
    // A planned date counts once its day is over, or earlier when its release already went out.
    const today = localDate(window.until);
    const releasedDates = new Set(rows.map((row) => row.date));
    const plannedDates = planned.filter((date) => date.date < today || releasedDates.has(date.date));
    const plannedSet = new Set(plannedDates.map((date) => date.date));
    const onPlan = plannedDates.filter((date) => releasedDates.has(date.date));
    const instants = rows.map((row) => Date.parse(row.releasedAt));
    const intervals = instants.slice(1).map((instant, index) => (instant - instants[index]) / (24 * HOUR));
    const withRc = rows.filter((row) => row.rcToReleaseHours !== null);
    const withFirst = rows.filter((row) => row.firstCommitToReleaseHours !== null);
    const firstSpread = spread(withFirst.map((row) => row.firstCommitToReleaseHours));
    const rolledBack = rows.filter((row) => row.rolledBack).map((row) => row.version);
    const successRate = ratio(rows.length - rolledBack.length, rows.length);
    const rollbacks = history.rollbacks
        .filter((rollback) => inWindow(rollback.at))
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const count = (key) => {
        const counts = {};
        for (const rollback of rollbacks)
            counts[rollback[key]] = (counts[rollback[key]] ?? 0) + 1;
        return counts;
    };
    const perRelease = ratio(issues.length, rows.length);
    return {
        window,
        releases: rows,
        releaseFrequency: {
            planned: plannedDates.length,
            released: rows.length,
            onPlan: new Set(onPlan.map((date) => date.date)).size,
            ratio: ratio(rows.length, plannedDates.length),
            missed: [...new Set(plannedDates.filter((date) => !releasedDates.has(date.date)).map((date) => date.date))],
            unplanned: rows.filter((row) => !plannedSet.has(row.date)).map((row) => row.version),
            meanIntervalDays: intervals.length === 0 ? null : round(intervals.reduce((sum, value) => sum + value, 0) / intervals.length),
            inputs: { plannedDates, versions: rows.map((row) => row.version) },
        },
        leadTime: {
            rcToRelease: {
                ...spread(withRc.map((row) => row.rcToReleaseHours)),
                inputs: { versions: withRc.map((row) => row.version), withoutCandidate: rows.filter((row) => row.rcToReleaseHours === null).map((row) => row.version) },
            },
            firstCommitToRelease: {
                ...firstSpread,
                target: `median under ${TARGETS.leadTimeDays} days`,
                met: firstSpread.medianHours === null ? null : firstSpread.medianHours < TARGETS.leadTimeDays * 24,
                inputs: { versions: withFirst.map((row) => row.version) },
            },
        },
        deploymentSuccessRate: {
            releases: rows.length,
            succeeded: rows.length - rolledBack.length,
            rolledBack,
            rate: successRate,
            target: `above ${TARGETS.deploymentSuccessRate * 100}%`,
            met: successRate === null ? null : successRate > TARGETS.deploymentSuccessRate,
            inputs: {
                versions: rows.map((row) => row.version),
                rollbackRecords: history.rollbacks.filter((rollback) => rolledBack.includes(rollback.from)).map((rollback) => rollback.file),
            },
        },
        rollbacks: {
            count: rollbacks.length,
            perRelease: ratio(rollbacks.length, rows.length),
            reasons: rollbacks.map(({ file, ...rest }) => ({ ...rest, record: file })),
            byType: count("type"),
            bySeverity: count("severity"),
        },
        criticalIssues: history.issues.available
            ? {
                available: true,
                label: history.issues.label,
                windowHours: criticalWindowHours,
                count: issues.length,
                perRelease,
                target: `under ${TARGETS.criticalIssuesPerRelease} per release`,
                met: perRelease === null ? null : perRelease < TARGETS.criticalIssuesPerRelease,
                issues,
            }
            : { available: false, label: history.issues.label, windowHours: criticalWindowHours, reason: history.issues.reason },
    };
}

// EXTERNAL MODULE: ./packages/core/src/cadence/metrics-inputs.ts
var metrics_inputs = __webpack_require__(2600);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/config/yaml-source.ts
var yaml_source = __webpack_require__(8503);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
;// CONCATENATED MODULE: ./packages/core/src/cadence/records.ts




const isRecordFile = (name) => /\.ya?ml$/i.test(name);
/**
 * The YAML files of a folder and of the folders inside it, `depth` levels down
 * (`docs/releases/<version>/`, or a monorepo's `docs/releases/<package>/<version>/`).
 */
async function yamlFiles(dir, depth) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch (error) {
        if (["ENOENT", "ENOTDIR"].includes(error.code ?? ""))
            return undefined;
        throw error;
    }
    const files = [];
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.isFile() && isRecordFile(entry.name))
            files.push((0,external_node_path_.join)(dir, entry.name));
        else if (entry.isDirectory() && depth > 0)
            files.push(...((await yamlFiles((0,external_node_path_.join)(dir, entry.name), depth - 1)) ?? []));
    }
    return files;
}
/**
 * Reads publish's `release_evidence` and rollback's `rollback_evidence` records from the folders.
 * Other YAML files there (release notes, capsules, gate-check's evidence) are passed over; a file
 * that is not YAML, or a record with a field of the wrong kind, stops the run with its name and line.
 */
async function readRecords(root, folders) {
    const scan = { folders: [], published: new Map(), rollbacks: [], releaseEvidence: [], rollbackEvidence: [] };
    const seenFiles = new Set();
    const seenRollbacks = new Set();
    for (const folder of folders) {
        const absolute = (0,external_node_path_.join)(root, folder.path);
        const files = await yamlFiles(absolute, folder.depth ?? 1);
        scan.folders.push({ path: folder.path, found: files !== undefined });
        if (files === undefined) {
            if (folder.required)
                throw new errors/* ConfigurationError */.j1(`the records folder ${folder.path} does not exist (looked at ${absolute})`);
            continue;
        }
        for (const file of files) {
            const name = (0,external_node_path_.relative)(root, file);
            if (seenFiles.has(name))
                continue;
            seenFiles.add(name);
            const source = (0,yaml_source.parseYamlSource)(name, await (0,promises_.readFile)(file, "utf8"));
            const value = source.value;
            if (!value || typeof value !== "object" || Array.isArray(value))
                continue;
            if ("release_evidence" in value)
                readReleaseEvidence(source, name, scan);
            if ("rollback_evidence" in value) {
                const fact = readRollbackEvidence(source, name);
                scan.rollbackEvidence.push(name);
                if (fact && !seenRollbacks.has(fact.id)) {
                    seenRollbacks.add(fact.id);
                    scan.rollbacks.push(fact.fact);
                }
            }
        }
    }
    return scan;
}
function mapping(source, path, what) {
    let value = source.value;
    for (const key of path)
        value = value?.[key];
    if (value === undefined || value === null)
        return {};
    if (typeof value !== "object" || Array.isArray(value))
        throw new errors/* ConfigurationError */.j1(`${what} must be a mapping`, source.locate(path));
    return value;
}
function instant(source, path, value) {
    if (value === undefined || value === null)
        return null;
    const text = value instanceof Date ? value.toISOString() : String(value);
    if (typeof value === "boolean" || typeof value === "number" || Number.isNaN(Date.parse(text))) {
        throw new errors/* ConfigurationError */.j1(`${path.join(".")} must be an ISO-8601 instant such as 2026-11-13T10:00:00Z, not '${text}'`, source.locate(path));
    }
    return new Date(text).toISOString();
}
function records_text(source, path, value, what) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === "string" || typeof value === "number")
        return String(value);
    throw new errors/* ConfigurationError */.j1(`${path.join(".")} must be ${what}`, source.locate(path));
}
/** publish's record: the version went out at distribution.published_at once every effect was done. */
function readReleaseEvidence(source, name, scan) {
    const record = mapping(source, ["release_evidence"], "release_evidence");
    const apply = mapping(source, ["release_evidence", "apply"], "release_evidence.apply");
    if (apply.action !== "publish")
        return;
    scan.releaseEvidence.push(name);
    const version = records_text(source, ["release_evidence", "version"], record.version, "a version such as 1.3.0");
    const distribution = mapping(source, ["release_evidence", "distribution"], "release_evidence.distribution");
    const at = instant(source, ["release_evidence", "distribution", "published_at"], distribution.published_at);
    if (apply.dry_run === true || !version || !at)
        return;
    const known = scan.published.get(version);
    if (!known || Date.parse(at) < Date.parse(known.at))
        scan.published.set(version, { at, file: name });
}
/** A rollback carried out: not a dry-run, not a drill, not the undo of an earlier one. */
function readRollbackEvidence(source, name) {
    const path = ["rollback_evidence"];
    const record = mapping(source, path, "rollback_evidence");
    const versions = mapping(source, [...path, "versions"], "rollback_evidence.versions");
    const trigger = mapping(source, [...path, "trigger"], "rollback_evidence.trigger");
    const execution = mapping(source, [...path, "execution"], "rollback_evidence.execution");
    const from = records_text(source, [...path, "versions", "rolled_back_from"], versions.rolled_back_from, "the version rolled back");
    const to = records_text(source, [...path, "versions", "rolled_back_to"], versions.rolled_back_to, "the version rolled back to");
    if (!from) {
        throw new errors/* ConfigurationError */.j1("rollback_evidence.versions.rolled_back_from is missing: which release was rolled back?", source.locate([...path, "versions"]));
    }
    const executed = instant(source, [...path, "execution", "executed_at"], execution.executed_at);
    const decided = instant(source, [...path, "execution", "decided_at"], execution.decided_at);
    const detected = instant(source, [...path, "trigger", "detected_at"], trigger.detected_at);
    if (execution.dry_run === true || record.drill === true || record.mode === "undo")
        return undefined;
    const at = executed ?? decided ?? detected;
    if (!at) {
        const message = "rollback_evidence has no execution.executed_at, execution.decided_at or trigger.detected_at: when was it rolled back?";
        throw new errors/* ConfigurationError */.j1(message, source.locate(path));
    }
    return {
        id: String(record.rollback_id ?? name),
        fact: {
            from,
            to: to ?? "",
            at,
            reason: records_text(source, [...path, "trigger", "description"], trigger.description, "a line of text") ?? "(no reason recorded)",
            severity: records_text(source, [...path, "trigger", "severity"], trigger.severity, "a severity such as SEV-1") ?? "unknown",
            type: records_text(source, [...path, "type"], record.type, "a rollback type") ?? "unknown",
            file: name,
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/cadence/run.ts + 1 modules
var run = __webpack_require__(4832);
;// CONCATENATED MODULE: ./packages/core/src/cadence/metrics-run.ts












/** Where records are looked for: the folders named, else the release records, rollback's folder and the clone's evidence. */
async function recordFolders(git, files, config, named) {
    if (named.length > 0)
        return named.map((path) => ({ path, required: true }));
    const changelog = (config.raw.changelog ?? {});
    const template = typeof changelog.record?.dir === "string" ? changelog.record.dir : changelog_config/* DEFAULT_RECORD_DIR */.u1;
    // A monorepo's records sit deeper: <package>/<version>/ (records/release-place.ts), @scope/ one more.
    const root = (0,release_place/* recordsRoot */.xi)(template);
    const levels = (pkg) => (0,release_place/* recordDirFor */.ku)(template, { version: "0.0.0", package: (0,release_place/* releasePackage */.q3)(config, pkg) }).split("/").length - root.split("/").length;
    const releases = { path: root, required: false, depth: Math.max(1, levels(undefined), ...config.versioning.packages.map(levels)) };
    const rollback = (config.raw.rollback ?? {});
    const gitDir = (await git.run(["rev-parse", "--absolute-git-dir"])).stdout.trim();
    const others = [...(typeof rollback["evidence-dir"] === "string" ? [rollback["evidence-dir"]] : []), `${(0,external_node_path_.relative)(files.root, gitDir) || ".git"}/cadence/evidence`];
    return [releases, ...[...new Set(others)].filter((path) => path !== releases.path).map((path) => ({ path, required: false }))];
}
/** The calendar's release dates (not the RC cuts, not those a blackout blocks) from the window's first local date to its last. */
function plannedDates(config, window) {
    const from = (0,civil/* localClock */.ap)(new Date(window.since), config.timezone).day;
    const to = (0,civil/* localClock */.ap)(new Date(window.until), config.timezone).day;
    return (0,schedule/* eventsBetween */.Go)(config, from, to)
        .filter((event) => event.kind !== "rc-cut" && !event.blocked)
        .map((event) => ({ date: event.date, kind: event.kind, ...(event.version ? { version: event.version } : {}) }));
}
/** Reads the tags, the forge and the records, and computes the cadence metrics of the window. Changes nothing. */
async function runCadenceMetrics(ports, inputs) {
    const config = await (0,load/* loadConfig */.Z)(ports.files, inputs.configPath ? { configPath: inputs.configPath } : {});
    const [calendar, settings] = await Promise.all([(0,calendar_config/* loadCalendarConfig */.DX)(ports.files, config), (0,run/* loadCadenceSettings */.PX)(ports.files, config)]);
    const until = inputs.now ?? ports.clock.now();
    const since = inputs.since ?? new Date(until.getTime() - metrics_inputs/* DEFAULT_WINDOW_DAYS */.dx * 86_400_000);
    const window = { since: since.toISOString(), until: until.toISOString(), timezone: calendar.timezone };
    const records = await readRecords(ports.files.root, await recordFolders(ports.git, ports.files, config, inputs.records));
    const history = await readHistory({
        git: ports.git,
        tagPrefix: config.versioning.tagPrefix,
        rcChannel: settings.rcChannel,
        records,
        ...(ports.releases ? { releases: ports.releases } : {}),
        since,
        ...(ports.issues ? { issues: ports.issues } : {}),
        noIssuesReason: ports.noIssuesReason ?? "no GitHub token: the critical issues live on GitHub",
        criticalLabel: settings.criticalLabel,
        // Issues of a release just before the window still count against it.
        issuesSince: new Date(since.getTime() - settings.criticalWindowHours * 3_600_000),
    });
    const metrics = computeMetrics({ history, window, planned: plannedDates(calendar, window), criticalWindowHours: settings.criticalWindowHours });
    return { metrics, history, settings, records, sources: { releases: ports.releases?.description ?? null, issues: ports.issues?.description ?? null } };
}
/** `cadence metrics --json` and the action's `metrics` output: each metric with its inputs, the window and the sources. */
function metricsOutputs(result) {
    const { metrics } = result;
    return {
        window: metrics.window,
        metrics: {
            releaseFrequency: metrics.releaseFrequency,
            leadTime: metrics.leadTime,
            deploymentSuccessRate: metrics.deploymentSuccessRate,
            rollbacks: metrics.rollbacks,
            criticalIssues: metrics.criticalIssues,
        },
        releases: metrics.releases,
        sources: {
            stableReleases: result.history.releases.length,
            releases: result.sources.releases,
            issues: result.sources.issues,
            records: { folders: result.records.folders, releaseEvidence: result.records.releaseEvidence, rollbackEvidence: result.records.rollbackEvidence },
        },
    };
}


/***/ }),

/***/ 4832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gP: () => (/* binding */ cadenceDueOutputs),
  PX: () => (/* binding */ loadCadenceSettings),
  an: () => (/* binding */ renderCadenceDueSummary),
  lI: () => (/* binding */ runCadenceDue)
});

// EXTERNAL MODULE: ./packages/core/src/adapters/clock.ts
var adapters_clock = __webpack_require__(3664);
// EXTERNAL MODULE: ./packages/core/src/calendar/config.ts
var calendar_config = __webpack_require__(928);
// EXTERNAL MODULE: ./packages/core/src/calendar/run.ts + 1 modules
var run = __webpack_require__(8961);
// EXTERNAL MODULE: ./packages/core/src/calendar/schedule.ts
var schedule = __webpack_require__(8171);
// EXTERNAL MODULE: ./packages/core/src/config/load.ts + 6 modules
var load = __webpack_require__(1522);
// EXTERNAL MODULE: ./packages/core/src/config/section.ts
var section = __webpack_require__(7167);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/version-bump/run.ts + 4 modules
var version_bump_run = __webpack_require__(2789);
// EXTERNAL MODULE: ./packages/core/src/cadence/due.ts
var due = __webpack_require__(4463);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/version/tags.ts
var version_tags = __webpack_require__(7477);
// EXTERNAL MODULE: ./packages/core/src/cadence/settings.ts
var settings = __webpack_require__(952);
;// CONCATENATED MODULE: ./packages/core/src/cadence/lines.ts



/**
 * The branches of the clone, remote-tracking ones first: in a workflow's checkout
 * (`fetch-depth: 0`) every branch is a `refs/remotes/origin/*` ref and only one is local.
 */
async function readBranches(git, remote = "origin") {
    const { stdout } = await git.run(["for-each-ref", "--format=%(refname)%00%(objectname)", `refs/remotes/${remote}/`, "refs/heads/"]);
    const branches = new Map();
    for (const line of stdout.split("\n")) {
        if (line === "")
            continue;
        const [ref, sha] = line.split("\0");
        const name = ref.startsWith(`refs/remotes/${remote}/`) ? ref.slice(`refs/remotes/${remote}/`.length) : ref.slice("refs/heads/".length);
        if (name === "HEAD")
            continue;
        // A remote-tracking ref says where the branch is on the forge; a local one only where it was left here.
        if (!branches.has(name) || ref.startsWith("refs/remotes/"))
            branches.set(name, sha);
    }
    return branches;
}
/** Every release branch the template names, with its candidates and whether it went out. */
async function readReleaseLines(git, options) {
    const [branches, tags] = await Promise.all([readBranches(git), (0,version_tags/* listTags */.cB)(git)]);
    const versions = (0,version_tags/* versionTags */.OP)(tags, options.tagPrefix).versions;
    const lines = [];
    for (const [branch, head] of branches) {
        const line = (0,settings/* lineOfBranch */.s2)(options.template, branch);
        if (!line)
            continue;
        const ofLine = versions.filter((tag) => tag.version.major === line.major && tag.version.minor === line.minor && tag.version.patch === 0);
        const candidates = ofLine.filter((tag) => tag.version.prerelease[0] === options.channel);
        const released = ofLine.some((tag) => tag.version.prerelease.length === 0);
        const newest = candidates[0];
        const since = newest?.sha ?? options.baseHead;
        lines.push({
            branch,
            ...line,
            head,
            candidates: candidates.map((tag) => tag.version.version),
            ...(newest ? { candidateCommit: newest.sha } : {}),
            released,
            newCommits: since ? await countBetween(git, since, head) : 0,
        });
    }
    lines.sort((a, b) => b.major - a.major || b.minor - a.minor);
    return { lines, versions, branches };
}
async function countBetween(git, from, to) {
    const { stdout } = await git.run(["rev-list", "--count", `${from}..${to}`]);
    return Number(stdout.trim());
}
/**
 * The release line waiting for its release: the newest one not released yet whose minor is
 * above every stable release (an older unreleased branch was abandoned).
 */
function openLine(lines, versions) {
    const stable = versions.find((tag) => tag.version.prerelease.length === 0)?.version.version;
    return lines.find((line) => !line.released && (!stable || semver_default().gt(`${line.major}.${line.minor}.0`, stable)));
}

;// CONCATENATED MODULE: ./packages/core/src/cadence/run.ts











async function loadCadenceSettings(files, config) {
    return (0,settings/* parseCadenceSettings */.Mi)(await (0,section/* configSection */.c)(files, config, "cadence"));
}
/**
 * What the scheduled tick runs now: the calendar at the clock's instant, the base branch's next
 * candidate and the release branches of the clone. Changes nothing.
 */
async function runCadenceDue(ports, inputs) {
    const clock = inputs.now ? (0,adapters_clock/* fixedClock */.N)(inputs.now) : ports.clock;
    const config = await (0,load/* loadConfig */.Z)(ports.files, inputs.configPath ? { configPath: inputs.configPath } : {});
    const [calendarConfig, settings] = await Promise.all([(0,calendar_config/* loadCalendarConfig */.DX)(ports.files, config), loadCadenceSettings(ports.files, config)]);
    const view = (0,schedule/* calendarView */.G1)(calendarConfig, clock.now());
    const base = await baseState({ ...ports, clock }, inputs, config, settings);
    const { lines, versions } = await readReleaseLines(ports.git, { template: settings.releaseBranch, channel: settings.rcChannel, tagPrefix: config.versioning.tagPrefix, baseHead: base.head });
    const open = openLine(lines, versions);
    const decision = (0,due/* decideDue */.rl)({ view, base, settings, ...(open ? { open } : {}), ...(inputs.stage ? { stage: inputs.stage } : {}) });
    return { calendar: { config: calendarConfig, view }, settings, base, lines, ...(open ? { open } : {}), decision };
}
/** The base branch's head and the candidate its commits ask for (at least a minor: the calendar cuts minor lines). */
async function baseState(ports, inputs, config, settings) {
    const ask = (bump) => (0,version_bump_run/* decideVersions */.E$)(ports, { cwd: inputs.cwd, dryRun: true, prerelease: settings.rcChannel, ...(inputs.branch ? { branch: inputs.branch } : {}), ...(bump ? { bump } : {}) }, config);
    const first = await ask();
    const branch = first.repository.branch;
    if (!branch)
        throw new errors/* ConfigurationError */.j1("HEAD is detached, so the base branch is unknown: check out the branch releases are cut from (the tick runs on the default branch), or name it (input `branch`).");
    if (settings.baseBranch && settings.baseBranch !== branch) {
        throw new errors/* ConfigurationError */.j1(`cadence.base-branch is ${settings.baseBranch}, but ${branch} is checked out: the tick decides from the base branch, so run it there.`);
    }
    const decided = first.packages.find((pkg) => pkg.next) ?? first.packages[0];
    const lastRelease = decided.previous;
    const state = { branch, head: first.repository.head, ...(lastRelease ? { lastRelease } : {}) };
    if (!decided.next)
        return state;
    if (decided.level !== "patch")
        return { ...state, candidate: decided.next.split("+")[0] };
    const again = await ask("minor");
    const forced = again.packages.find((pkg) => pkg.next) ?? again.packages[0];
    return { ...state, candidate: forced.next.split("+")[0], bump: "minor" };
}
/** The action's outputs and `cadence calendar --due --json` share this shape. */
function cadenceDueOutputs(result) {
    const { view } = result.calendar;
    const { decision } = result;
    return {
        today: view.today,
        due: decision.due,
        reason: decision.reason,
        branch: decision.branch ?? "",
        commit: decision.commit ?? "",
        version: decision.version ?? "",
        prerelease: decision.prerelease,
        bump: decision.bump ?? "",
        capsuleKind: decision.capsuleKind,
        mergeInto: decision.mergeInto ?? "",
        date: view.localDate,
        timezone: view.timezone,
        blackout: view.blackout ?? null,
        freeze: view.freeze ?? null,
        next: view.next,
        openLine: result.open ? { branch: result.open.branch, candidates: result.open.candidates, newCommits: result.open.newCommits } : null,
    };
}
const DUE_TEXT = {
    "rc-cut": "cut a release candidate",
    rc: "tag the next release candidate",
    promote: "promote the release candidate",
    release: "release",
    none: "nothing to run",
    blackout: "blackout: nothing to run",
};
/** The calendar's summary with the tick's decision above it. */
function renderCadenceDueSummary(result) {
    const { decision } = result;
    const lines = [`## Cadence tick: ${DUE_TEXT[decision.due]}`, "", decision.reason + "."];
    if (decision.branch)
        lines.push("", `| branch | commit | version | channel |`, "|---|---|---|---|", `| ${decision.branch} | ${decision.commit?.slice(0, 12) ?? ""} | ${decision.version ?? "(decided by version-bump)"} | ${decision.prerelease || "release"} |`);
    lines.push("", (0,run/* renderCalendarSummary */.l0)(result.calendar));
    return lines.join("\n");
}


/***/ }),

/***/ 952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hj: () => (/* binding */ releaseBranchName),
/* harmony export */   Mi: () => (/* binding */ parseCadenceSettings),
/* harmony export */   s2: () => (/* binding */ lineOfBranch)
/* harmony export */ });
/* unused harmony export DEFAULT_CADENCE */
/* harmony import */ var _calendar_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(928);

const DEFAULT_CADENCE = {
    releaseBranch: "release/v{major}.{minor}",
    rcChannel: "rc",
    postReleaseDays: 7,
    criticalLabel: "critical",
    criticalWindowHours: 48,
    recent: 10,
};
/** Reads and checks `cadence`; every problem is reported at once with its line. */
function parseCadenceSettings(section) {
    const raw = (section.value ?? {});
    const problems = [];
    const at = (key) => section.locate([key]);
    const settings = { ...DEFAULT_CADENCE };
    const text = (key) => {
        const value = raw[key];
        if (value === undefined)
            return undefined;
        if (typeof value === "string" && value.trim() !== "")
            return value.trim();
        problems.push({ text: `cadence.${key} must be a non-empty string`, location: at(key) });
        return undefined;
    };
    const count = (key, minimum) => {
        const value = raw[key];
        if (value === undefined)
            return undefined;
        if (typeof value === "number" && Number.isInteger(value) && value >= minimum)
            return value;
        problems.push({ text: `cadence.${key} must be a whole number of at least ${minimum}, not '${String(value)}'`, location: at(key) });
        return undefined;
    };
    const branch = text("release-branch");
    if (branch !== undefined) {
        if (!branch.includes("{major}") || !branch.includes("{minor}")) {
            problems.push({ text: `cadence.release-branch must name {major} and {minor} (one branch per minor line), e.g. release/v{major}.{minor}, not '${branch}'`, location: at("release-branch") });
        }
        else
            settings.releaseBranch = branch;
    }
    const channel = text("rc-channel");
    if (channel !== undefined) {
        if (/^[0-9A-Za-z-]+$/.test(channel) && !/^\d+$/.test(channel))
            settings.rcChannel = channel;
        else
            problems.push({ text: `cadence.rc-channel must be a pre-release id such as rc (letters, digits, hyphens), not '${channel}'`, location: at("rc-channel") });
    }
    const base = text("base-branch");
    if (base !== undefined)
        settings.baseBranch = base;
    const label = text("critical-label");
    if (label !== undefined)
        settings.criticalLabel = label;
    settings.postReleaseDays = count("post-release-days", 1) ?? settings.postReleaseDays;
    settings.criticalWindowHours = count("critical-window-hours", 1) ?? settings.criticalWindowHours;
    settings.recent = count("recent", 1) ?? settings.recent;
    (0,_calendar_config_js__WEBPACK_IMPORTED_MODULE_0__/* .throwProblems */ .Jh)(problems);
    return settings;
}
/** `release/v{major}.{minor}` for 1.3 → `release/v1.3`. */
function releaseBranchName(template, major, minor) {
    return template.replaceAll("{major}", String(major)).replaceAll("{minor}", String(minor));
}
/** The major and minor a branch name stands for under the template, or undefined when it is not such a branch. */
function lineOfBranch(template, branch) {
    const pattern = template
        .split(/(\{major\}|\{minor\})/)
        .map((part) => (part === "{major}" ? "(?<major>\\d+)" : part === "{minor}" ? "(?<minor>\\d+)" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join("");
    const match = new RegExp(`^${pattern}$`).exec(branch);
    if (!match?.groups)
        return undefined;
    return { major: Number(match.groups.major), minor: Number(match.groups.minor) };
}


/***/ })

};
