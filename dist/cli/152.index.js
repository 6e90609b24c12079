export const id = 152;
export const ids = [152];
export const modules = {

/***/ 152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateCheckCommand: () => (/* binding */ gateCheckCommand),
  gateCheckHelp: () => (/* binding */ gateCheckHelp)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/inputs/fields.ts
var inputs_fields = __webpack_require__(1874);
// EXTERNAL MODULE: ./packages/core/src/calendar/run.ts + 1 modules
var run = __webpack_require__(8961);
;// CONCATENATED MODULE: ./packages/core/src/gates/profiles.ts
/** Every built-in check. CUSTOM stands for all custom command gates; CAL for the calendar window. */
const CHECK_IDS = ["RL-01", "RL-02", "RL-03", "RL-04", "RL-05", "RL-06", "RL-07", "RL-08", "LIC-01", "COV", "CUSTOM", "CAL"];
const PROFILE_NAMES = ["G-MRG", "G-REL", "G-REL+Human", "RC", "SEV-0", "SEV-1", "SEV-2", "SEV-3"];
// LIC-01 is in every profile: a patch ships whatever dependency update it carries, and the check
// only reads the lockfile (it is na until a policy is configured).
const MERGE = ["RL-02", "RL-03", "RL-04", "RL-06", "LIC-01", "COV", "CUSTOM", "CAL"];
const RELEASE = ["RL-01", "RL-02", "RL-03", "RL-04", "RL-05", "RL-06", "RL-08", "LIC-01", "COV", "CUSTOM", "CAL"];
const EVERYTHING = CHECK_IDS;
// A candidate is built to be validated: its pull requests may still be open and its docs unfinished.
const CANDIDATE = ["RL-02", "RL-03", "RL-04", "RL-06", "RL-08", "COV", "CUSTOM", "CAL"];
/**
 * The seed's gates (001: G-MRG for patches, G-REL for minors, G-REL + Human for majors) and
 * SEV levels (003: SEV-0/1 run everything with a person's approval, SEV-2 the essentials,
 * SEV-3 the core), as one table.
 */
const PROFILES = {
    "G-MRG": { name: "G-MRG", required: MERGE, approval: false, description: "patch: checks green, changelog, version, security" },
    "G-REL": { name: "G-REL", required: RELEASE, approval: false, description: "minor: the release checklist without the rollback drill" },
    "G-REL+Human": { name: "G-REL+Human", required: EVERYTHING, approval: true, description: "major: every check, a rollback drill, and a person's approval" },
    RC: { name: "RC", required: CANDIDATE, approval: false, description: "release candidate: checks green, changelog, version, security, notes; open PRs and docs may still change" },
    "SEV-0": { name: "SEV-0", required: EVERYTHING, approval: true, description: "critical system release: every check and approval" },
    "SEV-1": { name: "SEV-1", required: EVERYTHING, approval: true, description: "high impact: every check and approval" },
    "SEV-2": { name: "SEV-2", required: RELEASE, approval: false, description: "moderate impact: the essential checks" },
    "SEV-3": { name: "SEV-3", required: MERGE, approval: false, description: "low impact: the core checks" },
};
/** "g-rel + human", "sev0", "SEV-2" → the canonical name, or undefined. */
function normalizeProfile(text) {
    const squeezed = text.replace(/\s+/g, "").toUpperCase().replace(/^SEV(\d)$/, "SEV-$1");
    return PROFILE_NAMES.find((name) => name.toUpperCase() === squeezed);
}
/** The profile a release gets when nobody names one: RC for a pre-release, else by the size of the release. */
function profileForKind(kind, prerelease = false) {
    if (prerelease)
        return "RC";
    return kind === "major" ? "G-REL+Human" : kind === "minor" ? "G-REL" : "G-MRG";
}

;// CONCATENATED MODULE: ./packages/core/src/gates/inputs.ts




/** Checks the inputs together and reports every problem at once. */
function parseGateCheckInputs(raw) {
    const fields = new inputs_fields/* InputFields */.a({ root: raw.cwd, scratch: raw.scratch });
    const inputs = {
        cwd: raw.cwd,
        dryRun: fields.flag("dry-run", raw.dryRun) ?? false,
        // Read with the other inputs, before any gate runs: a bad value is not found out after all of them.
        failOnGateFailure: fields.flag("fail-on-gate-failure", raw.failOnGateFailure) ?? true,
    };
    const profile = fields.text(raw.profile);
    if (profile !== undefined && profile !== "auto") {
        const name = normalizeProfile(profile);
        if (name)
            inputs.profile = name;
        else
            fields.problem(`profile '${profile}' is not a profile; expected auto or one of ${PROFILE_NAMES.join(", ")}`);
    }
    const version = fields.version("version", raw.version);
    if (version !== undefined)
        inputs.version = version;
    try {
        const now = (0,run/* parseNow */.A7)(raw.now);
        if (now)
            inputs.now = now;
    }
    catch (error) {
        fields.problem(error.message);
    }
    if (raw.breakGlass !== undefined) {
        // An empty input means "not given" in Actions; a given flag with only spaces is a mistake.
        if (raw.breakGlass !== "" && raw.breakGlass.trim() === "")
            fields.problem("break-glass needs a reason: say why the release must go out despite the calendar");
        else if (raw.breakGlass.trim() !== "")
            inputs.breakGlass = raw.breakGlass.trim();
    }
    const commit = fields.text(raw.commit);
    if (commit !== undefined) {
        if (/^[0-9a-f]{7,40}$/i.test(commit))
            inputs.commit = commit.toLowerCase();
        else
            fields.problem(`commit must be a commit sha (7 to 40 hex digits), not '${commit}'`);
    }
    const configPath = fields.path("config", raw.configPath);
    if (configPath !== undefined)
        inputs.configPath = configPath;
    const evidencePath = fields.path("evidence-path", raw.evidencePath);
    if (evidencePath !== undefined)
        inputs.evidencePath = evidencePath;
    const plannedDir = fields.path("planned-dir", raw.plannedDir, { scratch: true });
    // Read and written by the later dry-run steps of the job: kept whole, wherever the process runs.
    if (plannedDir !== undefined)
        inputs.plannedDir = (0,external_node_path_.resolve)(raw.cwd, plannedDir);
    for (const key of ["package", "branch"]) {
        const value = fields.text(raw[key]);
        if (value !== undefined)
            inputs[key] = value;
    }
    fields.check();
    return inputs;
}

// EXTERNAL MODULE: ./packages/core/src/inputs/paths.ts
var paths = __webpack_require__(9563);
// EXTERNAL MODULE: ./packages/core/src/adapters/reporter-terminal.ts
var reporter_terminal = __webpack_require__(1206);
// EXTERNAL MODULE: ./packages/core/src/adapters/git-cli.ts
var git_cli = __webpack_require__(5577);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/forge/github.ts
var github = __webpack_require__(8366);
// EXTERNAL MODULE: ./packages/core/src/errors/mention.ts
var mention = __webpack_require__(1019);
// EXTERNAL MODULE: ./packages/core/src/adapters/planned-files.ts
var planned_files = __webpack_require__(8898);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/adapters/clock.ts
var adapters_clock = __webpack_require__(3664);
// EXTERNAL MODULE: ./packages/core/src/calendar/config.ts
var config = __webpack_require__(928);
// EXTERNAL MODULE: ./packages/core/src/calendar/schedule.ts
var schedule = __webpack_require__(8171);
// EXTERNAL MODULE: ./packages/core/src/config/section.ts
var section = __webpack_require__(7167);
// EXTERNAL MODULE: ./packages/core/src/plan/apply.ts + 1 modules
var apply = __webpack_require__(2184);
// EXTERNAL MODULE: ./packages/core/src/plan/file-effects.ts
var file_effects = __webpack_require__(1924);
// EXTERNAL MODULE: ./packages/core/src/plan/plan.ts
var plan_plan = __webpack_require__(1070);
// EXTERNAL MODULE: ./packages/core/src/version-bump/run.ts + 4 modules
var version_bump_run = __webpack_require__(2789);
// EXTERNAL MODULE: ./packages/core/src/version/tags.ts
var version_tags = __webpack_require__(7477);
// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(3326);
var spdx_expression_parse_default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse);
// EXTERNAL MODULE: ./node_modules/spdx-correct/index.js
var spdx_correct = __webpack_require__(5728);
var spdx_correct_default = /*#__PURE__*/__webpack_require__.n(spdx_correct);
;// CONCATENATED MODULE: ./packages/core/src/licenses/config.ts



/**
 * Reads `gates.licenses`: allow and deny lists of SPDX license ids and per-package exceptions.
 * An id SPDX does not know is reported at its line, with the id spdx-correct suggests.
 * Returns undefined when the section is absent: then there is no policy to check against.
 */
function parseLicensesConfig(raw, at, problems) {
    if (raw === undefined || raw === null)
        return undefined;
    const section = raw;
    const ids = (key) => {
        const value = section[key];
        if (value === undefined)
            return undefined;
        const list = Array.isArray(value) ? value : [value];
        return list.flatMap((entry, index) => {
            const text = String(entry).trim();
            const problem = licenseIdProblem(text);
            if (problem) {
                problems.push({ text: `gates.licenses.${key}[${index}]: ${problem}`, location: at("licenses", key, index) });
                return [];
            }
            return [text];
        });
    };
    const allow = ids("allow");
    const deny = ids("deny") ?? [];
    for (const id of deny) {
        if (allow?.includes(id))
            problems.push({ text: `gates.licenses: ${id} is both allowed and denied`, location: at("licenses", "deny", deny.indexOf(id)) });
    }
    if (allow === undefined && deny.length === 0)
        problems.push({ text: "gates.licenses needs an allow list, a deny list, or both", location: at("licenses") });
    const exceptions = [];
    (Array.isArray(section.exceptions) ? section.exceptions : []).forEach((item, index) => {
        const entry = (item ?? {});
        const name = typeof entry.package === "string" ? entry.package.trim() : "";
        const reason = typeof entry.reason === "string" ? entry.reason.trim() : "";
        if (name === "")
            problems.push({ text: `gates.licenses.exceptions[${index}].package must name an npm package`, location: at("licenses", "exceptions", index) });
        if (reason === "")
            problems.push({ text: `gates.licenses.exceptions[${index}].reason must say why the package is accepted (it goes into the evidence)`, location: at("licenses", "exceptions", index) });
        let version;
        if (entry.version !== undefined) {
            version = String(entry.version);
            if (semver_default().validRange(version) === null)
                problems.push({ text: `gates.licenses.exceptions[${index}].version '${version}' is not a SemVer range`, location: at("licenses", "exceptions", index, "version") });
        }
        exceptions.push({ package: name, ...(version !== undefined ? { version } : {}), reason });
    });
    const location = at("licenses");
    return { policy: { ...(allow !== undefined ? { allow } : {}), deny, exceptions }, ...(location ? { location } : {}) };
}
/** Why a policy entry is not one SPDX license id (with an optional WITH exception), or undefined. */
function licenseIdProblem(text) {
    let parsed;
    try {
        parsed = spdx_expression_parse_default()(text);
    }
    catch {
        const suggestion = spdx_correct_default()(text);
        return `'${text}' is not an SPDX license id${suggestion && suggestion !== text ? `; did you mean ${suggestion}?` : " (see https://spdx.org/licenses/)"}`;
    }
    if ("conjunction" in parsed)
        return `'${text}' is an expression; list single license ids (the policy is matched against each package's expression)`;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/gates/config.ts



const SEVERITIES = ["low", "moderate", "high", "critical"];
/** Reads and checks `gates`; every problem (unknown gate id, bad threshold, ...) is reported at once with its line. */
function parseGatesConfig(section) {
    const raw = (section.value ?? {});
    const at = (...path) => section.locate(path);
    const problems = [];
    const strings = (value) => (Array.isArray(value) ? value.filter((item) => typeof item === "string") : typeof value === "string" ? [value] : []);
    let profile;
    if (typeof raw.profile === "string" && raw.profile !== "auto") {
        profile = normalizeProfile(raw.profile);
        if (!profile)
            problems.push({ text: `gates.profile '${raw.profile}' is not a profile; expected auto or one of ${PROFILE_NAMES.join(", ")}`, location: at("profile") });
    }
    const pulls = (raw["release-pulls"] ?? {});
    const security = (raw.security ?? {});
    const severity = (security.severity ?? "high");
    if (!SEVERITIES.includes(severity))
        problems.push({ text: `gates.security.severity must be one of ${SEVERITIES.join(", ")}`, location: at("security", "severity") });
    const drill = (raw["rollback-drill"] ?? {});
    const coverageRaw = (raw.coverage ?? {});
    const coverage = {};
    if (typeof coverageRaw.file === "string")
        coverage.file = coverageRaw.file;
    for (const metric of ["lines", "branches", "functions"]) {
        const value = coverageRaw[metric];
        if (value === undefined)
            continue;
        if (typeof value !== "number" || value < 0 || value > 100)
            problems.push({ text: `gates.coverage.${metric} must be a percentage from 0 to 100`, location: at("coverage", metric) });
        else
            coverage[metric] = value;
    }
    const licenses = parseLicensesConfig(raw.licenses, at, problems);
    const custom = [];
    const customIds = new Set();
    (Array.isArray(raw.custom) ? raw.custom : []).forEach((entry, index) => {
        const item = (entry ?? {});
        const id = String(item.id ?? "");
        const argv = Array.isArray(item.run) ? item.run.map(String) : typeof item.run === "string" ? item.run.trim().split(/\s+/) : [];
        if (!/^[a-z0-9][a-z0-9-]*$/i.test(id))
            problems.push({ text: `gates.custom[${index}].id must be a name of letters, digits and hyphens`, location: at("custom", index, "id") });
        else if (customIds.has(id) || CHECK_IDS.includes(id.toUpperCase()))
            problems.push({ text: `gates.custom[${index}].id '${id}' is already taken`, location: at("custom", index, "id") });
        if (argv.length === 0 || argv[0] === "")
            problems.push({ text: `gates.custom[${index}].run must name a program and its arguments, e.g. [npm, run, smoke]`, location: at("custom", index, "run") });
        customIds.add(id);
        const location = at("custom", index);
        custom.push({ id, title: typeof item.title === "string" ? item.title : `custom: ${argv.join(" ")}`, command: argv[0] ?? "", args: argv.slice(1), ...(location ? { location } : {}) });
    });
    const known = [...CHECK_IDS, ...customIds];
    const ids = (key) => strings(raw[key]).map((id, index) => {
        const found = known.find((candidate) => candidate.toLowerCase() === id.toLowerCase());
        if (!found)
            problems.push({ text: `gates.${key}[${index}]: unknown gate '${id}'; the gates are ${known.join(", ")}`, location: at(key, index) });
        return found ?? id;
    });
    const skip = ids("skip");
    const require = ids("require");
    (0,config/* throwProblems */.Jh)(problems);
    return {
        ...(profile ? { profile } : {}),
        pulls: typeof pulls.milestone === "string" || typeof pulls.label === "string" ? { ...(typeof pulls.milestone === "string" ? { milestone: pulls.milestone } : {}), ...(typeof pulls.label === "string" ? { label: pulls.label } : {}) } : { milestone: "v{version}" },
        requiredChecks: strings(raw["required-checks"]),
        changelog: typeof raw.changelog === "string" ? raw.changelog : "CHANGELOG.md",
        manifests: raw.manifests === undefined ? ["package.json"] : strings(raw.manifests),
        docs: raw.docs === undefined ? ["docs/**", "README.md"] : strings(raw.docs?.paths ?? raw.docs),
        security: { severity, audit: security.audit === undefined ? "auto" : security.audit === true, dependabot: security.dependabot !== false },
        rollbackDrill: { records: typeof drill.records === "string" ? drill.records : ".github/rollback-drills/*.{yml,yaml}", maxAgeDays: typeof drill["max-age-days"] === "number" ? drill["max-age-days"] : 90 },
        releaseNotes: raw["release-notes"] === undefined ? ["docs/releases/{version}/release-notes.md", "RELEASE_NOTES.md", "docs/releases/v{version}.md", "release-notes/v{version}.md"] : strings(raw["release-notes"]),
        coverage,
        ...(licenses ? { licenses } : {}),
        custom,
        skip,
        require,
        ...(typeof raw["evidence-path"] === "string" ? { evidencePath: raw["evidence-path"] } : {}),
        locate: (path) => section.locate(path),
    };
}
/** Fills {version} in a configured template. */
function fillVersion(template, version) {
    return template.replace(/\{version\}/g, version);
}

// EXTERNAL MODULE: ./packages/core/src/records/release-place.ts
var release_place = __webpack_require__(3171);
;// CONCATENATED MODULE: ./packages/core/src/gates/rules-forge.ts

/** RL-01: no open pull request is assigned to the release (its milestone, or its label). */
async function openPulls(context) {
    const forge = context.forge;
    const milestoneTitle = context.config.pulls.milestone ? fillVersion(context.config.pulls.milestone, context.version) : undefined;
    const label = context.config.pulls.label ? fillVersion(context.config.pulls.label, context.version) : undefined;
    const found = new Map();
    const looked = [];
    if (milestoneTitle) {
        const number = await forge.milestoneNumber(milestoneTitle);
        looked.push(number === undefined ? `no milestone '${milestoneTitle}' exists` : `milestone '${milestoneTitle}'`);
        if (number !== undefined)
            for (const pull of await forge.openPullRequests({ milestone: number }))
                found.set(pull.number, pull);
    }
    if (label) {
        looked.push(`label '${label}'`);
        for (const pull of await forge.openPullRequests({ label }))
            found.set(pull.number, pull);
    }
    const pulls = [...found.values()].sort((a, b) => a.number - b.number);
    if (pulls.length > 0) {
        return {
            status: "fail",
            reason: `${pulls.length} open pull request${pulls.length > 1 ? "s" : ""} for the release: ${pulls.slice(0, 5).map((pull) => `#${pull.number}`).join(", ")}${pulls.length > 5 ? ", …" : ""}`,
            details: pulls.map((pull) => `#${pull.number} ${pull.title}${pull.draft ? " (draft)" : ""} ${pull.url}`),
        };
    }
    return { status: "pass", reason: `no open pull requests (${looked.join("; ")})` };
}
/**
 * RL-02: the checks on the commit being released are green; configured ones must all be present and
 * passed. That is the pushed commit CI ran on: a release job's own release commit (HEAD, one
 * commit above it, holding only the version and the changelog) was never pushed, so it has none.
 */
async function checksGreen(context) {
    const { ci } = context;
    const short = ci.sha.slice(0, 7);
    if (ci.distance === null) {
        return { status: "fail", reason: `HEAD ${context.head.slice(0, 7)} is not built on ${short}, the pushed commit whose checks count: what would be released is not what CI checked` };
    }
    if (ci.distance > 1) {
        return { status: "fail", reason: `HEAD is ${ci.distance} commits above ${short}, the pushed commit whose checks count: push them and let CI check them before releasing` };
    }
    const verdict = await checksOn(context, ci.sha, short);
    return ci.distance === 1 ? { ...verdict, reason: `${verdict.reason} (HEAD is the release commit on top of it)` } : verdict;
}
async function checksOn(context, sha, short) {
    const checks = await context.forge.commitChecks(sha);
    const required = context.config.requiredChecks;
    if (required.length > 0) {
        const problems = required.flatMap((name) => {
            const matching = checks.filter((check) => check.name === name);
            if (matching.length === 0)
                return [`${name}: has not run on ${short}`];
            const bad = matching.find((check) => check.state !== "passed");
            return bad ? [`${name}: ${bad.state === "pending" ? "still running" : bad.detail}`] : [];
        });
        if (problems.length > 0)
            return { status: "fail", reason: `required checks are not green on ${short}: ${problems.join("; ")}`, details: problems };
        return { status: "pass", reason: `all ${required.length} required checks passed on ${short}` };
    }
    // Without a list every finished check counts; running ones (this job among them) are only noted.
    const failed = checks.filter((check) => check.state === "failed");
    const pending = checks.filter((check) => check.state === "pending");
    if (failed.length > 0) {
        return { status: "fail", reason: `${failed.length} check${failed.length > 1 ? "s" : ""} failed on ${short}: ${failed.map((check) => `${check.name} (${check.detail})`).join(", ")}`, details: failed.map((check) => `${check.name}: ${check.detail}${check.url ? ` ${check.url}` : ""}`) };
    }
    const passed = checks.length - pending.length;
    if (passed === 0)
        return { status: "fail", reason: `no finished check runs or statuses on ${short}; name the ones that must pass in gates.required-checks` };
    return { status: "pass", reason: `${passed} check${passed > 1 ? "s" : ""} passed on ${short}${pending.length ? ` (${pending.length} still running, not counted: ${pending.map((check) => check.name).join(", ")})` : ""}` };
}
const forgeRules = [
    { id: "RL-01", title: "No open PRs for the release", needsForge: true, evaluate: openPulls },
    { id: "RL-02", title: "Required checks green", needsForge: true, evaluate: checksGreen },
];

;// CONCATENATED MODULE: ./packages/core/src/gates/coverage.ts
/** Coverage totals read from lcov, istanbul's json-summary or Cobertura XML. */
/** A coverage file that cannot be read, with the line where it goes wrong. */
class CoverageFormatError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
function ratio(covered, total) {
    return { covered, total, pct: total === 0 ? 100 : Math.round((covered / total) * 10000) / 100 };
}
function parseCoverage(path, text) {
    const trimmed = text.trimStart();
    if (/\.json$/i.test(path) || trimmed.startsWith("{"))
        return parseJsonSummary(text);
    if (/\.xml$/i.test(path) || trimmed.startsWith("<"))
        return parseCobertura(text);
    return parseLcov(text);
}
const LCOV_KEYS = new Set(["TN", "SF", "VER", "FN", "FNL", "FNA", "FNDA", "FNF", "FNH", "DA", "BRDA", "BRF", "BRH", "LF", "LH"]);
function parseLcov(text) {
    const sums = { LF: 0, LH: 0, BRF: 0, BRH: 0, FNF: 0, FNH: 0 };
    let records = 0;
    let sawBranches = false;
    let sawFunctions = false;
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === "")
            return;
        if (line === "end_of_record") {
            records++;
            return;
        }
        const colon = line.indexOf(":");
        const key = colon > 0 ? line.slice(0, colon) : line;
        if (!LCOV_KEYS.has(key))
            throw new CoverageFormatError(`not an lcov line: '${line.slice(0, 60)}'`, index + 1);
        if (key in sums) {
            const value = line.slice(colon + 1);
            if (!/^\d+$/.test(value))
                throw new CoverageFormatError(`${key} must be a count, not '${value}'`, index + 1);
            sums[key] += Number(value);
            if (key === "BRF")
                sawBranches = true;
            if (key === "FNF")
                sawFunctions = true;
        }
    });
    if (records === 0)
        throw new CoverageFormatError("no lcov record (end_of_record) in the file", 1);
    return {
        format: "lcov",
        lines: ratio(sums.LH, sums.LF),
        ...(sawBranches ? { branches: ratio(sums.BRH, sums.BRF) } : {}),
        ...(sawFunctions ? { functions: ratio(sums.FNH, sums.FNF) } : {}),
    };
}
function parseJsonSummary(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const position = /line (\d+)/.exec(message);
        throw new CoverageFormatError(`not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)/, "")}`, position ? Number(position[1]) : 1);
    }
    const total = data?.total;
    if (!total || typeof total !== "object")
        throw new CoverageFormatError("an istanbul json-summary needs a top-level 'total' object", 1);
    const metric = (name) => {
        const entry = total[name];
        if (entry === undefined)
            return undefined;
        if (typeof entry.covered !== "number" || typeof entry.total !== "number")
            throw new CoverageFormatError(`total.${name} needs numeric covered and total`, lineOf(text, `"${name}"`));
        return ratio(entry.covered, entry.total);
    };
    const lines = metric("lines");
    const branches = metric("branches");
    const functions = metric("functions");
    return { format: "json-summary", ...(lines ? { lines } : {}), ...(branches ? { branches } : {}), ...(functions ? { functions } : {}) };
}
function parseCobertura(text) {
    const root = /<coverage\b([^>]*)>/.exec(text);
    if (!root)
        throw new CoverageFormatError("no <coverage> element: not a Cobertura report", 1);
    const line = lineOf(text, "<coverage");
    const attributes = new Map([...root[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
    const number = (name) => {
        const value = attributes.get(name);
        if (value === undefined)
            return undefined;
        if (!/^\d+(\.\d+)?$/.test(value))
            throw new CoverageFormatError(`${name}="${value}" is not a number`, line);
        return Number(value);
    };
    const fromCounts = (covered, valid, rate) => {
        const c = number(covered);
        const v = number(valid);
        if (c !== undefined && v !== undefined)
            return ratio(c, v);
        const r = number(rate);
        return r === undefined ? undefined : { covered: r, total: 1, pct: Math.round(r * 10000) / 100 };
    };
    const lines = fromCounts("lines-covered", "lines-valid", "line-rate");
    if (!lines)
        throw new CoverageFormatError("the <coverage> element has neither line-rate nor lines-covered/lines-valid", line);
    const branches = fromCounts("branches-covered", "branches-valid", "branch-rate");
    const methods = [...text.matchAll(/<method\b([^>]*)>/g)].map((match) => /line-rate="([\d.]+)"/.exec(match[1])?.[1]);
    const functions = methods.length > 0 ? ratio(methods.filter((rate) => Number(rate ?? 0) > 0).length, methods.length) : undefined;
    return { format: "cobertura", lines, ...(branches ? { branches } : {}), ...(functions ? { functions } : {}) };
}
function lineOf(text, needle) {
    const index = text.indexOf(needle);
    return index < 0 ? 1 : text.slice(0, index).split("\n").length;
}

;// CONCATENATED MODULE: ./packages/core/src/gates/rules-quality.ts



const DEFAULT_REPORTS = ["coverage/coverage-summary.json", "coverage/lcov.info", "coverage/cobertura-coverage.xml"];
const METRICS = ["lines", "branches", "functions"];
/** COV: coverage from the report is at or above each configured threshold. */
async function coverage(context) {
    const config = context.config.coverage;
    const thresholds = METRICS.filter((metric) => config[metric] !== undefined);
    let file;
    let text;
    for (const candidate of config.file ? [config.file] : DEFAULT_REPORTS) {
        text = await context.files.read(candidate);
        if (text !== undefined) {
            file = candidate;
            break;
        }
    }
    if (!file || text === undefined) {
        if (thresholds.length === 0)
            return { status: "na", reason: "no coverage report and no thresholds configured (gates.coverage)" };
        return { status: "fail", reason: `no coverage report at ${config.file ?? DEFAULT_REPORTS.join(", ")}; run the tests with coverage first`, ...(config.file ? { location: { file: config.file } } : {}) };
    }
    let totals;
    try {
        totals = parseCoverage(file, text);
    }
    catch (error) {
        if (error instanceof CoverageFormatError)
            return { status: "fail", reason: `${file}:${error.line}: malformed coverage report: ${error.message}`, location: { file, line: error.line } };
        throw error;
    }
    const measured = METRICS.filter((metric) => totals[metric]).map((metric) => `${metric} ${totals[metric].pct}%`).join(", ");
    if (thresholds.length === 0)
        return { status: "na", reason: `no thresholds configured (${totals.format}: ${measured})`, location: { file } };
    const below = thresholds.flatMap((metric) => {
        const value = totals[metric];
        if (!value)
            return [`${metric}: the ${totals.format} report has no ${metric} data`];
        return value.pct < config[metric] ? [`${metric} ${value.pct}% < ${config[metric]}%`] : [];
    });
    if (below.length > 0)
        return { status: "fail", reason: `coverage below threshold: ${below.join(", ")}`, location: { file }, details: below };
    return { status: "pass", reason: `${measured} (thresholds ${thresholds.map((metric) => `${metric} ${config[metric]}%`).join(", ")})`, location: { file } };
}
/** CAL: no blackout or freeze forbids a release of this kind now, unless break-glass with a reason. */
async function calendarWindow(context) {
    if (!context.calendar)
        return { status: "na", reason: "no calendar" };
    const window = (0,schedule/* releaseWindow */.mF)(context.calendar, context.kind);
    if (window.open)
        return { status: "pass", reason: window.reason };
    if (context.breakGlass)
        return { status: "pass", reason: `break-glass (${context.breakGlass}) overrides the ${window.reason}` };
    return { status: "fail", reason: `${window.reason}; a release now needs break-glass with a reason` };
}
const qualityRules = [
    { id: "COV", title: "Coverage thresholds", needsForge: false, evaluate: coverage },
    { id: "CAL", title: "Release window (calendar)", needsForge: false, evaluate: calendarWindow },
];
/** A custom command gate: the program's exit code decides; arguments go to it as a list, never through a shell. */
function customRule(gate) {
    return {
        id: gate.id,
        title: gate.title,
        needsForge: false,
        async evaluate(context) {
            const args = gate.args.map((arg) => fillVersion(arg, context.version));
            let result;
            try {
                result = await context.commands.run(gate.command, args, { cwd: context.git.cwd });
            }
            catch (error) {
                return { status: "fail", reason: `could not run ${gate.command}: ${error instanceof Error ? error.message : String(error)}`, ...(gate.location ? { location: gate.location } : {}) };
            }
            if (result.exitCode === 0)
                return { status: "pass", reason: `${[gate.command, ...args].join(" ")} exited with 0` };
            const last = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-1)[0] ?? "";
            return { status: "fail", reason: `${[gate.command, ...args].join(" ")} exited with ${result.exitCode}${last ? `: ${last.slice(0, 200)}` : ""}`, ...(gate.location ? { location: gate.location } : {}) };
        },
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/core/src/gates/rules-repository.ts



function rules_repository_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function lineWhere(text, test) {
    const index = text.split("\n").findIndex(test);
    return index < 0 ? undefined : index + 1;
}
/**
 * RL-03: the changelog has a heading for the version (Keep a Changelog `## [1.2.3] - date`, or
 * `## v1.2.3`) with content under it; in a monorepo, for the package's version (`## [core@1.2.3]`).
 */
async function changelog(context) {
    const file = context.config.changelog;
    const text = await context.files.read(file);
    if (text === undefined)
        return { status: "fail", reason: `${file} does not exist`, location: { file } };
    const release = (0,release_place/* releaseLabel */.wr)(context);
    const named = context.package === undefined ? "" : rules_repository_escape(`${context.package}@`);
    const heading = new RegExp(`^#{1,3}\\s+\\[?${named}v?${rules_repository_escape(context.version)}\\]?(?=$|[\\s(-])`);
    const lines = text.split("\n");
    const index = lines.findIndex((line) => heading.test(line.trim()));
    if (index < 0)
        return { status: "fail", reason: `${file} has no section for ${release} (expected a heading such as "## [${release}] - YYYY-MM-DD")`, location: { file, line: 1 } };
    const body = [];
    for (let next = index + 1; next < lines.length && !/^#{1,2}\s/.test(lines[next].trim()); next++)
        body.push(lines[next].trim());
    if (body.every((line) => line === ""))
        return { status: "fail", reason: `the ${release} section of ${file} is empty`, location: { file, line: index + 1 } };
    return { status: "pass", reason: `${file} has a section for ${release}`, location: { file, line: index + 1 } };
}
/** RL-04: each manifest that exists carries the version (JSON files in "version", others as text). */
async function manifests(context) {
    const found = [];
    const wrong = [];
    for (const path of context.config.manifests) {
        const text = await context.files.read(path);
        if (text === undefined)
            continue;
        found.push(path);
        if (path.endsWith(".json")) {
            let version;
            try {
                version = JSON.parse(text).version;
            }
            catch (error) {
                wrong.push({ status: "fail", reason: `${path} is not valid JSON: ${error.message}`, location: { file: path, line: 1 } });
                continue;
            }
            if (version !== context.version) {
                const line = lineWhere(text, (candidate) => /"version"\s*:/.test(candidate));
                wrong.push({ status: "fail", reason: `${path} says version ${JSON.stringify(version ?? null)}, not ${context.version}`, location: { file: path, ...(line ? { line } : {}) } });
            }
        }
        else if (!text.includes(context.version)) {
            wrong.push({ status: "fail", reason: `${path} does not mention ${context.version}`, location: { file: path, line: 1 } });
        }
    }
    if (found.length === 0)
        return { status: "na", reason: `none of the manifests exists (${context.config.manifests.join(", ") || "none configured"})` };
    if (wrong.length > 0)
        return { ...wrong[0], details: wrong.map((verdict) => verdict.reason) };
    return { status: "pass", reason: `${found.join(", ")} carr${found.length > 1 ? "y" : "ies"} ${context.version}` };
}
/** RL-05: some documentation changed since the last release. */
async function docs(context) {
    const patterns = context.config.docs;
    if (patterns.length === 0)
        return { status: "na", reason: "no documentation paths are configured (gates.docs)" };
    if (!context.previousTag)
        return { status: "pass", reason: "first release: there is no earlier release to compare the docs with" };
    const { stdout } = await context.git.run(["diff", "--name-only", "-z", `${context.previousTag}..HEAD`, "--"]);
    const isDoc = picomatch_default()(patterns, { dot: true });
    const changed = stdout.split("\0").filter((path) => path && isDoc(path));
    if (changed.length === 0)
        return { status: "fail", reason: `no documentation (${patterns.join(", ")}) changed since ${context.previousTag}` };
    return { status: "pass", reason: `${changed.length} documentation file${changed.length > 1 ? "s" : ""} changed since ${context.previousTag}`, details: changed.slice(0, 20) };
}
/**
 * When the drill happened: an executed rollback's executed_at, or, for the rollback action's
 * drill (a dry-run of the candidate against the current release), when it was planned.
 */
function drillTime(evidence) {
    const rehearsal = evidence.drill === true && evidence.execution?.dry_run === true;
    const value = evidence.execution?.executed_at ?? (rehearsal ? evidence.execution?.decided_at : undefined);
    const at = value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined;
    return at && !Number.isNaN(at.getTime()) ? at : undefined;
}
function drillWhat(evidence) {
    const { rolled_back_from: from, rolled_back_to: to } = evidence.versions ?? {};
    const versions = typeof from === "string" && typeof to === "string" ? `${from} → ${to}` : "";
    const dry = evidence.execution?.dry_run === true ? "a dry-run" : "";
    return [versions, dry].filter(Boolean).join(", ");
}
/** RL-07: a rollback drill (the seed's rollback_evidence record) within the configured number of days. */
async function rollbackDrill(context) {
    const { records, maxAgeDays } = context.config.rollbackDrill;
    const { stdout } = await context.git.run(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
    const isRecord = picomatch_default()(records, { dot: true });
    const drills = [];
    for (const file of stdout.split("\0").filter((path) => path && isRecord(path))) {
        const text = await context.files.read(file);
        let record;
        try {
            record = (0,dist.parse)(text ?? "");
        }
        catch {
            continue;
        }
        const evidence = record?.rollback_evidence;
        const at = evidence ? drillTime(evidence) : undefined;
        if (!evidence || !at || evidence.verification?.smoke_tests === "fail")
            continue;
        drills.push({ file, at, what: drillWhat(evidence) });
    }
    if (drills.length === 0) {
        return { status: "fail", reason: `no rollback drill is recorded (a rollback_evidence YAML with execution.executed_at, or a drill of the rollback action, in ${records})` };
    }
    const newest = drills.sort((a, b) => b.at.getTime() - a.at.getTime())[0];
    const age = Math.floor((context.clock.now().getTime() - newest.at.getTime()) / 86_400_000);
    const when = newest.at.toISOString().slice(0, 10);
    if (age > maxAgeDays)
        return { status: "fail", reason: `the last rollback drill was ${age} days ago (${when}); at most ${maxAgeDays} days are allowed`, location: { file: newest.file } };
    return { status: "pass", reason: `rollback drill on ${when} (${age} days ago${newest.what ? `; ${newest.what}` : ""})`, location: { file: newest.file } };
}
/** RL-08: release notes for the version are drafted in one of the configured places. */
async function releaseNotes(context) {
    const candidates = context.config.releaseNotes.map((template) => (0,release_place/* releasePath */.bD)(template, context));
    for (const path of candidates) {
        const text = await context.files.read(path);
        if (text === undefined)
            continue;
        if (text.includes(context.version))
            return { status: "pass", reason: `${path} is drafted for ${context.version}`, location: { file: path } };
        return { status: "fail", reason: `${path} exists but does not mention ${context.version}`, location: { file: path, line: 1 } };
    }
    return { status: "fail", reason: `no release notes found (looked for ${candidates.join(", ")})` };
}
const repositoryRules = [
    { id: "RL-03", title: "Changelog updated", needsForge: false, evaluate: changelog },
    { id: "RL-04", title: "Version in manifests", needsForge: false, evaluate: manifests },
    { id: "RL-05", title: "Documentation updated", needsForge: false, evaluate: docs },
    { id: "RL-07", title: "Rollback drill recorded", needsForge: false, evaluate: rollbackDrill },
    { id: "RL-08", title: "Release notes drafted", needsForge: false, evaluate: releaseNotes },
];

// EXTERNAL MODULE: ./packages/core/src/lockfile/consistency.ts
var consistency = __webpack_require__(855);
// EXTERNAL MODULE: ./packages/core/src/lockfile/read.ts
var read = __webpack_require__(5075);
// EXTERNAL MODULE: ./packages/core/src/lockfile/tree.ts
var lockfile_tree = __webpack_require__(4903);
// EXTERNAL MODULE: ./node_modules/spdx-satisfies/index.js
var spdx_satisfies = __webpack_require__(5131);
var spdx_satisfies_default = /*#__PURE__*/__webpack_require__.n(spdx_satisfies);
;// CONCATENATED MODULE: ./packages/core/src/licenses/policy.ts



/** The expression as alternatives (OR) of license sets (AND): `(A OR B) AND C` → [[A, C], [B, C]]. */
function choices(node) {
    if (!("conjunction" in node))
        return [[node]];
    const left = choices(node.left);
    const right = choices(node.right);
    if (node.conjunction === "or")
        return [...left, ...right];
    return left.flatMap((l) => right.map((r) => [...l, ...r]));
}
function termText(term) {
    return `${term.license}${term.plus ? "+" : ""}${term.exception ? ` WITH ${term.exception}` : ""}`;
}
/** A license id without its version-range spelling: GPL-3.0-only, GPL-3.0-or-later and GPL-3.0+ are all GPL-3.0. */
function family(license) {
    return license.replace(/-(only|or-later)$/, "").replace(/\+$/, "");
}
/**
 * A deny entry matches a term of the same license, whatever its -only/-or-later/+ spelling; an
 * entry with `WITH` matches only that exception, one without matches every exception.
 */
function deniedBy(term, deny) {
    return deny.find((entry) => {
        const denied = spdx_expression_parse_default()(entry);
        return family(denied.license) === family(term.license) && (denied.exception === undefined || denied.exception === term.exception);
    });
}
/** Judges one package's declared license against the policy. */
function judgeLicense(pkg, declared, policy) {
    const exception = policy.exceptions.find((entry) => entry.package === pkg.name && (entry.version === undefined || semver_default().satisfies(pkg.version, entry.version, { includePrerelease: true })));
    const plain = judgeText(declared, policy);
    if (exception && plain.verdict !== "allowed")
        return { verdict: "excepted", detail: `${plain.detail}; accepted by an exception: ${exception.reason}`, exception };
    return plain;
}
function judgeText(declared, policy) {
    if (declared.text === undefined)
        return { verdict: "missing", detail: `no license declared (${declared.source})` };
    const text = declared.text.trim();
    if (text === "UNLICENSED")
        return { verdict: "unknown", detail: "UNLICENSED: the author grants no license to use it" };
    if (/^SEE LICEN[CS]E IN /i.test(text))
        return { verdict: "unknown", detail: `a custom license (${text}), not an SPDX expression` };
    let tree;
    try {
        tree = spdx_expression_parse_default()(text);
    }
    catch {
        return { verdict: "unknown", detail: `'${text}' is not an SPDX license expression` };
    }
    const reasons = [];
    for (const choice of choices(tree)) {
        const denied = choice.map((term) => ({ term, by: deniedBy(term, policy.deny) })).filter((entry) => entry.by !== undefined);
        if (denied.length > 0) {
            reasons.push(denied.map((entry) => `${termText(entry.term)} is denied${entry.by === termText(entry.term) ? "" : ` (by ${entry.by})`}`).join(", "));
            continue;
        }
        const expression = choice.map(termText).join(" AND ");
        if (policy.allow === undefined || spdx_satisfies_default()(expression, policy.allow))
            return { verdict: "allowed", detail: `${text} is allowed${choice.length > 1 || choices(tree).length > 1 ? ` (as ${expression})` : ""}` };
        reasons.push(`${expression} is not in the allow list`);
    }
    const deniedOnly = reasons.every((reason) => reason.includes(" is denied"));
    return { verdict: deniedOnly ? "denied" : "not-allowed", detail: `${text}: ${[...new Set(reasons)].join("; ")}` };
}
/** The text of package.json's `license` (or the old `licenses` list, read as alternatives, as npm does). */
function licenseText(manifest) {
    if (!manifest)
        return undefined;
    const license = manifest.license;
    if (typeof license === "string" && license.trim() !== "")
        return license.trim();
    if (license && typeof license === "object" && typeof license.type === "string")
        return license.type;
    if (Array.isArray(manifest.licenses)) {
        const types = manifest.licenses.map((entry) => (typeof entry === "string" ? entry : entry?.type)).filter((type) => typeof type === "string" && type !== "");
        if (types.length > 0)
            return types.length === 1 ? types[0] : `(${types.join(" OR ")})`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/gates/rules-licenses.ts





const FAILING = new Set(["denied", "not-allowed", "unknown", "missing"]);
/** The license a shipped package declares: the lockfile's record, else the installed package.json. */
async function declaredLicense(files, project, pkg) {
    const locked = licenseText(pkg.entry);
    if (locked !== undefined)
        return { text: locked, source: external_node_path_.posix.basename(project.lockfilePath) };
    const installedPath = external_node_path_.posix.join(project.dir, pkg.location, "package.json");
    const installed = await (0,read/* readManifest */.WI)(files, installedPath).catch(() => undefined);
    const text = licenseText(installed);
    if (text !== undefined)
        return { text, source: installedPath };
    return { text: undefined, source: installed ? `neither the lockfile nor ${installedPath} names one` : `the lockfile names none and ${pkg.location} is not installed` };
}
function policyRecord(policy) {
    return { allow: policy.allow ?? null, deny: policy.deny, exceptions: policy.exceptions.map((entry) => ({ package: entry.package, version: entry.version ?? "*", reason: entry.reason })) };
}
/** LIC-01: every package that ships (non-dev, from the lockfile) has a license the policy accepts. */
async function licenses(context) {
    const config = context.config.licenses;
    if (!config)
        return { status: "na", reason: "no license policy: set gates.licenses.allow and/or deny" };
    return evaluateLicenses(context.files, config);
}
/** LIC-01 on the npm project at the root of `files`. */
async function evaluateLicenses(files, config) {
    const project = await (0,read/* readNpmProject */.hx)(files, ".");
    if (project === undefined)
        return { status: "na", reason: "no package.json: no npm dependencies ship from this repository" };
    if (!(0,read/* hasLockfile */.yj)(project)) {
        const declared = read/* DEPENDENCY_FIELDS */.AT.filter((field) => field !== "devDependencies").flatMap((field) => Object.keys(project.manifest[field] ?? {}));
        if (declared.length === 0)
            return { status: "pass", reason: "package.json declares no dependency that ships", evidence: evidence(config.policy, "none", [], []) };
        return { status: "fail", reason: `package.json declares ${declared.length} dependenc${declared.length === 1 ? "y" : "ies"} that ship, but there is no package-lock.json to say which versions: run npm install and commit it`, location: { file: "package.json" } };
    }
    const problems = await (0,consistency/* lockfileProblems */.u)(files, project);
    if (problems.length > 0) {
        return { status: "fail", reason: `${project.lockfilePath} does not match package.json: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ""}`, location: { file: project.lockfilePath }, details: problems };
    }
    const tree = (0,lockfile_tree/* shippedPackages */.RY)(project);
    if (tree.unresolved.length > 0) {
        return { status: "fail", reason: `${project.lockfilePath} cannot resolve ${tree.unresolved.length} dependenc${tree.unresolved.length === 1 ? "y" : "ies"}: ${tree.unresolved[0]}`, location: { file: project.lockfilePath }, details: tree.unresolved };
    }
    const judged = [];
    for (const pkg of tree.packages) {
        const declared = await declaredLicense(files, project, pkg);
        judged.push({ pkg, declared, judgement: judgeLicense(pkg, declared, config.policy) });
    }
    const failing = judged.filter((entry) => FAILING.has(entry.judgement.verdict));
    const record = evidence(config.policy, project.lockfilePath, judged, tree.roots);
    if (failing.length > 0) {
        const lines = failing.map(({ pkg, declared, judgement }) => `${pkg.name}@${pkg.version}: ${declared.text ?? "no license"} — ${judgement.verdict}: ${judgement.detail}; pulled in by ${pkg.path.join(" > ")}`);
        return {
            status: "fail",
            reason: `${failing.length} of ${judged.length} shipped packages break the license policy: ${lines.slice(0, 3).join(" | ")}${failing.length > 3 ? " | …" : ""}`,
            details: lines,
            ...(config.location ? { location: config.location } : {}),
            evidence: record,
        };
    }
    const excepted = judged.filter((entry) => entry.judgement.verdict === "excepted").length;
    return { status: "pass", reason: `the ${judged.length} packages that ship have licenses the policy accepts${excepted ? ` (${excepted} by exception)` : ""}`, evidence: record };
}
/** The `license_compliance` block of release_evidence.validation. */
function evidence(policy, lockfile, judged, roots) {
    const counts = {};
    for (const { declared } of judged)
        counts[declared.text ?? "(none)"] = (counts[declared.text ?? "(none)"] ?? 0) + 1;
    const entry = ({ pkg, declared, judgement }) => ({ package: pkg.name, version: pkg.version, license: declared.text ?? null, problem: judgement.verdict, detail: judgement.detail, path: pkg.path });
    return {
        license_compliance: {
            check: "LIC-01",
            policy: policyRecord(policy),
            lockfile,
            roots: [...roots],
            packages_checked: judged.length,
            licenses: Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b, "en"))),
            violations: judged.filter((item) => FAILING.has(item.judgement.verdict)).map(entry),
            exceptions_applied: judged.filter((item) => item.judgement.verdict === "excepted").map(entry),
        },
    };
}
const licenseRules = [{ id: "LIC-01", title: "Licenses of shipped dependencies", needsForge: false, evaluate: licenses }];

// EXTERNAL MODULE: ./packages/core/src/forge/errors.ts
var forge_errors = __webpack_require__(798);
;// CONCATENATED MODULE: ./packages/core/src/gates/rules-security.ts

/** npm says "moderate" where GitHub says "medium"; both rank the same. */
const RANK = { info: 0, low: 1, moderate: 2, medium: 2, high: 3, critical: 4 };
async function npmAudit(context) {
    const mode = context.config.security.audit;
    if (mode === false)
        return undefined;
    if (mode === "auto") {
        const lock = (await context.files.read("package-lock.json")) ?? (await context.files.read("npm-shrinkwrap.json"));
        if (lock === undefined)
            return undefined;
    }
    let result;
    try {
        result = await context.commands.run("npm", ["audit", "--json"], { cwd: context.git.cwd });
    }
    catch (error) {
        return { findings: [], note: "", error: `could not run npm audit: ${error instanceof Error ? error.message : String(error)}` };
    }
    let report;
    try {
        report = JSON.parse(result.stdout);
    }
    catch {
        const said = (result.stderr || result.stdout).trim().split("\n").slice(-1)[0] ?? "";
        return { findings: [], note: "", error: `npm audit did not print JSON (exit code ${result.exitCode}): ${said.slice(0, 200)}` };
    }
    if (report.error)
        return { findings: [], note: "", error: `npm audit failed: ${report.error.summary ?? "unknown error"}` };
    const findings = Object.entries(report.vulnerabilities ?? {}).map(([name, entry]) => ({ source: "npm audit", name, severity: entry.severity ?? "info" }));
    return { findings, note: `npm audit: ${findings.length} vulnerable package${findings.length === 1 ? "" : "s"}` };
}
async function dependabot(context) {
    if (!context.forge || !context.config.security.dependabot)
        return undefined;
    try {
        const alerts = await context.forge.vulnerabilityAlerts();
        return { findings: alerts.map((alert) => ({ source: "Dependabot", name: `${alert.packageName} (${alert.id})`, severity: alert.severity })), note: `Dependabot: ${alerts.length} open alert${alerts.length === 1 ? "" : "s"}` };
    }
    catch (error) {
        // A token without access to alerts is common (GITHUB_TOKEN); npm audit still stands.
        if (error instanceof forge_errors/* ForgeError */.Q && (error.status === 403 || error.status === 404))
            return { findings: [], note: `Dependabot alerts not read: ${error.message}` };
        throw error;
    }
}
/** RL-06: no known vulnerability at or above the configured severity (npm audit, Dependabot alerts). */
async function vulnerabilities(context) {
    const threshold = context.config.security.severity;
    const outcomes = [await npmAudit(context), await dependabot(context)].filter((outcome) => outcome !== undefined);
    if (outcomes.length === 0) {
        return { status: "na", reason: `nothing to audit: no npm lockfile${context.forge ? " and Dependabot alerts are disabled in gates.security" : ` and ${context.noForgeReason} for Dependabot alerts`}` };
    }
    const errors = outcomes.flatMap((outcome) => (outcome.error ? [outcome.error] : []));
    if (errors.length > 0)
        return { status: "fail", reason: errors.join("; ") };
    const blocking = outcomes.flatMap((outcome) => outcome.findings).filter((finding) => (RANK[finding.severity] ?? 0) >= RANK[threshold]);
    const notes = outcomes.map((outcome) => outcome.note).join("; ");
    if (blocking.length > 0) {
        return {
            status: "fail",
            reason: `${blocking.length} known vulnerabilit${blocking.length === 1 ? "y" : "ies"} at or above ${threshold}: ${blocking.slice(0, 5).map((finding) => `${finding.name} (${finding.severity})`).join(", ")}${blocking.length > 5 ? ", …" : ""}`,
            details: blocking.map((finding) => `${finding.source}: ${finding.name} — ${finding.severity}`),
        };
    }
    return { status: "pass", reason: `no known vulnerability at or above ${threshold} (${notes})` };
}
const securityRules = [{ id: "RL-06", title: "No known vulnerabilities", needsForge: false, evaluate: vulnerabilities }];

;// CONCATENATED MODULE: ./packages/core/src/gates/evaluate.ts







/** The rule table in report order: the seed's checklist, then coverage, custom commands and the calendar. */
function ruleTable(context) {
    const byId = new Map([...forgeRules, ...repositoryRules, ...securityRules, ...licenseRules, ...qualityRules].map((rule) => [rule.id, rule]));
    const ordered = ["RL-01", "RL-02", "RL-03", "RL-04", "RL-05", "RL-06", "RL-07", "RL-08", "LIC-01", "COV"].map((id) => byId.get(id));
    return [...ordered, ...context.config.custom.map(customRule), byId.get("CAL")];
}
/**
 * Evaluates every rule the profile requires, all of them (a failure never stops the others),
 * concurrently. A rule that throws is a failed check with the error's message.
 */
async function evaluateGates(context, profileName) {
    const profile = PROFILES[profileName];
    const customIds = new Set(context.config.custom.map((gate) => gate.id));
    return Promise.all(ruleTable(context).map(async (rule) => {
        const group = customIds.has(rule.id) ? "CUSTOM" : rule.id;
        const required = profile.required.includes(group) || context.config.require.includes(rule.id) || context.config.require.includes(group);
        const base = { id: rule.id, title: rule.title, required };
        if (context.config.skip.includes(rule.id) || context.config.skip.includes(group))
            return { ...base, required: false, status: "na", reason: "skipped by gates.skip" };
        if (!required)
            return { ...base, status: "na", reason: `not required by profile ${profile.name}` };
        if (rule.needsForge && !context.forge)
            return { ...base, status: "na", reason: context.noForgeReason };
        try {
            const verdict = await rule.evaluate(context);
            return { ...base, ...verdict };
        }
        catch (error) {
            return { ...base, status: "fail", reason: (0,errors/* describeError */.Uc)(error) };
        }
    }));
}

// EXTERNAL MODULE: ./packages/core/src/records/yaml-write.ts
var yaml_write = __webpack_require__(8907);
;// CONCATENATED MODULE: ./packages/core/src/gates/evidence.ts
/**
 * The seed's release_evidence record for the gate results: validation.gate_results and
 * validation.checklist with the seed's field names (check, status pass|fail|na), the other
 * sections present with what gate-check knows and null for what later steps fill in.
 */
function gateEvidenceRecord(input) {
    const evaluated = input.results.filter((result) => result.status !== "na");
    const passedCount = evaluated.filter((result) => result.status === "pass").length;
    const rate = evaluated.length === 0 ? 100 : Math.round((passedCount / evaluated.length) * 1000) / 10;
    return {
        release_evidence: {
            version: input.version,
            release_date: input.now.toISOString(),
            released_by: input.actor,
            validation: {
                gate_results: {
                    g_rel_passed: input.passed,
                    success_rate: `${rate}%`,
                    // Rework (fixes after the RC) is not known at gate time.
                    rework_rate: null,
                    all_tasks_passed: evaluated.every((result) => result.status === "pass"),
                    profile: input.profile,
                    requires_approval: input.requiresApproval,
                },
                checklist: input.results.map((result) => ({ check: result.id, status: result.status, required: result.required, reason: result.reason })),
                ...Object.assign({}, ...input.results.map((result) => result.evidence ?? {})),
                ...(input.breakGlass ? { break_glass: { reason: input.breakGlass.reason, blocked_by: input.breakGlass.blockedBy, by: input.actor, at: input.now.toISOString() } } : {}),
            },
            artifacts: {
                changelog_ref: input.changelog,
                release_notes_ref: input.releaseNotes ?? null,
                verification_log_ref: process.env.GITHUB_RUN_ID && process.env.GITHUB_REPOSITORY ? `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}` : null,
            },
            provenance: {
                commit: input.head,
                branch: input.branch ?? null,
                build_id: process.env.GITHUB_RUN_ID ? `${process.env.GITHUB_RUN_ID}.${process.env.GITHUB_RUN_ATTEMPT ?? "1"}` : null,
                signed_by: null,
            },
            distribution: { channels: [], published_at: null },
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/gates/run.ts




















/** The size of a release: from the previous version to this one (1.4.2 → 1.5.0-rc.1 is a minor). */
function releaseKind(version, previous) {
    if (previous && semver_default().valid(previous)) {
        const diff = semver_default().diff(semver_default().coerce(previous).version, semver_default().coerce(version).version);
        if (diff === "major" || diff === "premajor")
            return "major";
        if (diff === "minor" || diff === "preminor")
            return "minor";
        if (diff !== null)
            return "patch";
    }
    const parsed = semver_default().parse(version);
    return parsed.minor === 0 && parsed.patch === 0 ? "major" : parsed.patch === 0 ? "minor" : "patch";
}
/**
 * The release before the version checked. HEAD already holds the version's own tag when an
 * earlier attempt of this release pushed it (a re-run after a crash): the release before is then
 * the one below it, so the gates judge the same range the first attempt judged.
 */
async function previousRelease(git, version, decision) {
    const { previous, previousTag } = decision;
    const own = previous && previousTag && semver_default().valid(previous) && semver_default().valid(version) && semver_default().eq(previous, version);
    if (!own || !previousTag.endsWith(previous)) {
        return { ...(previous ? { previous } : {}), ...(previousTag ? { previousTag } : {}) };
    }
    const prefix = previousTag.slice(0, previousTag.length - previous.length);
    const stable = semver_default().prerelease(version) === null;
    const tags = (0,version_tags/* versionTags */.OP)((await (0,version_tags/* readTags */.g$)(git)).reachable, prefix).versions;
    const below = tags.find((tag) => semver_default().lt(tag.version, version) && (!stable || tag.version.prerelease.length === 0));
    return below ? { previous: below.version.version, previousTag: below.name } : {};
}
/**
 * A version to check must be above the last release: gates passed for 1.4.0 after 1.4.2 would
 * bless a downgrade. The one exception is HEAD's own release tag (a re-run after the tag was made).
 */
async function refuseNotAbove(git, version, decision, head) {
    const previous = decision.previous;
    if (!previous || semver_default().gt(version, previous))
        return;
    // No release tag yet: the manifest's version is the floor, and the release commit of a first
    // release has just written the version being checked into it.
    if (!decision.previousTag && semver_default().eq(version, previous))
        return;
    if (semver_default().eq(version, previous) && decision.previousTag) {
        const { stdout } = await git.run(["rev-parse", `${decision.previousTag}^{commit}`], { allowFailure: true });
        if (stdout.trim() === head)
            return;
    }
    const last = decision.previousTag ? `the last release ${previous} (tag ${decision.previousTag})` : `the last release ${previous}`;
    throw new errors/* ConfigurationError */.j1(`version ${version} is ${semver_default().eq(version, previous) ? "already" : "below"} ${last}: gates are checked for a new release above it. Pass a higher version (input \`version\`), or none to check the version the commits ask for.`);
}
/** gate-check from start to end: decide the version, evaluate every gate, record the evidence (unless dry-run). */
async function runGateCheck(ports, inputs) {
    const clock = inputs.now ? (0,adapters_clock/* fixedClock */.N)(inputs.now) : ports.clock;
    const { git, reporter } = ports;
    // A dry-run judges the release as the earlier dry-run steps planned it: their CHANGELOG, manifests and notes.
    const files = inputs.dryRun && inputs.plannedDir ? new planned_files/* PlannedFiles */.eA(ports.files, inputs.plannedDir) : ports.files;
    const bump = await (0,version_bump_run/* runVersionBump */.Sb)({ git, files, clock, reporter }, { cwd: inputs.cwd, dryRun: true, decisionOnly: true, ...(inputs.branch ? { branch: inputs.branch } : {}), ...(inputs.package ? { package: inputs.package } : {}), ...(inputs.configPath ? { configPath: inputs.configPath } : {}) });
    const decision = bump.packages.find((candidate) => candidate.next) ?? bump.packages[0];
    const version = inputs.version ?? decision.next;
    if (!version) {
        throw new errors/* ConfigurationError */.j1(`no release is due: no commit since ${decision.previousTag ?? "the start"} asks for one. Pass the version to check (${(0,mention/* mention */.l)("version")}).`);
    }
    await refuseNotAbove(git, version, decision, bump.head);
    const { previous, previousTag } = await previousRelease(git, version, decision);
    const kind = releaseKind(version, previous);
    const gates = parseGatesConfig(await (0,section/* configSection */.c)(files, bump.config, "gates"));
    const calendarConfig = await (0,config/* loadCalendarConfig */.DX)(files, bump.config);
    const calendar = { config: calendarConfig, view: (0,schedule/* calendarView */.G1)(calendarConfig, clock.now()) };
    const profile = inputs.profile ?? gates.profile ?? profileForKind(kind, semver_default().prerelease(version) !== null);
    const ci = await ciCommit(git, bump.head, inputs.commit);
    // A monorepo's package: its CHANGELOG heading, notes and evidence file carry its name.
    const place = { version, package: (0,release_place/* releasePackageNamed */.v6)(bump.config, decision.name) };
    const results = await evaluateGates({
        version,
        ...(place.package !== undefined ? { package: place.package } : {}),
        kind,
        ...(previousTag ? { previousTag } : {}),
        head: bump.head,
        ci,
        config: gates,
        git,
        files,
        commands: ports.commands,
        clock,
        ...(ports.forge ? { forge: ports.forge } : {}),
        noForgeReason: ports.noForgeReason ?? "no GitHub token",
        calendar: calendar.view,
        ...(inputs.breakGlass ? { breakGlass: inputs.breakGlass } : {}),
    }, profile);
    for (const check of results.filter((result) => result.status === "fail"))
        reporter.annotate("error", `${check.id} ${check.title}: ${check.reason}`, check.location);
    const passed = !results.some((result) => result.status === "fail");
    const requiresApproval = PROFILES[profile].approval;
    const window = (0,schedule/* releaseWindow */.mF)(calendar.view, kind);
    const notes = results.find((result) => result.id === "RL-08" && result.status === "pass")?.location?.file ?? gates.releaseNotes.map((template) => (0,release_place/* releasePath */.bD)(template, place))[0];
    const record = gateEvidenceRecord({
        version,
        profile,
        passed,
        requiresApproval,
        results,
        head: bump.head,
        branch: bump.line.branch,
        now: clock.now(),
        actor: process.env.GITHUB_ACTOR ?? process.env.USER ?? "unknown",
        changelog: gates.changelog,
        releaseNotes: notes,
        ...(inputs.breakGlass ? { breakGlass: { reason: inputs.breakGlass, blockedBy: window.open ? "nothing: the calendar was open" : window.reason } } : {}),
    });
    const relative = inputs.evidencePath ?? gates.evidencePath ?? `.git/cadence/evidence/gate-check-${(0,release_place/* releaseLabel */.wr)(place).replaceAll("/", "-")}.yaml`;
    const plan = {
        action: "gate-check",
        formatVersion: 1,
        observations: { head: bump.head, version, profile, passed },
        effects: [(0,file_effects/* writeFileEffect */.fq)(relative, (0,yaml_write/* writeYaml */.V)(record), `record the gate results in ${relative}`)],
    };
    const hash = (0,plan_plan/* planHash */.SH)(plan);
    await (0,apply/* applyPlan */.g)(plan, { "write-file": (0,file_effects/* writeFileHandler */.u7)(files) }, { dryRun: inputs.dryRun, reporter });
    return {
        version,
        kind,
        profile,
        requiresApproval,
        passed,
        results,
        head: bump.head,
        branch: bump.line.branch,
        plan,
        planHash: hash,
        ...(inputs.dryRun ? {} : { evidencePath: (0,external_node_path_.join)(files.root, relative) }),
        calendar,
        ...(inputs.breakGlass ? { breakGlass: inputs.breakGlass } : {}),
    };
}
/** The commit CI checked (HEAD unless named), and how many commits HEAD is above it. */
async function ciCommit(git, head, named) {
    if (!named || head.startsWith(named))
        return { sha: head, distance: 0 };
    const found = await git.run(["rev-parse", "--verify", "-q", "--end-of-options", `${named}^{commit}`], { allowFailure: true });
    if (found.exitCode !== 0) {
        throw new errors/* ConfigurationError */.j1(`the commit ${named} whose checks count for RL-02 (input commit, GITHUB_SHA in Actions) is not in this clone; check out with fetch-depth: 0`);
    }
    const sha = found.stdout.trim();
    const ancestor = await git.run(["merge-base", "--is-ancestor", sha, head], { allowFailure: true });
    if (ancestor.exitCode !== 0)
        return { sha, distance: null };
    const count = await git.run(["rev-list", "--count", `${sha}..${head}`]);
    return { sha, distance: Number(count.stdout.trim()) };
}

// EXTERNAL MODULE: ./packages/core/src/adapters/files.ts + 1 modules
var files = __webpack_require__(3848);
// EXTERNAL MODULE: ./packages/core/src/gates/commands.ts
var commands = __webpack_require__(6726);
;// CONCATENATED MODULE: ./packages/core/src/gates/outputs.ts
/** The action's outputs and the CLI's --json share this shape. */
function gateCheckOutputs(result) {
    return {
        passed: result.passed,
        failed: result.results.filter((check) => check.status === "fail").map((check) => ({ id: check.id, reason: check.reason, required: check.required })),
        requiresApproval: result.requiresApproval,
        profile: result.profile,
        version: result.version,
        kind: result.kind,
        evidencePath: result.evidencePath ?? null,
        breakGlass: result.breakGlass ?? null,
        checks: result.results.map((check) => ({ id: check.id, title: check.title, status: check.status, required: check.required, reason: check.reason })),
        calendar: result.calendar ? { today: result.calendar.view.today, blackout: result.calendar.view.blackout ?? null, freeze: result.calendar.view.freeze ?? null } : null,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/gates/summary.ts

const ICON = { pass: "✅ pass", fail: "❌ fail", na: "➖ n/a" };
function cell(text) {
    return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
/** The step summary: verdict, a table of every check (check, result, why), details of failures, the calendar. */
function renderGateCheckSummary(result) {
    const lines = [`## gate-check: ${result.passed ? "passed" : "failed"}`, ""];
    lines.push(`Version **${result.version}** (${result.kind}), profile **${result.profile}**${result.requiresApproval ? ", requires a person's approval (route the release job through a protected environment)" : ""}.`, "");
    lines.push("| check | result | why |", "|---|---|---|");
    for (const check of result.results)
        lines.push(`| ${check.id} ${cell(check.title)} | ${ICON[check.status]}${check.required ? "" : " (optional)"} | ${cell(check.reason)} |`);
    const withDetails = result.results.filter((check) => check.status === "fail" && check.details && check.details.length > 0);
    for (const check of withDetails) {
        lines.push("", `<details><summary>${check.id}: ${cell(check.title)}</summary>`, "");
        for (const detail of check.details.slice(0, 50))
            lines.push(`- ${cell(detail)}`);
        lines.push("", "</details>");
    }
    if (result.breakGlass)
        lines.push("", `**Break-glass:** ${cell(result.breakGlass)} (recorded in the evidence).`);
    if (result.evidencePath)
        lines.push("", `Evidence: \`${result.evidencePath}\``);
    else
        lines.push("", "_Dry-run: no evidence was written._");
    if (result.calendar)
        lines.push("", (0,run/* renderCalendarSummary */.l0)(result.calendar));
    return lines.join("\n");
}

// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
;// CONCATENATED MODULE: ./packages/cli/src/commands/gate-check.ts



const flags = {
    profile: { type: "string", value: "NAME", about: "G-MRG, G-REL, G-REL+Human, RC or SEV-0..SEV-3", defaultIs: "by the bump: patch G-MRG, minor G-REL, major G-REL+Human; RC for a pre-release" },
    version: { type: "string", value: "X.Y.Z", about: "the version to check", defaultIs: "what version-bump decides for HEAD" },
    now: { type: "string", value: "ISO-8601", about: "judge the calendar at this instant", defaultIs: "now" },
    json: { type: "boolean", about: "print the outputs as JSON" },
    summary: { type: "boolean", about: "print the markdown summary the action writes" },
    "break-glass": { type: "string", value: "REASON", about: "release despite a blackout or freeze, for this recorded reason", defaultIs: "the calendar decides" },
    "dry-run": { type: "boolean", about: "judge and report, write no evidence" },
    evidence: { type: "string", value: "PATH", about: "where the release_evidence record goes", defaultIs: "gates.evidence-path, else .git/cadence/evidence/gate-check-<version>.yaml" },
    repo: { type: "string", value: "OWNER/NAME", about: "the GitHub repository, with a token", defaultIs: "GITHUB_REPOSITORY, else a github.com origin" },
    config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
    package: { type: "string", value: "NAME", about: "in a monorepo, check this package's version", defaultIs: "the root package" },
    commit: { type: "string", value: "SHA", about: "the pushed commit whose checks count, when HEAD is a release commit on it", defaultIs: "HEAD" },
    "planned-dir": { type: "string", value: "DIR", about: "with --dry-run, judge the files earlier dry-runs planned there", defaultIs: "none" },
    cwd: { type: "string", value: "DIR", about: "the repository", defaultIs: "the current folder" },
    verbose: { type: "boolean", about: "print every step" },
};
const gateCheckHelp = {
    usage: "cadence gate-check [flags]",
    summary: "check the release gates (RL-01..RL-08, coverage, commands, calendar); exit 1 when one fails",
    about: `Checks the release gates (RL-01..RL-08, coverage, custom commands, the calendar window) for the
next version, or --version. With GITHUB_TOKEN (or GH_TOKEN) set it also asks GitHub for open
pull requests, checks and Dependabot alerts; without one those checks are n/a. Writes the
release_evidence record unless --dry-run. Exits 1 when a gate fails. With --dry-run --planned-dir,
the CHANGELOG, manifests and notes earlier dry-runs planned there are judged instead of the repository's.`,
    flags,
};
/** owner/name from --repo, GITHUB_REPOSITORY, or a github.com origin remote. */
async function repositoryName(git, flag) {
    if (flag)
        return flag;
    if (process.env.GITHUB_REPOSITORY)
        return process.env.GITHUB_REPOSITORY;
    const remote = await git.run(["remote", "get-url", "origin"], { allowFailure: true });
    const match = /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?\s*$/.exec(remote.stdout.trim());
    return match?.[1];
}
async function gateCheckCommand(argv, out) {
    const { values } = (0,args/* parseFlags */.bQ)(argv, flags);
    const cwd = (0,external_node_path_.resolve)(values.cwd ?? process.cwd());
    const inputs = parseGateCheckInputs({
        cwd,
        scratch: (0,paths/* scratchFolder */.$B)(process.env),
        dryRun: values["dry-run"] ?? false,
        ...(values.profile !== undefined ? { profile: values.profile } : {}),
        ...(values.version !== undefined ? { version: values.version } : {}),
        ...(values.now !== undefined ? { now: values.now } : {}),
        ...(values["break-glass"] !== undefined ? { breakGlass: values["break-glass"] } : {}),
        ...(values.evidence !== undefined ? { evidencePath: values.evidence } : {}),
        ...(values.config !== undefined ? { configPath: values.config } : {}),
        ...(values.package !== undefined ? { package: values.package } : {}),
        ...(values.commit !== undefined ? { commit: values.commit } : {}),
        ...(values["planned-dir"] !== undefined ? { plannedDir: values["planned-dir"] } : {}),
    });
    const reporter = new reporter_terminal/* TerminalReporter */.s(process.stderr, values.verbose ?? false);
    const git = new git_cli/* GitCli */.T(cwd);
    const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || "";
    reporter.secret(token);
    const repository = token ? await repositoryName(git, values.repo) : undefined;
    if (token && !repository)
        throw new errors/* ConfigurationError */.j1("a GitHub token is set but the repository is unknown: pass --repo OWNER/NAME or set GITHUB_REPOSITORY");
    const forge = token && repository ? github/* GitHubForge */.RU.create({ token, repository, log: (message) => reporter.debug(message) }) : undefined;
    const result = await runGateCheck({ git, files: new files/* LocalFiles */.h(cwd), clock: adapters_clock/* systemClock */.m, reporter, commands: new commands/* ExecCommandRunner */.L(), ...(forge ? { forge } : { noForgeReason: "no GitHub token" }) }, inputs);
    const outputs = gateCheckOutputs(result);
    if (values.json)
        out.write(`${JSON.stringify(outputs, null, 2)}\n`);
    else if (values.summary)
        out.write(`${renderGateCheckSummary(result)}\n`);
    else {
        out.write(`gate-check ${result.version} (${result.kind}, profile ${result.profile}): ${result.passed ? "passed" : "FAILED"}${result.requiresApproval ? ", requires approval" : ""}\n`);
        for (const check of outputs.checks)
            out.write(`  ${check.status.padEnd(4)} ${check.id.padEnd(8)} ${check.reason}\n`);
        out.write(result.evidencePath ? `evidence: ${result.evidencePath}\n` : "dry-run: no evidence written\n");
    }
    if (!result.passed)
        throw new errors/* ConfigurationError */.j1(`gates failed: ${outputs.failed.map((check) => check.id).join(", ")}`);
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

/***/ 855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ checkLockfile),
/* harmony export */   u: () => (/* binding */ lockfileProblems)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5341);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5075);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4903);





/**
 * Where package.json and the lockfile disagree, the way `npm ci` refuses them: every dependency
 * the root or a workspace declares must be recorded in the lockfile with the same spec, and a
 * registry range must be met by the version locked for it.
 */
async function lockfileProblems(files, project) {
    const problems = [];
    const lockName = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(project.lockfilePath);
    for (const location of ["", ...(0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceLocations */ .Qw)(project)]) {
        const manifestPath = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(project.dir, location, "package.json");
        const manifest = location === "" ? project.manifest : await (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifest */ .WI)(files, manifestPath);
        const entry = project.packages[location];
        if (!manifest) {
            problems.push(`${lockName} has the workspace ${location}, but ${manifestPath} does not exist`);
            continue;
        }
        if (!entry) {
            problems.push(`${lockName} has no entry for the project itself ("packages[\\"\\"]")`);
            continue;
        }
        for (const field of _read_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPENDENCY_FIELDS */ .AT) {
            const declared = manifest[field] ?? {};
            const locked = entry[field] ?? {};
            for (const [name, spec] of Object.entries(declared)) {
                if (!(name in locked))
                    problems.push(`${manifestPath} declares ${field}.${name} (${spec}), which ${lockName} does not record`);
                else if (locked[name] !== spec)
                    problems.push(`${manifestPath} asks ${field}.${name} for ${spec}, but ${lockName} was made for ${locked[name]}`);
            }
            for (const [name, spec] of Object.entries(locked)) {
                if (!(name in declared))
                    problems.push(`${lockName} records ${field}.${name} (${spec}), which ${manifestPath} no longer declares`);
            }
        }
        problems.push(...unmetRanges(project, location, manifest, manifestPath));
    }
    return problems;
}
function unmetRanges(project, location, manifest, manifestPath) {
    const problems = [];
    for (const field of ["dependencies", "optionalDependencies", "devDependencies"]) {
        for (const [name, spec] of Object.entries(manifest[field] ?? {})) {
            const target = (0,_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveDependency */ .ql)(project, location, name);
            const entry = target === undefined ? undefined : project.packages[target];
            if (!entry) {
                if (field !== "optionalDependencies")
                    problems.push(`${manifestPath} needs ${name} (${spec}), but the lockfile has no package for it`);
                continue;
            }
            // Only plain registry ranges say which versions fit; git, file, alias and tag specs do not.
            if (entry.link || semver__WEBPACK_IMPORTED_MODULE_1___default().validRange(spec) === null || entry.version === undefined)
                continue;
            if (!semver__WEBPACK_IMPORTED_MODULE_1___default().satisfies(entry.version, spec, { includePrerelease: true })) {
                problems.push(`${manifestPath} asks ${field}.${name} for ${spec}, but the lockfile locks ${entry.version}`);
            }
        }
    }
    return problems;
}
/** Throws one error listing every disagreement, pointing at the lockfile. */
async function checkLockfile(files, project) {
    const problems = await lockfileProblems(files, project);
    if (problems.length === 0)
        return;
    throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`does not match package.json: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ""}. Run npm install and commit the lockfile.`, { file: project.lockfilePath }, problems);
}


/***/ }),

/***/ 5075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ DEPENDENCY_FIELDS),
/* harmony export */   Qw: () => (/* binding */ workspaceLocations),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   fF: () => (/* binding */ packageNameAt),
/* harmony export */   hx: () => (/* binding */ readNpmProject),
/* harmony export */   yj: () => (/* binding */ hasLockfile)
/* harmony export */ });
/* unused harmony export LOCKFILE_NAMES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5341);


/** The dependency maps a manifest or a lockfile entry may carry. */
const DEPENDENCY_FIELDS = ["dependencies", "optionalDependencies", "peerDependencies", "devDependencies"];
const LOCKFILE_NAMES = ["npm-shrinkwrap.json", "package-lock.json"];
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const where = /line (\d+) column (\d+)/.exec(message);
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`is not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)/, "")}`, where ? { file, line: Number(where[1]), column: Number(where[2]) } : { file });
    }
}
/** Reads a package.json; undefined when there is none. */
async function readManifest(files, path) {
    const text = await files.read(path);
    if (text === undefined)
        return undefined;
    const value = parseJson(text, path);
    if (!value || typeof value !== "object" || Array.isArray(value))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("must hold a JSON object", { file: path });
    return value;
}
/**
 * Reads the npm project in `dir`: its package.json and its lockfile (npm-shrinkwrap.json wins, as
 * it does for npm). Undefined when there is no package.json; `lockfile: "missing"` when there is
 * a manifest but no lockfile. Lockfile v1 (npm 6) has no `packages` map and is refused.
 */
async function readNpmProject(files, dir = ".") {
    const manifestPath = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, "package.json");
    const manifest = await readManifest(files, manifestPath);
    if (!manifest)
        return undefined;
    for (const name of LOCKFILE_NAMES) {
        const lockfilePath = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, name);
        const text = await files.read(lockfilePath);
        if (text === undefined)
            continue;
        const value = parseJson(text, lockfilePath);
        const version = typeof value?.lockfileVersion === "number" ? value.lockfileVersion : 0;
        if (version < 2 || !value.packages || typeof value.packages !== "object") {
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`is lockfile version ${version || "unknown"}, which has no 'packages' map: run npm install with npm 7 or later to upgrade it (lockfileVersion 2 or 3)`, { file: lockfilePath });
        }
        return { dir, manifestPath, manifest, lockfilePath, lockfileVersion: version, packages: value.packages };
    }
    return { manifestPath, manifest, lockfile: "missing" };
}
function hasLockfile(project) {
    return project !== undefined && !("lockfile" in project);
}
/** Locations of the project's workspaces: the lockfile's entries outside any node_modules folder. */
function workspaceLocations(project) {
    return Object.keys(project.packages)
        .filter((location) => location !== "" && !location.split("/").includes("node_modules"))
        .sort();
}
/** The name of what sits at a location: its own `name` (aliases, workspaces), else the folder's name. */
function packageNameAt(location, entry) {
    if (entry?.name)
        return entry.name;
    const at = location.lastIndexOf("node_modules/");
    return at === -1 ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(location) : location.slice(at + "node_modules/".length);
}


/***/ }),

/***/ 4903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ shippingClosure),
/* harmony export */   RY: () => (/* binding */ shippedPackages),
/* harmony export */   ql: () => (/* binding */ resolveDependency)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5075);


/** Follows a workspace link (`node_modules/ws` → `packages/ws`) to the folder it points at. */
function follow(project, location) {
    const entry = project.packages[location];
    // Locations and a link's `resolved` are both relative to the lockfile's folder.
    if (entry?.link && typeof entry.resolved === "string")
        return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(entry.resolved);
    return location;
}
/**
 * Node's lookup, on the lockfile's locations: `<here>/node_modules/<name>`, then the same in every
 * folder above, up to the project's own node_modules.
 */
function resolveDependency(project, from, name) {
    let dir = from;
    for (;;) {
        const candidate = dir === "" ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
        if (project.packages[candidate])
            return follow(project, candidate);
        if (dir === "")
            return undefined;
        const up = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(dir);
        dir = up === "." ? "" : up;
    }
}
/** The edges of a node that ship: dependencies, optional ones, and peers (npm 7+ installs them). Never devDependencies. */
function shippingEdges(entry) {
    const edges = [];
    for (const [name, spec] of Object.entries(entry.dependencies ?? {}))
        edges.push({ name, spec, optional: false });
    for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {}))
        edges.push({ name, spec, optional: true });
    for (const [name, spec] of Object.entries(entry.peerDependencies ?? {})) {
        edges.push({ name, spec, optional: entry.peerDependenciesMeta?.[name]?.optional === true });
    }
    return edges;
}
function label(project, location) {
    const entry = project.packages[location];
    // The root is what package.json says now (the release being checked), not what the lockfile last saw.
    if (location === "")
        return `${project.manifest.name ?? entry?.name ?? "(root)"}@${project.manifest.version ?? entry?.version ?? "0.0.0"}`;
    return `${(0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .packageNameAt */ .fF)(location, entry)}@${entry?.version ?? "0.0.0"}`;
}
/**
 * Every package that ships with the project's root and its workspaces, each with the shortest
 * dependency path that pulls it in (breadth first, so the path is the one a person checks first).
 * Workspaces are the project's own code, so they are roots, never shipped packages.
 */
function shippedPackages(project) {
    const roots = ["", ...(0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceLocations */ .Qw)(project)];
    const rootSet = new Set(roots);
    const found = new Map();
    const unresolved = [];
    // A queue of (location, path, optional so far); a location is expanded once, when first reached.
    const queue = roots.map((location) => ({ location, path: [label(project, location)], optional: false }));
    const expanded = new Set();
    // Optional-only reach can be upgraded when a required path turns up later.
    while (queue.length > 0) {
        const { location, path, optional } = queue.shift();
        const key = `${location}\u0000${optional}`;
        if (expanded.has(key) || (optional && expanded.has(`${location}\u0000false`)))
            continue;
        expanded.add(key);
        const entry = project.packages[location];
        if (!entry)
            continue;
        for (const edge of shippingEdges(entry)) {
            const target = resolveDependency(project, location, edge.name);
            if (target === undefined) {
                if (!edge.optional)
                    unresolved.push(`${label(project, location)} needs ${edge.name} (${edge.spec})`);
                continue;
            }
            if (rootSet.has(target))
                continue;
            const targetEntry = project.packages[target];
            if (!targetEntry) {
                if (!edge.optional)
                    unresolved.push(`${label(project, location)} needs ${edge.name} (${edge.spec}), linked to ${target}, which the lockfile lacks`);
                continue;
            }
            const reachOptional = optional || edge.optional;
            const nextPath = [...path, label(project, target)];
            const known = found.get(target);
            if (!known) {
                found.set(target, { name: (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .packageNameAt */ .fF)(target, targetEntry), version: targetEntry.version ?? "0.0.0", location: target, entry: targetEntry, path: nextPath, optional: reachOptional });
            }
            else if (known.optional && !reachOptional) {
                found.set(target, { ...known, path: nextPath, optional: false });
            }
            queue.push({ location: target, path: nextPath, optional: reachOptional });
        }
    }
    const packages = [...found.values()].sort((a, b) => a.name.localeCompare(b.name, "en") || a.version.localeCompare(b.version, "en") || a.location.localeCompare(b.location, "en"));
    return { roots: roots.map((location) => label(project, location)), packages, unresolved };
}
/**
 * Everything that ships with one package of the project (the root, or a workspace): name@version
 * of each package its non-dev dependencies reach, other workspaces included (they ship with it).
 */
function shippingClosure(project, from) {
    const seen = new Set([from]);
    const queue = [from];
    const labels = new Set();
    while (queue.length > 0) {
        const location = queue.shift();
        const entry = project.packages[location];
        if (!entry)
            continue;
        for (const edge of shippingEdges(entry)) {
            const target = resolveDependency(project, location, edge.name);
            if (target === undefined || seen.has(target) || !project.packages[target])
                continue;
            seen.add(target);
            labels.add(label(project, target));
            queue.push(target);
        }
    }
    return labels;
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ releasePath),
/* harmony export */   ku: () => (/* binding */ recordDirFor),
/* harmony export */   q3: () => (/* binding */ releasePackage),
/* harmony export */   v6: () => (/* binding */ releasePackageNamed),
/* harmony export */   wr: () => (/* binding */ releaseLabel),
/* harmony export */   xi: () => (/* binding */ recordsRoot)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5341);

/** The package a release's headings and folders carry: its name in a monorepo, none otherwise. */
function releasePackage(config, pkg) {
    return pkg && config.versioning.packages.length > 1 ? pkg.name : undefined;
}
/** The package, by name, that a release of a monorepo is of; none in a single-package repository. A name not configured is refused. */
function releasePackageNamed(config, name) {
    if (name === undefined)
        return undefined;
    const configured = config.versioning.packages;
    if (configured.length > 0 && !configured.some((pkg) => pkg.name === name)) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`there is no package '${name}'; the configured packages are: ${configured.map((pkg) => pkg.name).join(", ")}`);
    }
    return configured.length > 1 ? name : undefined;
}
/** `1.5.0`, or `core@1.5.0` for a package of a monorepo: how CHANGELOG headings name a release. */
function releaseLabel(place) {
    return place.package === undefined ? place.version : `${place.package}@${place.version}`;
}
// A package name as a folder: npm's names (`core`, `@org/core`), nothing that climbs out.
const PACKAGE_FOLDER = /^(?:@[A-Za-z0-9._~-]+\/)?[A-Za-z0-9._~-]+$/;
function packageFolder(name) {
    if (!PACKAGE_FOLDER.test(name) || name.split("/").some((part) => part === "." || part === "..")) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`package name '${name}' cannot name a folder of release records (expected letters, digits, '.', '_', '~', '-', optionally '@scope/' in front)`);
    }
    return name;
}
/**
 * Fills `{version}` and `{package}` in a configured path (`docs/releases/{version}/release-notes.md`).
 * For a package of a monorepo a path without `{package}` gets the package as a folder in front of
 * the part that holds the version (`docs/releases/core/1.5.0/release-notes.md`,
 * `docs/releases/core/v1.5.0.md`); a path without `{version}` is shared and stays as it is.
 */
function releasePath(template, place) {
    let path = template;
    if (place.package !== undefined && !path.includes("{package}") && path.includes("{version}")) {
        const at = path.lastIndexOf("/", path.indexOf("{version}")) + 1;
        path = `${path.slice(0, at)}{package}/${path.slice(at)}`;
    }
    if (path.includes("{package}"))
        path = path.replaceAll("{package}", place.package === undefined ? "" : packageFolder(place.package)).replace(/\/{2,}/g, "/");
    return path.replaceAll("{version}", place.version);
}
/** The release record's folder: `docs/releases/{version}` → `docs/releases/1.4.0`; a folder without `{version}` gets it appended. */
function recordDirFor(template, place) {
    const clean = template.replace(/\/+$/, "");
    return releasePath(clean.includes("{version}") ? clean : `${clean}/{version}`, place);
}
/** The folder that holds every release record (`docs/releases` of `docs/releases/{version}`), for readers of all of them. */
function recordsRoot(template) {
    const first = [template.indexOf("{version}"), template.indexOf("{package}")].filter((at) => at >= 0);
    if (first.length === 0)
        return template.replace(/\/+$/, "") || ".";
    const before = template.slice(0, Math.min(...first));
    return before.slice(0, before.lastIndexOf("/") + 1).replace(/\/+$/, "") || ".";
}


/***/ })

};
