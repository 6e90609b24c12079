export const id = 767;
export const ids = [767];
export const modules = {

/***/ 4767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  calendarCommand: () => (/* binding */ calendarCommand),
  calendarHelp: () => (/* binding */ calendarHelp)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/calendar/run.ts + 1 modules
var run = __webpack_require__(8961);
// EXTERNAL MODULE: ./packages/core/src/adapters/files.ts
var files = __webpack_require__(3845);
// EXTERNAL MODULE: ./packages/core/src/adapters/clock.ts
var adapters_clock = __webpack_require__(3664);
// EXTERNAL MODULE: ./packages/core/src/calendar/config.ts
var calendar_config = __webpack_require__(928);
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
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./packages/core/src/cadence/settings.ts

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
    (0,calendar_config/* throwProblems */.Jh)(problems);
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

;// CONCATENATED MODULE: ./packages/core/src/cadence/due.ts




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
    const window = (0,schedule/* releaseWindow */.mF)(view, "minor");
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
        const parsed = semver_default().parse(base.candidate);
        const branch = releaseBranchName(settings.releaseBranch, parsed.major, parsed.minor);
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
            throw new errors/* ConfigurationError */.j1(`cannot cut a new line: ${open.branch} (${open.candidates[0] ?? "no candidate yet"}) is not released yet; promote it, or delete the branch to abandon it`);
        if (!base.candidate)
            throw new errors/* ConfigurationError */.j1(`cannot cut a release candidate: nothing was committed on ${base.branch} to release since ${base.lastRelease ?? "the start"}`);
        const parsed = semver_default().parse(base.candidate);
        const branch = releaseBranchName(settings.releaseBranch, parsed.major, parsed.minor);
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
        throw new errors/* ConfigurationError */.j1(`there is no release line waiting for its release (no unreleased ${settings.releaseBranch} branch above the last release): cut one first`);
    if (stage === "rc") {
        if (open.newCommits === 0)
            throw new errors/* ConfigurationError */.j1(`nothing landed on ${open.branch} since ${open.candidates[0] ?? "it was cut"}: the next candidate would be the same code`);
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
    const version = latest ? semver_default().inc(latest, "prerelease", settings.rcChannel) : `${open.major}.${open.minor}.0-${settings.rcChannel}.1`;
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

// EXTERNAL MODULE: ./packages/core/src/version/tags.ts
var version_tags = __webpack_require__(7477);
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
        const line = lineOfBranch(options.template, branch);
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
    return parseCadenceSettings(await (0,section/* configSection */.c)(files, config, "cadence"));
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
    const decision = decideDue({ view, base, settings, ...(open ? { open } : {}), ...(inputs.stage ? { stage: inputs.stage } : {}) });
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

// EXTERNAL MODULE: ./packages/core/src/adapters/git-cli.ts
var git_cli = __webpack_require__(5577);
// EXTERNAL MODULE: ./packages/core/src/adapters/reporter-terminal.ts
var reporter_terminal = __webpack_require__(1206);
// EXTERNAL MODULE: ./packages/core/src/inputs/fields.ts
var inputs_fields = __webpack_require__(1874);
;// CONCATENATED MODULE: ./packages/core/src/cadence/inputs.ts



/** The calendar mode's inputs, every problem reported at once. */
function parseCadenceDueInputs(raw) {
    const fields = new inputs_fields/* InputFields */.a();
    const inputs = { cwd: raw.cwd };
    try {
        const now = (0,run/* parseNow */.A7)(raw.now);
        if (now)
            inputs.now = now;
    }
    catch (error) {
        fields.problem(error.message);
    }
    const configPath = fields.text(raw.configPath);
    if (configPath !== undefined)
        inputs.configPath = configPath;
    const branch = fields.text(raw.branch);
    if (branch !== undefined)
        inputs.branch = branch;
    const stage = fields.text(raw.stage) === "auto" ? undefined : fields.oneOf("stage", raw.stage, STAGES);
    if (stage !== undefined)
        inputs.stage = stage;
    fields.check();
    return inputs;
}
/** gate-check's modes: check the gates of a release, or say what the calendar makes due. */
const GATE_CHECK_MODES = (/* unused pure expression or super */ null && (["check", "calendar"]));
function parseGateCheckMode(value) {
    const fields = new InputFields();
    const mode = fields.oneOf("mode", value, GATE_CHECK_MODES);
    fields.check();
    return mode ?? "check";
}

// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
;// CONCATENATED MODULE: ./packages/cli/src/commands/calendar.ts



const calendarHelp = `cadence calendar [--now ISO-8601] [--due] [--stage rc-cut|rc|promote] [--json] [--summary] [--config PATH] [--cwd DIR]
  Prints what the release calendar says is due today (rc-cut, release, none, or blackout) and the
  coming dates, from the calendar section of .github/cadence.yml. --summary prints markdown with
  a Mermaid gantt chart of the coming cycle. --due also reads the repository's release branches
  and tags and says what the cadence tick would run (rc-cut, rc, promote, release, none or
  blackout), from which commit and onto which branch, as gate-check's calendar mode does;
  --stage asks for one stage whatever the day, and says why when the repository does not allow it.`;
async function calendarCommand(argv, out) {
    const { values } = (0,args/* parseFlags */.b)("calendar", argv, {
        now: { type: "string" },
        json: { type: "boolean" },
        summary: { type: "boolean" },
        config: { type: "string" },
        cwd: { type: "string" },
        due: { type: "boolean" },
        stage: { type: "string" },
    });
    const now = (0,run/* parseNow */.A7)(values.now);
    if (values.due || values.stage)
        return dueCommand((0,external_node_path_.resolve)(values.cwd ?? process.cwd()), { now, config: values.config, stage: values.stage, json: values.json, summary: values.summary }, out);
    const result = await (0,run/* runCalendar */.QF)({ files: new files/* LocalFiles */.h((0,external_node_path_.resolve)(values.cwd ?? process.cwd())), clock: now ? (0,adapters_clock/* fixedClock */.N)(now) : adapters_clock/* systemClock */.m }, values.config ? { configPath: values.config } : {});
    if (values.json) {
        out.write(`${JSON.stringify((0,run/* calendarOutputs */.b0)(result.view), null, 2)}\n`);
        return;
    }
    if (values.summary) {
        out.write(`${(0,run/* renderCalendarSummary */.l0)(result)}\n`);
        return;
    }
    const { view } = result;
    out.write(`${view.localDate} ${view.localTime} (${view.timezone}): today ${view.today}${view.blackout ? ` (${view.blackout.reason} until ${view.blackout.to})` : ""}${view.freeze ? `; freeze: ${view.freeze.reason}` : ""}\n`);
    for (const event of view.next)
        out.write(`  ${event.date}  ${event.kind}${event.version ? ` ${event.version}` : ""}${event.blocked ? `  (${event.blocked})` : ""}\n`);
    if (view.next.length === 0)
        out.write("  nothing planned\n");
}
async function dueCommand(cwd, options, out) {
    const result = await runCadenceDue({ git: new git_cli/* GitCli */.T(cwd), files: new files/* LocalFiles */.h(cwd), clock: options.now ? (0,adapters_clock/* fixedClock */.N)(options.now) : adapters_clock/* systemClock */.m, reporter: new reporter_terminal/* TerminalReporter */.s() }, parseCadenceDueInputs({ cwd, ...(options.config ? { configPath: options.config } : {}), ...(options.stage ? { stage: options.stage } : {}) }));
    if (options.json)
        return void out.write(`${JSON.stringify(cadenceDueOutputs(result), null, 2)}\n`);
    if (options.summary)
        return void out.write(`${renderCadenceDueSummary(result)}\n`);
    const { decision } = result;
    out.write(`${result.calendar.view.localDate} (${result.calendar.view.timezone}): ${decision.due}: ${decision.reason}\n`);
    if (decision.branch)
        out.write(`  branch ${decision.branch} at ${decision.commit?.slice(0, 12)}${decision.version ? `, version ${decision.version}` : ""}\n`);
}


/***/ })

};
