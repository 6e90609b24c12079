export const id = 462;
export const ids = [462];
export const modules = {

/***/ 4241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ut: () => (/* binding */ invalidRanges),
/* harmony export */   vz: () => (/* binding */ writerProblem),
/* harmony export */   zD: () => (/* binding */ readerMode)
/* harmony export */ });
/* unused harmony export findRule */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

/** The first row of the matrix for this release version and state version, if any. */
function findRule(rules, version, state) {
    const plain = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(version) ? semver__WEBPACK_IMPORTED_MODULE_0___default().parse(version).version : version; // build metadata never decides a range
    return rules.find((rule) => rule.state === state && semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(plain, rule.release, { includePrerelease: true }));
}
function describe(rule) {
    return `rule {release: ${rule.release}, state: ${rule.state}, mode: ${rule.mode}}`;
}
/** A release writes only a state version it reads in full; returns the problem, or undefined when it holds. */
function writerProblem(rules, version, state) {
    const rule = findRule(rules, version, state);
    if (!rule)
        return `no compatibility rule lets release ${version} use ${state} (the matrix lists: ${rules.map((row) => `${row.release}→${row.state} ${row.mode}`).join(", ")})`;
    if (rule.mode !== "full")
        return `release ${version} may only write a state version it reads in full, but ${describe(rule)} says ${rule.mode}`;
    return undefined;
}
/** How a release reads a capsule of a state version: the mode, or the problem. */
function readerMode(rules, version, state) {
    const rule = findRule(rules, version, state);
    if (!rule)
        return { problem: `no compatibility rule lets release ${version} read ${state}` };
    return { mode: rule.mode, rule };
}
/** Checks that each row's range is a SemVer range; returns the index and text of every bad one. */
function invalidRanges(rules) {
    return rules.flatMap((rule, index) => (semver__WEBPACK_IMPORTED_MODULE_0___default().validRange(rule.release) === null ? [{ index, release: rule.release }] : []));
}


/***/ }),

/***/ 6935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XO: () => (/* binding */ parseCapsule),
  tj: () => (/* binding */ readYamlSource),
  A7: () => (/* binding */ renderCapsule),
  Ic: () => (/* binding */ schemaProblems)
});

// UNUSED EXPORTS: checkCapsuleValue

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./schema/state-capsule.schema.json
const state_capsule_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-cadence.dev/schema/state-capsule.schema.json","title":"release-cadence state capsule","description":"A release state capsule (seed 000: chat, purpose, context, decisions, open_threads, next_chat_bootstrap) with the machine fields capsule-sign adds.","type":"object","additionalProperties":false,"required":["state_version","kind","chat","purpose","context","decisions","open_threads","next_chat_bootstrap","release","artifacts","plans","evidence","compatibility"],"properties":{"state_version":{"type":"string","pattern":"^state-v[1-9][0-9]*$","description":"The capsule format version, state-vN."},"kind":{"enum":["PRE-RELEASE","RELEASE","POST-RELEASE"]},"chat":{"type":"string","minLength":1},"purpose":{"type":"string","minLength":1},"context":{"$ref":"#/definitions/section"},"decisions":{"$ref":"#/definitions/section"},"open_threads":{"$ref":"#/definitions/section"},"next_chat_bootstrap":{"$ref":"#/definitions/section"},"release":{"type":"object","additionalProperties":false,"required":["version","commit","created_at"],"properties":{"version":{"type":"string","pattern":"^\\\\d+\\\\.\\\\d+\\\\.\\\\d+(-[0-9A-Za-z.-]+)?(\\\\+[0-9A-Za-z.-]+)?$","description":"SemVer 2.0 release version"},"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$","description":"full commit id (40 or 64 hex digits)"},"created_at":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d+)?Z$","description":"UTC time, ISO 8601"}}},"artifacts":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","sha256","size"],"properties":{"name":{"type":"string","minLength":1},"sha256":{"$ref":"#/definitions/sha256"},"size":{"type":"integer","minimum":0}}}},"plans":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["action","plan_hash"],"properties":{"action":{"type":"string","minLength":1},"plan_hash":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$","description":"sha256:<64 hex digits>"}}}},"evidence":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","sha256"],"properties":{"name":{"type":"string","minLength":1},"sha256":{"$ref":"#/definitions/sha256"}}}},"compatibility":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/compatibilityRule"}},"sbom":{"type":"object","additionalProperties":false,"required":["status","documents"],"description":"The release\'s SBOMs, each a subject of the signed statement, or why there are none. Absent in capsules signed before SBOMs.","properties":{"status":{"enum":["generated","not-applicable"]},"reason":{"type":"string","minLength":1},"documents":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","format","package","components","sha256"],"properties":{"name":{"type":"string","minLength":1},"format":{"type":"string","minLength":1,"description":"CycloneDX 1.5, SPDX-2.3, ..."},"package":{"type":"string","minLength":1,"description":"name@version of the package described, or provided"},"components":{"type":"integer","minimum":0},"sha256":{"$ref":"#/definitions/sha256"}}}}}}},"definitions":{"lines":{"type":"array","items":{"type":"string"}},"section":{"description":"Lines of text, or those lines encrypted with age for named recipients (capsule.encrypt).","oneOf":[{"$ref":"#/definitions/lines"},{"$ref":"#/definitions/sealed"}]},"sealed":{"type":"object","additionalProperties":false,"required":["encrypted"],"properties":{"encrypted":{"type":"object","additionalProperties":false,"required":["format","recipients","ciphertext"],"properties":{"format":{"const":"age"},"recipients":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"ciphertext":{"type":"string","pattern":"^-----BEGIN AGE ENCRYPTED FILE-----\\\\r?\\\\n","description":"an ASCII-armored age file of the section\'s JSON"}}}}},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"64 lower-case hex digits"},"compatibilityRule":{"type":"object","additionalProperties":false,"required":["release","state","mode"],"properties":{"release":{"type":"string","minLength":1,"description":"SemVer range of release versions, e.g. 1.2.x"},"state":{"type":"string","pattern":"^state-v[1-9][0-9]*$","description":"state-vN"},"mode":{"enum":["full","read-only","migration"]}}}}}');
// EXTERNAL MODULE: ./packages/core/src/config/yaml-source.ts
var yaml_source = __webpack_require__(8503);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/records/yaml-write.ts
var yaml_write = __webpack_require__(8907);
;// CONCATENATED MODULE: ./packages/core/src/capsule/document.ts





let compiled;
function validator() {
    // Compiled once per process: the schema is a constant, not state carried between runs.
    compiled ??= new ajv.Ajv({ allErrors: true, strict: false }).compile(state_capsule_schema_namespaceObject);
    return compiled;
}
/** The capsule as YAML for people: seed fields first, machine fields after, a header saying what it is. */
function renderCapsule(capsule) {
    const header = `# ${capsule.kind} state capsule (${capsule.state_version}) for ${capsule.release.version}.\n# Signed: see the DSSE envelope beside it; any change to this file breaks its signature.\n`;
    return header + (0,yaml_write/* writeYaml */.V)(capsule);
}
/** Every way a value breaks the capsule schema, one line each, with the path. */
function schemaProblems(value) {
    const validate = validator();
    if (validate(value))
        return [];
    return (validate.errors ?? []).map((error) => {
        const path = error.instancePath === "" ? [] : error.instancePath.slice(1).split("/").map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, "/").replace(/~0/g, "~")));
        return { path, text: explain(error, path) };
    });
}
function explain(error, path) {
    const where = path.length === 0 ? "the capsule" : path.map((part) => (typeof part === "number" ? `[${part}]` : part)).join(".").replace(/\.\[/g, "[");
    const described = error.parentSchema?.description;
    switch (error.keyword) {
        case "required":
            return `${where} lacks the required field '${String(error.params.missingProperty)}'`;
        case "additionalProperties":
            return `${where} has an unknown field '${String(error.params.additionalProperty)}'`;
        case "enum":
            return `${where} must be one of ${error.params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}`;
        case "pattern":
            return `${where} is not ${described ?? `of the form ${String(error.params.pattern)}`}`;
        case "type":
            return `${where} must be of type ${String(error.params.type)}`;
        default:
            return `${where} ${error.message ?? "is not valid"}`;
    }
}
/**
 * parseYamlSource, with the errors the yaml library throws while building values (an alias to
 * no anchor throws a ReferenceError) turned into the user's mistake they are.
 */
function readYamlSource(file, text) {
    try {
        return (0,yaml_source.parseYamlSource)(file, text);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
        throw new errors/* ConfigurationError */.j1(`is not valid YAML: ${detail}`, { file });
    }
}
/** Reads a capsule YAML file and checks it against the capsule schema; problems point at file:line. */
function parseCapsule(file, text) {
    const source = readYamlSource(file, text);
    const problems = schemaProblems(source.value);
    if (problems.length > 0) {
        const located = problems.map((problem) => ({ location: source.locate(problem.path), text: problem.text }));
        throw new errors/* ConfigurationError */.j1(`is not a valid state capsule: ${located[0].text}`, located[0].location, located.map((entry) => `${(0,errors/* formatLocation */.j$)(entry.location)}: ${entry.text}`));
    }
    return source.value;
}
/** Checks a capsule carried as a statement's predicate; throws with the first problem and lists all. */
function checkCapsuleValue(value, location) {
    const problems = schemaProblems(value);
    if (problems.length > 0) {
        throw new ConfigurationError(`the signed capsule does not match the capsule schema: ${problems[0].text}`, location, problems.map((problem) => problem.text));
    }
    return value;
}


/***/ }),

/***/ 5731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ renderCapsuleSignSummary),
/* harmony export */   L7: () => (/* binding */ capsuleSignOutputs),
/* harmony export */   kW: () => (/* binding */ renderVerifyReport)
/* harmony export */ });
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1070);
/* harmony import */ var _seal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7920);


/** The outputs of capsule-sign: the action's outputs and the CLI's --json share this shape. */
function capsuleSignOutputs(result) {
    return {
        capsule: result.files.capsule,
        envelope: result.files.envelope,
        bundle: result.files.bundle,
        signatures: result.files.signatures,
        sums: result.files.sums,
        sumsSignature: result.files.sumsSignature,
        sboms: result.files.sboms,
        /** The SBOMs and their signatures, for a release's assets. */
        sbomAssets: [...result.files.sboms, ...result.files.signatures.filter((path) => result.files.sboms.some((sbom) => path === `${sbom}.sig`))],
        sbomStatus: result.capsule.sbom?.status ?? "not-applicable",
        sbomReason: result.capsule.sbom?.reason ?? null,
        outDir: result.files.outDir,
        version: result.capsule.release.version,
        commit: result.capsule.release.commit,
        stateVersion: result.capsule.state_version,
        mode: result.mode,
        algorithm: result.algorithm,
        keyid: result.keyid,
        subjects: result.statement.subject.map((subject) => ({ name: subject.name, sha256: subject.digest.sha256 })),
        planHash: result.planHash,
        dryRun: result.applied.dryRun,
        evidencePath: result.evidencePath,
    };
}
function cell(text) {
    return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
/** The step summary of a signing run: what was signed, by which key (its id, never the key), and the plan. */
function renderCapsuleSignSummary(result) {
    const signer = result.mode === "key" ? `${result.algorithm} key \`${result.keyid?.slice(0, 16)}…\`` : "Sigstore (keyless, this job's OIDC identity)";
    const lines = [
        "## capsule-sign",
        "",
        `${result.capsule.kind} capsule for **${result.capsule.release.version}** (\`${result.capsule.release.commit.slice(0, 12)}\`, ${result.capsule.state_version}), signed with ${signer}.`,
        "",
        "| subject | sha256 |",
        "|---|---|",
        ...result.statement.subject.map((subject) => `| ${cell(subject.name)} | \`${subject.digest.sha256}\` |`),
        "",
        sbomLine(result),
        "",
        ...(encryptedLine(result) ? [encryptedLine(result), ""] : []),
        (0,_plan_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .renderPlan */ .EG)(result.plan, result.planHash),
    ];
    if (result.applied.dryRun)
        lines.push("", "_Dry-run: nothing was written._");
    return lines.join("\n");
}
function encryptedLine(result) {
    const sealed = _seal_js__WEBPACK_IMPORTED_MODULE_1__/* .SEALABLE_SECTIONS */ .jf.flatMap((section) => {
        const value = result.capsule[section];
        return (0,_seal_js__WEBPACK_IMPORTED_MODULE_1__/* .isSealed */ .dy)(value) ? [`${section} (for ${value.encrypted.recipients.join(", ")})`] : [];
    });
    return sealed.length > 0 ? `**Encrypted with age:** ${sealed.join(", ")}; the signature covers the ciphertext.` : "";
}
function sbomLine(result) {
    const sbom = result.capsule.sbom;
    if (!sbom || sbom.status === "not-applicable")
        return `**SBOM:** not applicable — ${cell(sbom?.reason ?? "none made")}`;
    return `**SBOM:** ${sbom.documents.map((document) => `\`${document.name}\` (${document.format}, ${document.package}, ${document.components} components)`).join(", ")}`;
}
/** One line per check, for the terminal and the step summary. */
function renderVerifyReport(result) {
    const lines = result.checks.map((check) => `${check.ok ? "ok  " : "FAIL"} ${check.check}: ${check.detail}`);
    lines.push(result.ok ? "verified: every check holds" : `not verified: ${result.checks.filter((check) => !check.ok).length} check(s) failed`);
    return lines.join("\n");
}


/***/ }),

/***/ 7920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RV: () => (/* binding */ resolveRecipients),
/* harmony export */   dy: () => (/* binding */ isSealed),
/* harmony export */   go: () => (/* binding */ parseIdentities),
/* harmony export */   jf: () => (/* binding */ SEALABLE_SECTIONS),
/* harmony export */   yu: () => (/* binding */ openCapsule),
/* harmony export */   z_: () => (/* binding */ sealCapsule)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5341);

/**
 * Sensitive capsule sections are encrypted with age (https://age-encryption.org), through
 * `age-encryption`, the TypeScript implementation by age's author: a small, audited format with
 * X25519 and post-quantum recipients and no options to get wrong. Each section is one age file of
 * its JSON, ASCII-armored, in the capsule's YAML; everything else stays readable, and the signature
 * covers the ciphertext like any other text of the capsule.
 */
const SEALABLE_SECTIONS = ["context", "decisions", "open_threads", "next_chat_bootstrap"];
function isSealed(value) {
    return value !== undefined && !Array.isArray(value) && typeof value === "object" && "encrypted" in value;
}
/** The library, loaded only by runs that encrypt or decrypt. */
async function age() {
    return __webpack_require__.e(/* import() */ 855).then(__webpack_require__.bind(__webpack_require__, 3236));
}
/** Each recipient name with its age recipients: `age1…` written in the config, or read from a file of them (one per line, # comments). */
async function resolveRecipients(files, recipients, locate) {
    const { Encrypter } = await age();
    const resolved = new Map();
    for (const [name, value] of Object.entries(recipients)) {
        const where = locate(["recipients", name]);
        let keys;
        if (/^age1/.test(value.trim()))
            keys = [value.trim()];
        else {
            const text = await files.read(value);
            if (text === undefined)
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`capsule.recipients.${name}: '${value}' is neither an age recipient (age1…) nor a file of them that exists`, where);
            keys = text.split(/\r?\n/).map((line) => line.replace(/#.*$/, "").trim()).filter((line) => line !== "");
            if (keys.length === 0)
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`capsule.recipients.${name}: the file ${value} lists no age recipient`, where);
        }
        for (const key of keys) {
            try {
                new Encrypter().addRecipient(key);
            }
            catch {
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`capsule.recipients.${name}: '${key.slice(0, 24)}…' is not an age recipient (age1… or age1pq1…)`, where);
            }
        }
        resolved.set(name, keys);
    }
    return resolved;
}
/** Encrypts the configured sections of a capsule, each for its named recipients. */
async function sealCapsule(capsule, encrypt, recipients) {
    const { Encrypter, armor } = await age();
    const sealed = { ...capsule };
    for (const section of SEALABLE_SECTIONS) {
        const names = encrypt[section];
        if (!names || names.length === 0)
            continue;
        const encrypter = new Encrypter();
        for (const name of names)
            for (const key of recipients.get(name) ?? [])
                encrypter.addRecipient(key);
        const ciphertext = armor.encode(await encrypter.encrypt(JSON.stringify(capsule[section])));
        sealed[section] = { encrypted: { format: "age", recipients: [...names], ciphertext } };
    }
    return sealed;
}
/** Reads age identities (`AGE-SECRET-KEY-1…`, one per line, # comments) and checks each. */
async function parseIdentities(text, source) {
    const { Decrypter } = await age();
    const identities = text.split(/\r?\n/).map((line) => line.replace(/#.*$/, "").trim()).filter((line) => line !== "");
    if (identities.length === 0)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source} holds no age identity (AGE-SECRET-KEY-1…)`);
    identities.forEach((identity, index) => {
        try {
            new Decrypter().addIdentity(identity);
        }
        catch {
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source}: line ${index + 1} is not an age identity (AGE-SECRET-KEY-1… or AGE-SECRET-KEY-PQ-1…)`);
        }
    });
    return identities;
}
/** Decrypts the sealed sections the identities are recipients of. */
async function openCapsule(capsule, identities) {
    const { Decrypter, armor } = await age();
    const opening = { capsule: { ...capsule }, opened: [], closed: [], broken: [] };
    for (const section of SEALABLE_SECTIONS) {
        const value = capsule[section];
        if (!isSealed(value))
            continue;
        const decrypter = new Decrypter();
        for (const identity of identities)
            decrypter.addIdentity(identity);
        let text;
        try {
            text = await decrypter.decrypt(armor.decode(value.encrypted.ciphertext), "text");
        }
        catch (error) {
            // age says "no identity matched any of the file's recipients" when the key is someone else's.
            if (/no identity matched/i.test(error instanceof Error ? error.message : ""))
                opening.closed.push(section);
            else
                opening.broken.push({ section, problem: `cannot be decrypted: ${error instanceof Error ? error.message : String(error)}` });
            continue;
        }
        let lines;
        try {
            lines = JSON.parse(text);
        }
        catch {
            opening.broken.push({ section, problem: "decrypts to something that is not JSON" });
            continue;
        }
        opening.capsule[section] = lines;
        opening.opened.push(section);
    }
    return opening;
}


/***/ }),

/***/ 9325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RM: () => (/* binding */ sbomFileName),
/* harmony export */   f9: () => (/* binding */ normalizeSbom),
/* harmony export */   j4: () => (/* binding */ summarizeSbom),
/* harmony export */   zu: () => (/* binding */ SBOM_FORMATS)
/* harmony export */ });
/* unused harmony export SBOM_EXTENSIONS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const SBOM_FORMATS = ["cyclonedx", "spdx"];
const SBOM_EXTENSIONS = { cyclonedx: "cdx.json", spdx: "spdx.json" };
/**
 * Reads a CycloneDX or SPDX JSON document far enough to know it is one: the format marker, the
 * spec version, the described package and the component list. Returns the problem otherwise.
 */
function summarizeSbom(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { problem: "is not JSON" };
    }
    if (!value || typeof value !== "object" || Array.isArray(value))
        return { problem: "is not a JSON object" };
    const doc = value;
    if (doc.bomFormat === "CycloneDX") {
        if (typeof doc.specVersion !== "string")
            return { problem: "is CycloneDX without a specVersion" };
        if (doc.components !== undefined && !Array.isArray(doc.components))
            return { problem: "is CycloneDX whose components are not a list" };
        const component = (doc.metadata?.component ?? {});
        return { format: `CycloneDX ${doc.specVersion}`, subject: `${String(component.name ?? "?")}@${String(component.version ?? "?")}`, components: (doc.components ?? []).length };
    }
    if (typeof doc.spdxVersion === "string") {
        if (!Array.isArray(doc.packages))
            return { problem: "is SPDX without a packages list" };
        const described = Array.isArray(doc.documentDescribes) ? doc.documentDescribes[0] : undefined;
        const root = doc.packages.find((pkg) => pkg.SPDXID === described);
        return { format: doc.spdxVersion, subject: root ? `${String(root.name)}@${String(root.versionInfo)}` : String(doc.name ?? "?"), components: Math.max(0, doc.packages.length - (root ? 1 : 0)) };
    }
    return { problem: "is neither CycloneDX JSON (bomFormat) nor SPDX JSON (spdxVersion)" };
}
/** A UUID made from content (RFC 9562 version 8, name-based on SHA-256): the same document gets the same serial. */
function contentUuid(seed) {
    const hex = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(seed).digest("hex").slice(0, 32).split("");
    hex[12] = "8";
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const text = hex.join("");
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
/**
 * Makes npm's SBOM reproducible and names its subject right: npm writes a random serial (or
 * namespace) and the time of the run, so the same release would get a new SBOM, and so a new
 * signature, each time it is signed; and it names the root component after its folder. The serial
 * becomes a UUID of the content, the time the release's, the name the package's.
 */
function normalizeSbom(format, doc, subject, createdAt) {
    const copy = structuredClone(doc);
    if (format === "cyclonedx") {
        const metadata = (copy.metadata ?? {});
        metadata.timestamp = createdAt.toISOString();
        const component = metadata.component;
        if (component && component.version === subject.version)
            component.name = subject.name;
        copy.metadata = metadata;
        copy.serialNumber = "";
        copy.serialNumber = `urn:uuid:${contentUuid(JSON.stringify(copy))}`;
        return copy;
    }
    const creation = (copy.creationInfo ?? {});
    creation.created = createdAt.toISOString();
    copy.creationInfo = creation;
    const namespace = typeof copy.documentNamespace === "string" ? copy.documentNamespace : "http://spdx.org/spdxdocs/sbom";
    copy.documentNamespace = "";
    copy.documentNamespace = namespace.replace(/-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "") + `-${contentUuid(JSON.stringify(copy))}`;
    return copy;
}
/** A file name for a package's SBOM: `@scope/name` 1.2.3 → `scope-name-1.2.3.cdx.json`. */
function sbomFileName(name, version, format) {
    return `${name.replace(/^@/, "").replace(/\//g, "-")}-${version}.${SBOM_EXTENSIONS[format]}`;
}


/***/ }),

/***/ 3871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JS: () => (/* binding */ hashAndSignFile),
/* harmony export */   TN: () => (/* binding */ hashAndVerifyFile)
/* harmony export */ });
/* unused harmony export ED25519_MAX_FILE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5341);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9537);
/* harmony import */ var _signer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8915);





// Pure Ed25519 signs the message itself, not a hash, so the file has to be in memory at once.
const ED25519_MAX_FILE = 2 ** 31;
/**
 * Hashes a file and makes its detached signature: ECDSA signs in the same streaming pass
 * (flat memory); Ed25519 reads the file again whole, because pure Ed25519 (what
 * `openssl pkeyutl -rawin` checks) cannot be computed in pieces.
 */
async function hashAndSignFile(path, key) {
    if (!key)
        return (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .hashFile */ .D)(path);
    if (key.algorithm === "ecdsa-p256") {
        const signer = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)("sha256");
        const digest = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .hashFile */ .D)(path, (chunk) => signer.update(chunk));
        return { ...digest, signature: signer.sign({ key: key.privateKey, dsaEncoding: "der" }) };
    }
    const digest = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .hashFile */ .D)(path);
    return { ...digest, signature: (0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .keySigner */ .Y)(key).sign(await readWhole(path, digest.size)) };
}
/** Hashes a file and checks a detached signature over its bytes in the same way. */
async function hashAndVerifyFile(path, key, signature) {
    if (key.algorithm === "ecdsa-p256") {
        const verifier = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createVerify)("sha256");
        const digest = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .hashFile */ .D)(path, (chunk) => verifier.update(chunk));
        let valid = false;
        try {
            valid = verifier.verify({ key: key.publicKey, dsaEncoding: "der" }, signature);
        }
        catch {
            valid = false;
        }
        return { ...digest, signatureValid: valid };
    }
    const digest = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .hashFile */ .D)(path);
    return { ...digest, signatureValid: (0,_signer_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyBytes */ .R)(key, await readWhole(path, digest.size), signature) };
}
async function readWhole(path, size) {
    if (size > ED25519_MAX_FILE || (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path)).size > ED25519_MAX_FILE) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${path} is larger than 2 GiB: an Ed25519 detached signature needs the whole file in memory. Use an ECDSA P-256 key, whose signatures stream; the signed SHA256SUMS covers the file either way.`);
    }
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
}


/***/ }),

/***/ 9652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ verifyEnvelope),
/* harmony export */   Yj: () => (/* binding */ signEnvelope),
/* harmony export */   bN: () => (/* binding */ serializeEnvelope),
/* harmony export */   mE: () => (/* binding */ parseEnvelope),
/* harmony export */   w9: () => (/* binding */ INTOTO_PAYLOAD_TYPE)
/* harmony export */ });
/* unused harmony exports pae, strictBase64 */
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5341);
/* harmony import */ var _signer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8915);


const INTOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
/**
 * The bytes DSSE signs (its "pre-authentication encoding"):
 * `DSSEv1 <len(type)> <type> <len(body)> <body>`, lengths in ASCII decimal bytes, one space between.
 */
function pae(payloadType, body) {
    const type = Buffer.from(payloadType, "utf8");
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, "utf8"), type, Buffer.from(` ${body.length} `, "utf8"), body]);
}
function signEnvelope(payload, payloadType, signer) {
    const sig = signer.sign(pae(payloadType, payload));
    return { payloadType, payload: payload.toString("base64"), signatures: [{ keyid: signer.keyid, sig: sig.toString("base64") }] };
}
/** One envelope, one text: fixed key order, no whitespace, a final newline. */
function serializeEnvelope(envelope) {
    const signatures = envelope.signatures.map((signature) => ({ keyid: signature.keyid, sig: signature.sig }));
    return `${JSON.stringify({ payloadType: envelope.payloadType, payload: envelope.payload, signatures })}\n`;
}
/** Strict base64: only the standard alphabet, correct padding, and it must re-encode to itself. */
function strictBase64(text) {
    if (typeof text !== "string" || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text))
        return undefined;
    const bytes = Buffer.from(text, "base64");
    return bytes.toString("base64") === text ? bytes : undefined;
}
/**
 * Reads an envelope file. Only the exact text `serializeEnvelope` writes is accepted, so that
 * changing any byte of the file is noticed, even where JSON would not care (spaces, key order).
 */
function parseEnvelope(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("is not a DSSE envelope: the file is not JSON", { file });
    }
    if (!value || typeof value !== "object" || Array.isArray(value))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("is not a DSSE envelope: expected a JSON object", { file });
    const raw = value;
    if (typeof raw.payloadType !== "string")
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("is not a DSSE envelope: payloadType is missing or not a string", { file });
    if (strictBase64(raw.payload) === undefined)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("is not a DSSE envelope: payload is missing or not standard base64", { file });
    if (!Array.isArray(raw.signatures) || raw.signatures.length === 0)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("is not a DSSE envelope: signatures must be a non-empty list", { file });
    const signatures = raw.signatures.map((entry, index) => {
        const signature = (entry && typeof entry === "object" ? entry : {});
        if (typeof signature.keyid !== "string")
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`is not a DSSE envelope: signatures[${index}].keyid is missing or not a string`, { file });
        if (strictBase64(signature.sig) === undefined || signature.sig === "")
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`is not a DSSE envelope: signatures[${index}].sig is missing or not standard base64`, { file });
        return { keyid: signature.keyid, sig: signature.sig };
    });
    const envelope = { payloadType: raw.payloadType, payload: raw.payload, signatures };
    const canonical = serializeEnvelope(envelope);
    if (text !== canonical && text !== canonical.slice(0, -1)) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("was changed after signing: its bytes differ from the envelope's canonical form (extra fields, spacing or key order)", { file });
    }
    return envelope;
}
/** Checks that one of the envelope's signatures is the key's signature over PAE(payloadType, payload). */
function verifyEnvelope(envelope, key) {
    const payload = Buffer.from(envelope.payload, "base64");
    const signed = pae(envelope.payloadType, payload);
    const mine = envelope.signatures.filter((signature) => signature.keyid === "" || signature.keyid === key.keyid);
    if (mine.length === 0) {
        return { ok: false, reason: `the envelope is signed by key ${envelope.signatures.map((signature) => signature.keyid.slice(0, 16)).join(", ")}, not by the given key ${key.keyid.slice(0, 16)}` };
    }
    for (const signature of mine) {
        if ((0,_signer_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyBytes */ .R)(key, signed, Buffer.from(signature.sig, "base64")))
            return { ok: true, keyid: key.keyid };
    }
    return { ok: false, reason: `the ${key.algorithm} signature does not match the envelope's payload (key ${key.keyid.slice(0, 16)})` };
}


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hashFile)
/* harmony export */ });
/* unused harmony export HASH_CHUNK */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


/** Size of each read; two such buffers are all the memory hashing takes, whatever the file's size. */
const HASH_CHUNK = 1 << 20;
/**
 * SHA-256 of a file in flat memory. Reads into two fixed buffers in turn, so the disk read of the
 * next chunk overlaps the hashing of this one. `onChunk` sees every chunk (a streaming signer),
 * and must not keep it: the buffer is reused.
 */
async function hashFile(path, onChunk, chunkSize = HASH_CHUNK) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, "r");
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
        // A small file needs no large buffers: one read of its size (+1 to see the end) does it.
        const { size: expected } = await handle.stat();
        chunkSize = Math.max(1, Math.min(chunkSize, expected + 1));
        const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
        let size = 0;
        let turn = 0;
        let pending = handle.read(buffers[0], 0, chunkSize, null);
        for (;;) {
            const { bytesRead } = await pending;
            if (bytesRead === 0)
                break;
            const current = buffers[turn];
            turn ^= 1;
            pending = handle.read(buffers[turn], 0, chunkSize, null);
            const chunk = current.subarray(0, bytesRead);
            hash.update(chunk);
            onChunk?.(chunk);
            size += bytesRead;
        }
        return { sha256: hash.digest("hex"), size };
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 5349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ secretParts),
/* harmony export */   QW: () => (/* binding */ parsePrivateKey),
/* harmony export */   ee: () => (/* binding */ parsePublicKey)
/* harmony export */ });
/* unused harmony exports keyidOf, publicKeyPem */
/* harmony import */ var _errors_mention_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1019);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5341);



const PEM_BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----/;
// Every message below is written here: no text from the key, nor from OpenSSL's parser, is passed on.
function pemLabel(pem, source) {
    const match = PEM_BEGIN.exec(pem);
    if (!match)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source} is not a PEM key: it has no '-----BEGIN ... KEY-----' line`);
    return match[1];
}
/** Parses a PKCS#8 PEM private key (optionally encrypted), Ed25519 or ECDSA P-256. */
function parsePrivateKey(pem, options) {
    const label = pemLabel(pem, options.source);
    if (label === "PUBLIC KEY")
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${options.source} is a public key; signing needs the private key (PKCS#8 PEM)`);
    if (!/PRIVATE KEY$/.test(label))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${options.source} holds a PEM '${label}', not a private key (PKCS#8 PEM)`);
    const encrypted = label === "ENCRYPTED PRIVATE KEY";
    if (encrypted && !options.passphrase) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${options.source} is encrypted: give its passphrase (${(0,_errors_mention_js__WEBPACK_IMPORTED_MODULE_2__/* .mention */ .l)("passphrase")})`);
    }
    let privateKey;
    try {
        privateKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: "pem", ...(options.passphrase ? { passphrase: options.passphrase } : {}) });
    }
    catch (error) {
        const code = error.code;
        if (encrypted)
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${options.source} could not be decrypted: the passphrase is wrong or the key is damaged`);
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${options.source} is not a readable private key${typeof code === "string" ? ` (${code})` : ""}`);
    }
    const algorithm = algorithmOf(privateKey, options.source);
    const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
    return { algorithm, keyid: keyidOf(publicKey), privateKey, publicKey };
}
/** Parses a public key (SPKI PEM); a private key is accepted too and only its public half kept. */
function parsePublicKey(pem, source) {
    pemLabel(pem, source);
    let publicKey;
    try {
        publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: pem, format: "pem" });
    }
    catch (error) {
        const code = error.code;
        if (code === "ERR_MISSING_PASSPHRASE")
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source} is an encrypted private key; verify needs the public key (openssl pkey -pubout)`);
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source} is not a readable public key${typeof code === "string" ? ` (${code})` : ""}`);
    }
    return { algorithm: algorithmOf(publicKey, source), keyid: keyidOf(publicKey), publicKey };
}
function algorithmOf(key, source) {
    if (key.asymmetricKeyType === "ed25519")
        return "ed25519";
    if (key.asymmetricKeyType === "ec") {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        if (curve === "prime256v1")
            return "ecdsa-p256";
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source} is an EC key on curve ${curve ?? "unknown"}; only P-256 (prime256v1) is supported`);
    }
    throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source} is a ${key.asymmetricKeyType ?? "unknown"} key; supported are Ed25519 and ECDSA P-256`);
}
function keyidOf(publicKey) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex");
}
/** The public key as SPKI PEM, to publish beside a release. */
function publicKeyPem(key) {
    return String(key.publicKey.export({ type: "spki", format: "pem" }));
}
/** Every piece of a key's text worth masking: the whole PEM and each of its lines. */
function secretParts(pem) {
    const lines = pem.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length >= 16 && !line.startsWith("-----"));
    return [pem.trim(), ...lines].filter((part) => part.length > 0);
}


/***/ }),

/***/ 8915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ verifyBytes),
/* harmony export */   Y: () => (/* binding */ keySigner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Ed25519 signs the bytes themselves (pure Ed25519, as `openssl pkeyutl -rawin`);
 * ECDSA P-256 signs their SHA-256 (as `openssl dgst -sha256 -sign`).
 */
function keySigner(key) {
    return {
        algorithm: key.algorithm,
        keyid: key.keyid,
        sign(data) {
            return key.algorithm === "ed25519" ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, data, key.privateKey) : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)("sha256", data, { key: key.privateKey, dsaEncoding: "der" });
        },
    };
}
/** True when `signature` is the key's signature over `data`; a malformed signature is simply false. */
function verifyBytes(key, data, signature) {
    try {
        return key.algorithm === "ed25519"
            ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, data, key.publicKey, signature)
            : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)("sha256", data, { key: key.publicKey, dsaEncoding: "der" }, signature);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 9300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   Go: () => (/* binding */ statementPayload),
/* harmony export */   UT: () => (/* binding */ makeStatement),
/* harmony export */   Vr: () => (/* binding */ CAPSULE_PREDICATE_TYPE)
/* harmony export */ });
/* unused harmony export STATEMENT_TYPE */
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5341);
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1070);


const STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
const CAPSULE_PREDICATE_TYPE = "https://release-cadence.dev/state-capsule/v1";
function makeStatement(subjects, predicateType, predicate) {
    return { _type: STATEMENT_TYPE, subject: subjects, predicateType, predicate };
}
/** The payload bytes: the statement's canonical JSON (sorted keys, no whitespace), UTF-8. */
function statementPayload(statement) {
    return Buffer.from((0,_plan_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(statement), "utf8");
}
/** Reads a signed payload back into a statement, saying precisely what is wrong when it is not one. */
function parseStatement(payload, file) {
    let value;
    try {
        value = JSON.parse(payload.toString("utf8"));
    }
    catch {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("the envelope's payload is not JSON, so it is not an in-toto statement", { file });
    }
    const fail = (what) => {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the envelope's payload is not an in-toto statement: ${what}`, { file });
    };
    if (!value || typeof value !== "object" || Array.isArray(value))
        return fail("expected a JSON object");
    const raw = value;
    if (raw._type !== STATEMENT_TYPE)
        fail(`_type must be ${STATEMENT_TYPE}`);
    if (typeof raw.predicateType !== "string")
        fail("predicateType is missing");
    if (!raw.predicate || typeof raw.predicate !== "object" || Array.isArray(raw.predicate))
        fail("predicate must be an object");
    if (!Array.isArray(raw.subject) || raw.subject.length === 0)
        fail("subject must be a non-empty list");
    const names = new Set();
    const subjects = raw.subject.map((entry, index) => {
        const subject = (entry && typeof entry === "object" ? entry : {});
        if (typeof subject.name !== "string" || subject.name === "")
            return fail(`subject[${index}].name is missing`);
        const digest = subject.digest?.sha256;
        if (typeof digest !== "string" || !/^[0-9a-f]{64}$/.test(digest))
            return fail(`subject[${index}] (${subject.name}) has no sha256 digest of 64 hex digits`);
        if (names.has(subject.name))
            fail(`subject ${subject.name} appears twice`);
        names.add(subject.name);
        return { name: subject.name, digest: { sha256: digest } };
    });
    return { _type: STATEMENT_TYPE, subject: subjects, predicateType: raw.predicateType, predicate: raw.predicate };
}


/***/ }),

/***/ 7955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PJ: () => (/* binding */ renderSums),
/* harmony export */   WD: () => (/* binding */ checkAssetName),
/* harmony export */   mi: () => (/* binding */ parseSums)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5341);

/** A SHA256SUMS file as `sha256sum` writes it (text mode): `<hex>  <name>` per line. */
function renderSums(entries) {
    return entries.map((entry) => `${entry.sha256}  ${entry.name}\n`).join("");
}
/** Reads a SHA256SUMS file; `sha256sum`'s binary marker (`<hex> *<name>`) is accepted too. */
function parseSums(text, file) {
    const entries = [];
    text.split("\n").forEach((line, index) => {
        if (line === "")
            return;
        const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
        if (!match)
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`line ${index + 1} is not '<sha256>  <name>'`, { file, line: index + 1 });
        entries.push({ sha256: match[1], name: match[2] });
    });
    return entries;
}
/** A file name that a SHA256SUMS line and a release asset can carry as is. */
function checkAssetName(name, path) {
    if (name === "" || /[\n\r\\]/.test(name)) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the artifact ${JSON.stringify(path)} has a name that SHA256SUMS cannot carry (newline or backslash)`);
    }
}


/***/ })

};
