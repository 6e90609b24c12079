export const id = 194;
export const ids = [194];
export const modules = {

/***/ 5194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postReleaseCommand: () => (/* binding */ postReleaseCommand),
  postReleaseHelp: () => (/* binding */ postReleaseHelp)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/adapters/reporter-terminal.ts
var reporter_terminal = __webpack_require__(1206);
// EXTERNAL MODULE: ./packages/core/src/signing/keys.ts
var keys = __webpack_require__(5349);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/capsule/build.ts
var build = __webpack_require__(2241);
// EXTERNAL MODULE: ./packages/core/src/capsule/config.ts
var config = __webpack_require__(8807);
// EXTERNAL MODULE: ./packages/core/src/capsule/sign.ts + 8 modules
var sign = __webpack_require__(7813);
// EXTERNAL MODULE: ./packages/core/src/plan/apply.ts + 1 modules
var apply = __webpack_require__(2184);
// EXTERNAL MODULE: ./packages/core/src/plan/plan.ts
var plan_plan = __webpack_require__(1070);
// EXTERNAL MODULE: ./packages/core/src/cadence/metrics-run.ts + 3 modules
var metrics_run = __webpack_require__(4837);
;// CONCATENATED MODULE: ./packages/core/src/cadence/post-release.ts









const DAY = 86_400_000;
/** The lines the capsule carries: the release's metrics as the days after it showed them. */
function releaseMetricLines(row, metrics, days) {
    const inHours = (hours) => (hours === null ? "not measured" : hours < 48 ? `${hours} h` : `${Math.round((hours / 24) * 10) / 10} days`);
    const rollbacks = metrics.rollbacks.reasons.filter((entry) => entry.from === row.version);
    const critical = metrics.criticalIssues;
    const issues = critical.available ? critical.issues.filter((issue) => issue.release === row.version) : [];
    return {
        context: [
            `Released: ${row.releasedAt} (from the ${row.releasedFrom.replace("-", " ")})`,
            `Post-release window: ${days} days`,
            `Lead time RC cut to release: ${row.rcToReleaseHours === null ? "no release candidate" : inHours(row.rcToReleaseHours)}`,
            `Lead time first commit to release: ${inHours(row.firstCommitToReleaseHours)}`,
            `Rolled back: ${rollbacks.length === 0 ? "no" : rollbacks.map((entry) => `to ${entry.to} on ${entry.at} (${entry.severity}): ${entry.reason}`).join("; ")}`,
            critical.available
                ? `Critical issues in the first ${critical.windowHours} hours (label ${critical.label}): ${issues.length}`
                : `Critical issues in the first ${critical.windowHours} hours: not measured (${critical.reason})`,
        ],
        openThreads: issues.map((issue) => `Critical issue #${issue.number}, ${issue.hoursAfter} h after the release: ${issue.title} (${issue.url})`),
    };
}
async function releaseAsset(forge, tag, name) {
    const release = forge ? await forge.findPublishedRelease(tag) : undefined;
    return release?.assets.some((asset) => asset.name === name && asset.state === "uploaded") ? release.url : undefined;
}
/**
 * Writes the POST-RELEASE capsule of each release whose post-release days are over, with its
 * metrics, through capsule-sign; then attaches it to the release on the forge, when there is one
 * that can take assets. A capsule already in the folder or on the release is not written again,
 * so the daily tick writes each one once. Dry-run plans and writes nothing.
 */
async function runPostRelease(ports, inputs) {
    if (!ports.signing && !inputs.dryRun)
        throw new errors/* ConfigurationError */.j1("post-release signs capsules: give a signing key (or keyless signing in Actions), or run a dry-run");
    const metrics = await (0,metrics_run/* runCadenceMetrics */.M)(ports, inputs);
    const capsuleConfig = await (0,config/* loadCapsuleConfig */.sC)(ports.files, inputs.configPath);
    const outDir = (0,external_node_path_.resolve)(inputs.cwd, inputs.outDir ?? capsuleConfig.outDir);
    const now = Date.parse(metrics.metrics.window.until);
    const days = metrics.settings.postReleaseDays;
    const items = [];
    const effects = [];
    const rows = new Map(metrics.metrics.releases.map((row) => [row.version, row]));
    for (const row of rows.values()) {
        const dueAt = new Date(Date.parse(row.releasedAt) + days * DAY).toISOString();
        const name = `${(0,build/* capsuleBaseName */.U)("POST-RELEASE", row.version)}.yaml`;
        const local = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(outDir, name)) ? (0,external_node_path_.join)(outDir, name) : undefined;
        const remote = local ? undefined : await releaseAsset(ports.releases, row.tag, name);
        const foundAt = local ?? remote;
        const state = foundAt ? "written" : Date.parse(dueAt) <= now ? "due" : "waiting";
        items.push({ version: row.version, releasedAt: row.releasedAt, dueAt, state, ...(foundAt ? { foundAt } : {}) });
        if (state !== "due")
            continue;
        const lines = releaseMetricLines(row, metrics.metrics, days);
        effects.push({
            kind: "post-release-capsule",
            id: `capsule:${row.version}`,
            summary: `sign the POST-RELEASE capsule of ${row.version} (released ${row.releasedAt.slice(0, 10)}, due ${dueAt.slice(0, 10)})`,
            version: row.version,
            tag: row.tag,
            name,
            context: lines.context,
            openThreads: lines.openThreads,
        });
    }
    const commits = new Map(metrics.history.releases.map((release) => [release.version, release.commit]));
    const observations = { now: metrics.metrics.window.until, postReleaseDays: days, outDir, releases: items.map((item) => ({ ...item })) };
    const plan = { action: "post-release", formatVersion: 1, observations, effects };
    const handler = {
        isDone: async (effect) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(outDir, String(effect.name))) || (await releaseAsset(ports.releases, String(effect.tag), String(effect.name))) !== undefined,
        run: async (effect) => {
            const version = String(effect.version);
            const signed = await (0,sign/* runCapsuleSign */.E)({ git: ports.git, files: ports.files, clock: ports.clock, reporter: ports.reporter }, {
                cwd: inputs.cwd,
                kind: "POST-RELEASE",
                version,
                commit: commits.get(version),
                outDir,
                artifacts: [],
                decisions: [],
                openThreads: effect.openThreads,
                context: effect.context,
                plans: [],
                evidence: [],
                dryRun: false,
                sbom: false,
                sbomPackages: [],
                ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
            }, ports.signing);
            const files = [signed.files.capsule, ...(signed.files.envelope ? [signed.files.envelope] : []), ...((0,external_node_fs_.existsSync)(signed.files.bundle) ? [signed.files.bundle] : [])];
            await attach(ports.releases, String(effect.tag), files, ports.reporter);
        },
    };
    const applied = await (0,apply/* applyPlan */.g)(plan, { "post-release-capsule": handler }, { dryRun: inputs.dryRun, reporter: ports.reporter });
    return { items, plan, planHash: (0,plan_plan/* planHash */.SH)(plan), applied, outDir, metrics };
}
/** Attaches the capsule files to the tag's published release, when the forge has one that takes assets. */
async function attach(forge, tag, paths, reporter) {
    const release = forge ? await forge.findPublishedRelease(tag) : undefined;
    if (!forge || !release)
        return;
    if (release.immutable) {
        reporter.annotate("warning", `the release ${tag} is immutable and cannot take the POST-RELEASE capsule as an asset; it stays in the capsule folder`);
        return;
    }
    for (const path of paths) {
        const name = (0,external_node_path_.basename)(path);
        if (release.assets.some((asset) => asset.name === name && asset.state === "uploaded"))
            continue;
        await forge.uploadAsset(release, { name, path, contentType: name.endsWith(".json") ? "application/json" : "application/yaml" });
    }
}
/** `cadence post-release --json` and the action's outputs. */
function postReleaseOutputs(result) {
    return {
        dryRun: result.applied.dryRun,
        planHash: result.planHash,
        outDir: result.outDir,
        releases: result.items,
        capsules: result.applied.outcomes.map((outcome) => ({
            version: outcome.id.replace(/^capsule:/, ""),
            status: outcome.status,
            summary: outcome.summary,
        })),
    };
}
const OUTCOME_TEXT = { planned: "to write", done: "written", skipped: "already written", failed: "failed" };
/** Markdown for the step summary: what was written, what waits. */
function renderPostReleaseSummary(result) {
    const title = `## POST-RELEASE capsules${result.applied.dryRun ? " (dry-run: nothing written)" : ""}`;
    const lines = [title, "", `Plan \`${result.planHash}\`.`, "", "| release | released | capsule due | state |", "|---|---|---|---|"];
    for (const item of result.items) {
        const outcome = result.applied.outcomes.find((entry) => entry.id === `capsule:${item.version}`);
        const state = outcome ? OUTCOME_TEXT[outcome.status] : item.state === "written" ? "already written" : "waiting";
        lines.push(`| ${item.version} | ${item.releasedAt.slice(0, 10)} | ${item.dueAt.slice(0, 10)} | ${state} |`);
    }
    if (result.items.length === 0)
        lines.push("| — | no release in the window | | |");
    return lines.join("\n");
}

// EXTERNAL MODULE: ./packages/core/src/adapters/files.ts + 1 modules
var files = __webpack_require__(3848);
// EXTERNAL MODULE: ./packages/core/src/adapters/clock.ts
var clock = __webpack_require__(3664);
// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
// EXTERNAL MODULE: ./packages/cli/src/commands/cadence-history.ts + 2 modules
var cadence_history = __webpack_require__(8317);
// EXTERNAL MODULE: ./packages/cli/src/commands/capsule-sign.ts + 2 modules
var capsule_sign = __webpack_require__(5541);
;// CONCATENATED MODULE: ./packages/cli/src/commands/post-release.ts





const flags = {
    key: { type: "string", value: "KEY.pem", about: "PKCS#8 PEM private key (Ed25519 or ECDSA P-256) that signs the capsules", defaultIs: "none: only --dry-run runs without it" },
    "passphrase-env": { type: "string", value: "NAME", about: "environment variable holding the key's passphrase" },
    "dry-run": { type: "boolean", about: "plan the capsules and write nothing (no key needed)" },
    out: { type: "string", value: "DIR", about: "the capsule folder", defaultIs: "capsule.out-dir of the configuration" },
    since: { type: "string", value: "DATE", about: "start of the window", defaultIs: "90 days before --now" },
    now: { type: "string", value: "ISO-8601", about: "end of the window", defaultIs: "now" },
    json: { type: "boolean", about: "print the outputs as JSON" },
    summary: { type: "boolean", about: "print the markdown a step summary shows" },
    records: { type: "string", value: "DIR", multiple: true, about: "a folder of release and rollback records", defaultIs: "the configured record folders" },
    config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
    repository: { type: "string", value: "OWNER/NAME", about: "the GitHub repository of the releases and issues", defaultIs: "GITHUB_REPOSITORY" },
    "releases-dir": { type: "string", value: "DIR", about: "the local release folder used without a token", defaultIs: ".git/cadence/releases" },
    cwd: { type: "string", value: "DIR", about: "the repository", defaultIs: "the current folder" },
    verbose: { type: "boolean", about: "log each request and file read" },
};
const postReleaseHelp = {
    usage: "cadence post-release --key KEY.pem [flags]",
    summary: "sign the POST-RELEASE capsule of each release whose post-release days are over",
    about: `Signs the POST-RELEASE capsule (capsule-sign's, kind POST-RELEASE) of each release of the window
whose cadence.post-release-days are over, carrying its metrics: lead times, whether it was rolled
back and why, its critical issues. A capsule already in the capsule folder or attached to the
release is not written again. Capsules are attached to the release when it takes assets.`,
    flags,
};
async function postReleaseCommand(argv, out) {
    const { values } = (0,args/* parseFlags */.bQ)(argv, flags);
    const dryRun = values["dry-run"] ?? false;
    if (!values.key && !dryRun)
        throw new errors/* ConfigurationError */.j1("post-release needs --key KEY.pem (a PKCS#8 PEM private key, Ed25519 or ECDSA P-256) to sign the capsules, or --dry-run");
    const reporter = new reporter_terminal/* TerminalReporter */.s(process.stderr, values.verbose ?? false);
    const { cwd, inputs, ...sources } = await (0,cadence_history/* historySources */.H)(values, reporter);
    let signing;
    if (values.key) {
        const passphrase = (0,capsule_sign/* readPassphrase */.j)(values["passphrase-env"]);
        if (passphrase)
            reporter.secret(passphrase);
        const pem = await (0,capsule_sign/* readKeyFile */.m)((0,external_node_path_.resolve)(cwd, values.key));
        for (const part of (0,keys/* secretParts */.Bm)(pem))
            reporter.secret(part);
        signing = { mode: "key", key: (0,keys/* parsePrivateKey */.QW)(pem, { source: `the key file ${values.key}`, ...(passphrase ? { passphrase } : {}) }) };
    }
    const result = await runPostRelease({ ...sources, files: new files/* LocalFiles */.h(cwd), clock: clock/* systemClock */.m, reporter, ...(signing ? { signing } : {}) }, { ...inputs, dryRun, ...(values.out !== undefined ? { outDir: values.out } : {}) });
    const outputs = postReleaseOutputs(result);
    if (values.json)
        return void out.write(`${JSON.stringify(outputs, null, 2)}\n`);
    if (values.summary)
        return void out.write(`${renderPostReleaseSummary(result)}\n`);
    out.write(`plan ${outputs.planHash}${outputs.dryRun ? " (dry-run: nothing written)" : ""}\n`);
    for (const item of outputs.releases) {
        const outcome = outputs.capsules.find((capsule) => capsule.version === item.version);
        const state = outcome ? (outcome.status === "skipped" ? "already written" : outcome.status === "planned" ? "to write" : outcome.status) : item.state === "written" ? "already written" : `waits until ${item.dueAt.slice(0, 10)}`;
        out.write(`  ${item.version.padEnd(12)} released ${item.releasedAt.slice(0, 10)}  ${state}\n`);
    }
    if (outputs.releases.length === 0)
        out.write("  no release in the window\n");
}


/***/ })

};
