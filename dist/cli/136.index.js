export const id = 136;
export const ids = [136,503];
export const modules = {

/***/ 9376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyCommand: () => (/* binding */ verifyCommand),
  verifyHelp: () => (/* binding */ verifyHelp)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/signing/keys.ts
var keys = __webpack_require__(5349);
// EXTERNAL MODULE: ./packages/core/src/version/metadata.ts
var metadata = __webpack_require__(9229);
// EXTERNAL MODULE: ./packages/core/src/capsule/seal.ts
var seal = __webpack_require__(7920);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/plan/plan.ts
var plan = __webpack_require__(1070);
// EXTERNAL MODULE: ./packages/core/src/signing/detached.ts
var detached = __webpack_require__(3871);
// EXTERNAL MODULE: ./packages/core/src/signing/dsse.ts
var dsse = __webpack_require__(9652);
// EXTERNAL MODULE: ./packages/core/src/signing/hash.ts
var hash = __webpack_require__(9537);
// EXTERNAL MODULE: ./packages/core/src/signing/signer.ts
var signer = __webpack_require__(8915);
// EXTERNAL MODULE: ./packages/core/src/signing/statement.ts
var signing_statement = __webpack_require__(9300);
// EXTERNAL MODULE: ./packages/core/src/signing/sums.ts
var sums = __webpack_require__(7955);
// EXTERNAL MODULE: ./packages/core/src/capsule/compatibility.ts
var compatibility = __webpack_require__(4241);
// EXTERNAL MODULE: ./packages/core/src/sbom/document.ts
var sbom_document = __webpack_require__(9325);
// EXTERNAL MODULE: ./packages/core/src/capsule/document.ts + 1 modules
var capsule_document = __webpack_require__(6935);
;// CONCATENATED MODULE: ./packages/core/src/capsule/verify.ts















/** A verification that ran to the end and found something wrong: every failed check, each on its line. */
class CapsuleVerificationError extends errors/* ConfigurationError */.j1 {
    result;
    constructor(result, envelopePath) {
        const failed = result.checks.filter((check) => !check.ok);
        super(`verification failed: ${failed[0]?.check}: ${failed[0]?.detail}`, { file: envelopePath }, failed.map((check) => `${check.check}: ${check.detail}`));
        this.result = result;
    }
}
/**
 * Verifies an envelope offline with a public key: its signature, every subject's digest, the
 * capsule against its schema and against the signed copy, the compatibility matrix, and the
 * detached signatures and SHA256SUMS found beside it. An envelope that cannot be read at all
 * throws; otherwise every check runs and is reported.
 */
async function verifyCapsule(inputs) {
    const file = inputs.envelopePath;
    let text;
    try {
        text = await (0,promises_.readFile)(file, "utf8");
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the envelope ${file} does not exist or cannot be read`);
    }
    const envelope = (0,dsse/* parseEnvelope */.mE)(text, file);
    if (envelope.payloadType !== dsse/* INTOTO_PAYLOAD_TYPE */.w9)
        throw new errors/* ConfigurationError */.j1(`payloadType is ${JSON.stringify(envelope.payloadType)}, not ${dsse/* INTOTO_PAYLOAD_TYPE */.w9}`, { file });
    const checks = [];
    let opened;
    const add = (check, ok, detail) => checks.push({ check, ok, detail });
    const signature = (0,dsse/* verifyEnvelope */.FY)(envelope, inputs.key);
    add("signature", signature.ok, signature.ok ? `${inputs.key.algorithm} key ${inputs.key.keyid.slice(0, 16)} signed the envelope` : signature.reason);
    const statement = (0,signing_statement/* parseStatement */.By)(Buffer.from(envelope.payload, "base64"), file);
    if (statement.predicateType !== signing_statement/* CAPSULE_PREDICATE_TYPE */.Vr)
        throw new errors/* ConfigurationError */.j1(`the statement's predicateType is ${statement.predicateType}, not a state capsule (${signing_statement/* CAPSULE_PREDICATE_TYPE */.Vr})`, { file });
    const problems = (0,capsule_document/* schemaProblems */.Ic)(statement.predicate);
    add("capsule schema", problems.length === 0, problems.length === 0 ? "the signed capsule matches the state capsule schema" : problems.map((problem) => problem.text).join("; "));
    const capsule = problems.length === 0 ? statement.predicate : undefined;
    let folders = [...new Set([(0,external_node_path_.dirname)((0,external_node_path_.resolve)(file)), ...inputs.artifactDirs.map((dir) => (0,external_node_path_.resolve)(dir))])];
    if (inputs.signedFrom) {
        const missing = new Set(statement.subject.map((subject) => subject.name).filter((name) => !/[/\\]/.test(name) && !locate(name, folders)));
        if (missing.size > 0)
            folders = [...new Set([...folders, ...findBelow((0,external_node_path_.resolve)(inputs.signedFrom), missing).values()])];
    }
    const here = folders[0];
    // A key-signed capsule has a detached signature beside the envelope for every artifact and SBOM
    // (all subjects but the capsule YAML): one that is missing is a failure, not a check skipped.
    const detached = capsule
        ? new Set([...capsule.artifacts.map((artifact) => artifact.name), ...(capsule.sbom?.documents ?? []).map((document) => document.name)])
        : new Set(statement.subject.filter((subject) => !subject.name.endsWith(".yaml")).map((subject) => subject.name));
    for (const subject of statement.subject)
        await checkSubject(subject, folders, here, inputs.key, add, detached.has(subject.name));
    if (capsule) {
        await checkCapsuleFile(capsule, statement.subject, folders, add);
        await checkSboms(capsule, statement.subject, folders, add);
        opened = await checkSealed(capsule, inputs.identities ?? [], add);
        const writer = (0,compatibility/* writerProblem */.vz)(capsule.compatibility, capsule.release.version, capsule.state_version);
        add("compatibility", !writer, writer ?? `release ${capsule.release.version} writes ${capsule.state_version} (full)`);
        if (inputs.readerVersion) {
            const reading = (0,compatibility/* readerMode */.zD)(capsule.compatibility, inputs.readerVersion, capsule.state_version);
            add(`compatibility for ${inputs.readerVersion}`, "mode" in reading, "mode" in reading ? `release ${inputs.readerVersion} reads ${capsule.state_version}: ${reading.mode}` : reading.problem);
        }
    }
    await checkSums(statement.subject, here, inputs.key, add);
    return { ok: checks.every((check) => check.ok), checks, statement, ...(capsule ? { capsule } : {}), ...(opened ? { opened } : {}) };
}
/** Folders a few levels below `root` (.git and node_modules left out) holding the one file of each name. */
function findBelow(root, names, depth = 4) {
    const found = new Map();
    const walk = (dir, level) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (entry.isDirectory() && level < depth && entry.name !== ".git" && entry.name !== "node_modules")
                walk((0,external_node_path_.join)(dir, entry.name), level + 1);
            else if (entry.isFile() && names.has(entry.name))
                found.set(entry.name, [...(found.get(entry.name) ?? []), dir]);
        }
    };
    walk(root, 0);
    // A name found more than once is left to --artifacts: which of them was signed is not known here.
    return new Map([...found].filter(([, dirs]) => dirs.length === 1).map(([name, dirs]) => [name, dirs[0]]));
}
function locate(name, folders) {
    return folders.map((folder) => (0,external_node_path_.join)(folder, name)).find((path) => (0,external_node_fs_.existsSync)(path));
}
async function checkSubject(subject, folders, here, key, add, signed) {
    // Subjects are release assets, named by file name: a path here would lead the search out of the folders.
    if (/[/\\]/.test(subject.name) || subject.name === "." || subject.name === "..") {
        add(`digest ${subject.name}`, false, "the subject's name is not a plain file name");
        return;
    }
    const path = locate(subject.name, folders);
    if (!path) {
        add(`digest ${subject.name}`, false, `not found (looked in ${folders.join(", ")})`);
        if (signed && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(here, `${subject.name}.sig`)))
            add(`signature ${subject.name}.sig`, false, `missing: ${(0,external_node_path_.join)(here, `${subject.name}.sig`)} does not exist`);
        return;
    }
    const sigPath = (0,external_node_path_.join)(here, `${subject.name}.sig`);
    if (signed && !(0,external_node_fs_.existsSync)(sigPath))
        add(`signature ${subject.name}.sig`, false, `missing: ${sigPath} does not exist (capsule-sign writes one for every artifact signed with a key)`);
    if ((0,external_node_fs_.existsSync)(sigPath)) {
        const result = await (0,detached/* hashAndVerifyFile */.TN)(path, key, await (0,promises_.readFile)(sigPath));
        addDigest(subject, path, result.sha256, add);
        add(`signature ${subject.name}.sig`, result.signatureValid, result.signatureValid ? `valid for ${path}` : `${sigPath} is not the key's signature of ${path}`);
        return;
    }
    addDigest(subject, path, (await (0,hash/* hashFile */.D)(path)).sha256, add);
}
function addDigest(subject, path, actual, add) {
    const ok = actual === subject.digest.sha256;
    add(`digest ${subject.name}`, ok, ok ? `sha256 ${actual}` : `${path} has sha256 ${actual}, but the statement says ${subject.digest.sha256}`);
}
async function checkCapsuleFile(capsule, subjects, folders, add) {
    const artifactNames = new Set([...capsule.artifacts.map((artifact) => artifact.name), ...(capsule.sbom?.documents ?? []).map((document) => document.name)]);
    const extra = subjects.filter((subject) => !artifactNames.has(subject.name));
    const capsuleSubject = extra.length === 1 && extra[0].name.endsWith(".yaml") ? extra[0] : undefined;
    if (!capsuleSubject) {
        add("capsule file", false, `expected exactly one subject besides the capsule's artifacts (the capsule YAML), found ${extra.map((subject) => subject.name).join(", ") || "none"}`);
    }
    else {
        const path = locate(capsuleSubject.name, folders);
        if (path) {
            try {
                const onDisk = (0,capsule_document/* parseCapsule */.XO)(path, await (0,promises_.readFile)(path, "utf8"));
                const same = (0,plan/* canonicalJson */.dj)(onDisk) === (0,plan/* canonicalJson */.dj)(capsule);
                add("capsule file", same, same ? `${path} is the signed capsule` : `${path} differs from the capsule signed in the envelope`);
            }
            catch (error) {
                add("capsule file", false, error instanceof errors/* ConfigurationError */.j1 ? `${path}: ${error.message}` : `${path} cannot be read`);
            }
        }
    }
    for (const artifact of capsule.artifacts) {
        const subject = subjects.find((entry) => entry.name === artifact.name);
        if (!subject || subject.digest.sha256 !== artifact.sha256)
            add(`capsule artifact ${artifact.name}`, false, "the capsule's digest is not the statement subject's");
    }
}
/**
 * Encrypted sections: their ciphertext is covered by the signature like the rest (checked above,
 * without any key). Given identities, each section they are a recipient of is decrypted, and the
 * capsule with it in plain text must match the capsule schema.
 */
async function checkSealed(capsule, identities, add) {
    const sealed = seal/* SEALABLE_SECTIONS */.jf.filter((section) => (0,seal/* isSealed */.dy)(capsule[section]));
    if (sealed.length === 0)
        return undefined;
    const described = sealed.map((section) => {
        const value = capsule[section];
        return `${section} (for ${(0,seal/* isSealed */.dy)(value) ? value.encrypted.recipients.join(", ") : "?"})`;
    });
    if (identities.length === 0) {
        add("encrypted sections", true, `${described.join(", ")}: age ciphertext covered by the signature; not decrypted (no identity given)`);
        return undefined;
    }
    const opening = await (0,seal/* openCapsule */.yu)(capsule, identities);
    for (const section of opening.opened)
        add(`decrypt ${section}`, true, "decrypted with the given identity");
    for (const { section, problem } of opening.broken)
        add(`decrypt ${section}`, false, problem);
    if (opening.opened.length === 0 && opening.broken.length === 0) {
        add("decrypt", false, `the given identity is a recipient of none of the encrypted sections: ${described.join(", ")}`);
        return undefined;
    }
    if (opening.closed.length > 0)
        add("encrypted sections", true, `not for this identity: ${opening.closed.join(", ")}`);
    const problems = (0,capsule_document/* schemaProblems */.Ic)(opening.capsule);
    add("decrypted capsule schema", problems.length === 0, problems.length === 0 ? `with ${opening.opened.join(", ")} decrypted, the capsule matches the state capsule schema` : problems.map((problem) => problem.text).join("; "));
    return opening.capsule;
}
/** The SBOMs the capsule lists: each a subject with the same digest, each a readable CycloneDX or SPDX document of the recorded format. */
async function checkSboms(capsule, subjects, folders, add) {
    if (!capsule.sbom) {
        add("sbom", true, "the capsule records no SBOM (signed before capsule-sign made them)");
        return;
    }
    if (capsule.sbom.status === "not-applicable") {
        add("sbom", true, `not applicable: ${capsule.sbom.reason ?? "no reason recorded"}`);
        return;
    }
    for (const document of capsule.sbom.documents) {
        const check = `sbom ${document.name}`;
        const subject = subjects.find((entry) => entry.name === document.name);
        if (!subject || subject.digest.sha256 !== document.sha256) {
            add(check, false, "the capsule's digest of the SBOM is not the statement subject's");
            continue;
        }
        const path = locate(document.name, folders);
        if (!path)
            continue; // the subject's digest check already says it is missing
        const summary = (0,sbom_document/* summarizeSbom */.j4)(await (0,promises_.readFile)(path, "utf8"));
        if ("problem" in summary)
            add(check, false, `${path} ${summary.problem}`);
        else if (summary.format !== document.format)
            add(check, false, `${path} is ${summary.format}, but the capsule records ${document.format}`);
        else
            add(check, true, `${summary.format} of ${document.package}: ${summary.components} components`);
    }
}
async function checkSums(subjects, here, key, add) {
    const sumsPath = (0,external_node_path_.join)(here, "SHA256SUMS");
    const sigPath = `${sumsPath}.sig`;
    // capsule-sign writes both beside the envelope; without them nothing vouches for the sums a user downloads.
    if (!(0,external_node_fs_.existsSync)(sumsPath)) {
        add("SHA256SUMS", false, `missing: ${sumsPath} does not exist`);
        if (!(0,external_node_fs_.existsSync)(sigPath))
            add("signature SHA256SUMS.sig", false, `missing: ${sigPath} does not exist`);
        return;
    }
    const bytes = await (0,promises_.readFile)(sumsPath);
    if ((0,external_node_fs_.existsSync)(sigPath)) {
        const valid = (0,signer/* verifyBytes */.R)(key, bytes, await (0,promises_.readFile)(sigPath));
        add("signature SHA256SUMS.sig", valid, valid ? "valid" : `${sigPath} is not the key's signature of ${sumsPath}`);
    }
    else {
        add("signature SHA256SUMS.sig", false, `missing: ${sigPath} does not exist`);
    }
    let entries;
    try {
        entries = (0,sums/* parseSums */.mi)(bytes.toString("utf8"), sumsPath);
    }
    catch (error) {
        add("SHA256SUMS", false, error instanceof Error ? error.message : String(error));
        return;
    }
    const mismatched = entries.filter((entry) => subjects.find((subject) => subject.name === entry.name)?.digest.sha256 !== entry.sha256).map((entry) => entry.name);
    const missing = subjects.filter((subject) => !entries.some((entry) => entry.name === subject.name)).map((subject) => subject.name);
    const ok = mismatched.length === 0 && missing.length === 0;
    add("SHA256SUMS", ok, ok ? `lists the ${entries.length} subjects with their digests` : [mismatched.length ? `differs from the statement for ${mismatched.join(", ")}` : "", missing.length ? `lacks ${missing.join(", ")}` : ""].filter(Boolean).join("; "));
}

// EXTERNAL MODULE: ./packages/core/src/capsule/report.ts
var report = __webpack_require__(5731);
// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
;// CONCATENATED MODULE: ./packages/cli/src/commands/verify.ts




const flags = {
    key: { type: "string", value: "PUBLIC.pem", about: "the public key matching the signing key", required: true },
    artifacts: { type: "string", multiple: true, value: "DIR", about: "another folder to look for artifacts in", defaultIs: "beside the envelope, then the current folder" },
    "reader-version": { type: "string", value: "X.Y.Z", about: "also check that this version can read the capsule's state", defaultIs: "not checked" },
    identity: { type: "string", multiple: true, value: "FILE", about: "age identities that decrypt the sealed sections", defaultIs: "none: sealed sections are checked as ciphertext" },
    json: { type: "boolean", about: "print the checks as JSON" },
};
const verifyHelp = {
    usage: "cadence verify --key PUBLIC.pem [flags] ENVELOPE",
    summary: "verify a signed capsule, its artifacts, .sig files and SHA256SUMS offline",
    about: `Verifies a capsule-sign envelope offline: the signature, every subject's SHA-256, the capsule
against its schema, the compatibility matrix, and the .sig files and SHA256SUMS beside it.
Artifacts are looked for beside the envelope, in the current folder (where capsule-sign ran), in
each --artifacts folder, then below the current folder (dist/app.tgz signed from here). Exits 0
only when every check holds; otherwise 1, naming the file, digest or rule that failed. Encrypted
sections are checked without any key (the signature covers the ciphertext); --identity decrypts
those it is a recipient of and checks them against the capsule schema; --json then prints them
under "decrypted".`,
    flags,
};
async function verifyCommand(argv, out) {
    const { values, positionals } = (0,args/* parseFlags */.bQ)(argv, flags, { name: "ENVELOPE", about: "the .dsse.json capsule-sign wrote" });
    let pem;
    try {
        pem = await (0,promises_.readFile)((0,external_node_path_.resolve)(values.key), "utf8");
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the key file ${values.key} does not exist or cannot be read`);
    }
    const key = (0,keys/* parsePublicKey */.ee)(pem, `the key file ${values.key}`);
    const readerVersion = values["reader-version"] ? (0,metadata/* normalizeVersionInput */.m)(values["reader-version"], "--reader-version") : undefined;
    const identities = [];
    for (const path of values.identity ?? [])
        identities.push(...(await (0,seal/* parseIdentities */.go)(await readIdentityFile(path), `the identity file ${path}`)));
    const envelopePath = (0,external_node_path_.resolve)(positionals[0]);
    const result = await verifyCapsule({ envelopePath, key, artifactDirs: [process.cwd(), ...(values.artifacts ?? [])], signedFrom: process.cwd(), ...(readerVersion ? { readerVersion } : {}), ...(identities.length > 0 ? { identities } : {}) });
    const decrypted = Object.fromEntries(seal/* SEALABLE_SECTIONS */.jf.filter((section) => result.capsule && (0,seal/* isSealed */.dy)(result.capsule[section]) && result.opened && !(0,seal/* isSealed */.dy)(result.opened[section])).map((section) => [section, result.opened[section]]));
    if (values.json)
        out.write(`${JSON.stringify({ ok: result.ok, checks: result.checks, version: result.capsule?.release.version ?? null, kind: result.capsule?.kind ?? null, ...(identities.length > 0 ? { decrypted } : {}) }, null, 2)}\n`);
    else
        out.write(`${(0,report/* renderVerifyReport */.kW)(result)}\n`);
    if (!result.ok)
        throw new CapsuleVerificationError(result, positionals[0]);
}
async function readIdentityFile(path) {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(path), "utf8");
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the identity file ${path} does not exist or cannot be read`);
    }
}


/***/ }),

/***/ 8503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYamlSource: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5341);


function parseYamlSource(file, text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const problems = document.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return { message: error.message.split("\n")[0], location: { file, line: position.line, column: position.col } };
    });
    if (problems.length > 0) {
        const first = problems[0];
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`is not valid YAML: ${first.message}${more}`, first.location, problems.map((problem) => `${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocation */ .j$)(problem.location)}: ${problem.message}`));
    }
    const locate = (path, options = {}) => {
        if (options.key && path.length > 0) {
            const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
            const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(parent) ? parent.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(item.key) && String(item.key.value) === String(path[path.length - 1])) : undefined;
            if (pair && (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isNode)(pair.key) && pair.key.range) {
                const position = lineCounter.linePos(pair.key.range[0]);
                return { file, line: position.line, column: position.col };
            }
        }
        // Walk down as far as the path exists: a missing key is reported at its parent.
        for (let depth = path.length; depth >= 0; depth--) {
            const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isNode)(node) && node.range) {
                const position = lineCounter.linePos(node.range[0]);
                return { file, line: position.line, column: position.col };
            }
        }
        return { file, line: 1, column: 1 };
    };
    let value;
    try {
        value = document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        // An alias with no anchor, or an alias bomb: the document parsed but cannot be turned into data.
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`cannot be read: ${error instanceof Error ? error.message : String(error)}`, { file, line: 1, column: 1 });
    }
    return { file, value: value ?? {}, locate };
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
