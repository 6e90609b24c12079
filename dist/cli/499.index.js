export const id = 499;
export const ids = [499];
export const modules = {

/***/ 2880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishCommand: () => (/* binding */ publishCommand),
  publishHelp: () => (/* binding */ publishHelp)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/publish/inputs.ts
var publish_inputs = __webpack_require__(5792);
// EXTERNAL MODULE: ./packages/core/src/inputs/paths.ts
var paths = __webpack_require__(9563);
// EXTERNAL MODULE: ./packages/core/src/adapters/reporter-terminal.ts
var reporter_terminal = __webpack_require__(1206);
// EXTERNAL MODULE: ./packages/core/src/adapters/git-cli.ts
var git_cli = __webpack_require__(5577);
// EXTERNAL MODULE: ./packages/core/src/publish/forge-choice.ts + 2 modules
var forge_choice = __webpack_require__(5782);
// EXTERNAL MODULE: ./packages/core/src/publish/run.ts + 11 modules
var run = __webpack_require__(5946);
// EXTERNAL MODULE: ./packages/core/src/adapters/files.ts + 1 modules
var files = __webpack_require__(3848);
// EXTERNAL MODULE: ./packages/core/src/adapters/clock.ts
var clock = __webpack_require__(3664);
// EXTERNAL MODULE: ./packages/core/src/registry/npm-cli.ts
var npm_cli = __webpack_require__(2687);
// EXTERNAL MODULE: ./packages/core/src/plan/plan.ts
var plan = __webpack_require__(1070);
;// CONCATENATED MODULE: ./packages/core/src/publish/outputs.ts

/** The action's outputs and the CLI's JSON share this one shape. */
function publishOutputs(result) {
    const { observed, applied } = result;
    const status = (id) => applied.outcomes.find((outcome) => outcome.id === id)?.status ?? "planned";
    const published = (observed.npm?.packages ?? []).map((pkg) => ({
        name: pkg.name,
        version: pkg.version,
        folder: pkg.folder,
        distTag: observed.channel.distTag,
        registry: observed.npm.registry,
        provenance: observed.npm.provenance,
        status: status(`npm-publish:${pkg.name}@${pkg.version}`),
    }));
    return {
        version: observed.release.version,
        tag: observed.release.tag,
        versionSource: observed.release.source,
        channel: observed.channel.name,
        distTag: observed.channel.distTag,
        makeLatest: observed.channel.makeLatest === "true",
        releaseUrl: result.release?.url ?? null,
        releaseId: result.release?.id ?? null,
        releaseDraft: result.release?.draft ?? null,
        floatingTags: observed.floatingTags,
        published,
        planHash: result.planHash,
        dryRun: applied.dryRun,
        /** Effects found already done: what an earlier (crashed) run had finished. */
        skipped: applied.outcomes.filter((outcome) => outcome.status === "skipped").map((outcome) => outcome.id),
        effects: applied.outcomes.map((outcome) => ({ id: outcome.id, kind: outcome.kind, status: outcome.status, summary: outcome.summary })),
        evidencePath: result.evidencePath ?? null,
    };
}
/** Markdown for the step summary: the plan, then what happened to each effect. */
function renderPublishSummary(result) {
    const outputs = publishOutputs(result);
    const lines = [`### publish ${outputs.tag}${outputs.dryRun ? " (dry-run: nothing changed)" : ""}`, "", `Version ${outputs.version} from ${outputs.versionSource}; channel ${outputs.channel}.`, ""];
    lines.push((0,plan/* renderPlan */.EG)(result.plan, result.planHash), "");
    if (!outputs.dryRun) {
        lines.push("| effect | status |", "|---|---|");
        for (const effect of outputs.effects)
            lines.push(`| ${effect.summary.replace(/\|/g, "\\|")} | ${effect.status === "skipped" ? "already done" : effect.status} |`);
        lines.push("");
    }
    if (outputs.releaseUrl)
        lines.push(`Release: ${outputs.releaseUrl}`);
    return lines.join("\n");
}

// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
;// CONCATENATED MODULE: ./packages/cli/src/commands/publish.ts



const flags = {
    "dry-run": { type: "boolean", about: "observe and print the whole plan, change nothing" },
    json: { type: "boolean", about: "print the outputs as JSON" },
    summary: { type: "boolean", about: "print the markdown summary the action writes" },
    "plan-hash": { type: "string", value: "sha256:…", about: "apply only if the plan has this hash", defaultIs: "any plan" },
    version: { type: "string", value: "X.Y.Z", about: "the version to release", defaultIs: "what version-bump decides for HEAD" },
    prerelease: { type: "string", value: "ID", about: "pre-release channel of the default version", defaultIs: "a plain release" },
    branch: { type: "string", value: "NAME", about: "the release branch, when HEAD is detached", defaultIs: "the checked-out branch" },
    package: { type: "string", value: "NAME", about: "in a monorepo, the package to release", defaultIs: "the root package" },
    config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
    remote: { type: "string", value: "NAME", about: "the git remote to push to", defaultIs: "publish.remote, else origin" },
    asset: { type: "string", multiple: true, value: "GLOB", about: "files to attach to the release", defaultIs: "none" },
    npm: { type: "string", multiple: true, value: "FOLDER", about: "package folders to publish to npm", defaultIs: "publish.npm.packages, else the root package when public and an npm token is set" },
    registry: { type: "string", value: "URL", about: "the npm registry", defaultIs: "publish.npm.registry, else https://registry.npmjs.org/" },
    "dist-tag": { type: "string", value: "TAG", about: "force this npm dist-tag", defaultIs: "latest, the channel for pre-releases, release-X.Y for maintenance lines" },
    provenance: { type: "boolean", about: "npm provenance on", defaultIs: "on only in Actions with id-token: write" },
    "no-provenance": { type: "boolean", about: "npm provenance off", defaultIs: "on only in Actions with id-token: write" },
    "floating-tags": { type: "boolean", about: "move v1 and v1.2 to the release", defaultIs: "when the repository has an action.yml" },
    "no-floating-tags": { type: "boolean", about: "leave v1 and v1.2 where they are", defaultIs: "when the repository has an action.yml" },
    "no-release": { type: "boolean", about: "tags and npm only, no release on the forge", defaultIs: "a release is made" },
    "notes-file": { type: "string", value: "PATH", about: "the release body", defaultIs: "publish.release.notes-file, else the tag message" },
    committer: { type: "string", value: '"NAME <EMAIL>"', about: "who the annotated tag is by", defaultIs: "the config's committer, git's identity, else github-actions[bot]" },
    "planned-dir": { type: "string", value: "DIR", about: "with --dry-run, where earlier dry-runs kept the files they planned", defaultIs: "none" },
    repository: { type: "string", value: "OWNER/NAME", about: "the GitHub repository of the release", defaultIs: "GITHUB_REPOSITORY" },
    "releases-dir": { type: "string", value: "DIR", about: "the local forge's folder, without a GitHub token", defaultIs: ".git/cadence/releases" },
    cwd: { type: "string", value: "DIR", about: "the repository", defaultIs: "the current folder" },
    verbose: { type: "boolean", about: "print every step" },
};
const publishHelp = {
    usage: "cadence publish [flags]",
    summary: "tag, push, create the release, publish to npm and move floating tags",
    about: `Tags HEAD, pushes, creates the release (draft, assets, publish), publishes npm packages and moves
floating tags; a re-run finishes what a crashed run left. With GITHUB_TOKEN (or GH_TOKEN) the
release goes to GitHub; without, to a local folder (.git/cadence/releases). npm reads
NODE_AUTH_TOKEN or NPM_TOKEN. --dry-run prints the whole plan and changes nothing.`,
    flags,
};
async function publishCommand(argv, out) {
    const { values } = (0,args/* parseFlags */.bQ)(argv, flags);
    const cwd = (0,external_node_path_.resolve)(values.cwd ?? process.cwd());
    const inputs = (0,publish_inputs/* parsePublishInputs */.Q)({
        cwd,
        scratch: (0,paths/* scratchFolder */.$B)(process.env),
        dryRun: values["dry-run"] ?? false,
        ...(values["plan-hash"] !== undefined ? { planHash: values["plan-hash"] } : {}),
        ...(values.version !== undefined ? { version: values.version } : {}),
        ...(values.prerelease !== undefined ? { prerelease: values.prerelease } : {}),
        ...(values.branch !== undefined ? { branch: values.branch } : {}),
        ...(values.package !== undefined ? { package: values.package } : {}),
        ...(values.config !== undefined ? { configPath: values.config } : {}),
        ...(values.remote !== undefined ? { remote: values.remote } : {}),
        ...(values.asset ? { assets: values.asset } : {}),
        ...(values.npm ? { npmPackages: values.npm } : {}),
        ...(values.registry !== undefined ? { registry: values.registry } : {}),
        ...(values["dist-tag"] !== undefined ? { distTag: values["dist-tag"] } : {}),
        ...(values.provenance ? { provenance: true } : values["no-provenance"] ? { provenance: false } : {}),
        ...(values["floating-tags"] ? { floatingTags: true } : values["no-floating-tags"] ? { floatingTags: false } : {}),
        ...(values["no-release"] ? { release: false } : {}),
        ...(values["notes-file"] !== undefined ? { notesFile: values["notes-file"] } : {}),
        ...(values.committer !== undefined ? { committer: values.committer } : {}),
        ...(values["planned-dir"] !== undefined ? { plannedDir: values["planned-dir"] } : {}),
    });
    const reporter = new reporter_terminal/* TerminalReporter */.s(process.stderr, values.verbose ?? false);
    const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || "";
    const npmToken = process.env.NODE_AUTH_TOKEN || process.env.NPM_TOKEN || "";
    reporter.secret(token);
    reporter.secret(npmToken);
    const git = new git_cli/* GitCli */.T(cwd);
    const gitDir = (await git.run(["rev-parse", "--absolute-git-dir"], { allowFailure: true })).stdout.trim() || (0,external_node_path_.join)(cwd, ".git");
    const repository = values.repository ?? process.env.GITHUB_REPOSITORY;
    const forge = (0,forge_choice/* chooseReleaseForge */.g)({
        token,
        requireToken: false,
        localDir: (0,external_node_path_.resolve)(cwd, values["releases-dir"] ?? (0,external_node_path_.join)(gitDir, "cadence", "releases")),
        ...(repository ? { repository } : {}),
        ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
        log: (message) => reporter.debug(message),
    });
    const result = await (0,run/* runPublish */.j)({
        git,
        files: new files/* LocalFiles */.h(cwd),
        clock: clock/* systemClock */.m,
        reporter,
        forge,
        registryFor: (url) => new npm_cli/* NpmCli */.I({ registry: url, cwd, ...(npmToken ? { token: npmToken } : {}) }),
        npmTokenGiven: npmToken !== "",
        env: process.env,
    }, inputs);
    const outputs = publishOutputs(result);
    if (values.json) {
        out.write(`${JSON.stringify(outputs, null, 2)}\n`);
        return;
    }
    if (values.summary) {
        out.write(`${renderPublishSummary(result)}\n`);
        return;
    }
    out.write(`${outputs.tag} (${outputs.versionSource}), channel ${outputs.channel}\n`);
    out.write(`plan ${outputs.planHash}${outputs.dryRun ? " (dry-run: nothing changed)" : ""}\n`);
    for (const effect of outputs.effects)
        out.write(`  ${effect.status === "skipped" ? "already done" : effect.status}: ${effect.summary}\n`);
    if (outputs.releaseUrl)
        out.write(`release: ${outputs.releaseUrl}\n`);
}


/***/ })

};
