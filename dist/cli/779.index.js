export const id = 779;
export const ids = [779];
export const modules = {

/***/ 7109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ parseFlags)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_cadence_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5341);


/** Parses a command's flags; an unknown or malformed flag is the user's mistake, said plainly. */
function parseFlags(command, argv, options, allowPositionals = false) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals, strict: true });
    }
    catch (error) {
        const message = error.message.replace(/\. To specify a positional argument.*$/s, "");
        throw new _release_cadence_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${command}: ${message}. Run 'cadence help' for the flags.`);
    }
}


/***/ }),

/***/ 3664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ fixedClock),
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
const systemClock = { now: () => new Date() };
/** A clock that always says the same instant: tests and `--now` use it. */
function fixedClock(instant) {
    const frozen = new Date(instant.getTime());
    return { now: () => new Date(frozen.getTime()) };
}


/***/ }),

/***/ 3845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   h: () => (/* binding */ LocalFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5341);
/* harmony import */ var _plan_text_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(974);




/** Files under one root. Writes go to a temporary file first and are renamed into place, so a crash never leaves half a file. */
class LocalFiles {
    root;
    constructor(root) {
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    }
    locate(path) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(this.root, path);
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(this.root, full);
        if (rel.startsWith("..") || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the path ${path} points outside the repository (${this.root})`);
        }
        return full;
    }
    // Reads and listings are synchronous inside: a command asks for a few dozen small files, mostly
    // absent (the configuration is looked for in some thirty places), and each asynchronous ask
    // waits for a trip through libuv's threads, ten times what the system call takes.
    async read(path) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(this.locate(path), "utf8");
        }
        catch (error) {
            if (error.code === "ENOENT")
                return undefined;
            throw error;
        }
    }
    async list(dir) {
        try {
            const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(this.locate(dir), { withFileTypes: true });
            return entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
        }
        catch (error) {
            if (["ENOENT", "ENOTDIR"].includes(error.code ?? ""))
                return [];
            throw error;
        }
    }
    async write(path, content) {
        await writeFileAtomic(this.locate(path), content);
    }
    async writeInPieces(path, content) {
        await writeFileAtomic(this.locate(path), content);
    }
}
/**
 * Writes a file through a temporary file beside it and a rename, creating its folder: readers see
 * the old content or the new, never half of it, and a crash leaves no partial file in place.
 * Synchronous inside, like the reads: the module that does it asynchronously (node:fs/promises)
 * costs a command more to load than all its writes take.
 */
async function writeFileAtomic(path, content) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    // Unique by the process and a random part; "wx" refuses a name somehow taken.
    const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`;
    try {
        if (content instanceof _plan_text_source_js__WEBPACK_IMPORTED_MODULE_3__/* .TextSource */ .p$)
            writePieces(temporary, content);
        else
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, content, { flag: "wx" });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw error;
    }
}
function writePieces(path, content) {
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, "wx");
    try {
        content.each((piece) => writeAll(file, Buffer.from(piece, "utf8")));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(file);
    }
}
function writeAll(file, bytes) {
    for (let written = 0; written < bytes.length;)
        written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(file, bytes, written);
}


/***/ }),

/***/ 5577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ GitCli)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5341);
/* harmony import */ var _git_ahead_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6644);
/* harmony import */ var _git_process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6327);



/** The Git port over the git command line: one GitProcess per command, or the one started ahead for it. */
class GitCli {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    async run(args, options = {}) {
        let result;
        const started = options.input === undefined ? (0,_git_ahead_js__WEBPACK_IMPORTED_MODULE_0__/* .takeGitAhead */ .Vd)(this.cwd, args) : undefined;
        try {
            result = await outputOf(started ?? new _git_process_js__WEBPACK_IMPORTED_MODULE_1__/* .GitProcess */ .WG(this.cwd, args, { pipe: true, ...(options.input !== undefined ? { input: options.input } : {}) }));
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
     * git's output handed over as bytes, never decoded here (for `git log` over 100k commits, ~40 MB):
     * git writes into a temporary file read as it grows (see GitProcess); the bytes go to onChunk
     * in pieces of up to a megabyte.
     */
    async stream(args, onChunk) {
        let failure;
        let stopped = false;
        const git = (0,_git_ahead_js__WEBPACK_IMPORTED_MODULE_0__/* .takeGitAhead */ .Vd)(this.cwd, args) ?? new _git_process_js__WEBPACK_IMPORTED_MODULE_1__/* .GitProcess */ .WG(this.cwd, args);
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
/** What run() returns: git's whole output. */
async function outputOf(git) {
    const chunks = [];
    const exitCode = await git.follow((chunk) => void chunks.push(Buffer.from(chunk)));
    return { stdout: Buffer.concat(chunks).toString("utf8"), stderr: git.stderr, exitCode };
}
function missingGitOrDirectory(cwd, error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/ENOENT/.test(message)) {
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

/***/ 9391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ve: () => (/* binding */ scanHeader),
/* harmony export */   jZ: () => (/* binding */ normalizeHeader),
/* harmony export */   nw: () => (/* binding */ isNormalHeader)
/* harmony export */ });
/* unused harmony export space */
/**
 * `type(scope)!: subject`, read character by character. It accepts exactly what this expression
 * does, with whitespace around the parts forgiven because people type it:
 *
 *     /^([A-Za-z][\w-]*)\s*(?:\(([^()]*)\))?\s*(!)?\s*:\s*(.*)$/
 *
 * (header.test.ts checks the two agree on generated headers). It is hand-written because
 * version-bump reads every header of the range: the expression's match array and substrings cost
 * about a microsecond a commit, a tenth of a second over 100k.
 */
const scan = { type: "", scope: undefined, bang: false, subject: "" };
/**
 * Reads a header. Returns the shared HeaderScan (valid until the next call), or undefined when
 * the header is not conventional.
 */
function scanHeader(header) {
    const length = header.length;
    if (length === 0 || !letter(header.charCodeAt(0)))
        return undefined;
    let at = 1;
    while (at < length && wordOrDash(header.charCodeAt(at)))
        at++;
    const typeEnd = at;
    at = skipSpace(header, at);
    let scope;
    if (header.charCodeAt(at) === OPEN) {
        let close = at + 1;
        while (close < length && header.charCodeAt(close) !== OPEN && header.charCodeAt(close) !== CLOSE)
            close++;
        // `(` without its `)`, or with another `(` inside: nothing else can follow the type.
        if (close === length || header.charCodeAt(close) !== CLOSE)
            return undefined;
        scope = trimmed(header, at + 1, close);
        at = skipSpace(header, close + 1);
    }
    const bang = header.charCodeAt(at) === BANG;
    if (bang)
        at = skipSpace(header, at + 1);
    if (header.charCodeAt(at) !== COLON)
        return undefined;
    const subjectStart = skipSpace(header, at + 1);
    // `.` does not cross a line end: a subject holding one is no match at all. (One search in native
    // code: a loop here runs in the interpreter for most of a short reading.)
    LINE_END.lastIndex = subjectStart;
    if (LINE_END.test(header))
        return undefined;
    scan.type = header.slice(0, typeEnd).toLowerCase();
    scan.scope = scope === "" ? undefined : scope;
    scan.bang = bang;
    scan.subject = trimmed(header, subjectStart, length);
    return scan;
}
const OPEN = 0x28;
const CLOSE = 0x29;
const BANG = 0x21;
const COLON = 0x3a;
function letter(code) {
    return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
/** `[\w-]`. */
function wordOrDash(code) {
    return letter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d;
}
const LINE_END = /[\n\r\u2028\u2029]/g;
/** `\s`, which is also what String#trim removes. */
function space(code) {
    if (code <= 0x20)
        return code === 0x20 || (code >= 0x09 && code <= 0x0d);
    if (code < 0xa0)
        return false;
    return (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
        code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff);
}
function skipSpace(text, at) {
    while (at < text.length && space(text.charCodeAt(at)))
        at++;
    return at;
}
/** text.slice(start, end).trim(), without the intermediate string. */
function trimmed(text, start, end) {
    while (start < end && space(text.charCodeAt(start)))
        start++;
    while (end > start && space(text.charCodeAt(end - 1)))
        end--;
    return text.slice(start, end);
}
/**
 * A header as compared for revert pairing: trimmed, a quote at either end removed, GitHub's
 * ` (#N)` suffix dropped, trimmed again. The pairing asks this of every header that ends in `)`,
 * which with squash merges is nearly all of them: it is written out rather than made of
 * expressions, and cuts one string at most.
 */
function normalizeHeader(header) {
    let start = 0;
    let end = header.length;
    while (start < end && space(header.charCodeAt(start)))
        start++;
    while (end > start && space(header.charCodeAt(end - 1)))
        end--;
    if (start < end && header.charCodeAt(start) === QUOTE)
        start++;
    if (end > start && header.charCodeAt(end - 1) === QUOTE)
        end--;
    let last = end;
    while (last > start && space(header.charCodeAt(last - 1)))
        last--;
    if (last > start && header.charCodeAt(last - 1) === CLOSE) {
        let digits = last - 1;
        while (digits > start && digit(header.charCodeAt(digits - 1)))
            digits--;
        const hash = digits - 1;
        if (digits < last - 1 && hash - 1 >= start && header.charCodeAt(hash) === HASH && header.charCodeAt(hash - 1) === OPEN)
            end = hash - 1;
    }
    while (start < end && space(header.charCodeAt(start)))
        start++;
    while (end > start && space(header.charCodeAt(end - 1)))
        end--;
    return header.slice(start, end);
}
/** A header normalizeHeader leaves as it is (no quote, ` (#N)` or space at its ends): most of them, told without cutting it. */
function isNormalHeader(header) {
    if (header === "")
        return false;
    const first = header.charCodeAt(0);
    const last = header.charCodeAt(header.length - 1);
    return first !== QUOTE && last !== QUOTE && last !== CLOSE && !space(first) && !space(last);
}
const QUOTE = 0x22;
const HASH = 0x23;
function digit(code) {
    return code >= 0x30 && code <= 0x39;
}


/***/ }),

/***/ 6571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ splitBodyAndFooters),
/* harmony export */   L5: () => (/* binding */ parseCommit),
/* harmony export */   ko: () => (/* binding */ looksLikeRevert),
/* harmony export */   nf: () => (/* binding */ readFooterLines)
/* harmony export */ });
/* unused harmony export readHeader */
/* harmony import */ var _header_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9391);

// A footer line: `Token: value` or `Token #value`; `BREAKING CHANGE` is the one token with a space.
const FOOTER = /^(BREAKING[ -]CHANGE|[A-Za-z][\w-]*)(?::\s?|\s#)(.*)$/;
const REVERT_HEADER = /^revert(?::\s*|\s+)"?([\s\S]+?)"?(?:\s*\(#\d+\))?\s*$/i;
const REVERTS_SHA = /This reverts commit ([0-9a-f]{7,40})/i;
/**
 * Reads a commit the Conventional Commits way. This is hand-written rather than
 * conventional-commits-parser because the version decision reads every commit of the range and
 * the library costs about 9 µs a commit (0.9 s for 100k commits), more than `git log` itself.
 * The changelog renders the same object, so notes and versions never disagree.
 */
function parseCommit(raw) {
    const message = raw.message.includes("\r") ? raw.message.replace(/\r\n?/g, "\n") : raw.message;
    const newline = message.indexOf("\n");
    const header = (newline === -1 ? message : message.slice(0, newline)).trim();
    const rest = newline === -1 ? "" : message.slice(newline + 1);
    const { type, scope, bang, subject } = readHeader(header);
    // Every field present from the start, in one order: commits of one shape keep the loops over
    // 100k of them fast (objects that gain fields later get a shape each).
    const commit = {
        raw,
        header,
        type,
        scope,
        subject,
        bang,
        breakingNotes: [],
        breaking: false,
        body: "",
        footers: [],
        releaseAs: undefined,
        revert: undefined,
    };
    const { body, footers } = splitBodyAndFooters(rest);
    commit.body = body;
    commit.footers = footers;
    for (const footer of footers) {
        const token = footer.token.toUpperCase();
        if (token === "BREAKING CHANGE" || token === "BREAKING-CHANGE")
            commit.breakingNotes.push(footer.value.trim());
        else if (token === "RELEASE-AS" && footer.value.trim() !== "")
            commit.releaseAs = footer.value.trim();
    }
    commit.breaking = commit.bang || commit.breakingNotes.length > 0;
    if (commit.bang && commit.breakingNotes.length === 0)
        commit.breakingNotes.push(commit.subject);
    commit.revert = readRevert(header, rest, commit.type);
    return commit;
}
/** Reads a trimmed header line. Only the header decides type, scope and the `!`. */
function readHeader(header) {
    const scan = (0,_header_js__WEBPACK_IMPORTED_MODULE_0__/* .scanHeader */ .Ve)(header);
    if (!scan)
        return { type: undefined, scope: undefined, bang: false, subject: header };
    return { type: scan.type, scope: scan.scope, bang: scan.bang, subject: scan.subject };
}
/**
 * Whether parseCommit could treat the header as a revert. Such commits need the whole message
 * (the reverted sha is in the body), so fast readers hand them to parseCommit.
 */
function looksLikeRevert(header) {
    return /^revert\b/i.test(header);
}
/**
 * Footers are the trailing lines that look like `Token: value`, plus `BREAKING CHANGE:` blocks
 * anywhere after the header (they may run over several lines). The body is the text before.
 */
function splitBodyAndFooters(rest) {
    const trimmed = rest.trim();
    if (trimmed === "")
        return { body: "", footers: [] };
    // Without a ':' or '#' no line can be a footer: all of it is body (most commits of a long range).
    if (!rest.includes(":") && !rest.includes("#"))
        return { body: trimmed, footers: [] };
    const lines = rest.split("\n");
    const { footers, bodyEnd } = readFooterLines(lines);
    // The body is the text before the footers: slice it out of the message rather than join a copy
    // (over 100k commits the copies are most of the memory parsing takes).
    let bodyLength = -1;
    for (let index = 0; index < bodyEnd; index++)
        bodyLength += lines[index].length + 1;
    return { body: bodyEnd === 0 ? "" : rest.slice(0, bodyLength).trim(), footers };
}
/**
 * The footer block of a message's lines after the header: the footers, and the index of the line
 * where the body ends (lines.length when there are none).
 */
function readFooterLines(lines) {
    const footers = [];
    let bodyEnd = lines.length;
    let current;
    let inFooters = false;
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        // Most lines are prose: without a ':' or '#' none can be a footer, so spare them the expression.
        const footer = line.includes(":") || line.includes("#") ? FOOTER.exec(line.trimEnd()) : null;
        const startsBreaking = footer !== null && /^BREAKING[ -]CHANGE$/i.test(footer[1]);
        if (footer && (inFooters || startsBreaking || index === 0 || lines[index - 1].trim() === "")) {
            if (!inFooters)
                bodyEnd = Math.min(bodyEnd, index);
            inFooters = true;
            current = { token: footer[1], value: footer[2] };
            footers.push(current);
        }
        else if (inFooters && current && line.trim() !== "") {
            current.value += `\n${line}`;
        }
        else if (inFooters && current && line.trim() === "") {
            // A blank line inside the footer block ends nothing for BREAKING CHANGE texts, which may be paragraphs.
            if (/^BREAKING[ -]CHANGE$/i.test(current.token))
                current.value += "\n";
        }
    }
    for (const footer of footers)
        footer.value = footer.value.trim();
    return { footers, bodyEnd };
}
function readRevert(header, rest, type) {
    // A `revert` type always starts the header with "revert", so looksLikeRevert covers it.
    const looksReverted = looksLikeRevert(header) || type === "revert";
    if (!looksReverted)
        return undefined;
    const sha = REVERTS_SHA.exec(rest)?.[1];
    const named = REVERT_HEADER.exec(header)?.[1] ?? header.replace(/^revert:?\s*/i, "");
    // The quoted header exactly as written, only when nothing follows the closing quote.
    const exact = /^revert:?\s+"(.*)"$/i.exec(header)?.[1] ?? (type === "revert" ? header.replace(/^revert:?\s*/i, "") : undefined);
    return { header: (0,_header_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeHeader */ .jZ)(named), ...(exact !== undefined ? { exactHeader: exact } : {}), ...(sha ? { sha } : {}) };
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aS: () => (/* binding */ commitsTouching),
  dx: () => (/* binding */ readConventionalCommits)
});

// UNUSED EXPORTS: readCommits

// EXTERNAL MODULE: ./packages/core/src/commits/header.ts
var commits_header = __webpack_require__(9391);
// EXTERNAL MODULE: ./packages/core/src/commits/parse.ts
var parse = __webpack_require__(6571);
;// CONCATENATED MODULE: ./packages/core/src/commits/logged-commit.ts


const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const NO_NOTES = Object.freeze([]);
const NO_FOOTERS = Object.freeze([]);
/**
 * One commit of a `git log` reading, kept as the bytes git printed plus the few fields the
 * version decision reads. It is both the RawCommit and its ConventionalCommit (`raw` is the
 * object itself), and it equals what parseCommit makes of the same message: the header is
 * decoded and parsed at once, the body and footers only when someone asks (the changelog does,
 * version-bump never does). A message whose body could change the decision (a footer that may be
 * `BREAKING CHANGE` or `Release-As`, a revert, CRLF line ends) is not made into one of these:
 * CommitRecords hands it to parseCommit whole.
 *
 * Per commit this keeps one object of 13 fields, the sha and header strings (the subject is a
 * slice of the header), and the parents, date and message as bytes in the reading's ByteArena
 * (about 250 bytes): over 100k commits about 40 MB of heap and 25 MB of arena, where parsing
 * every message had kept a dozen objects and the decoded text (see docs/performance.md).
 */
class LoggedCommit {
    sha;
    author;
    header;
    type;
    scope;
    bang;
    subject;
    bytes;
    parentsStart;
    dateStart;
    messageStart;
    messageEnd;
    bodyStart;
    constructor(sha, author, header, type, scope, bang, subject, 
    /**
     * Where the fields decoded on demand are: `bytes` holds the parents, then the date, a NUL and
     * the message (trailing newlines left out), whose body starts at bodyStart (-1: no body).
     */
    bytes, parentsStart, dateStart, messageStart, messageEnd, bodyStart) {
        this.sha = sha;
        this.author = author;
        this.header = header;
        this.type = type;
        this.scope = scope;
        this.bang = bang;
        this.subject = subject;
        this.bytes = bytes;
        this.parentsStart = parentsStart;
        this.dateStart = dateStart;
        this.messageStart = messageStart;
        this.messageEnd = messageEnd;
        this.bodyStart = bodyStart;
    }
    // What parseCommit would say of a message with nothing in its body that counts (see
    // needsWholeMessage): computed, not stored, as 100k commits carry every field they store.
    get breaking() {
        return this.bang;
    }
    /** As parseCommit: a `!` without a BREAKING CHANGE footer makes the subject the migration note. */
    get breakingNotes() {
        return this.bang ? [this.subject] : NO_NOTES;
    }
    get releaseAs() {
        return undefined;
    }
    get revert() {
        return undefined;
    }
    get authorName() {
        return this.author.name;
    }
    get authorEmail() {
        return this.author.email;
    }
    get raw() {
        return this;
    }
    /** How many parents the commit has, without making their strings: shas as long as its own, a space between. */
    get parentCount() {
        return Math.round((this.dateStart - this.parentsStart + 1) / (this.sha.length + 1));
    }
    get parents() {
        return this.parentsStart === this.dateStart ? [] : this.bytes.toString("latin1", this.parentsStart, this.dateStart).split(" ");
    }
    get authorDate() {
        return this.bytes.toString("utf8", this.dateStart, this.messageStart - 1);
    }
    get message() {
        return this.bytes.toString("utf8", this.messageStart, this.messageEnd);
    }
    get body() {
        return this.split().body;
    }
    /**
     * Read again at every use, not kept: the footers of 100k commits, and the bodies their
     * substrings would keep alive, are tens of MB. Each line is decoded on its own (only lines are
     * needed to find the footer block).
     */
    get footers() {
        return this.readFooters();
    }
    readFooters() {
        if (this.bodyStart === -1)
            return NO_FOOTERS;
        const body = this.bytes.subarray(this.bodyStart, this.messageEnd);
        // Without a ':' or '#' no line can be a footer (as in splitBodyAndFooters).
        const colon = body.indexOf(0x3a);
        const hash = body.indexOf(0x23);
        if (colon === -1 && hash === -1)
            return NO_FOOTERS;
        // Nor can any line before the first that holds one: they are read from there, with the line
        // before it (whether that one is blank decides whether a footer may start).
        const first = colon === -1 ? hash : hash === -1 ? colon : Math.min(colon, hash);
        const lineStart = first === 0 ? 0 : body.lastIndexOf(NEWLINE, first - 1) + 1;
        const from = lineStart === 0 ? 0 : lineStart === 1 ? 0 : body.lastIndexOf(NEWLINE, lineStart - 2) + 1;
        const lines = [];
        for (let start = from;;) {
            const newline = body.indexOf(NEWLINE, start);
            lines.push(body.toString("utf8", start, newline === -1 ? body.length : newline));
            if (newline === -1)
                break;
            start = newline + 1;
        }
        const { footers } = (0,parse/* readFooterLines */.nf)(lines);
        return footers.length === 0 ? NO_FOOTERS : footers;
    }
    split() {
        return (0,parse/* splitBodyAndFooters */.Ah)(this.bodyStart === -1 ? "" : this.bytes.toString("utf8", this.bodyStart, this.messageEnd));
    }
}
/** The people and Conventional Commit words of one reading, kept once each instead of once per commit. */
class SharedStrings {
    known = new Map();
    people = new Map();
    intern(text) {
        if (text === undefined)
            return text;
        const found = this.known.get(text);
        if (found !== undefined)
            return found;
        this.known.set(text, text);
        return text;
    }
    /**
     * The author whose `name NUL email` are bytes [start, end) of `bytes`, decoded once per
     * distinct author: authors repeat, so the bytes are looked up by a hash of them first.
     */
    person(bytes, start, end) {
        let hash = 0x811c9dc5;
        for (let at = start; at < end; at++)
            hash = Math.imul(hash ^ bytes[at], 0x01000193);
        const candidates = this.people.get(hash);
        if (candidates !== undefined) {
            for (const candidate of candidates)
                if (sameBytes(candidate.bytes, bytes, start, end))
                    return candidate.person;
        }
        const text = bytes.toString("utf8", start, end);
        const nul = text.indexOf("\0");
        const person = { name: text.slice(0, nul), email: text.slice(nul + 1) };
        const entry = { bytes: Buffer.from(bytes.subarray(start, end)), person };
        if (candidates === undefined)
            this.people.set(hash, [entry]);
        else
            candidates.push(entry);
        return person;
    }
}
function sameBytes(kept, bytes, start, end) {
    if (kept.length !== end - start)
        return false;
    for (let index = 0; index < kept.length; index++)
        if (kept[index] !== bytes[start + index])
            return false;
    return true;
}
/**
 * Finds the next occurrence of one byte in a growing buffer, for queries whose starting points
 * never go back: an answer is reused while it lies ahead, and a search that found nothing is not
 * repeated over the same bytes. So each kind of byte is searched once over a reading, at the
 * speed of Buffer#indexOf, however many commits ask. Reset it when the buffer is replaced.
 */
class NextByte {
    byte;
    found = -1;
    searchedTo = 0;
    constructor(byte) {
        this.byte = byte;
    }
    /** The first position at or after `from` in `filled` holding the byte, or -1. */
    at(filled, from) {
        if (this.found >= from)
            return this.found;
        const start = this.found === -1 ? Math.max(from, this.searchedTo) : from;
        this.found = filled.indexOf(this.byte, start);
        if (this.found === -1)
            this.searchedTo = filled.length;
        return this.found;
    }
    reset() {
        this.found = -1;
        this.searchedTo = 0;
    }
}
/**
 * Where a reading keeps the bytes its commits decode on demand: chunks of about a megabyte, filled
 * in turn; what a commit keeps never straddles two.
 */
class ByteArena {
    chunkBytes;
    chunk = Buffer.allocUnsafe(0);
    /** Bytes of the current chunk in use. */
    used = 0;
    constructor(chunkBytes = 1 << 20) {
        this.chunkBytes = chunkBytes;
    }
    /** The chunk to copy `length` bytes into, at `used`; the caller adds `length` to `used` after. */
    reserve(length) {
        if (this.chunk.length - this.used < length) {
            this.chunk = Buffer.allocUnsafe(Math.max(this.chunkBytes, length));
            this.used = 0;
        }
        return this.chunk;
    }
}
/** What one reading shares: kept strings and bytes, and searches for line ends, carriage returns and the letters footer words are found by. */
class RecordScanner {
    shared = new SharedStrings();
    arena;
    constructor(arenaChunkBytes) {
        this.arena = new ByteArena(arenaChunkBytes);
    }
    newline = new NextByte(NEWLINE);
    carriageReturn = new NextByte(CARRIAGE_RETURN);
    lowerK = new NextByte(0x6b);
    upperK = new NextByte(0x4b);
    dash = new NextByte(0x2d);
    /** The buffer changed: every remembered position is void. */
    reset() {
        for (const search of [this.newline, this.carriageReturn, this.lowerK, this.upperK, this.dash])
            search.reset();
    }
}
/**
 * Makes the commit of one record of `git log -z` LOG_FORMAT output: `ends` holds the offsets of
 * the NULs that end its six fields in `filled` (the bytes read so far), the record starting at
 * `start`. Records must come in the order of the bytes, as the scanner's searches go forward only.
 */
function commitFromRecord(filled, start, ends, scanner) {
    const { shared } = scanner;
    // Without -z, git ends each record with a newline after the last NUL: it precedes the next sha.
    let shaStart = start;
    while (shaStart < ends[0] && filled[shaStart] === NEWLINE)
        shaStart++;
    const sha = filled.toString("latin1", shaStart, ends[0]);
    const author = shared.person(filled, ends[1] + 1, ends[3]);
    const messageStart = ends[4] + 1;
    let messageEnd = ends[5];
    while (messageEnd > messageStart && filled[messageEnd - 1] === NEWLINE)
        messageEnd--;
    const newline = scanner.newline.at(filled, messageStart);
    const headerEnd = newline === -1 || newline >= messageEnd ? messageEnd : newline;
    const header = filled.toString("utf8", messageStart, headerEnd).trim();
    const bodyStart = headerEnd === messageEnd ? -1 : headerEnd + 1;
    if (needsWholeMessage(filled, messageStart, messageEnd, bodyStart, scanner) || (0,parse/* looksLikeRevert */.ko)(header)) {
        const parentText = filled.toString("latin1", ends[0] + 1, ends[1]);
        return (0,parse/* parseCommit */.L5)({
            sha,
            parents: parentText === "" ? [] : parentText.split(" "),
            authorName: author.name,
            authorEmail: author.email,
            authorDate: filled.toString("utf8", ends[3] + 1, ends[4]),
            message: filled.toString("utf8", messageStart, messageEnd),
        });
    }
    const parts = (0,commits_header/* scanHeader */.Ve)(header);
    // Only the parents, the date and the message are kept, copied out of the reading buffer, which
    // is then reused: the rest of the record (sha, author) is already decoded.
    const parentsLength = ends[1] - (ends[0] + 1);
    const dateAndMessage = messageEnd - (ends[3] + 1);
    const kept = scanner.arena.reserve(parentsLength + dateAndMessage);
    const parentsStart = scanner.arena.used;
    filled.copy(kept, parentsStart, ends[0] + 1, ends[1]);
    filled.copy(kept, parentsStart + parentsLength, ends[3] + 1, messageEnd);
    scanner.arena.used += parentsLength + dateAndMessage;
    const shift = parentsStart + parentsLength - (ends[3] + 1);
    // Types and scopes repeat: one string each for the whole reading.
    const type = parts ? shared.intern(parts.type) : undefined;
    const scope = parts ? shared.intern(parts.scope) : undefined;
    return new LoggedCommit(sha, author, header, type, scope, parts ? parts.bang : false, parts ? parts.subject : header, kept, parentsStart, ends[3] + 1 + shift, messageStart + shift, messageEnd + shift, bodyStart === -1 ? -1 : bodyStart + shift);
}
/**
 * Whether the message could hold anything besides its header that parseCommit would act on: a
 * carriage return (it normalizes line ends), or in the body the words of a `BREAKING CHANGE`,
 * `BREAKING-CHANGE` or `Release-As` footer, in any case. They are found by their rarer letters
 * (the `k` of "breaking", the `-` of "release-as"). A false alarm only costs a full parse; a
 * miss would change a version, so this errs on the side of "yes".
 */
function needsWholeMessage(filled, messageStart, messageEnd, bodyStart, scanner) {
    const carriageReturn = scanner.carriageReturn.at(filled, messageStart);
    if (carriageReturn !== -1 && carriageReturn < messageEnd)
        return true;
    if (bodyStart === -1)
        return false;
    return (wordAround(filled, scanner.lowerK, bodyStart, messageEnd, "breaking", 4) ||
        wordAround(filled, scanner.upperK, bodyStart, messageEnd, "breaking", 4) ||
        wordAround(filled, scanner.dash, bodyStart, messageEnd, "release-as", 7));
}
/** Whether `word` (lower case) appears in [start, end), in any ASCII case, found by its letter at `offset`. */
function wordAround(filled, letter, start, end, word, offset) {
    for (let at = letter.at(filled, start + offset); at !== -1 && at < end; at = letter.at(filled, at + 1)) {
        if (at - offset + word.length <= end && matchesFolded(filled, at - offset, word))
            return true;
    }
    return false;
}
// `| 0x20` folds ASCII upper case onto lower case (and a few other bytes onto letters: only more false alarms).
function matchesFolded(bytes, at, word) {
    for (let index = 0; index < word.length; index++) {
        if ((bytes[at + index] | 0x20) !== word.charCodeAt(index))
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./packages/core/src/commits/log-args.ts
var log_args = __webpack_require__(5190);
;// CONCATENATED MODULE: ./packages/core/src/adapters/heap.ts
/**
 * Keeps V8's young generation at the size it has now for the rest of the process. By default V8
 * doubles it while most young objects survive, and reading a long history is exactly that: every
 * commit read is kept. On a machine with a large heap limit it grows to 2 × 64 MB, which was a
 * third of version-bump's peak at 100k commits (272 MB → 164 MB with this; the time is the same
 * within noise: see docs/performance.md).
 *
 * An action runs as `node dist/<name>/index.js` and cannot pass `--max-semi-space-size`, and V8
 * reads that flag only when the heap is set up; the growth factor it reads at every resize, so
 * setting it here takes effect. The commit reader calls this once a reading is long (CommitRecords),
 * not every command at its start: node:v8 costs a few milliseconds to load, a fair part of a short run.
 */
function keepYoungGenerationSmall() {
    if (kept)
        return;
    kept = true;
    process.getBuiltinModule("node:v8").setFlagsFromString(YOUNG_GENERATION_FLAG);
}
let kept = false;
const YOUNG_GENERATION_FLAG = "--semi-space-growth-factor=1";

;// CONCATENATED MODULE: ./packages/core/src/commits/stream.ts



const NUL = 0;
const stream_NEWLINE = 10;
// The reading buffer: a few thousand commits' worth; it doubles when one record does not fit.
const SLAB_BYTES = 1 << 20;
// A reading this long will likely go on: from here the young generation stops growing (heap.ts).
// Before, it may grow a little; short readings never load node:v8 for it.
const LONG_READING = 2048;
/**
 * Turns git's NUL-separated output into commits as the bytes arrive, however they were chunked.
 *
 * Bytes are copied into one reading buffer (grown when a record outgrows it), where a record is
 * always whole before it is read; what is left of an unfinished record moves to the front when
 * the buffer fills. A commit keeps what it decodes on demand in an arena of its own (see
 * LoggedCommit), so the buffer is reused throughout. Nothing is decoded before all of a field's
 * bytes are in, so a multi-byte UTF-8 character cut by a chunk edge is never split (NUL cannot
 * occur inside a UTF-8 sequence). Each commit goes to onCommit as soon as it is whole.
 */
class CommitRecords {
    onCommit;
    slab;
    /** Bytes of the slab in use. */
    used = 0;
    /** Where the record being read starts, and where to look for its next NUL. */
    recordStart = 0;
    scanFrom = 0;
    ends = new Int32Array(log_args/* FIELDS_PER_COMMIT */.Uj);
    fields = 0;
    scanner;
    /** Set by stop(): the reader wants no more commits. */
    halted = false;
    commits = 0;
    constructor(onCommit, 
    /** Tests make the buffers tiny to move records around often. */
    slabBytes = SLAB_BYTES) {
        this.onCommit = onCommit;
        this.slab = Buffer.allocUnsafe(slabBytes);
        this.scanner = new RecordScanner(slabBytes);
    }
    /** Whether stop() was called. */
    get stopped() {
        return this.halted;
    }
    /** No more commits are wanted (onCommit may call this): the rest of the output is ignored. */
    stop() {
        this.halted = true;
    }
    push(chunk) {
        if (this.halted)
            return;
        if (chunk.length > this.slab.length - this.used)
            this.makeRoom(chunk.length);
        // A copy: the caller may reuse its buffer.
        chunk.copy(this.slab, this.used);
        this.used += chunk.length;
        const filled = this.slab.subarray(0, this.used);
        for (let nul = filled.indexOf(NUL, this.scanFrom); nul !== -1; nul = filled.indexOf(NUL, nul + 1)) {
            this.ends[this.fields++] = nul;
            if (this.fields === log_args/* FIELDS_PER_COMMIT */.Uj) {
                this.onCommit(commitFromRecord(filled, this.recordStart, this.ends, this.scanner));
                this.fields = 0;
                this.recordStart = nul + 1;
                if (++this.commits === LONG_READING)
                    keepYoungGenerationSmall();
                if (this.halted)
                    return;
            }
        }
        this.scanFrom = this.used;
    }
    /**
     * The output has ended: what follows the last NUL is a last message without a terminator
     * (git log without -z), unless it is only newlines. Fields left over mean git's output was
     * cut short: say so rather than drop a commit.
     */
    end() {
        if (this.halted)
            return;
        let tailEnd = this.used;
        const tailStart = this.fields === 0 ? this.recordStart : this.ends[this.fields - 1] + 1;
        while (tailEnd > tailStart && this.slab[tailEnd - 1] === stream_NEWLINE)
            tailEnd--;
        if (tailEnd > tailStart) {
            this.ends[this.fields++] = this.used;
            if (this.fields === log_args/* FIELDS_PER_COMMIT */.Uj) {
                this.onCommit(commitFromRecord(this.slab.subarray(0, this.used), this.recordStart, this.ends, this.scanner));
                this.fields = 0;
            }
        }
        if (this.fields !== 0) {
            throw new Error(`git log output ended in the middle of a commit (${this.fields} of ${log_args/* FIELDS_PER_COMMIT */.Uj} fields read)`);
        }
    }
    /** Makes room for `incoming` more bytes: the unfinished record moves to the front, into a larger buffer when it must. */
    makeRoom(incoming) {
        const carried = this.used - this.recordStart;
        const target = carried + incoming > this.slab.length ? Buffer.allocUnsafe(Math.max(2 * this.slab.length, carried + incoming)) : this.slab;
        this.slab.copy(target, 0, this.recordStart, this.used);
        for (let field = 0; field < this.fields; field++)
            this.ends[field] -= this.recordStart;
        this.scanFrom -= this.recordStart;
        this.used = carried;
        this.recordStart = 0;
        this.slab = target;
        this.scanner.reset();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/commits/read.ts



/** Streams `git log` for a range, newest first, merges included. */
async function readCommits(git, range) {
    return (await readConventionalCommits(git, range)).map((commit) => commit.raw);
}
/**
 * The commits of a range, each parsed the moment git has printed it: parsing runs on this
 * process's core while git is still printing on another, instead of after it. Messages stay bytes
 * until a body is asked for: see LoggedCommit.
 *
 * git prints a range `from..to` only once it has walked all of it (it must know which commits
 * `from` reaches before it may print any), which leaves this process idle for most of the read.
 * When `from` is a sha, the range is first read as a linear history (readLinearRange), which git
 * prints while it walks; a history that turns out not to be linear is read the usual way.
 */
async function readConventionalCommits(git, range) {
    if (range.from !== undefined && FULL_SHA.test(range.from) && !(range.paths && range.paths.length > 0)) {
        const linear = await readLinearRange(git, range.from, range.to);
        if (linear)
            return linear;
    }
    const commits = [];
    const records = new CommitRecords((commit) => commits.push(commit));
    const revision = range.from ? `${range.from}..${range.to}` : range.to;
    await git.stream((0,log_args/* logArgs */.Q5)(revision, range.paths), (chunk) => records.push(chunk));
    records.end();
    return commits;
}
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * `from..to` when the history from `to` down to `from` is a single line of commits, or undefined
 * when it is not. git walks back from `to` printing as it goes (no negative ref, so nothing to
 * wait for) and is stopped at `from`. The commits before it are then exactly the range, in the
 * same order: none of them can be reachable from `from`, which they descend from, and everything
 * below is. A merge or a root commit met first means the line does not lead to `from` alone:
 * undefined, and the caller asks git for the range itself.
 */
async function readLinearRange(git, from, to) {
    const commits = [];
    let reached = false;
    const records = new CommitRecords((commit) => {
        if (commit.raw.sha === from)
            reached = true;
        else if (parentCount(commit) === 1)
            return void commits.push(commit);
        records.stop();
    });
    await git.stream((0,log_args/* logArgs */.Q5)(to), (chunk) => {
        records.push(chunk);
        return !records.stopped;
    });
    if (!records.stopped)
        records.end();
    return reached ? commits : undefined;
}
function parentCount(commit) {
    return commit instanceof LoggedCommit ? commit.parentCount : commit.raw.parents.length;
}
/** Shas of the commits in a range that touch any of the paths. */
async function commitsTouching(git, range, paths) {
    const revision = range.from ? `${range.from}..${range.to}` : range.to;
    const { stdout } = await git.run(["log", "--format=%H", revision, "--", ...paths]);
    return new Set(stdout.split("\n").filter((line) => line !== ""));
}


/***/ }),

/***/ 6349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: CONFIG_PATHS

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
;// CONCATENATED MODULE: ./packages/core/src/config/defaults.ts
/**
 * The built-in rules, consulted for a commit only when no custom rule matched it.
 * Order does not matter among them: the highest level of all matching rules wins.
 */
const DEFAULT_RULES = [
    { breaking: true, release: "major" },
    { type: "feat", release: "minor" },
    { type: "fix", release: "patch" },
    { type: "perf", release: "patch" },
];
const DEFAULT_RELEASE_COMMIT_MESSAGE = "chore(release): {version}";
const DEFAULT_MARKER = "cadence:version";
function defaultVersioning() {
    return {
        tagPrefix: "v",
        initialVersion: "1.0.0",
        preMajor: { breaking: "minor", feature: "minor" },
        rules: [],
        defaultRules: [...DEFAULT_RULES],
        bangIsBreaking: true,
        reverts: { cancelPairs: true, pairing: "lenient", lone: "patch" },
        minimumBump: "none",
        branches: [],
        buildMetadata: [],
        packages: [],
        releaseCommit: { enabled: false, message: DEFAULT_RELEASE_COMMIT_MESSAGE, include: ["CHANGELOG.md", "docs/releases"] },
    };
}

// EXTERNAL MODULE: ./packages/core/src/config/yaml-module.ts
var yaml_module = __webpack_require__(5038);
;// CONCATENATED MODULE: ./packages/core/src/config/import-workflows.ts

const WORKFLOWS_DIR = ".github/workflows";
/**
 * Every step of every workflow in `.github/workflows/`, in file-name order. Needs a Files port
 * that can list a folder; without one there are no workflows to read. A workflow that is not valid
 * YAML is skipped: GitHub does not run it either.
 */
async function workflowSteps(files) {
    if (!files.list)
        return [];
    const names = (await files.list(WORKFLOWS_DIR)).filter((name) => /\.ya?ml$/.test(name)).sort();
    if (names.length === 0)
        return [];
    const { parse: parseYaml } = await (0,yaml_module/* yamlModule */.A)();
    const steps = [];
    for (const name of names) {
        const file = `${WORKFLOWS_DIR}/${name}`;
        const text = await files.read(file);
        if (text === undefined)
            continue;
        let workflow;
        try {
            workflow = parseYaml(text);
        }
        catch {
            continue;
        }
        const jobs = isRecord(workflow) && isRecord(workflow.jobs) ? workflow.jobs : {};
        for (const job of Object.values(jobs)) {
            if (!isRecord(job))
                continue;
            // A job that calls a reusable workflow (`uses:` on the job) is a step of sorts too.
            if (typeof job.uses === "string")
                steps.push({ file, uses: job.uses, with: inputs(job.with) });
            if (!Array.isArray(job.steps))
                continue;
            for (const step of job.steps) {
                if (!isRecord(step))
                    continue;
                steps.push({
                    file,
                    ...(typeof step.uses === "string" ? { uses: step.uses } : {}),
                    ...(typeof step.run === "string" ? { run: step.run } : {}),
                    with: inputs(step.with),
                });
            }
        }
    }
    return steps;
}
function inputs(value) {
    if (!isRecord(value))
        return {};
    const result = {};
    for (const [key, input] of Object.entries(value))
        if (input !== null && input !== undefined)
            result[key] = String(input);
    return result;
}
function isRecord(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}
/** Splits a shell command line into words, honouring simple quotes; enough to read a CLI's flags. */
function shellWords(line) {
    const words = [];
    const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
    for (let match = pattern.exec(line); match; match = pattern.exec(line))
        words.push(match[1] ?? match[2] ?? match[3]);
    return words;
}

;// CONCATENATED MODULE: ./packages/core/src/config/import-release-please.ts




/** release-please's release-PR title, and so the header of the commit that merges it. */
const DEFAULT_TITLE_PATTERN = "chore${scope}: release${component} ${version}";
/** The types release-please counts as a feature besides `feat`. */
const RELEASE_PLEASE_RULES = [...DEFAULT_RULES, { type: "feature", release: "minor" }, { type: "revert", release: "patch" }];
const APP_FILES = [".github/release-please.yml", ".github/release-please.yaml"];
const CONFIG_FILE = "release-please-config.json";
const MANIFEST_FILE = ".release-please-manifest.json";
/**
 * Reads release-please's configuration, in the order release-please itself is set up: the GitHub
 * App's `.github/release-please.yml` (whose `manifest: true` hands over to the manifest files),
 * then the manifest configuration `release-please-config.json` with `.release-please-manifest.json`
 * (the action and the CLI), then the release-please action's inputs in a workflow.
 */
async function importReleasePlease(files) {
    for (const path of APP_FILES) {
        const text = await files.read(path);
        if (text !== undefined)
            return fromAppConfig(files, text, path);
    }
    const configText = await files.read(CONFIG_FILE);
    if (configText !== undefined)
        return fromManifestConfig(files, CONFIG_FILE, configText, MANIFEST_FILE, []);
    const step = (await workflowSteps(files)).find((candidate) => candidate.uses !== undefined && /(^|\/)release-please-action(@|$)/.test(candidate.uses));
    if (step)
        return fromAction(files, step);
    return undefined;
}
/** What release-please does regardless of options: `!` is breaking, `feature` is a feature, and a release is at least a patch. */
function releasePleaseBase() {
    const versioning = defaultVersioning();
    versioning.bangIsBreaking = true;
    versioning.preMajor = { breaking: "major", feature: "minor" };
    versioning.defaultRules = [...RELEASE_PLEASE_RULES];
    // release-please does not pair reverts: a reverted commit still counts, and a git-style
    // `Revert "…"` header is not a Conventional Commit, so on its own it asks for nothing more than
    // the patch every release-please release is at least.
    versioning.reverts = { cancelPairs: false, pairing: "lenient", lone: "none" };
    // Its versioning strategy never releases less than a patch: the merged release PR is the
    // decision to release, whatever the commits' types (PR-description overrides included).
    versioning.minimumBump = "patch";
    versioning.releaseCommitPattern = titlePattern(DEFAULT_TITLE_PATTERN);
    return versioning;
}
async function fromManifestConfig(files, file, configText, manifestFile, extraFiles) {
    const config = parseJsonObject(configText, file);
    const location = { file };
    const source = { kind: "release-please", files: [...extraFiles, file], notices: [] };
    const manifestText = await files.read(manifestFile);
    if (manifestText !== undefined) {
        source.files.push(manifestFile);
        parseJsonObject(manifestText, manifestFile);
    }
    const versioning = releasePleaseBase();
    if (config.packages !== undefined && !import_release_please_isRecord(config.packages))
        throw new errors/* ConfigurationError */.j1("packages must be an object of paths", location);
    const packages = config.packages ?? { ".": {} };
    const paths = Object.keys(packages);
    if (paths.length === 0)
        throw new errors/* ConfigurationError */.j1("packages names no package", location);
    const packageName = await packageJsonName(files);
    const optionsOf = (path) => {
        const own = packages[path];
        if (own !== undefined && !import_release_please_isRecord(own))
            throw new errors/* ConfigurationError */.j1(`packages["${path}"] must be an object`, location);
        return { ...config, ...own };
    };
    const root = optionsOf(paths.includes(".") ? "." : paths[0]);
    applyOptions(versioning, root, location, source);
    // release-please's tag: <component><separator>v<version>. A package in a folder always has a
    // component. The root package's component (node: package.json's name) goes into the tag only when
    // the configuration says so (component, package-name, include-component-in-tag: true): the
    // tags a single-package repository has are read as `v1.2.3` otherwise (see docs/migrating.md).
    const tagPrefixOf = (path, options) => {
        const v = options["include-v-in-tag"] === false ? "" : "v";
        const named = options["include-component-in-tag"] === true || import_release_please_text(options.component) !== undefined || import_release_please_text(options["package-name"]) !== undefined;
        const component = path !== "." || named ? componentOf(path, options, path === "." ? packageName : undefined) : undefined;
        const include = options["include-component-in-tag"] !== false;
        return include && component ? `${component}${import_release_please_text(options["tag-separator"]) ?? "-"}${v}` : v;
    };
    if (paths.length > 1) {
        versioning.packages = paths.map((path) => {
            const options = optionsOf(path);
            const clean = path === "." ? "." : path.replace(/^\.\//, "").replace(/\/+$/, "");
            return {
                name: componentOf(path, options, undefined) ?? clean,
                path: clean,
                tagPrefix: tagPrefixOf(path, options),
                manifests: [{ path: clean === "." ? "package.json" : `${clean}/package.json`, kind: "package-json" }],
            };
        });
    }
    else {
        versioning.tagPrefix = tagPrefixOf(paths[0], root);
    }
    if (Array.isArray(config.plugins) && config.plugins.length > 0) {
        const names = config.plugins.map((plugin) => (import_release_please_isRecord(plugin) ? String(plugin.type) : String(plugin)));
        source.notices.push({ message: `release-please plugins (${names.join(", ")}) are not applied: each package is versioned from its own commits`, location });
    }
    return { versioning, raw: {}, source };
}
// The component a tag carries: `component`, else `package-name`, else (node) package.json's name without its scope.
function componentOf(path, options, packageName) {
    const explicit = import_release_please_text(options.component) ?? import_release_please_text(options["package-name"]);
    // The manifest configuration's release type is node unless it says otherwise.
    const name = explicit ?? (["node", "expo"].includes(String(options["release-type"] ?? "node")) ? packageName : undefined);
    if (name)
        return name.replace(/^@[^/]+\//, "");
    return path === "." ? undefined : path.split("/").filter(Boolean).pop();
}
async function packageJsonName(files) {
    const textValue = await files.read("package.json");
    if (textValue === undefined)
        return undefined;
    try {
        const name = JSON.parse(textValue).name;
        return typeof name === "string" ? name : undefined;
    }
    catch {
        return undefined;
    }
}
async function fromAppConfig(files, textValue, file) {
    let value;
    try {
        value = (await (0,yaml_module/* yamlModule */.A)()).parse(textValue);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`is not valid YAML: ${firstLine(error.message)}`, { file });
    }
    if (value !== null && value !== undefined && !import_release_please_isRecord(value))
        throw new errors/* ConfigurationError */.j1("must be a mapping of release-please options", { file });
    const app = (value ?? {});
    if (app.manifest === true) {
        // The App hands over to the manifest files; its own bump options do not apply then.
        const configFile = import_release_please_text(app.manifestConfig) ?? CONFIG_FILE;
        const manifestFile = import_release_please_text(app.manifestFile) ?? MANIFEST_FILE;
        const configText = await files.read(configFile);
        if (configText === undefined)
            throw new errors/* ConfigurationError */.j1(`says manifest: true, but the manifest configuration ${configFile} does not exist`, { file });
        return fromManifestConfig(files, configFile, configText, manifestFile, [file]);
    }
    const source = { kind: "release-please", files: [file], notices: [] };
    if (Array.isArray(app.branches) && app.branches.length > 0) {
        source.notices.push({ message: "the per-branch settings under 'branches' are not read: the top-level options apply on every branch", location: { file } });
    }
    const versioning = releasePleaseBase();
    applyOptions(versioning, {
        "release-type": app.releaseType,
        versioning: app.versioning,
        "bump-minor-pre-major": app.bumpMinorPreMajor,
        "bump-patch-for-minor-pre-major": app.bumpPatchForMinorPreMajor,
        "release-as": app.releaseAs,
    }, { file }, source);
    return { versioning, raw: {}, source };
}
/** The release-please action's inputs (`release-type: node`, `bump-minor-pre-major: true`, …), or the manifest files it points at. */
async function fromAction(files, step) {
    const inputs = step.with;
    const manifestMode = inputs.command === "manifest" || inputs.command === "manifest-pr" || (inputs["release-type"] === undefined && inputs.command === undefined);
    if (manifestMode) {
        const configFile = inputs["config-file"] ?? CONFIG_FILE;
        const configText = await files.read(configFile);
        if (configText !== undefined)
            return fromManifestConfig(files, configFile, configText, inputs["manifest-file"] ?? MANIFEST_FILE, [step.file]);
    }
    const source = { kind: "release-please", files: [step.file], notices: [] };
    const versioning = releasePleaseBase();
    const flag = (name) => (inputs[name] === undefined ? undefined : /^true$/i.test(inputs[name]));
    applyOptions(versioning, {
        "release-type": inputs["release-type"],
        versioning: inputs["versioning-strategy"],
        "bump-minor-pre-major": flag("bump-minor-pre-major"),
        "bump-patch-for-minor-pre-major": flag("bump-patch-for-minor-pre-major"),
        "release-as": inputs["release-as"],
        "include-v-in-tag": flag("include-v-in-tag"),
        "pull-request-title-pattern": inputs["pull-request-title-pattern"],
    }, { file: step.file }, source);
    const monorepoTags = flag("monorepo-tags") === true || flag("include-component-in-tag") === true;
    const component = inputs.component ?? inputs["package-name"];
    if (monorepoTags && component)
        versioning.tagPrefix = `${component.replace(/^@[^/]+\//, "")}-${versioning.tagPrefix}`;
    return { versioning, raw: {}, source };
}
function applyOptions(versioning, options, location, source) {
    const strategy = import_release_please_text(options.versioning) ?? "default";
    switch (strategy) {
        case "default":
            break;
        // Every release is this level, whatever the commits say (Release-As still wins).
        case "always-bump-patch":
        case "always-bump-minor":
        case "always-bump-major":
            versioning.rules = [{ release: strategy.slice("always-bump-".length) }];
            break;
        default:
            throw new errors/* ConfigurationError */.j1(`the versioning strategy '${strategy}' is not one cadence reads (default, always-bump-patch, always-bump-minor, always-bump-major); set the versions in .github/cadence.yml instead`, location);
    }
    if (options.prerelease === true || options["prerelease-type"] !== undefined) {
        source.notices.push({ message: "release-please's prerelease options are not read: release on a channel with --prerelease or a branch line with prerelease:", location });
    }
    if (bool(options["bump-minor-pre-major"], "bump-minor-pre-major", location))
        versioning.preMajor.breaking = "minor";
    if (bool(options["bump-patch-for-minor-pre-major"], "bump-patch-for-minor-pre-major", location))
        versioning.preMajor.feature = "patch";
    const releaseAs = import_release_please_text(options["release-as"]);
    if (releaseAs)
        versioning.releaseAs = releaseAs;
    if (options["include-v-in-tag"] === false)
        versioning.tagPrefix = "";
    const initial = import_release_please_text(options["initial-version"]);
    if (initial)
        versioning.initialVersion = initial;
    const title = import_release_please_text(options["pull-request-title-pattern"]);
    if (title)
        versioning.releaseCommitPattern = titlePattern(title);
}
/**
 * A release-PR title pattern (`chore${scope}: release${component} ${version}`) as the header
 * pattern cadence matches release commits with: the version is `{version}`, anything else
 * variable is a wildcard.
 */
function titlePattern(pattern) {
    return pattern
        .replace(/\$\{scope\}/g, "{scope}")
        .replace(/\$\{component\}/g, "{component}")
        .replace(/\$\{branch\}/g, "{branch}")
        .replace(/\$\{version\}/g, "{version}");
}
function bool(value, name, location) {
    if (value === undefined || value === null)
        return false;
    if (typeof value === "boolean")
        return value;
    throw new errors/* ConfigurationError */.j1(`${name} must be true or false, not ${JSON.stringify(value)}`, location);
}
function import_release_please_text(value) {
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}
function parseJsonObject(textValue, file) {
    let value;
    try {
        value = JSON.parse(textValue);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`is not valid JSON: ${firstLine(error.message)}`, { file });
    }
    if (!import_release_please_isRecord(value))
        throw new errors/* ConfigurationError */.j1("must be a JSON object", { file });
    return value;
}
function import_release_please_isRecord(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}
function firstLine(message) {
    return message.split("\n")[0];
}

;// CONCATENATED MODULE: ./packages/core/src/config/import-semantic-release.ts




/**
 * Where semantic-release looks for its configuration, in its own order (cosmiconfig's search
 * places for "release"); the first one found is the configuration. package.json counts only
 * when it has a "release" key.
 */
const SEARCH_PLACES = [
    { path: ".releaserc", format: "yaml" },
    { path: ".releaserc.json", format: "json" },
    { path: ".releaserc.yaml", format: "yaml" },
    { path: ".releaserc.yml", format: "yaml" },
    ...["js", "ts", "mjs", "cjs", "mts", "cts"].map((ext) => ({ path: `.releaserc.${ext}`, format: "code" })),
    { path: ".config/releaserc", format: "yaml" },
    { path: ".config/releaserc.json", format: "json" },
    { path: ".config/releaserc.yaml", format: "yaml" },
    { path: ".config/releaserc.yml", format: "yaml" },
    ...["js", "ts", "mjs", "cjs", "mts", "cts"].map((ext) => ({ path: `.config/releaserc.${ext}`, format: "code" })),
    ...["js", "ts", "mjs", "cjs", "mts", "cts"].map((ext) => ({ path: `release.config.${ext}`, format: "code" })),
];
/** semantic-release's own default branches (used when the configuration names none). */
const SEMANTIC_RELEASE_DEFAULT_BRANCHES = [
    "+([0-9])?(.{+([0-9]),x}).x",
    "master",
    "main",
    "next",
    "next-major",
    { name: "beta", prerelease: true },
    { name: "alpha", prerelease: true },
];
/** The commit analyzer under its current and its former package name. */
const COMMIT_ANALYZERS = ["@semantic-release/commit-analyzer", "sr-commit-analyzer"];
const PRESETS = {
    angular: "angular",
    "conventional-changelog-angular": "angular",
    conventionalcommits: "conventionalcommits",
    "conventional-changelog-conventionalcommits": "conventionalcommits",
};
/**
 * Reads a semantic-release configuration, if the repository has one, into ours: the file
 * semantic-release itself would read, or, with none, a workflow that runs semantic-release (then
 * its defaults apply, with the flags on its command line). A configuration written as code
 * (`release.config.js`) is refused with a clear error: cadence does not run it, so it cannot know
 * what it computes.
 */
async function importSemanticRelease(files) {
    const found = await findConfig(files);
    const steps = await workflowSteps(files);
    const run = steps.find((step) => runsSemanticRelease(step));
    if (!found && !run)
        return undefined;
    const notices = [];
    let raw = found?.value ?? {};
    const sourceFiles = found ? [found.file] : [];
    if (run) {
        const flags = commandLineOptions(run, notices, (await (0,yaml_module/* yamlModule */.A)()).parse);
        if (Object.keys(flags).length > 0 || !found)
            sourceFiles.push(run.file);
        raw = { ...raw, ...flags };
        if (!found) {
            notices.push({
                message: `${run.file} runs semantic-release without a configuration file: its defaults apply (angular preset, default release rules and branches)`,
                location: { file: run.file },
            });
        }
    }
    return translate(raw, found?.file ?? run.file, sourceFiles, notices);
}
async function findConfig(files) {
    const manifest = await files.read("package.json");
    if (manifest !== undefined) {
        let pkg;
        try {
            pkg = JSON.parse(manifest);
        }
        catch {
            pkg = undefined; // a broken package.json is reported by whatever reads it for its own purpose
        }
        if (import_semantic_release_isRecord(pkg) && pkg.release !== undefined)
            return { file: "package.json#release", value: expectObject(pkg.release, "package.json#release") };
    }
    for (const place of SEARCH_PLACES) {
        const text = await files.read(place.path);
        if (text === undefined)
            continue;
        if (place.format === "code") {
            throw new errors/* ConfigurationError */.j1(`is a semantic-release configuration written as code; cadence does not run code from configuration, so it cannot know what it computes. ` +
                "Write the same settings as data, in .releaserc.json or in .github/cadence.yml (versioning.rules, versioning.branches, versioning.tag-prefix).", { file: place.path });
        }
        let value;
        try {
            value = place.format === "json" ? JSON.parse(text) : (await (0,yaml_module/* yamlModule */.A)()).parse(text);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`is not valid ${place.format === "json" ? "JSON" : "JSON or YAML"}: ${import_semantic_release_firstLine(error.message)}`, { file: place.path });
        }
        return { file: place.path, value: expectObject(value, place.path) };
    }
    return undefined;
}
/** A workflow step that runs semantic-release: `npx semantic-release`, `pnpm semantic-release`, the community action. */
function runsSemanticRelease(step) {
    if (step.uses && /(^|\/)semantic-release-action(@|$)/.test(step.uses))
        return true;
    return step.run !== undefined && semanticReleaseCommand(step.run) !== undefined;
}
function semanticReleaseCommand(run) {
    for (const line of run.split("\n")) {
        const words = shellWords(line.replace(/#.*$/, ""));
        const at = words.findIndex((word) => /^semantic-release(@[\w.^~<>=*-]+)?$/.test(word));
        if (at === -1)
            continue;
        // Only as the command itself: bare, `npx [-y] [-p pkg] semantic-release`, `pnpm [exec|dlx] semantic-release`,
        // `yarn [dlx] semantic-release`, `npm exec|run semantic-release`; not `npm install semantic-release`.
        const before = words.slice(0, at).filter((word, index, all) => !/^-/.test(word) && !/^-(p|-package)$/.test(all[index - 1] ?? ""));
        const runner = before[0];
        const via = before.slice(1);
        const runs = before.length === 0 ||
            (/^(npx|pnpx|bunx)$/.test(runner) && via.length === 0) ||
            (/^(pnpm|yarn|bun)$/.test(runner) && (via.length === 0 || (via.length === 1 && /^(exec|dlx|run|x)$/.test(via[0])))) ||
            (runner === "npm" && via.length === 1 && /^(exec|run|run-script|x)$/.test(via[0]));
        if (runs)
            return words.slice(at + 1);
    }
    return undefined;
}
/** The options given on semantic-release's command line (or as the community action's inputs) that bear on versions. */
function commandLineOptions(step, notices, parseYaml) {
    const options = {};
    const location = { file: step.file };
    if (step.uses) {
        if (step.with.branches)
            options.branches = parseYamlList(step.with.branches, parseYaml);
        if (step.with.extends)
            notices.push({ message: `the semantic-release action extends ${step.with.extends}, a shareable configuration cadence cannot read; its settings are not applied`, location });
        return options;
    }
    const args = semanticReleaseCommand(step.run ?? "") ?? [];
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
        const values = () => {
            if (inline !== undefined)
                return [inline];
            const taken = [];
            while (index + 1 < args.length && !args[index + 1].startsWith("-"))
                taken.push(args[++index]);
            return taken;
        };
        if (flag === "--branches" || flag === "-b")
            options.branches = values();
        else if (flag === "--tag-format" || flag === "-t")
            options.tagFormat = values()[0];
        else if (flag === "--extends" || flag === "-e")
            notices.push({ message: `semantic-release extends ${values().join(", ")} on its command line, a shareable configuration cadence cannot read; its settings are not applied`, location });
        else if (flag === "--plugins" || flag === "-p")
            notices.push({ message: `semantic-release's plugins are set on its command line (${values().join(", ")}); cadence reads commits as @semantic-release/commit-analyzer does`, location });
    }
    return options;
}
function parseYamlList(text, parseYaml) {
    try {
        const value = parseYaml(text);
        if (Array.isArray(value))
            return value.map(String);
    }
    catch {
        // a plain name
    }
    return text.split(/[\s,]+/).filter(Boolean);
}
function expectObject(value, file) {
    if (!import_semantic_release_isRecord(value))
        throw new errors/* ConfigurationError */.j1("a semantic-release configuration must be an object", { file });
    return value;
}
function translate(raw, file, sourceFiles, notices) {
    const source = { kind: "semantic-release", files: sourceFiles, notices };
    const location = { file };
    const versioning = defaultVersioning();
    const analyzer = analyzerOptions(raw, file, notices);
    const presetName = analyzer.preset ?? analyzer.config ?? "angular";
    if (typeof presetName !== "string")
        throw new errors/* ConfigurationError */.j1(`the commit analyzer's preset must be a name, not ${JSON.stringify(presetName)}`, location);
    const preset = PRESETS[presetName];
    if (!preset) {
        throw new errors/* ConfigurationError */.j1(`the semantic-release preset '${presetName}' has its own commit format, which cadence does not read; it reads Conventional Commits as the angular and conventionalcommits presets do. ` +
            "Switch the preset, or write the rules in .github/cadence.yml.", location);
    }
    // The angular preset's header pattern has no `!` (`feat!:` is not a conventional header there); conventionalcommits reads it as breaking.
    versioning.bangIsBreaking = preset === "conventionalcommits";
    if (import_semantic_release_isRecord(analyzer.parserOpts) && Object.keys(analyzer.parserOpts).length > 0) {
        notices.push({
            message: `the commit analyzer's parserOpts (${Object.keys(analyzer.parserOpts).join(", ")}) are not read: commits are parsed as the ${preset} preset parses them`,
            location,
        });
    }
    if (raw.extends !== undefined) {
        notices.push({ message: `'extends' names a shareable configuration (${JSON.stringify(raw.extends)}) that cadence cannot read; its settings are not applied`, location });
    }
    // semantic-release pairs a revert with its commit only when the quoted header and the full sha
    // both match as written (GitHub's `Revert "x (#1)" (#2)` is not paired); a lone revert is a patch.
    versioning.reverts = { cancelPairs: true, pairing: "exact", lone: "patch" };
    if (analyzer.releaseRules !== undefined)
        versioning.rules = translateRules(analyzer.releaseRules, location);
    if (raw.tagFormat !== undefined)
        versioning.tagPrefix = tagPrefixOf(raw.tagFormat, location);
    const branches = raw.branches ?? (typeof raw.branch === "string" ? [raw.branch] : SEMANTIC_RELEASE_DEFAULT_BRANCHES);
    versioning.branches = translateBranches(branches, location, notices);
    return { versioning, raw: {}, source };
}
/**
 * The commit analyzer's options as semantic-release hands them over: the global options, then the
 * options given with the plugin in `plugins`, then a step object (`analyzeCommits: {releaseRules}`,
 * the older form), each overriding the one before.
 */
function analyzerOptions(raw, file, notices) {
    const location = { file };
    let options = pick(raw);
    if (Array.isArray(raw.plugins)) {
        for (const plugin of raw.plugins) {
            if (Array.isArray(plugin) && COMMIT_ANALYZERS.includes(String(plugin[0])) && import_semantic_release_isRecord(plugin[1]))
                options = { ...options, ...pick(plugin[1]) };
        }
    }
    const step = raw.analyzeCommits;
    if (step !== undefined) {
        const path = typeof step === "string" ? step : import_semantic_release_isRecord(step) && typeof step.path === "string" ? step.path : undefined;
        if (path !== undefined && !COMMIT_ANALYZERS.includes(path)) {
            notices.push({
                message: `'analyzeCommits' runs ${path}, a commit analyzer cadence does not run; commits are read with @semantic-release/commit-analyzer's rules instead`,
                location,
            });
        }
        if (import_semantic_release_isRecord(step))
            options = { ...options, ...pick(step) };
    }
    return options;
}
function pick(value) {
    const options = {};
    for (const key of ["preset", "config", "releaseRules", "parserOpts"])
        if (value[key] !== undefined)
            options[key] = value[key];
    return options;
}
function translateRules(rules, location) {
    if (typeof rules === "string") {
        throw new errors/* ConfigurationError */.j1(`releaseRules names a module (${rules}); cadence does not run code from configuration. List the rules as data instead.`, location);
    }
    if (!Array.isArray(rules))
        throw new errors/* ConfigurationError */.j1("releaseRules must be a list of rules", location);
    return rules.map((rule, index) => {
        if (!import_semantic_release_isRecord(rule))
            throw new errors/* ConfigurationError */.j1(`releaseRules[${index}] must be an object`, location);
        const { release, type, scope, subject, breaking, revert, ...rest } = rule;
        const unknownKeys = Object.keys(rest);
        if (unknownKeys.length > 0) {
            throw new errors/* ConfigurationError */.j1(`releaseRules[${index}] matches on ${unknownKeys.join(", ")}, which cadence does not read (it reads type, scope, subject, breaking, revert)`, location);
        }
        const level = release === false ? "none" : release;
        if (!["major", "minor", "patch", "none"].includes(level)) {
            throw new errors/* ConfigurationError */.j1(`releaseRules[${index}].release must be major, minor, patch or false, not ${JSON.stringify(release)}`, location);
        }
        for (const [key, value] of Object.entries({ type, scope, subject })) {
            if (value !== undefined && typeof value !== "string")
                throw new errors/* ConfigurationError */.j1(`releaseRules[${index}].${key} must be a text (a glob), not ${JSON.stringify(value)}`, location);
        }
        return {
            release: level,
            ...(typeof type === "string" ? { type } : {}),
            ...(typeof scope === "string" ? { scope } : {}),
            ...(typeof subject === "string" ? { subject } : {}),
            ...(breaking === true ? { breaking: true } : {}),
            ...(revert === true ? { revert: true } : {}),
        };
    });
}
function tagPrefixOf(tagFormat, location) {
    const match = typeof tagFormat === "string" ? /^(.*)\$\{version\}$/.exec(tagFormat) : null;
    if (!match || match[1].includes("${")) {
        throw new errors/* ConfigurationError */.j1(`tagFormat ${JSON.stringify(tagFormat)} is not of the form '<prefix>\${version}', the only form cadence reads`, location);
    }
    return match[1];
}
// A lodash template that only names the branch: `${name}`.
const NAME_ONLY = /\$\{\s*name\s*\}/g;
function translateBranches(branches, location, notices) {
    const list = Array.isArray(branches) ? branches : [branches];
    return list.map((entry, index) => {
        const branch = (typeof entry === "string" ? { name: entry } : entry);
        if (!import_semantic_release_isRecord(branch) || typeof branch.name !== "string")
            throw new errors/* ConfigurationError */.j1(`branches[${index}] must be a name or an object with a name`, location);
        const line = { name: branch.name };
        if (branch.prerelease === true) {
            line.prerelease = branch.name;
        }
        else if (typeof branch.prerelease === "string") {
            const id = branch.prerelease.replace(NAME_ONLY, branch.name);
            if (id.includes("${") || !/^[0-9A-Za-z-]+$/.test(id)) {
                throw new errors/* ConfigurationError */.j1(`branches[${index}].prerelease ${JSON.stringify(branch.prerelease)} is a template cadence does not evaluate (it reads true, a plain identifier, or \${name}); write the channel's identifier`, location);
            }
            line.prerelease = id;
        }
        if (typeof branch.range === "string") {
            const range = branch.range.replace(NAME_ONLY, branch.name);
            if (range.includes("${")) {
                // e.g. renovate's `${name.replace(/^maint\//g, '')}`: code; the range is read from the branch name instead, as semantic-release does without one.
                notices.push({ message: `branches[${index}].range ${JSON.stringify(branch.range)} is a template cadence does not evaluate; the range is read from the branch name (maint/1.x → 1.x)`, location });
                line.maintenance = true;
            }
            else {
                line.range = range;
            }
        }
        else if (/(^|\/)v?\d+(\.\d+)?\.x$/.test(branch.name) || branch.name.includes("+([0-9])")) {
            line.maintenance = true;
        }
        return line;
    });
}
function import_semantic_release_isRecord(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}
function import_semantic_release_firstLine(text) {
    return text.split("\n")[0];
}

// EXTERNAL MODULE: ./packages/core/src/version/metadata.ts
var metadata = __webpack_require__(9229);
;// CONCATENATED MODULE: ./packages/core/src/config/versioning.ts



/** Turns the validated `versioning:` section into the resolved config, defaults filled in. */
function resolveVersioning(raw, source) {
    const config = defaultVersioning();
    if (!raw)
        return config;
    if (raw["tag-prefix"] !== undefined)
        config.tagPrefix = raw["tag-prefix"];
    // The seed's `1.2.3+state-v2+prompts-v17` passes the schema and is stored as valid SemVer.
    if (raw["initial-version"])
        config.initialVersion = versionAt(raw["initial-version"], "initial-version", source);
    if (raw["release-as"])
        config.releaseAs = versionAt(raw["release-as"], "release-as", source);
    if (raw["pre-major"])
        config.preMajor = { ...config.preMajor, ...raw["pre-major"] };
    if (raw.rules) {
        checkRules(raw.rules, source);
        config.rules = raw.rules.map((rule) => ({ ...rule }));
    }
    if (raw["default-rules"] === false)
        config.defaultRules = [];
    if (raw["bang-is-breaking"] !== undefined)
        config.bangIsBreaking = raw["bang-is-breaking"];
    if (raw["minimum-bump"])
        config.minimumBump = raw["minimum-bump"];
    if (raw.reverts) {
        config.reverts = {
            cancelPairs: raw.reverts["cancel-pairs"] ?? config.reverts.cancelPairs,
            pairing: raw.reverts.pairing ?? config.reverts.pairing,
            lone: raw.reverts.lone ?? config.reverts.lone,
        };
    }
    if (raw.branches)
        config.branches = raw.branches.map((branch) => ({ ...branch }));
    const metadata = raw["build-metadata"];
    if (metadata)
        config.buildMetadata = Array.isArray(metadata) ? [...metadata] : Object.entries(metadata).map(([key, value]) => `${key}-${value}`);
    const rootManifests = raw.manifests?.map(toManifest);
    if (raw.packages && raw.packages.length > 0) {
        config.packages = raw.packages.map((pkg) => ({
            name: pkg.name,
            path: trimPath(pkg.path),
            tagPrefix: pkg["tag-prefix"] ?? `${pkg.name}@`,
            manifests: (pkg.manifests ?? []).map(toManifest),
        }));
    }
    else if (rootManifests) {
        config.packages = [{ name: ".", path: ".", tagPrefix: config.tagPrefix, manifests: rootManifests }];
    }
    if (raw["release-commit"]) {
        config.releaseCommit = {
            enabled: raw["release-commit"].enabled ?? true,
            message: raw["release-commit"].message ?? config.releaseCommit.message,
            include: raw["release-commit"].include ?? config.releaseCommit.include,
        };
    }
    return config;
}
function versionAt(text, key, source) {
    try {
        return (0,metadata/* normalizeVersionInput */.m)(text, `versioning.${key}`);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1 && source)
            throw new errors/* ConfigurationError */.j1(error.message, source.locate(["versioning", key]));
        throw error;
    }
}
/** Regular expressions the schema cannot check; every bad one is reported at once. */
function checkRules(rules, source) {
    const problems = [];
    rules.forEach((rule, index) => {
        for (const key of ["type", "scope", "subject"]) {
            const value = rule[key];
            if (!value || !/^\/.*\/$/.test(value))
                continue;
            try {
                new RegExp(value.slice(1, -1));
            }
            catch (error) {
                const location = source?.locate(["versioning", "rules", index, key]);
                problems.push({ message: `versioning.rules[${index}].${key} is not a valid regular expression: ${error.message}`, ...(location ? { location } : {}) });
            }
        }
    });
    if (problems.length === 0)
        return;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
    throw new errors/* ConfigurationError */.j1(`${problems[0].message}${more}`, problems[0].location, problems.map((problem) => (problem.location ? `${(0,errors/* formatLocation */.j$)(problem.location)}: ${problem.message}` : problem.message)));
}
function toManifest(raw) {
    const path = trimPath(raw.path);
    if (raw["json-path"])
        return { path, kind: "json", jsonPath: raw["json-path"] };
    if (raw["yaml-path"])
        return { path, kind: "yaml", yamlPath: raw["yaml-path"] };
    if (raw.marker)
        return { path, kind: "marker", marker: raw.marker };
    if (/(^|\/)package\.json$/.test(path))
        return { path, kind: "package-json" };
    return { path, kind: "marker", marker: DEFAULT_MARKER };
}
function trimPath(path) {
    const trimmed = path.replace(/^\.\//, "").replace(/\/+$/, "");
    return trimmed === "" ? "." : trimmed;
}

;// CONCATENATED MODULE: ./packages/core/src/config/load.ts





const CONFIG_PATHS = [".github/cadence.yml", ".github/cadence.yaml"];
/**
 * Reads the repository's configuration: `.github/cadence.yml` when present; otherwise the
 * semantic-release or release-please configuration a project brings along; otherwise defaults,
 * which suit any repository that writes Conventional Commits.
 */
async function loadConfig(files, options = {}) {
    const candidates = options.configPath ? [options.configPath] : [...CONFIG_PATHS];
    for (const path of candidates) {
        const text = await files.read(path);
        if (text === undefined) {
            if (options.configPath)
                throw new errors/* ConfigurationError */.j1(`the config file ${path} does not exist`);
            continue;
        }
        // The parser (the yaml package) loads only when there is a file to read.
        const { parseYamlSource } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(503)]).then(__webpack_require__.bind(__webpack_require__, 8503));
        const source = parseYamlSource(path, text);
        if (source.value === null || typeof source.value !== "object" || Array.isArray(source.value)) {
            if (source.value === null || (typeof source.value === "object" && Object.keys(source.value).length === 0)) {
                return { versioning: defaultVersioning(), raw: {}, source: { kind: "cadence", files: [path], notices: [] } };
            }
            throw new errors/* ConfigurationError */.j1("must be a mapping of sections (versioning, changelog, gates, ...)", { file: path, line: 1, column: 1 });
        }
        // The validator (ajv and the compiled schema) loads only when there is a file to check: most
        // runs without one never pay for it, and in the bundles it is a chunk of its own.
        const { validateConfig } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(20)]).then(__webpack_require__.bind(__webpack_require__, 4020));
        validateConfig(source);
        const raw = source.value;
        return {
            versioning: resolveVersioning(raw.versioning, source),
            raw,
            source: { kind: "cadence", files: [path], notices: [] },
        };
    }
    const semanticRelease = await importSemanticRelease(files);
    if (semanticRelease)
        return semanticRelease;
    const releasePlease = await importReleasePlease(files);
    if (releasePlease)
        return releasePlease;
    return { versioning: defaultVersioning(), raw: {}, source: { kind: "defaults", files: [], notices: [] } };
}


/***/ }),

/***/ 5038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ yamlModule)
/* harmony export */ });
// The yaml package is a third of the code a command loads, and most runs read no YAML at all (a
// repository without a configuration file, a dry-run that writes no evidence). It is loaded the
// first time there is YAML to read or write; the bundles keep it in a chunk of its own.
let loading;
/** The yaml package, loaded once. */
function yamlModule() {
    loading ??= __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    return loading;
}


/***/ }),

/***/ 7296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ identityArgs),
/* harmony export */   aZ: () => (/* binding */ parseIdentity),
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   vt: () => (/* binding */ resolveCommitter)
/* harmony export */ });
/* unused harmony exports BOT_IDENTITY, formatIdentity, configuredCommitter */
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5341);

/**
 * Hosted runners have no user.name/user.email, and actions/checkout sets none: without one,
 * `git commit` and `git tag -a` fail. GitHub's own bot account is what Actions users expect to
 * see on automated commits (it is what github.token's pushes are attributed to).
 */
const BOT_IDENTITY = Object.freeze({
    name: "github-actions[bot]",
    email: "41898282+github-actions[bot]@users.noreply.github.com",
});
// git refuses names and e-mails with these (`<`, `>`, newlines); an e-mail needs an @ to be one.
const NAME = /^[^<>\n\r]+$/;
const EMAIL = /^[^<>\s@]+@[^<>\s@]+$/;
/**
 * Reads `Name <email>` (git's own way of writing an identity, as in `git commit --author`).
 * `where` names the input or key for the message.
 */
function parseIdentity(text, where, location) {
    const match = /^\s*(.*?)\s*<([^<>]*)>\s*$/.exec(text);
    const identity = match ? { name: match[1], email: match[2].trim() } : undefined;
    if (!identity || !NAME.test(identity.name) || !EMAIL.test(identity.email)) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} must be written as 'Name <email@example.com>', not '${text.trim()}'`, location);
    }
    return identity;
}
function formatIdentity(identity) {
    return `${identity.name} <${identity.email}>`;
}
/**
 * The `committer` the configuration names (`committer: "Name <email>"` or `{name, email}`;
 * the schema has checked its shape), if any.
 */
function configuredCommitter(config) {
    const raw = config.raw.committer;
    if (raw === undefined || raw === null)
        return undefined;
    const file = config.source.files[0];
    const location = file ? { file } : undefined;
    if (typeof raw === "string")
        return parseIdentity(raw, "committer", location);
    const { name, email } = raw;
    return parseIdentity(`${String(name ?? "")} <${String(email ?? "")}>`, "committer", location);
}
/**
 * Who commits and tags: the `committer` input, else the configuration's `committer`, else the
 * repository's own git identity when it has a whole one (a laptop, a self-hosted runner), else
 * github-actions[bot]. Read while planning, so it is in the plan and its hash before any effect.
 */
async function resolveCommitter(git, given) {
    if (given.input)
        return { ...given.input, source: "input" };
    const configured = given.config ? configuredCommitter(given.config) : undefined;
    if (configured)
        return { ...configured, source: "config" };
    // Only what is configured counts: git's guess from the host name ("root@vm.(none)") is refused by
    // git itself on hosted runners and is nobody's identity anyway.
    const [name, email] = await Promise.all(["user.name", "user.email"].map(async (key) => (await git.run(["config", "--get", key], { allowFailure: true })).stdout.trim()));
    if (name && email)
        return { name, email, source: "git-config" };
    return { ...BOT_IDENTITY, source: "default" };
}
/**
 * git's options that make one command (commit, tag -a, revert, merge) author, commit and tag as
 * the identity, whatever is configured or missing: `git <these> commit …`. Every commit and tag the
 * toolkit makes goes through this, so none depends on the runner's setup.
 */
function identityArgs(identity) {
    return ["-c", `user.name=${identity.name}`, "-c", `user.email=${identity.email}`];
}
/** Reads an identity back from an effect's data; a plan always carries a whole one. */
function identityOf(value) {
    const { name, email } = (value ?? {});
    if (typeof name !== "string" || typeof email !== "string")
        throw new Error("the effect carries no git identity");
    return { name, email };
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
/* harmony import */ var _identity_committer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7296);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1070);
/* harmony import */ var _text_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(974);



/** Writes a file's new content; done when the file already holds exactly that. */
function writeFileEffect(path, content, summary) {
    // A text made in pieces gets its digest when the plan is hashed, from the same reading as its content.
    return { kind: "write-file", id: `write-file:${path}`, summary, path, content, sha256: content instanceof _text_source_js__WEBPACK_IMPORTED_MODULE_0__/* .TextSource */ .p$ ? new _text_source_js__WEBPACK_IMPORTED_MODULE_0__/* .TextDigest */ .m9(content) : (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(content) };
}
function writeFileHandler(files) {
    return {
        async isDone(effect) {
            const current = await files.read(String(effect.path));
            return current !== undefined && (0,_text_source_js__WEBPACK_IMPORTED_MODULE_0__/* .sameText */ .QV)(current, effect.content);
        },
        async run(effect) {
            const content = effect.content;
            // A text made in pieces is written in pieces where the files allow it, never whole.
            if (content instanceof _text_source_js__WEBPACK_IMPORTED_MODULE_0__/* .TextSource */ .p$ && files.writeInPieces)
                await files.writeInPieces(String(effect.path), content);
            else
                await files.write(String(effect.path), String(content));
        },
    };
}
/**
 * Commits the given paths with a message, as the identity (author and committer); done when HEAD
 * is already that commit with that content.
 */
function gitCommitEffect(paths, message, committer) {
    return {
        kind: "git-commit",
        id: `git-commit:${message}`,
        summary: `commit ${paths.join(", ")}: "${message}" as ${committer.name}`,
        paths,
        message,
        committer: { name: committer.name, email: committer.email },
    };
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
            await git.run([...(0,_identity_committer_js__WEBPACK_IMPORTED_MODULE_2__/* .identityArgs */ .MU)((0,_identity_committer_js__WEBPACK_IMPORTED_MODULE_2__/* .identityOf */ .cu)(effect.committer)), "commit", "--no-verify", "-m", String(effect.message), "--", ...paths]);
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
/* unused harmony exports pieces, canonicalJsonHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(974);


/** JSON with keys sorted at every level and no whitespace: one plan, one text, one hash. */
function canonicalJson(value) {
    const parts = [];
    writeCanonicalJson(value, (text) => parts.push(text));
    return parts.join("");
}
function sha256(text) {
    if (text instanceof _text_source_js__WEBPACK_IMPORTED_MODULE_1__/* .TextSource */ .p$)
        return text.sha256();
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    if (typeof text === "string" && text.length > PIECE)
        for (const piece of pieces(text))
            hash.update(piece);
    else
        hash.update(text);
    return hash.digest("hex");
}
/**
 * Strings longer than this (whole files in a plan) are encoded and escaped a piece at a time, so
 * that hashing a 10 MB CHANGELOG does not make a 10 MB copy of it first.
 */
const PIECE = 1 << 16;
const isHigh = (code) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code) => code >= 0xdc00 && code <= 0xdfff;
/** The text in pieces of about PIECE characters, never cutting a surrogate pair in two. */
function* pieces(text, size = PIECE) {
    for (let start = 0; start < text.length;) {
        let end = Math.min(start + size, text.length);
        if (end < text.length && isHigh(text.charCodeAt(end - 1)) && isLow(text.charCodeAt(end)))
            end += end - start > 1 ? -1 : 1;
        yield text.slice(start, end);
        start = end;
    }
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
    if (value instanceof _text_source_js__WEBPACK_IMPORTED_MODULE_1__/* .TextSource */ .p$) {
        // Its pieces never cut a surrogate pair: escaped one by one, they read as the whole text would.
        // The same reading works out its digest, for a TextDigest that comes later.
        write('"');
        value.each((piece) => write(JSON.stringify(piece).slice(1, -1)), true);
        write('"');
        return;
    }
    if (value instanceof _text_source_js__WEBPACK_IMPORTED_MODULE_1__/* .TextDigest */ .m9) {
        write(JSON.stringify(value.source.sha256()));
        return;
    }
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
    if (typeof value === "string" && value.length > PIECE) {
        // The same text JSON.stringify writes: each piece escaped on its own, pairs kept whole.
        write('"');
        for (const piece of pieces(value))
            write(JSON.stringify(piece).slice(1, -1));
        write('"');
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

/***/ 974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QV: () => (/* binding */ sameText),
/* harmony export */   m9: () => (/* binding */ TextDigest),
/* harmony export */   p$: () => (/* binding */ TextSource),
/* harmony export */   wc: () => (/* binding */ slices)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A text a plan carries without holding it: made again, piece by piece, each time it is read
 * (hashed, compared, written). The release record's YAML for 100k commits is ten million
 * characters, twenty megabytes as a string; made from the notes record the run keeps anyway, it
 * costs only its pieces, one at a time. Whatever it is made from must not change after planning.
 */
class TextSource {
    produce;
    digest;
    constructor(produce) {
        this.produce = produce;
    }
    /** SHA-256 (hex) of the text's UTF-8, worked out once: by a reading that asked for it (each's `digesting`), or now. */
    sha256() {
        if (this.digest === undefined)
            this.each(() => undefined, true);
        return this.digest;
    }
    /**
     * Hands the text over in pieces, in order. A surrogate pair is never cut between two pieces, so
     * each piece can be encoded or escaped on its own.
     */
    each(write, digesting = false) {
        // The same reading works out the digest when asked to and it is not known yet.
        const hash = digesting && this.digest === undefined ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256") : undefined;
        const hand = hash ? (piece) => (hash.update(piece), write(piece)) : write;
        let held = "";
        this.produce((piece) => {
            let text = held === "" ? piece : held + piece;
            held = "";
            if (text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1))) {
                held = text.slice(-1);
                text = text.slice(0, -1);
            }
            if (text.length > 0)
                hand(text);
        });
        if (held.length > 0)
            hand(held);
        if (hash)
            this.digest = hash.digest("hex");
    }
    /** The whole text, as one string: for small uses and tests, not for what the plan writes. */
    toString() {
        const parts = [];
        this.each((piece) => parts.push(piece));
        return parts.join("");
    }
    toJSON() {
        return this.toString();
    }
}
/**
 * A TextSource's SHA-256 as a plan field. The plan's hash reads an effect's `content` before its
 * `sha256` (keys in order), and works the digest out in that same reading: the text is made
 * once for both instead of twice.
 */
class TextDigest {
    source;
    constructor(source) {
        this.source = source;
    }
    toJSON() {
        return this.source.sha256();
    }
    toString() {
        return this.source.sha256();
    }
}
const isHighSurrogate = (code) => code >= 0xd800 && code <= 0xdbff;
/** Whether `text` is exactly `content`, compared a piece at a time (no copy of either). */
function sameText(text, content) {
    if (typeof content === "string")
        return text === content;
    let at = 0;
    let same = true;
    content.each((piece) => {
        if (same && text.startsWith(piece, at))
            at += piece.length;
        else
            same = false;
    });
    return same && at === text.length;
}
/** The text `from` start to end of `text`, in pieces of at most `size` characters (slices share the text's memory). */
function slices(text, start, end, write, size = 1 << 16) {
    for (let at = start; at < end; at += size)
        write(text.slice(at, Math.min(at + size, end)));
}


/***/ }),

/***/ 2171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ evidenceRecord),
/* harmony export */   x: () => (/* binding */ evidenceWriter)
/* harmony export */ });
/* harmony import */ var _adapters_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3845);
/* harmony import */ var _yaml_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8907);


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
/**
 * Writes the record atomically after every effect, so a crash leaves the last true state. In
 * YAML that reads the same under 1.2 and 1.1 (records/yaml-write.ts).
 */
function evidenceWriter(path, context) {
    return async (result) => {
        await (0,_adapters_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeFileAtomic */ .Z)(path, (0,_yaml_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeYaml */ .V)(evidenceRecord(context, result)));
    };
}


/***/ }),

/***/ 8907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ writeYamlTo),
/* harmony export */   V: () => (/* binding */ writeYaml)
/* harmony export */ });
/**
 * A YAML writer for the plain data our records hold (maps, lists, strings, numbers, booleans,
 * null), in block style. The `yaml` package's `stringify` builds a node tree for every value
 * first: on the release notes of 100k commits that took about 1.5 s and a third of the
 * collector's time, against a few tens of milliseconds here.
 *
 * What it writes reads back the same with a YAML 1.2 parser and with a YAML 1.1 one (PyYAML and
 * older tools), so a string that either could take for something else is quoted:
 * - plain (unquoted) only for text that starts with a letter, holds letters, digits, spaces and
 *   a few safe marks, and is no word either version reads as a boolean or null;
 * - a literal block (`|`) for text of several lines, when every line is printable and the block's
 *   indentation cannot be misread;
 * - double quotes otherwise, with every character a parser could misread escaped.
 */
const INDENT = "  ";
// Letters first (so no number, date or indicator), then nothing that can start a comment,
// end a key (`: `) or start a flow collection; no space at the end (it would be dropped).
const PLAIN = /^[A-Za-z](?:[A-Za-z0-9 _.\/+@()=,'-]*[A-Za-z0-9_.\/+@()=,'-])?$/;
// What YAML 1.1 or 1.2 reads as a boolean or null rather than as text.
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null)$/i;
// Outside YAML's printable set, line breaks to a YAML 1.1 parser (NEL, LS, PS), or a byte order
// mark: escaped in double quotes, and never written bare.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-control-regex
const ESCAPE_AFTER_JSON = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
function plain(text) {
    return PLAIN.test(text) && !RESERVED.test(text);
}
/** JSON's string escapes are YAML's double-quoted ones; YAML also wants these few escaped. */
function doubleQuoted(text) {
    return JSON.stringify(text).replace(ESCAPE_AFTER_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
/**
 * Whether `text` can be a literal block: several lines, all printable, no CR (a parser reads it
 * as a line break), no line of spaces only (in the leading lines that is an indentation error,
 * elsewhere trailing spaces a reader cannot see), and a first line with text that does not
 * start with a space or a tab (the block's indentation is taken from it).
 */
function literal(text) {
    if (!text.includes("\n") || text.includes("\r") || UNPRINTABLE.test(text))
        return false;
    // Line breaks alone: the block would have no line to take its indentation from.
    if (/^\n*$/.test(text))
        return false;
    // The block's indentation is taken from its first line that is not empty.
    if (/^\n*[ \t]/.test(text))
        return false;
    return !/(?:^|\n)[ \t]+(?:\n|$)/.test(text);
}
function literalBlock(text, indent) {
    const body = text.replace(/\n+$/, "");
    const trailing = text.length - body.length;
    const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
    const lines = body.split("\n").map((line) => (line === "" ? "" : indent + line));
    // Kept (`+`) line breaks beyond the last line are written as empty lines.
    return `|${chomp}\n${lines.join("\n")}\n${"\n".repeat(Math.max(0, trailing - 1))}`;
}
function scalar(value, where) {
    if (value === null)
        return "null";
    if (typeof value === "boolean")
        return value ? "true" : "false";
    if (typeof value === "number") {
        if (!Number.isFinite(value))
            throw new TypeError(`cannot write ${value} as YAML at ${where()}`);
        return Object.is(value, -0) ? "-0" : String(value);
    }
    if (typeof value !== "string")
        throw new TypeError(`cannot write ${kind(value)} as YAML at ${where()}`);
    return plain(value) ? value : doubleQuoted(value);
}
function kind(value) {
    if (typeof value !== "object" || value === null)
        return `a ${typeof value}`;
    const name = Object.getPrototypeOf(value)?.constructor?.name;
    return `a ${name || "object"}`;
}
function isList(value) {
    return Array.isArray(value);
}
/** A plain object; a Date, a Map or a class instance is refused rather than written as `{}`. */
function isMap(value) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return false;
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}
function entries(map) {
    return Object.entries(map).filter(([, value]) => value !== undefined);
}
/**
 * One writing: the text in pieces, handed to `out` joined a few thousand at a time (the notes of
 * 100k commits are about a million pieces), and where it is, kept as a stack and spelled out only
 * for an error.
 */
class YamlWriter {
    out;
    pieces = [];
    path = [];
    indents = [""];
    where = () => `$${this.path.map((step) => (typeof step === "number" ? `[${step}]` : `.${step}`)).join("")}`;
    constructor(out) {
        this.out = out;
    }
    push(text) {
        this.pieces.push(text);
        if (this.pieces.length === 4096)
            this.flush();
    }
    flush() {
        if (this.pieces.length === 0)
            return;
        this.out(this.pieces.join(""));
        this.pieces.length = 0;
    }
    indent(depth) {
        return (this.indents[depth] ??= INDENT.repeat(depth));
    }
    /**
     * Writes the value after `key:` or `-`: on the same line when it is a scalar or empty, else on
     * the lines below at `depth`; always ends with a line break.
     */
    after(value, depth) {
        if (isList(value)) {
            if (value.length === 0)
                return this.push(" []\n");
            this.push("\n");
            return this.list(value, depth);
        }
        if (isMap(value)) {
            const members = entries(value);
            if (members.length === 0)
                return this.push(" {}\n");
            this.push("\n");
            return this.map(members, depth);
        }
        if (value === undefined)
            throw new TypeError(`cannot write undefined as YAML at ${this.where()}`);
        if (typeof value === "string" && literal(value))
            return this.push(` ${literalBlock(value, this.indent(depth))}`);
        this.push(` ${scalar(value, this.where)}\n`);
    }
    /** A map's members; the first one's line starts with `first` (after a list's dash: nothing). */
    map(members, depth, first = this.indent(depth)) {
        let lead = first;
        for (const [key, item] of members) {
            this.push(`${lead}${scalar(key, this.where)}:`);
            this.path.push(key);
            this.after(item, depth + 1);
            this.path.pop();
            lead = this.indent(depth);
        }
    }
    list(value, depth) {
        const indent = this.indent(depth);
        for (let index = 0; index < value.length; index++) {
            const item = value[index];
            this.path.push(index);
            // A map in a list starts on the dash's line, its other keys under its first.
            const members = isMap(item) ? entries(item) : [];
            if (members.length > 0) {
                this.push(`${indent}- `);
                this.map(members, depth + 1, "");
            }
            else {
                this.push(`${indent}-`);
                this.after(item, depth + 1);
            }
            this.path.pop();
        }
    }
}
/**
 * The value as a YAML document (a map or a list at the top, as records are). Takes any object so
 * that a record's own interface can be handed in; what is not plain data is refused with where
 * it sits (`$.changes.features[3]`).
 */
function writeYaml(value) {
    const chunks = [];
    writeYamlTo(value, (chunk) => chunks.push(chunk));
    return chunks.join("");
}
/** writeYaml's text handed to `out` in chunks of a few thousand pieces, never whole. */
function writeYamlTo(value, out) {
    const writer = new YamlWriter(out);
    if (isMap(value)) {
        const members = entries(value);
        if (members.length === 0)
            return out("{}\n");
        writer.map(members, 0);
    }
    else if (isList(value)) {
        if (value.length === 0)
            return out("[]\n");
        writer.list(value, 0);
    }
    else {
        throw new TypeError("a YAML record must be a map or a list at the top");
    }
    writer.flush();
}


/***/ }),

/***/ 8893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ hasRemote),
/* harmony export */   Fl: () => (/* binding */ inspectRepository),
/* harmony export */   bb: () => (/* binding */ allInOrder)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5341);
/* harmony import */ var _first_questions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4487);


/**
 * Makes sure the directory is a usable, complete git repository and reads where HEAD is, with one
 * git command (each costs a process start, and this runs before every action).
 */
async function inspectRepository(git, namedBranch) {
    const answer = await git.run(_first_questions_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY_QUESTION */ .aF, { allowFailure: true });
    const [inside, shallow, gitDir, head, name] = answer.stdout.split("\n").map((line) => line.trim());
    if (inside !== "true" || !gitDir) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${git.cwd} is not a git repository (or a work tree of one). Run in the repository's folder, after actions/checkout.`);
    }
    if (shallow === "true") {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("this is a shallow clone, so the commits and tags since the last release are not all here. " +
            "With actions/checkout set `fetch-depth: 0`; locally run `git fetch --unshallow --tags`.");
    }
    if (answer.exitCode !== 0 || !head || !/^[0-9a-f]{40,64}$/.test(head))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("the repository has no commits yet: there is nothing to release");
    const current = branchOf(name);
    return { head, detached: current === undefined, gitDir, ...((namedBranch ?? current) ? { branch: namedBranch ?? current } : {}) };
}
/** The branch HEAD's full name stands for (as `git symbolic-ref --short HEAD` says it), or undefined when HEAD is detached. */
function branchOf(fullName) {
    if (!fullName || fullName === "HEAD")
        return undefined;
    if (fullName.startsWith("refs/heads/"))
        return fullName.slice("refs/heads/".length);
    return fullName.replace(/^refs\/(?:remotes\/|tags\/)?/, "");
}
/**
 * Awaits every promise, then returns their values, or throws the error of the first that failed in
 * the order given (not in the order they failed): work started at once still reports as if done in turn.
 */
async function allInOrder(promises) {
    const settled = await Promise.allSettled(promises);
    for (const outcome of settled)
        if (outcome.status === "rejected")
            throw outcome.reason;
    return settled.map((outcome) => outcome.value);
}
/** Whether the repository has a remote, which makes "no tags at all" suspicious. */
async function hasRemote(git) {
    try {
        const remotes = await git.run(["remote"]);
        return remotes.stdout.trim() !== "";
    }
    catch (error) {
        if (error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GitError */ .XS)
            return false;
        throw error;
    }
}


/***/ }),

/***/ 9721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E$: () => (/* binding */ decideVersions),
  Sb: () => (/* binding */ runVersionBump),
  AP: () => (/* binding */ selectPackages)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/commits/read.ts + 3 modules
var read = __webpack_require__(9851);
// EXTERNAL MODULE: ./packages/core/src/config/load.ts + 5 modules
var load = __webpack_require__(6349);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/identity/committer.ts
var identity_committer = __webpack_require__(7296);
// EXTERNAL MODULE: ./packages/core/src/config/yaml-module.ts
var yaml_module = __webpack_require__(5038);
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
let yaml;
/**
 * Loads what updating these manifests takes (the yaml package, for YAML ones): call it before
 * updateManifest, which stays synchronous for the plan.
 */
async function prepareManifestUpdates(manifests) {
    if (manifests.some((manifest) => manifest.kind === "yaml"))
        yaml ??= await (0,yaml_module/* yamlModule */.A)();
}
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
    if (!yaml)
        throw new Error(`internal: prepareManifestUpdates() was not called before updating ${path}`);
    const document = yaml.parseDocument(text);
    if (document.errors.length > 0)
        throw new errors/* ConfigurationError */.j1(`is not valid YAML: ${document.errors[0].message.split("\n")[0]}`, { file: path });
    const node = document.getIn(keys, true);
    if (!yaml.isScalar(node) || !node.range)
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
        const { committer } = input.releaseCommit;
        if (!committer)
            throw new Error("a release commit was planned without a committer");
        effects.push((0,file_effects/* gitCommitEffect */.zo)(paths, input.releaseCommit.message.replace(/\{version\}/g, names), committer));
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
    const { packages: decisions, line, repository, config } = await decideVersions(ports, inputs, loaded);
    const packages = selectPackages(config, inputs.package);
    // The manifests and lockfiles, read together.
    const paths = new Set();
    for (const pkg of packages) {
        const { manifests, lockfiles } = manifestPaths(pkg);
        for (const path of [...manifests.map((manifest) => manifest.path), ...lockfiles])
            paths.add(path);
    }
    const texts = new Map(await (0,version_bump_repository/* allInOrder */.bb)([...paths].map(async (path) => [path, await files.read(path)])));
    await prepareManifestUpdates(packages.flatMap((pkg) => pkg.manifests));
    const releaseCommit = { ...config.versioning.releaseCommit, ...(inputs.releaseCommit !== undefined ? { enabled: inputs.releaseCommit } : {}) };
    const extraCommitPaths = releaseCommit.enabled ? await changedPaths(git, config.versioning.releaseCommit.include) : [];
    // Who commits is decided while planning, so a bad identity fails before any file is written.
    const committer = releaseCommit.enabled ? await (0,identity_committer/* resolveCommitter */.vt)(git, { ...(inputs.committer ? { input: inputs.committer } : {}), config }) : undefined;
    const plan = planVersionBump({
        head: repository.head,
        ...(line.branch ? { branch: line.branch } : {}),
        decisions,
        packages,
        texts,
        releaseCommit: { ...releaseCommit, ...(committer ? { committer } : {}) },
        extraCommitPaths,
    });
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
/**
 * The observing and deciding half of version-bump: the repository, the configuration, the tags,
 * one reading of the commits since each package's release, and the versions they ask for. The
 * changelog describes a release from this alone (it writes no manifests).
 */
async function decideVersions(ports, inputs, loaded) {
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
    // Only a package released from the root package.json can tell (as its manifest).
    const rootManifest = packages.some((pkg) => manifestPaths(pkg).manifests.some((manifest) => manifest.path === "package.json"));
    if (rootManifest && tags.reachable?.length === 0 && (await (0,version_bump_repository/* hasRemote */.F6)(git)))
        refuseMissingTags(decisions, await files.read("package.json"));
    return { packages: decisions, line, repository, config };
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
/** No tags in a clone with a remote, while package.json says a version was released: the tags were not fetched. */
function refuseMissingTags(decisions, manifest) {
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

/***/ 9229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ withBuildMetadata),
/* harmony export */   m: () => (/* binding */ normalizeVersionInput)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5341);


/**
 * Reads a version a person typed. The seed writes build metadata with several `+` signs
 * (`1.2.3+state-v2+prompts-v17`), which SemVer 2.0 does not allow; that form is accepted and
 * written the valid way, with dots (`1.2.3+state-v2.prompts-v17`).
 */
function normalizeVersionInput(text, where) {
    const trimmed = text.trim().replace(/^v(?=\d)/, "");
    const plus = trimmed.indexOf("+");
    const normalized = plus === -1 ? trimmed : `${trimmed.slice(0, plus)}+${trimmed.slice(plus + 1).split("+").join(".")}`;
    const valid = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(normalized);
    if (!valid)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: '${text}' is not a SemVer version (expected MAJOR.MINOR.PATCH, e.g. 1.4.0 or 2.0.0-rc.1)`);
    // semver.valid drops build metadata; keep what the user wrote after '+'.
    return plus === -1 ? valid : normalized;
}
/** Appends build metadata identifiers (`state-v2`, `prompts-v17`) to a version. */
function withBuildMetadata(version, identifiers) {
    if (identifiers.length === 0)
        return version;
    const [core, existing] = version.split("+", 2);
    const all = [...(existing ? existing.split(".") : []), ...identifiers];
    return `${core}+${all.join(".")}`;
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
        const header = (0,_commits_header_js__WEBPACK_IMPORTED_MODULE_1__/* .isNormalHeader */ .nw)(commit.header) ? commit.header : (0,_commits_header_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeHeader */ .jZ)(commit.header);
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
/* harmony export */   ER: () => (/* binding */ isBreaking),
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
        const breaking = isBreaking(commit, config.bangIsBreaking);
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
/**
 * Whether a commit is breaking: it has breaking notes, and its `!` counts (`bang-is-breaking`) or
 * a BREAKING CHANGE footer says so. The version decision and the changelog both ask this;
 * `footers`, for a caller that has read them already.
 */
function isBreaking(commit, bangIsBreaking, footers) {
    if (commit.breakingNotes.length === 0)
        return false;
    // The footers are read only when the answer depends on them (a `!` that does not count by itself).
    return bangIsBreaking || !commit.bang || (footers ?? commit.footers).some((footer) => /^BREAKING[ -]CHANGE$/i.test(footer.token));
}


/***/ }),

/***/ 7477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KJ: () => (/* binding */ tagsMergedInto),
/* harmony export */   MG: () => (/* binding */ tagsContainedIn),
/* harmony export */   OP: () => (/* binding */ versionTags),
/* harmony export */   XP: () => (/* binding */ latestOnLine),
/* harmony export */   cB: () => (/* binding */ listTags),
/* harmony export */   g$: () => (/* binding */ readTags),
/* harmony export */   kR: () => (/* binding */ shaKey)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tag_refs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1869);


/** Every tag of the repository, with whether HEAD's history contains it. */
async function readTags(git, head = "HEAD") {
    const [all, merged] = await Promise.all([
        git.run(_tag_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .LIST_TAGS */ .R),
        git.run(["for-each-ref", _tag_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .REF_FORMAT */ .m, `--merged=${head}`, "refs/tags"]),
    ]);
    return { all: parseRefs(all.stdout), reachable: parseRefs(merged.stdout) };
}
/** Every tag of the repository. Cheap: unlike `--merged`, it walks no history. */
async function listTags(git) {
    return parseRefs((await git.run(_tag_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .LIST_TAGS */ .R)).stdout);
}
/**
 * The tags HEAD contains (what `readTags(git).reachable` lists) from a walk already made:
 * `commits` are all of `from..HEAD`, with their parents. `--merged=HEAD` would walk those commits
 * again (on 100k commits since the last tag, as long as `git log` itself), so only the history
 * below them is left to git: a tag is contained when it is on one of the commits, or contained in
 * a parent outside them (the boundary, all ancestors of `from`; just `from` when HEAD contains it).
 * With no commits, HEAD is an ancestor of `from` and is asked directly.
 */
async function tagsContainedIn(git, all, range) {
    if (all.length === 0)
        return [];
    const { from, commits } = range;
    const tagged = new Set(all.map((tag) => tag.sha));
    // Numbers from the shas' first characters spare hashing 100k sha strings to find the few tagged.
    const taggedKeys = new Set(all.map((tag) => shaKey(tag.sha)));
    const walkedTagged = new Set(commits.filter((commit) => taggedKeys.has(shaKey(commit.sha)) && tagged.has(commit.sha)).map((commit) => commit.sha));
    // Newest first: the child of `from` is usually the last commit read.
    const containsFrom = commits.at(-1)?.parents.includes(from) || commits.some((commit) => commit.parents.includes(from));
    const below = commits.length === 0 ? ["HEAD"] : containsFrom ? [from] : boundaryOf(commits);
    const merged = containsFrom && range.mergedIntoFrom ? await range.mergedIntoFrom : below.length === 0 ? [] : await tagsMergedInto(git, below);
    const contained = new Set(merged.map((tag) => tag.name));
    return all.filter((tag) => walkedTagged.has(tag.sha) || contained.has(tag.name));
}
/**
 * The tags on the history of any of the commits. version-bump asks this for the release it reads
 * from while git log is still walking (the usual answer of tagsContainedIn), to have it ready.
 */
async function tagsMergedInto(git, commits) {
    return parseRefs((await git.run(["for-each-ref", _tag_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .REF_FORMAT */ .m, ...commits.map((commit) => `--merged=${commit}`), "refs/tags"])).stdout);
}
/** The parents of the commits that are not among them. */
function boundaryOf(commits) {
    const walked = new Set(commits.map((commit) => commit.sha));
    return [...new Set(commits.flatMap((commit) => commit.parents.filter((parent) => !walked.has(parent))))];
}
/**
 * A sha's first four characters as a number: a Set of these rules out most of 100k shas before
 * any string is hashed or cut (tagsContainedIn, and the revert pairing in reverts.ts).
 */
const shaKey = (sha) => ((sha.charCodeAt(0) << 24) | (sha.charCodeAt(1) << 16) | (sha.charCodeAt(2) << 8) | sha.charCodeAt(3)) >>> 0;
function parseRefs(text) {
    const tags = [];
    for (const line of text.split("\n")) {
        if (line === "")
            continue;
        const [name, object, peeled] = line.split("\0");
        tags.push({ name: name, sha: peeled || object });
    }
    return tags;
}
/** Tags that carry a version after the prefix; the others, when they start with the prefix, are returned as ignored. */
function versionTags(tags, prefix) {
    const versions = [];
    const ignored = [];
    for (const tag of tags) {
        if (!tag.name.startsWith(prefix))
            continue;
        const rest = tag.name.slice(prefix.length);
        const version = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(rest) ? new semver__WEBPACK_IMPORTED_MODULE_0__.SemVer(rest) : null;
        if (version)
            versions.push({ ...tag, version });
        else if (prefix !== "" || /^\d/.test(rest))
            ignored.push(tag.name);
    }
    versions.sort((a, b) => semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare(a.version, b.version));
    return { versions, ignored };
}
/** The highest stable version, and the highest on a pre-release channel (with the stable ones below it). */
function latestOnLine(versions, channel) {
    const lastStable = versions.find((tag) => tag.version.prerelease.length === 0);
    if (!channel)
        return { ...(lastStable ? { previous: lastStable, lastStable } : {}) };
    const previous = versions.find((tag) => tag.version.prerelease.length === 0 || tag.version.prerelease[0] === channel);
    return { ...(previous ? { previous } : {}), ...(lastStable ? { lastStable } : {}) };
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
