export const id = 629;
export const ids = [629];
export const modules = {

/***/ 5577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ GitCli)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5341);
/* harmony import */ var _git_ahead_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6644);
/* harmony import */ var _git_process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2554);



/** The Git port over the git command line: one GitProcess per command, or the one started ahead for it. */
class GitCli {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    async run(args, options = {}) {
        let result;
        const started = options.input === undefined && options.env === undefined ? (0,_git_ahead_js__WEBPACK_IMPORTED_MODULE_0__/* .takeGitAhead */ .Vd)(this.cwd, args) : undefined;
        try {
            const own = { pipe: true, ...(options.input !== undefined ? { input: options.input } : {}), ...(options.env ? { env: options.env } : {}) };
            result = await outputOf(started ?? new _git_process_js__WEBPACK_IMPORTED_MODULE_1__/* .GitProcess */ .WG(this.cwd, args, own));
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

/***/ 8898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LK: () => (/* binding */ plannedPaths),
/* harmony export */   eA: () => (/* binding */ PlannedFiles),
/* harmony export */   tO: () => (/* binding */ keepPlannedFiles)
/* harmony export */ });
/* unused harmony exports PLANNED_FOLDER, plannedDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3845);



/**
 * A dry-run writes nothing in the repository, so a later dry-run step would judge the tree as it
 * was: the gates would find no changelog section and the old version in package.json, and a dry-run
 * of a good release would fail. Instead each dry-run keeps the files it would write in a folder of
 * its own report (in Actions, under RUNNER_TEMP), laid out as in the repository, and the later steps
 * of the same job read them on top of the repository.
 */
const PLANNED_FOLDER = "cadence-planned";
/** The planned-files folder: the one given, else `$RUNNER_TEMP/cadence-planned` in Actions, else none. */
function plannedDir(given, env) {
    if (given && given.trim() !== "")
        return given.trim();
    return env.RUNNER_TEMP ? join(env.RUNNER_TEMP, PLANNED_FOLDER) : undefined;
}
/** Writes the content of every file the plan would write into `dir`, at its repository path. */
async function keepPlannedFiles(plan, dir) {
    // LocalFiles keeps every path inside the folder and writes each file whole or not at all.
    const planned = new _files_js__WEBPACK_IMPORTED_MODULE_2__/* .LocalFiles */ .h(dir);
    const paths = [];
    for (const effect of plan.effects) {
        if (effect.kind !== "write-file")
            continue;
        const content = effect.content;
        if (typeof content === "string")
            await planned.write(String(effect.path), content);
        else
            await planned.writeInPieces(String(effect.path), content);
        paths.push(String(effect.path));
    }
    return paths;
}
/** Every file in the planned folder, as repository paths (`docs/releases/1.5.0/notes.md`). */
function plannedPaths(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry.parentPath, entry.name).slice(dir.replace(/\/+$/, "").length + 1))
            .sort();
    }
    catch (error) {
        if (error.code === "ENOENT")
            return [];
        throw error;
    }
}
/**
 * The repository as the earlier dry-run steps planned it: a planned file is read instead of the
 * repository's. Only for reading: a dry-run writes nothing.
 */
class PlannedFiles {
    repository;
    root;
    planned;
    constructor(repository, dir) {
        this.repository = repository;
        this.root = repository.root;
        this.planned = new _files_js__WEBPACK_IMPORTED_MODULE_2__/* .LocalFiles */ .h(dir);
    }
    async read(path) {
        return (await this.planned.read(path)) ?? this.repository.read(path);
    }
    async list(dir) {
        const [planned, present] = await Promise.all([this.planned.list(dir), this.repository.list?.(dir) ?? []]);
        return [...new Set([...present, ...planned])].sort();
    }
    async write(path) {
        throw new Error(`a dry-run writes nothing, yet ${path} was about to be written`);
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

// A footer line: `Token: value` or `Token #value`; `BREAKING CHANGE` is the one token with a space
// and the one whose text may start on the next line. Another token needs a value, and a colon
// that starts `://` is a URL (`https://…` on a line of its own), not a footer: as
// conventional-commits-parser reads them (test/changelog/parser-differential.test.ts).
const FOOTER = /^(?:(BREAKING[ -]CHANGE)(?::\s?)|([A-Za-z][\w-]*)(?::(?!\/\/)\s*(?=\S)|(\s#)))(.*)$/;
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
        const startsBreaking = footer !== null && /^BREAKING[ -]CHANGE$/i.test(footer[1] ?? footer[2]);
        if (footer && (inFooters || startsBreaking || index === 0 || lines[index - 1].trim() === "")) {
            if (!inFooters)
                bodyEnd = Math.min(bodyEnd, index);
            inFooters = true;
            current = { token: footer[1] ?? footer[2], value: footer[4] };
            // `Refs #12`: the `#` is the separator, and the issue's mark.
            if (footer[3] !== undefined)
                current.hash = true;
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

/***/ 2886:
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
;// CONCATENATED MODULE: ./packages/core/src/commits/printable.ts
// Commit messages are untrusted text that ends up in terminals (logs), the CHANGELOG, release notes
// and outputs. Terminal control characters in them could recolour, hide or rewrite what a reader
// sees (an ESC sequence that moves the cursor, a BEL, an OSC 8 link): they are removed where the
// commits are read, so every renderer gets clean text.
// Escape sequences whole: CSI (`ESC [` or C1 0x9b, parameters, final byte), OSC (`ESC ]` or C1 0x9d,
// up to BEL or ST) and the two-character ones (`ESC c`, `ESC (B`, ...).
const SEQUENCES = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x9c|\x1b\\)?|\x1b[ -/]*[0-~]/g;
// Then any other control character: C0 but tab, newline and carriage return (line ends are
// normalized by the parser), DEL, and C1.
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
const ANY = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
/** The text without terminal control characters and escape sequences; the same string when it has none. */
function printable(text) {
    if (!ANY.test(text))
        return text;
    return text.replace(SEQUENCES, "").replace(CONTROLS, "");
}

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
        return printable(this.bytes.toString("utf8", this.messageStart, this.messageEnd));
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
            lines.push(printable(body.toString("utf8", start, newline === -1 ? body.length : newline)));
            if (newline === -1)
                break;
            start = newline + 1;
        }
        const { footers } = (0,parse/* readFooterLines */.nf)(lines);
        return footers.length === 0 ? NO_FOOTERS : footers;
    }
    split() {
        return (0,parse/* splitBodyAndFooters */.Ah)(this.bodyStart === -1 ? "" : printable(this.bytes.toString("utf8", this.bodyStart, this.messageEnd)));
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
    const header = printable(filled.toString("utf8", messageStart, headerEnd)).trim();
    const bodyStart = headerEnd === messageEnd ? -1 : headerEnd + 1;
    if (needsWholeMessage(filled, messageStart, messageEnd, bodyStart, scanner) || (0,parse/* looksLikeRevert */.ko)(header)) {
        const parentText = filled.toString("latin1", ends[0] + 1, ends[1]);
        return (0,parse/* parseCommit */.L5)({
            sha,
            parents: parentText === "" ? [] : parentText.split(" "),
            authorName: author.name,
            authorEmail: author.email,
            authorDate: filled.toString("utf8", ends[3] + 1, ends[4]),
            message: printable(filled.toString("utf8", messageStart, messageEnd)),
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
// EXTERNAL MODULE: ./packages/core/src/adapters/heap.ts
var heap = __webpack_require__(4258);
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
                    (0,heap/* keepYoungGenerationSmall */.D)();
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

/***/ 6536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B8: () => (/* binding */ prepareManifestUpdates),
  Tl: () => (/* binding */ updateLockfile),
  xA: () => (/* binding */ updateManifest)
});

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
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
 * is already that commit with that content. `date` (git's raw `<seconds> <zone>`), when given,
 * is the commit's author and committer date: the same plan then makes the very same commit, so a
 * re-run after a crash re-creates a release commit an earlier attempt may have pushed already,
 * instead of a second one that could not be pushed over it.
 */
function gitCommitEffect(paths, message, committer, date) {
    return {
        kind: "git-commit",
        id: `git-commit:${message}`,
        summary: `commit ${paths.join(", ")}: "${message}" as ${committer.name}`,
        paths,
        message,
        committer: { name: committer.name, email: committer.email },
        ...(date ? { date } : {}),
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
            const dates = typeof effect.date === "string" ? { env: { GIT_AUTHOR_DATE: effect.date, GIT_COMMITTER_DATE: effect.date } } : {};
            await git.run([...(0,_identity_committer_js__WEBPACK_IMPORTED_MODULE_2__/* .identityArgs */ .MU)((0,_identity_committer_js__WEBPACK_IMPORTED_MODULE_2__/* .identityOf */ .cu)(effect.committer)), "commit", "--no-verify", "-m", String(effect.message), "--", ...paths], dates);
        },
    };
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

/***/ 2114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ planVersionBump),
/* harmony export */   JA: () => (/* binding */ LOCKFILES),
/* harmony export */   Ud: () => (/* binding */ manifestPaths)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5341);
/* harmony import */ var _manifests_update_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6536);
/* harmony import */ var _plan_file_effects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1924);
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1070);




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
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the manifest ${manifest.path} named in the configuration does not exist`, { file: manifest.path });
            }
            pending.set(manifest.path, (0,_manifests_update_js__WEBPACK_IMPORTED_MODULE_1__/* .updateManifest */ .xA)(manifest, text, decision.next));
        }
        if (manifests.some((manifest) => manifest.kind === "package-json" && read(manifest.path) !== undefined)) {
            for (const lockfile of lockfiles) {
                const text = read(lockfile);
                if (text !== undefined)
                    pending.set(lockfile, (0,_manifests_update_js__WEBPACK_IMPORTED_MODULE_1__/* .updateLockfile */ .Tl)(lockfile, text, decision.next, pkg.path));
            }
        }
    }
    // A file that already holds the new content stays in the plan: apply reports it as already done.
    for (const [path, content] of pending) {
        const versions = input.decisions.filter((decision) => decision.next).map((decision) => decision.next);
        effects.push((0,_plan_file_effects_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileEffect */ .fq)(path, content, `write ${versions.join(", ")} into ${path}`));
        touched.push(path);
    }
    const released = input.decisions.filter((decision) => decision.next);
    if (input.releaseCommit.enabled && touched.length > 0) {
        const names = released.map((decision) => (input.decisions.length > 1 ? `${decision.name}@${decision.next}` : decision.next)).join(", ");
        const paths = [...touched, ...(input.extraCommitPaths ?? []).filter((path) => !touched.includes(path))];
        const { committer } = input.releaseCommit;
        if (!committer)
            throw new Error("a release commit was planned without a committer");
        effects.push((0,_plan_file_effects_js__WEBPACK_IMPORTED_MODULE_2__/* .gitCommitEffect */ .zo)(paths, input.releaseCommit.message.replace(/\{version\}/g, names), committer, input.releaseCommit.date));
    }
    const fileDigests = {};
    for (const [path, text] of input.texts)
        fileDigests[path] = text === undefined ? null : (0,_plan_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(text);
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

/***/ 2789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E$: () => (/* binding */ decideVersions),
  Sb: () => (/* binding */ runVersionBump),
  AP: () => (/* binding */ selectPackages)
});

// EXTERNAL MODULE: ./packages/core/src/adapters/planned-files.ts
var planned_files = __webpack_require__(8898);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/commits/read.ts + 3 modules
var read = __webpack_require__(2886);
// EXTERNAL MODULE: ./packages/core/src/config/load.ts + 6 modules
var load = __webpack_require__(1522);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/identity/committer.ts
var identity_committer = __webpack_require__(7296);
// EXTERNAL MODULE: ./packages/core/src/config/yaml-module.ts
var yaml_module = __webpack_require__(5038);
;// CONCATENATED MODULE: ./packages/core/src/manifests/read-version.ts


const VERSION_TOKEN = /\bv?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\b/;
/**
 * The version a manifest's text carries where version-bump writes it, or undefined when it holds
 * none that is valid SemVer (a broken file is reported by the update, not here).
 */
async function manifestVersion(manifest, text) {
    let found;
    try {
        switch (manifest.kind) {
            case "package-json":
                found = JSON.parse(text).version;
                break;
            case "json":
                found = keysOf(manifest.jsonPath).reduce((node, key) => node?.[key], JSON.parse(text));
                break;
            case "yaml":
                found = (await (0,yaml_module/* yamlModule */.A)()).parseDocument(text).getIn(keysOf(manifest.yamlPath));
                break;
            case "marker":
                found = VERSION_TOKEN.exec(text.split("\n").find((line) => line.includes(manifest.marker) && VERSION_TOKEN.test(line)) ?? "")?.[1];
                break;
        }
    }
    catch {
        return undefined;
    }
    return typeof found === "string" ? (semver_default().valid(found.replace(/^v/, "")) ?? undefined) : undefined;
}
function keysOf(path) {
    return path
        .replace(/^\$\.?/, "")
        .split(/\.|\[(\d+)\]/)
        .filter((part) => part !== undefined && part !== "")
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

// EXTERNAL MODULE: ./packages/core/src/manifests/update.ts + 1 modules
var update = __webpack_require__(6536);
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

;// CONCATENATED MODULE: ./packages/core/src/version/release-please-prerelease.ts

/** The last run of digits in a pre-release part (`beta01-02` → `02`). */
const LAST_NUMBER = /(\d+)(?=\D*$)/;
/**
 * The pre-release part one step on: its last number incremented, zero padding kept
 * (`beta.1` → `beta.2`, `beta09` → `beta10`, `beta01-01` → `beta01-02`); without a number, `.1`
 * appended (`beta` → `beta.1`).
 */
function nextPrereleasePart(part) {
    const match = LAST_NUMBER.exec(part);
    if (!match)
        return `${part}.1`;
    const next = String(Number(match[1]) + 1).padStart(match[1].length, "0");
    return part.slice(0, match.index) + next + part.slice(match.index + match[1].length);
}
/**
 * The next version under release-please's pre-release strategy, from the last release (stable or
 * not) and the level the commits ask for (after the 0.x adjustment):
 *
 * - from a pre-release, a change that fits in its version counts the pre-release on
 *   (`1.3.0-beta.2` + fix or feature → `1.3.0-beta.3`; `2.0.0-rc.1` + breaking → `2.0.0-rc.2`);
 *   a larger one moves the version and keeps the pre-release part (`1.2.4-beta.2` + feature →
 *   `1.3.0-beta.2`, as release-please does);
 * - from a stable version, the bumped version with the configured type (`1.2.3` + fix and type
 *   `beta` → `1.2.4-beta`; no type, no pre-release part);
 * - without `prerelease: true`, that version's pre-release part is dropped (`1.3.0-beta.2` + fix →
 *   `1.3.0`: the pre-release is promoted).
 */
function releasePleasePrereleaseNext(previous, level, strategy) {
    const version = semver_default().parse(previous);
    if (!version)
        throw new Error(`not a version: ${previous}`);
    const part = version.prerelease.join(".");
    const { major, minor, patch } = version;
    let core;
    let pre;
    if (part !== "") {
        const fits = level === "patch" || (level === "minor" && patch === 0) || (level === "major" && minor === 0 && patch === 0);
        if (fits) {
            core = [major, minor, patch];
            pre = nextPrereleasePart(part);
        }
        else {
            core = level === "major" ? [major + 1, 0, 0] : [major, minor + 1, 0];
            pre = part;
        }
    }
    else {
        core = level === "major" ? [major + 1, 0, 0] : level === "minor" ? [major, minor + 1, 0] : [major, minor, patch + 1];
        pre = strategy.type;
    }
    const plain = core.join(".");
    return strategy.prerelease && pre ? `${plain}-${pre}` : plain;
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
    // Without a release tag, the version the manifest carries is the last release (never a silent downgrade).
    const previous = input.base?.version.version ?? input.manifestBase?.version;
    // A release commit of the tool above the last tag (release-please's merged release PR) is a
    // release still to be tagged: only the commits after it are new.
    const pending = config.releaseCommitPattern && !line.channel ? pendingRelease(all, previous, config.releaseCommitPattern, config.releasePleasePrerelease !== undefined) : undefined;
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
        ...(previous ? { previous } : {}),
        ...(input.base ? { previousTag: input.base.name } : {}),
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
    if (next === undefined && config.releasePleasePrerelease && !line.channel && from) {
        next = releasePleaseNext(decision, input, from, config);
    }
    if (next === undefined) {
        const wanted = input.bump ?? level;
        if (input.bump)
            decision.override = `bump input (${input.bump})`;
        else if (pending)
            decision.override = `release commit '${pending.header}', not tagged: ${pending.version} is the previous release`;
        const manifestStable = input.manifestBase && !semver_default().prerelease(input.manifestBase.version) ? input.manifestBase.version : undefined;
        const lastStable = pending?.version ?? input.lastStable?.version.version ?? manifestStable;
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
function pendingRelease(commits, previous, pattern, prereleases) {
    const expression = releaseCommitExpression(pattern);
    for (const [index, commit] of commits.entries()) {
        // A commit with a Release-As footer asks for a release; it is not one.
        if (commit.releaseAs)
            continue;
        const version = semver_default().valid(expression.exec(commit.header)?.[1] ?? "");
        // Under release-please's pre-release strategy a release PR may well release a pre-release.
        if (version && (prereleases || !semver_default().prerelease(version)) && (!previous || semver_default().gt(version, previous)))
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
 * The version release-please's pre-release strategy gives after `from` (the last release, maybe a
 * pre-release), for what the commits ask (never less than a patch, as release-please releases);
 * undefined when nothing is to be released. A bump input decides the level instead.
 */
function releasePleaseNext(decision, input, from, config) {
    const asked = input.bump ?? decision.level;
    if (asked === "none")
        return undefined;
    const level = input.bump ? asked : adjustForPreMajor(asked, from, config.preMajor);
    const next = releasePleasePrereleaseNext(from, level === "none" ? "patch" : level, config.releasePleasePrerelease);
    if (input.existing.has(next)) {
        throw new errors/* ConfigurationError */.j1(`release-please's pre-release numbering gives ${next} after ${from}, which is already tagged (not in the history of HEAD); a released version is never reused`);
    }
    decision.bump = bumpKind(from, next);
    decision.level = level;
    decision.override = `release-please's pre-release versioning from ${from}`;
    return next;
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

// EXTERNAL MODULE: ./packages/core/src/version-bump/plan.ts
var version_bump_plan = __webpack_require__(2114);
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
        const { manifests, lockfiles } = (0,version_bump_plan/* manifestPaths */.Ud)(pkg);
        for (const path of [...manifests.map((manifest) => manifest.path), ...lockfiles])
            paths.add(path);
    }
    const texts = new Map(await (0,version_bump_repository/* allInOrder */.bb)([...paths].map(async (path) => [path, await files.read(path)])));
    await (0,update/* prepareManifestUpdates */.B8)(packages.flatMap((pkg) => pkg.manifests));
    const releaseCommit = { ...config.versioning.releaseCommit, ...(inputs.releaseCommit !== undefined ? { enabled: inputs.releaseCommit } : {}) };
    // In a dry-run the changelog's files are only planned: they count as changed, as they will be.
    const planned = inputs.dryRun && inputs.plannedDir ? (0,planned_files/* plannedPaths */.LK)(inputs.plannedDir) : [];
    const extraCommitPaths = releaseCommit.enabled ? await changedPaths(git, config.versioning.releaseCommit.include, planned) : [];
    // Who commits is decided while planning, so a bad identity fails before any file is written.
    const committer = releaseCommit.enabled ? await (0,identity_committer/* resolveCommitter */.vt)(git, { ...(inputs.committer ? { input: inputs.committer } : {}), config }) : undefined;
    // The release commit is dated like the commit it is made on: the same plan, the same commit.
    const date = releaseCommit.enabled ? await commitDate(git, repository.head) : undefined;
    const plan = (0,version_bump_plan/* planVersionBump */.CL)({
        head: repository.head,
        ...(line.branch ? { branch: line.branch } : {}),
        decisions,
        packages,
        texts,
        releaseCommit: { ...releaseCommit, ...(committer ? { committer } : {}), ...(date ? { date } : {}) },
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
    if (inputs.dryRun && inputs.plannedDir)
        await (0,planned_files/* keepPlannedFiles */.tO)(plan, inputs.plannedDir);
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
    const tags = { all: allTags, head: repository.head };
    const decisions = [];
    for (const pkg of packages) {
        decisions.push(await decideFor(ports, config, pkg, line, tags, inputs, packages.length > 1 || pkg.path !== "."));
    }
    // Only a package released from the root package.json can tell (as its manifest).
    const rootManifest = packages.some((pkg) => (0,version_bump_plan/* manifestPaths */.Ud)(pkg).manifests.some((manifest) => manifest.path === "package.json"));
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
        const guess = releaseBase(tags.all, pkg, line, config.versioning).base;
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
    const { inRange, lastStable, base } = releaseBase(tags.reachable, pkg, line, config.versioning);
    const range = { ...(base ? { from: base.sha } : {}), to: "HEAD" };
    let parsed = guessed && guessed.from === base?.sha ? guessed.parsed : await (0,read/* readConventionalCommits */.dx)(ports.git, range);
    if (filterByPath && pkg.path !== ".") {
        const touching = await (0,read/* commitsTouching */.aS)(ports.git, range, [pkg.path]);
        parsed = parsed.filter((commit) => touching.has(commit.raw.sha));
    }
    const manifestBase = base ? undefined : await manifestStart(ports.git, pkg, parsed, config.versioning);
    if (manifestBase) {
        ports.reporter.annotate("notice", `${pkg.name === "." ? "" : `${pkg.name}: `}no release tag yet, so the first release continues from the version ${manifestBase.path} carries (${manifestBase.version})`);
    }
    const resumed = await releasesMadeOn(ports.git, tags.head, unreachableAbove(tags, pkg, base), config.versioning.releaseCommit.message);
    const existing = new Set((0,version_tags/* versionTags */.OP)(tags.all, pkg.tagPrefix).versions.filter((tag) => !resumed.has(tag.name)).map((tag) => tag.version.version));
    return decidePackage({
        pkg,
        config: config.versioning,
        line,
        reachable: inRange,
        ...(base ? { base } : {}),
        ...(lastStable ? { lastStable } : {}),
        ...(manifestBase ? { manifestBase } : {}),
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
/**
 * The release a package's next version builds on, among the given tags (highest on the line).
 * Under release-please's pre-release strategy that is the highest release of any kind, as
 * release-please continues from its last release, pre-release or not.
 */
function releaseBase(tags, pkg, line, versioning) {
    const versions = (0,version_tags/* versionTags */.OP)(tags, pkg.tagPrefix).versions;
    const inRange = line.range ? versions.filter((tag) => versionInRange(tag, line.range)) : versions;
    const { previous, lastStable } = (0,version_tags/* latestOnLine */.XP)(inRange, line.channel);
    const base = line.channel ? previous : versioning.releasePleasePrerelease ? inRange[0] : lastStable;
    return { inRange, ...(lastStable ? { lastStable } : {}), ...(base ? { base } : {}) };
}
// A maintenance line sees only its own versions as its previous releases.
function versionInRange(tag, range) {
    return semver_default().satisfies(tag.version, range, { includePrerelease: true });
}
/**
 * Where a package's first release starts when it has no release tag: the version its first
 * manifest carries, as committed before cadence's own release commit for it (a re-run after the
 * release commit decides the same version). Undefined when the manifest holds none or holds the
 * initial version (a fresh project: the first release is that version).
 */
async function manifestStart(git, pkg, commits, versioning) {
    const manifest = (0,version_bump_plan/* manifestPaths */.Ud)(pkg).manifests[0];
    if (!manifest)
        return undefined;
    const message = versioning.releaseCommit.message;
    const [before, after] = message.split("{version}", 2);
    const release = commits.find((commit) => (after === undefined ? commit.header === message : commit.header.startsWith(before) && commit.header.endsWith(after)));
    const { stdout, exitCode } = await git.run(["show", `${release ? `${release.raw.sha}^` : "HEAD"}:./${manifest.path}`], { allowFailure: true });
    if (exitCode !== 0)
        return undefined;
    const version = await manifestVersion(manifest, stdout);
    if (!version || version === versioning.initialVersion)
        return undefined;
    return { path: manifest.path, version };
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
    if (released && decisions.every((decision) => !decision.previousTag)) {
        throw new errors/* ConfigurationError */.j1(`no release tags were found, but package.json says ${version}: this looks like a clone without tags. ` +
            "With actions/checkout set `fetch-depth: 0` (it fetches tags); locally run `git fetch --tags`.");
    }
}
/** Which of the paths (files or folders) have uncommitted changes, new files included, or planned ones. */
async function changedPaths(git, paths, planned) {
    if (paths.length === 0)
        return [];
    const { stdout } = await git.run(["status", "--porcelain", "--untracked-files=all", "--", ...paths]);
    const changed = [...stdout.split("\n").filter(Boolean).map((line) => line.slice(3)), ...planned];
    return paths.filter((path) => changed.some((file) => file === path || file.startsWith(`${path.replace(/\/+$/, "")}/`)));
}
/** A commit's committer date as git writes it raw (`1767225600 +0000`); undefined without one. */
async function commitDate(git, commit) {
    const { stdout, exitCode } = await git.run(["show", "-s", "--format=%cd", "--date=raw", commit], { allowFailure: true });
    return exitCode === 0 && /^\d+ [+-]\d{4}$/.test(stdout.trim()) ? stdout.trim() : undefined;
}
/** Version tags HEAD's history does not hold, above the release the next version builds on. */
function unreachableAbove(tags, pkg, base) {
    const reachable = new Set((tags.reachable ?? []).map((tag) => tag.name));
    return (0,version_tags/* versionTags */.OP)(tags.all, pkg.tagPrefix).versions.filter((tag) => !reachable.has(tag.name) && (!base || semver_default().gt(tag.version, base.version)));
}
/**
 * The tags among `candidates` that sit on a release commit for their version made directly on
 * HEAD: the commit of an earlier run of this same release, tagged and pushed before that run
 * failed. Such a version is not taken by someone else: a re-run decides it again and finishes that
 * release (the release commit, dated like HEAD, comes out the same). Usually there are no
 * candidates and git is not asked.
 */
async function releasesMadeOn(git, head, candidates, message) {
    if (candidates.length === 0)
        return new Set();
    const { stdout } = await git.run(["log", "--no-walk=unsorted", "--format=%H %P%x00%s", ...new Set(candidates.map((tag) => tag.sha))]);
    const commits = new Map(stdout.split("\n").filter(Boolean).map((line) => {
        const [ids, subject] = line.split("\0");
        const [sha, parent, ...others] = ids.split(" ");
        return [sha, { parent, merge: others.length > 0, subject: subject ?? "" }];
    }));
    const made = candidates.filter((tag) => {
        const commit = commits.get(tag.sha);
        if (!commit || commit.parent !== head || commit.merge)
            return false;
        // The configured message with this version where {version} stands (a monorepo's lists several).
        const [before, after] = message.split("{version}", 2);
        const version = tag.version.version;
        return message.includes("{version}") ? commit.subject.startsWith(before) && commit.subject.endsWith(after) && commit.subject.includes(version) : commit.subject === message;
    });
    return new Set(made.map((tag) => tag.name));
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
