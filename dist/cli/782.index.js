export const id = 782;
export const ids = [782];
export const modules = {

/***/ 798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ describePermission),
/* harmony export */   Q: () => (/* binding */ ForgeError)
/* harmony export */ });
/** Workflow `permissions:` names (or token settings) for the permission ids GitHub reports in x-accepted-github-permissions. */
const PERMISSION_NAMES = {
    checks: "checks",
    statuses: "statuses",
    pull_requests: "pull-requests",
    issues: "issues",
    contents: "contents",
    metadata: "metadata",
    vulnerability_alerts: "Dependabot alerts",
    security_events: "security-events",
    deployments: "deployments",
    packages: "packages",
};
/** A forge request that failed; keeps the HTTP status (undefined for timeouts and network errors). */
class ForgeError extends Error {
    status;
    operation;
    missingPermission;
    name = "ForgeError";
    constructor(message, status, operation, 
    /** For 403: the permission the token lacks, as GitHub names it (e.g. "vulnerability_alerts=read"). */
    missingPermission) {
        super(message);
        this.status = status;
        this.operation = operation;
        this.missingPermission = missingPermission;
    }
}
/** "vulnerability_alerts=read" → "Dependabot alerts: read"; several alternatives are separated by ";". */
function describePermission(accepted) {
    return accepted
        .split(";")
        .map((alternative) => alternative
        .split(",")
        .map((pair) => {
        const [name = "", level = "read"] = pair.trim().split("=");
        return `${PERMISSION_NAMES[name] ?? name}: ${level}`;
    })
        .join(" and "))
        .join(", or ");
}


/***/ }),

/***/ 8366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ createOctokit),
/* harmony export */   RU: () => (/* binding */ GitHubForge),
/* harmony export */   Zf: () => (/* binding */ toForgeError)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(798);





/** Builds Octokit with the retry and throttling plugins and a per-request timeout. */
function createOctokit(options) {
    const retries = options.retries ?? 3;
    const base = options.retryBaseMs ?? 1000;
    const log = options.log ?? (() => { });
    const timeoutMs = options.timeoutMs ?? 30_000;
    // The proxy-aware fetch of @actions/github, with a timeout on each attempt (retries get a fresh one).
    const baseFetch = (_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch);
    const timedFetch = (url, init) => {
        const limit = AbortSignal.timeout(timeoutMs);
        return baseFetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit });
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: (options.baseUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
        request: { fetch: timedFetch },
        retry: { retries, retryAfterBaseValue: base },
        throttle: {
            retryAfterBaseValue: base,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: (after, request, _octokit, count) => {
                log(`rate limit on ${request.method} ${request.url}; retrying in ${after}s (attempt ${count + 1})`);
                return count < retries;
            },
            onSecondaryRateLimit: (after, request, _octokit, count) => {
                log(`secondary rate limit on ${request.method} ${request.url}; retrying in ${after}s (attempt ${count + 1})`);
                return count < retries;
            },
        },
        log: { debug: () => { }, info: () => { }, warn: (message) => log(message), error: (message) => log(message) },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
    return octokit;
}
/** Turns whatever Octokit threw into a ForgeError that says what failed and what to do; never includes the token. */
function toForgeError(error, operation) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ForgeError */ .Q)
        return error;
    const failure = error;
    const said = failure.response?.data?.message ?? failure.message ?? String(error);
    // Octokit reports a fetch that never answered as status 500 without a response.
    const noAnswer = failure.response === undefined;
    const status = typeof failure.status === "number" && failure.status > 0 && !noAnswer ? failure.status : undefined;
    if (status === undefined) {
        const timedOut = failure.name === "TimeoutError" || /aborted|timeout/i.test(said);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ForgeError */ .Q(`${operation} ${timedOut ? "timed out" : `failed: ${said}`}`, undefined, operation);
    }
    if (status === 401)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ForgeError */ .Q(`${operation}: GitHub rejected the token (401 ${said}); check the token input`, status, operation);
    if (status === 403) {
        const accepted = failure.response?.headers?.["x-accepted-github-permissions"];
        if (accepted) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ForgeError */ .Q(`${operation}: the token lacks the permission ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describePermission */ .D)(accepted)} (GitHub answered 403: ${said})`, status, operation, accepted);
        }
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ForgeError */ .Q(`${operation}: GitHub refused (403: ${said})`, status, operation);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ForgeError */ .Q(`${operation}: GitHub answered ${status}: ${said}`, status, operation);
}
function checkRunState(status, conclusion) {
    if (status !== "completed")
        return "pending";
    return conclusion === "success" || conclusion === "neutral" || conclusion === "skipped" ? "passed" : "failed";
}
function statusState(state) {
    return state === "success" ? "passed" : state === "pending" ? "pending" : "failed";
}
/** The Forge port over GitHub's REST API. */
class GitHubForge {
    octokit;
    repository;
    owner;
    repo;
    constructor(octokit, repository) {
        this.octokit = octokit;
        this.repository = repository;
        const [owner, repo] = repository.split("/");
        if (!owner || !repo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ForgeError */ .Q(`the repository must be owner/name, not '${repository}'`, undefined, "configuration");
        this.owner = owner;
        this.repo = repo;
    }
    static create(options) {
        return new GitHubForge(createOctokit(options), options.repository);
    }
    async call(operation, body) {
        try {
            return await body();
        }
        catch (error) {
            throw toForgeError(error, operation);
        }
    }
    milestoneNumber(title) {
        return this.call(`GET /repos/${this.repository}/milestones`, async () => {
            const milestones = await this.octokit.paginate(this.octokit.rest.issues.listMilestones, { owner: this.owner, repo: this.repo, state: "all", per_page: 100 });
            return milestones.find((milestone) => milestone.title === title)?.number;
        });
    }
    openPullRequests(filter) {
        return this.call(`GET /repos/${this.repository}/issues`, async () => {
            const issues = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
                owner: this.owner,
                repo: this.repo,
                state: "open",
                per_page: 100,
                ...(filter.milestone !== undefined ? { milestone: String(filter.milestone) } : {}),
                ...(filter.label ? { labels: filter.label } : {}),
            });
            return issues
                .filter((issue) => issue.pull_request)
                .map((issue) => ({
                number: issue.number,
                title: issue.title,
                url: issue.html_url,
                draft: Boolean(issue.draft),
                labels: issue.labels.map((label) => (typeof label === "string" ? label : (label.name ?? ""))),
            }));
        });
    }
    async commitChecks(ref) {
        const runs = await this.call(`GET /repos/${this.repository}/commits/${ref}/check-runs`, () => this.octokit.paginate(this.octokit.rest.checks.listForRef, { owner: this.owner, repo: this.repo, ref, filter: "latest", per_page: 100 }));
        const combined = await this.call(`GET /repos/${this.repository}/commits/${ref}/status`, () => this.octokit.rest.repos.getCombinedStatusForRef({ owner: this.owner, repo: this.repo, ref, per_page: 100 }));
        return [
            ...runs.map((run) => ({ name: run.name, source: "check-run", state: checkRunState(run.status, run.conclusion), detail: run.conclusion ?? run.status, ...(run.html_url ? { url: run.html_url } : {}) })),
            ...combined.data.statuses.map((status) => ({ name: status.context, source: "status", state: statusState(status.state), detail: status.state, ...(status.target_url ? { url: status.target_url } : {}) })),
        ];
    }
    vulnerabilityAlerts() {
        return this.call(`GET /repos/${this.repository}/dependabot/alerts`, async () => {
            const alerts = await this.octokit.paginate(this.octokit.rest.dependabot.listAlertsForRepo, { owner: this.owner, repo: this.repo, state: "open", per_page: 100 });
            return alerts.map((alert) => ({
                id: alert.security_advisory.ghsa_id,
                packageName: alert.dependency.package?.name ?? "unknown",
                severity: alert.security_advisory.severity,
                summary: alert.security_advisory.summary,
                ...(alert.dependency.manifest_path ? { manifest: alert.dependency.manifest_path } : {}),
                url: alert.html_url,
            }));
        });
    }
}


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ chooseReleaseForge)
});

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/forge/errors.ts
var forge_errors = __webpack_require__(798);
// EXTERNAL MODULE: ./packages/core/src/forge/github.ts
var github = __webpack_require__(8366);
;// CONCATENATED MODULE: ./packages/core/src/forge/github-releases.ts




/**
 * Releases through GitHub's REST API (Octokit with the retry and throttling plugins, from
 * github.ts). A release is found by listing the newest page of releases, because drafts have no
 * by-tag lookup; the release a run creates is always among the newest.
 */
class GitHubReleases {
    octokit;
    repository;
    description;
    owner;
    repo;
    /** upload_url by release id, as GitHub returned it: uploads go where GitHub says. */
    uploadUrls = new Map();
    constructor(octokit, repository) {
        this.octokit = octokit;
        this.repository = repository;
        const [owner, repo] = repository.split("/");
        if (!owner || !repo)
            throw new errors/* ConfigurationError */.j1(`the repository must be owner/name, not '${repository}'`);
        this.owner = owner;
        this.repo = repo;
        this.description = `GitHub ${repository}`;
    }
    static create(options) {
        return new GitHubReleases((0,github/* createOctokit */.Qi)(options), options.repository);
    }
    /** Runs one request; a refusal the user can fix (401, 403 for a permission) becomes a ConfigurationError. */
    async call(operation, body) {
        try {
            return await body();
        }
        catch (error) {
            const failure = (0,github/* toForgeError */.Zf)(error, operation);
            if (failure.status === 401 || (failure.status === 403 && failure.missingPermission))
                throw new errors/* ConfigurationError */.j1(failure.message);
            if (failure.status === 403 && /not accessible by integration/i.test(failure.message)) {
                throw new errors/* ConfigurationError */.j1(`${failure.message}. Releases need the permission contents: write (add \`permissions: contents: write\` to the job).`);
            }
            throw failure;
        }
    }
    async checkReleaseAccess() {
        const { data } = await this.call(`GET /repos/${this.repository}`, () => this.octokit.rest.repos.get({ owner: this.owner, repo: this.repo }));
        // User tokens report their permissions here; installation tokens do not, and a write that is refused says which permission it needed.
        if (data.permissions && !data.permissions.push) {
            throw new errors/* ConfigurationError */.j1(`the token may not write to ${this.repository}: releases and tags need the permission contents: write`);
        }
    }
    async checkReleaseWrite(tag) {
        // Generating notes needs contents: write, like every release write, and writes nothing.
        try {
            await this.call(`POST /repos/${this.repository}/releases/generate-notes`, () => this.octokit.rest.repos.generateReleaseNotes({ owner: this.owner, repo: this.repo, tag_name: tag }));
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j1))
                throw error;
            throw new errors/* ConfigurationError */.j1(`the token may not edit the releases of ${this.repository}, asked before any change (${error.message}). ` +
                "Releases need the permission contents: write (add `permissions: contents: write` to the job).");
        }
    }
    async findRelease(tag) {
        const { data } = await this.call(`GET /repos/${this.repository}/releases`, () => this.octokit.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: 100 }));
        const found = data.find((release) => release.tag_name === tag);
        return found ? this.present(found) : undefined;
    }
    async createDraftRelease(release) {
        const { data } = await this.call(`POST /repos/${this.repository}/releases`, () => this.octokit.rest.repos.createRelease({
            owner: this.owner,
            repo: this.repo,
            tag_name: release.tag,
            target_commitish: release.commit,
            name: release.name,
            body: release.body,
            draft: true,
            prerelease: release.prerelease,
        }));
        return this.present(data);
    }
    async uploadAsset(release, asset) {
        const content = await (0,promises_.readFile)(asset.path);
        const template = this.uploadUrls.get(release.id) ?? (await this.findRelease(release.tag).then(() => this.uploadUrls.get(release.id)));
        if (!template)
            throw new forge_errors/* ForgeError */.Q(`the release ${release.tag} has no upload URL`, undefined, "upload");
        const { data } = await this.call(`POST ${template.replace(/\{.*$/, "")}`, () => this.octokit.request(`POST ${template}`, {
            name: asset.name,
            data: content,
            headers: { "content-type": asset.contentType },
        }));
        return presentAsset(data);
    }
    async deleteAsset(_release, asset) {
        await this.call(`DELETE /repos/${this.repository}/releases/assets/${asset.id}`, () => this.octokit.rest.repos.deleteReleaseAsset({ owner: this.owner, repo: this.repo, asset_id: asset.id }));
    }
    async publishRelease(release, options) {
        const { data } = await this.call(`PATCH /repos/${this.repository}/releases/${release.id}`, () => this.octokit.rest.repos.updateRelease({ owner: this.owner, repo: this.repo, release_id: release.id, draft: false, prerelease: options.prerelease, make_latest: options.makeLatest }));
        return this.present(data);
    }
    async findPublishedRelease(tag) {
        return this.optional(`GET /repos/${this.repository}/releases/tags/${tag}`, () => this.octokit.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag }));
    }
    async latestRelease() {
        return this.optional(`GET /repos/${this.repository}/releases/latest`, () => this.octokit.rest.repos.getLatestRelease({ owner: this.owner, repo: this.repo }));
    }
    async updateRelease(release, edit) {
        const { data } = await this.call(`PATCH /repos/${this.repository}/releases/${release.id}`, () => this.octokit.rest.repos.updateRelease({
            owner: this.owner,
            repo: this.repo,
            release_id: release.id,
            ...(edit.name !== undefined ? { name: edit.name } : {}),
            ...(edit.body !== undefined ? { body: edit.body } : {}),
            ...(edit.makeLatest !== undefined ? { make_latest: edit.makeLatest } : {}),
        }));
        return this.present(data);
    }
    /** One read that answers 404 when there is nothing: undefined then, any other failure thrown. */
    async optional(operation, body) {
        try {
            const { data } = await this.call(operation, body);
            return this.present(data);
        }
        catch (error) {
            if (error instanceof forge_errors/* ForgeError */.Q && error.status === 404)
                return undefined;
            throw error;
        }
    }
    present(data) {
        this.uploadUrls.set(data.id, data.upload_url);
        return {
            id: data.id,
            tag: data.tag_name,
            name: data.name ?? data.tag_name,
            body: data.body ?? "",
            draft: data.draft,
            prerelease: data.prerelease,
            url: data.html_url,
            immutable: data.immutable === true,
            assets: data.assets.map(presentAsset),
            ...(data.published_at && !data.draft ? { publishedAt: new Date(data.published_at).toISOString() } : {}),
        };
    }
}
function presentAsset(data) {
    return { id: data.id, name: data.name, size: data.size, digest: data.digest ?? null, state: data.state };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/adapters/files.ts + 1 modules
var files = __webpack_require__(3848);
;// CONCATENATED MODULE: ./packages/core/src/forge/local.ts




/**
 * A forge that keeps releases in a folder: `<dir>/<tag>/release.json` and the assets beside it.
 * The CLI uses it when there is no GitHub token, so a release can be rehearsed on a laptop.
 */
class LocalForge {
    dir;
    now;
    description;
    constructor(dir, now = () => new Date()) {
        this.dir = dir;
        this.now = now;
        this.description = `local folder ${dir}`;
    }
    async checkReleaseAccess() {
        // A folder the user owns: nothing to check before the first write creates it.
    }
    async findRelease(tag) {
        const stored = await this.read(tag);
        return stored ? this.present(stored) : undefined;
    }
    async createDraftRelease(release) {
        const existing = await this.read(release.tag);
        if (existing)
            return this.present(existing);
        const stored = {
            id: await this.nextId(),
            tag: release.tag,
            name: release.name,
            body: release.body,
            commit: release.commit,
            draft: true,
            prerelease: release.prerelease,
            immutable: false,
            createdAt: this.now().toISOString(),
            publishedAt: null,
        };
        await this.write(stored);
        return this.present(stored);
    }
    async uploadAsset(release, asset) {
        const folder = (0,external_node_path_.join)(this.folder(release.tag), "assets");
        await (0,promises_.mkdir)(folder, { recursive: true });
        const temporary = (0,external_node_path_.join)(folder, `.${asset.name}.${(0,external_node_crypto_.randomBytes)(4).toString("hex")}.partial`);
        await (0,promises_.copyFile)(asset.path, temporary);
        await (0,promises_.rename)(temporary, (0,external_node_path_.join)(folder, asset.name));
        const found = (await this.assets(release.tag)).find((candidate) => candidate.name === asset.name);
        if (!found)
            throw new Error(`the asset ${asset.name} vanished after upload`);
        return found;
    }
    async deleteAsset(release, asset) {
        await (0,promises_.rm)((0,external_node_path_.join)(this.folder(release.tag), "assets", asset.name), { force: true });
    }
    async publishRelease(release, options) {
        const stored = await this.read(release.tag);
        if (!stored)
            throw new Error(`there is no release for ${release.tag} to publish`);
        const published = { ...stored, draft: false, prerelease: options.prerelease, makeLatest: options.makeLatest, publishedAt: this.now().toISOString() };
        await this.write(published);
        if (options.makeLatest === "true" && !options.prerelease)
            await this.markLatest(published.tag);
        return this.present(published);
    }
    async findPublishedRelease(tag) {
        const stored = await this.read(tag);
        return stored && !stored.draft ? this.present(stored) : undefined;
    }
    /**
     * The release last made Latest: each marking gives its release the next `latestOrder`. Releases
     * written before that field existed count in the order they were published.
     */
    async latestRelease() {
        const rank = (stored) => [stored.latestOrder ?? 0, stored.publishedAt ?? ""];
        let best;
        for (const stored of await this.readAll()) {
            if (stored.draft || stored.prerelease || (stored.makeLatest !== "true" && stored.latestOrder === undefined))
                continue;
            if (!best)
                best = stored;
            else {
                const [order, at] = rank(stored);
                const [bestOrder, bestAt] = rank(best);
                if (order > bestOrder || (order === bestOrder && at > bestAt))
                    best = stored;
            }
        }
        return best ? this.present(best) : undefined;
    }
    async updateRelease(release, edit) {
        const stored = await this.read(release.tag);
        if (!stored)
            throw new Error(`there is no release for ${release.tag} to edit`);
        const edited = { ...stored, ...(edit.name !== undefined ? { name: edit.name } : {}), ...(edit.body !== undefined ? { body: edit.body } : {}) };
        await this.write(edited);
        if (edit.makeLatest === "true" && !edited.draft && !edited.prerelease)
            await this.markLatest(edited.tag);
        return this.present(edited);
    }
    async markLatest(tag) {
        const all = await this.readAll();
        const stored = all.find((candidate) => candidate.tag === tag);
        if (!stored)
            return;
        const order = Math.max(0, ...all.map((candidate) => candidate.latestOrder ?? 0)) + 1;
        await this.write({ ...stored, latestOrder: order });
    }
    async readAll() {
        let entries = [];
        try {
            entries = await (0,promises_.readdir)(this.dir);
        }
        catch (error) {
            if (error.code !== "ENOENT")
                throw error;
        }
        const all = [];
        for (const entry of entries) {
            const stored = await this.read(decodeURIComponent(entry));
            if (stored)
                all.push(stored);
        }
        return all;
    }
    folder(tag) {
        return (0,external_node_path_.join)(this.dir, encodeURIComponent(tag));
    }
    async read(tag) {
        try {
            return JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(this.folder(tag), "release.json"), "utf8"));
        }
        catch (error) {
            if (error.code === "ENOENT")
                return undefined;
            throw error;
        }
    }
    async write(stored) {
        await (0,files/* writeFileAtomic */.Z)((0,external_node_path_.join)(this.folder(stored.tag), "release.json"), `${JSON.stringify(stored, null, 2)}\n`);
    }
    async present(stored) {
        return {
            id: stored.id,
            tag: stored.tag,
            name: stored.name,
            body: stored.body,
            draft: stored.draft,
            prerelease: stored.prerelease,
            immutable: stored.immutable,
            url: this.folder(stored.tag),
            assets: await this.assets(stored.tag),
            ...(stored.publishedAt && !stored.draft ? { publishedAt: stored.publishedAt } : {}),
        };
    }
    async assets(tag) {
        const folder = (0,external_node_path_.join)(this.folder(tag), "assets");
        let names;
        try {
            names = (await (0,promises_.readdir)(folder)).filter((name) => !name.startsWith(".")).sort();
        }
        catch (error) {
            if (error.code === "ENOENT")
                return [];
            throw error;
        }
        const assets = [];
        for (const [index, name] of names.entries()) {
            const path = (0,external_node_path_.join)(folder, name);
            const content = await (0,promises_.readFile)(path);
            assets.push({ id: index + 1, name, size: (await (0,promises_.stat)(path)).size, digest: `sha256:${(0,external_node_crypto_.createHash)("sha256").update(content).digest("hex")}`, state: "uploaded" });
        }
        return assets;
    }
    async nextId() {
        let entries = [];
        try {
            entries = await (0,promises_.readdir)(this.dir);
        }
        catch (error) {
            if (error.code !== "ENOENT")
                throw error;
        }
        return entries.length + 1;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/forge-choice.ts



/** GitHub when there is a token, the local folder forge otherwise (the CLI's default). */
function chooseReleaseForge(choice) {
    if (!choice.token) {
        if (choice.requireToken) {
            throw new errors/* ConfigurationError */.j1("there is no GitHub token: the github-token input is empty. Leave it at its default (${{ github.token }}) or pass a token with the permission contents: write.");
        }
        return new LocalForge(choice.localDir);
    }
    if (!choice.repository || !/^[^/\s]+\/[^/\s]+$/.test(choice.repository)) {
        throw new errors/* ConfigurationError */.j1(`the GitHub repository must be owner/name (GITHUB_REPOSITORY, or --repository), not '${choice.repository ?? ""}'`);
    }
    return GitHubReleases.create({ token: choice.token, repository: choice.repository, ...(choice.apiUrl ? { baseUrl: choice.apiUrl } : {}), ...(choice.log ? { log: choice.log } : {}) });
}


/***/ })

};
