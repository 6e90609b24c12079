export const id = 566;
export const ids = [566];
export const modules = {

/***/ 566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changelogCommand: () => (/* binding */ changelogCommand),
  changelogHelp: () => (/* binding */ changelogHelp)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/inputs/fields.ts
var inputs_fields = __webpack_require__(1874);
// EXTERNAL MODULE: ./packages/core/src/changelog/config.ts
var changelog_config = __webpack_require__(6052);
;// CONCATENATED MODULE: ./packages/core/src/changelog/inputs.ts



/** Checks the inputs together and reports every problem at once. */
function parseChangelogInputs(raw) {
    const fields = new inputs_fields/* InputFields */.a({ root: raw.cwd, scratch: raw.scratch });
    const inputs = {
        cwd: raw.cwd,
        dryRun: fields.flag("dry-run", raw.dryRun) ?? false,
        fromStart: fields.flag("from-start", raw.fromStart) ?? false,
        context: raw.context ?? {},
    };
    const version = fields.version("version", raw.version);
    if (version !== undefined)
        inputs.version = version;
    const format = fields.oneOf("format", raw.format, changelog_config/* CHANGELOG_FORMATS */.K9);
    if (format !== undefined)
        inputs.format = format;
    for (const [key, name, value] of [["output", "output", raw.output], ["recordDir", "record-dir", raw.recordDir], ["evidencePath", "evidence", raw.evidencePath], ["configPath", "config", raw.configPath]]) {
        const path = fields.path(name, value);
        if (path !== undefined)
            inputs[key] = path;
    }
    for (const [key, value] of [["from", raw.from], ["to", raw.to], ["branch", raw.branch], ["package", raw.package], ["buildId", raw.buildId]]) {
        const clean = fields.text(value);
        if (clean !== undefined)
            inputs[key] = clean;
    }
    for (const [key, value] of [["from", inputs.from], ["to", inputs.to]]) {
        // Refs reach git as arguments: one that starts with '-' would be read as an option.
        if (value !== undefined && (value.startsWith("-") || /\s/.test(value)))
            fields.problem(`${key} must be a tag, branch or commit, not '${value}'`);
    }
    const date = fields.text(raw.date);
    if (date !== undefined) {
        if (/^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date))
            inputs.date = date;
        else
            fields.problem(`date must be a day written YYYY-MM-DD, not '${date}'`);
    }
    const plannedDir = fields.path("planned-dir", raw.plannedDir, { scratch: true });
    // Read and written by the later dry-run steps of the job: kept whole, wherever the process runs.
    if (plannedDir !== undefined)
        inputs.plannedDir = (0,external_node_path_.resolve)(raw.cwd, plannedDir);
    const record = fields.flag("record", raw.record);
    if (record !== undefined)
        inputs.record = record;
    const planHash = fields.planHash("plan-hash", raw.planHash);
    if (planHash !== undefined)
        inputs.planHash = planHash;
    if (inputs.fromStart && (inputs.from !== undefined || inputs.to !== undefined))
        fields.problem("from-start regenerates every release from the first tag: it cannot be combined with from/to");
    if (inputs.output !== undefined && !/\.(md|markdown)$/i.test(inputs.output))
        fields.problem(`output must be a markdown file (e.g. CHANGELOG.md), not '${inputs.output}'`);
    fields.check();
    return inputs;
}

// EXTERNAL MODULE: ./packages/core/src/inputs/paths.ts
var paths = __webpack_require__(9563);
// EXTERNAL MODULE: ./packages/core/src/adapters/reporter-terminal.ts
var reporter_terminal = __webpack_require__(1206);
// EXTERNAL MODULE: ./packages/core/src/adapters/git-cli.ts
var git_cli = __webpack_require__(5577);
// EXTERNAL MODULE: ./packages/core/src/adapters/files.ts + 1 modules
var files = __webpack_require__(3848);
// EXTERNAL MODULE: ./packages/core/src/adapters/clock.ts
var clock = __webpack_require__(3664);
// EXTERNAL MODULE: ./packages/core/src/changelog/outputs.ts
var changelog_outputs = __webpack_require__(1130);
// EXTERNAL MODULE: ./packages/core/src/adapters/planned-files.ts
var planned_files = __webpack_require__(8898);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/config/load.ts + 6 modules
var load = __webpack_require__(1522);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/plan/apply.ts + 1 modules
var apply = __webpack_require__(2184);
// EXTERNAL MODULE: ./packages/core/src/plan/file-effects.ts
var file_effects = __webpack_require__(1924);
// EXTERNAL MODULE: ./packages/core/src/plan/plan.ts
var plan_plan = __webpack_require__(1070);
// EXTERNAL MODULE: ./packages/core/src/records/evidence.ts
var records_evidence = __webpack_require__(2171);
// EXTERNAL MODULE: ./packages/core/src/config/yaml-module.ts
var yaml_module = __webpack_require__(5038);
;// CONCATENATED MODULE: ./packages/core/src/records/release-record.ts


/** The seed's pre-release checklist (seed 001, RL-01..RL-08). */
const RELEASE_CHECKLIST = [
    { id: "RL-01", check: "All PRs merged", validation: "No open PRs for release", required: "yes" },
    { id: "RL-02", check: "Gates pass", validation: "G-REL gate passes", required: "yes" },
    { id: "RL-03", check: "Changelog updated", validation: "CHANGELOG.md current", required: "yes" },
    { id: "RL-04", check: "Version bumped", validation: "Version in manifest", required: "yes" },
    { id: "RL-05", check: "Documentation updated", validation: "Docs match release", required: "yes" },
    { id: "RL-06", check: "Security review", validation: "No known vulnerabilities", required: "yes" },
    { id: "RL-07", check: "Rollback tested", validation: "Rollback procedure verified", required: "major" },
    { id: "RL-08", check: "Release notes drafted", validation: "Notes ready for review", required: "yes" },
];
/**
 * Reads gate-check's `release_evidence` record and takes its checklist, which the seed places at
 * `validation.checklist` (a top-level `checklist` is accepted too).
 */
async function readGateEvidence(path, text) {
    const { parse } = await (0,yaml_module/* yamlModule */.A)();
    let document;
    try {
        document = parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`the evidence file is not valid YAML: ${error.message.split("\n")[0]}`, { file: path });
    }
    const evidence = document?.release_evidence;
    if (!evidence || typeof evidence !== "object")
        throw new errors/* ConfigurationError */.j1("the evidence file has no release_evidence record (expected gate-check's output)", { file: path });
    const validation = evidence.validation;
    const checklist = validation?.checklist ?? evidence.checklist;
    if (!Array.isArray(checklist))
        throw new errors/* ConfigurationError */.j1("release_evidence has no checklist (expected validation.checklist: [{check: RL-01, status: pass}, ...])", { file: path });
    const statuses = new Map();
    const reasons = new Map();
    checklist.forEach((item, index) => {
        const entry = item;
        const status = String(entry.status ?? "").toLowerCase();
        if (typeof entry.check !== "string" || !["pass", "fail", "na"].includes(status)) {
            throw new errors/* ConfigurationError */.j1(`checklist[${index}] must be {check: RL-0N, status: pass|fail|na}`, { file: path });
        }
        statuses.set(entry.check.toUpperCase(), status);
        if (typeof entry.reason === "string" && entry.reason.trim() !== "")
            reasons.set(entry.check.toUpperCase(), entry.reason.trim());
    });
    return { path, ...(typeof evidence.version === "string" ? { version: evidence.version } : {}), statuses, reasons };
}
/** release-readiness-checklist.md: the checklist, filled from the evidence when there is some. */
function renderReadinessChecklist(version, releaseType, evidence) {
    const lines = [`# Release Readiness Checklist: ${version}`, ""];
    if (evidence)
        lines.push(`Filled from the gate-check evidence \`${evidence.path}\`.`);
    else
        lines.push("No gate-check evidence was given: every item is unchecked until gate-check has run.");
    lines.push("", "| ID | Check | Validation | Required | Status |", "|---|---|---|---|---|");
    const required = (item) => item.required === "yes" || releaseType === "major";
    for (const item of RELEASE_CHECKLIST) {
        const status = evidence?.statuses.get(item.id);
        lines.push(`| ${item.id} | ${item.check} | ${item.validation} | ${item.required === "yes" ? "Yes" : "Major only"} | ${status ?? "pending"} |`);
    }
    lines.push("");
    for (const item of RELEASE_CHECKLIST) {
        const status = evidence?.statuses.get(item.id);
        const mark = status === "pass" ? "x" : " ";
        const reason = evidence?.reasons.get(item.id);
        lines.push(`- [${mark}] ${item.id}: ${item.check}${status === "fail" ? " — **FAILED**" : status === "na" ? " — not applicable" : ""}${reason ? ` (${reason.replace(/\s+/g, " ")})` : ""}`);
    }
    // gate-check also reports checks beyond the seed's list (coverage, commands, calendar).
    const others = [...(evidence?.statuses ?? [])].filter(([id]) => !RELEASE_CHECKLIST.some((item) => item.id === id));
    if (others.length > 0) {
        lines.push("", "Other gate checks:", "");
        for (const [id, status] of others)
            lines.push(`- [${status === "pass" ? "x" : " "}] ${id}: ${status}${evidence?.reasons.get(id) ? ` (${evidence.reasons.get(id).replace(/\s+/g, " ")})` : ""}`);
    }
    const failed = RELEASE_CHECKLIST.filter((item) => required(item) && evidence?.statuses.get(item.id) === "fail");
    const missing = RELEASE_CHECKLIST.filter((item) => required(item) && !evidence?.statuses.has(item.id));
    const decision = !evidence ? "PENDING (no evidence yet)" : failed.length > 0 ? `NO-GO (failed: ${failed.map((item) => item.id).join(", ")})` : missing.length > 0 ? `PENDING (not yet checked: ${missing.map((item) => item.id).join(", ")})` : "GO";
    lines.push("", `**Decision**: ${decision}`, "");
    return lines.join("\n");
}
const DEFAULT_COMMANDS = [
    "# Roll forward: tag a new patch from the last good version (seed 004)",
    "git checkout -b rollback/{version} {previous_tag}",
    "# or undo the release's commits on the release branch",
    "git revert --no-edit {previous_tag}..{tag}",
];
function fill(line, context) {
    return line
        .replaceAll("{version}", context.version)
        .replaceAll("{tag}", context.tag)
        .replaceAll("{previous}", context.previousVersion ?? "(none)")
        .replaceAll("{previous_tag}", context.previousTag ?? "(none)");
}
/** rollback-procedures.md: where to roll back to, through which channels, with which commands. */
function renderRollbackProcedures(context) {
    const lines = [`# Rollback Procedures: ${context.version}`, ""];
    if (!context.previousVersion) {
        lines.push("This is the first release: there is no earlier version to roll back to. Rolling back means withdrawing it from every channel.", "");
    }
    else {
        lines.push(`- Roll back from: **${context.version}** (\`${context.tag}\`)`, `- Roll back to: **${context.previousVersion}** (\`${context.previousTag}\`)`, "");
    }
    lines.push("## Channels", "", ...(context.channels.length > 0 ? context.channels.map((channel) => `- ${channel}`) : ["- git tags and the GitHub release (no channels configured under changelog.record.rollback.channels)"]), "");
    const commands = context.commands.length > 0 ? context.commands : context.previousTag ? DEFAULT_COMMANDS : [];
    if (commands.length > 0)
        lines.push("## Commands", "", "```sh", ...commands.map((line) => fill(line, context)), "```", "");
    lines.push("## Immediate rollback (RB-IMM)", "", "1. DETECT: confirm the severity and the impact.", "2. DECIDE: decide within five minutes and record the decision.", "3. EXECUTE: run the commands above; redeploy the previous artifacts.", "4. VERIFY: smoke tests pass and the issue is gone.", "5. COMMUNICATE: notify the incident channel and stakeholders.", "6. DOCUMENT: write the rollback evidence and the root cause.", "", "## Checklist", "", "- [ ] Issue documented with severity", "- [ ] Rollback decision approved", `- [ ] Previous version ${context.previousVersion ?? "(none)"} identified and available`, "- [ ] Backup of current state created", "- [ ] Rollback command executed", "- [ ] Smoke tests pass", "- [ ] Stakeholders updated", "- [ ] Evidence captured", "");
    return lines.join("\n");
}

// EXTERNAL MODULE: ./packages/core/src/version-bump/first-questions.ts
var first_questions = __webpack_require__(4487);
// EXTERNAL MODULE: ./packages/core/src/version-bump/repository.ts
var version_bump_repository = __webpack_require__(8893);
// EXTERNAL MODULE: ./packages/core/src/changelog/changelog-file.ts
var changelog_file = __webpack_require__(7205);
// EXTERNAL MODULE: ./packages/core/src/errors/mention.ts
var mention = __webpack_require__(1019);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/commits/read.ts + 3 modules
var read = __webpack_require__(2886);
// EXTERNAL MODULE: ./packages/core/src/version/reverts.ts
var reverts = __webpack_require__(9805);
// EXTERNAL MODULE: ./packages/core/src/version/tags.ts
var tags = __webpack_require__(7477);
// EXTERNAL MODULE: ./packages/core/src/version-bump/run.ts + 4 modules
var run = __webpack_require__(2789);
;// CONCATENATED MODULE: ./packages/core/src/changelog/collect.ts







/** Why there is no release to describe, said to the user. */
class NothingToRelease {
    reason;
    head;
    constructor(reason, head) {
        this.reason = reason;
        this.head = head;
    }
}
/** The one package a changelog is for: the named one, or the only one there is. */
function selectPackage(config, wanted) {
    const all = (0,run/* selectPackages */.AP)(config, wanted);
    if (all.length > 1)
        throw new errors/* ConfigurationError */.j1(`this repository has ${all.length} packages (${all.map((pkg) => pkg.name).join(", ")}): name one (${(0,mention/* mention */.l)("package")})`);
    return all[0];
}
/** Reads a range with the shared reader and parser, and cancels reverted pairs by the versioning rules. */
async function readRange(git, config, pkg, from, to) {
    const commits = await (0,read/* readConventionalCommits */.dx)(git, { ...(from ? { from } : {}), to, ...(pkg.path !== "." ? { paths: [pkg.path] } : {}) });
    const { kept, cancelled } = (0,reverts/* cancelReverts */.O)(commits, config.versioning.reverts);
    return { commits: kept, commitCount: commits.length, cancelledPairs: cancelled.length };
}
async function resolveCommit(git, ref) {
    const result = await git.run(["rev-parse", "--verify", "-q", "--end-of-options", `${ref}^{commit}`], { allowFailure: true });
    if (result.exitCode !== 0)
        throw new errors/* ConfigurationError */.j1(`'${ref}' is not a tag, branch or commit of this repository`);
    return result.stdout.trim();
}
/** Tag dates (YYYY-MM-DD, UTC) by tag name. */
async function tagDates(git) {
    const { stdout } = await git.run(["for-each-ref", "--format=%(refname:strip=2)%00%(creatordate:iso-strict)", "refs/tags"]);
    const dates = new Map();
    for (const line of stdout.split("\n")) {
        const [name, date] = line.split("\0");
        if (name && date)
            dates.set(name, new Date(date).toISOString().slice(0, 10));
    }
    return dates;
}
/** The highest version tag below `version` that `tags` holds (stable only, for a stable version). */
function previousOf(tags, version) {
    const stable = semver_default().prerelease(version) === null;
    return tags.find((tag) => semver_default().lt(tag.version, version) && (!stable || tag.version.prerelease.length === 0));
}
/**
 * The release the inputs ask for. By default the unreleased commits, with the version that
 * version-bump's rules decide from that same reading of the commits. With `version`, an existing
 * tag of that version is described as it was released; with `from`/`to`, exactly that range.
 */
async function collectRelease(ports, config, pkg, inputs) {
    const { git } = ports;
    const explicit = inputs.from !== undefined || inputs.to !== undefined || inputs.version !== undefined;
    // Tags are read here only when the inputs name a range or a version; otherwise version-bump reads them.
    const all = explicit ? (0,tags/* versionTags */.OP)((await (0,tags/* readTags */.g$)(git)).all, pkg.tagPrefix).versions : [];
    const tagged = inputs.version ? all.find((tag) => tag.version.version === inputs.version.split("+")[0]) : undefined;
    // A tag of the version that HEAD does not contain was made from HEAD by an earlier attempt of
    // this very release (on its release commit): the section is planned from HEAD, as that attempt
    // planned it, so a re-run of a crashed release applies the same plan instead of a stale one.
    const remade = tagged && inputs.from === undefined && inputs.to === undefined && !(await contains(git, "HEAD", tagged.sha));
    const wantedTag = remade ? undefined : tagged;
    if (inputs.from !== undefined || inputs.to !== undefined || wantedTag) {
        const to = inputs.to ?? wantedTag?.name ?? "HEAD";
        const head = await resolveCommit(git, to);
        const toTag = all.find((tag) => tag.sha === head && (!inputs.version || tag.version.version === inputs.version.split("+")[0]));
        const version = inputs.version ?? toTag?.version.version;
        if (!version)
            throw new errors/* ConfigurationError */.j1(`'${to}' is not a version tag: give the version the range is released as (${(0,mention/* mention */.l)("version")})`);
        const reachable = (0,tags/* versionTags */.OP)((await (0,tags/* readTags */.g$)(git, head)).reachable, pkg.tagPrefix).versions;
        const previous = inputs.from === undefined ? previousOf(reachable, version) : all.find((tag) => tag.name === inputs.from);
        const from = inputs.from ?? previous?.name;
        if (from !== undefined)
            await resolveCommit(git, from);
        const read = await readRange(git, config, pkg, from, head);
        if (read.commitCount === 0)
            return new NothingToRelease(`nothing to release: there are no commits between ${from ?? "the start"} and ${to}`, head);
        const dates = toTag ? await tagDates(git) : new Map();
        return {
            version,
            tag: `${pkg.tagPrefix}${version.split("+")[0]}`,
            ...(previous ? { previousVersion: previous.version.version, previousTag: previous.name } : from ? { previousTag: from } : {}),
            head,
            ...(toTag && dates.has(toTag.name) ? { date: dates.get(toTag.name) } : {}),
            ...read,
        };
    }
    // The one reading: version-bump decides the version and hands over the parsed commits that count.
    const decided = await (0,run/* decideVersions */.E$)({ git, files: ports.files, clock: ports.clock, reporter: ports.reporter }, {
        cwd: inputs.cwd,
        dryRun: true,
        ...(inputs.version ? { releaseAs: inputs.version } : {}),
        ...(inputs.branch ? { branch: inputs.branch } : {}),
        ...(pkg.name !== "." || config.versioning.packages.length > 0 ? { package: pkg.name } : {}),
        ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
    }, config);
    const decision = decided.packages[0];
    if (decision.commitCount === 0)
        return new NothingToRelease(`nothing to release: there are no commits since ${decision.previousTag ?? "the start"}`, decided.repository.head);
    if (!decision.next) {
        return new NothingToRelease(`nothing to release: the ${decision.commitCount} commit${decision.commitCount === 1 ? "" : "s"} since ${decision.previousTag ?? "the start"} ask for no release (no feat, fix, perf or breaking change). Give a version to write one anyway.`, decided.repository.head);
    }
    return {
        version: decision.next,
        tag: decision.tag,
        ...(decision.previous ? { previousVersion: decision.previous } : {}),
        ...(decision.previousTag ? { previousTag: decision.previousTag } : {}),
        head: decided.repository.head,
        commits: decision.kept,
        commitCount: decision.commitCount,
        cancelledPairs: decision.cancelledReverts.length,
    };
}
/**
 * Every tagged release from the first tag, oldest first, for adopting a project with years of
 * history. Stable tags each get a section reaching back to the previous stable one; pre-releases
 * only when no stable release has followed them yet.
 */
async function collectHistory(ports, config, pkg) {
    const { git } = ports;
    const reachable = (0,tags/* versionTags */.OP)((await (0,tags/* readTags */.g$)(git)).reachable, pkg.tagPrefix).versions;
    const highestStable = reachable.find((tag) => tag.version.prerelease.length === 0);
    const kept = reachable.filter((tag) => tag.version.prerelease.length === 0 || !highestStable || semver_default().gt(tag.version, highestStable.version)).reverse();
    const dates = await tagDates(git);
    const releases = [];
    for (const [index, tag] of kept.entries()) {
        const previous = index > 0 ? kept[index - 1] : undefined;
        const read = await readRange(git, config, pkg, previous?.sha, tag.sha);
        releases.push({
            version: tag.version.version,
            tag: tag.name,
            ...(previous ? { previousVersion: previous.version.version, previousTag: previous.name } : {}),
            head: tag.sha,
            ...(dates.has(tag.name) ? { date: dates.get(tag.name) } : {}),
            ...read,
        });
    }
    return releases;
}
/** Whether `commit` is `sha` or has it in its history. */
async function contains(git, commit, sha) {
    const result = await git.run(["merge-base", "--is-ancestor", sha, commit], { allowFailure: true });
    return result.exitCode === 0;
}

;// CONCATENATED MODULE: ./packages/core/src/changelog/links.ts
/**
 * Reads a git remote URL in any of the shapes git accepts: https (with or without credentials),
 * ssh://, scp-like `git@host:owner/repo.git`, git://. Undefined for anything else (a local path).
 */
function linksFromRemote(remote) {
    const text = remote.trim();
    let host;
    let path;
    let scheme = "https";
    const url = /^(https?|ssh|git|git\+ssh):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+)$/i.exec(text);
    if (url) {
        host = url[2];
        path = url[3];
        // http stays http (a GHE server without TLS); everything else is browsed over https.
        if (url[1].toLowerCase() === "http")
            scheme = "http";
    }
    else {
        const scp = /^(?:[^@/]+@)?([^/:]+):(?!\/)(.+)$/.exec(text);
        if (scp) {
            host = scp[1];
            path = scp[2];
        }
    }
    if (!host || !path)
        return undefined;
    const parts = path.replace(/\.git\/?$/, "").replace(/\/+$/, "").split("/").filter(Boolean);
    if (parts.length < 2)
        return undefined;
    const repo = parts.pop();
    const owner = parts.join("/");
    const serverUrl = `${scheme}://${host}`;
    return { serverUrl, owner, repo, baseUrl: `${serverUrl}/${owner}/${repo}` };
}
/** Links from the Actions context, which is right even when the checkout's remote is a mirror. */
function linksFromContext(context) {
    if (!context.serverUrl || !context.repository)
        return undefined;
    const [owner, repo] = context.repository.split("/");
    if (!owner || !repo)
        return undefined;
    const serverUrl = context.serverUrl.replace(/\/+$/, "");
    return { serverUrl, owner, repo, baseUrl: `${serverUrl}/${owner}/${repo}` };
}
/** Configured URL first, then the Actions context, then the `origin` remote. */
function resolveLinks(configured, context, remote) {
    if (configured)
        return linksFromRemote(configured);
    return linksFromContext(context) ?? (remote ? linksFromRemote(remote) : undefined);
}
function commitUrl(links, sha) {
    return `${links.baseUrl}/commit/${sha}`;
}
function compareUrl(links, fromTag, toTag) {
    return `${links.baseUrl}/compare/${encodeURIComponent(fromTag)}...${encodeURIComponent(toTag)}`;
}
function tagUrl(links, tag) {
    return `${links.baseUrl}/releases/tag/${encodeURIComponent(tag)}`;
}
/** GitHub redirects /issues/N to the pull request when N is one, so one URL form serves both. */
function issueUrl(links, reference) {
    const base = reference.repository ? `${links.serverUrl}/${reference.repository}` : links.baseUrl;
    return `${base}/issues/${reference.number}`;
}

// EXTERNAL MODULE: ./packages/core/src/plan/text-source.ts
var text_source = __webpack_require__(974);
;// CONCATENATED MODULE: ./packages/core/src/commits/references.ts
// `owner/repo#4` or a bare `#12`, not inside a word (`abc#1`) and not an HTML entity (`&#38;`).
const REFERENCE = /(?<![\w&/#-])(?:([A-Za-z0-9][\w.-]*\/[\w.-]+))?#(\d+)\b/g;
const CLOSING = /\b(close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b:?\s+((?:(?:[A-Za-z0-9][\w.-]*\/[\w.-]+)?#\d+(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+)/gi;
function key(reference) {
    return `${reference.repository?.toLowerCase() ?? ""}#${reference.number}`;
}
function scan(text, where, found) {
    for (const match of text.matchAll(REFERENCE)) {
        const reference = { number: Number(match[2]), in: where, ...(match[1] ? { repository: match[1] } : {}) };
        if (!found.has(key(reference)))
            found.set(key(reference), reference);
    }
}
/**
 * Every issue and pull request the commit names, in order of first mention, each once. Works on
 * the parsed commit, so it reads exactly what the version decision read. Code spans and URLs are
 * skipped: `#1` inside back-ticks or a link is not a reference. `footers` and `message` are the
 * commit's, for a caller that has already read them.
 */
function commitReferences(commit, footers = commit.footers, message = commit.raw.message) {
    const found = new Map();
    // Most messages name no issue at all: skip the scans unless a '#' is there to find.
    if (commit.header.includes("#"))
        scan(stripCode(commit.header), "header", found);
    // The same for the body and footers: with no '#' after the header (GitHub's ` (#123)` is in it)
    // there is nothing to find there, and no body to cut out of the message.
    const headerEnd = message.search(LINE_BREAK);
    const hasHash = headerEnd !== -1 && message.indexOf("#", headerEnd) !== -1;
    const rest = hasHash ? stripCode([commit.body, ...footers.map((footer) => (footer.hash ? `${footer.token} #${footer.value}` : `${footer.token}: ${footer.value}`))].join("\n")) : "";
    if (hasHash)
        scan(rest, "body", found);
    for (const footer of footers) {
        // `Closes #12` as a footer token (`Closes #12` parses as token Closes, value 12).
        if (/^(close[sd]?|fix(?:e[sd])?|resolve[sd]?)$/i.test(footer.token) && /^\d+$/.test(footer.value.trim())) {
            const reference = { number: Number(footer.value.trim()), in: "body", action: footer.token.toLowerCase() };
            const existing = found.get(key(reference));
            if (existing)
                existing.action ??= reference.action;
            else
                found.set(key(reference), reference);
        }
    }
    if (found.size === 0)
        return [];
    for (const match of `${stripCode(commit.header)}\n${rest}`.matchAll(CLOSING)) {
        for (const inner of match[2].matchAll(REFERENCE)) {
            const existing = found.get(key({ number: Number(inner[2]), ...(inner[1] ? { repository: inner[1] } : {}) }));
            if (existing)
                existing.action ??= match[1].toLowerCase();
        }
    }
    return [...found.values()];
}
const LINE_BREAK = /[\r\n]/;
function stripCode(text) {
    const spans = text.includes("`") ? text.replace(/`[^`\n]*`/g, " ") : text;
    return spans.includes("http") ? spans.replace(/\bhttps?:\/\/\S+/g, " ") : spans;
}
/** `#12` or `owner/repo#4`, as people write it. */
function referenceLabel(reference) {
    return `${reference.repository ?? ""}#${reference.number}`;
}

// EXTERNAL MODULE: ./packages/core/src/records/yaml-write.ts
var yaml_write = __webpack_require__(8907);
;// CONCATENATED MODULE: ./packages/core/src/changelog/text-order.ts
// The order scopes and contributors are listed in: the same on every machine. A collator
// (localeCompare) would follow the locale the job runs in, and creating one costs more than
// ordering a whole release's scopes.
function textKey(value) {
    const text = value.normalize("NFC");
    const accented = text.toLowerCase();
    return { base: accented.normalize("NFD").replace(/\p{M}/gu, ""), accented, text };
}
/**
 * By letters regardless of accents and case (`api` < `Beta` < `café` < `core`), then plain
 * letters before accented ones, then lower case before upper case (as a collator weighs them);
 * texts that differ only in how the same letters are encoded are equal (0).
 */
function compareTextKeys(a, b) {
    if (a.base !== b.base)
        return a.base < b.base ? -1 : 1;
    if (a.accented !== b.accented)
        return a.accented < b.accented ? -1 : 1;
    // Lower case has the higher code units: the greater comes first.
    if (a.text !== b.text)
        return a.text > b.text ? -1 : 1;
    return 0;
}
/** Sorts values by their text in that order; stable, each text's key worked out once. */
function sortByText(values, text, first) {
    const keys = new Map(values.map((value) => [value, textKey(text(value))]));
    return [...values].sort((a, b) => first?.(a, b) || compareTextKeys(keys.get(a), keys.get(b)));
}

;// CONCATENATED MODULE: ./packages/core/src/changelog/contributors.ts

const NOREPLY = /^(?:\d+\+)?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?)@users\.noreply\.github\.com$/i;
const PERSON = /^(.*?)\s*<([^>]+)>\s*$/;
function loginFromEmail(email) {
    return NOREPLY.exec(email.trim())?.[1];
}
/** `@login` when known, the name otherwise. */
function contributorLabel(contributor) {
    return contributor.login ? `@${contributor.login}` : contributor.name;
}
/**
 * Authors and `Co-authored-by:` people of the commits (every entry, listed or not), most commits
 * first, each once (by login, else by e-mail). Anyone matching an `exclude` glob by name, login
 * or e-mail is left out.
 */
function collectContributors(entries, exclude) {
    const identify = personIdentifier(exclude.map(wildcard));
    const byKey = new Map();
    const add = (name, email) => {
        const person = identify(name, email);
        if (!person)
            return;
        const known = byKey.get(person.key);
        if (known)
            known.commits++;
        else
            byKey.set(person.key, { name, email, commits: 1, ...(person.login ? { login: person.login } : {}) });
    };
    for (const { commit, footerFacts } of entries) {
        add(commit.raw.authorName, commit.raw.authorEmail);
        for (const coAuthor of footerFacts?.coAuthors ?? []) {
            const person = PERSON.exec(coAuthor.trim());
            if (person)
                add(person[1], person[2]);
        }
    }
    // Most commits first; equals in text order (text-order.ts).
    return sortByText([...byKey.values()], contributorLabel, (a, b) => b.commits - a.commits);
}
/**
 * Large ranges repeat the same few people: each name/e-mail pair is looked at once (login,
 * exclusion, key), and later commits cost two map lookups, with no string built per commit.
 */
function personIdentifier(patterns) {
    // null: the pair is excluded.
    const byName = new Map();
    return (name, email) => {
        let byEmail = byName.get(name);
        if (!byEmail)
            byName.set(name, (byEmail = new Map()));
        let person = byEmail.get(email);
        if (person === undefined) {
            const login = loginFromEmail(email);
            const excluded = [name, email, login].some((value) => value && patterns.some((pattern) => pattern.test(value)));
            person = excluded ? null : { key: (login ?? email ?? name).toLowerCase(), ...(login ? { login } : {}) };
            byEmail.set(email, person);
        }
        return person;
    };
}
/** `*` matches anything, every other character itself (so `*[bot]` means what it says), any case. */
function wildcard(pattern) {
    const source = pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    return new RegExp(`^${source}$`, "i");
}

// EXTERNAL MODULE: ./packages/core/src/records/release-place.ts
var release_place = __webpack_require__(3171);
;// CONCATENATED MODULE: ./packages/core/src/changelog/release-please/render.ts

// The section text release-please writes: conventional-changelog's writer with the
// conventionalcommits preset's templates, as release-please configures them. Written out here
// (the templates are a dozen lines) so that it costs a string join, not a template engine, and so
// that the text is the same whichever version of those packages is installed.
/** The preset orders entries by scope and subject with `localeCompare`; one collator does the same work once. */
const COLLATOR = new Intl.Collator("en-US");
/**
 * A subject as the entry shows it: `<` and `>` outside code spans written as entities (GitHub
 * would take them for HTML), `#12` linked to the issue, `@login` to the profile.
 */
function displaySubject(subject, links) {
    const escaped = subject.replace(/``[^`].*[^`]``|`[^`]*`|<|>/g, (match) => (match.length > 1 ? match : match === "<" ? "&lt;" : "&gt;"));
    if (!links)
        return escaped;
    return escaped
        .replace(/#([0-9]+)/g, (_match, issue) => `[#${issue}](${links.baseUrl}/issues/${issue})`)
        .replace(/\B@([a-z0-9](?:-?[a-z0-9/]){0,38})/g, (match, login) => (login.includes("/") ? match : `[@${login}](${links.serverUrl}/${login})`));
}
/** A breaking change's note: its first `(#12)` linked, nothing escaped (release-please's own treatment). */
function displayNote(note, links) {
    return links ? note.replace(/\(#(\d+)\)/, `([#$1](${links.baseUrl}/issues/$1))`) : note;
}
/**
 * Listed entries grouped by section: groups in the order their titles first appear in `sections`
 * (a section of a type without a rule, e.g. a breaking `deps:` commit, comes first), entries by
 * scope and subject as shown.
 */
function releasePleaseGroups(entries, sections, links) {
    const groups = new Map();
    for (const entry of entries) {
        if (entry.section === undefined)
            continue;
        let group = groups.get(entry.section);
        if (!group)
            groups.set(entry.section, (group = []));
        group.push(entry);
    }
    const order = sections.map((rule) => rule.title);
    const rank = (title) => order.indexOf(title);
    return [...groups]
        .sort(([a], [b]) => rank(a) - rank(b))
        .map(([title, group]) => {
        const keys = new Map(group.map((entry) => [entry, (entry.scope ?? "") + displaySubject(entry.subject, links)]));
        return { title, entries: [...group].sort((a, b) => COLLATOR.compare(keys.get(a), keys.get(b))) };
    });
}
function releasePleaseEntryLine(entry, links) {
    const scope = entry.scope ? ` **${entry.scope}:**` : "";
    const short = entry.sha.slice(0, 7);
    const commit = links ? ` ([${short}](${links.baseUrl}/commit/${entry.sha}))` : ` ${short}`;
    // Footer references the subject does not already link; `refs`, not `closes`, so that merging
    // the release pull request does not close them (release-please 17.10.4 and later).
    const footer = entry.references.filter((reference) => reference.in === "body");
    const refs = footer.length === 0 ? "" : `, refs ${footer.map((reference) => (links ? `[#${reference.number}](${links.baseUrl}/issues/${reference.number})` : `#${reference.number}`)).join(" ")}`;
    return `*${scope} ${displaySubject(entry.subject, links)}${commit}${refs}`;
}
function releasePleaseHeading(release) {
    const { links } = release;
    const name = (0,release_place/* releaseLabel */.wr)(release);
    const label = release.previousTag && links ? `[${name}](${links.baseUrl}/compare/${release.previousTag}...${release.tag})` : name;
    return `## ${label} (${release.date})`;
}
/** The breaking-change lines: `### ⚠ BREAKING CHANGES`, a blank line, one item per note. */
function releasePleaseBreakingLines(release) {
    if (release.breaking.length === 0)
        return [];
    const notes = release.breaking.map(({ entry, note }) => `* ${entry.scope ? `**${entry.scope}:** ` : ""}${displayNote(note, release.links)}`);
    return ["### ⚠ BREAKING CHANGES", "", ...notes];
}
/** Each section's lines: title, a blank line, the entries; two blank lines between sections. */
function releasePleaseSectionsLines(release, line = releasePleaseEntryLine) {
    const lines = [];
    for (const section of release.sections) {
        if (lines.length > 0)
            lines.push("", "");
        lines.push(`### ${section.title}`, "");
        for (const entry of section.entries)
            lines.push(line(entry, release.links));
    }
    return lines;
}
/**
 * The release's section as release-please writes it: heading, two blank lines, the breaking
 * changes, then each section (one blank line after the breaking changes, two between sections).
 */
function releasePleaseSectionLines(release, line) {
    const lines = [releasePleaseHeading(release)];
    const breaking = releasePleaseBreakingLines(release);
    const sections = releasePleaseSectionsLines(release, line);
    if (breaking.length > 0)
        lines.push("", "", ...breaking);
    if (sections.length > 0)
        lines.push(...(breaking.length > 0 ? [""] : ["", ""]), ...sections);
    return lines;
}

;// CONCATENATED MODULE: ./packages/core/src/changelog/render-section.ts






/** Commit text is untrusted: no raw HTML from it reaches the rendered page. */
function escapeText(text) {
    // Three single-character searches beat one character-class regex here (almost every text is clean).
    if (text.indexOf("&") === -1 && text.indexOf("<") === -1 && text.indexOf(">") === -1)
        return text;
    return text.replace(/&(?!#?\w+;)/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
const REFERENCE_IN_TEXT = /(?<![\w&/#[-])((?:[A-Za-z0-9][\w.-]*\/[\w.-]+)?#\d+)\b/g;
/** `#12` and `owner/repo#4` in a text become links; without links the text is left as is. */
function linkReferences(text, links) {
    if (!links)
        return text;
    return text.replace(REFERENCE_IN_TEXT, (label) => {
        const [repository, number] = label.split("#");
        const reference = { number: Number(number), in: "header", ...(repository ? { repository } : {}) };
        return `[${label}](${issueUrl(links, reference)})`;
    });
}
function shortSha(sha) {
    return sha.slice(0, 7);
}
function commitLink(entry, links) {
    return links ? `[${shortSha(entry.sha)}](${commitUrl(links, entry.sha)})` : shortSha(entry.sha);
}
/** References only in the body that close something: `, closes #12` after the entry. */
function closing(entry, links) {
    if (entry.references.length === 0)
        return "";
    const closed = entry.references.filter((reference) => reference.action && reference.in === "body");
    if (closed.length === 0)
        return "";
    const labels = closed.map((reference) => (links ? `[${referenceLabel(reference)}](${issueUrl(links, reference)})` : referenceLabel(reference)));
    return `, closes ${labels.join(", ")}`;
}
const ENTRY_PLACEHOLDERS = (/* unused pure expression or super */ null && (["scope", "scope_prefix", "subject", "sha", "short_sha", "commit", "commit_url", "references", "type", "breaking"]));
const SECTION_PLACEHOLDERS = (/* unused pure expression or super */ null && (["version", "package", "label", "tag", "previous_version", "previous_tag", "date", "compare_url", "heading", "sections", "breaking", "contributors"]));
/** Fills `{{name}}` placeholders; an unknown name is a configuration mistake, named with the known ones. */
function fillTemplate(template, values, where) {
    return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (_match, name) => {
        if (!(name in values))
            throw new errors/* ConfigurationError */.j1(`${where}: unknown placeholder {{${name}}}; known: ${Object.keys(values).join(", ")}`);
        return values[name];
    });
}
function entryValues(entry, links) {
    return {
        scope: entry.scope ? escapeText(entry.scope) : "",
        scope_prefix: entry.scope ? `**${escapeText(entry.scope)}:** ` : "",
        subject: linkReferences(escapeText(entry.subject), links),
        sha: entry.sha,
        short_sha: shortSha(entry.sha),
        commit: commitLink(entry, links),
        commit_url: links ? commitUrl(links, entry.sha) : "",
        references: entry.references.map((reference) => (links ? `[${referenceLabel(reference)}](${issueUrl(links, reference)})` : referenceLabel(reference))).join(", "),
        type: entry.type ?? "",
        breaking: entry.breaking ? "**BREAKING:** " : "",
    };
}
/** release-please's entry line, or the configured entry template. */
function releasePleaseLine(config) {
    return config.entryTemplate ? (entry, links) => renderEntry(entry, config, links) : undefined;
}
/** One changelog line for an entry. */
function renderEntry(entry, config, links) {
    if (config.entryTemplate)
        return fillTemplate(config.entryTemplate, entryValues(entry, links), "changelog.entry-template");
    const keepAChangelog = config.format === "keep-a-changelog";
    const breaking = keepAChangelog && entry.breaking ? "**BREAKING:** " : "";
    const scope = entry.scope ? `**${escapeText(entry.scope)}:** ` : "";
    const subject = entry.references.length > 0 ? linkReferences(escapeText(entry.subject), links) : escapeText(entry.subject);
    return `${keepAChangelog ? "-" : "*"} ${breaking}${scope}${subject} (${commitLink(entry, links)})${closing(entry, links)}`;
}
/** Indents the lines after the first so a multi-line note stays inside its list item. */
function listItem(bullet, text) {
    const [first, ...rest] = escapeText(text.trim()).split("\n");
    return [`${bullet} ${first}`, ...rest.map((line) => (line.trim() === "" ? "" : `  ${line}`))].join("\n");
}
function renderHeading(release, config) {
    if (config.format === "release-please")
        return releasePleaseHeading(release);
    const name = (0,release_place/* releaseLabel */.wr)(release);
    const label = release.compareUrl ? `[${name}](${release.compareUrl})` : config.format === "keep-a-changelog" ? `[${name}]` : name;
    return config.format === "keep-a-changelog" ? `## ${label} - ${release.date}` : `## ${label} (${release.date})`;
}
function renderBreaking(release, config) {
    return (config.format === "release-please" ? releasePleaseBreakingLines(release) : breakingLines(release, config)).join("\n");
}
function breakingLines(release, config) {
    if (release.breaking.length === 0)
        return [];
    const title = config.format === "keep-a-changelog" ? "### Migration" : "### ⚠ BREAKING CHANGES";
    const bullet = config.format === "keep-a-changelog" ? "-" : "*";
    const lines = release.breaking.map(({ entry, note }) => {
        const scope = entry.scope ? `**${escapeText(entry.scope)}:** ` : "";
        const item = listItem(bullet, note);
        return `${bullet} ${scope}${item.slice(bullet.length + 1)}`;
    });
    return [title, "", ...lines];
}
function renderSections(release, config) {
    return (config.format === "release-please" ? releasePleaseSectionsLines(release, releasePleaseLine(config)) : sectionsLines(release, config)).join("\n");
}
/** Every section's lines, a blank line between sections. */
function sectionsLines(release, config) {
    const lines = [];
    for (const section of release.sections) {
        if (lines.length > 0)
            lines.push("");
        lines.push(`### ${section.title}`, "");
        for (const entry of section.entries)
            lines.push(renderEntry(entry, config, release.links));
    }
    return lines;
}
/** The release's section of CHANGELOG.md: heading, sections, breaking changes, no trailing newline. */
function renderChangelogSection(release, config, template) {
    return renderChangelogSectionLines(release, config, template).join("\n");
}
/**
 * renderChangelogSection's text as lines (a line may still hold line breaks: a breaking change's
 * note of several lines): upsertRelease takes them as they are, where the text would be joined
 * only to be split again (at 100k commits, megabytes each time).
 */
function renderChangelogSectionLines(release, config, template) {
    const heading = renderHeading(release, config);
    if (template !== undefined) {
        const values = {
            version: release.version,
            package: release.package ?? "",
            label: (0,release_place/* releaseLabel */.wr)(release),
            tag: release.tag,
            previous_version: release.previousVersion ?? "",
            previous_tag: release.previousTag ?? "",
            date: release.date,
            compare_url: release.compareUrl ?? "",
            heading,
            sections: renderSections(release, config),
            breaking: renderBreaking(release, config),
            contributors: release.contributors.map(contributorLabel).join(", "),
        };
        return [fillTemplate(template, values, config.template ?? "changelog.template").replace(/\n{3,}/g, "\n\n").trim()];
    }
    if (config.format === "release-please")
        return releasePleaseSectionLines(release, releasePleaseLine(config));
    // Conventional presets lead with breaking changes; Keep a Changelog ends with Migration.
    const breaking = breakingLines(release, config);
    const sections = sectionsLines(release, config);
    const parts = (config.format === "keep-a-changelog" ? [[heading], sections, breaking] : [[heading], breaking, sections]).filter((part) => part.length > 0);
    if (parts.length === 1)
        parts.push(["_No user-facing changes._"]);
    // The parts, a blank line between them.
    const lines = [];
    for (const part of parts) {
        if (lines.length > 0)
            lines.push("");
        for (const line of part)
            lines.push(line);
    }
    return lines;
}

;// CONCATENATED MODULE: ./packages/core/src/changelog/release-notes.ts







const MAX_HIGHLIGHTS = 5;
/** What the release is by its core numbers; a pre-release counts by the core it leads to. */
function releaseType(version, previous) {
    const next = semver_default().parse(version);
    if (!next)
        return "patch";
    if (!previous)
        return next.major > 0 && next.minor === 0 && next.patch === 0 ? "major" : next.patch === 0 ? "minor" : "patch";
    const before = semver_default().parse(previous);
    if (next.major !== before.major)
        return "major";
    if (next.minor !== before.minor)
        return "minor";
    return "patch";
}
function title(entry) {
    return entry.scope ? `${entry.scope}: ${entry.subject}` : entry.subject;
}
const PARAGRAPH_BREAK = /\n\s*\n/;
/** The body's first paragraph on one line; only that paragraph is cut out, not every one. */
function firstParagraph(entry) {
    const body = entry.commit.body;
    const end = body.search(PARAGRAPH_BREAK);
    const first = end === -1 ? body : body.slice(0, end);
    const paragraph = (first.includes("\n") ? joinLines(first) : first).trim();
    return paragraph.length > 280 ? `${paragraph.slice(0, 277)}...` : paragraph;
}
/**
 * What replacing every match of `\s*\n\s*` with " " gives: every run of white space that holds a
 * line break becomes one space. Done by lines, because the regex tries a match at every space of
 * the text, which made it a few times slower.
 */
function joinLines(text) {
    const lines = text.split("\n");
    const last = lines.length - 1;
    if (last === 0)
        return text;
    let joined = lines[0].trimEnd();
    for (let index = 1; index <= last; index++) {
        const line = index < last ? lines[index].trim() : lines[index].trimStart();
        // A blank line inside the run is part of it: the run still becomes one space.
        if (line === "" && index < last)
            continue;
        joined += ` ${line}`;
    }
    return joined;
}
function prRef(entry) {
    const inHeader = entry.references.find((reference) => reference.in === "header" && !reference.repository);
    return inHeader ? referenceLabel(inHeader) : null;
}
function issueRef(entry) {
    const closing = entry.references.find((reference) => reference.action);
    const any = closing ?? entry.references[0];
    return any ? referenceLabel(any) : null;
}
function categorize(entries) {
    const categories = { features: [], improvements: [], bug_fixes: [], security: [], deprecations: [], none: [] };
    for (const entry of entries)
        if (entry.section)
            categories[entry.notes].push(entry);
    return categories;
}
function footerFindings(entries) {
    const findings = { highlighted: [], deprecations: [], knownIssues: [] };
    for (const entry of entries) {
        const facts = entry.footerFacts;
        if (facts?.highlight)
            findings.highlighted.push(entry);
        if (entry.deprecation !== undefined || entry.notes === "deprecations") {
            findings.deprecations.push({ item: entry.deprecation ?? title(entry), timeline: facts?.removal ?? null, replacement: facts?.replacement ?? null, commit: entry.sha });
        }
        for (const issue of facts?.knownIssues ?? [])
            findings.knownIssues.push({ issue, workaround: null });
    }
    return findings;
}
/** The titles of the first `MAX_HIGHLIGHTS` distinct entries of the lists, in order; stops looking once it has them. */
function highlightTitles(lists) {
    const seen = new Set();
    for (const list of lists) {
        for (const entry of list) {
            if (seen.size === MAX_HIGHLIGHTS)
                return [...seen].map(title);
            seen.add(entry);
        }
    }
    return [...seen].map(title);
}
/** Pure: the release as the seed's release_notes record. */
function buildReleaseNotes(release, config, context = {}) {
    const of = categorize(release.entries);
    const breaking = release.breaking.map(({ entry, note }) => ({ title: title(entry), description: note.split("\n")[0].trim(), migration: note.trim(), commit: entry.sha }));
    const { highlighted, deprecations, knownIssues } = footerFindings(release.entries);
    const highlights = highlightTitles(highlighted.length > 0 ? [highlighted] : [release.breaking.map(({ entry }) => entry), of.features]);
    const upgrade = breaking.length > 0
        ? breaking.map((item) => `${item.title}: ${item.migration}`).join("\n\n")
        : release.previousVersion
            ? `No breaking changes: ${release.version} replaces ${release.previousVersion} in place.`
            : `First release: nothing to upgrade from.`;
    return {
        release_notes: {
            version: release.version,
            release_date: release.date,
            release_type: releaseType(release.version, release.previousVersion),
            highlights,
            changes: {
                features: of.features.map((entry) => ({ title: title(entry), description: firstParagraph(entry), pr_ref: prRef(entry), commit: entry.sha })),
                improvements: of.improvements.map((entry) => ({ title: title(entry), description: firstParagraph(entry), commit: entry.sha })),
                bug_fixes: of.bug_fixes.map((entry) => ({ issue_ref: issueRef(entry), description: title(entry), commit: entry.sha })),
                breaking_changes: breaking,
                deprecations,
                security: of.security.map((entry) => ({ cve: entry.cve ?? null, severity: entry.severity ?? null, description: title(entry), commit: entry.sha })),
            },
            known_issues: [...config.knownIssues.map((item) => ({ issue: item.issue, workaround: item.workaround ?? null })), ...knownIssues],
            upgrade_notes: upgrade,
            contributors: release.contributors.map(contributorLabel),
            provenance: { commit: release.head, build_id: context.buildId ?? null, signed_by: context.signedBy ?? null },
        },
    };
}
/** release-notes.yaml: the record, written when the plan reads it (see TextSource). */
function releaseNotesYaml(record) {
    return new text_source/* TextSource */.p$((write) => (0,yaml_write/* writeYamlTo */.I)(record, write));
}
function item(text, sha, links) {
    const commit = links ? ` ([${sha.slice(0, 7)}](${commitUrl(links, sha)}))` : ` (${sha.slice(0, 7)})`;
    return `${linkReferences(escapeText(text), links)}${commit}`;
}
function bold(label, text) {
    const colon = text.indexOf(": ");
    return colon > 0 && colon < 40 ? `**${label || text.slice(0, colon)}**: ${text.slice(colon + 2)}` : text;
}
/** The release notes as markdown, following the seed's template; empty optional parts are left out. */
function renderReleaseNotes(record, release) {
    const notes = record.release_notes;
    const links = release.links;
    const type = notes.release_type[0].toUpperCase() + notes.release_type.slice(1);
    const out = [`# Release Notes: ${release.tag}`, "", `**Release Date**: ${notes.release_date}`, `**Release Type**: ${type}`];
    if (release.compareUrl && release.previousTag)
        out.push(`**Changes since ${release.previousTag}**: ${release.compareUrl}`);
    const part = (heading, lines, always = false, empty = "None.") => {
        if (lines.length === 0 && !always)
            return;
        out.push("", `## ${heading}`);
        // A loop, not push(...lines): a part can have tens of thousands of lines, too many for call arguments.
        if (lines.length === 0)
            out.push(empty);
        for (const line of lines)
            out.push(line);
    };
    part("Highlights", notes.highlights.map((text) => `- ${escapeText(text)}`), true, "Maintenance release: no new features.");
    part("New Features", notes.changes.features.map((feature) => `- ${bold("", item(feature.title, feature.commit, links))}${feature.description ? `\n  - ${escapeText(feature.description)}` : ""}`));
    part("Improvements", notes.changes.improvements.map((improvement) => `- ${bold("", item(improvement.title, improvement.commit, links))}`));
    part("Bug Fixes", notes.changes.bug_fixes.map((fix) => `- ${fix.issue_ref ? `**Issue ${linkReferences(fix.issue_ref, links)}**: ` : ""}${item(fix.description, fix.commit, links)}`));
    part("Breaking Changes", notes.changes.breaking_changes.map((change) => `- **${escapeText(change.title)}**: ${escapeText(change.migration).replace(/\n/g, "\n  ")}`), true);
    part("Deprecations", notes.changes.deprecations.map((deprecation) => `- **Deprecated**: ${escapeText(deprecation.item)}${deprecation.timeline ? ` (removal: ${escapeText(deprecation.timeline)})` : ""}${deprecation.replacement ? `; use ${escapeText(deprecation.replacement)} instead` : ""}`));
    part("Security", notes.changes.security.map((fix) => `- **${fix.cve ?? "Security"}**${fix.severity ? ` (${fix.severity})` : ""}: ${item(fix.description, fix.commit, links)}`));
    part("Known Issues", notes.known_issues.map((known) => `- **Issue**: ${escapeText(known.issue)}${known.workaround ? ` (workaround: ${escapeText(known.workaround)})` : ""}`), true, "None known.");
    part("Upgrade Notes", escapeText(notes.upgrade_notes).split("\n").map((line) => (line.trim() === "" ? "" : `${line}`)), true);
    part("Contributors", notes.contributors.length > 0 ? [`- ${notes.contributors.map(escapeText).join(", ")}`] : [], true, "No contributors recorded.");
    part("Provenance", [`- Commit: ${links ? `[${notes.provenance.commit.slice(0, 12)}](${commitUrl(links, notes.provenance.commit)})` : notes.provenance.commit}`, `- Build: ${notes.provenance.build_id ?? "local"}`, `- Signed: ${notes.provenance.signed_by ?? "not signed yet (capsule-sign signs the release record)"}`], true);
    return `${out.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/changelog/plan.ts






/**
 * The record's changelog.md: the release's section as the CHANGELOG now has it, under a heading
 * of its own instead of the version heading (and the blank lines after it). Made by one join of
 * the section's lines: at 100k commits the section is megabytes, and cutting the heading off a
 * joined copy made two more copies of it.
 */
function recordChangelog(changelog, release) {
    const lines = (0,changelog_file/* extractReleaseLines */.so)(changelog, release) ?? [""];
    const start = afterHeading(lines, 0, lines.length);
    const rest = start === 0 ? lines : lines.slice(start);
    return [`# Changelog: ${release.tag}`, "", ...(rest.length > 0 ? rest : [""]), ""].join("\n");
}
/**
 * recordChangelog's text without a copy of the section: the heading, then slices of the CHANGELOG
 * itself (which the plan holds anyway), made when the plan reads it. A CHANGELOG with carriage
 * returns gets recordChangelog's string (its lines are joined with LF only).
 */
function recordChangelogText(changelog, release) {
    if (changelog.includes("\r"))
        return recordChangelog(changelog, release);
    const lines = changelog.split("\n");
    const range = (0,changelog_file/* releaseLineRange */.vX)(lines, release);
    if (!range)
        return recordChangelog(changelog, release);
    const start = afterHeading(lines, range.from, range.to);
    if (start === range.to)
        return recordChangelog(changelog, release);
    // The lines stand in the CHANGELOG one after another, each followed by a line feed.
    let begin = 0;
    for (let index = 0; index < start; index++)
        begin += lines[index].length + 1;
    let end = begin;
    for (let index = start; index < range.to; index++)
        end += lines[index].length + 1;
    end -= 1;
    const heading = `# Changelog: ${release.tag}\n\n`;
    return new text_source/* TextSource */.p$((write) => {
        write(heading);
        (0,text_source/* slices */.wc)(changelog, begin, end, write);
        write("\n");
    });
}
/**
 * Where a section's text starts among its lines [from, to): after the heading and the blank lines
 * that follow it, when something follows it (a line break after it), as `^#{1,3} .*\n+`.
 */
function afterHeading(lines, from, to) {
    if (to - from <= 1 || !/^#{1,3} .*$/.test(lines[from]))
        return from;
    let start = from + 1;
    while (start < to && lines[start] === "")
        start++;
    return start;
}
/** Pure: the files the changelog writes. Nothing else changes (no commit, no tag). */
function planChangelog(input) {
    const effects = [];
    if (input.after !== undefined) {
        const verb = input.before === undefined ? "create" : "update";
        effects.push((0,file_effects/* writeFileEffect */.fq)(input.changelogPath, input.after, `${verb} ${input.changelogPath}${input.release ? ` with ${input.release.version}` : ""}`));
    }
    const { release, recordDir, notes, notesRecord } = input;
    if (input.after !== undefined && release && recordDir && notes && notesRecord) {
        // The record's copy of the section and the notes' YAML are made when the plan is read, from the
        // CHANGELOG and the notes record the run holds anyway: at 100k commits they are 5 and 20 MB.
        const files = [
            ["changelog.md", recordChangelogText(input.after, release)],
            ["release-notes.md", notes],
            ["release-notes.yaml", releaseNotesYaml(notesRecord)],
            ["release-readiness-checklist.md", renderReadinessChecklist(release.version, notesRecord.release_notes.release_type, input.evidence)],
            [
                "rollback-procedures.md",
                renderRollbackProcedures({
                    version: release.version,
                    tag: release.tag,
                    ...(release.previousVersion ? { previousVersion: release.previousVersion } : {}),
                    ...(release.previousTag ? { previousTag: release.previousTag } : {}),
                    channels: input.config.record.rollback.channels,
                    commands: input.config.record.rollback.commands,
                }),
            ],
        ];
        for (const [name, content] of files)
            effects.push((0,file_effects/* writeFileEffect */.fq)(`${recordDir}/${name}`, content, `write ${recordDir}/${name}`));
    }
    return {
        action: "changelog",
        formatVersion: 1,
        observations: {
            head: input.head,
            changelog: input.before === undefined ? null : (0,plan_plan/* sha256 */.sc)(input.before),
            version: release?.version ?? null,
            format: input.config.format,
            ...(input.evidence ? { evidence: input.evidence.path } : {}),
        },
        effects,
    };
}

// EXTERNAL MODULE: ./packages/core/src/version/rules.ts
var version_rules = __webpack_require__(1621);
;// CONCATENATED MODULE: ./packages/core/src/changelog/footer-tokens.ts
/**
 * Whether a footer token is `name` in any case, `name` being lower-case ASCII (`co-authored-by`).
 * Lower-casing keeps the length of every text it can turn into ASCII (only `İ` grows, into a
 * non-ASCII pair), so a token of another length is told apart without making its lower-case copy:
 * over 100k commits that is most of their footers.
 */
function isToken(token, name) {
    return token.length === name.length && token.toLowerCase() === name;
}

;// CONCATENATED MODULE: ./packages/core/src/changelog/entries.ts




const REMOVAL_TOKENS = ["removal", "remove-in", "removed-in"];
const REPLACEMENT_TOKENS = ["replacement", "use-instead"];
function isAnyToken(token, names) {
    return names.some((name) => isToken(token, name));
}
function footerFacts(footers) {
    let facts;
    for (const { token, value } of footers) {
        if (isToken(token, "co-authored-by"))
            ((facts ??= {}).coAuthors ??= []).push(value);
        else if (isToken(token, "highlight"))
            (facts ??= {}).highlight = true;
        else if (isAnyToken(token, REMOVAL_TOKENS))
            (facts ??= {}).removal ??= value;
        else if (isAnyToken(token, REPLACEMENT_TOKENS))
            (facts ??= {}).replacement ??= value;
        else if (isToken(token, "known-issue"))
            ((facts ??= {}).knownIssues ??= []).push(value);
    }
    return facts;
}
/** The one empty list every entry without notes or references shares (most of a large range). */
const NONE = Object.freeze([]);
const CVE = /\bCVE-\d{4}-\d{4,}\b/i;
const DEPRECATION_TOKENS = ["deprecated", "deprecation"];
const SEVERITY_TOKENS = ["severity"];
function orNone(list) {
    return list.length === 0 ? NONE : list;
}
function footerValue(footers, tokens) {
    return footers.find((footer) => isAnyToken(footer.token, tokens))?.value;
}
function prepareRules(rules) {
    return rules.map((rule) => {
        const { title: _title, footer, hidden: _hidden, notes: _notes, ...fields } = rule;
        return { rule, fields: (0,version_rules/* compileRule */.mk)(fields), ...(footer ? { footer: footer.toLowerCase() } : {}) };
    });
}
function hasFooter(footers, token) {
    return footers.some((footer) => footer.token.toLowerCase() === token);
}
function matches(prepared, commit, footers, breaking) {
    if (prepared.footer !== undefined && !hasFooter(footers, prepared.footer))
        return false;
    return prepared.fields(commit, breaking, commit.type);
}
function firstMatching(rules, commit, footers, breaking) {
    for (const prepared of rules)
        if (matches(prepared, commit, footers, breaking))
            return prepared.rule;
    return undefined;
}
function classify(commit, rules, bangIsBreaking) {
    // A logged commit reads its footers from its bytes at every use: once here, for all the uses below.
    const footers = commit.footers;
    const breaking = (0,version_rules/* isBreaking */.ER)(commit, bangIsBreaking, footers);
    const rule = firstMatching(rules, commit, footers, breaking);
    const listed = rule !== undefined && !rule.hidden;
    const deprecation = footers.length > 0 ? footerValue(footers, DEPRECATION_TOKENS) : undefined;
    // A logged commit decodes its message at every ask: once here, for the references and the CVE.
    const message = listed ? commit.raw.message : "";
    const entry = {
        commit,
        sha: commit.raw.sha,
        subject: commit.type ? commit.subject : commit.header,
        notes: listed ? (rule.notes ?? "improvements") : "none",
        breaking,
        breakingNotes: breaking ? commit.breakingNotes : NONE,
        // Unlisted commits are most of a large range: their references and CVEs are never shown.
        references: listed ? orNone(commitReferences(commit, footers, message)) : NONE,
    };
    if (commit.type)
        entry.type = commit.type;
    if (commit.scope)
        entry.scope = commit.scope;
    if (listed)
        entry.section = rule.title;
    if (deprecation)
        entry.deprecation = deprecation;
    const facts = footers.length > 0 ? footerFacts(footers) : undefined;
    if (facts)
        entry.footerFacts = facts;
    if (listed) {
        const cve = CVE.exec(message)?.[0];
        const severity = footers.length > 0 ? footerValue(footers, SEVERITY_TOKENS) : undefined;
        if (cve)
            entry.cve = cve.toUpperCase();
        if (severity)
            entry.severity = severity.toLowerCase();
    }
    return entry;
}
/** Puts each commit into its section by the first rule that matches it. */
function classifyCommits(commits, rules, bangIsBreaking) {
    const prepared = prepareRules(rules);
    return commits.map((commit) => classify(commit, prepared, bangIsBreaking));
}
/** Listed entries grouped in the configured order; sections with no entry are left out. */
function groupBySection(entries, order) {
    const groups = new Map();
    for (const entry of entries) {
        if (!entry.section)
            continue;
        let group = groups.get(entry.section);
        if (!group)
            groups.set(entry.section, (group = []));
        group.push(entry);
    }
    const titles = [...order.filter((title) => groups.has(title)), ...[...groups.keys()].filter((title) => !order.includes(title))];
    // Within a section: scoped entries grouped by scope, then the unscoped ones, each in commit order.
    return titles.map((title) => ({ title, entries: stableByScope(groups.get(title)) }));
}
/**
 * The entries grouped by scope in text order (see compareTextKeys), unscoped ones last, each group
 * in commit order. Each distinct scope is compared, not every entry: a section of 30k entries has
 * a few dozen scopes.
 */
function stableByScope(entries) {
    const byScope = new Map();
    for (const entry of entries) {
        let group = byScope.get(entry.scope);
        if (!group)
            byScope.set(entry.scope, (group = []));
        group.push(entry);
    }
    if (byScope.size === 1)
        return entries;
    const keys = new Map();
    for (const scope of byScope.keys())
        if (scope !== undefined)
            keys.set(scope, textKey(scope));
    const scopes = [...keys.keys()].sort((a, b) => compareTextKeys(keys.get(a), keys.get(b)));
    const sorted = [];
    for (let start = 0; start < scopes.length;) {
        let end = start + 1;
        while (end < scopes.length && compareTextKeys(keys.get(scopes[start]), keys.get(scopes[end])) === 0)
            end++;
        for (const entry of end - start === 1 ? byScope.get(scopes[start]) : interleaved(entries, scopes.slice(start, end)))
            sorted.push(entry);
        start = end;
    }
    for (const entry of byScope.get(undefined) ?? [])
        sorted.push(entry);
    return sorted;
}
/** Distinct scopes that compare equal stay mixed in commit order. */
function interleaved(entries, tied) {
    const scopes = new Set(tied);
    return entries.filter((entry) => entry.scope !== undefined && scopes.has(entry.scope));
}

// EXTERNAL MODULE: ./packages/core/src/changelog/release-please/entries.ts + 2 modules
var release_please_entries = __webpack_require__(2550);
;// CONCATENATED MODULE: ./packages/core/src/changelog/release.ts





/** The entries and their sections: cadence's reading, or release-please's (several entries a commit, its order). */
function release_classify(input, links) {
    const { config } = input;
    if (config.format !== "release-please") {
        const entries = classifyCommits(input.commits, config.sections, input.bangIsBreaking);
        return { entries, sections: groupBySection(entries, config.order) };
    }
    const entries = (0,release_please_entries/* releasePleaseEntries */.O)(input.commits, { sections: config.sections, sentenceCase: config.sentenceCase, ...(links ? { links } : {}) });
    return { entries, sections: releasePleaseGroups(entries, config.sections, links) };
}
/** One entry per commit, for what counts commits (contributors): a commit can make several entries. */
function firstPerCommit(entries) {
    const seen = new Set();
    return entries.filter((entry) => !seen.has(entry.commit) && seen.add(entry.commit) !== undefined);
}
/** Pure: classifies the commits and assembles the release. */
function buildRelease(input) {
    const links = input.config.links ? input.links : undefined;
    const { entries, sections } = release_classify(input, links);
    const breaking = breakingChanges(entries);
    return {
        version: input.version,
        ...(input.package !== undefined ? { package: input.package } : {}),
        tag: input.tag,
        ...(input.previousVersion ? { previousVersion: input.previousVersion } : {}),
        ...(input.previousTag ? { previousTag: input.previousTag } : {}),
        date: input.date,
        head: input.head,
        entries,
        sections,
        breaking,
        contributors: input.config.contributors.enabled ? collectContributors(input.config.format === "release-please" ? firstPerCommit(entries) : entries, input.config.contributors.exclude) : [],
        commitCount: input.commitCount,
        cancelledPairs: input.cancelledPairs,
        ...(links ? { links } : {}),
        ...(links ? { compareUrl: input.previousTag ? compareUrl(links, input.previousTag, input.tag) : tagUrl(links, input.tag) } : {}),
    };
}
/** Each migration note with its entry, in commit order; a loop, as almost every entry has none. */
function breakingChanges(entries) {
    const breaking = [];
    for (const entry of entries)
        for (const note of entry.breakingNotes)
            breaking.push({ entry, note });
    return breaking;
}
/** Whether anything in the release is worth a line. */
function hasListedChanges(release) {
    return release.sections.length > 0 || release.breaking.length > 0;
}

;// CONCATENATED MODULE: ./packages/core/src/changelog/run.ts





















function withOverrides(config, inputs) {
    const format = inputs.format ?? config.format;
    // A format given as input brings its own sections unless the file set custom ones for that format.
    const base = inputs.format && inputs.format !== config.format ? (0,changelog_config/* resolveChangelogConfig */.pq)({ format }) : config;
    return {
        ...config,
        format,
        sections: base.sections,
        order: base.order,
        path: inputs.output ?? config.path,
        record: { ...config.record, ...(inputs.recordDir ? { dir: inputs.recordDir } : {}), ...(inputs.record !== undefined ? { enabled: inputs.record } : {}) },
    };
}
async function remoteUrl(git) {
    try {
        const result = await git.run(first_questions/* ORIGIN_URL */.Fg, { allowFailure: true });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    catch {
        // git itself could not run: reading the commits reports that, with its own message.
        return undefined;
    }
}
async function readEvidence(inputs) {
    if (!inputs.evidencePath)
        return undefined;
    const path = (0,external_node_path_.resolve)(inputs.cwd, inputs.evidencePath);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, "utf8");
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the evidence file ${inputs.evidencePath} cannot be read (expected gate-check's release_evidence YAML)`);
    }
    return readGateEvidence(inputs.evidencePath, text);
}
function describe(range, config, cadence, links, today, pkg) {
    return buildRelease({
        version: range.version,
        ...(pkg !== undefined ? { package: pkg } : {}),
        tag: range.tag,
        ...(range.previousVersion ? { previousVersion: range.previousVersion } : {}),
        ...(range.previousTag ? { previousTag: range.previousTag } : {}),
        date: range.date ?? today,
        head: range.head,
        commits: range.commits,
        commitCount: range.commitCount,
        cancelledPairs: range.cancelledPairs,
        config,
        bangIsBreaking: cadence.versioning.bangIsBreaking,
        ...(links ? { links } : {}),
    });
}
/** changelog from start to end: observe, read the commits once, render, plan, and (unless dry-run) apply. */
async function runChangelog(ports, inputs) {
    const { git, files, reporter } = ports;
    // version-bump checks the repository itself on the default path; the others check it here.
    const explicit = inputs.fromStart || inputs.from !== undefined || inputs.to !== undefined || inputs.version !== undefined;
    const repository = explicit ? await (0,version_bump_repository/* inspectRepository */.Fl)(git, inputs.branch) : undefined;
    const cadence = await (0,load/* loadConfig */.Z)(files, inputs.configPath ? { configPath: inputs.configPath } : {});
    // A project set up for release-please gets the CHANGELOG sections release-please writes.
    const defaultFormat = cadence.source.kind === "release-please" ? "release-please" : "conventional";
    const config = withOverrides((0,changelog_config/* resolveChangelogConfig */.pq)(cadence.raw.changelog, cadence.source.files[0], defaultFormat), inputs);
    const template = config.template === undefined ? undefined : await files.read(config.template);
    if (config.template !== undefined && template === undefined)
        throw new errors/* ConfigurationError */.j1(`changelog.template names ${config.template}, which does not exist in the repository`, { file: cadence.source.files[0] ?? ".github/cadence.yml" });
    const pkg = selectPackage(cadence, inputs.package);
    // In a monorepo the headings and the record folder carry the package: two packages may share a version.
    const scope = (0,release_place/* releasePackage */.q3)(cadence, pkg);
    const needsRemote = config.links && !config.repositoryUrl && !(inputs.context.serverUrl && inputs.context.repository);
    // The remote is asked for while the commits are read (remoteUrl never rejects: no remote is no links).
    const remote = needsRemote ? remoteUrl(git) : undefined;
    const evidence = await readEvidence(inputs);
    // A given date makes the plan the same whenever it is made (a release approved days after its plan).
    const today = inputs.date ?? ports.clock.now().toISOString().slice(0, 10);
    const ranges = [];
    let nothing;
    if (inputs.fromStart)
        ranges.push(...(await collectHistory(ports, cadence, pkg)));
    const latest = await collectRelease(ports, cadence, pkg, inputs);
    const links = resolveLinks(config.repositoryUrl, inputs.context, await remote);
    const head = repository?.head ?? latest.head;
    if (latest instanceof NothingToRelease)
        nothing = latest.reason;
    else if (!ranges.some((range) => range.version === latest.version))
        ranges.push(latest);
    if (inputs.fromStart && ranges.length > 0)
        nothing = undefined;
    const releases = ranges.map((range) => describe(range, config, cadence, links, today, scope));
    const release = releases.at(-1);
    const existing = await files.read(config.path);
    let changelog = existing;
    let section;
    const generatedTitles = [...config.order, ...config.sections.map((rule) => rule.title)];
    for (const item of releases) {
        section = renderChangelogSectionLines(item, config, template);
        changelog = (0,changelog_file/* upsertRelease */.LM)(changelog, {
            version: item.version,
            package: item.package,
            section,
            generatedTitles,
            header: config.header ?? (0,changelog_file/* defaultHeader */.$K)(config.format),
            keepBlankRuns: config.format === "release-please",
        });
    }
    const notesRecord = release && buildReleaseNotes(release, config, inputs.buildId ? { buildId: inputs.buildId } : {});
    const notes = release && notesRecord && renderReleaseNotes(notesRecord, release);
    const recordDir = release && config.record.enabled ? (0,release_place/* recordDirFor */.ku)(config.record.dir, release) : undefined;
    const plan = planChangelog({
        head,
        changelogPath: config.path,
        before: existing,
        after: nothing === undefined ? changelog : undefined,
        ...(release && notes && notesRecord ? { release, notes, notesRecord } : {}),
        ...(recordDir ? { recordDir } : {}),
        ...(evidence ? { evidence } : {}),
        config,
    });
    const hash = (0,plan_plan/* planHash */.SH)(plan);
    const evidenceDir = ports.evidenceDir ?? (inputs.dryRun || plan.effects.length === 0 ? "" : (0,external_node_path_.join)(repository?.gitDir ?? (await gitDir(git)), "cadence", "evidence"));
    const evidencePath = (0,external_node_path_.join)(evidenceDir, `changelog-${hash.slice(7, 19)}.yaml`);
    const decisions = release ? [{ name: pkg.name, next: release.version }] : [];
    const applied = await (0,apply/* applyPlan */.g)(plan, { "write-file": (0,file_effects/* writeFileHandler */.u7)(files) }, {
        dryRun: inputs.dryRun,
        ...(inputs.planHash ? { expectedPlanHash: inputs.planHash } : {}),
        reporter,
        evidence: (0,records_evidence/* evidenceWriter */.x)(evidencePath, { plan, hash, head, branch: repository?.branch ?? inputs.branch, decisions, clock: ports.clock }),
    });
    if (inputs.dryRun && inputs.plannedDir)
        await (0,planned_files/* keepPlannedFiles */.tO)(plan, inputs.plannedDir);
    if (nothing)
        reporter.info(nothing);
    return {
        ...(nothing ? { nothingToRelease: nothing } : {}),
        ...(release && nothing === undefined ? { release } : {}),
        releases: nothing === undefined ? releases : [],
        ...(section && nothing === undefined ? { section: section.join("\n") } : {}),
        ...(notes && nothing === undefined ? { notes, notesRecord: notesRecord } : {}),
        changelogPath: config.path,
        ...(recordDir && nothing === undefined ? { recordDir, notesPath: `${recordDir}/release-notes.md` } : {}),
        plan,
        planHash: hash,
        applied,
        config,
        ...(inputs.dryRun || plan.effects.length === 0 ? {} : { evidencePath }),
    };
}
async function gitDir(git) {
    const { stdout } = await git.run(["rev-parse", "--absolute-git-dir"]);
    return stdout.trim();
}

// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
;// CONCATENATED MODULE: ./packages/cli/src/json-out.ts
/**
 * Writes `JSON.stringify(value, null, 2)` and a newline, with large top-level fields written as
 * pieces of their own instead of inside one more copy of everything: the same bytes, without the
 * peak of memory. A large field is a string (the notes and the CHANGELOG section of a long range
 * are megabytes each) or an array (the entries: 50k objects at 100k commits), written an element
 * at a time.
 */
function writeJsonWithLargeField(out, value, ...fields) {
    const large = fields.filter((field) => typeof value[field] === "string" || isList(value[field]));
    const placeholders = large.map((_, index) => `\u0000large field ${index}\u0000`);
    const replaced = { ...value };
    large.forEach((field, index) => (replaced[field] = placeholders[index]));
    const text = JSON.stringify(replaced, null, 2);
    // Each placeholder exactly once, in the order the fields come: otherwise the plain way.
    const positions = placeholders.map((placeholder) => text.indexOf(JSON.stringify(placeholder)));
    const once = placeholders.every((placeholder, index) => positions[index] !== -1 && text.indexOf(JSON.stringify(placeholder), positions[index] + 1) === -1);
    if (large.length === 0 || !once || positions.some((position, index) => index > 0 && position < positions[index - 1])) {
        out.write(`${JSON.stringify(value, null, 2)}\n`);
        return;
    }
    let at = 0;
    large.forEach((field, index) => {
        out.write(text.slice(at, positions[index]));
        const piece = value[field];
        if (typeof piece === "string")
            writeJsonString(out, piece);
        else
            writeJsonArray(out, piece);
        at = positions[index] + JSON.stringify(placeholders[index]).length;
    });
    out.write(`${text.slice(at)}\n`);
}
/**
 * An array as `JSON.stringify` with an indent of 2 writes it as the value of a top-level field: its
 * elements four spaces in, the closing bracket two. Written in batches of elements; a string inside
 * JSON holds no raw line break, so indenting after every "\n" indents lines, never text.
 */
function writeJsonArray(out, items, batch = 256) {
    let pieces = [];
    let count = 0;
    const flush = () => {
        if (pieces.length === 0)
            return;
        out.write(`${count === pieces.length ? "[\n" : ",\n"}${pieces.join(",\n")}`);
        pieces = [];
    };
    for (const item of items) {
        pieces.push(`    ${(JSON.stringify(item, null, 2) ?? "null").replace(/\n/g, "\n    ")}`);
        count++;
        if (pieces.length === batch)
            flush();
    }
    flush();
    out.write(count === 0 ? "[]" : "\n  ]");
}
/** An array, or a list that stringifies as one (core's LazyList): iterable, with toJSON. */
const isList = (value) => Array.isArray(value) ||
    (typeof value === "object" && value !== null && Symbol.iterator in value && "toJSON" in value);
/** JSON.stringify(text), written a slice at a time, never between the two halves of a surrogate pair. */
function writeJsonString(out, text, slice = 1 << 16) {
    out.write('"');
    for (let start = 0; start < text.length;) {
        let end = Math.min(text.length, start + slice);
        if (end < text.length && highSurrogate(text.charCodeAt(end - 1)) && lowSurrogate(text.charCodeAt(end)))
            end++;
        out.write(JSON.stringify(text.slice(start, end)).slice(1, -1));
        start = end;
    }
    out.write('"');
}
const highSurrogate = (code) => code >= 0xd800 && code <= 0xdbff;
const lowSurrogate = (code) => code >= 0xdc00 && code <= 0xdfff;

;// CONCATENATED MODULE: ./packages/cli/src/commands/changelog.ts




const flags = {
    version: { type: "string", value: "X.Y.Z", about: "the version being released", defaultIs: "what version-bump decides" },
    from: { type: "string", value: "REF", about: "start of the range (exclusive)", defaultIs: "the previous release tag" },
    to: { type: "string", value: "REF", about: "end of the range (inclusive)", defaultIs: "HEAD" },
    "from-start": { type: "boolean", about: "regenerate every release from the first tag" },
    "dry-run": { type: "boolean", about: "render and show the plan, write nothing in the repository" },
    json: { type: "boolean", about: "print the outputs as JSON: entries, the CHANGELOG section, the plan" },
    summary: { type: "boolean", about: "print the markdown summary the action writes" },
    format: { type: "string", value: "conventional|keep-a-changelog|release-please", about: "the CHANGELOG's format", defaultIs: "changelog.format, else conventional" },
    output: { type: "string", value: "PATH", about: "the CHANGELOG file", defaultIs: "changelog.path, else CHANGELOG.md" },
    "record-dir": { type: "string", value: "DIR", about: "the release record folder; {version} and {package} are filled in (a monorepo's package gets its own folder)", defaultIs: "changelog.record.dir, else docs/releases/{version}" },
    "no-record": { type: "boolean", about: "write no release record folder", defaultIs: "changelog.record.enabled" },
    evidence: { type: "string", value: "PATH", about: "gate-check's release_evidence, for the readiness checklist", defaultIs: "none" },
    "plan-hash": { type: "string", value: "sha256:…", about: "apply only if the plan has this hash", defaultIs: "any plan" },
    branch: { type: "string", value: "NAME", about: "the release line, when HEAD is detached", defaultIs: "the checked-out branch" },
    package: { type: "string", value: "NAME", about: "in a monorepo, the package to describe", defaultIs: "the root package" },
    config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
    date: { type: "string", value: "YYYY-MM-DD", about: "the release date", defaultIs: "today (UTC)" },
    "planned-dir": { type: "string", value: "DIR", about: "with --dry-run, keep the files it would write there", defaultIs: "none" },
    cwd: { type: "string", value: "DIR", about: "the repository", defaultIs: "the current folder" },
    verbose: { type: "boolean", about: "print every step" },
};
const changelogHelp = {
    usage: "cadence changelog [flags]",
    summary: "write the release's CHANGELOG section, release notes and record folder",
    about: `Writes the release's CHANGELOG section, release notes and the release record folder
(docs/releases/<version>/; in a monorepo the package's, docs/releases/<package>/<version>/, under a
CHANGELOG heading <package>@<version>). --dry-run writes nothing in the repository; with --json it gives the
entries and the CHANGELOG section it would write, and with --planned-dir it keeps the files it
would write there, for a later dry-run of version-bump and gate-check.`,
    flags,
};
async function changelogCommand(argv, out) {
    const { values } = (0,args/* parseFlags */.bQ)(argv, flags);
    const cwd = (0,external_node_path_.resolve)(values.cwd ?? process.cwd());
    const inputs = parseChangelogInputs({
        cwd,
        scratch: (0,paths/* scratchFolder */.$B)(process.env),
        version: values.version,
        from: values.from,
        to: values.to,
        fromStart: values["from-start"] ?? false,
        dryRun: values["dry-run"] ?? false,
        format: values.format,
        output: values.output,
        recordDir: values["record-dir"],
        ...(values["no-record"] ? { record: false } : {}),
        evidencePath: values.evidence,
        planHash: values["plan-hash"],
        branch: values.branch,
        package: values.package,
        configPath: values.config,
        date: values.date,
        plannedDir: values["planned-dir"],
        // Run inside Actions, the CLI links to the same repository the action would.
        context: { serverUrl: process.env.GITHUB_SERVER_URL, repository: process.env.GITHUB_REPOSITORY },
    });
    const reporter = new reporter_terminal/* TerminalReporter */.s(process.stderr, values.verbose ?? false);
    const ports = { git: new git_cli/* GitCli */.T(cwd), files: new files/* LocalFiles */.h(cwd), clock: clock/* systemClock */.m, reporter };
    if (values.summary) {
        out.write(`${(0,changelog_outputs/* renderChangelogSummary */.LC)(await runChangelog(ports, inputs))}\n`);
        return;
    }
    // Only the outputs outlive this line: the commits and rendered files of a long range are free
    // to go before the JSON is written.
    const outputs = (0,changelog_outputs/* changelogOutputs */.LP)(await runChangelog(ports, inputs));
    if (values.json) {
        writeJsonWithLargeField(out, outputs, "notes", "entries", "section");
        return;
    }
    if (outputs.nothingToRelease)
        out.write(`${outputs.nothingToRelease}\n`);
    else
        out.write(`${outputs.version}: ${outputs.sections.map((section) => `${section.count} ${section.title}`).join(", ") || "no listed changes"} → ${outputs.changelogPath}${outputs.recordDir ? `, ${outputs.recordDir}/` : ""}\n`);
    out.write(`plan ${outputs.planHash}${outputs.dryRun ? " (dry-run: nothing changed)" : ""}\n`);
    for (const effect of outputs.effects)
        out.write(`  ${effect.status}: ${effect.summary}\n`);
}


/***/ }),

/***/ 7205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ defaultHeader),
/* harmony export */   LM: () => (/* binding */ upsertRelease),
/* harmony export */   so: () => (/* binding */ extractReleaseLines),
/* harmony export */   vX: () => (/* binding */ releaseLineRange)
/* harmony export */ });
/* unused harmony export extractRelease */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

// `## [1.2.0](url) (date)`, `# [2.0.0]`, `## v1.2.0 - date`, `## 1.2.0`, `### [1.2.0]`, and a
// monorepo package's `## [core@1.2.0]`, `## @org/core@1.2.0` (records/release-place.ts).
const VERSION_HEADING = /^#{1,3}\s+\[?(?:(@?[^\s[\]()@]+)@)?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\]?(?:[\s(]|$)/;
const UNRELEASED_HEADING = /^#{1,3}\s+\[?unreleased\]?(?:[\s(]|$)/i;
const LINK_DEFINITION = /^\[[^\]]+\]:\s*\S+/;
function defaultHeader(format) {
    // release-please starts a CHANGELOG with its title alone.
    if (format === "release-please")
        return "# Changelog";
    if (format === "keep-a-changelog") {
        return [
            "# Changelog",
            "",
            "All notable changes to this project are documented in this file.",
            "",
            "The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),",
            "and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).",
            "",
            "## [Unreleased]",
        ].join("\n");
    }
    return ["# Changelog", "", "All notable changes to this project are documented in this file. See [Conventional Commits](https://conventionalcommits.org) for the commit guidelines."].join("\n");
}
function normalize(version) {
    return version.split("+")[0];
}
const HASH = 0x23;
const BACKTICK = 0x60;
const TILDE = 0x7e;
/**
 * Whether a line may open or close a code fence (`^\s*(```|~~~)`): it starts with a back-tick, a
 * tilde or a character that could be white space. Most lines are list items and fail this at
 * their first character, without a regex.
 */
function mayBeFence(line) {
    const first = line.charCodeAt(0);
    return first === BACKTICK || first === TILDE || first <= 0x20 || first >= 0xa0;
}
function findHeadings(lines) {
    const headings = [];
    let fenced = false;
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        if (mayBeFence(line) && /^\s*(```|~~~)/.test(line))
            fenced = !fenced;
        // Both heading patterns start with `#`.
        if (fenced || line.charCodeAt(0) !== HASH)
            continue;
        const version = VERSION_HEADING.exec(line);
        if (version && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(version[2]))
            headings.push({ line: index, version: normalize(version[2]), package: version[1] });
        else if (UNRELEASED_HEADING.test(line))
            headings.push({ line: index, version: "unreleased" });
    }
    return headings;
}
/** `into` with the lines from `start` on appended: a loop, as those are often most of the file (the older releases). */
function appendFrom(into, lines, start) {
    for (let index = start; index < lines.length; index++)
        into.push(lines[index]);
    return into;
}
/** The text without its trailing newlines (as `replace(/\n+$/, "")`, without the regex's scan from every newline). */
function trimTrailingNewlines(text) {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 0x0a)
        end--;
    return end === text.length ? text : text.slice(0, end);
}
/** Index of the first line of the trailing link-definition block (`[1.0.0]: https://…`), or lines.length. */
function footerStart(lines) {
    let start = lines.length;
    for (let index = lines.length - 1; index >= 0; index--) {
        const line = lines[index];
        if (LINK_DEFINITION.test(line))
            start = index;
        else if (line.trim() !== "")
            break;
    }
    return start;
}
/** The lines without blank ones at either end; the same array when there are none to drop. */
function trimBlank(lines) {
    let start = 0;
    let end = lines.length;
    while (start < end && lines[start].trim() === "")
        start++;
    while (end > start && lines[end - 1].trim() === "")
        end--;
    return start === 0 && end === lines.length ? lines : lines.slice(start, end);
}
/** `### Title` blocks of a section that the generator did not write (hand-written notes), kept on regeneration. */
function handWrittenBlocks(sectionLines, generatedTitles) {
    const kept = [];
    let keeping = false;
    for (const line of sectionLines.slice(1)) {
        const heading = /^###\s+(.*?)\s*$/.exec(line);
        if (heading)
            keeping = !generatedTitles.has(heading[1]);
        if (keeping)
            kept.push(line);
    }
    return trimBlank(kept);
}
/**
 * Puts the release's section into a CHANGELOG text: replaces the section of the same version if
 * there is one (so running twice gives one section), otherwise inserts it above the first older
 * release. Hand-written text in an `## [Unreleased]` section moves into the new release under
 * "Notes"; the empty Unreleased heading stays for the next cycle. Everything else is kept as it
 * was, including line endings (CRLF files stay CRLF).
 */
function upsertRelease(existing, options) {
    const eol = existing?.includes("\r\n") ? "\r\n" : "\n";
    const text = lf(existing ?? options.header);
    const lines = trimTrailingNewlines(text).split("\n");
    const footer = footerStart(lines);
    // Most files have no link definitions at the end: then the body is all the lines, not a copy of them.
    const body = footer === lines.length ? lines : lines.slice(0, footer);
    const tail = lines.slice(footer);
    const headings = findHeadings(body);
    const version = normalize(options.version);
    const endOf = (position) => (position + 1 < headings.length ? headings[position + 1].line : body.length);
    let section = typeof options.section === "string" ? options.section.replace(/\r\n/g, "\n").trim().split("\n") : sectionLines(options.section);
    const generated = new Set([...options.generatedTitles, "⚠ BREAKING CHANGES", "Migration"]);
    let result;
    const same = headings.findIndex((heading) => isRelease(heading, { version, package: options.package }));
    if (same !== -1) {
        const old = body.slice(headings[same].line, endOf(same));
        const kept = handWrittenBlocks(old, generated);
        if (kept.length > 0)
            section = [...section, "", ...kept];
        result = appendFrom([...body.slice(0, headings[same].line), ...section, ""], body, endOf(same));
    }
    else {
        const unreleased = headings.findIndex((heading) => heading.version === "unreleased");
        let prefix = [];
        // Where the rest starts: the releases below the Unreleased section, or the whole body.
        let restStart = 0;
        if (unreleased !== -1) {
            const start = headings[unreleased].line;
            const moved = trimBlank(body.slice(start + 1, endOf(unreleased)));
            if (moved.length > 0)
                section = [...section, "", "### Notes", "", ...moved.map((line) => line.replace(/^###\s/, "#### "))];
            prefix = [...body.slice(0, start + 1), ""];
            restStart = endOf(unreleased);
        }
        // Newest first: below the package's newer releases (a backport), above whatever comes next
        // (another package's release, in a monorepo's CHANGELOG, or an older one of the same package).
        const releases = headings.filter((heading) => heading.line >= restStart && heading.version !== "unreleased" && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(heading.version));
        const newer = options.package === undefined ? -1 : releases.findLastIndex((heading) => heading.package === options.package && semver__WEBPACK_IMPORTED_MODULE_0___default().gt(heading.version, version));
        const older = releases.find((heading, index) => index > newer && (heading.package !== options.package || semver__WEBPACK_IMPORTED_MODULE_0___default().lt(heading.version, version)));
        const at = older ? older.line : body.length;
        const before = trimBlank(body.slice(restStart, at));
        const beforeBlock = before.length > 0 ? [...before, ""] : [];
        result = appendFrom([...prefix, ...beforeBlock, ...section, ""], body, at);
        if (unreleased === -1 && before.length === 0 && at === 0 && existing === undefined)
            result = [...section, ""];
    }
    const kept = trimBlank(result);
    const tidy = options.keepBlankRuns ? (text) => text : singleBlankLines;
    let written;
    if (tail.length === 0 && kept.length > 0) {
        // The final line break comes from the join: `${text}\n` would be one more copy of a CHANGELOG
        // that can be megabytes. The last kept line is not blank, so it cannot lengthen a run.
        written = tidy([...kept, ""].join("\n"));
    }
    else {
        const joined = tidy(kept.join("\n"));
        written = tail.length > 0 ? `${joined}\n\n${tail.join("\n")}\n` : `${joined}\n`;
    }
    return eol === "\n" ? written : written.replace(/\n/g, eol);
}
/**
 * What `lines.join("\n").replace(/\r\n/g, "\n").trim().split("\n")` gives, without the joined
 * text: a line holding line breaks is split, and blank space at either end trimmed as trim() would.
 */
function sectionLines(given) {
    const lines = [];
    for (const line of given) {
        if (line.includes("\n"))
            for (const part of line.replace(/\r\n/g, "\n").split("\n"))
                lines.push(part);
        else
            lines.push(line);
    }
    // A CR that ends a line would meet the join's LF: the pair is one line break.
    for (let index = 0; index < lines.length - 1; index++)
        if (lines[index].endsWith("\r"))
            lines[index] = lines[index].slice(0, -1);
    let start = 0;
    let end = lines.length;
    while (start < end && lines[start].trim() === "")
        start++;
    while (end > start && lines[end - 1].trim() === "")
        end--;
    if (start === end)
        return [""];
    const kept = start === 0 && end === lines.length ? lines : lines.slice(start, end);
    kept[0] = kept[0].trimStart();
    kept[kept.length - 1] = kept[kept.length - 1].trimEnd();
    return kept;
}
/** Runs of blank lines made one; the text itself when there are none (replace would copy it). */
function singleBlankLines(text) {
    return text.includes("\n\n\n") ? text.replace(/\n{3,}/g, "\n\n") : text;
}
/** CRLF line ends as LF; a text without any is returned as it is, not copied. */
function lf(text) {
    return text.includes("\r\n") ? text.replace(/\r\n/g, "\n") : text;
}
/** Whether a heading opens the release's section: the same version, and the same package (or none for both). */
function isRelease(heading, place) {
    return heading.version === normalize(place.version) && heading.package === place.package;
}
/** A version, or a version with its package (a monorepo's release). */
function placeOf(release) {
    return typeof release === "string" ? { version: release } : release;
}
/** The text of one release's section in a CHANGELOG, or undefined. */
function extractRelease(text, release) {
    return extractReleaseLines(text, release)?.join("\n");
}
/** The lines of one release's section in a CHANGELOG, heading first, or undefined. */
function extractReleaseLines(text, release) {
    const lines = lf(text).split("\n");
    const range = releaseLineRange(lines, release);
    return range && lines.slice(range.from, range.to);
}
/**
 * Where one release's section is among a CHANGELOG's lines (split at LF): from its heading to the
 * next heading or the link definitions at the end, blank lines at either end left out.
 */
function releaseLineRange(lines, release) {
    const footer = footerStart(lines);
    const headings = findHeadings(footer === lines.length ? lines : lines.slice(0, footer));
    const place = placeOf(release);
    const index = headings.findIndex((heading) => isRelease(heading, place));
    if (index === -1)
        return undefined;
    let from = headings[index].line;
    let to = index + 1 < headings.length ? headings[index + 1].line : footer;
    while (from < to && lines[from].trim() === "")
        from++;
    while (to > from && lines[to - 1].trim() === "")
        to--;
    return { from, to };
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


/***/ })

};
