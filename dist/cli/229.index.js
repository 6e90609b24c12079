export const id = 229;
export const ids = [229];
export const modules = {

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
