export const id = 118;
export const ids = [118];
export const modules = {

/***/ 4258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ keepYoungGenerationSmall)
/* harmony export */ });
/* unused harmony export YOUNG_GENERATION_FLAG */
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

/***/ 7296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ identityArgs),
/* harmony export */   aZ: () => (/* binding */ parseIdentity),
/* harmony export */   br: () => (/* binding */ BOT_IDENTITY),
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   gZ: () => (/* binding */ formatIdentity),
/* harmony export */   l3: () => (/* binding */ configuredCommitter),
/* harmony export */   vt: () => (/* binding */ resolveCommitter)
/* harmony export */ });
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

/***/ 1874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ InputFields)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5341);
/* harmony import */ var _identity_committer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7296);
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
    /** A git identity written `Name <email>`. */
    identity(name, value) {
        const clean = this.text(value);
        if (clean === undefined)
            return undefined;
        try {
            return (0,_identity_committer_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIdentity */ .aZ)(clean, name);
        }
        catch (error) {
            this.problem(error.message);
            return undefined;
        }
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
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${this.problems[0]}${more}`, undefined, [...this.problems]);
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

/***/ 1070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ renderPlan),
/* harmony export */   SH: () => (/* binding */ planHash),
/* harmony export */   ZX: () => (/* binding */ canonicalJsonHash),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony export pieces */
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


/***/ })

};
