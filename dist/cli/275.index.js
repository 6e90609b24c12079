export const id = 275;
export const ids = [275];
export const modules = {

/***/ 3691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   hg: () => (/* binding */ characters),
/* harmony export */   vY: () => (/* binding */ fitText)
/* harmony export */ });
/**
 * The beginning of `text` that fits in `budget` (as `size` measures it: bytes for a step summary,
 * characters for a GitHub release body), cut after the last whole line, followed by `notice`
 * (which names where the whole text is); the text itself when it fits.
 */
function fitText(text, budget, notice, size) {
    if (size(text) <= budget)
        return text;
    const room = Math.max(0, budget - size(notice));
    let end = 0;
    for (let used = 0;;) {
        const next = text.indexOf("\n", end + 1);
        const lineEnd = next === -1 ? text.length : next;
        used += size(text.slice(end, lineEnd));
        if (used > room)
            break;
        end = lineEnd;
        if (next === -1)
            break;
    }
    return `${text.slice(0, end)}${notice}`;
}
const bytes = (part) => Buffer.byteLength(part);
const characters = (part) => part.length;


/***/ }),

/***/ 6246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ floatingTagsFor),
/* harmony export */   t: () => (/* binding */ channelOf)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

/** `existing` holds the versions tagged so far (without prefix); the new one may or may not be among them. */
function channelOf(version, existing, distTags = {}, forcedDistTag) {
    const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(version);
    if (!parsed)
        throw new Error(`not a version: ${version}`);
    if (parsed.prerelease.length > 0) {
        const id = typeof parsed.prerelease[0] === "string" ? parsed.prerelease[0] : "next";
        return { name: id, prerelease: true, makeLatest: "false", distTag: forcedDistTag ?? distTags[id] ?? id };
    }
    const newest = highestStable(existing);
    const isNewest = !newest || semver__WEBPACK_IMPORTED_MODULE_0___default().gte(parsed.version, newest);
    if (isNewest)
        return { name: "latest", prerelease: false, makeLatest: "true", distTag: forcedDistTag ?? distTags.latest ?? "latest" };
    // npm would move `latest` back to an older line: give the maintenance line its own dist-tag.
    const lineTag = `release-${parsed.major}.${parsed.minor}`;
    return { name: "maintenance", prerelease: false, makeLatest: "false", distTag: forcedDistTag ?? distTags.maintenance?.replace(/\{line\}/g, `${parsed.major}.${parsed.minor}`) ?? lineTag };
}
function highestStable(versions) {
    let best;
    for (const version of versions) {
        const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(version);
        if (!parsed || parsed.prerelease.length > 0)
            continue;
        if (!best || semver__WEBPACK_IMPORTED_MODULE_0___default().gt(parsed.version, best))
            best = parsed.version;
    }
    return best;
}
/**
 * The floating tags (`v1`, `v1.2`) a stable release moves: each only when this version is the
 * newest of its major (or minor) line, so a 1.2.9 hotfix never pulls `v1` back from 1.4.0.
 */
function floatingTagsFor(version, existing, prefix) {
    const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(version);
    if (!parsed || parsed.prerelease.length > 0)
        return [];
    const stable = [...existing, parsed.version].map((candidate) => semver__WEBPACK_IMPORTED_MODULE_0___default().parse(candidate)).filter((candidate) => candidate && candidate.prerelease.length === 0);
    const newestOf = (filter) => stable.filter(filter).every((candidate) => semver__WEBPACK_IMPORTED_MODULE_0___default().lte(candidate.version, parsed.version));
    const tags = [];
    if (newestOf((candidate) => candidate.major === parsed.major))
        tags.push(`${prefix}${parsed.major}`);
    if (newestOf((candidate) => candidate.major === parsed.major && candidate.minor === parsed.minor))
        tags.push(`${prefix}${parsed.major}.${parsed.minor}`);
    return tags;
}


/***/ }),

/***/ 5792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parsePublishInputs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _inputs_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1874);



/** Checks the inputs together and reports every problem at once. */
function parsePublishInputs(raw) {
    const fields = new _inputs_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFields */ .a({ root: raw.cwd, scratch: raw.scratch });
    // provenance, floating-tags and release also take `auto`: decided from the run's context.
    const flag = (name, value) => fields.flag(name, value, { auto: true });
    const inputs = { cwd: raw.cwd, dryRun: fields.flag("dry-run", raw.dryRun) ?? false };
    const version = fields.version("version", raw.version);
    if (version !== undefined)
        inputs.version = version;
    const prerelease = fields.channel("prerelease", raw.prerelease);
    if (prerelease !== undefined)
        inputs.prerelease = prerelease;
    // Both may come from one workflow (version-bump's version and the channel asked for): they must agree.
    const channel = inputs.version === undefined ? undefined : semver__WEBPACK_IMPORTED_MODULE_1___default().prerelease(inputs.version)?.[0];
    if (inputs.version !== undefined && inputs.prerelease !== undefined && channel !== inputs.prerelease) {
        fields.problem(`version ${inputs.version} is not a pre-release on the channel '${inputs.prerelease}' that prerelease names: give one of them, or both for the same channel (e.g. 2.0.0-${inputs.prerelease}.1)`);
    }
    for (const [key, name, scratch] of [["configPath", "config", false], ["notesFile", "notes-file", true], ["plannedDir", "planned-dir", true]]) {
        const path = fields.path(name, raw[key], { scratch });
        if (path !== undefined)
            inputs[key] = key === "plannedDir" ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(raw.cwd, path) : path;
    }
    for (const key of ["branch", "package", "remote", "registry"]) {
        const clean = fields.text(raw[key]);
        if (clean !== undefined)
            inputs[key] = clean;
    }
    const planHash = fields.planHash("plan-hash", raw.planHash);
    if (planHash !== undefined)
        inputs.planHash = planHash;
    if (inputs.registry !== undefined && !/^https?:\/\/[^\s]+$/.test(inputs.registry))
        fields.problem(`registry-url must be an http(s) URL, not '${inputs.registry}'`);
    const distTag = fields.text(raw.distTag);
    if (distTag !== undefined) {
        // npm refuses dist-tags that read as versions or ranges; say so before anything is published.
        if (/^[A-Za-z][0-9A-Za-z._-]*$/.test(distTag) && !/^v?\d/.test(distTag))
            inputs.distTag = distTag;
        else
            fields.problem(`dist-tag must be a name such as latest, next or beta (not a version or range), not '${distTag}'`);
    }
    const assets = fields.paths("assets", raw.assets, { commas: true, glob: true, scratch: true });
    if (assets.length > 0)
        inputs.assets = assets;
    const npmPackages = fields.paths("npm-packages", raw.npmPackages, { commas: true });
    if (npmPackages.length > 0)
        inputs.npmPackages = npmPackages;
    const provenance = flag("provenance", raw.provenance);
    if (provenance !== undefined)
        inputs.provenance = provenance;
    const floatingTags = flag("floating-tags", raw.floatingTags);
    if (floatingTags !== undefined)
        inputs.floatingTags = floatingTags;
    const release = flag("release", raw.release);
    if (release !== undefined)
        inputs.release = release;
    const committer = fields.identity("committer", raw.committer);
    if (committer !== undefined)
        inputs.committer = committer;
    fields.check();
    return inputs;
}


/***/ }),

/***/ 9994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jg: () => (/* binding */ readRemoteRefs),
/* harmony export */   QX: () => (/* binding */ isAncestor),
/* harmony export */   ug: () => (/* binding */ readLocalTag)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5341);

/** Reads the named refs of a remote in one `git ls-remote`; refs it lacks are absent from the map. */
async function readRemoteRefs(git, remote, refs) {
    const found = new Map();
    if (refs.length === 0)
        return found;
    const patterns = refs.flatMap((ref) => (ref.startsWith("refs/tags/") ? [ref, `${ref}^{}`] : [ref]));
    let stdout;
    try {
        ({ stdout } = await git.run(["ls-remote", remote, ...patterns]));
    }
    catch (error) {
        if (error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS) {
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`could not read the remote '${remote}': ${error.stderr.trim().split("\n").slice(-2).join(" ")}. Check the remote input and that the token may read the repository.`);
        }
        throw error;
    }
    const peeled = new Map();
    for (const line of stdout.split("\n")) {
        const [sha, name] = line.split("\t");
        if (!sha || !name)
            continue;
        if (name.endsWith("^{}"))
            peeled.set(name.slice(0, -3), sha);
        else
            found.set(name, { object: sha, commit: sha });
    }
    for (const [name, state] of found)
        state.commit = peeled.get(name) ?? state.object;
    // ls-remote matches patterns by their tail: keep exactly the refs asked for.
    for (const name of [...found.keys()])
        if (!refs.includes(name))
            found.delete(name);
    return found;
}
/** The local tag's state, or undefined when there is no such tag. */
async function readLocalTag(git, tag) {
    const { stdout } = await git.run(["for-each-ref", "--format=%(objectname) %(*objectname)", `refs/tags/${tag}`]);
    const line = stdout.trim();
    if (line === "")
        return undefined;
    const [object, peeled] = line.split(" ");
    return { object: object, commit: peeled || object };
}
/** Whether `ancestor` is in the history of `descendant` (false when either is unknown locally). */
async function isAncestor(git, ancestor, descendant) {
    const result = await git.run(["merge-base", "--is-ancestor", ancestor, descendant], { allowFailure: true });
    return result.exitCode === 0;
}


/***/ }),

/***/ 5946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ preparePublish),
  j: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/adapters/planned-files.ts
var planned_files = __webpack_require__(8898);
// EXTERNAL MODULE: ./packages/core/src/config/load.ts + 6 modules
var load = __webpack_require__(1522);
// EXTERNAL MODULE: ./packages/core/src/plan/apply.ts + 1 modules
var apply = __webpack_require__(2184);
// EXTERNAL MODULE: ./packages/core/src/plan/plan.ts
var plan_plan = __webpack_require__(1070);
// EXTERNAL MODULE: ./packages/core/src/version-bump/repository.ts
var version_bump_repository = __webpack_require__(8893);
// EXTERNAL MODULE: ./packages/core/src/adapters/files.ts + 1 modules
var adapters_files = __webpack_require__(3848);
// EXTERNAL MODULE: ./packages/core/src/records/evidence.ts
var evidence = __webpack_require__(2171);
// EXTERNAL MODULE: ./packages/core/src/records/yaml-write.ts
var yaml_write = __webpack_require__(8907);
;// CONCATENATED MODULE: ./packages/core/src/publish/evidence.ts



const complete = (outcome) => outcome.status === "done" || outcome.status === "skipped";
/** Where the release went: only the channels whose effects are complete. */
function distributionChannels(observed, outcomes) {
    const channels = [];
    const finished = (kind) => {
        const of = outcomes.filter((outcome) => outcome.kind === kind);
        return of.length > 0 && of.every(complete);
    };
    if (finished("git-push-tag"))
        channels.push(`git:${observed.remote}`);
    else if (!observed.remote && finished("git-tag"))
        channels.push("git:local");
    if (finished("release-publish"))
        channels.push(observed.forge?.description.startsWith("local") ? "local-release" : "github-release");
    if (observed.npm && finished("npm-publish"))
        channels.push(`npm:${observed.channel.distTag}`);
    if (finished("floating-tag"))
        channels.push(...observed.floatingTags.map((tag) => `floating-tag:${tag}`));
    return channels;
}
/**
 * The seed's `release_evidence`, extended for publish: `distribution` (channels, published_at —
 * set once every effect is complete) and `provenance` (commit, branch, build, who signed).
 */
function publishEvidenceRecord(context, result) {
    const { observed } = context;
    const base = (0,evidence/* evidenceRecord */.j)({ plan: context.plan, hash: context.hash, head: observed.head, branch: observed.branch ?? undefined, decisions: [{ name: ".", next: observed.release.version }], clock: context.clock, ...(context.env.GITHUB_ACTOR ? { actor: context.env.GITHUB_ACTOR } : {}) }, result);
    const record = base.release_evidence;
    const everything = result.outcomes.length > 0 && result.outcomes.every(complete);
    record.tag = observed.release.tag;
    record.provenance = {
        ...record.provenance,
        signed_by: observed.npm?.provenance ? "sigstore (npm provenance from the GitHub Actions OIDC token)" : null,
        npm_provenance: observed.npm?.provenance ?? false,
    };
    record.artifacts = {
        release_url: observed.forge?.existing?.url ?? null,
        assets: observed.assets.map((asset) => ({ name: asset.name, path: asset.path, sha256: asset.sha256 })),
        packages: (observed.npm?.packages ?? []).map((pkg) => ({ name: pkg.name, version: pkg.version, shasum: pkg.shasum, registry: observed.npm.registry, dist_tag: observed.channel.distTag })),
    };
    record.distribution = { channels: distributionChannels(observed, result.outcomes), published_at: everything ? context.clock.now().toISOString() : null };
    return base;
}
/** Writes the record atomically after every effect, so a crash leaves the last true state. */
function publishEvidenceWriter(path, context, releaseUrl) {
    return async (result) => {
        const record = publishEvidenceRecord(context, result);
        record.release_evidence.artifacts.release_url = releaseUrl() ?? record.release_evidence.artifacts.release_url;
        await (0,adapters_files/* writeFileAtomic */.Z)(path, (0,yaml_write/* writeYaml */.V)(record));
    };
}

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/identity/committer.ts
var committer = __webpack_require__(7296);
// EXTERNAL MODULE: ./packages/core/src/publish/remote-refs.ts
var remote_refs = __webpack_require__(9994);
;// CONCATENATED MODULE: ./packages/core/src/publish/git-effects.ts



/** An annotated tag, with the identity as its tagger (a hosted runner has none configured). */
function gitTagEffect(tag, commit, message, tagger) {
    return {
        kind: "git-tag",
        id: `git-tag:${tag}`,
        summary: `create the annotated tag ${tag} on ${commit.slice(0, 12)} as ${tagger.name}`,
        tag,
        commit,
        message,
        tagger: { name: tagger.name, email: tagger.email },
    };
}
function pushBranchEffect(remote, branch, commit) {
    return { kind: "git-push-branch", id: `git-push-branch:${remote}/${branch}`, summary: `push ${commit.slice(0, 12)} to ${remote}/${branch} (fast-forward only)`, remote, branch, commit };
}
function pushTagEffect(remote, tag, commit) {
    return { kind: "git-push-tag", id: `git-push-tag:${remote}/${tag}`, summary: `push the tag ${tag} to ${remote}`, remote, tag, commit };
}
function floatingTagEffect(remote, tag, commit, previous) {
    return {
        kind: "floating-tag",
        id: `floating-tag:${remote}/${tag}`,
        summary: `move the floating tag ${tag} on ${remote} to ${commit.slice(0, 12)}${previous ? ` (from ${previous.slice(0, 12)})` : " (new)"}`,
        remote,
        tag,
        commit,
        previous,
    };
}
/** A tag is never moved once it exists: a clash is the user's to resolve. */
function tagClash(tag, where, found, wanted) {
    return new errors/* ConfigurationError */.j1(`the tag ${tag} already exists ${where} on commit ${found.slice(0, 12)}, not on ${wanted.slice(0, 12)}. A released tag is never moved: ` +
        "release a new version instead, or delete the stray tag if it was never published.");
}
function gitTagHandler(git) {
    return {
        async isDone(effect) {
            const local = await (0,remote_refs/* readLocalTag */.ug)(git, String(effect.tag));
            if (!local)
                return false;
            if (local.commit !== effect.commit)
                throw tagClash(String(effect.tag), "locally", local.commit, String(effect.commit));
            return true;
        },
        async run(effect) {
            await git.run([...(0,committer/* identityArgs */.MU)((0,committer/* identityOf */.cu)(effect.tagger)), "tag", "-a", String(effect.tag), "-m", String(effect.message), String(effect.commit)]);
        },
    };
}
function pushBranchHandler(git) {
    return {
        async isDone(effect) {
            const ref = `refs/heads/${String(effect.branch)}`;
            const remote = (await (0,remote_refs/* readRemoteRefs */.Jg)(git, String(effect.remote), [ref])).get(ref);
            if (!remote)
                return false;
            return remote.commit === effect.commit || (await (0,remote_refs/* isAncestor */.QX)(git, String(effect.commit), remote.commit));
        },
        async run(effect) {
            try {
                await git.run(["push", String(effect.remote), `${String(effect.commit)}:refs/heads/${String(effect.branch)}`]);
            }
            catch (error) {
                if (error instanceof errors/* GitError */.XS && /rejected|non-fast-forward|fetch first/.test(error.stderr)) {
                    throw new errors/* ConfigurationError */.j1(`${String(effect.remote)}/${String(effect.branch)} has commits this checkout does not have, so the release commit cannot be pushed without losing them. ` +
                        "Fetch, rebase or merge, and run the release again.");
                }
                throw error;
            }
        },
    };
}
function pushTagHandler(git) {
    return {
        async isDone(effect) {
            const ref = `refs/tags/${String(effect.tag)}`;
            const remote = (await (0,remote_refs/* readRemoteRefs */.Jg)(git, String(effect.remote), [ref])).get(ref);
            if (!remote)
                return false;
            if (remote.commit !== effect.commit)
                throw tagClash(String(effect.tag), `on ${String(effect.remote)}`, remote.commit, String(effect.commit));
            return true;
        },
        async run(effect) {
            await git.run(["push", String(effect.remote), `refs/tags/${String(effect.tag)}`]);
        },
    };
}
function floatingTagHandler(git) {
    return {
        async isDone(effect) {
            const ref = `refs/tags/${String(effect.tag)}`;
            const remote = (await (0,remote_refs/* readRemoteRefs */.Jg)(git, String(effect.remote), [ref])).get(ref);
            return remote?.commit === effect.commit;
        },
        async run(effect) {
            const ref = `refs/tags/${String(effect.tag)}`;
            const current = (await (0,remote_refs/* readRemoteRefs */.Jg)(git, String(effect.remote), [ref])).get(ref);
            // The lease makes the move fail if someone else moved the tag since we looked.
            const lease = `--force-with-lease=${ref}:${current?.object ?? ""}`;
            await git.run(["push", lease, String(effect.remote), `${String(effect.commit)}:${ref}`]);
            await git.run(["tag", "-f", String(effect.tag), String(effect.commit)]);
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/publish/npm-effects.ts

function npmPublishEffect(pkg, options) {
    return {
        kind: "npm-publish",
        id: `npm-publish:${pkg.name}@${pkg.version}`,
        summary: `publish ${pkg.name}@${pkg.version} from ${pkg.folder} to ${options.registry} with dist-tag ${options.distTag}${options.provenance ? " and provenance" : ""}`,
        ...pkg,
        ...options,
    };
}
/** A published version is never overwritten: other content under the same version stops the release. */
function publishedElsewhere(pkg, published, registry) {
    return new errors/* ConfigurationError */.j1(`${pkg.name}@${pkg.version} is already on ${registry} with other content (shasum ${published.shasum}; the folder ${pkg.folder} packs to ${pkg.shasum}). ` +
        "A published version is never overwritten: release a new version.");
}
function npmPublishHandler(registry) {
    return {
        async isDone(effect) {
            const pkg = effect;
            const published = await registry.view(pkg.name, pkg.version);
            if (!published)
                return false;
            if (pkg.shasum === null)
                throw new Error(`${pkg.name}@${pkg.version} was planned in a dry-run and cannot be applied`);
            if (published.shasum !== pkg.shasum)
                throw publishedElsewhere(pkg, published, registry.url);
            return true;
        },
        async run(effect) {
            const access = effect.access === "public" || effect.access === "restricted" ? effect.access : undefined;
            await registry.publish(String(effect.folder), { distTag: String(effect.distTag), provenance: effect.provenance === true, ...(access ? { access } : {}) });
        },
    };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(node_modules_semver);
// EXTERNAL MODULE: ./packages/core/src/version/tags.ts
var version_tags = __webpack_require__(7477);
// EXTERNAL MODULE: ./packages/core/src/changelog/fit-text.ts
var fit_text = __webpack_require__(3691);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/core/src/publish/assets.ts





const CONTENT_TYPES = {
    ".zip": "application/zip",
    ".gz": "application/gzip",
    ".tgz": "application/gzip",
    ".json": "application/json",
    ".yaml": "application/yaml",
    ".yml": "application/yaml",
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".sig": "application/pgp-signature",
    ".asc": "application/pgp-signature",
    ".pem": "application/x-pem-file",
};
/** Folders never searched: history and installed dependencies are not release assets. */
const SKIPPED = new Set([".git", "node_modules"]);
async function collectAssets(root, globs, scratch, options = {}) {
    if (globs.length === 0)
        return [];
    const files = globs.some((glob) => !(0,external_node_path_.isAbsolute)(glob)) ? await listFiles(root) : [];
    const scratchFiles = globs.some((glob) => (0,external_node_path_.isAbsolute)(glob)) ? await scratchListing(globs, scratch) : [];
    const chosen = new Map();
    const unmatched = [];
    for (const glob of globs) {
        const absolute = (0,external_node_path_.isAbsolute)(glob);
        const pattern = absolute ? (0,external_node_path_.relative)(scratch, glob).split(external_node_path_.sep).join("/") : glob.replace(/^\.\//, "");
        const isMatch = picomatch_default()(pattern, { dot: true });
        const hits = absolute ? scratchFiles.filter((file) => isMatch(file)).map((file) => (0,external_node_path_.join)(scratch, file)) : files.filter((file) => isMatch(file));
        if (hits.length === 0 && absolute && options.dryRun)
            options.pending?.(glob);
        else if (hits.length === 0)
            unmatched.push(glob);
        for (const hit of hits)
            chosen.set(hit, hit);
    }
    if (unmatched.length > 0) {
        throw new errors/* ConfigurationError */.j1(`the asset glob${unmatched.length > 1 ? "s" : ""} ${unmatched.map((glob) => `'${glob}'`).join(", ")} matched no file in ${root}. ` +
            "Build the assets before publishing, or correct the glob.");
    }
    const assets = [];
    const byName = new Map();
    for (const path of [...chosen.keys()].sort()) {
        const name = (0,external_node_path_.basename)(path);
        const clash = byName.get(name);
        if (clash)
            throw new errors/* ConfigurationError */.j1(`two assets would both be named ${name} on the release: ${clash} and ${path}. Rename one, or narrow the globs.`);
        byName.set(name, path);
        const content = await (0,promises_.readFile)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(root, path));
        assets.push({ name, path, sha256: (0,external_node_crypto_.createHash)("sha256").update(content).digest("hex"), size: content.length, contentType: CONTENT_TYPES[(0,external_node_path_.extname)(name).toLowerCase()] ?? "application/octet-stream" });
    }
    return assets;
}
/** The scratch folder's files, once every absolute glob is known to lie inside it. */
async function scratchListing(globs, scratch) {
    for (const glob of globs.filter((candidate) => (0,external_node_path_.isAbsolute)(candidate))) {
        const rel = scratch ? (0,external_node_path_.relative)(scratch, glob) : "..";
        if (rel.startsWith("..") || (0,external_node_path_.isAbsolute)(rel)) {
            throw new errors/* ConfigurationError */.j1(`the asset glob '${glob}' is outside the repository${scratch ? ` and the run's temporary folder (${scratch})` : ""}: asset globs are relative to the repository, or absolute inside RUNNER_TEMP`);
        }
    }
    return listFiles(scratch);
}
async function listFiles(root) {
    const found = [];
    const walk = async (dir) => {
        for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
            if (SKIPPED.has(entry.name))
                continue;
            const full = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isFile())
                found.push((0,external_node_path_.relative)(root, full).split("\\").join("/"));
        }
    };
    await walk(root);
    return found.sort();
}

// EXTERNAL MODULE: ./packages/core/src/version-bump/plan.ts
var plan = __webpack_require__(2114);
// EXTERNAL MODULE: ./packages/core/src/version-bump/run.ts + 4 modules
var run = __webpack_require__(2789);
;// CONCATENATED MODULE: ./packages/core/src/publish/committed.ts



/**
 * publish tags HEAD and packs npm folders from the working tree: both must be what HEAD holds.
 * The release changes (manifests, lockfiles, CHANGELOG and records from version-bump and the
 * changelog) must be committed, or the tag names the commit before them; a package folder must
 * have no uncommitted edits to tracked files, or npm publishes content the tag does not hold.
 * Files git ignores (build output) and untracked files outside the release paths are left alone.
 */
async function refuseUncommitted(git, config, packageName, npmFolders, head) {
    const releasePaths = new Set(config.versioning.releaseCommit.include);
    for (const pkg of (0,run/* selectPackages */.AP)(config, packageName)) {
        const { manifests, lockfiles } = (0,plan/* manifestPaths */.Ud)(pkg);
        for (const path of [...manifests.map((manifest) => manifest.path), ...lockfiles, ...plan/* LOCKFILES */.JA])
            releasePaths.add(path);
    }
    const release = await changed(git, [...releasePaths], true);
    if (release.length > 0) {
        throw new errors/* ConfigurationError */.j1(`the release changes are not committed (${list(release)}): publish tags HEAD (${head.slice(0, 12)}), which would name the commit before them. ` +
            "Commit them first (version-bump with release-commit: true commits the manifests, CHANGELOG and release record).");
    }
    if (npmFolders.length === 0)
        return;
    const edited = await changed(git, npmFolders, false);
    if (edited.length > 0) {
        throw new errors/* ConfigurationError */.j1(`npm would pack uncommitted edits (${list(edited)}), which the tagged commit ${head.slice(0, 12)} does not hold. Commit or discard them before publishing.`);
    }
}
async function changed(git, paths, untracked) {
    if (paths.length === 0)
        return [];
    const { stdout } = await git.run(["status", "--porcelain", "-z", `--untracked-files=${untracked ? "all" : "no"}`, "--", ...paths.map((path) => `:(literal)${path}`)]);
    return stdout
        .split("\0")
        .filter((entry) => /^.. /.test(entry))
        .map((entry) => entry.slice(3));
}
function list(paths) {
    return paths.length > 5 ? `${paths.slice(0, 5).join(", ")} and ${paths.length - 5} more` : paths.join(", ");
}

// EXTERNAL MODULE: ./packages/core/src/publish/channel.ts
var publish_channel = __webpack_require__(6246);
// EXTERNAL MODULE: ./packages/core/src/publish/settings.ts
var publish_settings = __webpack_require__(9816);
;// CONCATENATED MODULE: ./packages/core/src/publish/observe.ts













async function observe(ports, inputs, settings, context) {
    const { git } = ports;
    const { head, release } = context;
    const npmFolders = await npmFoldersOf(ports, settings);
    await refuseUncommitted(git, context.config, inputs.package, npmFolders, head);
    const tags = await (0,version_tags/* readTags */.g$)(git);
    const existingVersions = (0,version_tags/* versionTags */.OP)(tags.all, release.tagPrefix).versions.map((tag) => tag.version.version);
    const channel = (0,publish_channel/* channelOf */.t)(release.version, existingVersions, settings.npm.distTags, settings.npm.distTag);
    const floating = (await shipsActions(git, settings.floatingTags)) ? (0,publish_channel/* floatingTagsFor */.f)(release.version, existingVersions, release.tagPrefix) : [];
    const remote = await resolveRemote(git, settings.remote, inputs.remote !== undefined);
    if (!remote)
        ports.reporter.annotate("notice", `there is no git remote '${settings.remote}': the tag is created here and nothing is pushed`);
    const wanted = [...(context.branch ? [`refs/heads/${context.branch}`] : []), `refs/tags/${release.tag}`, ...floating.map((tag) => `refs/tags/${tag}`)];
    const found = remote ? await (0,remote_refs/* readRemoteRefs */.Jg)(git, remote, wanted) : new Map();
    const remoteRefs = {};
    if (remote)
        for (const ref of wanted)
            remoteRefs[ref] = found.get(ref) ?? null;
    const branchAt = context.branch ? remoteRefs[`refs/heads/${context.branch}`]?.commit : undefined;
    const branchMoved = branchAt !== undefined && branchAt !== head && !(await (0,remote_refs/* isAncestor */.QX)(git, branchAt, head)) && !(await (0,remote_refs/* isAncestor */.QX)(git, head, branchAt));
    const values = { tag: release.tag, version: release.version };
    let forge = null;
    if (settings.release.enabled && ports.forge) {
        await ports.forge.checkReleaseAccess();
        const existing = await ports.forge.findRelease(release.tag);
        const body = fitReleaseBody(await releaseBody(ports.files, settings, values, ports.env.RUNNER_TEMP), settings.release.notesFile, release.tag, ports.env);
        forge = { description: ports.forge.description, name: (0,publish_settings/* fillTemplate */.ou)(settings.release.name, values), body, existing: existing ? releaseState(existing) : null };
    }
    const pending = (glob) => ports.reporter.info(`dry-run: the assets matching ${glob} are written by an earlier step's real run (none exist in a dry-run); they will be attached then`);
    const assets = forge ? await collectAssets(ports.files.root, settings.release.assets, ports.env.RUNNER_TEMP, { dryRun: inputs.dryRun, pending }) : [];
    return {
        head,
        branch: context.branch ?? null,
        release,
        existingVersions,
        channel,
        localTag: (await (0,remote_refs/* readLocalTag */.ug)(git, release.tag)) ?? null,
        remote,
        remoteRefs,
        branchMovedTo: branchMoved ? branchAt : null,
        floatingTags: floating,
        tagMessage: (0,publish_settings/* fillTemplate */.ou)(settings.tagMessage, values),
        tagger: await (0,committer/* resolveCommitter */.vt)(git, { ...(inputs.committer ? { input: inputs.committer } : {}), config: context.config }),
        forge,
        assets,
        npm: await observeNpm(ports, settings, npmFolders, release, inputs.dryRun ? inputs.plannedDir : undefined),
    };
}
function releaseState(release) {
    return { id: release.id, draft: release.draft, immutable: release.immutable, url: release.url, assets: release.assets.map(({ name, digest, size, state }) => ({ name, digest, size, state })) };
}
/**
 * The release body: the notes file, relative to the repository or, like asset globs, absolute
 * inside the run's temporary folder (RUNNER_TEMP), where the changelog step of a dry-run keeps
 * the notes it would have written.
 */
async function releaseBody(files, settings, values, scratch) {
    if (!settings.release.notesFile)
        return (0,publish_settings/* fillTemplate */.ou)(settings.tagMessage, values);
    const path = settings.release.notesFile;
    const inScratch = scratch !== undefined && (0,external_node_path_.isAbsolute)(path) && !(0,external_node_path_.relative)(scratch, path).startsWith("..");
    const text = inScratch ? await new adapters_files/* LocalFiles */.h(scratch).read((0,external_node_path_.relative)(scratch, path)) : await files.read(path);
    if (text === undefined)
        throw new errors/* ConfigurationError */.j1(`the release notes file ${settings.release.notesFile} does not exist; run the changelog step first, or correct notes-file`);
    return text;
}
/** GitHub refuses a release body over 125,000 characters (and the whole release with it). */
const RELEASE_BODY_CHARACTERS = 125_000;
/**
 * A body over GitHub's limit is cut after its last whole line that fits, as the step summary is,
 * with a line linking to the whole notes in the repository at the tag.
 */
function fitReleaseBody(body, notesFile, tag, env) {
    if (body.length <= RELEASE_BODY_CHARACTERS)
        return body;
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    const where = notesFile
        ? env.GITHUB_REPOSITORY
            ? `[${notesFile}](${server}/${env.GITHUB_REPOSITORY}/blob/${encodeURIComponent(tag)}/${notesFile.split("/").map(encodeURIComponent).join("/")})`
            : `\`${notesFile}\` at ${tag}`
        : "the repository";
    const notice = `\n\n> These release notes are ${body.length.toLocaleString("en-US")} characters, more than a GitHub release can hold: this is their beginning. The full notes: ${where}.`;
    return (0,fit_text/* fitText */.vY)(body, RELEASE_BODY_CHARACTERS, notice, fit_text/* characters */.hg);
}
/** A configured remote name, or null when a defaulted one is missing (a laptop repository without origin). */
async function resolveRemote(git, name, named) {
    const { stdout } = await git.run(["remote"]);
    if (stdout.split("\n").map((line) => line.trim()).includes(name))
        return name;
    if (named)
        throw new errors/* ConfigurationError */.j1(`there is no git remote '${name}' in this repository (remotes: ${stdout.trim().split("\n").filter(Boolean).join(", ") || "none"})`);
    return null;
}
/** Repositories that ship a GitHub Action get floating major/minor tags, which is how `uses: owner/repo@v1` finds them. */
async function shipsActions(git, setting) {
    if (setting !== "auto")
        return setting;
    const { stdout } = await git.run(["ls-files", "-z"]);
    return stdout.split("\0").some((path) => /(^|\/)action\.ya?ml$/.test(path));
}
async function npmFoldersOf(ports, settings) {
    return settings.npm.packages === "auto" ? await autoPackages(ports) : settings.npm.packages;
}
async function observeNpm(ports, settings, folders, release, plannedDir) {
    if (folders.length === 0)
        return null;
    const registry = ports.registryFor(settings.npm.registry);
    const provenance = provenanceWanted(settings.npm.provenance, ports.env);
    const expected = semver_default().parse(release.version).version;
    const packages = [];
    for (const folder of folders) {
        const packed = await registry.pack(folder);
        if (packed.private)
            throw new errors/* ConfigurationError */.j1(`${folder}/package.json is private: true, so npm will not publish it. Remove it from the npm packages, or make it public.`, { file: `${folder}/package.json` });
        // In a dry-run the version is only planned: version-bump's dry-run kept the package.json it would write.
        const planned = plannedDir && semver_default().parse(packed.version)?.version !== expected ? await plannedVersion(plannedDir, folder) : undefined;
        if (planned === expected) {
            const published = await registry.view(packed.name, expected);
            packages.push({ folder, name: packed.name, version: expected, shasum: null, published: published?.shasum ?? null });
            continue;
        }
        if (semver_default().parse(packed.version)?.version !== expected) {
            throw new errors/* ConfigurationError */.j1(`${folder}/package.json says version ${packed.version}, but the release is ${release.version}. Run version-bump (with release-commit) before publish, so the published package carries the released version.`, { file: `${folder}/package.json` });
        }
        const pkg = { folder, name: packed.name, version: expected, shasum: packed.shasum };
        const published = await registry.view(pkg.name, pkg.version);
        // Refused before anything is tagged: a release that cannot complete must not start.
        if (published && published.shasum !== pkg.shasum)
            throw publishedElsewhere(pkg, published, registry.url);
        packages.push({ ...pkg, published: published?.shasum ?? null });
    }
    // A token the registry refuses is known now, in a dry-run too: asked before anything is tagged.
    if (packages.some((pkg) => pkg.published === null))
        await registry.whoami();
    return { registry: registry.url, access: settings.npm.access ?? null, provenance, packages };
}
async function autoPackages(ports) {
    if (!ports.npmTokenGiven)
        return [];
    const text = await ports.files.read("package.json");
    if (text === undefined)
        return [];
    try {
        const manifest = JSON.parse(text);
        return typeof manifest.name === "string" && manifest.private !== true ? ["."] : [];
    }
    catch {
        return [];
    }
}
/** npm provenance needs the job's OIDC token, which Actions hands out only with `permissions: id-token: write`. */
function provenanceWanted(setting, env) {
    const available = env.GITHUB_ACTIONS === "true" && Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL);
    if (setting === "auto")
        return available;
    if (setting && !available) {
        throw new errors/* ConfigurationError */.j1("npm provenance was asked for, but there is no OIDC token: run in GitHub Actions with `permissions: id-token: write`, or set provenance to false");
    }
    return setting;
}
function observationsJson(observations) {
    return JSON.parse(JSON.stringify(observations));
}
/** The version in the package.json a dry-run of version-bump planned for the folder, if any. */
async function plannedVersion(dir, folder) {
    const text = await new adapters_files/* LocalFiles */.h(dir).read(folder === "." ? "package.json" : `${folder}/package.json`);
    try {
        const version = text === undefined ? undefined : JSON.parse(text).version;
        return typeof version === "string" ? (semver_default().parse(version)?.version ?? undefined) : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/release-effects.ts


function releaseDraftEffect(input) {
    return { kind: "release-draft", id: `release-draft:${input.tag}`, summary: `create the release ${input.name} for ${input.tag} as a draft (${input.forge})`, ...input };
}
function releaseAssetEffect(tag, asset) {
    return { kind: "release-asset", id: `release-asset:${tag}/${asset.name}`, summary: `upload ${asset.path} as ${asset.name} (${asset.size} bytes) to ${tag}`, tag, ...asset };
}
function releasePublishEffect(tag, makeLatest, prerelease) {
    const kind = prerelease ? "as a pre-release" : makeLatest === "true" ? "as Latest" : "without making it Latest";
    return { kind: "release-publish", id: `release-publish:${tag}`, summary: `publish the draft release ${tag} ${kind}`, tag, makeLatest, prerelease };
}
async function releaseOf(forge, tag) {
    const release = await forge.findRelease(tag);
    if (!release)
        throw new Error(`the release for ${tag} disappeared between steps; run publish again`);
    return release;
}
function matches(asset, effect) {
    if (asset.state !== "uploaded")
        return false;
    return asset.digest ? asset.digest === `sha256:${String(effect.sha256)}` : asset.size === effect.size;
}
function releaseDraftHandler(forge) {
    return {
        async isDone(effect) {
            return (await forge.findRelease(String(effect.tag))) !== undefined;
        },
        async run(effect) {
            await forge.createDraftRelease({
                tag: String(effect.tag),
                name: String(effect.name),
                body: String(effect.body),
                prerelease: effect.prerelease === true,
                commit: String(effect.commit),
            });
        },
    };
}
function releaseAssetHandler(forge, root) {
    return {
        async isDone(effect) {
            const release = await forge.findRelease(String(effect.tag));
            const asset = release?.assets.find((candidate) => candidate.name === effect.name);
            if (!release || !asset)
                return false;
            if (matches(asset, effect))
                return true;
            // A draft is not public yet: a half-finished or different upload is replaced by run().
            if (release.draft)
                return false;
            throw new errors/* ConfigurationError */.j1(`the published release ${String(effect.tag)} already has an asset ${String(effect.name)} with other content (${asset.digest ?? `${asset.size} bytes`}, ` +
                `here sha256:${String(effect.sha256)}). Published assets are never replaced: release a new version.`);
        },
        async run(effect) {
            const release = await releaseOf(forge, String(effect.tag));
            if (!release.draft && release.immutable) {
                throw new errors/* ConfigurationError */.j1(`the release ${String(effect.tag)} is published and immutable, so ${String(effect.name)} cannot be added to it. ` +
                    "Assets are uploaded while the release is a draft; add the asset to the next release.");
            }
            const stale = release.assets.find((candidate) => candidate.name === effect.name);
            if (stale)
                await forge.deleteAsset(release, stale);
            await forge.uploadAsset(release, { name: String(effect.name), path: (0,external_node_path_.isAbsolute)(String(effect.path)) ? String(effect.path) : `${root}/${String(effect.path)}`, contentType: String(effect.contentType) });
        },
    };
}
function releasePublishHandler(forge) {
    return {
        async isDone(effect) {
            const release = await forge.findRelease(String(effect.tag));
            return release !== undefined && !release.draft;
        },
        async run(effect) {
            const release = await releaseOf(forge, String(effect.tag));
            await forge.publishRelease(release, { makeLatest: effect.makeLatest === "true" ? "true" : "false", prerelease: effect.prerelease === true });
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/publish/plan.ts





/**
 * Pure: the effects of a release, in the order that keeps every crash recoverable (see
 * docs/publish.md): a local tag, the draft release and its assets (invisible to users), then the
 * pushes, npm, publishing the draft, and the floating tags last.
 */
function planPublish(observed) {
    const { head, release, remote, forge, npm } = observed;
    if (remote && observed.branch && observed.branchMovedTo) {
        throw new errors/* ConfigurationError */.j1(`${remote}/${observed.branch} moved on while this release was prepared: it is at ${observed.branchMovedTo.slice(0, 12)}, and the release commit ${head.slice(0, 12)} is not built on it. ` +
            `Nothing was tagged or pushed. Start the release again from the new ${observed.branch}, so that what is released is what was planned and approved.`);
    }
    const effects = [gitTagEffect(release.tag, head, observed.tagMessage, observed.tagger)];
    if (observed.localTag && observed.localTag.commit !== head) {
        throw new errors/* ConfigurationError */.j1(`the tag ${release.tag} already exists here on ${observed.localTag.commit.slice(0, 12)}, not on HEAD ${head.slice(0, 12)}. A released tag is never moved: release a new version.`);
    }
    const remoteTag = observed.remoteRefs[`refs/tags/${release.tag}`];
    if (remote && remoteTag && remoteTag.commit !== head) {
        throw new errors/* ConfigurationError */.j1(`the tag ${release.tag} already exists on ${remote} on ${remoteTag.commit.slice(0, 12)}, not on HEAD ${head.slice(0, 12)}. A released tag is never moved: release a new version.`);
    }
    // The draft and its assets come before anything public: a token that may not write releases
    // fails here, while the only change so far is a local tag.
    if (forge) {
        checkExistingAssets(observed);
        effects.push(releaseDraftEffect({ tag: release.tag, name: forge.name, body: forge.body, prerelease: observed.channel.prerelease, commit: head, forge: forge.description }));
        for (const asset of observed.assets)
            effects.push(releaseAssetEffect(release.tag, asset));
    }
    if (remote) {
        if (observed.branch)
            effects.push(pushBranchEffect(remote, observed.branch, head));
        effects.push(pushTagEffect(remote, release.tag, head));
    }
    if (npm) {
        for (const pkg of npm.packages) {
            const { published: _published, ...described } = pkg;
            effects.push(npmPublishEffect(described, { distTag: observed.channel.distTag, provenance: npm.provenance, access: npm.access, registry: npm.registry }));
        }
    }
    if (forge)
        effects.push(releasePublishEffect(release.tag, observed.channel.makeLatest, observed.channel.prerelease));
    if (remote) {
        for (const tag of observed.floatingTags)
            effects.push(floatingTagEffect(remote, tag, head, observed.remoteRefs[`refs/tags/${tag}`]?.commit ?? null));
    }
    return { action: "publish", formatVersion: 1, observations: observationsJson(observed), effects };
}
/** A published release's assets are final: say so now rather than after the tag is out. */
function checkExistingAssets(observed) {
    const existing = observed.forge?.existing;
    if (!existing || existing.draft)
        return;
    for (const asset of observed.assets) {
        const there = existing.assets.find((candidate) => candidate.name === asset.name);
        if (there && there.state === "uploaded" && there.digest && there.digest !== `sha256:${asset.sha256}`) {
            throw new errors/* ConfigurationError */.j1(`the published release ${observed.release.tag} already has ${asset.name} with other content (${there.digest}); published assets are never replaced`);
        }
        if (!there && existing.immutable) {
            throw new errors/* ConfigurationError */.j1(`the release ${observed.release.tag} is published and immutable, so ${asset.name} cannot be added to it; add it to the next release`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/remote-auth.ts
/**
 * The git port with a token for one remote, given the way actions/checkout gives it (an
 * `http.<server>/.extraheader` with basic auth for `x-access-token`), but only in the environment
 * of each git this port starts (GIT_CONFIG_COUNT/KEY/VALUE), never written to .git/config. A
 * checkout with `persist-credentials: false` thus leaves nothing for later steps to read (gate
 * commands, npm lifecycle scripts), and publish still pushes with the token it was given (a
 * GitHub App installation token or a PAT, so that tags start other workflows and protected
 * branches accept the push).
 *
 * Only for a remote on the server's host over http(s): a file:// or ssh remote, or one elsewhere,
 * gets no header (the token is not sent to another host). Without a token, git as it is.
 */
async function withRemoteToken(git, remote, token, serverUrl) {
    if (!token || !remote)
        return git;
    const found = await git.run(["remote", "get-url", "--", remote], { allowFailure: true });
    const server = originOf(serverUrl ?? "https://github.com");
    if (found.exitCode !== 0 || !server || originOf(found.stdout.trim()) !== server)
        return git;
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`, "utf8").toString("base64")}`;
    const env = {
        GIT_CONFIG_COUNT: "2",
        // An empty value first: any header already configured (a persisted checkout token) is dropped, not sent twice.
        GIT_CONFIG_KEY_0: `http.${server}/.extraheader`,
        GIT_CONFIG_VALUE_0: "",
        GIT_CONFIG_KEY_1: `http.${server}/.extraheader`,
        GIT_CONFIG_VALUE_1: header,
    };
    return {
        cwd: git.cwd,
        run: (args, options = {}) => git.run(args, { ...options, env: { ...env, ...options.env } }),
        stream: (args, onChunk) => git.stream(args, onChunk),
    };
}
/** `https://host[:port]` of an http(s) URL; undefined for anything else. */
function originOf(url) {
    try {
        const parsed = new URL(url);
        return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.origin : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/release-memo.ts
/**
 * The forge as one publish run sees it: a release is looked up once (GitHub lists the newest page
 * of releases for that), and what the run itself does to it (create the draft, upload and delete
 * assets, publish) is kept in step, so that the steps of a release (observe, then each effect's
 * isDone and run) read it from memory instead of listing the releases again, 4 requests of a
 * plain release's 7. The memory lasts one run: a run started again after a crash asks afresh,
 * which is how it finds what the crashed run left.
 */
function oneLookupPerRun(forge) {
    const known = new Map();
    const keep = (release) => {
        known.set(release.tag, release);
        return release;
    };
    return {
        description: forge.description,
        checkReleaseAccess: () => forge.checkReleaseAccess(),
        async findRelease(tag) {
            if (!known.has(tag))
                known.set(tag, await forge.findRelease(tag));
            return known.get(tag);
        },
        createDraftRelease: async (release) => keep(await forge.createDraftRelease(release)),
        async uploadAsset(release, asset) {
            const uploaded = await forge.uploadAsset(release, asset);
            const current = known.get(release.tag) ?? release;
            keep({ ...current, assets: [...current.assets.filter((one) => one.name !== uploaded.name), uploaded] });
            return uploaded;
        },
        async deleteAsset(release, asset) {
            await forge.deleteAsset(release, asset);
            const current = known.get(release.tag) ?? release;
            keep({ ...current, assets: current.assets.filter((one) => one.id !== asset.id) });
        },
        publishRelease: async (release, options) => keep(await forge.publishRelease(release, options)),
        // Rollback's questions: asked as they come, what they change kept in step like the rest.
        findPublishedRelease: (tag) => forge.findPublishedRelease(tag),
        latestRelease: () => forge.latestRelease(),
        updateRelease: async (release, edit) => keep(await forge.updateRelease(release, edit)),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/publish/version.ts




/**
 * The version to publish: the input when given; otherwise what version-bump's rules decide for
 * HEAD (the same core call, in dry-run). When no release is due but HEAD already carries a
 * version tag, that is the release a crashed run started, and publish finishes it.
 */
async function decideReleaseVersion(ports, inputs, context) {
    const prefix = tagPrefixOf(context.config, inputs.package);
    if (inputs.version)
        return { version: inputs.version, tag: `${prefix}${inputs.version.split("+")[0]}`, tagPrefix: prefix, source: "version input" };
    const bump = await (0,run/* runVersionBump */.Sb)(ports, {
        cwd: inputs.cwd,
        dryRun: true,
        decisionOnly: true,
        ...(inputs.prerelease ? { prerelease: inputs.prerelease } : {}),
        ...(inputs.branch ? { branch: inputs.branch } : {}),
        ...(inputs.package ? { package: inputs.package } : {}),
        ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
    });
    if (bump.packages.length > 1) {
        throw new errors/* ConfigurationError */.j1(`this repository has ${bump.packages.length} packages (${bump.packages.map((pkg) => pkg.name).join(", ")}): name the one to publish with the package input`);
    }
    const decision = bump.packages[0];
    if (decision.next && decision.tag)
        return { version: decision.next, tag: decision.tag, tagPrefix: decision.tagPrefix, source: `version-bump (${decision.bump} from ${decision.previous ?? "the start"})` };
    const tags = await (0,version_tags/* readTags */.g$)(ports.git);
    const atHead = (0,version_tags/* versionTags */.OP)(tags.all.filter((tag) => tag.sha === context.head), decision.tagPrefix).versions;
    const wanted = inputs.prerelease ? atHead.filter((tag) => tag.version.prerelease[0] === inputs.prerelease) : atHead;
    const found = wanted[0];
    if (found)
        return { version: found.version.version, tag: found.name, tagPrefix: decision.tagPrefix, source: `the tag ${found.name} already on HEAD (finishing that release)` };
    throw new errors/* ConfigurationError */.j1(`no release is due: there are no releasable commits since ${decision.previousTag ?? "the start"} and HEAD carries no version tag. ` +
        "Give the version input to publish a version anyway.");
}
function tagPrefixOf(config, name) {
    const packages = config.versioning.packages;
    if (name) {
        const pkg = packages.find((candidate) => candidate.name === name);
        if (!pkg)
            throw new errors/* ConfigurationError */.j1(`there is no package '${name}'; the configured packages are: ${packages.map((candidate) => candidate.name).join(", ") || "none"}`);
        return pkg.tagPrefix;
    }
    if (packages.length > 1)
        throw new errors/* ConfigurationError */.j1("this repository has several packages: name the one to publish with the package input");
    return packages[0]?.tagPrefix ?? config.versioning.tagPrefix;
}
/** The version without build metadata, as tags and registries carry it. */
function coreVersion(version) {
    return semver.parse(version)?.version ?? version;
}

;// CONCATENATED MODULE: ./packages/core/src/publish/run.ts
















/** publish's observe and plan, without applying: runPublish applies it; a rollback's roll-forward asks whether it is all done. */
async function preparePublish(ports, inputs) {
    const { files, reporter } = ports;
    const repository = await (0,version_bump_repository/* inspectRepository */.Fl)(ports.git, inputs.branch);
    const config = await (0,load/* loadConfig */.Z)(files, inputs.configPath ? { configPath: inputs.configPath } : {});
    const settings = (0,publish_settings/* publishSettings */.nR)(config, inputs);
    const git = await withRemoteToken(ports.git, settings.remote, ports.pushToken, ports.env.GITHUB_SERVER_URL);
    const release = await decideReleaseVersion(ports, inputs, { head: repository.head, config });
    reporter.info(`releasing ${release.tag} (${release.source})`);
    let lastSeen;
    const forge = ports.forge ? remembering(oneLookupPerRun(ports.forge), (seen) => (lastSeen = seen)) : undefined;
    // A dry-run reads what the earlier dry-runs planned (the record's release notes) over the repository.
    const seen = inputs.dryRun && inputs.plannedDir ? { files: new planned_files/* PlannedFiles */.eA(files, inputs.plannedDir) } : {};
    const observed = await observe({ ...ports, ...seen, git, ...(forge ? { forge } : {}) }, inputs, settings, { head: repository.head, branch: repository.branch, release, config });
    const plan = planPublish(observed);
    const hash = (0,plan_plan/* planHash */.SH)(plan);
    const registry = observed.npm ? ports.registryFor(observed.npm.registry) : undefined;
    const handlers = {
        "git-tag": gitTagHandler(git),
        "git-push-branch": pushBranchHandler(git),
        "git-push-tag": pushTagHandler(git),
        "floating-tag": floatingTagHandler(git),
        ...(forge ? { "release-draft": releaseDraftHandler(forge), "release-asset": releaseAssetHandler(forge, files.root), "release-publish": releasePublishHandler(forge) } : {}),
        ...(registry ? { "npm-publish": npmPublishHandler(registry) } : {}),
    };
    const wrapped = ports.wrapHandler ? Object.fromEntries(Object.entries(handlers).map(([kind, handler]) => [kind, ports.wrapHandler(kind, handler)])) : handlers;
    const evidenceDir = ports.evidenceDir ?? (0,external_node_path_.join)(repository.gitDir, "cadence", "evidence");
    const evidencePath = (0,external_node_path_.join)(evidenceDir, `publish-${release.tag.replace(/[^0-9A-Za-z.@_-]/g, "_")}-${hash.slice(7, 19)}.yaml`);
    return { observed, plan, planHash: hash, handlers: wrapped, evidencePath, lastSeen: () => lastSeen };
}
/** publish from start to end: observe, plan, and (unless dry-run) apply. */
async function runPublish(ports, inputs) {
    const prepared = await preparePublish(ports, inputs);
    const { observed, plan, planHash: hash, evidencePath } = prepared;
    const applied = await (0,apply/* applyPlan */.g)(plan, prepared.handlers, {
        dryRun: inputs.dryRun,
        ...(inputs.planHash ? { expectedPlanHash: inputs.planHash } : {}),
        reporter: ports.reporter,
        evidence: publishEvidenceWriter(evidencePath, { plan, hash, observed, clock: ports.clock, env: ports.env }, () => prepared.lastSeen()?.url ?? null),
    });
    const existing = observed.forge?.existing;
    const seen = prepared.lastSeen() ?? (existing ? { id: existing.id, url: existing.url, draft: existing.draft } : undefined);
    return {
        observed,
        plan,
        planHash: hash,
        applied,
        ...(seen ? { release: { id: seen.id, url: seen.url, draft: seen.draft } } : {}),
        ...(inputs.dryRun ? {} : { evidencePath }),
    };
}
function remembering(forge, remember) {
    const keep = (release) => {
        if (release)
            remember(release);
        return release;
    };
    return {
        description: forge.description,
        checkReleaseAccess: () => forge.checkReleaseAccess(),
        findRelease: async (tag) => keep(await forge.findRelease(tag)),
        createDraftRelease: async (release) => keep(await forge.createDraftRelease(release)),
        uploadAsset: (release, asset) => forge.uploadAsset(release, asset),
        deleteAsset: (release, asset) => forge.deleteAsset(release, asset),
        publishRelease: async (release, options) => keep(await forge.publishRelease(release, options)),
        findPublishedRelease: async (tag) => keep(await forge.findPublishedRelease(tag)),
        latestRelease: () => forge.latestRelease(),
        updateRelease: async (release, edit) => keep(await forge.updateRelease(release, edit)),
    };
}


/***/ }),

/***/ 9816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nR: () => (/* binding */ publishSettings),
/* harmony export */   ou: () => (/* binding */ fillTemplate),
/* harmony export */   sx: () => (/* binding */ DEFAULT_REGISTRY)
/* harmony export */ });
const DEFAULT_REGISTRY = "https://registry.npmjs.org/";
/** Merges the config's publish section with the inputs; inputs win. The schema has already checked the section's shape. */
function publishSettings(config, inputs) {
    const section = (config.raw.publish ?? {});
    const release = section.release ?? {};
    const npm = section.npm ?? {};
    const notesFile = inputs.notesFile ?? release["notes-file"];
    const access = npm.access;
    const distTag = inputs.distTag;
    return {
        remote: inputs.remote ?? section.remote ?? "origin",
        tagMessage: section["tag-message"] ?? "Release {tag}",
        floatingTags: inputs.floatingTags ?? section["floating-tags"] ?? "auto",
        release: {
            enabled: inputs.release ?? release.enabled ?? true,
            name: release.name ?? "{tag}",
            ...(notesFile ? { notesFile } : {}),
            assets: inputs.assets ?? release.assets ?? [],
        },
        npm: {
            packages: inputs.npmPackages ?? npm.packages ?? "auto",
            registry: inputs.registry ?? npm.registry ?? DEFAULT_REGISTRY,
            ...(access ? { access } : {}),
            provenance: inputs.provenance ?? npm.provenance ?? "auto",
            distTags: npm["dist-tags"] ?? {},
            ...(distTag ? { distTag } : {}),
        },
    };
}
/** Fills {tag} and {version} in a template from the configuration. */
function fillTemplate(template, values) {
    return template.replace(/\{tag\}/g, values.tag).replace(/\{version\}/g, values.version);
}


/***/ }),

/***/ 2687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ NpmCli)
/* harmony export */ });
/* unused harmony export RegistryError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1260);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5341);





/** The environment variable the generated .npmrc reads the token from: the file itself never holds it. */
const TOKEN_VARIABLE = "CADENCE_NPM_TOKEN";
/** A failure of the npm command line, with its output cleaned of any credential. */
class RegistryError extends Error {
    code;
    name = "RegistryError";
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
/** The Registry port over the `npm` command line, against any registry URL. */
class NpmCli {
    options;
    url;
    constructor(options) {
        this.options = options;
        this.url = options.registry.endsWith("/") ? options.registry : `${options.registry}/`;
    }
    // Reads go straight to the registry's HTTP API: the same documents `npm view` reads, without starting npm.
    async view(name, version) {
        const doc = await this.fetchDocument(`${packagePath(name)}/${encodeURIComponent(version)}`);
        const dist = doc?.dist;
        if (!dist?.shasum)
            return undefined;
        return { name, version, shasum: dist.shasum, ...(dist.integrity ? { integrity: dist.integrity } : {}) };
    }
    async distTags(name) {
        const doc = await this.fetchDocument(packagePath(name));
        return (doc?.["dist-tags"]) ?? {};
    }
    async packageState(name) {
        const doc = (await this.fetchDocument(packagePath(name)));
        if (!doc)
            return undefined;
        const versions = {};
        for (const [version, entry] of Object.entries(doc.versions ?? {})) {
            versions[version] = { deprecated: typeof entry.deprecated === "string" && entry.deprecated !== "" ? entry.deprecated : null };
        }
        return { distTags: doc["dist-tags"] ?? {}, versions };
    }
    async fetchDocument(path) {
        let response;
        // A GET is safe to repeat: a kept-alive connection the registry has just closed is tried again.
        for (let attempt = 1; !response; attempt++) {
            try {
                response = await fetch(`${this.url}${path}`, {
                    headers: { accept: "application/json", ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}) },
                    signal: AbortSignal.timeout(60_000),
                });
            }
            catch (error) {
                if (attempt < 3 && !(error instanceof Error && error.name === "TimeoutError"))
                    continue;
                const cause = error instanceof Error ? (error.cause?.message ?? error.message) : String(error);
                throw new RegistryError(`could not reach the registry ${this.url}: ${this.scrub(cause)}`, undefined);
            }
        }
        if (response.status === 404)
            return undefined;
        if (response.status === 401 || response.status === 403) {
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`the registry ${this.url} refused to show ${decodeURIComponent(path)} (HTTP ${response.status}): the npm token may not read it`);
        }
        if (!response.ok)
            throw new RegistryError(`the registry ${this.url} answered HTTP ${response.status} for ${decodeURIComponent(path)}`, `E${response.status}`);
        return response.json();
    }
    async pack(folder) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(this.options.cwd, folder);
        // Scripts are not run: computing the digest must not change the working tree.
        const result = await this.npm(["pack", "--dry-run", "--json", "--ignore-scripts"], dir, true);
        if (result.exitCode !== 0)
            throw this.failure("pack", result, folder);
        const [packed] = JSON.parse(result.stdout);
        if (!packed)
            throw new RegistryError(`npm pack printed nothing for ${folder}`, undefined);
        const manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "package.json"), "utf8"));
        const isPrivate = manifest.private === true;
        return { name: packed.name, version: packed.version, shasum: packed.shasum, integrity: packed.integrity, private: isPrivate };
    }
    async publish(folder, options) {
        const args = ["publish", "--tag", options.distTag, "--json"];
        if (options.provenance)
            args.push("--provenance");
        if (options.access)
            args.push("--access", options.access);
        const result = await this.npm(args, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(this.options.cwd, folder), true);
        if (result.exitCode !== 0)
            throw this.failure("publish", result, folder);
    }
    async setDistTag(name, version, tag) {
        const result = await this.npm(["dist-tag", "add", `${name}@${version}`, tag], this.options.cwd, true);
        if (result.exitCode !== 0)
            throw this.failure("dist-tag", result);
    }
    async deprecate(name, version, message) {
        // npm reads the package document, sets `deprecated` on the version and writes the document back.
        const result = await this.npm(["deprecate", `${name}@${version}`, message], this.options.cwd, true);
        if (result.exitCode !== 0)
            throw this.failure("deprecate", result);
    }
    async whoami() {
        const result = await this.npm(["whoami"], this.options.cwd, true);
        if (result.exitCode !== 0) {
            const failure = this.failure("whoami", result);
            if (failure instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1)
                throw failure;
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`the registry ${this.url} does not accept the npm credentials (${failure.message}). Set NODE_AUTH_TOKEN or the npm-token input to a token that may publish.`);
        }
        return result.stdout.trim();
    }
    get canCheckWriteAccess() {
        return this.options.token !== undefined;
    }
    async writeAccess(name, tag, version) {
        if (!this.options.token)
            throw new Error("writeAccess needs the npm token (canCheckWriteAccess is false)");
        const path = `-/package/${packagePath(name)}/dist-tags/${encodeURIComponent(tag)}`;
        let response;
        try {
            // npm's own client skips this request when the tag already has the version, so it is made here.
            response = await fetch(`${this.url}${path}`, {
                method: "PUT",
                headers: { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${this.options.token}` },
                body: JSON.stringify(version),
                signal: AbortSignal.timeout(60_000),
            });
        }
        catch (error) {
            const cause = error instanceof Error ? (error.cause?.message ?? error.message) : String(error);
            throw new RegistryError(`could not reach the registry ${this.url}: ${this.scrub(cause)}`, undefined);
        }
        const said = this.scrub((await response.text().catch(() => "")).slice(0, 300));
        if (response.ok)
            return { granted: true };
        if (response.status === 401 || response.status === 403) {
            const reason = /"error"\s*:\s*"([^"]*)"/.exec(said)?.[1] ?? `HTTP ${response.status}`;
            return { granted: false, why: `the registry ${this.url} answered HTTP ${response.status}: ${reason}` };
        }
        const asked = `when asked whether the npm token may write ${name}`;
        throw new RegistryError(`the registry ${this.url} answered HTTP ${response.status} ${asked}: ${said}`, `E${response.status}`);
    }
    /**
     * Runs npm against the registry. With a token, npm gets a throw-away userconfig that reads the
     * token from an environment variable (the file never holds it); without one, the user's own
     * npm configuration applies (a laptop login, or setup-node's .npmrc).
     */
    async npm(args, cwd, allowFailure) {
        const env = {};
        // npm runs the package's lifecycle scripts with its environment: they never get the action's
        // inputs (the GitHub token that pushes the release among them) or the GitHub tokens. The job's
        // OIDC request variables stay: npm's provenance needs them.
        for (const [key, value] of Object.entries(process.env))
            if (value !== undefined && !/^INPUT_/i.test(key) && key !== "GITHUB_TOKEN" && key !== "GH_TOKEN")
                env[key] = value;
        Object.assign(env, { npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" });
        const dir = this.options.token ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "cadence-npm-")) : undefined;
        try {
            if (dir) {
                const userconfig = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, ".npmrc");
                const host = this.url.replace(/^https?:/, "");
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(userconfig, `registry=${this.url}\n${host}:_authToken=\${${TOKEN_VARIABLE}}\n`, { mode: 0o600 });
                for (const key of Object.keys(env))
                    if (/^npm_config_userconfig$/i.test(key))
                        delete env[key];
                env.npm_config_userconfig = userconfig;
                env[TOKEN_VARIABLE] = this.options.token;
            }
            let result;
            try {
                result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_3__/* .getExecOutput */ .H)(this.options.npm ?? "npm", [...args, "--registry", this.url], { cwd, env, silent: true, ignoreReturnCode: allowFailure });
            }
            catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`could not run npm in ${cwd}: ${this.scrub(message)}. Is npm installed, and does the package folder exist?`);
            }
            return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
        }
        finally {
            if (dir)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        }
    }
    failure(command, result, folder) {
        const code = errorCode(result.stdout + result.stderr);
        const detail = this.scrub(summarize(result.stdout, result.stderr));
        const where = folder ? ` (package folder ${folder})` : "";
        if (code === "E401" || code === "ENEEDAUTH") {
            return new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`npm ${command}${where}: the registry ${this.url} refused the credentials (${code}). Set NODE_AUTH_TOKEN or the npm-token input to a token that may publish.`);
        }
        if (code === "E403")
            return new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`npm ${command}${where}: the registry ${this.url} forbids it (E403): ${detail}`);
        return new RegistryError(`npm ${command}${where} failed with exit code ${result.exitCode}${code ? ` (${code})` : ""}: ${detail}`, code);
    }
    /** Removes the token from anything npm printed, in case a registry echoes it back. */
    scrub(text) {
        const token = this.options.token;
        return token ? text.split(token).join("***") : text;
    }
}
/** `@scope/name` travels as `@scope%2fname` in registry URLs. */
function packagePath(name) {
    return name.startsWith("@") ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name);
}
function errorCode(text) {
    return /"code":\s*"(E[A-Z0-9]+)"/.exec(text)?.[1] ?? /npm (?:error|ERR!) code (E[A-Z0-9]+)/.exec(text)?.[1];
}
function summarize(stdout, stderr) {
    try {
        const parsed = JSON.parse(stdout);
        if (parsed.error?.summary)
            return parsed.error.summary;
    }
    catch {
        // not JSON: fall back to stderr
    }
    const lines = stderr.split("\n").filter((line) => /npm (error|ERR!)/.test(line) && !/A complete log|verbose/.test(line));
    return lines.slice(0, 4).map((line) => line.replace(/^npm (error|ERR!)\s*/, "")).join(" ").trim() || stderr.trim().split("\n").slice(-2).join(" ");
}


/***/ })

};
