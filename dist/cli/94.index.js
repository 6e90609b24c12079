export const id = 94;
export const ids = [94];
export const modules = {

/***/ 7109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W5: () => (/* binding */ renderHelp),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_cadence_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5341);


/** The command line is wrong (an unknown or repeated flag, a value or a required flag missing): exit 2. */
class UsageError extends _release_cadence_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1 {
}
/**
 * Parses a command's flags by its table. Every mistake in the command line itself is a UsageError,
 * said plainly: an unknown flag, a flag without its value, a flag given twice, a required one missing.
 */
function parseFlags(argv, flags, positional) {
    const options = Object.fromEntries(Object.entries(flags).map(([name, flag]) => [name, { type: flag.type, multiple: flag.multiple ?? false }]));
    const allowPositionals = positional !== undefined;
    const parse = () => (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals, strict: true, tokens: true });
    let parsed;
    try {
        parsed = parse();
    }
    catch (error) {
        const message = error.message
            .replace(/\. To specify a positional argument.*$/s, "")
            .replace(/^Unknown option/, "unknown flag")
            .replace(/^Option '(--[\w-]+)(?: <value>)?' argument missing$/, "$1 needs a value");
        throw new UsageError(`${message}; run with --help for the flags`);
    }
    const seen = new Set();
    for (const token of parsed.tokens) {
        if (token.kind !== "option" || flags[token.name]?.multiple)
            continue;
        if (seen.has(token.name))
            throw new UsageError(`--${token.name} is given more than once; give it once`);
        seen.add(token.name);
    }
    const missing = Object.entries(flags).filter(([name, flag]) => flag.required && !seen.has(name));
    if (missing.length > 0) {
        const named = missing.map(([name, flag]) => `${flagName(name, flag)} (${flag.about})`);
        throw new UsageError(`${named.join(" and ")} is missing`);
    }
    if (positional && parsed.positionals.length !== 1) {
        const count = parsed.positionals.length;
        throw new UsageError(`needs one ${positional.name} (${positional.about}), got ${count} arguments`);
    }
    return { values: parsed.values, positionals: parsed.positionals };
}
/** The command's `--help`: usage, what it does, then every flag with its default. */
function renderHelp(help) {
    const names = Object.entries(help.flags).map(([name, flag]) => `${flagName(name, flag)}${flag.multiple ? " …" : ""}`);
    const width = Math.min(28, Math.max(...names.map((name) => name.length)));
    const lines = Object.values(help.flags).flatMap((flag, index) => {
        const name = names[index];
        const fallback = flag.defaultIs ?? (flag.type === "boolean" ? "off" : "none");
        const when = flag.required ? "required" : `default: ${fallback}`;
        const text = wrap(`${flag.about} (${when})`, HELP_WIDTH - width - 6);
        const indent = `    ${" ".repeat(width)}  `;
        const first = name.length > width ? [`    ${name}`, `${indent}${text[0]}`] : [`    ${name.padEnd(width)}  ${text[0]}`];
        return [...first, ...text.slice(1).map((line) => `${indent}${line}`)];
    });
    const heading = "  flags (may be given once each, except those marked …):";
    return [help.usage, help.about.replace(/^/gm, "  "), "", heading, ...lines].join("\n");
}
function flagName(name, flag) {
    return `--${name}${flag.value ? ` ${flag.value}` : ""}`;
}
const HELP_WIDTH = 100;
function wrap(text, width) {
    const lines = [];
    let line = "";
    for (const word of text.split(" ")) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    return [...lines, line];
}


/***/ }),

/***/ 6937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
;// CONCATENATED MODULE: ./packages/cli/src/index.ts



/** The CLI's flag where the core names an action input that the CLI spells otherwise. */
const CLI_FLAGS = { passphrase: "passphrase-env NAME", "out-dir": "out", artifacts: "artifact" };
/**
 * Every command: its entry point and its help, loaded only when asked for, so that a run starts
 * with the code of its own command and not of all of them (the bundle splits at these imports).
 * Later actions add theirs here.
 */
const COMMANDS = {
    "version-bump": async () => {
        const { versionBumpCommand, versionBumpHelp } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(6), __webpack_require__.e(500), __webpack_require__.e(2), __webpack_require__.e(629), __webpack_require__.e(105)]).then(__webpack_require__.bind(__webpack_require__, 4105));
        return { run: versionBumpCommand, help: versionBumpHelp };
    },
    publish: async () => {
        const { publishCommand, publishHelp } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(6), __webpack_require__.e(392), __webpack_require__.e(260), __webpack_require__.e(500), __webpack_require__.e(2), __webpack_require__.e(629), __webpack_require__.e(782), __webpack_require__.e(275), __webpack_require__.e(499)]).then(__webpack_require__.bind(__webpack_require__, 2880));
        return { run: publishCommand, help: publishHelp };
    },
    rollback: async () => {
        const { rollbackCommand, rollbackHelp } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(88), __webpack_require__.e(6), __webpack_require__.e(392), __webpack_require__.e(260), __webpack_require__.e(463), __webpack_require__.e(500), __webpack_require__.e(2), __webpack_require__.e(629), __webpack_require__.e(782), __webpack_require__.e(275), __webpack_require__.e(880)]).then(__webpack_require__.bind(__webpack_require__, 7880));
        return { run: rollbackCommand, help: rollbackHelp };
    },
    "gate-check": async () => {
        const { gateCheckCommand, gateCheckHelp } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(88), __webpack_require__.e(6), __webpack_require__.e(392), __webpack_require__.e(260), __webpack_require__.e(707), __webpack_require__.e(500), __webpack_require__.e(2), __webpack_require__.e(629), __webpack_require__.e(961), __webpack_require__.e(152)]).then(__webpack_require__.bind(__webpack_require__, 152));
        return { run: gateCheckCommand, help: gateCheckHelp };
    },
    calendar: async () => {
        const { calendarCommand, calendarHelp } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(88), __webpack_require__.e(6), __webpack_require__.e(500), __webpack_require__.e(2), __webpack_require__.e(629), __webpack_require__.e(961), __webpack_require__.e(616)]).then(__webpack_require__.bind(__webpack_require__, 1616));
        return { run: calendarCommand, help: calendarHelp };
    },
    metrics: async () => {
        const { metricsCommand, metricsHelp } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(88), __webpack_require__.e(6), __webpack_require__.e(392), __webpack_require__.e(500), __webpack_require__.e(2), __webpack_require__.e(629), __webpack_require__.e(961), __webpack_require__.e(782), __webpack_require__.e(418), __webpack_require__.e(585), __webpack_require__.e(82)]).then(__webpack_require__.bind(__webpack_require__, 7082));
        return { run: metricsCommand, help: metricsHelp };
    },
    "post-release": async () => {
        const { postReleaseCommand, postReleaseHelp } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(88), __webpack_require__.e(6), __webpack_require__.e(392), __webpack_require__.e(260), __webpack_require__.e(463), __webpack_require__.e(500), __webpack_require__.e(2), __webpack_require__.e(629), __webpack_require__.e(961), __webpack_require__.e(782), __webpack_require__.e(462), __webpack_require__.e(418), __webpack_require__.e(541), __webpack_require__.e(585), __webpack_require__.e(194)]).then(__webpack_require__.bind(__webpack_require__, 5194));
        return { run: postReleaseCommand, help: postReleaseHelp };
    },
    changelog: async () => {
        const { changelogCommand, changelogHelp } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(6), __webpack_require__.e(500), __webpack_require__.e(2), __webpack_require__.e(629), __webpack_require__.e(418), __webpack_require__.e(566)]).then(__webpack_require__.bind(__webpack_require__, 566));
        return { run: changelogCommand, help: changelogHelp };
    },
    "capsule-sign": async () => {
        const { capsuleSignCommand, capsuleSignHelp } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(88), __webpack_require__.e(6), __webpack_require__.e(260), __webpack_require__.e(463), __webpack_require__.e(500), __webpack_require__.e(2), __webpack_require__.e(629), __webpack_require__.e(462), __webpack_require__.e(541), __webpack_require__.e(353)]).then(__webpack_require__.bind(__webpack_require__, 5541));
        return { run: capsuleSignCommand, help: capsuleSignHelp };
    },
    sync: async () => {
        const { syncCommand, syncHelp } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(88), __webpack_require__.e(6), __webpack_require__.e(392), __webpack_require__.e(260), __webpack_require__.e(291), __webpack_require__.e(500), __webpack_require__.e(2), __webpack_require__.e(913)]).then(__webpack_require__.bind(__webpack_require__, 2913));
        return { run: syncCommand, help: syncHelp };
    },
    verify: async () => {
        const { verifyCommand, verifyHelp } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(88), __webpack_require__.e(463), __webpack_require__.e(500), __webpack_require__.e(462), __webpack_require__.e(136)]).then(__webpack_require__.bind(__webpack_require__, 9376));
        return { run: verifyCommand, help: verifyHelp };
    },
    demo: async () => {
        const { demoCommand, demoHelp } = await __webpack_require__.e(/* import() */ 750).then(__webpack_require__.bind(__webpack_require__, 2369));
        return { run: demoCommand, help: demoHelp };
    },
};
/** `cadence help`: every command with its one line; `cadence <command> --help` gives its flags. */
async function usage() {
    const commands = await Promise.all(Object.entries(COMMANDS).map(async ([name, load]) => [name, (await load()).help.summary]));
    const width = Math.max(...commands.map(([name]) => name.length));
    return [
        "usage: cadence <command> [flags]",
        "",
        ...commands.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`),
        "",
        "cadence <command> --help lists the command's flags and their defaults;",
        "cadence --version says the version.",
        "Exit codes: 0 done, 1 the run failed (or a gate or a check did), 2 the command line is wrong.",
        "",
    ].join("\n");
}
/** Runs one command line; returns the exit code. The one place a thrown value becomes a message. */
async function main(argv, out = process.stdout, err = process.stderr) {
    const [name, ...rest] = argv;
    if (name === "--version" || name === "-V") {
        out.write(`cadence ${package_namespaceObject.rE}\n`);
        return 0;
    }
    if (name === "help" || name === "--help" || name === "-h") {
        out.write(await usage());
        return 0;
    }
    if (!name) {
        err.write(await usage());
        return 2;
    }
    const load = COMMANDS[name];
    if (!load) {
        err.write(`cadence: unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(", ")}\n`);
        return 2;
    }
    const command = await load();
    if (rest.includes("--help") || rest.includes("-h")) {
        out.write(`${(0,args/* renderHelp */.W5)(command.help)}\n`);
        return 0;
    }
    try {
        await command.run(rest, out);
        return 0;
    }
    catch (error) {
        err.write(`cadence ${name}: ${(0,errors/* describeError */.Uc)(error, "cli", CLI_FLAGS)}\n`);
        return error instanceof args/* UsageError */.eb ? 2 : 1;
    }
}


/***/ }),

/***/ 6094:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_cadence_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6644);
/* harmony import */ var _release_cadence_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4487);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6937);
// The cadence command line, once cli.ts knows the Node version will do.



const argv = process.argv.slice(2);
// The command's first questions to git go out now, so that git answers while Node loads the
// command (about 0.1 s); the command takes the answers over when it asks the same.
if (!argv.includes("--help") && !argv.includes("-h"))
    (0,_release_cadence_core__WEBPACK_IMPORTED_MODULE_2__/* .startGitAhead */ .EQ)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwdFlag(argv) ?? process.cwd()), (0,_release_cadence_core__WEBPACK_IMPORTED_MODULE_3__/* .firstGitQuestions */ .mA)(argv[0]));
process.exitCode = await (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(argv);
/** The value of `--cwd DIR` or `--cwd=DIR`, as the command will read it. */
function cwdFlag(args) {
    const at = args.findIndex((arg) => arg === "--cwd" || arg.startsWith("--cwd="));
    if (at === -1)
        return undefined;
    return args[at].startsWith("--cwd=") ? args[at].slice("--cwd=".length) : args[at + 1];
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EQ: () => (/* binding */ startGitAhead),
  Vd: () => (/* binding */ takeGitAhead)
});

// UNUSED EXPORTS: subcommand

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/adapters/git-process.ts
var git_process = __webpack_require__(2554);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/core/src/adapters/git-questions.ts


/** A word as the shell reads it back: in single quotes, a quote inside spelled '\''. */
const quote = (word) => `'${word.replaceAll("'", "'\\''")}'`;
/**
 * Short git questions (a few lines of answer each) asked of one POSIX shell, in order; each
 * answer is a StartedGit of its own. Not on Windows, which has no /bin/sh to ask.
 */
class QuestionBatch {
    answers;
    child;
    token;
    out;
    err;
    ended = false;
    constructor(cwd, questions) {
        this.token = `cadence-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
        this.answers = questions.map(() => new BatchAnswer(this));
        const git = quote((0,git_process/* gitExecutable */.x$)());
        // After each git: its exit code on stdout and a marker on stderr, each on a line of its own.
        const script = questions.map((args) => `${git} ${args.map(quote).join(" ")}; printf '\\n%s %s\\n' ${this.token} $?; printf '\\n%s\\n' ${this.token} >&2`).join("\n");
        this.child = (0,external_node_child_process_.spawn)("/bin/sh", ["-c", script], { cwd, env: (0,git_process/* gitEnvironment */._K)(), stdio: ["ignore", "pipe", "pipe"] });
        this.out = new Parser(Buffer.from(`\n${this.token} `), (index, text, rest) => this.answers[index]?.settleOut(text, exitCodeOf(rest)), true);
        this.err = new Parser(Buffer.from(`\n${this.token}\n`), (index, text) => this.answers[index]?.settleErr(text.toString("utf8")), false);
        this.child.stdout.on("data", (chunk) => this.out.push(chunk));
        this.child.stderr.on("data", (chunk) => this.err.push(chunk));
        this.child.on("error", (error) => this.finish(error));
        this.child.on("close", (code, signal) => this.finish(code === 0 ? undefined : new Error(`the shell asking git stopped early (${signal ?? `exit code ${code}`})`)));
        // Nobody waits yet: the shell must not keep the process alive.
        (0,git_process/* keepAlive */.Z8)(this.child, false);
    }
    /** Someone waits for an answer: keep the process alive until the shell is done. */
    attach() {
        (0,git_process/* keepAlive */.Z8)(this.child, true);
    }
    kill() {
        if (!this.ended)
            this.child.kill();
    }
    finish(failure) {
        if (this.ended)
            return;
        this.ended = true;
        // Answers the shell never gave (it could not start, or was stopped) fail with the reason.
        for (const answer of this.answers)
            answer.fail(failure ?? new Error("the shell asking git ended without an answer"));
    }
}
/**
 * Splits a stream at marker bytes, calling back with each piece before a marker, in order. The
 * bytes gather in one buffer that doubles when full, and each search starts where a marker could
 * first have been cut off: any size of answer costs time in proportion to it.
 */
class Parser {
    buffered = Buffer.alloc(4096);
    used = 0;
    searchFrom = 0;
    index = 0;
    marker;
    onPiece;
    /** Whether a line (the exit code) follows the marker. */
    lineAfter;
    // Fields assigned by hand, not as parameter properties: tests load this file with Node's type stripping.
    constructor(marker, onPiece, lineAfter) {
        this.marker = marker;
        this.onPiece = onPiece;
        this.lineAfter = lineAfter;
    }
    push(chunk) {
        if (this.used + chunk.length > this.buffered.length) {
            const larger = Buffer.allocUnsafe(Math.max(this.buffered.length * 2, this.used + chunk.length));
            this.buffered.copy(larger, 0, 0, this.used);
            this.buffered = larger;
        }
        chunk.copy(this.buffered, this.used);
        this.used += chunk.length;
        for (;;) {
            const filled = this.buffered.subarray(0, this.used);
            // The marker's leading line feed is the shell's own; an answer without a final line feed loses none.
            const at = filled.indexOf(this.marker, this.searchFrom);
            if (at === -1) {
                this.searchFrom = Math.max(0, this.used - this.marker.length + 1);
                return;
            }
            let end = at + this.marker.length;
            let rest = Buffer.alloc(0);
            if (this.lineAfter) {
                const newline = filled.indexOf(0x0a, end);
                if (newline === -1) {
                    this.searchFrom = at;
                    return;
                }
                rest = Buffer.from(filled.subarray(end, newline));
                end = newline + 1;
            }
            this.onPiece(this.index++, Buffer.from(filled.subarray(0, at)), rest);
            this.buffered.copy(this.buffered, 0, end, this.used);
            this.used -= end;
            this.searchFrom = 0;
        }
    }
}
function exitCodeOf(text) {
    const code = Number(text.toString("latin1"));
    return Number.isInteger(code) ? code : 1;
}
/** One question's answer: git's output, its messages and its exit code, once the shell has said them. */
class BatchAnswer {
    stderr = "";
    output;
    exitCode;
    errDone = false;
    failure;
    waiters = [];
    batch;
    constructor(batch) {
        this.batch = batch;
    }
    settleOut(text, exitCode) {
        this.output = text;
        this.exitCode = exitCode;
        this.wake();
    }
    settleErr(text) {
        this.stderr = text;
        this.errDone = true;
        this.wake();
    }
    fail(error) {
        if (this.done)
            return;
        this.failure = error;
        this.wake();
    }
    get done() {
        return this.exitCode !== undefined && this.errDone;
    }
    async follow(onData) {
        this.batch.attach();
        while (!this.done && this.failure === undefined)
            await new Promise((resolve) => this.waiters.push(resolve));
        if (!this.done)
            throw this.failure;
        if (this.output.length > 0)
            onData(this.output);
        return this.exitCode;
    }
    /** A short question runs to its end; the shell is stopped when the process exits. */
    kill() { }
    wake() {
        for (const waiter of this.waiters.splice(0))
            waiter();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/git-ahead.ts



const ahead = new Map();
const batches = [];
let stopAtExit = false;
const aheadKey = (cwd, args) => `${cwd}\0${args.join("\0")}`;
/**
 * Starts git commands before they are asked for: the CLI starts a command's first questions to
 * git before it loads the command's code, so that git works while Node loads. A GitCli in the
 * same folder that then asks exactly one of them (same arguments) takes over that process and its
 * output (takeGitAhead); what nobody asks for is stopped when the process exits. A log runs in a
 * process of its own; the short questions share one shell (QuestionBatch), except on Windows.
 */
function startGitAhead(cwd, commands) {
    if (commands.length === 0)
        return;
    if (!stopAtExit) {
        stopAtExit = true;
        process.once("exit", () => {
            for (const started of ahead.values())
                started.kill();
            for (const batch of batches)
                batch.kill();
        });
    }
    const fresh = commands.filter((args, index) => !ahead.has(aheadKey(cwd, args)) && commands.findIndex((other) => aheadKey(cwd, other) === aheadKey(cwd, args)) === index);
    const logs = fresh.filter((args) => subcommand(args) === "log");
    const questions = fresh.filter((args) => subcommand(args) !== "log");
    for (const args of logs) {
        const started = new git_process/* GitProcess */.WG(cwd, args);
        started.detach();
        ahead.set(aheadKey(cwd, args), started);
    }
    // A git not found on PATH is left to spawn, which says so (ENOENT) where a shell would only print it.
    if (questions.length > 1 && process.platform !== "win32" && (0,external_node_path_.isAbsolute)((0,git_process/* gitExecutable */.x$)())) {
        const batch = new QuestionBatch(cwd, questions);
        batches.push(batch);
        questions.forEach((args, index) => ahead.set(aheadKey(cwd, args), batch.answers[index]));
        return;
    }
    for (const args of questions) {
        const started = new git_process/* GitProcess */.WG(cwd, args, { pipe: true });
        started.detach();
        ahead.set(aheadKey(cwd, args), started);
    }
}
/** The git command the arguments run: the first word that is no option (`-c name=value` and `-C dir` take the next one). */
function subcommand(args) {
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg === "-c" || arg === "-C")
            index++;
        else if (!arg.startsWith("-"))
            return arg;
    }
    return undefined;
}
/** The git startGitAhead started for exactly these arguments in this folder, once. */
function takeGitAhead(cwd, args) {
    if (ahead.size === 0)
        return undefined;
    const key = aheadKey(cwd, args);
    const started = ahead.get(key);
    ahead.delete(key);
    return started;
}


/***/ }),

/***/ 2554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WG: () => (/* binding */ GitProcess),
/* harmony export */   Z8: () => (/* binding */ keepAlive),
/* harmony export */   _K: () => (/* binding */ gitEnvironment),
/* harmony export */   x$: () => (/* binding */ gitExecutable)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_4__);





// Git must never stop to ask a person anything, and its output must not depend on the user's locale.
const GIT_ENV = {
    GIT_TERMINAL_PROMPT: "0",
    LC_ALL: "C",
    GIT_PAGER: "cat",
    // Into a pipe git flushes after every commit (so a pager shows progress); a reader of 100k
    // commits then wakes 100k times. Buffered output is the same bytes, in fewer, larger writes.
    GIT_FLUSH: "0",
};
function gitEnvironment() {
    const env = {};
    for (const [key, value] of Object.entries(process.env))
        if (value !== undefined)
            env[key] = value;
    return { ...env, ...GIT_ENV };
}
// Where git's output goes: a file git writes at its own pace, read here in large pieces as it
// grows. Through a pipe git writes 4 KB at a time and, when the reader is idle, wakes it for each
// write: for `git log` over 100k commits, 9,000 wake-ups that cost git and Node about 0.3 s each
// on a two-core machine (docs/performance.md). The file is removed as soon as both ends are open.
const READ_BYTES = 1 << 20;
const POLL_MS = 2;
// Below this much free space in the temporary folder, output goes through a pipe instead.
const FILE_SPACE_BYTES = 512 << 20;
// A git started ahead that writes into a pipe keeps this much of its output until someone asks for it.
const AHEAD_BYTES = 16 << 20;
// What is kept of git's stderr: its end, where git says what went wrong.
const STDERR_CHARS = 64 << 10;
let files = 0;
let located;
/**
 * git's full path, looked up along PATH once. Spawning by a bare name makes the child try every
 * folder of PATH in turn while Node waits for the exec (on a runner's long PATH, milliseconds per
 * git started; a command starts six or more). "git" when it is not found, so that spawning fails
 * as it would have, with ENOENT.
 */
function gitExecutable() {
    const path = process.env.PATH;
    if (!located || located.path !== path)
        located = { path, executable: process.platform === "win32" ? "git" : (findOnPath("git", path) ?? "git") };
    return located.executable;
}
function findOnPath(name, path) {
    for (const folder of (path ?? "").split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter)) {
        // An empty or relative entry would depend on the folder git runs in: left to spawn's own search.
        if (!(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(folder))
            return undefined;
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(candidate).isFile())
                return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/** A temporary file to be git's stdout: the descriptor git writes and the one read here, or undefined for a pipe. */
function outputFile() {
    try {
        const folder = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
        const space = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statfsSync)(folder);
        if (space.bavail * space.bsize < FILE_SPACE_BYTES)
            return undefined;
        // Unique among running processes by the pid; "wx" refuses a file that is somehow there.
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, `cadence-git-${process.pid}-${files++}-${Date.now().toString(36)}`);
        const write = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, "wx", 0o600);
        try {
            return { write, read: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, "r") };
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(path);
        }
    }
    catch {
        return undefined;
    }
}
/**
 * One git process. Its output is kept until follow() is called (at once for a command asked
 * now; later for one started ahead, see startGitAhead), then handed over as it arrives.
 */
class GitProcess {
    child;
    /** The file git writes its output to; undefined when it writes into a pipe. */
    file;
    kept = [];
    keptBytes = 0;
    onData;
    exitCode;
    failure;
    stopped = false;
    /** Who waits for git to end or fail. */
    waiters = [];
    stderrDecoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_4__.StringDecoder("utf8");
    stderr = "";
    /**
     * `pipe`: git writes into a pipe even when a temporary file could be had (short answers, where
     * the file's four system calls cost more than they save). `input`: what git reads on stdin.
     * `env`: variables for this one git on top of the process's (a commit's dates).
     */
    constructor(cwd, args, options = {}) {
        const file = options.pipe ? undefined : outputFile();
        const stdin = options.input === undefined ? "ignore" : "pipe";
        const env = options.env ? { ...gitEnvironment(), ...options.env } : gitEnvironment();
        this.child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(gitExecutable(), [...args], { cwd, env, stdio: [stdin, file ? file.write : "pipe", "pipe"] });
        if (file)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(file.write);
        this.file = file?.read;
        this.child.on("error", (error) => {
            this.failure = error;
            this.wake();
        });
        if (this.child.stdin) {
            // A git that exits before reading all of it closes the pipe: its exit code tells what happened.
            this.child.stdin.on("error", () => undefined);
            this.child.stdin.end(options.input);
        }
        this.child.stdout?.on("data", (chunk) => {
            if (this.onData)
                return this.onData(chunk);
            this.kept.push(chunk);
            this.keptBytes += chunk.length;
            if (this.keptBytes > AHEAD_BYTES)
                this.child.stdout?.pause();
        });
        this.child.stderr?.on("data", (data) => {
            this.stderr += this.stderrDecoder.write(data);
            if (this.stderr.length > 2 * STDERR_CHARS)
                this.stderr = this.stderr.slice(-STDERR_CHARS);
        });
        this.child.on("close", (code, signal) => {
            this.stderr = (this.stderr + this.stderrDecoder.end()).slice(-STDERR_CHARS);
            this.exitCode = code ?? (signal ? 128 : 1);
            this.wake();
        });
    }
    /** Started ahead: nobody waits for it yet, so it must not keep the process alive. */
    detach() {
        keepAlive(this.child, false);
    }
    /**
     * Hands the output to onData, what came already first; resolves with git's exit code once all
     * of it is handed over (or kill() was called). A chunk's bytes may be reused once onData
     * returns: copy what you keep.
     */
    async follow(onData) {
        keepAlive(this.child, true);
        if (this.file === undefined) {
            for (const chunk of this.kept.splice(0))
                onData(chunk);
            this.keptBytes = 0;
            this.onData = onData;
            this.child.stdout?.resume();
        }
        else {
            await this.readFile(this.file, onData);
        }
        while (this.exitCode === undefined && this.failure === undefined)
            await this.waitFor(Infinity);
        if (this.failure)
            throw this.failure;
        return this.exitCode;
    }
    kill() {
        this.stopped = true;
        this.child.kill();
    }
    /** Reads the file git writes until git has ended and all of it is read, or until kill(). */
    async readFile(file, onData) {
        let position = 0;
        // One buffer for the whole reading: a megabyte a read would be garbage for the collector.
        const buffer = Buffer.allocUnsafe(READ_BYTES);
        try {
            while (!this.stopped && this.failure === undefined) {
                // Asked before the read: an end seen now means the read below sees all git wrote.
                const ended = this.exitCode !== undefined;
                const bytes = await readAt(file, buffer, position);
                if (bytes > 0) {
                    position += bytes;
                    onData(buffer.subarray(0, bytes));
                }
                else if (ended) {
                    return;
                }
                else {
                    await this.waitFor(POLL_MS);
                }
            }
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(file);
        }
    }
    /** Until git ends or fails, at most `ms`. */
    waitFor(ms) {
        return new Promise((resolve) => {
            const done = () => {
                clearTimeout(timer);
                this.waiters = this.waiters.filter((waiter) => waiter !== done);
                resolve();
            };
            const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
            this.waiters.push(done);
        });
    }
    wake() {
        for (const waiter of this.waiters.splice(0))
            waiter();
    }
}
/** Whether a child and its output pipes keep Node's process alive (someone waits for them) or not (started ahead). */
function keepAlive(child, keep) {
    if (keep)
        child.ref();
    else
        child.unref();
    for (const stream of [child.stdout, child.stderr]) {
        const handle = stream;
        if (keep)
            handle?.ref?.();
        else
            handle?.unref?.();
    }
}
function readAt(file, buffer, position) {
    return new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.read)(file, buffer, 0, buffer.length, position, (error, bytes) => (error ? reject(error) : resolve(bytes))));
}


/***/ }),

/***/ 5190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q5: () => (/* binding */ logArgs),
/* harmony export */   Uj: () => (/* binding */ FIELDS_PER_COMMIT)
/* harmony export */ });
/* unused harmony export LOG_FORMAT */
// What git is asked for the commits CommitRecords reads. A module of its own, without imports:
// the CLI starts this `git log` before it loads the rest (startGitAhead).
/**
 * The `git log -z` format that goes with CommitRecords: six fields, each ended by NUL (the last
 * by -z's record terminator), so no separator can be mistaken for text of a message.
 */
const LOG_FORMAT = "--format=%H%x00%P%x00%an%x00%ae%x00%aI%x00%B";
const FIELDS_PER_COMMIT = 6;
/** The `git log` that CommitRecords reads, of a revision (range) and optionally only some paths. */
function logArgs(revision, paths = []) {
    // `--` ends the revisions: a file named like one (HEAD, say) is no ambiguity then.
    return ["-c", "log.showSignature=false", "log", "-z", LOG_FORMAT, "--no-color", revision, "--", ...paths];
}


/***/ }),

/***/ 5341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   Z: () => (/* binding */ StalePlanError),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* harmony import */ var _mention_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1019);
/* harmony import */ var _system_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5672);


/** Something the user can fix: bad config, bad input, a repository in the wrong state. */
class ConfigurationError extends Error {
    location;
    problems;
    located;
    name = "ConfigurationError";
    constructor(message, location, 
    /** Every problem found, when several were collected at once. */
    problems = [], 
    /** The problems that sit at a place in a file, each to be annotated there. */
    located = []) {
        super(message);
        this.location = location;
        this.problems = problems;
        this.located = located;
    }
}
/** A git command failed for a reason that is not the user's input. */
class GitError extends Error {
    args;
    exitCode;
    stderr;
    name = "GitError";
    constructor(message, args, exitCode, stderr) {
        super(message);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/** Apply was handed a plan hash that no longer matches what is observed now. */
class StalePlanError extends ConfigurationError {
    constructor(expected, actual) {
        super(`the plan is stale: it was made with hash ${expected}, but the repository now plans to ${actual}. ` +
            "Run the dry-run again, review the new plan and apply that one.");
    }
}
function formatLocation(location) {
    if (!location)
        return "";
    let text = location.file;
    if (location.line !== undefined)
        text += `:${location.line}`;
    if (location.line !== undefined && location.column !== undefined)
        text += `:${location.column}`;
    return text;
}
/**
 * One line for a person, whatever was thrown; never a stack trace. Settings named in the message
 * are said as `surface` names them (errors/mention.ts): inputs in an action, flags in the CLI.
 */
function describeError(error, surface = "action", flags = {}) {
    return (0,_mention_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMentions */ .Y)(describeAny(error), surface, flags);
}
function describeAny(error) {
    if (error instanceof ConfigurationError) {
        const where = formatLocation(error.location);
        const head = where ? `${where}: ${error.message}` : error.message;
        return error.problems.length > 1 ? `${head}\n${error.problems.map((problem) => `  - ${problem}`).join("\n")}` : head;
    }
    if (error instanceof GitError) {
        const detail = error.stderr.trim().split("\n").slice(-3).join(" ");
        return `${error.message}${detail ? `: ${detail}` : ""}`;
    }
    const system = (0,_system_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSystemError */ .Zo)(error);
    if (system !== undefined)
        return system;
    // Forge failures (forge/errors.ts) already say what failed and what to do.
    if (error instanceof Error && error.name === "ForgeError")
        return error.message;
    if (error instanceof Error)
        return `unexpected error: ${error.message}`;
    return `unexpected error: ${String(error)}`;
}


/***/ }),

/***/ 1019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ renderMentions),
/* harmony export */   l: () => (/* binding */ mention)
/* harmony export */ });
const MARK = /«([a-z][a-z0-9-]*)»/g;
function mention(input) {
    return `«${input}»`;
}
/** `flags`: the CLI's name where it differs from the input's (out-dir → out). */
function renderMentions(text, surface, flags = {}) {
    return text.replace(MARK, (_, name) => (surface === "cli" ? `--${flags[name] ?? name}` : `the ${name} input`));
}


/***/ }),

/***/ 5672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z$: () => (/* binding */ atPath),
/* harmony export */   Zo: () => (/* binding */ describeSystemError)
/* harmony export */ });
/* unused harmony export isSystemError */
const ADVICE = {
    ENOENT: (path) => `${path} does not exist: check the path (paths are relative to the repository)`,
    EACCES: (path, error) => `${path} cannot be ${verb(error)}: permission denied; make it writable for the job's user, or choose another path`,
    EPERM: (path, error) => `${path} cannot be ${verb(error)}: the operation is not permitted; make it writable for the job's user, or choose another path`,
    EROFS: (path) => `${path} is on a read-only file system: choose a path on a writable one`,
    EISDIR: (path) => `${path} is a folder where a file was expected: give the path of a file, or remove the folder`,
    ENOTDIR: (path) => `a part of ${path} is a file where a folder was expected: remove that file or choose another path`,
    EEXIST: (path) => `${path} already exists and is in the way: remove it or choose another path`,
    ENOTEMPTY: (path) => `${path} is a folder that is not empty: empty or remove it, or choose another path`,
    ENOSPC: (path) => `no space left on the device to write ${path}: free some space`,
    EMFILE: (path) => `too many files open while reading ${path}: raise the limit of open files (ulimit -n)`,
    ELOOP: (path) => `${path} is a loop of symbolic links: correct the links`,
    ENAMETOOLONG: (path) => `the path ${path} is too long: choose a shorter one`,
};
function isSystemError(error) {
    return error instanceof Error && typeof error.code === "string" && /^E[A-Z]+$/.test(error.code);
}
/** One line for a file-system error, or undefined when it is not one we can say better. */
function describeSystemError(error) {
    if (!isSystemError(error))
        return undefined;
    const advice = ADVICE[error.code];
    if (!advice)
        return undefined;
    const path = error.path ?? pathInMessage(error.message);
    if (path === undefined)
        return `${advice("a path", error)} (${error.code})`;
    return `${advice(path, error)} (${error.code})`;
}
function verb(error) {
    const call = error.syscall ?? "";
    if (/^(write|mkdir|rename|copyfile|symlink|unlink|rmdir|rm|chmod|utime)/.test(call))
        return "written";
    if (/^(scandir|opendir|readdir)/.test(call))
        return "listed";
    return "opened";
}
/** Node puts the path in quotes at the end of its message: "ENOENT: no such file or directory, open '/x'". */
function pathInMessage(message) {
    return /'([^']+)'(?: -> '[^']+')?$/.exec(message)?.[1];
}
/** Gives a file-system error the path it was about, when Node left it out (a read of a folder). */
function atPath(error, path) {
    if (isSystemError(error) && error.path === undefined)
        error.path = path;
    return error;
}


/***/ }),

/***/ 4487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ ORIGIN_URL),
/* harmony export */   aF: () => (/* binding */ REPOSITORY_QUESTION),
/* harmony export */   mA: () => (/* binding */ firstGitQuestions)
/* harmony export */ });
/* harmony import */ var _commits_log_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5190);
/* harmony import */ var _version_tag_refs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1869);
// The git commands asked first, as argument lists shared by the code that asks them and by the
// CLI, which starts them before it loads that code (startGitAhead). Only leaf modules are
// imported here, so the CLI's first chunk stays small.


/**
 * What inspectRepository asks git, in one process: the folder's layout (a line each), the commit
 * at HEAD, and HEAD's full name (`refs/heads/<branch>`, or `HEAD` when detached). Without a
 * commit, git prints the layout and fails on `HEAD^{commit}`.
 */
const REPOSITORY_QUESTION = ["rev-parse", "--is-inside-work-tree", "--is-shallow-repository", "--absolute-git-dir", "HEAD^{commit}", "--symbolic-full-name", "HEAD"];
/** The changelog's question for its links: where the repository lives. */
const ORIGIN_URL = ["remote", "get-url", "origin"];
/**
 * The git commands a CLI command asks first, whatever the repository and its configuration:
 * version-bump checks the repository, lists the tags and reads the history from HEAD (as
 * readConventionalCommits first does when the release is a sha, or when there is no release);
 * the changelog starts with version-bump and asks for the remote. Other commands: none.
 */
function firstGitQuestions(command) {
    const versionBump = [(0,_commits_log_args_js__WEBPACK_IMPORTED_MODULE_0__/* .logArgs */ .Q5)("HEAD"), REPOSITORY_QUESTION, _version_tag_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .LIST_TAGS */ .R];
    if (command === "version-bump")
        return versionBump;
    if (command === "changelog")
        return [...versionBump, ORIGIN_URL];
    return [];
}


/***/ }),

/***/ 1869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ LIST_TAGS),
/* harmony export */   m: () => (/* binding */ REF_FORMAT)
/* harmony export */ });
// How tags are asked of git. A module of its own, without imports: the CLI asks for the tag list
// before it loads the rest (startGitAhead).
/** Each tag as `name NUL object NUL peeled commit` (the last empty for a lightweight tag). */
const REF_FORMAT = "--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)";
/** Every tag of the repository: cheap, it walks no history. */
const LIST_TAGS = ["for-each-ref", REF_FORMAT, "refs/tags"];


/***/ })

};
