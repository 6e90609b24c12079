export const id = 500;
export const ids = [500];
export const modules = {

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

/***/ 8907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ writeYamlTo),
/* harmony export */   V: () => (/* binding */ writeYaml)
/* harmony export */ });
/* harmony import */ var _secrets_known_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3412);
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
 *
 * Every record of every action is written here, so this is where the secrets the run knows are
 * masked (secrets/known.ts): a token under any name (NODE_AUTH_TOKEN, NPM_TOKEN, …) that a commit
 * message, a reason, a command's output or a remote's answer carried into a record becomes `***`.
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
    secrets;
    pieces = [];
    path = [];
    indents = [""];
    where = () => `$${this.path.map((step) => (typeof step === "number" ? `[${step}]` : `.${step}`)).join("")}`;
    constructor(out, secrets) {
        this.out = out;
        this.secrets = secrets;
    }
    /** A text as the record may show it: no secret of the run in it. */
    text(value) {
        return this.secrets.length === 0 ? value : (0,_secrets_known_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecrets */ .Q)(value, this.secrets);
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
        if (typeof value === "string") {
            const text = this.text(value);
            if (literal(text))
                return this.push(` ${literalBlock(text, this.indent(depth))}`);
            return this.push(` ${scalar(text, this.where)}\n`);
        }
        this.push(` ${scalar(value, this.where)}\n`);
    }
    /** A map's members; the first one's line starts with `first` (after a list's dash: nothing). */
    map(members, depth, first = this.indent(depth)) {
        let lead = first;
        for (const [key, item] of members) {
            this.push(`${lead}${scalar(this.text(key), this.where)}:`);
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
function writeYaml(value, options = {}) {
    const chunks = [];
    writeYamlTo(value, (chunk) => chunks.push(chunk), options);
    return chunks.join("");
}
/** writeYaml's text handed to `out` in chunks of a few thousand pieces, never whole. */
function writeYamlTo(value, out, options = {}) {
    const writer = new YamlWriter(out, options.secrets ?? (0,_secrets_known_js__WEBPACK_IMPORTED_MODULE_0__/* .knownSecrets */ .x)(process.env));
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

/***/ 3412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ maskSecrets),
/* harmony export */   x: () => (/* binding */ knownSecrets)
/* harmony export */ });
// The secrets a run knows, whatever name they came under: a token the workflow hands a step as
// NODE_AUTH_TOKEN or NPM_TOKEN, the action's own secret inputs (INPUT_TOKEN, INPUT_NPM-TOKEN,
// INPUT_KEY), the runner's tokens. Text from elsewhere (a gate command's output, npm's or git's
// messages) can carry them; every text the toolkit prints or records goes through maskSecrets.
/** Variable names that hold a secret: …TOKEN, …SECRET, …PASSWORD, …PASSPHRASE, …KEY (not a public one), …IDENTITIES. */
const SECRET_NAME = /(?:^|[_-])(?:TOKEN|SECRET|PASSWORD|PASSPHRASE|KEY|IDENTITIES|CREDENTIALS?)$/i;
const NOT_SECRET = /PUBLIC/i;
// Shorter values ("true", "1") are settings, not secrets: masking them would mangle every message.
const SHORTEST = 8;
/** The secret values in an environment, longest first (a secret that contains another is masked whole). */
function knownSecrets(env) {
    const found = new Set();
    for (const [name, value] of Object.entries(env)) {
        if (!value || !SECRET_NAME.test(name) || NOT_SECRET.test(name))
            continue;
        for (const part of partsOf(value))
            found.add(part);
    }
    return [...found].sort((a, b) => b.length - a.length);
}
/** A value and, for one of several lines (a PEM key), each line long enough to give it away. */
function partsOf(value) {
    const trimmed = value.trim();
    const parts = trimmed.length >= SHORTEST ? [trimmed] : [];
    if (trimmed.includes("\n")) {
        for (const line of trimmed.split(/\r?\n/))
            if (line.trim().length >= 16 && !line.startsWith("-----"))
                parts.push(line.trim());
    }
    return parts;
}
/** The text with every one of the secrets replaced by `***`. */
function maskSecrets(text, secrets) {
    let masked = text;
    for (const secret of secrets)
        if (masked.includes(secret))
            masked = masked.split(secret).join("***");
    return masked;
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


/***/ })

};
