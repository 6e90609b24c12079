export const id = 890;
export const ids = [890,503];
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
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./schema/state-capsule.schema.json
const state_capsule_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-cadence.dev/schema/state-capsule.schema.json","title":"release-cadence state capsule","description":"A release state capsule (seed 000: chat, purpose, context, decisions, open_threads, next_chat_bootstrap) with the machine fields capsule-sign adds.","type":"object","additionalProperties":false,"required":["state_version","kind","chat","purpose","context","decisions","open_threads","next_chat_bootstrap","release","artifacts","plans","evidence","compatibility"],"properties":{"state_version":{"type":"string","pattern":"^state-v[1-9][0-9]*$","description":"The capsule format version, state-vN."},"kind":{"enum":["PRE-RELEASE","RELEASE","POST-RELEASE"]},"chat":{"type":"string","minLength":1},"purpose":{"type":"string","minLength":1},"context":{"$ref":"#/definitions/section"},"decisions":{"$ref":"#/definitions/section"},"open_threads":{"$ref":"#/definitions/section"},"next_chat_bootstrap":{"$ref":"#/definitions/section"},"release":{"type":"object","additionalProperties":false,"required":["version","commit","created_at"],"properties":{"version":{"type":"string","pattern":"^\\\\d+\\\\.\\\\d+\\\\.\\\\d+(-[0-9A-Za-z.-]+)?(\\\\+[0-9A-Za-z.-]+)?$","description":"SemVer 2.0 release version"},"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$","description":"full commit id (40 or 64 hex digits)"},"created_at":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d+)?Z$","description":"UTC time, ISO 8601"}}},"artifacts":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","sha256","size"],"properties":{"name":{"type":"string","minLength":1},"sha256":{"$ref":"#/definitions/sha256"},"size":{"type":"integer","minimum":0}}}},"plans":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["action","plan_hash"],"properties":{"action":{"type":"string","minLength":1},"plan_hash":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$","description":"sha256:<64 hex digits>"}}}},"evidence":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","sha256"],"properties":{"name":{"type":"string","minLength":1},"sha256":{"$ref":"#/definitions/sha256"}}}},"compatibility":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/compatibilityRule"}},"sbom":{"type":"object","additionalProperties":false,"required":["status","documents"],"description":"The release\'s SBOMs, each a subject of the signed statement, or why there are none. Absent in capsules signed before SBOMs.","properties":{"status":{"enum":["generated","not-applicable"]},"reason":{"type":"string","minLength":1},"documents":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","format","package","components","sha256"],"properties":{"name":{"type":"string","minLength":1},"format":{"type":"string","minLength":1,"description":"CycloneDX 1.5, SPDX-2.3, ..."},"package":{"type":"string","minLength":1,"description":"name@version of the package described, or provided"},"components":{"type":"integer","minimum":0},"sha256":{"$ref":"#/definitions/sha256"}}}}}}},"definitions":{"lines":{"type":"array","items":{"type":"string"}},"section":{"description":"Lines of text, or those lines encrypted with age for named recipients (capsule.encrypt).","oneOf":[{"$ref":"#/definitions/lines"},{"$ref":"#/definitions/sealed"}]},"sealed":{"type":"object","additionalProperties":false,"required":["encrypted"],"properties":{"encrypted":{"type":"object","additionalProperties":false,"required":["format","recipients","ciphertext"],"properties":{"format":{"const":"age"},"recipients":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"ciphertext":{"type":"string","pattern":"^-----BEGIN AGE ENCRYPTED FILE-----\\\\r?\\\\n","description":"an ASCII-armored age file of the section\'s JSON"}}}}},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"64 lower-case hex digits"},"compatibilityRule":{"type":"object","additionalProperties":false,"required":["release","state","mode"],"properties":{"release":{"type":"string","minLength":1,"description":"SemVer range of release versions, e.g. 1.2.x"},"state":{"type":"string","pattern":"^state-v[1-9][0-9]*$","description":"state-vN"},"mode":{"enum":["full","read-only","migration"]}}}}}');
// EXTERNAL MODULE: ./packages/core/src/config/yaml-source.ts
var yaml_source = __webpack_require__(8503);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
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
    return header + (0,dist.stringify)(capsule, { lineWidth: 0 });
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


/***/ })

};
