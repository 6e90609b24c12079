export const id = 2;
export const ids = [2];
export const modules = {

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

/***/ 3848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ LocalFiles),
  Z: () => (/* binding */ writeFileAtomic)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/errors/system.ts
var system = __webpack_require__(5672);
// EXTERNAL MODULE: ./packages/core/src/plan/preconditions.ts
var preconditions = __webpack_require__(6822);
;// CONCATENATED MODULE: ./packages/core/src/adapters/text-encoding.ts
/**
 * Text files as people save them: UTF-8 mostly, but editors on Windows still write UTF-16 with a
 * byte-order mark (PowerShell's `>` did so until version 6). Read as UTF-8, such a file becomes
 * garbage keys and NUL characters; decoded by its mark, it reads as what the person wrote.
 */
function decodeText(bytes) {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
        return bytes.subarray(2).toString("utf16le");
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
        return swapped.swap16().toString("utf16le");
    }
    return bytes.toString("utf8");
}

// EXTERNAL MODULE: ./packages/core/src/plan/text-source.ts
var text_source = __webpack_require__(974);
;// CONCATENATED MODULE: ./packages/core/src/adapters/files.ts







/** Files under one root. Writes go to a temporary file first and are renamed into place, so a crash never leaves half a file. */
class LocalFiles {
    root;
    constructor(root) {
        this.root = (0,external_node_path_.resolve)(root);
    }
    locate(path) {
        const full = (0,external_node_path_.resolve)(this.root, path);
        const rel = (0,external_node_path_.relative)(this.root, full);
        if (rel.startsWith("..") || (0,external_node_path_.isAbsolute)(rel)) {
            throw new errors/* ConfigurationError */.j1(`the path ${path} points outside the repository (${this.root})`);
        }
        return full;
    }
    // Reads and listings are synchronous inside: a command asks for a few dozen small files, mostly
    // absent (the configuration is looked for in some thirty places), and each asynchronous ask
    // waits for a trip through libuv's threads, ten times what the system call takes.
    async read(path) {
        try {
            return decodeText((0,external_node_fs_.readFileSync)(this.locate(path)));
        }
        catch (error) {
            if (error.code === "ENOENT")
                return undefined;
            throw (0,system/* atPath */.Z$)(error, (0,external_node_path_.resolve)(this.root, path));
        }
    }
    async list(dir) {
        try {
            const entries = (0,external_node_fs_.readdirSync)(this.locate(dir), { withFileTypes: true });
            return entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
        }
        catch (error) {
            if (["ENOENT", "ENOTDIR"].includes(error.code ?? ""))
                return [];
            throw (0,system/* atPath */.Z$)(error, (0,external_node_path_.resolve)(this.root, dir));
        }
    }
    writable(path) {
        return (0,preconditions/* writableProblem */.u)(this.locate(path), path);
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
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    }
    catch (error) {
        throw (0,system/* atPath */.Z$)(error, (0,external_node_path_.dirname)(path));
    }
    // Unique by the process and a random part; "wx" refuses a name somehow taken.
    const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`;
    try {
        if (content instanceof text_source/* TextSource */.p$)
            writePieces(temporary, content);
        else
            (0,external_node_fs_.writeFileSync)(temporary, content, { flag: "wx" });
        (0,external_node_fs_.renameSync)(temporary, path);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        // The temporary name means nothing to the reader: the file being written does.
        if (error instanceof Error && error.path === temporary)
            error.path = path;
        throw (0,system/* atPath */.Z$)(error, path);
    }
}
function writePieces(path, content) {
    const file = (0,external_node_fs_.openSync)(path, "wx");
    try {
        content.each((piece) => writeAll(file, Buffer.from(piece, "utf8")));
    }
    finally {
        (0,external_node_fs_.closeSync)(file);
    }
}
function writeAll(file, bytes) {
    for (let written = 0; written < bytes.length;)
        written += (0,external_node_fs_.writeSync)(file, bytes, written);
}


/***/ }),

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
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5341);
/* harmony import */ var _secrets_known_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3412);


/** Prints to a terminal: progress to stderr so that stdout stays clean for --json. */
class TerminalReporter {
    out;
    verbose;
    // Secrets in the environment under any name (NPM_TOKEN, NODE_AUTH_TOKEN, ...), and those given.
    secrets = (0,_secrets_known_js__WEBPACK_IMPORTED_MODULE_0__/* .knownSecrets */ .x)(process.env);
    summaries = [];
    constructor(out = process.stderr, verbose = false) {
        this.out = out;
        this.verbose = verbose;
    }
    print(text) {
        this.out.write(`${this.mask(text)}\n`);
    }
    mask(text) {
        return (0,_secrets_known_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecrets */ .Q)(text, this.secrets);
    }
    info(message) {
        this.print(message);
    }
    debug(message) {
        if (this.verbose)
            this.print(`debug: ${message}`);
    }
    annotate(level, message, location) {
        const where = (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocation */ .j$)(location);
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
        if (value && !this.secrets.includes(value))
            this.secrets.push(value);
        this.secrets.sort((a, b) => b.length - a.length);
    }
}


/***/ }),

/***/ 1522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ CONFIG_PATHS),
  Z: () => (/* binding */ loadConfig)
});

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/inputs/paths.ts
var paths = __webpack_require__(9563);
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

;// CONCATENATED MODULE: ./packages/core/src/config/import-release-please-changelog.ts

/** The name of a plugin entry: a string, or an object with `type`. */
function pluginName(plugin) {
    return plugin !== null && typeof plugin === "object" && !Array.isArray(plugin) ? String(plugin.type) : String(plugin);
}
/**
 * The `changelog:` section cadence reads for a project set up for release-please: the sections it
 * configured (`changelog-sections`: each `{type, section, hidden, scope}`; they replace release-
 * please's own list, as in release-please), the CHANGELOG's path, and the `sentence-case` plugin.
 * The format itself is release-please's (changelog/run.ts chooses it for such a configuration).
 */
function releasePleaseChangelog(options, location, source) {
    const changelog = {};
    if (typeof options.path === "string" && options.path.trim() !== "")
        changelog.path = options.path.trim();
    if (Array.isArray(options.plugins) && options.plugins.map(pluginName).includes("sentence-case"))
        changelog["sentence-case"] = true;
    const sections = typeof options.sections === "string" ? parseSections(options.sections, location) : options.sections;
    if (sections !== undefined) {
        if (!Array.isArray(sections))
            throw new errors/* ConfigurationError */.j1("changelog-sections must be a list of {type, section, hidden}", location);
        changelog.sections = sections.map((entry, index) => sectionOf(entry, index, location));
        changelog["default-sections"] = false;
    }
    if (options.type === "github") {
        source.notices.push({ message: "changelog-type 'github' (GitHub's generated notes) is not read: the CHANGELOG is written in release-please's default format", location });
    }
    return changelog;
}
function parseSections(text, location) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`changelog-types is not valid JSON: ${error.message.split("\n")[0]}`, location);
    }
}
function sectionOf(entry, index, location) {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry))
        throw new errors/* ConfigurationError */.j1(`changelog-sections[${index}] must be an object with type and section`, location);
    const { type, section, hidden, scope } = entry;
    if (typeof type !== "string" || type.trim() === "")
        throw new errors/* ConfigurationError */.j1(`changelog-sections[${index}] needs a type`, location);
    if (typeof section !== "string" || section.trim() === "")
        throw new errors/* ConfigurationError */.j1(`changelog-sections[${index}] ('${type}') needs a section title`, location);
    // Where the entries go in the seed's release notes, as cadence's own sections place these types.
    const notes = type === "feat" || type === "feature" ? "features" : type === "fix" ? "bug_fixes" : "improvements";
    return {
        title: section,
        type,
        notes,
        ...(hidden === true ? { hidden: true } : {}),
        ...(typeof scope === "string" && scope !== "" ? { scope } : {}),
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
    // sentence-case changes the CHANGELOG's entries, which the release-please format does too.
    const names = (Array.isArray(config.plugins) ? config.plugins : []).map(pluginName).filter((name) => name !== "sentence-case");
    if (names.length > 0) {
        source.notices.push({ message: `release-please plugins (${names.join(", ")}) are not applied: each package is versioned from its own commits`, location });
    }
    const changelog = releasePleaseChangelog({ path: root["changelog-path"], sections: root["changelog-sections"], plugins: config.plugins, type: root["changelog-type"] }, location, source);
    return { versioning, raw: { changelog }, source };
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
    source.notices.push({
        message: "the hosted release-please App may add plugins of its own (for googleapis repositories, sentence-case since 2022-09, which starts each CHANGELOG entry with a capital); set changelog.sentence-case: true in .github/cadence.yml to write entries that way",
        location: { file },
    });
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
        prerelease: app.prerelease,
        "prerelease-type": app.prereleaseType,
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
        prerelease: flag("prerelease"),
        "prerelease-type": inputs["prerelease-type"],
    }, { file: step.file }, source);
    const monorepoTags = flag("monorepo-tags") === true || flag("include-component-in-tag") === true;
    const component = inputs.component ?? inputs["package-name"];
    if (monorepoTags && component)
        versioning.tagPrefix = `${component.replace(/^@[^/]+\//, "")}-${versioning.tagPrefix}`;
    const changelog = releasePleaseChangelog({ path: inputs["changelog-path"], sections: inputs["changelog-types"], type: inputs["changelog-type"] }, { file: step.file }, source);
    return { versioning, raw: { changelog }, source };
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
        case "prerelease": {
            const type = import_release_please_text(options["prerelease-type"]);
            versioning.releasePleasePrerelease = { prerelease: bool(options.prerelease, "prerelease", location), ...(type ? { type } : {}) };
            source.notices.push({
                message: "versioning 'prerelease' is read as release-please numbers versions: from the last release, pre-release or not (1.3.0-beta.2 + a fix → " +
                    (options.prerelease === true ? "1.3.0-beta.3" : "1.3.0, as prerelease is not true") +
                    "); a pre-release asked for with --prerelease or a branch line's prerelease is numbered cadence's way ({version}-{channel}.N) instead",
                location,
            });
            break;
        }
        default:
            throw new errors/* ConfigurationError */.j1(`the versioning strategy '${strategy}' is not one cadence reads (default, always-bump-patch, always-bump-minor, always-bump-major, prerelease); set the versions in .github/cadence.yml instead`, location);
    }
    if (strategy !== "prerelease" && (options.prerelease === true || options["prerelease-type"] !== undefined)) {
        // release-please's default strategy does not read them for the version either (they mark GitHub releases).
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
        const { validateConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(463), __webpack_require__.e(493)]).then(__webpack_require__.bind(__webpack_require__, 493));
        // Paths in the file follow the rule of path inputs, judged here before any action looks further.
        validateConfig(source, { root: files.root, scratch: options.scratch ?? (0,paths/* scratchFolder */.$B)(process.env) });
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
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5341);
/* harmony import */ var _identity_committer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7296);
/* harmony import */ var _version_metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9229);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9563);




const TRUE = /^(true|yes|1)$/i;
const FALSE = /^(false|no|0)$/i;
const PLAN_HASH = /^sha256:[0-9a-f]{64}$/;
const CHANNEL = /^[0-9A-Za-z-]+$/;
/**
 * Reads the raw inputs of an action or a CLI command the same way everywhere, collecting every
 * problem so they are all reported at once. An empty string means "not given", as in Actions.
 */
class InputFields {
    places;
    problems = [];
    /** `places`: the repository and the run's temporary folder, for the path inputs (inputs/paths.ts). */
    constructor(places) {
        this.places = places;
    }
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
    /**
     * A path input, held to the one path rule (inputs/paths.ts): inside the repository, or the run's
     * temporary folder where `rule.scratch` allows it. Comes back relative to the repository.
     */
    path(name, value, rule = {}) {
        const clean = this.text(value);
        if (clean === undefined)
            return undefined;
        if (!this.places)
            throw new Error(`the path input ${name} was read without knowing the repository`);
        const judged = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .confinePath */ .ey)(name, clean, this.places, rule);
        if (judged.problem !== undefined)
            this.problem(judged.problem);
        return judged.path;
    }
    /** A list of path inputs (one per line, commas too when `commas`), each held to the path rule. */
    paths(name, value, rule = {}) {
        const items = this.list(value, rule.commas ? { commas: true } : {});
        return items.map((item) => this.path(name, item, rule)).filter((item) => item !== undefined);
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
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${this.problems[0]}${more}`, undefined, [...this.problems]);
    }
}


/***/ }),

/***/ 9563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ scratchFolder),
/* harmony export */   IS: () => (/* binding */ configuredPath),
/* harmony export */   ey: () => (/* binding */ confinePath),
/* harmony export */   w_: () => (/* binding */ recordedPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5341);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);




const MAGIC = /[*?[\]{}!]/;
/** Judges one path input by the rule above; `name` is the input's name, for the message. */
function confinePath(name, given, places, rule = {}) {
    if (given.includes("\0"))
        return { problem: `${name}: a path cannot contain a NUL character` };
    const parts = given.split(/[\\/]+/);
    const magic = rule.glob ? parts.findIndex((part) => MAGIC.test(part)) : -1;
    if (magic >= 0 && parts.slice(magic).includes(".."))
        return { problem: `${name}: the glob '${given}' climbs out with '..'; write it relative to the repository` };
    const fixed = magic >= 0 ? parts.slice(0, magic).join("/") || "." : given;
    const rest = magic >= 0 ? parts.slice(magic).join("/") : "";
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(places.root);
    const logical = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, fixed === "" ? "." : fixed);
    const real = followLinks(logical);
    const realRoot = followLinks(root);
    if (within(realRoot, real)) {
        const base = within(root, logical) ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, logical) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(realRoot, real);
        return { path: joinRelative(base, rest) };
    }
    if (rule.scratch && places.scratch) {
        const scratch = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(places.scratch);
        if (within(followLinks(scratch), real))
            return { path: rest ? `${logical}/${rest}` : logical };
    }
    const through = within(root, logical) ? " through a symbolic link" : "";
    const allowed = rule.scratch ? "inside the repository or the run's temporary folder (RUNNER_TEMP)" : "inside the repository";
    return { problem: `${name}: '${given}' leads outside the repository${through}; give a path ${allowed}, relative to the repository` };
}
/** A path as records keep it: relative to the repository, or `$RUNNER_TEMP/…` for the temporary folder. */
function recordedPath(path, places) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(places.root, path);
    if (within((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(places.root), full))
        return toSlashes((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(places.root), full)) || ".";
    if (places.scratch && within((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(places.scratch), full))
        return `$RUNNER_TEMP/${toSlashes((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(places.scratch), full))}`.replace(/\/$/, "");
    return full;
}
function joinRelative(base, rest) {
    const path = toSlashes(base);
    if (!rest)
        return path || ".";
    return path ? `${path}/${rest}` : rest;
}
function toSlashes(path) {
    return path.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join("/");
}
function within(folder, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(folder, path);
    return rel === "" || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && rel !== ".." && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
}
/**
 * The path with every symbolic link of its existing part followed; the part not there yet is kept
 * as written. A dangling link is followed by what it names, so it cannot hide where a write goes.
 */
function followLinks(path, depth = 0) {
    let existing = path;
    const missing = [];
    while (!present(existing)) {
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(existing);
        if (parent === existing)
            return path;
        missing.unshift(existing.slice(parent.length).replace(/^[\\/]+/, ""));
        existing = parent;
    }
    try {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(existing), ...missing);
    }
    catch {
        if (depth > 16)
            return path;
        try {
            return followLinks((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(existing), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(existing)), ...missing), depth + 1);
        }
        catch {
            return path;
        }
    }
}
function present(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** The run's temporary folder: RUNNER_TEMP in Actions, the system's temporary folder elsewhere. */
function scratchFolder(env) {
    return env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
}
/** A path from the config file, held to the same rule; a refusal points at the line that set it. */
function configuredPath(name, given, places, rule, location) {
    const judged = confinePath(name, given, places, rule);
    if (judged.problem !== undefined)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(judged.problem, location);
    return judged.path;
}


/***/ }),

/***/ 2184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ applyPlan),
  H: () => (/* binding */ reportDryRun)
});

;// CONCATENATED MODULE: ./packages/core/src/plan/outcomes.ts
/**
 * When an effect fails part-way through a plan, what was done and what was not travels with the
 * error to the boundary, which writes it to the log and the step summary (the evidence file has it
 * too): a person sees at once what to clean up or what a re-run will finish.
 */
const KEY = Symbol.for("release-cadence.applied");
function withOutcomes(error, result) {
    if (error !== null && typeof error === "object")
        Object.defineProperty(error, KEY, { value: result, enumerable: false, configurable: true });
    return error;
}
function outcomesOf(error) {
    if (error === null || typeof error !== "object")
        return undefined;
    return error[KEY];
}
const WORDS = { done: "done", skipped: "already done", failed: "failed", planned: "not done" };
/** Markdown: one line per effect, in plan order, with the failure's reason. */
function renderOutcomes(result) {
    const count = (status) => result.outcomes.filter((outcome) => outcome.status === status).length;
    const done = count("done") + count("skipped");
    const lines = [
        `### The run stopped part-way: ${done} of ${result.outcomes.length} effects done, ${count("failed")} failed, ${count("planned")} not done`,
        "",
        ...result.outcomes.map((outcome) => `- ${WORDS[outcome.status]}: ${outcome.summary}${outcome.error ? ` (${outcome.error.split("\n")[0]})` : ""}`),
        "",
        "A re-run with the same inputs skips what is done and carries out the rest.",
    ];
    return `${lines.join("\n")}\n`;
}

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/plan/preconditions.ts
var preconditions = __webpack_require__(6822);
// EXTERNAL MODULE: ./packages/core/src/plan/plan.ts
var plan_plan = __webpack_require__(1070);
;// CONCATENATED MODULE: ./packages/core/src/plan/apply.ts




/**
 * The one applier: runs effects in order, skipping those already done. In dry-run it touches
 * nothing, not even the evidence; the plan itself is the report.
 */
async function applyPlan(plan, handlers, options) {
    const hash = (0,plan_plan/* planHash */.SH)(plan);
    for (const effect of plan.effects) {
        if (!handlers[effect.kind])
            throw new Error(`no handler for effect kind '${effect.kind}' (effect ${effect.id})`);
    }
    const outcomes = plan.effects.map((effect) => ({ id: effect.id, kind: effect.kind, summary: effect.summary, status: "planned" }));
    const result = { planHash: hash, dryRun: options.dryRun, outcomes };
    if (options.dryRun) {
        if (options.logDryRun !== false)
            reportDryRun(plan, hash, options.reporter);
        // What apply would trip over is knowable now: the dry-run reports it.
        await checkPreconditions(plan, handlers);
        return result;
    }
    if (options.expectedPlanHash && options.expectedPlanHash !== hash)
        throw new errors/* StalePlanError */.Z(options.expectedPlanHash, hash);
    await checkPreconditions(plan, handlers, options.evidence?.path);
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
            throw withOutcomes(error, result);
        }
        await options.evidence?.(result);
    }
    return result;
}
/** Effects listed one per line in a dry-run's log; a longer plan's rest is counted (its summary lists all). */
const DRY_RUN_LINES = 50;
/**
 * A dry-run says in the log what it would do, effect by effect, and that it did none of it: the
 * log is what people read first (the step summary only when the run is over).
 */
function reportDryRun(plan, hash, reporter, title) {
    const count = plan.effects.length;
    const what = count === 0 ? "nothing to do" : `${count} effect${count === 1 ? "" : "s"} planned, none carried out`;
    reporter.info(`dry-run${title ? ` of ${title}` : ""}: ${what} (plan ${hash})`);
    for (const effect of plan.effects.slice(0, DRY_RUN_LINES))
        reporter.info(`  would ${effect.summary}`);
    if (count > DRY_RUN_LINES)
        reporter.info(`  … and ${count - DRY_RUN_LINES} more`);
}
/**
 * Every effect's precondition (and the evidence file's), judged before the first effect: a plan
 * that cannot be carried out whole fails here, with every problem at once, having changed nothing.
 */
async function checkPreconditions(plan, handlers, evidencePath) {
    const problems = [];
    for (const effect of plan.effects) {
        const handler = handlers[effect.kind];
        const problem = await handler.check?.(effect);
        // An effect already done (a re-run after a crash) has nothing left to trip over.
        if (problem !== undefined && !(await handler.isDone(effect).catch(() => false)))
            problems.push(problem);
    }
    const evidence = evidencePath === undefined ? undefined : (0,preconditions/* writableProblem */.u)(evidencePath, `the evidence file ${evidencePath}`);
    if (evidence !== undefined)
        problems.push(evidence);
    if (problems.length === 0)
        return;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
    throw new errors/* ConfigurationError */.j1(`nothing was changed: ${problems[0]}${more}`, undefined, problems);
}


/***/ }),

/***/ 6822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ writableProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Whether a file can be written at `full`, judged before the first effect runs, so that a plan that
 * would fail half-way (a folder where the file goes, a file where a folder is needed, a read-only
 * folder) fails before it changes anything. `shown` is how the message names the path.
 * Undefined when the write can go ahead.
 */
function writableProblem(full, shown) {
    const here = kind(full);
    if (here === "folder")
        return `${shown} is a folder, but a file is to be written there: remove or rename the folder, or choose another path`;
    let folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(full);
    while (kind(folder) === "missing" && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(folder) !== folder)
        folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(folder);
    if (kind(folder) === "file")
        return `${shown} cannot be written: ${folder} is a file where a folder is needed; remove it or choose another path`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(folder, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch {
        return `${shown} cannot be written: the folder ${folder} is read-only for the job's user; make it writable or choose another path`;
    }
    return undefined;
}
function kind(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    }
    catch {
        return "missing";
    }
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory() ? "folder" : "file";
    }
    catch {
        // A dangling link: writing through it would create its target, which the path rule has judged.
        return "missing";
    }
}


/***/ })

};
