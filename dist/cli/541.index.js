export const id = 541;
export const ids = [541];
export const modules = {

/***/ 5541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  capsuleSignCommand: () => (/* binding */ capsuleSignCommand),
  capsuleSignHelp: () => (/* binding */ capsuleSignHelp),
  m: () => (/* binding */ readKeyFile),
  j: () => (/* binding */ readPassphrase)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/adapters/reporter-terminal.ts
var reporter_terminal = __webpack_require__(1206);
// EXTERNAL MODULE: ./packages/core/src/signing/keys.ts
var keys = __webpack_require__(5349);
// EXTERNAL MODULE: ./packages/core/src/inputs/fields.ts
var inputs_fields = __webpack_require__(1874);
;// CONCATENATED MODULE: ./packages/core/src/capsule/types.ts
const CAPSULE_KINDS = ["PRE-RELEASE", "RELEASE", "POST-RELEASE"];
function isCapsuleKind(value) {
    return CAPSULE_KINDS.includes(value);
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/inputs.ts



/** Checks the inputs together and reports every problem at once. */
function parseCapsuleSignInputs(raw) {
    const fields = new inputs_fields/* InputFields */.a({ root: raw.cwd, scratch: raw.scratch });
    const list = (value) => fields.list(value);
    const kind = fields.text(raw.kind)?.toUpperCase() ?? "RELEASE";
    if (!isCapsuleKind(kind))
        fields.problem(`kind must be one of ${CAPSULE_KINDS.join(", ")}, not '${raw.kind}'`);
    const inputs = {
        cwd: raw.cwd,
        kind: kind,
        artifacts: fields.paths("artifacts", raw.artifacts),
        decisions: list(raw.decisions),
        openThreads: list(raw.openThreads),
        plans: [],
        evidence: fields.paths("evidence", raw.evidence),
        dryRun: fields.flag("dry-run", raw.dryRun) ?? false,
        sbomPackages: fields.paths("sbom-packages", raw.sbomPackages),
        ...(raw.scratch ? { scratch: raw.scratch } : {}),
    };
    const sbom = fields.flag("sbom", raw.sbom);
    if (sbom !== undefined)
        inputs.sbom = sbom;
    const version = fields.version("version", raw.version);
    if (version !== undefined)
        inputs.version = version;
    const pkg = fields.text(raw.package);
    if (pkg !== undefined)
        inputs.package = pkg;
    const commit = fields.text(raw.commit);
    if (commit !== undefined) {
        if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit))
            inputs.commit = commit;
        else
            fields.problem(`commit must be a full commit id (40 hex digits), not '${commit}'`);
    }
    for (const entry of list(raw.plans)) {
        const match = /^([A-Za-z0-9._-]+)\s*[=:]\s*(sha256:[0-9a-f]{64})$/.exec(entry);
        if (match)
            inputs.plans.push({ action: match[1], plan_hash: match[2] });
        else
            fields.problem(`plan hash '${entry}' must be written ACTION=sha256:<64 hex digits>, e.g. version-bump=sha256:…`);
    }
    for (const [key, name, value] of [["outDir", "out-dir", raw.outDir], ["notesPath", "notes", raw.notesPath], ["configPath", "config", raw.configPath]]) {
        const path = fields.path(name, value, { scratch: key === "outDir" });
        if (path !== undefined)
            inputs[key] = path;
    }
    fields.check();
    return inputs;
}
function parseCapsuleVerifyInputs(raw) {
    const fields = new InputFields({ root: raw.cwd, scratch: raw.scratch });
    // A capsule to check may have been downloaded into the run's temporary folder.
    const envelope = fields.path("envelope", raw.envelope, { scratch: true });
    if (fields.text(raw.envelope) === undefined)
        fields.problem("mode verify needs the envelope input (the .dsse.json to verify)");
    const inputs = { envelope: resolve(raw.cwd, envelope ?? "."), artifactDirs: fields.paths("artifact-dirs", raw.artifactDirs, { scratch: true }).map((dir) => resolve(raw.cwd, dir)) };
    const readerVersion = fields.version("reader-version", raw.readerVersion);
    if (readerVersion !== undefined)
        inputs.readerVersion = readerVersion;
    fields.check();
    return inputs;
}

// EXTERNAL MODULE: ./packages/core/src/inputs/paths.ts
var paths = __webpack_require__(9563);
// EXTERNAL MODULE: ./packages/core/src/capsule/sign.ts + 8 modules
var sign = __webpack_require__(7813);
// EXTERNAL MODULE: ./packages/core/src/adapters/git-cli.ts
var git_cli = __webpack_require__(5577);
// EXTERNAL MODULE: ./packages/core/src/adapters/files.ts + 1 modules
var files = __webpack_require__(3848);
// EXTERNAL MODULE: ./packages/core/src/adapters/clock.ts
var clock = __webpack_require__(3664);
// EXTERNAL MODULE: ./packages/core/src/capsule/report.ts
var report = __webpack_require__(5731);
// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
;// CONCATENATED MODULE: ./packages/cli/src/commands/capsule-sign.ts




const flags = {
    key: { type: "string", value: "KEY.pem", about: "the signing key: PKCS#8 PEM, Ed25519 or ECDSA P-256", required: true },
    "passphrase-env": { type: "string", value: "NAME", about: "the environment variable holding an encrypted key's passphrase", defaultIs: "none" },
    kind: { type: "string", value: "PRE-RELEASE|RELEASE|POST-RELEASE", about: "the capsule kind", defaultIs: "RELEASE" },
    artifact: { type: "string", multiple: true, value: "PATH", about: "a file to hash and sign", defaultIs: "none" },
    out: { type: "string", value: "DIR", about: "where the capsule, envelope, signatures and SHA256SUMS go", defaultIs: "capsule.out-dir, else release-capsule" },
    notes: { type: "string", value: "FILE", about: "YAML with decisions, open_threads and next_chat_bootstrap", defaultIs: "capsule.notes" },
    decision: { type: "string", multiple: true, value: "TEXT", about: "a decision for the capsule", defaultIs: "none" },
    "open-thread": { type: "string", multiple: true, value: "TEXT", about: "an open thread for the capsule", defaultIs: "none" },
    "plan-hash": { type: "string", multiple: true, value: "ACTION=sha256:…", about: "another action's plan hash", defaultIs: "none" },
    evidence: { type: "string", multiple: true, value: "PATH", about: "another action's evidence record, hashed into the capsule", defaultIs: "none" },
    version: { type: "string", value: "X.Y.Z", about: "the release version", defaultIs: "what version-bump decides, or the last tag" },
    package: { type: "string", value: "NAME", about: "in a monorepo, the package the capsule is for" },
    commit: { type: "string", value: "SHA", about: "the release commit", defaultIs: "HEAD" },
    "sbom-package": { type: "string", multiple: true, value: "DIR", about: "a published npm package's folder, for its SBOM", defaultIs: "capsule.sbom.packages, else the published ones" },
    "no-sbom": { type: "boolean", about: "make no SBOM", defaultIs: "as capsule.sbom says" },
    config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
    "dry-run": { type: "boolean", about: "build and sign in memory and show the plan, write nothing" },
    json: { type: "boolean", about: "print the outputs as JSON" },
    summary: { type: "boolean", about: "print the markdown summary the action writes" },
    keyless: { type: "boolean", about: "Sigstore keyless signing: only in the capsule-sign action" },
    cwd: { type: "string", value: "DIR", about: "the repository; other paths are relative to it", defaultIs: "the current folder" },
    verbose: { type: "boolean", about: "print every step" },
};
const capsuleSignHelp = {
    usage: "cadence capsule-sign --key KEY.pem [flags]",
    summary: "write and sign the release state capsule, a .sig per artifact and SHA256SUMS",
    about: `Writes the release state capsule (YAML), signs an in-toto statement of it and every artifact
in a DSSE envelope, and writes a detached .sig per artifact and a signed SHA256SUMS. Version and
commit come from the repository unless given. An SBOM of each published npm package (npm sbom,
from the lockfile) is signed with them, as capsule.sbom says. A key pair for trying it:
  openssl genpkey -algorithm ed25519 -out release-key.pem
  openssl pkey -in release-key.pem -pubout -out release-key.pub.pem`,
    flags,
};
async function capsuleSignCommand(argv, out) {
    if (argv.includes("--keyless")) {
        throw new errors/* ConfigurationError */.j1("keyless signing needs GitHub Actions' OIDC token, so it only runs in the capsule-sign action (with `permissions: id-token: write`); here, sign with --key");
    }
    const { values } = (0,args/* parseFlags */.bQ)(argv, flags);
    const cwd = (0,external_node_path_.resolve)(values.cwd ?? process.cwd());
    const reporter = new reporter_terminal/* TerminalReporter */.s(process.stderr, values.verbose ?? false);
    const passphrase = readPassphrase(values["passphrase-env"]);
    if (passphrase)
        reporter.secret(passphrase);
    const pem = await readKeyFile((0,external_node_path_.resolve)(cwd, values.key));
    for (const part of (0,keys/* secretParts */.Bm)(pem))
        reporter.secret(part);
    const key = (0,keys/* parsePrivateKey */.QW)(pem, { source: `the key file ${values.key}`, ...(passphrase ? { passphrase } : {}) });
    const inputs = parseCapsuleSignInputs({
        cwd,
        scratch: (0,paths/* scratchFolder */.$B)(process.env),
        ...(values.kind !== undefined ? { kind: values.kind } : {}),
        artifacts: values.artifact ?? [],
        ...(values.out !== undefined ? { outDir: values.out } : {}),
        ...(values.notes !== undefined ? { notesPath: values.notes } : {}),
        decisions: values.decision ?? [],
        openThreads: values["open-thread"] ?? [],
        plans: values["plan-hash"] ?? [],
        evidence: values.evidence ?? [],
        ...(values.version !== undefined ? { version: values.version } : {}),
        ...(values.package !== undefined ? { package: values.package } : {}),
        ...(values.commit !== undefined ? { commit: values.commit } : {}),
        ...(values.config !== undefined ? { configPath: values.config } : {}),
        dryRun: values["dry-run"] ?? false,
        sbomPackages: values["sbom-package"] ?? [],
        ...(values["no-sbom"] ? { sbom: false } : {}),
    });
    const result = await (0,sign/* runCapsuleSign */.E)({ git: new git_cli/* GitCli */.T(cwd), files: new files/* LocalFiles */.h(cwd), clock: clock/* systemClock */.m, reporter }, inputs, { mode: "key", key });
    const outputs = (0,report/* capsuleSignOutputs */.L7)(result);
    if (values.json) {
        out.write(`${JSON.stringify(outputs, null, 2)}\n`);
        return;
    }
    if (values.summary) {
        out.write(`${(0,report/* renderCapsuleSignSummary */.$_)(result)}\n`);
        return;
    }
    out.write(`${result.capsule.kind} capsule for ${outputs.version} (${outputs.commit.slice(0, 12)}, ${outputs.stateVersion}) signed with ${outputs.algorithm} key ${outputs.keyid?.slice(0, 16)}\n`);
    out.write(`plan ${outputs.planHash}${outputs.dryRun ? " (dry-run: nothing written)" : ""}\n`);
    for (const outcome of result.applied.outcomes)
        out.write(`  ${outcome.status}: ${outcome.summary}\n`);
}
function readPassphrase(name) {
    if (name === undefined)
        return undefined;
    const value = process.env[name];
    if (value === undefined || value === "")
        throw new errors/* ConfigurationError */.j1(`--passphrase-env names ${name}, but that environment variable is not set`);
    return value;
}
async function readKeyFile(path) {
    try {
        return await (0,promises_.readFile)(path, "utf8");
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the key file ${path} does not exist or cannot be read`);
    }
}


/***/ }),

/***/ 2241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ capsuleBaseName),
/* harmony export */   g: () => (/* binding */ buildCapsule)
/* harmony export */ });
const TITLES = { "PRE-RELEASE": "Pre-release", RELEASE: "Release", "POST-RELEASE": "Post-release" };
const PURPOSES = {
    "PRE-RELEASE": "Record the state and decisions before the release",
    RELEASE: "Document release state, decisions, and configuration",
    "POST-RELEASE": "Record post-release monitoring, issues and follow-ups",
};
const STATUS = {
    "PRE-RELEASE": "Release candidate being prepared",
    RELEASE: "Released",
    "POST-RELEASE": "In post-release monitoring",
};
/** Builds the capsule from the release's facts and the user's notes: a pure function. */
function buildCapsule(facts) {
    const context = [
        `Project: ${facts.project} ${facts.version}`,
        `Status: ${STATUS[facts.kind]}`,
        `Commit: ${facts.commit}`,
        `State Version: ${facts.stateVersion}`,
        `Artifacts: ${facts.artifacts.length === 0 ? "none" : facts.artifacts.map((artifact) => artifact.name).join(", ")}`,
        ...facts.changes.map((change) => `Change: ${change}`),
        ...facts.notes.context,
    ];
    return {
        state_version: facts.stateVersion,
        kind: facts.kind,
        chat: facts.notes.chat ?? `${facts.project} v${facts.version} ${TITLES[facts.kind]}`,
        purpose: facts.notes.purpose ?? PURPOSES[facts.kind],
        context,
        decisions: [...facts.notes.decisions],
        open_threads: [...facts.notes.open_threads],
        next_chat_bootstrap: [...facts.notes.next_chat_bootstrap],
        release: { version: facts.version, commit: facts.commit, created_at: facts.createdAt.toISOString() },
        artifacts: facts.artifacts.map((artifact) => ({ ...artifact })),
        plans: facts.plans.map((plan) => ({ ...plan })),
        evidence: facts.evidence.map((entry) => ({ ...entry })),
        compatibility: facts.compatibility.map((rule) => ({ ...rule })),
        ...(facts.sbom ? { sbom: { ...facts.sbom, documents: facts.sbom.documents.map((document) => ({ ...document })) } } : {}),
    };
}
/** The capsule's file name: `capsule-release-1.2.3.yaml`. */
function capsuleBaseName(kind, version) {
    return `capsule-${kind.toLowerCase()}-${version}`;
}


/***/ }),

/***/ 8807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ DEFAULT_STATE_VERSION),
/* harmony export */   sC: () => (/* binding */ loadCapsuleConfig),
/* harmony export */   vx: () => (/* binding */ DEFAULT_OUT_DIR)
/* harmony export */ });
/* unused harmony exports DEFAULT_CHANGELOG, resolveCapsuleConfig */
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1522);
/* harmony import */ var _config_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8503);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5341);
/* harmony import */ var _compatibility_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4241);
/* harmony import */ var _sbom_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9325);





const DEFAULT_STATE_VERSION = "state-v1";
const DEFAULT_OUT_DIR = "release-capsule";
const DEFAULT_CHANGELOG = "CHANGELOG.md";
/** The `capsule:` section, defaults filled in; the schema has checked its shape already. */
async function loadCapsuleConfig(files, configPath) {
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z)(files, configPath ? { configPath } : {});
    const raw = (config.raw.capsule ?? {});
    const file = config.source.kind === "cadence" ? config.source.files[0] : undefined;
    const text = file ? await files.read(file) : undefined;
    const source = file && text !== undefined ? (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__.parseYamlSource)(file, text) : undefined;
    const locate = (path) => source?.locate(["capsule", ...path]);
    return resolveCapsuleConfig(raw, locate);
}
function resolveCapsuleConfig(raw, locate = () => undefined) {
    const stateVersion = raw["state-version"] ?? DEFAULT_STATE_VERSION;
    const compatibility = raw.compatibility && raw.compatibility.length > 0 ? raw.compatibility.map((rule) => ({ ...rule })) : [{ release: "*", state: stateVersion, mode: "full" }];
    const bad = (0,_compatibility_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidRanges */ .ut)(compatibility);
    if (bad.length > 0) {
        const problems = bad.map((entry) => `capsule.compatibility[${entry.index}].release '${entry.release}' is not a SemVer range (write e.g. 1.2.x or >=2.0.0 <3.0.0)`);
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(problems[0], locate(["compatibility", bad[0].index, "release"]), problems);
    }
    const recipients = { ...(raw.recipients ?? {}) };
    const encrypt = { ...(raw.encrypt ?? {}) };
    // A section may only name recipients whose keys are configured: a missing key would leave the section readable to nobody meant.
    const missing = Object.entries(encrypt).flatMap(([section, names]) => (names ?? []).flatMap((name, index) => (name in recipients ? [] : [{ section, name, index }])));
    if (missing.length > 0) {
        const problems = missing.map((entry) => `capsule.encrypt.${entry.section}[${entry.index}]: no key for the recipient '${entry.name}'; add it under capsule.recipients (an age1… recipient or a file of them)`);
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(problems[0], locate(["encrypt", missing[0].section, missing[0].index]), problems);
    }
    return {
        stateVersion,
        compatibility,
        recipients,
        encrypt,
        outDir: raw["out-dir"] ?? DEFAULT_OUT_DIR,
        ...(raw.notes ? { notes: raw.notes } : {}),
        changelog: raw.changelog ?? DEFAULT_CHANGELOG,
        ...(raw.project ? { project: raw.project } : {}),
        sbom: resolveSbom(raw.sbom),
        locate,
    };
}
/** `capsule.sbom`: false turns SBOMs off; by default a CycloneDX SBOM of each published npm package. */
function resolveSbom(raw) {
    if (raw === false)
        return { enabled: false, formats: [], files: [] };
    const formats = raw?.formats && raw.formats.length > 0 ? [...new Set(raw.formats)].filter((format) => _sbom_document_js__WEBPACK_IMPORTED_MODULE_4__/* .SBOM_FORMATS */ .zu.includes(format)) : ["cyclonedx"];
    return { enabled: true, formats, ...(raw?.packages ? { packages: [...raw.packages] } : {}), files: [...(raw?.files ?? [])] };
}


/***/ }),

/***/ 7813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ runCapsuleSign)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/inputs/paths.ts
var paths = __webpack_require__(9563);
// EXTERNAL MODULE: ./packages/core/src/adapters/files.ts + 1 modules
var files = __webpack_require__(3848);
// EXTERNAL MODULE: ./packages/core/src/plan/apply.ts + 1 modules
var apply = __webpack_require__(2184);
// EXTERNAL MODULE: ./packages/core/src/plan/file-effects.ts
var file_effects = __webpack_require__(1924);
// EXTERNAL MODULE: ./packages/core/src/plan/plan.ts
var plan_plan = __webpack_require__(1070);
// EXTERNAL MODULE: ./packages/core/src/gates/commands.ts
var commands = __webpack_require__(6726);
// EXTERNAL MODULE: ./packages/core/src/lockfile/consistency.ts
var consistency = __webpack_require__(855);
// EXTERNAL MODULE: ./packages/core/src/lockfile/read.ts
var read = __webpack_require__(5075);
// EXTERNAL MODULE: ./packages/core/src/sbom/document.ts
var sbom_document = __webpack_require__(9325);
// EXTERNAL MODULE: ./packages/core/src/lockfile/tree.ts
var tree = __webpack_require__(4903);
;// CONCATENATED MODULE: ./packages/core/src/sbom/subject.ts
/**
 * `npm sbom --workspace` describes the monorepo's root and lists the workspace as one of its
 * components. The SBOM of a published workspace package must describe that package: it becomes
 * the document's subject (CycloneDX metadata.component, SPDX documentDescribes) and the private
 * root, which is not published, leaves the document.
 */
function describeSubject(format, doc, subject) {
    return format === "cyclonedx" ? cyclonedxSubject(doc, subject) : spdxSubject(doc, subject);
}
function cyclonedxSubject(doc, subject) {
    const metadata = (doc.metadata ?? {});
    const root = (metadata.component ?? {});
    const wanted = `${subject.name}@${subject.version}`;
    const components = Array.isArray(doc.components) ? doc.components : [];
    const workspace = components.find((component) => component["bom-ref"] === wanted);
    if (root["bom-ref"] === wanted || !workspace)
        return doc;
    const dependencies = Array.isArray(doc.dependencies) ? doc.dependencies : [];
    return {
        ...doc,
        metadata: { ...metadata, component: { ...workspace, name: subject.name } },
        components: components.filter((component) => component !== workspace),
        dependencies: dependencies.filter((entry) => entry.ref !== root["bom-ref"]),
    };
}
function spdxSubject(doc, subject) {
    const packages = Array.isArray(doc.packages) ? doc.packages : [];
    const target = packages.find((pkg) => pkg.name === subject.name && pkg.versionInfo === subject.version);
    const described = Array.isArray(doc.documentDescribes) ? doc.documentDescribes[0] : undefined;
    if (!target || target.SPDXID === described)
        return doc;
    const relationships = Array.isArray(doc.relationships) ? doc.relationships : [];
    return {
        ...doc,
        documentDescribes: [target.SPDXID],
        packages: packages.filter((pkg) => pkg.SPDXID !== described),
        relationships: [
            { spdxElementId: "SPDXRef-DOCUMENT", relatedSpdxElement: target.SPDXID, relationshipType: "DESCRIBES" },
            ...relationships.filter((rel) => rel.spdxElementId !== described && rel.relatedSpdxElement !== described && rel.relationshipType !== "DESCRIBES"),
        ],
    };
}
/**
 * Keeps what ships: npm sbom's `--omit dev` drops a workspace's production dependency when a
 * dev dependency of the root needs it too (npm 11), so the SBOM is made with every package and cut
 * down here to the shipping closure the lockfile gives (lockfile/tree.ts, the same LIC-01 judges).
 * Returns the packages of the closure npm did not list, which the caller refuses.
 */
function keepShipped(format, doc, keep) {
    if (format === "cyclonedx") {
        const subject = String(doc.metadata?.component?.["bom-ref"] ?? "");
        const components = (Array.isArray(doc.components) ? doc.components : []).filter((component) => keep.has(String(component["bom-ref"])));
        const listed = new Set(components.map((component) => String(component["bom-ref"])));
        const kept = new Set([...listed, subject]);
        const dependencies = (Array.isArray(doc.dependencies) ? doc.dependencies : [])
            .filter((entry) => kept.has(String(entry.ref)))
            .map((entry) => ({ ...entry, dependsOn: (Array.isArray(entry.dependsOn) ? entry.dependsOn : []).filter((ref) => kept.has(ref)) }));
        return { doc: { ...doc, components, dependencies }, missing: [...keep].filter((ref) => !listed.has(ref) && ref !== subject).sort() };
    }
    const described = Array.isArray(doc.documentDescribes) ? String(doc.documentDescribes[0]) : "";
    const packages = (Array.isArray(doc.packages) ? doc.packages : []).filter((pkg) => pkg.SPDXID === described || keep.has(`${String(pkg.name)}@${String(pkg.versionInfo)}`));
    const ids = new Set(["SPDXRef-DOCUMENT", ...packages.map((pkg) => String(pkg.SPDXID))]);
    const listed = new Set(packages.map((pkg) => `${String(pkg.name)}@${String(pkg.versionInfo)}`));
    const relationships = (Array.isArray(doc.relationships) ? doc.relationships : []).filter((rel) => ids.has(String(rel.spdxElementId)) && ids.has(String(rel.relatedSpdxElement)));
    return { doc: { ...doc, packages, relationships }, missing: [...keep].filter((ref) => !listed.has(ref)).sort() };
}

;// CONCATENATED MODULE: ./packages/core/src/sbom/generate.ts







const notApplicable = (reason) => ({ status: "not-applicable", reason, documents: [] });
/** Makes the release's SBOMs in memory (nothing is written here: the capsule's plan writes them). */
async function makeSboms(ports, config, options) {
    if (!config.enabled)
        return notApplicable("turned off (capsule.sbom: false, or the sbom input)");
    const documents = [];
    for (const path of config.files)
        documents.push(await providedSbom(ports.files, path));
    const explicit = options.packages ?? config.packages;
    const chosen = explicit ? { dirs: explicit } : await defaultPackages(ports.files);
    if ("reason" in chosen && documents.length === 0)
        return notApplicable(chosen.reason);
    for (const dir of "dirs" in chosen ? chosen.dirs : []) {
        const made = await packageSboms(ports, dir, config.formats, options.createdAt, explicit !== undefined);
        if ("reason" in made) {
            if (documents.length === 0)
                return notApplicable(made.reason);
            throw new errors/* ConfigurationError */.j1(made.reason);
        }
        documents.push(...made);
    }
    const seen = new Set();
    for (const document of documents) {
        if (seen.has(document.name))
            throw new errors/* ConfigurationError */.j1(`two SBOMs would be named ${document.name}; rename the file in capsule.sbom.files`);
        seen.add(document.name);
    }
    return { status: "generated", documents };
}
/** The root package, or, for a private workspace root, each workspace that is not private. */
async function defaultPackages(files) {
    const project = await (0,read/* readNpmProject */.hx)(files, ".");
    if (!project)
        return { reason: "no package.json: release-cadence makes SBOMs of npm packages; list SBOMs made by other tools (syft, cdxgen, …) in capsule.sbom.files" };
    if (!project.manifest.private || !(0,read/* hasLockfile */.yj)(project))
        return { dirs: ["."] };
    const locations = (0,read/* workspaceLocations */.Qw)(project);
    if (locations.length === 0)
        return { dirs: ["."] };
    const published = [];
    for (const location of locations)
        if (!(await (0,read/* readManifest */.WI)(files, external_node_path_.posix.join(location, "package.json")))?.private)
            published.push(location);
    return published.length > 0 ? { dirs: published } : { reason: "the root package.json and every workspace are private: no npm package is published; name the package folders in capsule.sbom.packages to describe them anyway" };
}
function shipsDependencies(manifest) {
    return read/* DEPENDENCY_FIELDS */.AT.some((field) => field !== "devDependencies" && Object.keys(manifest[field] ?? {}).length > 0);
}
/** The project whose lockfile covers `dir`: its own, or the root's when `dir` is one of the root's workspaces. */
async function owningProject(files, dir) {
    const own = await (0,read/* readNpmProject */.hx)(files, dir);
    if (!own)
        throw new errors/* ConfigurationError */.j1(`the SBOM package folder ${dir} has no package.json`);
    if ((0,read/* hasLockfile */.yj)(own))
        return { project: own };
    if (dir !== ".") {
        const root = await (0,read/* readNpmProject */.hx)(files, ".");
        const location = external_node_path_.posix.normalize(dir);
        if (root && (0,read/* hasLockfile */.yj)(root) && root.packages[location])
            return { project: root, workspace: location };
    }
    return { manifest: own.manifest };
}
async function packageSboms(ports, dir, formats, createdAt, explicit) {
    const owner = await owningProject(ports.files, dir);
    let cwd = dir;
    // No --omit dev: see keepShipped; the shipping closure decides what stays. npm writes no log
    // file and asks the registry for no update notice: a dry-run changes nothing, and no network is needed.
    const args = ["--sbom-type", "library", "--logs-max=0", "--no-update-notifier"];
    let manifest;
    let keep;
    if ("project" in owner) {
        await (0,consistency/* checkLockfile */.E)(ports.files, owner.project);
        cwd = owner.project.dir;
        args.push("--package-lock-only");
        if (owner.workspace)
            args.push("--workspace", owner.workspace);
        manifest = owner.workspace ? ((await (0,read/* readManifest */.WI)(ports.files, external_node_path_.posix.join(owner.workspace, "package.json"))) ?? {}) : owner.project.manifest;
        keep = (0,tree/* shippingClosure */.Ah)(owner.project, owner.workspace ?? "");
    }
    else {
        manifest = owner.manifest;
        if (shipsDependencies(manifest)) {
            const reason = `${external_node_path_.posix.join(dir, "package.json")} declares dependencies but there is no package-lock.json to pin them, so no SBOM can say what ships: run npm install and commit the lockfile`;
            if (explicit)
                throw new errors/* ConfigurationError */.j1(reason);
            return { reason };
        }
        // Nothing ships with it: whatever an old node_modules holds (npm reads it without a lockfile) stays out.
        keep = new Set();
    }
    const subject = { name: manifest.name ?? external_node_path_.posix.basename(external_node_path_.posix.resolve(ports.files.root, dir)), version: manifest.version ?? "0.0.0" };
    const documents = [];
    for (const format of formats) {
        let result;
        try {
            result = await ports.commands.run("npm", ["sbom", "--sbom-format", format, ...args], { cwd: external_node_path_.posix.join(ports.files.root, cwd) });
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`could not run npm sbom for ${dir} (${error instanceof Error ? error.message : String(error)}): SBOMs need npm 10 or later on PATH, or set capsule.sbom: false`);
        }
        let doc;
        try {
            doc = JSON.parse(result.stdout);
            if (result.exitCode !== 0)
                throw new Error("exit");
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`npm sbom could not describe ${dir}: ${npmError(result.stderr || result.stdout, result.exitCode)}`);
        }
        let described = describeSubject(format, doc, subject);
        if (keep) {
            const shipped = keepShipped(format, described, keep);
            if (shipped.missing.length > 0)
                throw new errors/* ConfigurationError */.j1(`npm sbom left out ${shipped.missing.length} package(s) that ship with ${dir}: ${shipped.missing.join(", ")}; the SBOM would be incomplete`);
            described = shipped.doc;
        }
        const text = `${JSON.stringify((0,sbom_document/* normalizeSbom */.f9)(format, described, subject, createdAt), null, 2)}\n`;
        const summary = (0,sbom_document/* summarizeSbom */.j4)(text);
        if ("problem" in summary)
            throw new errors/* ConfigurationError */.j1(`npm sbom wrote a document that ${summary.problem}`);
        documents.push({ name: (0,sbom_document/* sbomFileName */.RM)(subject.name, subject.version, format), format: summary.format, package: `${subject.name}@${subject.version}`, components: summary.components, text });
    }
    return documents;
}
function npmError(output, exitCode) {
    if (/Unknown command:? "?sbom/i.test(output))
        return "this npm has no sbom command; SBOMs need npm 10 or later (npm install -g npm@latest, or actions/setup-node with a current Node)";
    const lines = output.split("\n").map((line) => line.replace(/^npm (error|ERR!)\s*/, "").trim()).filter((line) => line !== "" && !/^code /.test(line));
    return `${lines.slice(0, 3).join(" ") || "no output"} (exit code ${exitCode})`;
}
async function providedSbom(files, path) {
    const text = await files.read(path);
    if (text === undefined)
        throw new errors/* ConfigurationError */.j1(`the SBOM file ${path} (capsule.sbom.files) does not exist`);
    const summary = (0,sbom_document/* summarizeSbom */.j4)(text);
    if ("problem" in summary)
        throw new errors/* ConfigurationError */.j1(`${summary.problem}; capsule.sbom.files takes CycloneDX or SPDX JSON`, { file: path });
    return { name: external_node_path_.posix.basename(path), format: summary.format, package: "provided", components: summary.components, text };
}

// EXTERNAL MODULE: ./packages/core/src/records/evidence.ts
var records_evidence = __webpack_require__(2171);
;// CONCATENATED MODULE: ./packages/core/src/signing/bundle.ts
const SIGSTORE_BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";
/**
 * The same DSSE envelope as a Sigstore bundle that names its key by hint (the keyid) instead of
 * a certificate: sigstore verifiers read it offline with the public key as trust material.
 */
function keyedSigstoreBundle(envelope) {
    return {
        mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE,
        verificationMaterial: {
            publicKey: { hint: envelope.signatures[0]?.keyid ?? "" },
            tlogEntries: [],
            timestampVerificationData: { rfc3161Timestamps: [] },
        },
        dsseEnvelope: {
            payload: envelope.payload,
            payloadType: envelope.payloadType,
            signatures: envelope.signatures.map((signature) => ({ sig: signature.sig, keyid: signature.keyid })),
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/signing/detached.ts
var detached = __webpack_require__(3871);
// EXTERNAL MODULE: ./packages/core/src/signing/dsse.ts
var dsse = __webpack_require__(9652);
// EXTERNAL MODULE: ./packages/core/src/signing/hash.ts
var signing_hash = __webpack_require__(9537);
;// CONCATENATED MODULE: ./packages/core/src/signing/keyless.ts

/**
 * Keyless signing works only inside a GitHub Actions job that may request an OIDC token
 * (`permissions: id-token: write`): Fulcio certifies the job's identity, not a key.
 */
function checkKeylessAvailable(env) {
    if (env.GITHUB_ACTIONS !== "true") {
        throw new errors/* ConfigurationError */.j1("keyless signing needs GitHub Actions' OIDC token, so it only works inside an Actions job; elsewhere sign with a key (Ed25519 or ECDSA P-256)");
    }
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new errors/* ConfigurationError */.j1("keyless signing needs GitHub Actions' OIDC token: give the job `permissions: id-token: write` (and `attestations: write` to store the attestation)");
    }
}
/** Signs the very statement the key mode signs, through Sigstore (Fulcio certificate, Rekor entry). */
async function signKeyless(statement, attest, token) {
    const result = await attest({
        subjects: statement.subject.map((subject) => ({ name: subject.name, digest: { ...subject.digest } })),
        predicateType: statement.predicateType,
        predicate: statement.predicate,
        token,
    });
    return { bundle: result.bundle, ...(result.attestationID ? { attestationId: result.attestationID } : {}), ...(result.tlogID ? { tlogId: result.tlogID } : {}) };
}

// EXTERNAL MODULE: ./packages/core/src/signing/signer.ts
var signer = __webpack_require__(8915);
// EXTERNAL MODULE: ./packages/core/src/signing/statement.ts
var signing_statement = __webpack_require__(9300);
// EXTERNAL MODULE: ./packages/core/src/signing/sums.ts
var signing_sums = __webpack_require__(7955);
// EXTERNAL MODULE: ./packages/core/src/capsule/build.ts
var build = __webpack_require__(2241);
;// CONCATENATED MODULE: ./packages/core/src/capsule/changelog.ts
const MAX_ENTRIES = 40;
const changelog_escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * The entries of the changelog section for `version` (`## [1.2.3]`, `## 1.2.3`, `## v1.2.3 …`;
 * a monorepo package's `## [core@1.2.3]`): each bullet as one line, prefixed with its `###` group.
 */
function changelogEntries(text, release) {
    const place = typeof release === "string" ? { version: release } : release;
    const lines = text.split(/\r?\n/);
    const named = place.package === undefined ? "" : changelog_escape(`${place.package}@`);
    const heading = new RegExp(`^#{1,2}\\s+\\[?${named}v?${changelog_escape(place.version)}\\]?(\\s|\\(|$)`);
    const start = lines.findIndex((line) => heading.test(line));
    if (start === -1)
        return [];
    const entries = [];
    let group = "";
    for (const line of lines.slice(start + 1)) {
        if (/^#{1,2}\s/.test(line))
            break;
        const sub = /^###\s+(.+)$/.exec(line);
        if (sub)
            group = sub[1].trim();
        const bullet = /^[-*]\s+(.+)$/.exec(line);
        if (bullet)
            entries.push(group ? `${group}: ${bullet[1].trim()}` : bullet[1].trim());
        if (entries.length === MAX_ENTRIES)
            break;
    }
    return entries;
}

// EXTERNAL MODULE: ./packages/core/src/capsule/compatibility.ts
var compatibility = __webpack_require__(4241);
// EXTERNAL MODULE: ./packages/core/src/capsule/config.ts
var capsule_config = __webpack_require__(8807);
// EXTERNAL MODULE: ./packages/core/src/capsule/document.ts + 1 modules
var capsule_document = __webpack_require__(6935);
// EXTERNAL MODULE: ./packages/core/src/plan/preconditions.ts
var preconditions = __webpack_require__(6822);
;// CONCATENATED MODULE: ./packages/core/src/capsule/effects.ts






/** Writes binary content (a signature) to a file; the plan carries it as base64. Done when the file holds exactly those bytes. */
function writeBytesEffect(path, bytes, summary) {
    return { kind: "write-bytes", id: `write-bytes:${path}`, summary, path, base64: bytes.toString("base64"), sha256: (0,plan_plan/* sha256 */.sc)(bytes) };
}
function writeBytesHandler(root) {
    const locate = (path) => {
        const full = (0,external_node_path_.resolve)(root, path);
        const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), full);
        if (rel.startsWith("..") || (0,external_node_path_.isAbsolute)(rel))
            throw new errors/* ConfigurationError */.j1(`the path ${path} points outside ${root}`);
        return full;
    };
    return {
        check: (effect) => (0,preconditions/* writableProblem */.u)(locate(String(effect.path)), String(effect.path)),
        async isDone(effect) {
            try {
                return (await (0,promises_.readFile)(locate(String(effect.path)))).equals(Buffer.from(String(effect.base64), "base64"));
            }
            catch (error) {
                if (error.code === "ENOENT")
                    return false;
                throw error;
            }
        },
        async run(effect) {
            await (0,files/* writeFileAtomic */.Z)(locate(String(effect.path)), Buffer.from(String(effect.base64), "base64"));
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/capsule/notes.ts


const LIST_KEYS = ["context", "decisions", "open_threads", "next_chat_bootstrap"];
const ALIASES = { "open-threads": "open_threads", "next-chat-bootstrap": "next_chat_bootstrap" };
function emptyNotes() {
    return { context: [], decisions: [], open_threads: [], next_chat_bootstrap: [] };
}
/** Reads a notes file: a YAML mapping with lists of strings (decisions, open_threads, ...) and optional chat, purpose. */
function parseNotes(file, text) {
    const source = (0,capsule_document/* readYamlSource */.tj)(file, text);
    const value = source.value;
    if (value === null || (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0))
        return emptyNotes();
    if (typeof value !== "object" || Array.isArray(value)) {
        throw new errors/* ConfigurationError */.j1("must be a mapping with decisions, open_threads, next_chat_bootstrap (lists of text)", source.locate([]));
    }
    const notes = emptyNotes();
    for (const [written, field] of Object.entries(value)) {
        const key = ALIASES[written] ?? written;
        if (key === "chat" || key === "purpose") {
            if (typeof field !== "string" || field.trim() === "")
                throw new errors/* ConfigurationError */.j1(`${written} must be a line of text`, source.locate([written]));
            notes[key] = field.trim();
        }
        else if (LIST_KEYS.includes(key)) {
            notes[key] = lines(field, written, source.locate);
        }
        else {
            throw new errors/* ConfigurationError */.j1(`unknown key '${written}'; expected chat, purpose, ${LIST_KEYS.join(", ")}`, source.locate([written]));
        }
    }
    return notes;
}
function lines(field, key, locate) {
    if (field === null)
        return [];
    if (typeof field === "string")
        return splitLines(field);
    if (!Array.isArray(field))
        throw new errors/* ConfigurationError */.j1(`${key} must be a list of text lines`, locate([key]));
    return field.map((item, index) => {
        if (typeof item === "string" || typeof item === "number" || typeof item === "boolean")
            return String(item);
        throw new errors/* ConfigurationError */.j1(`${key}[${index}] must be a line of text, not a ${Array.isArray(item) ? "list" : "mapping"}`, locate([key, index]));
    });
}
/** An action input with one entry per line (blank lines and `- ` bullets allowed). */
function splitLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim().replace(/^[-*] +/, ""))
        .filter((line) => line !== "");
}
/** Joins notes: later ones add their lines, and override chat and purpose. */
function mergeNotes(...all) {
    const merged = emptyNotes();
    for (const notes of all) {
        if (notes.chat)
            merged.chat = notes.chat;
        if (notes.purpose)
            merged.purpose = notes.purpose;
        for (const key of LIST_KEYS)
            merged[key].push(...notes[key]);
    }
    return merged;
}

// EXTERNAL MODULE: ./packages/core/src/errors/mention.ts
var mention = __webpack_require__(1019);
// EXTERNAL MODULE: ./packages/core/src/config/load.ts + 6 modules
var load = __webpack_require__(1522);
// EXTERNAL MODULE: ./packages/core/src/records/release-place.ts
var release_place = __webpack_require__(3171);
// EXTERNAL MODULE: ./packages/core/src/version/metadata.ts
var metadata = __webpack_require__(9229);
// EXTERNAL MODULE: ./packages/core/src/version-bump/inputs.ts
var inputs = __webpack_require__(356);
// EXTERNAL MODULE: ./packages/core/src/version-bump/run.ts + 4 modules
var run = __webpack_require__(2789);
;// CONCATENATED MODULE: ./packages/core/src/capsule/release.ts







/**
 * The version and commit a capsule describes. Given ones win; otherwise the version is
 * version-bump's decision (the next version, or the last tag when nothing is due) and the
 * commit is HEAD.
 */
async function resolveRelease(ports, given) {
    const inRepository = ports.git ? await isRepository(ports.git) : false;
    const noRepository = () => new errors/* ConfigurationError */.j1(`${given.cwd} is not a git repository with commits, so the release version and commit cannot be read from it: run in the repository, or pass the version and commit (${(0,mention/* mention */.l)("version")}, ${(0,mention/* mention */.l)("commit")})`);
    let commit = given.commit;
    if (commit === undefined) {
        if (!inRepository)
            throw noRepository();
        commit = (await ports.git.run(["rev-parse", "HEAD"])).stdout.trim();
    }
    else if (inRepository) {
        await refuseUnknownCommit(ports.git, commit, given.cwd);
    }
    const options = { ...(given.configPath ? { configPath: given.configPath } : {}) };
    if (given.version !== undefined) {
        const version = (0,metadata/* normalizeVersionInput */.m)(given.version, "version");
        const pkg = given.package === undefined ? undefined : (0,release_place/* releasePackageNamed */.v6)(await (0,load/* loadConfig */.Z)(ports.files, options), given.package);
        return { version, commit, ...(pkg !== undefined ? { package: pkg } : {}) };
    }
    if (!inRepository)
        throw noRepository();
    const result = await (0,run/* runVersionBump */.Sb)({ git: ports.git, files: ports.files, clock: ports.clock, reporter: ports.reporter }, { ...(0,inputs/* parseVersionBumpInputs */.B)({ cwd: given.cwd, dryRun: true, ...options, ...(given.package ? { package: given.package } : {}) }), decisionOnly: true });
    if (result.packages.length !== 1) {
        throw new errors/* ConfigurationError */.j1(`this repository releases ${result.packages.length} packages (${result.packages.map((pkg) => pkg.name).join(", ")}): say which one the capsule is for (${(0,mention/* mention */.l)("package")})`);
    }
    const decision = result.packages[0];
    const version = decision.next ?? decision.previous;
    if (!version)
        throw new errors/* ConfigurationError */.j1(`no release version: there is no release tag and no commit asks for a release; pass the version (${(0,mention/* mention */.l)("version")})`);
    const pkg = (0,release_place/* releasePackageNamed */.v6)(result.config, decision.name);
    return { version, commit, ...(pkg !== undefined ? { package: pkg } : {}) };
}
/** A capsule names a commit the repository holds: signing one it does not would vouch for nothing that exists. */
async function refuseUnknownCommit(git, commit, cwd) {
    const { exitCode } = await git.run(["cat-file", "-e", `${commit}^{commit}`], { allowFailure: true });
    if (exitCode !== 0) {
        throw new errors/* ConfigurationError */.j1(`commit ${commit} does not exist in the repository at ${cwd}: give the id of a commit it holds (fetch it first when it comes from elsewhere, fetch-depth: 0)`);
    }
}
async function isRepository(git) {
    try {
        const head = await git.run(["rev-parse", "--verify", "-q", "HEAD^{commit}"], { allowFailure: true });
        return head.exitCode === 0;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./packages/core/src/capsule/seal.ts
var seal = __webpack_require__(7920);
;// CONCATENATED MODULE: ./packages/core/src/capsule/sign.ts




























/** capsule-sign from start to end: observe (release, artifacts), build and sign, plan the writes, apply. */
async function runCapsuleSign(ports, inputs, signing) {
    if (signing.mode === "keyless")
        checkKeylessAvailable(signing.env);
    const config = await (0,capsule_config/* loadCapsuleConfig */.sC)(ports.files, inputs.configPath);
    const release = await resolveRelease(ports, { cwd: inputs.cwd, ...pick(inputs, ["version", "commit", "configPath", "package"]) });
    const problem = (0,compatibility/* writerProblem */.vz)(config.compatibility, release.version, config.stateVersion);
    if (problem)
        throw new errors/* ConfigurationError */.j1(`capsule.state-version ${config.stateVersion}: ${problem}`, config.locate(["state-version"]) ?? config.locate([]));
    // Recipients' keys are checked before anything else is read or made: a missing one stops the run here.
    const sealing = Object.keys(config.encrypt).length > 0 ? await (0,seal/* resolveRecipients */.RV)(ports.files, config.recipients, config.locate) : undefined;
    const key = signing.mode === "key" ? signing.key : undefined;
    const artifacts = await hashArtifacts(inputs.cwd, inputs.artifacts, key);
    const evidence = await Promise.all(inputs.evidence.map(async (path) => ({ name: path, sha256: (await (0,signing_hash/* hashFile */.D)(await existing((0,external_node_path_.resolve)(inputs.cwd, path), "evidence file", path))).sha256 })));
    const notesPath = inputs.notesPath ?? config.notes;
    const fileNotes = notesPath ? parseNotes(notesPath, await readText(ports.files, notesPath, "notes file")) : emptyNotes();
    const changelog = await ports.files.read(config.changelog);
    const createdAt = ports.clock.now();
    const sbomConfig = inputs.sbom === false ? { ...config.sbom, enabled: false } : config.sbom;
    const sboms = await makeSboms({ files: ports.files, commands: ports.commands ?? new commands/* ExecCommandRunner */.L() }, sbomConfig, { createdAt, ...(inputs.sbomPackages.length > 0 ? { packages: inputs.sbomPackages } : {}) });
    if (sboms.status === "not-applicable")
        ports.reporter.annotate("warning", `no SBOM for this release: ${sboms.reason}`);
    const generated = sboms.documents.filter((document) => document.package !== "provided");
    // A single package's SBOM describes the version being released once version-bump has written it
    // into package.json; a monorepo's packages may well have versions of their own.
    // In a dry-run version-bump wrote nothing (its package.json waits in the planned folder), so the
    // SBOM npm makes now describes the version before: expected there, and said as a notice.
    if (generated.length === 1 && !generated[0].package.endsWith(`@${release.version}`)) {
        const { name, package: described } = generated[0];
        if (inputs.dryRun) {
            ports.reporter.annotate("notice", `dry-run: the SBOM ${name} describes ${described} (package.json as it is now); the release run signs after version-bump has written ${release.version}`);
        }
        else {
            ports.reporter.annotate("warning", `the SBOM ${name} describes ${described}, but the release is ${release.version}: sign after version-bump has written the version into package.json`);
        }
    }
    const sbomDocuments = sboms.documents.map((document) => ({ ...document, sha256: (0,plan_plan/* sha256 */.sc)(document.text) }));
    const plainCapsule = (0,build/* buildCapsule */.g)({
        kind: inputs.kind,
        project: config.project ?? (await projectName(ports.files, inputs.cwd)),
        version: release.version,
        commit: release.commit,
        createdAt,
        stateVersion: config.stateVersion,
        compatibility: config.compatibility,
        artifacts: artifacts.map(({ name, sha256: digest, size }) => ({ name, sha256: digest, size })),
        plans: inputs.plans,
        evidence,
        changes: changelog ? changelogEntries(changelog, release) : [],
        notes: mergeNotes(fileNotes, { ...emptyNotes(), context: inputs.context ?? [], decisions: inputs.decisions, open_threads: inputs.openThreads }),
        sbom: { status: sboms.status, ...(sboms.status === "not-applicable" ? { reason: sboms.reason } : {}), documents: sbomDocuments.map(({ name, format, package: pkg, components, sha256: digest }) => ({ name, format, package: pkg, components, sha256: digest })) },
    });
    const base = (0,build/* capsuleBaseName */.U)(inputs.kind, release.version);
    const capsuleName = `${base}.yaml`;
    // The capsule that is written and signed: sensitive sections encrypted, so the signature covers the ciphertext.
    const capsule = sealing ? await (0,seal/* sealCapsule */.z_)(plainCapsule, config.encrypt, sealing) : plainCapsule;
    const capsuleText = (0,capsule_document/* renderCapsule */.A7)(capsule);
    const written = new Set([capsuleName, "SHA256SUMS", ...sbomDocuments.map((document) => document.name)]);
    const clash = artifacts.find((artifact) => written.has(artifact.name));
    if (clash)
        throw new errors/* ConfigurationError */.j1(`the artifact ${clash.name} is named like a file capsule-sign writes (the capsule, SHA256SUMS or an SBOM); rename it`);
    const subjects = [...artifacts, ...sbomDocuments, { name: capsuleName, sha256: (0,plan_plan/* sha256 */.sc)(capsuleText) }].map((entry) => ({ name: entry.name, digest: { sha256: entry.sha256 } }));
    const statement = (0,signing_statement/* makeStatement */.UT)(subjects, signing_statement/* CAPSULE_PREDICATE_TYPE */.Vr, capsule);
    const sums = (0,signing_sums/* renderSums */.PJ)(subjects.map((subject) => ({ name: subject.name, sha256: subject.digest.sha256 })));
    const places = { root: inputs.cwd, scratch: inputs.scratch };
    const outDir = (0,external_node_path_.resolve)(inputs.cwd, inputs.outDir ?? (0,paths/* configuredPath */.IS)("capsule.out-dir", config.outDir, places, { scratch: true }, config.locate(["out-dir"])));
    const effects = [
        ...sbomDocuments.map((document) => (0,file_effects/* writeFileEffect */.fq)(document.name, document.text, `write the SBOM ${document.name} (${document.format}, ${document.package}, ${document.components} components)`)),
        (0,file_effects/* writeFileEffect */.fq)(capsuleName, capsuleText, `write the ${inputs.kind} capsule ${capsuleName}`),
    ];
    let bundle;
    if (key) {
        const envelope = (0,dsse/* signEnvelope */.Yj)((0,signing_statement/* statementPayload */.Go)(statement), dsse/* INTOTO_PAYLOAD_TYPE */.w9, (0,signer/* keySigner */.Y)(key));
        bundle = keyedSigstoreBundle(envelope);
        effects.push((0,file_effects/* writeFileEffect */.fq)(`${base}.dsse.json`, (0,dsse/* serializeEnvelope */.bN)(envelope), `write the signed DSSE envelope ${base}.dsse.json`));
        for (const artifact of artifacts)
            effects.push(signatureEffect(`${artifact.name}.sig`, artifact.signature));
        for (const document of sbomDocuments)
            effects.push(signatureEffect(`${document.name}.sig`, (0,signer/* keySigner */.Y)(key).sign(Buffer.from(document.text, "utf8"))));
        effects.push((0,file_effects/* writeFileEffect */.fq)("SHA256SUMS", sums, `write SHA256SUMS (${subjects.length} files)`));
        effects.push(signatureEffect("SHA256SUMS.sig", (0,signer/* keySigner */.Y)(key).sign(Buffer.from(sums, "utf8"))));
    }
    else if (signing.mode === "keyless" && !inputs.dryRun) {
        // Keyless: Sigstore signs as the job's identity; the bundle (certificate, Rekor entry) is the signature.
        // A dry-run does not sign: that would publish a Rekor entry.
        bundle = (await signKeyless(statement, signing.attest, signing.token)).bundle;
    }
    if (!key)
        effects.push((0,file_effects/* writeFileEffect */.fq)("SHA256SUMS", sums, `write SHA256SUMS (${subjects.length} files)`));
    if (bundle !== undefined)
        effects.push((0,file_effects/* writeFileEffect */.fq)(`${base}.sigstore.json`, `${JSON.stringify(bundle, null, 2)}\n`, `write the Sigstore bundle ${base}.sigstore.json`));
    const plan = {
        action: "capsule-sign",
        formatVersion: 1,
        observations: { version: release.version, commit: release.commit, artifacts: artifacts.map((artifact) => `${artifact.name}:${artifact.sha256}`), outDir: (0,paths/* recordedPath */.w_)(outDir, places) },
        effects,
    };
    const hash = (0,plan_plan/* planHash */.SH)(plan);
    const evidencePath = (0,external_node_path_.join)(outDir, `${base}.evidence.yaml`);
    const applied = await (0,apply/* applyPlan */.g)(plan, { "write-file": (0,file_effects/* writeFileHandler */.u7)(new files/* LocalFiles */.h(outDir)), "write-bytes": writeBytesHandler(outDir) }, {
        dryRun: inputs.dryRun,
        reporter: ports.reporter,
        evidence: (0,records_evidence/* evidenceWriter */.x)(evidencePath, { plan, hash, head: release.commit, branch: undefined, decisions: [{ name: ".", next: release.version }], clock: ports.clock }),
    });
    return {
        capsule,
        statement,
        files: {
            outDir,
            capsule: (0,external_node_path_.join)(outDir, capsuleName),
            envelope: key ? (0,external_node_path_.join)(outDir, `${base}.dsse.json`) : null,
            bundle: (0,external_node_path_.join)(outDir, `${base}.sigstore.json`),
            signatures: key ? [...artifacts, ...sbomDocuments].map((entry) => (0,external_node_path_.join)(outDir, `${entry.name}.sig`)) : [],
            sums: (0,external_node_path_.join)(outDir, "SHA256SUMS"),
            sumsSignature: key ? (0,external_node_path_.join)(outDir, "SHA256SUMS.sig") : null,
            sboms: sbomDocuments.map((document) => (0,external_node_path_.join)(outDir, document.name)),
        },
        mode: signing.mode,
        keyid: key?.keyid ?? null,
        algorithm: key?.algorithm ?? null,
        plan,
        planHash: hash,
        applied,
        evidencePath: inputs.dryRun ? null : evidencePath,
    };
}
function signatureEffect(name, signature) {
    return writeBytesEffect(name, signature, `write the detached signature ${name}`);
}
async function hashArtifacts(cwd, paths, key) {
    const seen = new Map();
    const hashed = [];
    for (const path of paths) {
        const full = await existing((0,external_node_path_.resolve)(cwd, path), "artifact", path);
        const name = (0,external_node_path_.basename)(full);
        (0,signing_sums/* checkAssetName */.WD)(name, path);
        if (seen.has(name))
            throw new errors/* ConfigurationError */.j1(`two artifacts have the name ${name} (${seen.get(name)} and ${path}); release assets and SHA256SUMS need distinct names`);
        seen.set(name, path);
        hashed.push({ name, path: full, ...(await (0,detached/* hashAndSignFile */.JS)(full, key)) });
    }
    return hashed;
}
async function existing(full, what, given) {
    let info;
    try {
        info = await (0,promises_.stat)(full);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the ${what} ${given} does not exist (looked at ${full})`);
    }
    if (!info.isFile())
        throw new errors/* ConfigurationError */.j1(`the ${what} ${given} is not a file`);
    return full;
}
async function readText(files, path, what) {
    const text = await files.read(path);
    if (text === undefined)
        throw new errors/* ConfigurationError */.j1(`the ${what} ${path} does not exist`);
    return text;
}
async function projectName(files, cwd) {
    const manifest = await files.read("package.json");
    if (manifest) {
        try {
            const name = JSON.parse(manifest).name;
            if (typeof name === "string" && name !== "")
                return name;
        }
        catch {
            // a broken package.json only costs the capsule its project name
        }
    }
    return (0,external_node_path_.basename)(cwd);
}
function pick(value, keys) {
    const picked = {};
    for (const key of keys)
        if (value[key] !== undefined)
            picked[key] = value[key];
    return picked;
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

/***/ 356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseVersionBumpInputs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inputs_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1874);


const BUMPS = ["major", "minor", "patch"];
/** Checks the inputs together and reports every problem at once. */
function parseVersionBumpInputs(raw) {
    const fields = new _inputs_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .InputFields */ .a({ root: raw.cwd, scratch: raw.scratch });
    const inputs = { cwd: raw.cwd, dryRun: fields.flag("dry-run", raw.dryRun) ?? false };
    const prerelease = fields.channel("prerelease", raw.prerelease);
    if (prerelease !== undefined)
        inputs.prerelease = prerelease;
    const releaseAs = fields.version("release-as", raw.releaseAs);
    if (releaseAs !== undefined)
        inputs.releaseAs = releaseAs;
    const bump = fields.oneOf("bump", raw.bump, BUMPS);
    if (bump !== undefined)
        inputs.bump = bump;
    const given = (value) => fields.text(value) !== undefined;
    if (given(raw.releaseAs) && given(raw.bump))
        fields.problem("release-as and bump both say what the next version is: give only one");
    if (given(raw.releaseAs) && given(raw.prerelease))
        fields.problem("release-as names the exact version; prerelease cannot be given with it (write the pre-release into release-as, e.g. 2.0.0-rc.1)");
    const configPath = fields.path("config", raw.configPath);
    if (configPath !== undefined)
        inputs.configPath = configPath;
    const plannedDir = fields.path("planned-dir", raw.plannedDir, { scratch: true });
    // Read and written by the later dry-run steps of the job: kept whole, wherever the process runs.
    if (plannedDir !== undefined)
        inputs.plannedDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(raw.cwd, plannedDir);
    for (const [key, value] of [["branch", raw.branch], ["package", raw.package]]) {
        const clean = fields.text(value);
        if (clean !== undefined)
            inputs[key] = clean;
    }
    const planHash = fields.planHash("plan-hash", raw.planHash);
    if (planHash !== undefined)
        inputs.planHash = planHash;
    const releaseCommit = fields.flag("release-commit", raw.releaseCommit);
    if (releaseCommit !== undefined)
        inputs.releaseCommit = releaseCommit;
    const committer = fields.identity("committer", raw.committer);
    if (committer !== undefined)
        inputs.committer = committer;
    fields.check();
    return inputs;
}


/***/ })

};
