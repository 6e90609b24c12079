export const id = 418;
export const ids = [418];
export const modules = {

/***/ 6052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ CHANGELOG_FORMATS),
/* harmony export */   pq: () => (/* binding */ resolveChangelogConfig),
/* harmony export */   u1: () => (/* binding */ DEFAULT_RECORD_DIR)
/* harmony export */ });
/* unused harmony exports CONVENTIONAL_SECTIONS, CONVENTIONAL_ORDER, KEEP_A_CHANGELOG_SECTIONS, KEEP_A_CHANGELOG_ORDER, DEFAULT_BOTS */
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5341);
/* harmony import */ var _release_please_entries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2550);


const CHANGELOG_FORMATS = ["conventional", "keep-a-changelog", "release-please"];
/** Conventional Commits as conventional-changelog's presets print them. */
const CONVENTIONAL_SECTIONS = [
    { title: "Bug Fixes", type: "fix", scope: "security", notes: "security" },
    { title: "Features", type: "feat", notes: "features" },
    { title: "Bug Fixes", type: "fix", notes: "bug_fixes" },
    { title: "Performance", type: "perf", notes: "improvements" },
    { title: "Security", type: "security", notes: "security" },
    { title: "Reverts", revert: true, notes: "improvements" },
];
const CONVENTIONAL_ORDER = ["Features", "Bug Fixes", "Performance", "Security", "Reverts"];
/** Keep a Changelog's six sections plus the seed's State Capsules and Migration. */
const KEEP_A_CHANGELOG_SECTIONS = [
    { title: "Security", scope: "security", notes: "security" },
    { title: "Security", type: "security", notes: "security" },
    { title: "State Capsules", scope: "{capsule,capsules,state}", notes: "improvements" },
    { title: "Deprecated", footer: "deprecated", notes: "deprecations" },
    { title: "Deprecated", type: "deprecate", notes: "deprecations" },
    { title: "Removed", type: "remove", notes: "improvements" },
    { title: "Added", type: "feat", notes: "features" },
    { title: "Fixed", type: "fix", notes: "bug_fixes" },
    { title: "Changed", type: "perf", notes: "improvements" },
    { title: "Changed", revert: true, notes: "improvements" },
    { title: "Changed", breaking: true, notes: "none" },
];
const KEEP_A_CHANGELOG_ORDER = ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security", "State Capsules"];
const DEFAULT_BOTS = ["*[bot]", "dependabot*", "renovate*", "github-actions*", "semantic-release-bot", "release-please*"];
const DEFAULT_RECORD_DIR = "docs/releases/{version}";
function list(value) {
    return Array.isArray(value) ? value.map(String) : [];
}
const DEFAULT_SECTIONS = {
    conventional: CONVENTIONAL_SECTIONS,
    "keep-a-changelog": KEEP_A_CHANGELOG_SECTIONS,
    "release-please": _release_please_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_PLEASE_SECTIONS */ .g,
};
/** The section titles of a format in the order they are printed. */
function defaultOrder(format, sections) {
    if (format === "keep-a-changelog")
        return [...KEEP_A_CHANGELOG_ORDER];
    if (format === "conventional")
        return [...CONVENTIONAL_ORDER];
    // release-please prints sections in the order of its section list, hidden ones included.
    return [...new Set(sections.map((rule) => rule.title).filter((title) => title !== ""))];
}
/**
 * The `changelog` section of .github/cadence.yml with defaults filled in. The schema has already
 * checked shapes; this adds what a schema cannot say (a section rule that matches nothing).
 * `defaultFormat` is the format when the section names none (release-please's, for a
 * configuration read from release-please's files).
 */
function resolveChangelogConfig(raw, file = ".github/cadence.yml", defaultFormat = "conventional") {
    const section = (raw && typeof raw === "object" ? raw : {});
    const format = section.format ?? defaultFormat;
    if (!CHANGELOG_FORMATS.includes(format))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`changelog.format must be one of ${CHANGELOG_FORMATS.join(", ")}, not '${String(format)}'`, { file });
    const custom = (Array.isArray(section.sections) ? section.sections : []).map((rule, index) => sectionRule(rule, index, file, format));
    const sections = [...custom, ...(section["default-sections"] === false ? [] : DEFAULT_SECTIONS[format])];
    const order = defaultOrder(format, sections);
    for (const rule of custom)
        if (!rule.hidden && !order.includes(rule.title))
            order.push(rule.title);
    const record = (section.record ?? {});
    const rollback = (record.rollback ?? {});
    const contributors = (section.contributors ?? {});
    return {
        format,
        sentenceCase: section["sentence-case"] === true,
        path: typeof section.path === "string" ? section.path : "CHANGELOG.md",
        ...(typeof section.header === "string" ? { header: section.header } : {}),
        sections,
        order,
        ...(typeof section.template === "string" ? { template: section.template } : {}),
        ...(typeof section["entry-template"] === "string" ? { entryTemplate: section["entry-template"] } : {}),
        ...(typeof section["repository-url"] === "string" ? { repositoryUrl: section["repository-url"] } : {}),
        links: section.links !== false,
        contributors: {
            enabled: contributors.enabled !== false,
            exclude: contributors.exclude === undefined ? [...DEFAULT_BOTS] : list(contributors.exclude),
        },
        record: {
            enabled: record.enabled !== false,
            dir: typeof record.dir === "string" ? record.dir : DEFAULT_RECORD_DIR,
            rollback: { channels: list(rollback.channels), commands: list(rollback.commands) },
        },
        knownIssues: (Array.isArray(section["known-issues"]) ? section["known-issues"] : []).map((item) => {
            const entry = (typeof item === "string" ? { issue: item } : item);
            return { issue: String(entry.issue), ...(entry.workaround !== undefined ? { workaround: String(entry.workaround) } : {}) };
        }),
    };
}
function sectionRule(raw, index, file, format) {
    const rule = { title: String(raw.title ?? "") };
    for (const key of ["type", "scope", "subject", "footer"])
        if (typeof raw[key] === "string")
            rule[key] = raw[key];
    if (raw.breaking === true)
        rule.breaking = true;
    if (raw.revert === true)
        rule.revert = true;
    if (raw.hidden === true)
        rule.hidden = true;
    if (typeof raw.notes === "string")
        rule.notes = raw.notes;
    const selective = rule.type ?? rule.scope ?? rule.subject ?? rule.footer ?? (rule.breaking || rule.revert ? "x" : undefined);
    if (selective === undefined) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`changelog.sections[${index}] ('${rule.title}') matches every commit: give type, scope, subject, footer, breaking or revert`, { file });
    }
    if (!rule.hidden && rule.title.trim() === "")
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`changelog.sections[${index}] needs a title (or hidden: true)`, { file });
    // release-please lists a hidden type's breaking changes under its title: the title is needed there too.
    if (format === "release-please" && rule.title.trim() === "")
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`changelog.sections[${index}] needs a title: the release-please format lists breaking changes of hidden sections under it`, { file });
    if (format === "release-please" && rule.type === undefined)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`changelog.sections[${index}] ('${rule.title}') needs a type: the release-please format puts entries into sections by type (and scope)`, { file });
    return rule;
}


/***/ }),

/***/ 2550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ RELEASE_PLEASE_SECTIONS),
  O: () => (/* binding */ releasePleaseEntries)
});

;// CONCATENATED MODULE: ./packages/core/src/changelog/release-please/grammar.ts
/**
 * A commit message read by the grammar release-please reads it with (the Conventional Commits
 * grammar of @conventional-commits/parser), so that the entries a project coming from
 * release-please gets are the ones release-please listed. It differs from cadence's own reading
 * (commits/parse.ts) in ways that decide entries: the footer block is the longest tail of lines
 * that are all `token: value` / `token #value` (with indented continuations), and any footer
 * whose token is a type (`feat: …`, `fix(x): …`) is itself a commit; a `(` left open after a word
 * at the start of the header or of a footer-like line makes the whole message unreadable.
 */
/** The parser's white space: ZWNBSP, tab, vertical tab, form feed, space, no-break space. */
const WHITE = new Set(["\uFEFF", "\t", "\v", "\f", " ", "\u00A0"]);
/** Thrown where the parser throws rather than backtracks: an unclosed `(` after a type. */
class Unreadable extends Error {
}
function splitLines(text) {
    const lines = [];
    const pattern = /([^\r\n]*)([\r\n]*)/g;
    for (let match = pattern.exec(text); match !== null && match[0] !== ""; match = pattern.exec(text))
        lines.push({ text: match[1], breaks: match[2] });
    if (lines.length === 0)
        lines.push({ text: "", breaks: "" });
    return lines;
}
/** `type`, `(scope)`, `!` from the start of a line; undefined when no type; throws on an unclosed scope. */
function scanType(text) {
    let at = 0;
    while (at < text.length && !"()!:".includes(text[at]) && !WHITE.has(text[at]))
        at++;
    if (at === 0)
        return undefined;
    const type = text.slice(0, at);
    let scope;
    if (text[at] === "(") {
        let close = at + 1;
        while (close < text.length && text[close] !== "(" && text[close] !== ")")
            close++;
        if (text[close] !== ")")
            throw new Unreadable(`unclosed scope in '${text}'`);
        // An empty scope is no scope, and what follows the `(` cannot be a separator.
        if (close === at + 1)
            return { type, bang: false, end: at + 1 };
        scope = text.slice(at + 1, close);
        at = close + 1;
    }
    const bang = text[at] === "!";
    if (bang)
        at++;
    return { type, ...(scope !== undefined ? { scope } : {}), bang, end: at };
}
function separatorAt(text, at) {
    if (text[at] === ":")
        return { separator: ":", end: at + 1 };
    if (text[at] === " " && text[at + 1] === "#")
        return { separator: " #", end: at + 2 };
    return undefined;
}
function skipWhite(text, at) {
    while (at < text.length && WHITE.has(text[at]))
        at++;
    return at;
}
/** A footer's first line: its token, separator and the value's text; undefined when not one. */
function footerStart(text) {
    let token;
    let at;
    const literal = /^BREAKING[ -]CHANGE/.exec(text)?.[0];
    if (literal) {
        token = { bang: false, breaking: literal };
        at = literal.length;
    }
    else if (text.startsWith("!")) {
        token = { bang: true };
        at = 1;
    }
    else {
        const scan = scanType(text);
        if (!scan)
            return undefined;
        token = { type: scan.type, ...(scan.scope !== undefined ? { scope: scan.scope } : {}), bang: scan.bang };
        at = scan.end;
    }
    const separator = separatorAt(text, at);
    if (!separator)
        return undefined;
    return { token, separator: separator.separator, value: text.slice(skipWhite(text, separator.end)) };
}
/** Footers from line `from` to the end, or undefined when some line is neither a footer nor a continuation. */
function footersFrom(lines, from) {
    const footers = [];
    for (let index = from; index < lines.length;) {
        const start = footerStart(lines[index].text);
        if (!start)
            return undefined;
        const footer = { token: start.token, separator: start.separator, texts: [start.value], breaks: [] };
        index++;
        // A continuation: a line that starts with white space, after any number of line breaks.
        while (index < lines.length && WHITE.has(lines[index].text[0] ?? "")) {
            footer.breaks.push(lines[index - 1].breaks);
            footer.texts.push(lines[index].text.slice(skipWhite(lines[index].text, 0)));
            index++;
        }
        footers.push(footer);
    }
    return footers;
}
function bodyLine(text) {
    const literal = /^BREAKING[ -]CHANGE/.exec(text)?.[0];
    if (!literal)
        return { text, marked: false };
    // The parser consumes the marker before it looks for the ':' and does not give it back.
    if (text[literal.length] !== ":")
        return { text: text.slice(literal.length), marked: false };
    return { text: text.slice(skipWhite(text, literal.length + 1)), marked: true };
}
/** The message as release-please's parser reads it, or undefined when that parser rejects it. */
function parseMessage(message) {
    try {
        return parse(message.trim());
    }
    catch (error) {
        if (error instanceof Unreadable)
            return undefined;
        throw error;
    }
}
function parse(text) {
    const lines = splitLines(text);
    const header = lines[0].text;
    const scan = scanType(header);
    if (!scan)
        return undefined;
    const separator = separatorAt(header, scan.end);
    if (!separator)
        return undefined;
    const node = { type: scan.type, ...(scan.scope !== undefined ? { scope: scan.scope } : {}), bang: scan.bang, subject: header.slice(skipWhite(header, separator.end)), footers: [] };
    if (lines.length === 1)
        return node;
    // The body runs up to the first line from which every line is a footer (or a continuation).
    let footerLine = lines.length;
    for (let index = 1; index < lines.length; index++) {
        const footers = footersFrom(lines, index);
        if (footers) {
            footerLine = index;
            node.footers = footers;
            break;
        }
    }
    if (footerLine > 1) {
        const body = { texts: [], marked: [], breaks: [] };
        for (let index = 1; index < footerLine; index++) {
            const line = bodyLine(lines[index].text);
            body.texts.push(line.text);
            body.marked.push(line.marked);
            if (index < footerLine - 1)
                body.breaks.push(lines[index].breaks);
        }
        node.body = body;
    }
    return node;
}

;// CONCATENATED MODULE: ./packages/core/src/changelog/release-please/messages.ts

/** The types that start a new message after a blank line (release-please's own list, case as written). */
const PARAGRAPH_START = /\r?\n\r?\n(?=(?:feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)(?:\(.*?\))?: )/;
/**
 * The messages release-please reads in a commit: each `BEGIN_NESTED_COMMIT … END_NESTED_COMMIT`
 * block, and each paragraph of the rest that starts with a conventional type, read on its own;
 * in each, every footer whose token is a type (`feat: …` on the lines after the header) is a
 * message too, listed before the one it is in. A part release-please cannot read is left out.
 */
function releasePleaseMessages(message) {
    const messages = [];
    for (const part of splitParts(message))
        messages.push(...readPart(part));
    return messages;
}
function splitParts(message) {
    const [main, ...nested] = message.split("BEGIN_NESTED_COMMIT");
    let rest = main;
    const inner = [];
    for (const part of nested) {
        const [text, ...after] = part.split("END_NESTED_COMMIT");
        inner.push(text);
        rest += after.join("END_NESTED_COMMIT");
    }
    return [...rest.split(PARAGRAPH_START).filter((part) => part !== ""), ...inner];
}
function readPart(text) {
    const node = parseMessage(text);
    if (!node)
        return [];
    return fromNode(node).map(({ message, dashed }) => {
        tidyNotes(message);
        // `BREAKING-CHANGE:` inside a body line (not at its start) is read after the notes are tidied.
        if (dashed) {
            if (message.breakingNotes.length > 0)
                message.breakingNotes[0] += `\n${dashed}`;
            else
                message.breakingNotes.push(dashed);
        }
        return message;
    });
}
/** The message and the messages its footers make, footers' first (release-please's order). */
function fromNode(node) {
    const header = `${node.type}${node.scope !== undefined ? `(${node.scope})` : ""}${node.bang ? "!" : ""}: ${node.subject}`;
    const message = {
        type: node.type,
        ...(node.scope !== undefined ? { scope: node.scope } : {}),
        subject: node.subject,
        header,
        breakingNotes: [],
        references: [],
    };
    const breaking = breakingText(node);
    if (breaking !== "")
        message.breakingNotes.push(breaking);
    const body = bodyText(node);
    const dashed = /BREAKING-CHANGE:\s*(.*)/.exec(body)?.[1]?.trim();
    const made = [];
    for (const footer of node.footers) {
        const reference = referenceOf(footer);
        if (reference)
            message.references.push(reference);
        if (footer.token.type === undefined)
            continue;
        if (footer.token.type.toLowerCase() === "release-as")
            message.releaseAs = footer.texts.at(-1);
        const inner = parseMessage(footerText(footer));
        if (inner)
            made.push(...fromNode(inner));
    }
    return [...made, { message, ...(dashed ? { dashed } : {}) }];
}
/**
 * The note of a breaking change: the subject for a `!`; replaced by the text from a body line's
 * `BREAKING CHANGE:` on; replaced by the last line of a `BREAKING CHANGE:` footer (the last such).
 */
function breakingText(node) {
    let text = node.bang ? node.subject : "";
    const body = node.body;
    if (body) {
        const first = body.marked.indexOf(true);
        if (first !== -1) {
            text = "";
            for (let index = first; index < body.texts.length; index++)
                text += body.texts[index] + (body.breaks[index] ?? "");
        }
    }
    for (const footer of node.footers)
        if (footer.token.breaking)
            text = footer.texts.at(-1);
    return text;
}
function bodyText(node) {
    if (!node.body)
        return "";
    let text = "";
    node.body.texts.forEach((line, index) => (text += line + (node.body.breaks[index] ?? "")));
    return text;
}
/** `Fixes #12` or `Refs: #12`: the issue, when the footer's last text is a number. */
function referenceOf(footer) {
    let hash = footer.separator === " #";
    let issue = "";
    for (const text of footer.texts) {
        if (text.startsWith("#")) {
            hash = true;
            issue = text.slice(1);
        }
        else {
            issue = text;
        }
    }
    if (!hash || !/^[0-9]+$/.test(issue))
        return undefined;
    return { action: footer.token.type ?? "", issue: Number(issue) };
}
/** A footer as the text of a message of its own: `type(scope)!: value` and its continuation lines. */
function footerText(footer) {
    const token = footer.token;
    let text = `${token.type}${token.scope !== undefined ? `(${token.scope})` : ""}${token.bang ? "!" : ""}${footer.separator === ":" ? ": " : ""}`;
    footer.texts.forEach((value, index) => (text += (index > 0 ? footer.breaks[index - 1] : "") + value));
    return text;
}
/**
 * Notes as release-please tidies them: lines joined by spaces up to the first blank line; from a
 * later line that starts a list item or a `####` heading on, lines kept, indented by four spaces.
 */
function tidyNotes(message) {
    message.breakingNotes = message.breakingNotes.map(tidy);
    if (message.releaseAs !== undefined)
        message.releaseAs = tidy(message.releaseAs);
}
function tidy(note) {
    let text = "";
    let extended = false;
    const chunks = note.split(/\r?\n/);
    for (let index = 0; index < chunks.length; index++) {
        const chunk = chunks[index];
        if (index > 0 && !extended && /^#### |^[*-] /.test(chunk)) {
            text = `${text.trim()}\n`;
            extended = true;
        }
        if (chunk === "")
            break;
        text += extended ? `    ${chunk}\n` : `${chunk} `;
    }
    return text.trim();
}

;// CONCATENATED MODULE: ./packages/core/src/changelog/release-please/entries.ts

/** release-please's default sections (conventional-changelog's conventionalcommits preset), in its order. */
const RELEASE_PLEASE_SECTIONS = [
    { title: "Features", type: "feat", notes: "features" },
    { title: "Features", type: "feature", notes: "features" },
    { title: "Bug Fixes", type: "fix", notes: "bug_fixes" },
    { title: "Performance Improvements", type: "perf", notes: "improvements" },
    { title: "Reverts", type: "revert", notes: "improvements" },
    { title: "Documentation", type: "docs", hidden: true, notes: "improvements" },
    { title: "Styles", type: "style", hidden: true, notes: "improvements" },
    { title: "Miscellaneous Chores", type: "chore", hidden: true, notes: "improvements" },
    { title: "Code Refactoring", type: "refactor", hidden: true, notes: "improvements" },
    { title: "Tests", type: "test", hidden: true, notes: "improvements" },
    { title: "Build System", type: "build", hidden: true, notes: "improvements" },
    { title: "Continuous Integration", type: "ci", hidden: true, notes: "improvements" },
];
/** A `Release-As:` value that names a version, as the preset checks it before listing a commit of a hidden type. */
const RELEASE_AS = /release-as:\s*\w*@?([0-9]+\.[0-9]+\.[0-9a-z]+(-[0-9a-z.]+)?)\s*/i;
const BANG_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/;
/** The section a message goes to: the first rule of its type (and scope, when the rule has one). */
function ruleFor(sections, message) {
    const type = message.type.toLowerCase();
    return sections.find((rule) => rule.type === type && (rule.scope === undefined || rule.scope === message.scope));
}
/** The sentence-case plugin's change: a subject that starts with a lower-case ASCII letter gets a capital. */
function upperFirst(text) {
    return /^[a-z]/.test(text) && !["gRPC", "npm"].includes(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
/** The plugin's change to the rebuilt header: the first word after the first ':' gets a capital. */
function sentenceCaseHeader(header) {
    if (!header.includes(":"))
        return header;
    const [first, ...rest] = header.split(":");
    const after = rest.join(":").trim();
    const end = /\s|$/.exec(after).index;
    return `${first}: ${upperFirst(after.slice(0, end))}${after.slice(end)}`;
}
/**
 * Every message of the commits as release-please lists them: one entry per conventional message
 * (a commit may hold several), in commit order. A message is listed under its type's section;
 * one of a hidden type, or of a type with no section, only when it is a breaking change or
 * carries `Release-As:` (then under its section, or under its type as written).
 */
function releasePleaseEntries(commits, options) {
    const entries = [];
    for (const commit of commits) {
        const messages = releasePleaseMessages(commit.raw.message);
        if (messages.length === 0) {
            // Not a conventional message to release-please: never listed, still a commit of the release.
            entries.push({ commit, sha: commit.raw.sha, subject: commit.header, notes: "none", breaking: false, breakingNotes: [], references: [] });
            continue;
        }
        for (const message of messages)
            entries.push(entryOf(commit, message, options));
    }
    return entries;
}
function entryOf(commit, message, options) {
    const subject = options.sentenceCase ? upperFirst(message.subject) : message.subject;
    const header = options.sentenceCase ? sentenceCaseHeader(message.header) : message.header;
    const notes = [...message.breakingNotes];
    const bang = notes.length === 0 ? BANG_HEADER.exec(header) : null;
    if (bang)
        notes.push(bang[3]);
    const rule = ruleFor(options.sections, message);
    const releaseAs = message.releaseAs !== undefined && RELEASE_AS.test(`Release-As: ${message.releaseAs}`);
    const listed = notes.length > 0 || releaseAs || (rule !== undefined && !rule.hidden);
    const scope = message.scope === "*" ? undefined : message.scope;
    // The preset links `#12` wherever the subject has it, and drops footer references it linked there.
    const inSubject = new Set([...subject.matchAll(/#([0-9]+)/g)].map((match) => Number(match[1])));
    const references = [
        ...[...inSubject].map((number) => ({ number, in: "header" })),
        ...message.references.filter((reference) => !inSubject.has(reference.issue)).map((reference) => ({ number: reference.issue, in: "body", ...(reference.action ? { action: reference.action.toLowerCase() } : {}) })),
    ];
    const entry = {
        commit,
        sha: commit.raw.sha,
        type: message.type,
        subject: subject === "" ? header : subject,
        notes: listed ? (rule?.notes ?? "improvements") : "none",
        breaking: notes.length > 0,
        breakingNotes: notes,
        references,
    };
    if (scope)
        entry.scope = scope;
    if (listed)
        entry.section = rule?.title ?? message.type;
    return entry;
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
