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


/***/ })

};
