export const id = 313;
export const ids = [313];
export const modules = {

/***/ 5577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ GitCli)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1260);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5341);
/* harmony import */ var _git_process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2554);



/** The Git port over the git command line: @actions/exec (silent) for commands, GitProcess for streams and for commands started ahead. */
class GitCli {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    async run(args, options = {}) {
        let result;
        const started = options.input === undefined ? (0,_git_process_js__WEBPACK_IMPORTED_MODULE_1__/* .takeGitAhead */ .Vd)(this.cwd, args) : undefined;
        try {
            result = started
                ? await outputOf(started)
                : await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)("git", [...args], {
                    cwd: this.cwd,
                    silent: true,
                    ignoreReturnCode: true,
                    env: (0,_git_process_js__WEBPACK_IMPORTED_MODULE_1__/* .gitEnvironment */ ._K)(),
                    ...(options.input !== undefined ? { input: Buffer.from(options.input) } : {}),
                });
        }
        catch (error) {
            throw missingGitOrDirectory(this.cwd, error);
        }
        if (result.exitCode !== 0 && !options.allowFailure) {
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`git ${args[0] ?? ""} failed with exit code ${result.exitCode}`, args, result.exitCode, result.stderr);
        }
        return result;
    }
    /**
     * Runs git itself (GitProcess) rather than through @actions/exec, which decodes every stdout
     * chunk into a string and splits it into lines for listeners we do not use: for `git log` over
     * 100k commits that is a second UTF-8 decode of ~40 MB. git writes into a temporary file read
     * here as it grows (see GitProcess); the bytes go to onChunk in pieces of up to a megabyte.
     */
    async stream(args, onChunk) {
        let failure;
        let stopped = false;
        const git = (0,_git_process_js__WEBPACK_IMPORTED_MODULE_1__/* .takeGitAhead */ .Vd)(this.cwd, args) ?? new _git_process_js__WEBPACK_IMPORTED_MODULE_1__/* .GitProcess */ .WG(this.cwd, args);
        let exitCode;
        try {
            exitCode = await git.follow((chunk) => {
                if (failure !== undefined || stopped)
                    return;
                try {
                    if (onChunk(chunk) === false) {
                        // The reader has what it wants: git's exit by the signal is no failure.
                        stopped = true;
                        git.kill();
                    }
                }
                catch (error) {
                    // The reader gave up (bad output): stop git instead of reading the rest for nothing.
                    failure = error;
                    git.kill();
                }
            });
        }
        catch (error) {
            throw missingGitOrDirectory(this.cwd, error);
        }
        if (failure !== undefined)
            throw failure;
        if (exitCode !== 0 && !stopped)
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`git ${args[0] ?? ""} failed with exit code ${exitCode}`, args, exitCode, git.stderr);
    }
}
/** What run() returns, from a git started ahead. */
async function outputOf(git) {
    const chunks = [];
    const exitCode = await git.follow((chunk) => void chunks.push(chunk));
    return { stdout: Buffer.concat(chunks).toString("utf8"), stderr: git.stderr, exitCode };
}
function missingGitOrDirectory(cwd, error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/ENOENT|Unable to locate executable/i.test(message)) {
        return new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`could not run git in ${cwd}: ${message}. Is git installed and does the directory exist?`);
    }
    return error instanceof Error ? error : new Error(message);
}


/***/ }),

/***/ 1206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ TerminalReporter)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5341);

/** Prints to a terminal: progress to stderr so that stdout stays clean for --json. */
class TerminalReporter {
    out;
    verbose;
    secrets = [];
    summaries = [];
    constructor(out = process.stderr, verbose = false) {
        this.out = out;
        this.verbose = verbose;
    }
    print(text) {
        this.out.write(`${this.mask(text)}\n`);
    }
    mask(text) {
        let masked = text;
        for (const secret of this.secrets)
            masked = masked.split(secret).join("***");
        return masked;
    }
    info(message) {
        this.print(message);
    }
    debug(message) {
        if (this.verbose)
            this.print(`debug: ${message}`);
    }
    annotate(level, message, location) {
        const where = (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(location);
        this.print(`${level}: ${where ? `${where}: ` : ""}${message}`);
    }
    async group(title, body) {
        if (this.verbose)
            this.print(`== ${title}`);
        return body();
    }
    async summary(markdown) {
        this.summaries.push(this.mask(markdown));
    }
    /** The markdown collected for the summary (the CLI prints it when asked). */
    collectedSummary() {
        return this.summaries.join("\n");
    }
    secret(value) {
        if (value)
            this.secrets.push(value);
    }
}


/***/ }),

/***/ 1874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ InputFields)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5341);
/* harmony import */ var _version_metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9229);


const TRUE = /^(true|yes|1)$/i;
const FALSE = /^(false|no|0)$/i;
const PLAN_HASH = /^sha256:[0-9a-f]{64}$/;
const CHANNEL = /^[0-9A-Za-z-]+$/;
/**
 * Reads the raw inputs of an action or a CLI command the same way everywhere, collecting every
 * problem so they are all reported at once. An empty string means "not given", as in Actions.
 */
class InputFields {
    problems = [];
    problem(message) {
        this.problems.push(message);
    }
    text(value) {
        return value === undefined || value.trim() === "" ? undefined : value.trim();
    }
    /** true/false (also yes/no, 1/0); `auto` is undefined when allowed. */
    flag(name, value, options = {}) {
        if (value === undefined || value === "")
            return undefined;
        if (typeof value === "boolean")
            return value;
        const clean = value.trim();
        if (TRUE.test(clean))
            return true;
        if (FALSE.test(clean))
            return false;
        if (options.auto && /^auto$/i.test(clean))
            return undefined;
        this.problem(`${name} must be true${options.auto ? ", false or auto" : " or false"}, not '${value}'`);
        return undefined;
    }
    /** A SemVer version, `v` prefix and the seed's `+a+b` build metadata accepted. */
    version(name, value) {
        const clean = this.text(value);
        if (clean === undefined)
            return undefined;
        try {
            return (0,_version_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeVersionInput */ .m)(clean, name);
        }
        catch (error) {
            this.problem(error.message);
            return undefined;
        }
    }
    /** A pre-release channel id: alpha, beta, rc, or any identifier that is not a number. */
    channel(name, value) {
        const clean = this.text(value);
        if (clean === undefined)
            return undefined;
        if (CHANNEL.test(clean) && !/^\d+$/.test(clean))
            return clean;
        this.problem(`${name} must be an identifier such as alpha, beta or rc (letters, digits, hyphens), not '${clean}'`);
        return undefined;
    }
    planHash(name, value) {
        const clean = this.text(value);
        if (clean === undefined)
            return undefined;
        if (PLAN_HASH.test(clean))
            return clean;
        this.problem(`${name} must look like sha256:<64 hex digits>, not '${clean}'`);
        return undefined;
    }
    oneOf(name, value, allowed) {
        const clean = this.text(value);
        if (clean === undefined)
            return undefined;
        if (allowed.includes(clean))
            return clean;
        this.problem(`${name} must be one of ${allowed.join(", ")}, not '${clean}'`);
        return undefined;
    }
    /** One item per line (commas too, when `commas`), blanks dropped; a list is taken as it is. */
    list(value, options = {}) {
        if (value === undefined)
            return [];
        const items = typeof value === "string" ? value.split(options.commas ? /[\n,]/ : /\n/) : [...value];
        return items.map((item) => item.trim()).filter((item) => item !== "");
    }
    /** Throws one ConfigurationError listing every problem, when there is any. */
    check() {
        if (this.problems.length === 0)
            return;
        // The first line stands on its own; the others follow it, one per line.
        const count = this.problems.length - 1;
        const more = count > 0 ? ` (and ${count} more problem${count > 1 ? "s" : ""})` : "";
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${this.problems[0]}${more}`, undefined, [...this.problems]);
    }
}


/***/ }),

/***/ 1513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ applyPlan)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5341);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1070);


/**
 * The one applier: runs effects in order, skipping those already done. In dry-run it touches
 * nothing, not even the evidence; the plan itself is the report.
 */
async function applyPlan(plan, handlers, options) {
    const hash = (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planHash */ .SH)(plan);
    for (const effect of plan.effects) {
        if (!handlers[effect.kind])
            throw new Error(`no handler for effect kind '${effect.kind}' (effect ${effect.id})`);
    }
    const outcomes = plan.effects.map((effect) => ({ id: effect.id, kind: effect.kind, summary: effect.summary, status: "planned" }));
    const result = { planHash: hash, dryRun: options.dryRun, outcomes };
    if (options.dryRun)
        return result;
    if (options.expectedPlanHash && options.expectedPlanHash !== hash)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .StalePlanError */ .Z(options.expectedPlanHash, hash);
    for (const [index, effect] of plan.effects.entries()) {
        const handler = handlers[effect.kind];
        const outcome = outcomes[index];
        try {
            if (await handler.isDone(effect)) {
                outcome.status = "skipped";
                options.reporter.info(`already done: ${effect.summary}`);
            }
            else {
                await handler.run(effect);
                outcome.status = "done";
                options.reporter.info(`done: ${effect.summary}`);
            }
        }
        catch (error) {
            outcome.status = "failed";
            outcome.error = error instanceof Error ? error.message : String(error);
            await options.evidence?.(result);
            throw error;
        }
        await options.evidence?.(result);
    }
    return result;
}


/***/ }),

/***/ 1924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ep: () => (/* binding */ gitCommitHandler),
/* harmony export */   fq: () => (/* binding */ writeFileEffect),
/* harmony export */   u7: () => (/* binding */ writeFileHandler),
/* harmony export */   zo: () => (/* binding */ gitCommitEffect)
/* harmony export */ });
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1070);

/** Writes a file's new content; done when the file already holds exactly that. */
function writeFileEffect(path, content, summary) {
    return { kind: "write-file", id: `write-file:${path}`, summary, path, content, sha256: (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .sc)(content) };
}
function writeFileHandler(files) {
    return {
        async isDone(effect) {
            return (await files.read(String(effect.path))) === effect.content;
        },
        async run(effect) {
            await files.write(String(effect.path), String(effect.content));
        },
    };
}
/** Commits the given paths with a message; done when HEAD is already that commit with that content. */
function gitCommitEffect(paths, message) {
    return { kind: "git-commit", id: `git-commit:${message}`, summary: `commit ${paths.join(", ")}: "${message}"`, paths, message };
}
function gitCommitHandler(git) {
    return {
        async isDone(effect) {
            const paths = effect.paths;
            const head = await git.run(["log", "-1", "--format=%B"], { allowFailure: true });
            const changed = await git.run(["status", "--porcelain", "--", ...paths]);
            return head.stdout.trim() === String(effect.message) && changed.stdout.trim() === "";
        },
        async run(effect) {
            const paths = effect.paths;
            await git.run(["add", "--", ...paths]);
            await git.run(["commit", "--no-verify", "-m", String(effect.message), "--", ...paths]);
        },
    };
}


/***/ }),

/***/ 1070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ renderPlan),
/* harmony export */   SH: () => (/* binding */ planHash),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony export canonicalJsonHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** JSON with keys sorted at every level and no whitespace: one plan, one text, one hash. */
function canonicalJson(value) {
    const parts = [];
    writeCanonicalJson(value, (text) => parts.push(text));
    return parts.join("");
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(text).digest("hex");
}
/** `sha256:<hex>` of the plan's canonical JSON. */
function planHash(plan) {
    return `sha256:${canonicalJsonHash(plan)}`;
}
/**
 * sha256(canonicalJson(value)), with the text fed to the hash piece by piece as writeCanonicalJson
 * makes it: a plan that carries whole files (a CHANGELOG of 100k commits is megabytes) never
 * becomes one more string of them all.
 */
function canonicalJsonHash(value) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    writeCanonicalJson(value, (text) => hash.update(text));
    return hash.digest("hex");
}
/**
 * The canonical JSON of a value, in pieces: what `JSON.stringify` would write for a copy of the
 * value with its keys sorted (own enumerable keys of any object; undefined, functions and symbols
 * left out of objects and written as null in arrays).
 */
function writeCanonicalJson(value, write) {
    if (Array.isArray(value)) {
        write("[");
        // A plain loop: holes, undefined, functions and symbols in an array are written as null.
        for (let index = 0; index < value.length; index++) {
            if (index > 0)
                write(",");
            const item = value[index];
            if (leftOut(item))
                write("null");
            else
                writeCanonicalJson(item, write);
        }
        write("]");
        return;
    }
    if (value !== null && typeof value === "object") {
        write("{");
        let first = true;
        for (const key of keyOrder(value)) {
            const field = value[key];
            if (leftOut(field))
                continue;
            write(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
            first = false;
            writeCanonicalJson(field, write);
        }
        write("}");
        return;
    }
    write(JSON.stringify(value));
}
/**
 * The order the canonical JSON has always written an object's keys in, as `JSON.stringify` of a
 * key-sorted copy enumerated them: sorted, then integer-like keys such as "9" and "10" first, in
 * numeric order (as any object holding them enumerates them).
 */
function keyOrder(value) {
    const sorted = {};
    for (const key of Object.keys(value).sort())
        sorted[key] = true;
    return Object.keys(sorted);
}
const leftOut = (value) => value === undefined || typeof value === "function" || typeof value === "symbol";
/** The plan as markdown for the step summary and the terminal. */
function renderPlan(plan, hash) {
    const lines = [`**Plan** for ${plan.action} (\`${hash}\`)`, ""];
    if (plan.effects.length === 0)
        lines.push("Nothing to do.");
    plan.effects.forEach((effect, index) => lines.push(`${index + 1}. ${effect.summary}`));
    return lines.join("\n");
}


/***/ }),

/***/ 2171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ evidenceRecord),
/* harmony export */   x: () => (/* binding */ evidenceWriter)
/* harmony export */ });
/* harmony import */ var _adapters_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3845);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);


/**
 * The evidence of an apply, as the seed's `release_evidence` record (version, release_date,
 * released_by, provenance) with an `apply` block: every planned effect and what became of it.
 */
function evidenceRecord(context, result) {
    const versions = context.decisions.filter((decision) => decision.next).map((decision) => (decision.name === "." ? decision.next : `${decision.name}@${decision.next}`));
    return {
        release_evidence: {
            version: versions.length === 1 ? versions[0] : versions,
            release_date: context.clock.now().toISOString(),
            released_by: context.actor ?? process.env.GITHUB_ACTOR ?? process.env.USER ?? "unknown",
            provenance: {
                commit: context.head,
                branch: context.branch ?? null,
                build_id: process.env.GITHUB_RUN_ID ? `${process.env.GITHUB_RUN_ID}.${process.env.GITHUB_RUN_ATTEMPT ?? "1"}` : null,
            },
            apply: {
                action: context.plan.action,
                plan_hash: context.hash,
                dry_run: result.dryRun,
                effects: result.outcomes.map((outcome) => ({
                    id: outcome.id,
                    kind: outcome.kind,
                    summary: outcome.summary,
                    status: outcome.status,
                    ...(outcome.error ? { error: outcome.error } : {}),
                })),
            },
        },
    };
}
/** Writes the record atomically after every effect, so a crash leaves the last true state. */
function evidenceWriter(path, context) {
    return async (result) => {
        await (0,_adapters_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Z)(path, (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(evidenceRecord(context, result)));
    };
}


/***/ }),

/***/ 9721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ runVersionBump),
  A: () => (/* binding */ selectPackages)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/commits/read.ts + 2 modules
var read = __webpack_require__(4852);
// EXTERNAL MODULE: ./packages/core/src/config/load.ts + 5 modules
var load = __webpack_require__(6349);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/plan/apply.ts
var apply = __webpack_require__(1513);
// EXTERNAL MODULE: ./packages/core/src/plan/file-effects.ts
var file_effects = __webpack_require__(1924);
// EXTERNAL MODULE: ./packages/core/src/plan/plan.ts
var plan_plan = __webpack_require__(1070);
// EXTERNAL MODULE: ./packages/core/src/records/evidence.ts
var evidence = __webpack_require__(2171);
// EXTERNAL MODULE: ./packages/core/src/version/tags.ts
var version_tags = __webpack_require__(7477);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/core/src/commits/parse.ts
var parse = __webpack_require__(6571);
// EXTERNAL MODULE: ./packages/core/src/version/metadata.ts
var metadata = __webpack_require__(9229);
;// CONCATENATED MODULE: ./packages/core/src/version/next.ts


/** Below 1.0.0 a breaking change and a feature release what `preMajor` says. */
function adjustForPreMajor(level, base, preMajor) {
    if (!base || semver_default().major(base) !== 0)
        return level;
    if (level === "major")
        return preMajor.breaking;
    if (level === "minor")
        return preMajor.feature;
    return level;
}
/**
 * The next version, or undefined when nothing is to be released.
 *
 * On a channel the counter continues from what exists: when the last release of the line is a
 * pre-release of the same channel, the next is the higher of its increment and the bumped stable
 * version's first pre-release (`1.2.0-rc.1` → `1.2.0-rc.2`; after a breaking change `2.0.0-rc.1`).
 * A version already tagged elsewhere is never reused: the counter moves on.
 */
function nextVersion(input) {
    if (input.level === "none")
        return undefined;
    let version;
    let level = input.level;
    if (!input.channel) {
        if (!input.lastStable) {
            version = input.initialVersion;
        }
        else {
            level = adjustForPreMajor(level, input.lastStable, input.preMajor);
            if (level === "none")
                return undefined;
            version = semver_default().inc(input.lastStable, level);
        }
    }
    else {
        const previous = input.previous;
        const sameChannel = previous !== undefined && semver_default().prerelease(previous)?.[0] === input.channel;
        if (!previous) {
            version = `${input.initialVersion.split("-")[0]}-${input.channel}.1`;
        }
        else {
            level = adjustForPreMajor(level, input.lastStable ?? previous, input.preMajor);
            if (level === "none")
                return undefined;
            if (sameChannel) {
                const counted = semver_default().inc(previous, "prerelease", input.channel);
                const fromStable = input.lastStable ? `${semver_default().inc(input.lastStable, level)}-${input.channel}.1` : counted;
                version = semver_default().gt(fromStable, counted) ? fromStable : counted;
            }
            else {
                version = `${semver_default().inc(previous, level)}-${input.channel}.1`;
            }
        }
        version = afterTagged(version, input.channel, input.existing);
    }
    if (input.range && !semver_default().satisfies(version, input.range, { includePrerelease: true })) {
        throw new errors/* ConfigurationError */.j1(`the commits ask for a ${level} release (${version}), which is outside the maintenance line ${input.lineName ?? ""} (${input.range}). ` +
            "Only fixes belong on a maintenance line: release the change from the main line instead.");
    }
    if (!input.channel && input.existing.has(version)) {
        throw new errors/* ConfigurationError */.j1(`version ${version} is already tagged, but that tag is not in the history of HEAD. Fetch all tags and branches (fetch-depth: 0) or release from the line that holds it.`);
    }
    return { version, bump: bumpKind(input.previous ?? input.lastStable, version, input.channel), level };
}
/**
 * A channel's counter continues after the highest pre-release of the same version and channel
 * tagged anywhere (also on branches HEAD cannot reach), so a tagged version is never reused and
 * a new pre-release never sorts below an older one.
 */
function afterTagged(version, channel, existing) {
    const target = semver_default().parse(version);
    let highest;
    for (const tagged of existing) {
        const parsed = semver_default().parse(tagged);
        if (!parsed || parsed.prerelease[0] !== channel || `${parsed.major}.${parsed.minor}.${parsed.patch}` !== `${target.major}.${target.minor}.${target.patch}`)
            continue;
        if (!highest || semver_default().gt(parsed, highest))
            highest = parsed.version;
    }
    return highest && semver_default().gte(highest, version) ? semver_default().inc(highest, "prerelease", channel) : version;
}
/** How two versions differ, as the `bump` output names it. */
function bumpKind(previous, next, channel) {
    if (channel || semver_default().prerelease(next))
        return "prerelease";
    if (!previous)
        return semver_default().major(next) > 0 ? "major" : semver_default().minor(next) > 0 ? "minor" : "patch";
    const difference = semver_default().diff(previous, next);
    if (difference === null)
        return "none";
    if (difference === "major" || difference === "premajor")
        return "major";
    if (difference === "minor" || difference === "preminor")
        return "minor";
    return "patch";
}
/** The SemVer range of a maintenance line, read from its name: `1.x`, `1.4.x`, `release/v1.4`, `hotfix/1.4`, `release/v1.4.2`. */
function rangeFromLineName(name) {
    // The last version-like part of the name; a patch number or pre-release after it still names the minor line.
    const match = /(?:^|[^\d.])v?(\d+)(?:\.(\d+|x))?(?:\.(?:\d+|x))?(?:-[0-9A-Za-z.-]+)?$/.exec(name.replace(/\/$/, ""));
    if (!match)
        return undefined;
    const major = Number(match[1]);
    if (match[2] === undefined || match[2] === "x")
        return `>=${major}.0.0 <${major + 1}.0.0`;
    const minor = Number(match[2]);
    return `>=${major}.${minor}.0 <${major}.${minor + 1}.0`;
}

// EXTERNAL MODULE: ./packages/core/src/version/reverts.ts
var reverts = __webpack_require__(9805);
// EXTERNAL MODULE: ./packages/core/src/version/rules.ts
var rules = __webpack_require__(1621);
// EXTERNAL MODULE: ./packages/core/src/version/types.ts
var types = __webpack_require__(351);
;// CONCATENATED MODULE: ./packages/core/src/version-bump/decide.ts









function resolveLine(branches, branch, prereleaseInput) {
    if (branches.length === 0)
        return { ...(branch ? { branch } : {}), ...(prereleaseInput ? { channel: prereleaseInput } : {}) };
    if (!branch) {
        throw new errors/* ConfigurationError */.j1("HEAD is detached and no branch was named, so the release line is unknown. Check out the release branch, or pass the branch (input `branch`, CLI `--branch`).");
    }
    const line = branches.find((candidate) => candidate.name === branch || picomatch_default().isMatch(branch, candidate.name));
    if (!line) {
        throw new errors/* ConfigurationError */.j1(`branch '${branch}' is not a release line; the configured lines are: ${branches.map((candidate) => candidate.name).join(", ")}`);
    }
    const range = line.range ?? (line.maintenance ? rangeFromLineName(branch) : undefined);
    const channel = prereleaseInput ?? line.prerelease;
    return { branch, ...(channel ? { channel } : {}), ...(range ? { range } : {}) };
}
/** Pure: the next version of one package from its commits and tags. */
function decidePackage(input) {
    const { config, pkg, line } = input;
    const all = input.parsed ?? input.commits.map(parse/* parseCommit */.L5);
    const previous = input.base?.version.version;
    // A release commit of the tool above the last tag (release-please's merged release PR) is a
    // release still to be tagged: only the commits after it are new.
    const pending = config.releaseCommitPattern && !line.channel ? pendingRelease(all, previous, config.releaseCommitPattern) : undefined;
    const parsed = pending ? all.slice(0, pending.index) : all;
    const { kept, cancelled } = (0,reverts/* cancelReverts */.O)(parsed, config.reverts);
    const ruling = (0,rules/* commitRuling */.Hv)(config);
    const rulings = kept.map(ruling);
    let asked = "none";
    for (const { level } of rulings)
        asked = (0,types/* higher */.u)(asked, level);
    // `minimum-bump`: with any commit that still counts (reverted pairs cancel), the release is at least this (release-please's "at least a patch").
    const level = kept.length > 0 && !pending ? (0,types/* higher */.u)(asked, config.minimumBump) : asked;
    const decisive = [];
    if (level !== "none") {
        for (let index = 0; index < kept.length; index++) {
            const { level: asks, reason } = rulings[index];
            if (asks === level)
                decisive.push({ commit: kept[index], level, reason });
        }
    }
    const from = pending?.version ?? previous;
    const decision = {
        name: pkg.name,
        path: pkg.path,
        tagPrefix: pkg.tagPrefix,
        ...(previous ? { previous, previousTag: input.base.name } : {}),
        bump: "none",
        level,
        commitCount: input.commits.length,
        decisive,
        kept,
        cancelledReverts: cancelled,
    };
    if (level !== asked)
        decision.override = `minimum-bump (${config.minimumBump}): no commit asks for more`;
    // A Release-As footer counts only while its commit does: a reverted one asks for nothing.
    const forced = input.releaseAs ?? releaseAsFrom(kept, from) ?? config.releaseAs;
    let next;
    if (forced !== undefined) {
        next = (0,metadata/* normalizeVersionInput */.m)(forced, "release-as");
        if (from && !semver_default().gt(next, from)) {
            if (input.releaseAs)
                throw new errors/* ConfigurationError */.j1(`release-as ${next} is not above the previous release ${from}`);
            next = undefined; // a Release-As footer already honoured by an earlier release
        }
        else {
            decision.override = input.releaseAs ? "release-as input" : config.releaseAs === forced ? "release-as in configuration" : "Release-As footer";
            if (input.existing.has(semver_default().parse(next).version)) {
                throw new errors/* ConfigurationError */.j1(`the ${decision.override} asks for ${next}, which is already tagged (not in the history of HEAD); a released version is never reused`);
            }
            decision.bump = bumpKind(previous, next);
        }
    }
    if (next === undefined && pending && !input.bump && level === "none") {
        // Nothing after the release commit asks for more: its version is the release, still to be tagged.
        next = pending.version;
        decision.override = `release commit '${pending.header}', not tagged yet`;
        decision.bump = bumpKind(previous, next);
    }
    if (next === undefined) {
        const wanted = input.bump ?? level;
        if (input.bump)
            decision.override = `bump input (${input.bump})`;
        else if (pending)
            decision.override = `release commit '${pending.header}', not tagged: ${pending.version} is the previous release`;
        const lastStable = pending?.version ?? input.lastStable?.version.version;
        const result = nextVersion({
            ...(from ? { previous: from } : {}),
            ...(lastStable ? { lastStable } : {}),
            level: wanted,
            ...(line.channel ? { channel: line.channel } : {}),
            existing: input.existing,
            initialVersion: config.initialVersion,
            // A bump input says exactly what to release: `major` on 0.x releases 1.0.0.
            preMajor: input.bump ? { breaking: "major", feature: "minor" } : config.preMajor,
            ...(line.range ? { range: line.range } : {}),
            ...(line.branch ? { lineName: line.branch } : {}),
        });
        if (result) {
            next = result.version;
            decision.bump = result.bump;
            decision.level = result.level;
            const promoted = line.channel || input.bump ? undefined : promotion(input.reachable, lastStable, next, input.existing);
            if (promoted) {
                next = promoted.version;
                decision.bump = bumpKind(from, next);
                decision.override = `promotion of ${promoted.from}`;
            }
        }
    }
    if (next !== undefined) {
        decision.next = (0,metadata/* withBuildMetadata */.i)(next, config.buildMetadata);
        decision.tag = `${pkg.tagPrefix}${decision.next.split("+")[0]}`;
    }
    return decision;
}
/**
 * The newest commit whose header is the tool's release commit (`releaseCommitPattern`, with
 * `{version}` for the version) for a version above the previous release: a release made but not
 * tagged. Its index in the commits (newest first) and its version.
 */
function pendingRelease(commits, previous, pattern) {
    const expression = releaseCommitExpression(pattern);
    for (const [index, commit] of commits.entries()) {
        // A commit with a Release-As footer asks for a release; it is not one.
        if (commit.releaseAs)
            continue;
        const version = semver_default().valid(expression.exec(commit.header)?.[1] ?? "");
        if (version && !semver_default().prerelease(version) && (!previous || semver_default().gt(version, previous)))
            return { index, version, header: commit.header };
    }
    return undefined;
}
const expressions = new Map();
/** `chore{scope}: release{component} {version}` → a header pattern; GitHub's ` (#N)` may follow. */
function releaseCommitExpression(pattern) {
    let expression = expressions.get(pattern);
    if (!expression) {
        const source = pattern
            .split(/(\{(?:version|scope|component|branch)\})/)
            .map((part) => {
            if (part === "{version}")
                return "v?(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?)";
            if (part === "{scope}")
                return "(?:\\([^()]*\\))?";
            if (part === "{component}")
                return "(?: \\S+)?";
            if (part === "{branch}")
                return "\\S*";
            return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        })
            .join("");
        expression = new RegExp(`^${source}(?:\\s*\\(#\\d+\\))?$`);
        expressions.set(pattern, expression);
    }
    return expression;
}
/**
 * A stable release on a line whose history holds pre-releases above the last stable version
 * promotes the highest of them: after `1.2.0-rc.3`, the release is at least `1.2.0`, even when
 * the commits since `1.1.0` alone would ask for less (an rc cut with a bump input).
 */
function promotion(reachable, lastStable, next, existing) {
    const candidate = reachable.find((tag) => tag.version.prerelease.length > 0 && (!lastStable || semver_default().gt(tag.version, lastStable)));
    if (!candidate)
        return undefined;
    const plain = `${candidate.version.major}.${candidate.version.minor}.${candidate.version.patch}`;
    return semver_default().gt(plain, next) && !existing.has(plain) ? { version: plain, from: candidate.version.version } : undefined;
}
/** The newest `Release-As:` footer in the range that is above the previous release. */
function releaseAsFrom(commits, previous) {
    for (const commit of commits) {
        if (!commit.releaseAs)
            continue;
        const cleaned = readableVersion(commit.releaseAs);
        if (cleaned && (!previous || semver_default().gt(cleaned, previous)))
            return cleaned;
    }
    return undefined;
}
// A footer that is not a version is not a request (as release-please reads it); the seed's `+a+b` form is one.
function readableVersion(text) {
    try {
        return (0,metadata/* normalizeVersionInput */.m)(text, "Release-As");
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/core/src/manifests/json-text.ts
/**
 * Finds where a string value sits in a JSON text, so that a version can be replaced in place and
 * everything else (key order, inline arrays, escapes, indentation, line endings) stays as written.
 * The text must already be valid JSON (the caller has parsed it).
 */
function locateJsonString(text, path) {
    let position = 0;
    const skipSpace = () => {
        while (position < text.length && /\s/.test(text[position]))
            position++;
    };
    const readString = () => {
        const start = position;
        position++;
        while (text[position] !== '"')
            position += text[position] === "\\" ? 2 : 1;
        position++;
        return JSON.parse(text.slice(start, position));
    };
    // Skips any value; returns the range of the value when `depth` has reached the end of the path.
    const value = (depth) => {
        skipSpace();
        const char = text[position];
        const wanted = depth < path.length ? path[depth] : undefined;
        if (char === "{") {
            position++;
            let found;
            for (;;) {
                skipSpace();
                if (text[position] === "}")
                    break;
                const key = readString();
                skipSpace();
                position++; // ':'
                const hit = value(key === wanted && depth < path.length ? depth + 1 : Number.POSITIVE_INFINITY);
                found ??= hit;
                skipSpace();
                if (text[position] === ",")
                    position++;
            }
            position++;
            return found;
        }
        if (char === "[") {
            position++;
            let found;
            for (let index = 0;; index++) {
                skipSpace();
                if (text[position] === "]")
                    break;
                const hit = value(index === wanted && depth < path.length ? depth + 1 : Number.POSITIVE_INFINITY);
                found ??= hit;
                skipSpace();
                if (text[position] === ",")
                    position++;
            }
            position++;
            return found;
        }
        const start = position;
        if (char === '"')
            readString();
        else
            while (position < text.length && !/[\s,\]}]/.test(text[position]))
                position++;
        return depth === path.length && char === '"' ? { start, end: position } : undefined;
    };
    return value(0);
}

;// CONCATENATED MODULE: ./packages/core/src/manifests/update.ts



const SEMVER_TOKEN = /\bv?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?\b/;
/** The file's text with the version written in; pure, so dry-run and apply see the same result. */
function updateManifest(manifest, text, version) {
    switch (manifest.kind) {
        case "package-json":
            return updateJson(manifest.path, text, (value) => {
                setPath(value, ["version"], version, manifest.path);
            });
        case "json":
            return updateJson(manifest.path, text, (value) => setPath(value, splitPath(manifest.jsonPath), version, manifest.path));
        case "yaml":
            return updateYaml(manifest.path, text, splitPath(manifest.yamlPath), version);
        case "marker":
            return updateMarkedLines(manifest.path, text, manifest.marker, version);
    }
}
/** The lockfile's own version fields: the root and this package's entry under `packages`. */
function updateLockfile(path, text, version, packagePath) {
    return updateJson(path, text, (value) => {
        const lock = value;
        const key = packagePath === "." ? "" : packagePath;
        if (key === "" && typeof lock.version === "string")
            lock.version = version;
        const entry = lock.packages?.[key];
        if (entry && typeof entry.version === "string")
            entry.version = version;
    });
}
function updateJson(path, text, change) {
    let before;
    let value;
    try {
        before = JSON.parse(text);
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`is not valid JSON, so its version cannot be updated: ${error.message}`, { file: path });
    }
    change(value);
    // Replace only the strings that changed, where they stand; re-serialize only when a key was added.
    const edits = [];
    if (changedStrings(before, value, [], edits)) {
        let output = text;
        for (const at of edits) {
            const range = locateJsonString(output, at);
            output = output.slice(0, range.start) + JSON.stringify(readPath(value, at)) + output.slice(range.end);
        }
        return output;
    }
    const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? "  ";
    const newline = text.includes("\r\n") ? "\r\n" : "\n";
    let output = JSON.stringify(value, null, indent);
    if (newline !== "\n")
        output = output.replace(/\n/g, newline);
    return text.endsWith("\n") ? output + newline : output;
}
/** Collects the paths of string values that differ; false when anything else about the shape differs. */
function changedStrings(before, after, at, edits) {
    if (typeof before === "string" && typeof after === "string") {
        if (before !== after)
            edits.push(at);
        return true;
    }
    if (before && after && typeof before === "object" && typeof after === "object") {
        const keys = Object.keys(after);
        if (Array.isArray(before) !== Array.isArray(after) || keys.length !== Object.keys(before).length)
            return false;
        return keys.every((key) => key in before && changedStrings(before[key], after[key], [...at, Array.isArray(after) ? Number(key) : key], edits));
    }
    return before === after;
}
function readPath(value, path) {
    return path.reduce((node, key) => node[key], value);
}
function splitPath(path) {
    return path
        .replace(/^\$\.?/, "")
        .split(/\.|\[(\d+)\]/)
        .filter((part) => part !== undefined && part !== "")
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
function setPath(root, path, version, file) {
    let node = root;
    for (let index = 0; index < path.length - 1; index++) {
        const next = node?.[path[index]];
        if (!next || typeof next !== "object")
            throw new errors/* ConfigurationError */.j1(`has no ${path.slice(0, index + 1).join(".")} to hold the version`, { file });
        node = next;
    }
    if (!node || typeof node !== "object")
        throw new errors/* ConfigurationError */.j1("is not a JSON object", { file });
    const key = path[path.length - 1];
    if (key !== "version" && typeof node[key] !== "string") {
        throw new errors/* ConfigurationError */.j1(`has no string at ${path.join(".")} to replace with the version`, { file });
    }
    node[key] = version;
}
function updateYaml(path, text, keys, version) {
    const document = (0,dist/* parseDocument */.Tp)(text);
    if (document.errors.length > 0)
        throw new errors/* ConfigurationError */.j1(`is not valid YAML: ${document.errors[0].message.split("\n")[0]}`, { file: path });
    const node = document.getIn(keys, true);
    if (!(0,dist/* isScalar */.jn)(node) || !node.range)
        throw new errors/* ConfigurationError */.j1(`has no value at ${keys.join(".")} to replace with the version`, { file: path });
    // Only the scalar's own characters change, in the quoting it had: comments and layout stay as written.
    const [start, end] = node.range;
    const written = node.type === "QUOTE_DOUBLE" ? JSON.stringify(version) : node.type === "QUOTE_SINGLE" ? `'${version}'` : version;
    return text.slice(0, start) + written + text.slice(end);
}
function updateMarkedLines(path, text, marker, version) {
    let found = 0;
    const lines = text.split("\n").map((line) => {
        if (!line.includes(marker))
            return line;
        const match = SEMVER_TOKEN.exec(line);
        if (!match)
            return line;
        found++;
        const keepV = match[0].startsWith("v") ? "v" : "";
        return line.slice(0, match.index) + keepV + version + line.slice(match.index + match[0].length);
    });
    if (found === 0)
        throw new errors/* ConfigurationError */.j1(`has no line with the marker '${marker}' and a version on it`, { file: path });
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./packages/core/src/version-bump/plan.ts




const LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json"];
/**
 * The files version-bump would touch for a package: its manifests (by default its package.json,
 * skipped when missing; configured ones must exist), and the root lockfiles next to a package.json.
 */
function manifestPaths(pkg) {
    const defaulted = pkg.manifests.length === 0;
    const manifests = defaulted ? [{ path: pkg.path === "." ? "package.json" : `${pkg.path}/package.json`, kind: "package-json" }] : pkg.manifests;
    const usesPackageJson = manifests.some((manifest) => manifest.kind === "package-json");
    return { manifests, optional: defaulted, lockfiles: usesPackageJson ? [...LOCKFILES] : [] };
}
/** Pure: the effects of version-bump. Tags and pushes are publish's, after the gates. */
function planVersionBump(input) {
    const effects = [];
    const touched = [];
    const pending = new Map();
    const read = (path) => (pending.has(path) ? pending.get(path) : input.texts.get(path));
    for (const decision of input.decisions) {
        if (!decision.next)
            continue;
        const pkg = input.packages.find((candidate) => candidate.name === decision.name);
        const { manifests, optional, lockfiles } = manifestPaths(pkg);
        for (const manifest of manifests) {
            const text = read(manifest.path);
            if (text === undefined) {
                if (optional)
                    continue;
                throw new errors/* ConfigurationError */.j1(`the manifest ${manifest.path} named in the configuration does not exist`, { file: manifest.path });
            }
            pending.set(manifest.path, updateManifest(manifest, text, decision.next));
        }
        if (manifests.some((manifest) => manifest.kind === "package-json" && read(manifest.path) !== undefined)) {
            for (const lockfile of lockfiles) {
                const text = read(lockfile);
                if (text !== undefined)
                    pending.set(lockfile, updateLockfile(lockfile, text, decision.next, pkg.path));
            }
        }
    }
    // A file that already holds the new content stays in the plan: apply reports it as already done.
    for (const [path, content] of pending) {
        const versions = input.decisions.filter((decision) => decision.next).map((decision) => decision.next);
        effects.push((0,file_effects/* writeFileEffect */.fq)(path, content, `write ${versions.join(", ")} into ${path}`));
        touched.push(path);
    }
    const released = input.decisions.filter((decision) => decision.next);
    if (input.releaseCommit.enabled && touched.length > 0) {
        const names = released.map((decision) => (input.decisions.length > 1 ? `${decision.name}@${decision.next}` : decision.next)).join(", ");
        const paths = [...touched, ...(input.extraCommitPaths ?? []).filter((path) => !touched.includes(path))];
        effects.push((0,file_effects/* gitCommitEffect */.zo)(paths, input.releaseCommit.message.replace(/\{version\}/g, names)));
    }
    const fileDigests = {};
    for (const [path, text] of input.texts)
        fileDigests[path] = text === undefined ? null : (0,plan_plan/* sha256 */.sc)(text);
    return {
        action: "version-bump",
        formatVersion: 1,
        observations: {
            head: input.head,
            branch: input.branch ?? null,
            files: fileDigests,
            extraCommitPaths: [...(input.extraCommitPaths ?? [])],
            releases: released.map((decision) => ({ package: decision.name, previous: decision.previous ?? null, next: decision.next, tag: decision.tag })),
        },
        effects,
    };
}

// EXTERNAL MODULE: ./packages/core/src/version-bump/repository.ts
var version_bump_repository = __webpack_require__(8893);
;// CONCATENATED MODULE: ./packages/core/src/version-bump/run.ts













/** version-bump from start to end: observe, decide, plan, and (unless dry-run) apply. */
async function runVersionBump(ports, inputs, loaded) {
    const { git, files, reporter } = ports;
    // The repository's state, the configuration and the tags are independent: read them at once.
    // `loaded`: the configuration a caller has already read (the changelog), not read twice.
    const [repository, config, allTags] = await (0,version_bump_repository/* allInOrder */.bb)([
        (0,version_bump_repository/* inspectRepository */.Fl)(git, inputs.branch),
        loaded ? Promise.resolve(loaded) : (0,load/* loadConfig */.Z)(files, inputs.configPath ? { configPath: inputs.configPath } : {}),
        (0,version_tags/* listTags */.cB)(git),
    ]);
    for (const notice of config.source.notices)
        reporter.annotate("notice", notice.message, notice.location);
    if (config.source.kind !== "defaults")
        reporter.info(`configuration: ${config.source.files.join(", ")} (${config.source.kind})`);
    const line = resolveLine(config.versioning.branches, repository.branch, inputs.prerelease);
    const packages = selectPackages(config, inputs.package);
    const tags = { all: allTags };
    const decisions = [];
    for (const pkg of packages) {
        decisions.push(await decideFor(ports, config, pkg, line, tags, inputs, packages.length > 1 || pkg.path !== "."));
    }
    const texts = new Map();
    for (const pkg of packages) {
        const { manifests, lockfiles } = manifestPaths(pkg);
        for (const path of [...manifests.map((manifest) => manifest.path), ...lockfiles])
            if (!texts.has(path))
                texts.set(path, await files.read(path));
    }
    if (tags.reachable?.length === 0 && (await (0,version_bump_repository/* hasRemote */.F6)(git)))
        warnIfTagsMissing(decisions, texts, reporter);
    const releaseCommit = { ...config.versioning.releaseCommit, ...(inputs.releaseCommit !== undefined ? { enabled: inputs.releaseCommit } : {}) };
    const extraCommitPaths = releaseCommit.enabled ? await changedPaths(git, config.versioning.releaseCommit.include) : [];
    const plan = planVersionBump({ head: repository.head, ...(line.branch ? { branch: line.branch } : {}), decisions, packages, texts, releaseCommit, extraCommitPaths });
    const hash = (0,plan_plan/* planHash */.SH)(plan);
    const evidenceDir = ports.evidenceDir ?? (0,external_node_path_.join)(repository.gitDir, "cadence", "evidence");
    const evidencePath = (0,external_node_path_.join)(evidenceDir, `version-bump-${hash.slice(7, 19)}.yaml`);
    const applied = await (0,apply/* applyPlan */.g)(plan, { "write-file": (0,file_effects/* writeFileHandler */.u7)(files), "git-commit": (0,file_effects/* gitCommitHandler */.ep)(git) }, {
        dryRun: inputs.dryRun,
        ...(inputs.planHash ? { expectedPlanHash: inputs.planHash } : {}),
        reporter,
        evidence: (0,evidence/* evidenceWriter */.x)(evidencePath, { plan, hash, head: repository.head, branch: line.branch, decisions, clock: ports.clock }),
    });
    return { packages: decisions, line, head: repository.head, plan, planHash: hash, applied, config, ...(inputs.dryRun || plan.effects.length === 0 ? {} : { evidencePath }) };
}
/** The packages to release: all that are configured (or the repository as one), or the one named. */
function selectPackages(config, wanted) {
    const configured = config.versioning.packages;
    const all = configured.length > 0 ? configured : [{ name: ".", path: ".", tagPrefix: config.versioning.tagPrefix, manifests: [] }];
    if (!wanted)
        return all;
    const found = all.filter((pkg) => pkg.name === wanted);
    if (found.length === 0)
        throw new errors/* ConfigurationError */.j1(`there is no package '${wanted}'; the configured packages are: ${all.map((pkg) => pkg.name).join(", ")}`);
    return found;
}
async function decideFor(ports, config, pkg, line, tags, inputs, filterByPath) {
    // Which tags HEAD contains and the commits since the release come from one walk of the history:
    // read from the release all the tags point to, then learn from those commits whether HEAD
    // contains it (tagsContainedIn). Read again only when it does not (a release on another branch).
    let guessed;
    if (!tags.reachable) {
        const guess = releaseBase(tags.all, pkg, line).base;
        if (guess) {
            // Asked at once, while git log walks: which tags the release's history holds. A failure
            // surfaces only if the answer is used (tagsContainedIn may need another question instead).
            const early = (0,version_tags/* tagsMergedInto */.KJ)(ports.git, [guess.sha]);
            early.catch(() => undefined);
            guessed = { from: guess.sha, parsed: await (0,read/* readConventionalCommits */.dx)(ports.git, { from: guess.sha, to: "HEAD" }) };
            tags.reachable = await (0,version_tags/* tagsContainedIn */.MG)(ports.git, tags.all, { from: guess.sha, commits: guessed.parsed.map((commit) => commit.raw), mergedIntoFrom: early });
        }
        else {
            tags.reachable = (await (0,version_tags/* readTags */.g$)(ports.git)).reachable;
        }
    }
    const reachable = (0,version_tags/* versionTags */.OP)(tags.reachable, pkg.tagPrefix);
    if (reachable.ignored.length > 0) {
        ports.reporter.annotate("notice", `ignored tags that are not versions: ${reachable.ignored.slice(0, 10).join(", ")}${reachable.ignored.length > 10 ? ", ..." : ""}`);
        if (reachable.versions.length === 0 && reachable.ignored.length > 0) {
            throw new errors/* ConfigurationError */.j1(`no tag is a version: found ${reachable.ignored.slice(0, 5).join(", ")} with prefix '${pkg.tagPrefix}', none of them MAJOR.MINOR.PATCH. Set versioning.tag-prefix to match your tags.`);
        }
    }
    if (reachable.versions.length === 0 && !filterByPath)
        refuseOtherPrefix(tags.reachable, pkg.tagPrefix);
    const { inRange, lastStable, base } = releaseBase(tags.reachable, pkg, line);
    const range = { ...(base ? { from: base.sha } : {}), to: "HEAD" };
    let parsed = guessed && guessed.from === base?.sha ? guessed.parsed : await (0,read/* readConventionalCommits */.dx)(ports.git, range);
    if (filterByPath && pkg.path !== ".") {
        const touching = await (0,read/* commitsTouching */.aS)(ports.git, range, [pkg.path]);
        parsed = parsed.filter((commit) => touching.has(commit.raw.sha));
    }
    const existing = new Set((0,version_tags/* versionTags */.OP)(tags.all, pkg.tagPrefix).versions.map((tag) => tag.version.version));
    return decidePackage({
        pkg,
        config: config.versioning,
        line,
        reachable: inRange,
        ...(base ? { base } : {}),
        ...(lastStable ? { lastStable } : {}),
        commits: parsed.map((commit) => commit.raw),
        parsed,
        existing,
        ...(inputs.releaseAs ? { releaseAs: inputs.releaseAs } : {}),
        ...(inputs.bump ? { bump: inputs.bump } : {}),
    });
}
/**
 * Release tags written with another prefix (`release-1.4.2` while the prefix is `v`) would make
 * this look like a first release and start again at the initial version: say so instead.
 */
function refuseOtherPrefix(tags, prefix) {
    const found = tags.map((tag) => ({ name: tag.name, match: /^(.*?)v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/.exec(tag.name) })).find((tag) => tag.match && semver_default().valid(tag.match[2]));
    if (!found)
        return;
    const suggested = found.name.slice(0, found.name.length - found.match[2].length);
    throw new errors/* ConfigurationError */.j1(`no release tag starts with the prefix '${prefix}', but the tag ${found.name} looks like a release. Set versioning.tag-prefix to '${suggested}' in .github/cadence.yml (or tag with the prefix '${prefix}').`);
}
/** The release a package's next version builds on, among the given tags (highest on the line). */
function releaseBase(tags, pkg, line) {
    const versions = (0,version_tags/* versionTags */.OP)(tags, pkg.tagPrefix).versions;
    const inRange = line.range ? versions.filter((tag) => versionInRange(tag, line.range)) : versions;
    const { previous, lastStable } = (0,version_tags/* latestOnLine */.XP)(inRange, line.channel);
    const base = line.channel ? previous : lastStable;
    return { inRange, ...(lastStable ? { lastStable } : {}), ...(base ? { base } : {}) };
}
// A maintenance line sees only its own versions as its previous releases.
function versionInRange(tag, range) {
    return semver_default().satisfies(tag.version, range, { includePrerelease: true });
}
function warnIfTagsMissing(decisions, texts, reporter) {
    const manifest = texts.get("package.json");
    if (!manifest)
        return;
    let version;
    try {
        version = JSON.parse(manifest).version;
    }
    catch {
        return;
    }
    // 1.0.0 and 0.1.0 are what `npm init` and fresh projects start with; anything above has been released before.
    const released = typeof version === "string" && semver_default().valid(version) && !semver_default().prerelease(version) && semver_default().gt(version, semver_default().major(version) === 0 ? "0.1.0" : "1.0.0");
    if (released && decisions.every((decision) => !decision.previous)) {
        throw new errors/* ConfigurationError */.j1(`no release tags were found, but package.json says ${version}: this looks like a clone without tags. ` +
            "With actions/checkout set `fetch-depth: 0` (it fetches tags); locally run `git fetch --tags`.");
    }
}
/** Which of the paths (files or folders) have uncommitted changes, new files included. */
async function changedPaths(git, paths) {
    if (paths.length === 0)
        return [];
    const { stdout } = await git.run(["status", "--porcelain", "--untracked-files=all", "--", ...paths]);
    return paths.filter((path) => stdout.split("\n").some((line) => {
        const file = line.slice(3);
        return file === path || file.startsWith(`${path.replace(/\/+$/, "")}/`);
    }));
}


/***/ }),

/***/ 9805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ cancelReverts)
/* harmony export */ });
/* harmony import */ var _commits_header_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9391);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7477);


/**
 * Cancels each revert against the commit it reverts when both are in the range. Commits come
 * newest first, so a revert of a revert cancels the later revert and the original stays.
 */
function cancelReverts(commits, policy) {
    if (!policy.cancelPairs || !commits.some((commit) => commit.revert))
        return { kept: [...commits], cancelled: [] };
    // One mark per commit rather than a Set: the last step asks about every commit of the range.
    const removed = new Uint8Array(commits.length);
    const cancelled = [];
    const candidates = candidateFinder(commits, policy);
    for (let index = 0; index < commits.length; index++) {
        const revert = commits[index].revert;
        if (!revert || removed[index])
            continue;
        for (const older of candidates(revert, index)) {
            if (removed[older])
                continue;
            if (reverts(revert, commits[older], policy)) {
                removed[index] = 1;
                removed[older] = 1;
                cancelled.push({ revert: commits[index], reverted: commits[older] });
                break;
            }
        }
    }
    return { kept: commits.filter((_, index) => removed[index] === 0), cancelled };
}
const SHA_KEY = 7;
/**
 * The older commits that could be what a revert reverts, in the order of `commits`: those whose
 * sha starts like a named one or whose header is a reverted header. Only what the reverts name is
 * indexed, in one pass, so a range of 100k commits with hundreds of reverts stays linear (and
 * allocates next to nothing) instead of comparing every revert with every commit; `reverts`
 * still has the last word on each candidate.
 */
function candidateFinder(commits, policy) {
    const reverts = commits.flatMap((commit) => (commit.revert ? [commit.revert] : []));
    // An abbreviation shorter than the key cannot be looked up: such a revert considers every commit.
    const bySha = new Map(reverts.flatMap((revert) => (revert.sha && revert.sha.length >= SHA_KEY ? [[revert.sha.slice(0, SHA_KEY), []]] : [])));
    const byHeader = new Map(policy.pairing === "exact" ? [] : reverts.map((revert) => [revert.header, []]));
    // Hashing 100k headers for the lookup would cost more than the rest of the pairing: a number made
    // of a header's length and end characters rules out nearly all of them first.
    const headerKeys = new Set([...byHeader.keys()].map(headerKey));
    // The same for shas (shaKey: four characters as a number) before a substring is cut.
    const shaKeys = new Set([...bySha.keys()].map(_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .shaKey */ .kR));
    commits.forEach((commit, index) => {
        const sha = commit.raw.sha;
        if (shaKeys.has((0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .shaKey */ .kR)(sha)))
            bySha.get(sha.slice(0, SHA_KEY))?.push(index);
        if (byHeader.size === 0)
            return;
        const header = plain(commit.header) ? commit.header : (0,_commits_header_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeHeader */ .jZ)(commit.header);
        if (headerKeys.has(headerKey(header)))
            byHeader.get(header)?.push(index);
    });
    return (revert, index) => {
        if (revert.sha !== undefined && revert.sha.length < SHA_KEY)
            return range(index + 1, commits.length);
        const found = [...(revert.sha ? bySha.get(revert.sha.slice(0, SHA_KEY)) : []), ...(byHeader.get(revert.header) ?? [])];
        return [...new Set(found.filter((older) => older > index))].sort((a, b) => a - b);
    };
}
const headerKey = (text) => (text.length * 0x10000 + text.charCodeAt(0)) * 0x10000 + text.charCodeAt(text.length - 1);
/** A header normalizeHeader would leave as it is (no quotes, ` (#N)` or spaces at its ends): most of them. */
function plain(header) {
    if (header === "")
        return false;
    const first = header.charCodeAt(0);
    const last = header.charCodeAt(header.length - 1);
    return first !== QUOTE && last !== QUOTE && last !== CLOSING_PARENTHESIS && !(0,_commits_header_js__WEBPACK_IMPORTED_MODULE_1__/* .space */ .xe)(first) && !(0,_commits_header_js__WEBPACK_IMPORTED_MODULE_1__/* .space */ .xe)(last);
}
const QUOTE = 0x22;
const CLOSING_PARENTHESIS = 0x29;
function* range(from, to) {
    for (let index = from; index < to; index++)
        yield index;
}
function reverts(revert, candidate, policy) {
    const shaMatches = revert.sha !== undefined && candidate.raw.sha.startsWith(revert.sha);
    if (policy.pairing === "exact") {
        // As semantic-release does: the header as written and the sha must both match.
        return shaMatches && revert.exactHeader === candidate.header;
    }
    if (shaMatches)
        return true;
    return revert.header !== "" && revert.header === (0,_commits_header_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeHeader */ .jZ)(candidate.header);
}


/***/ }),

/***/ 1621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ commitRuling),
/* harmony export */   mk: () => (/* binding */ compileRule)
/* harmony export */ });
/* unused harmony exports describeRule, judgeCommit, commitJudge */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(351);


/** A rule field's pattern as a test: exact text, a glob, or a `/regular expression/`. */
function matcher(pattern) {
    if (/^\/.*\/$/.test(pattern)) {
        const expression = new RegExp(pattern.slice(1, -1));
        return (text) => expression.test(text);
    }
    // Commit text is not a path: `bash` lets a single `*` cross `/` (`chore(deps/dev)`, `update src/app.ts`).
    if (/[*?[\]{}()!+@]/.test(pattern))
        return picomatch__WEBPACK_IMPORTED_MODULE_0___default()(pattern, { dot: true, bash: true });
    return (text) => text === pattern;
}
/**
 * A rule's patterns compiled once, for the many commits of a range (version rules here, the
 * changelog's section rules in changelog/entries.ts).
 */
function compileRule(rule) {
    const type = rule.type === undefined ? undefined : matcher(rule.type);
    const scope = rule.scope === undefined ? undefined : matcher(rule.scope);
    const subject = rule.subject === undefined ? undefined : matcher(rule.subject);
    return (commit, breaking, commitType) => !(rule.breaking && !breaking) &&
        !(rule.revert && !commit.revert) &&
        (type === undefined || (commitType !== undefined && type(commitType))) &&
        (scope === undefined || (commit.scope !== undefined && scope(commit.scope))) &&
        (subject === undefined || subject(commit.subject));
}
function describeRule(rule) {
    const parts = [];
    if (rule.type)
        parts.push(`type ${rule.type}`);
    if (rule.scope)
        parts.push(`scope ${rule.scope}`);
    if (rule.subject)
        parts.push(`subject ${rule.subject}`);
    if (rule.breaking)
        parts.push("breaking change");
    if (rule.revert)
        parts.push("revert");
    return `${parts.join(", ") || "any commit"} → ${rule.release}`;
}
/** The level of one commit; see commitJudge. */
function judgeCommit(commit, config) {
    return commitJudge(config)(commit);
}
/** Judges commits by the rules of one configuration (see commitRuling), with the commit in the verdict. */
function commitJudge(config) {
    const ruling = commitRuling(config);
    return (commit) => {
        const { level, reason } = ruling(commit);
        return { commit, level, reason };
    };
}
/**
 * Judges commits by the rules of one configuration. Custom rules are tried first: every matching
 * custom rule counts and the highest wins. Only when none matched do the default rules decide, the
 * same way; a revert that no rule matched releases `reverts.lone`. Rules are compiled and each
 * ruling (level and reason) made once per run: judging 100k commits allocates nothing per commit.
 */
function commitRuling(config) {
    const ruleSets = [compileRules(config.rules, "custom rule"), compileRules(config.defaultRules, "default rule")];
    const loneRevert = { level: config.reverts.lone, reason: `a revert whose reverted commit is not in this range → ${config.reverts.lone}` };
    const notConventional = { level: "none", reason: "not a Conventional Commit" };
    const silentTypes = new Map();
    const silent = (type) => {
        let ruling = silentTypes.get(type);
        if (ruling === undefined)
            silentTypes.set(type, (ruling = { level: "none", reason: `type ${type} releases nothing` }));
        return ruling;
    };
    return (commit) => {
        const breaking = commit.breakingNotes.length > 0 && (config.bangIsBreaking || !commit.bang || hasBreakingFooter(commit));
        // With `bang-is-breaking: false` a `!` header is read as not conventional at all.
        const type = config.bangIsBreaking || !commit.bang ? commit.type : undefined;
        for (const rules of ruleSets) {
            let chosen;
            for (const rule of rules) {
                if (!rule.matches(commit, breaking, type))
                    continue;
                if (chosen === undefined || (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .higher */ .u)(rule.ruling.level, chosen.ruling.level) !== chosen.ruling.level)
                    chosen = rule;
            }
            if (chosen !== undefined)
                return chosen.ruling;
        }
        if (commit.revert)
            return loneRevert;
        return commit.type ? silent(commit.type) : notConventional;
    };
}
/** Rules with their patterns compiled and their rulings worded, once for a whole range. */
function compileRules(rules, origin) {
    return rules.map((rule) => ({ ruling: { level: rule.release, reason: `${origin}: ${describeRule(rule)}` }, matches: compileRule(rule) }));
}
function hasBreakingFooter(commit) {
    return commit.footers.some((footer) => /^BREAKING[ -]CHANGE$/i.test(footer.token));
}


/***/ }),

/***/ 351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ higher)
/* harmony export */ });
/* unused harmony export BUMP_LEVELS */
const BUMP_LEVELS = ["none", "patch", "minor", "major"];
function higher(a, b) {
    return BUMP_LEVELS.indexOf(a) >= BUMP_LEVELS.indexOf(b) ? a : b;
}


/***/ })

};
