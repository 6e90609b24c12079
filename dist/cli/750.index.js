export const id = 750;
export const ids = [750];
export const modules = {

/***/ 2369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoCommand: () => (/* binding */ demoCommand),
  demoHelp: () => (/* binding */ demoHelp)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
;// CONCATENATED MODULE: ./packages/cli/src/commands/demo/account.ts
/** How the demo tells its story on the terminal: a numbered title per step and 1-3 short lines under it. */
class Account {
    out;
    count = 0;
    constructor(out) {
        this.out = out;
    }
    line(text) {
        this.out.write(`${text}\n`);
    }
    step(title) {
        this.count += 1;
        this.out.write(`\n${String(this.count).padStart(2)}. ${title}\n`);
    }
    /** The lines of what a step did, indented under its title and wrapped to a readable width. */
    detail(lines) {
        for (const line of lines)
            for (const part of wrap(line, 112))
                this.out.write(`    ${part}\n`);
    }
}
/**
 * Breaks a line at spaces so that no part is longer than width (a longer word stays whole); later
 * parts are indented.
 */
function wrap(text, width) {
    const parts = [];
    let current = "";
    for (const word of text.split(" ")) {
        if (current && current.length + 1 + word.length > width) {
            parts.push(current);
            current = `  ${word}`;
        }
        else
            current = current ? `${current} ${word}` : word;
    }
    if (current)
        parts.push(current);
    return parts;
}
/** An effect's summary without its parenthesised asides and quoted details: what a reader needs. */
function shortEffect(summary) {
    return summary
        .replace(/\s*\([^)]*\)/g, "")
        .replace(/:\s*".*$/, "")
        .trim();
}
const account_short = (sha) => (sha ?? "").slice(0, 12);

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/cli/src/commands/demo/sandbox.ts





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const TARGETS = ["alpha", "beta", "gamma"];
const PACKAGE_NAME = "cadence-demo-sample";
const LINE = "release/v1.3";
/**
 * The sample project's cadence: a two-week calendar from Monday 2026-11-02 (RC cut Thursday
 * 2026-11-12, release Friday 2026-11-13), the holidays blacked out, and a shared config synced to
 * three repositories beside it (a local edit there is a conflict, not overwritten).
 */
function cadenceConfig(targets) {
    return `calendar:
  timezone: Europe/Berlin
  minor: { anchor: 2026-11-02 }
  major: false
  blackout:
    - { from: 2026-12-20, to: 2027-01-05, reason: holidays }
sync:
  - sync_id: shared-config
    name: Shared config
    type: config
    source: { type: file, location: shared }
    targets:
${Object.entries(targets)
        .map(([id, dir]) => `      - { id: ${id}, type: git, location: "file://${dir}" }`)
        .join("\n")}
    options: { conflict_strategy: fail, delivery: push }
`;
}
/**
 * git in the sandbox, with no git configuration of this machine (no identity, hooks or signing) and
 * the demo as author.
 */
async function git(cwd, ...args) {
    const env = {
        ...isolatedEnv(process.env),
        GIT_AUTHOR_NAME: "Cadence Demo",
        GIT_AUTHOR_EMAIL: "demo@example.invalid",
        GIT_COMMITTER_NAME: "Cadence Demo",
        GIT_COMMITTER_EMAIL: "demo@example.invalid",
    };
    const { stdout } = await run("git", args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return stdout.trim();
}
/**
 * The environment of everything the demo runs: no token, no GitHub Actions context and no npm or
 * git settings of this machine reach it (the sandbox is its only world).
 */
function isolatedEnv(env) {
    const kept = {};
    for (const [name, value] of Object.entries(env)) {
        if (/token|auth|secret|password/i.test(name) || /^(github_|runner_|actions_|npm_config_)/i.test(name))
            continue;
        kept[name] = value;
    }
    return { ...kept, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1", GIT_TERMINAL_PROMPT: "0" };
}
async function write(path, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, text);
}
/** Commits the given files (path → text) on the checked-out branch. */
async function commit(repo, message, files) {
    for (const [path, text] of Object.entries(files))
        await write((0,external_node_path_.join)(repo, path), text);
    await git(repo, "add", "--", ...Object.keys(files));
    await git(repo, "commit", "-q", "-m", message);
    return git(repo, "rev-parse", "HEAD");
}
/**
 * Makes the sandbox: the sample project released as 1.2.0 (tag pushed to a bare origin), a feature
 * and the shared config landed on main since, three target repositories (beta with its own
 * .editorconfig), a throwaway signing key. Publishing 1.2.0 (forge, npm) is the story's first act.
 */
async function createSandbox(root) {
    const own = (0,external_node_path_.join)(root, "demo-run");
    const sandbox = {
        root,
        repo: (0,external_node_path_.join)(root, "sample"),
        origin: (0,external_node_path_.join)(root, "origin.git"),
        targets: Object.fromEntries(TARGETS.map((name) => [name, (0,external_node_path_.join)(root, "targets", `${name}.git`)])),
        key: (0,external_node_path_.join)(root, "demo-signing-key.pem"),
        publicKey: (0,external_node_path_.join)(root, "demo-signing-key.pub.pem"),
        own,
        log: (0,external_node_path_.join)(own, "demo.log"),
        scratch: (0,external_node_path_.join)(own, "scratch"),
    };
    await (0,promises_.mkdir)(root, { recursive: true });
    if ((await (0,promises_.readdir)(root)).length > 0)
        throw new Error(`the sandbox folder ${root} is not empty: give the demo a new or empty folder`);
    await (0,promises_.mkdir)(sandbox.scratch, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(own, "npmrc"), "");
    await git(root, "init", "-q", "--bare", "-b", "main", sandbox.origin);
    for (const [name, dir] of Object.entries(sandbox.targets))
        await createTarget(root, name, dir);
    const { repo } = sandbox;
    await (0,promises_.mkdir)(repo, { recursive: true });
    await git(repo, "init", "-q", "-b", "main");
    await git(repo, "remote", "add", "origin", sandbox.origin);
    await commit(repo, "chore(release): 1.2.0", {
        ".github/cadence.yml": cadenceConfig(sandbox.targets),
        "package.json": `${JSON.stringify({ name: PACKAGE_NAME, version: "1.2.0", description: "cadence demo's sample", files: ["index.js"] }, null, 2)}\n`,
        "index.js": "module.exports = 'calendar';\n",
        "README.md": "# sample\n\nA calendar library.\n",
        "CHANGELOG.md": "# Changelog\n\n## [1.2.0] - 2026-10-30\n\n### Features\n\n- the first calendar\n",
    });
    await git(repo, "tag", "-a", "v1.2.0", "-m", "v1.2.0");
    await commit(repo, "feat(calendar): blackout periods with time zones", {
        "src/blackout.js": "module.exports = 'blackout';\n",
        "docs/usage.md": "# Usage\n\nBlackout periods take a time zone.\n",
    });
    // The shared config the sync carries, and the rollback drill on record that a SEV-1 hotfix's RL-07 asks for.
    await commit(repo, "chore: share the editor and renovate config, record the rollback drill", {
        "shared/.editorconfig": "root = true\n[*]\nindent_style = space\n",
        "shared/.github/renovate.json": '{ "extends": ["config:recommended"] }\n',
        ".github/rollback-drills/2026-12.yml": "rollback_evidence:\n  rollback_id: drill-12\n  type: planned\n  execution:\n    executed_at: 2026-12-01T10:00:00Z\n  verification:\n    smoke_tests: pass\n",
    });
    await git(repo, "push", "-q", "origin", "main", "v1.2.0");
    await git(repo, "branch", "-q", "--set-upstream-to=origin/main");
    const pair = (0,external_node_crypto_.generateKeyPairSync)("ed25519");
    await (0,promises_.writeFile)(sandbox.key, pair.privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
    await (0,promises_.writeFile)(sandbox.publicKey, pair.publicKey.export({ type: "spki", format: "pem" }));
    return sandbox;
}
async function createTarget(root, name, dir) {
    await git(root, "init", "-q", "--bare", "-b", "main", dir);
    const work = (0,external_node_path_.join)(root, "targets", `${name}-seed`);
    await git(root, "init", "-q", "-b", "main", work);
    // beta has its own .editorconfig, which no sync wrote: under conflict_strategy fail it is a conflict.
    await commit(work, `chore: start ${name}`, {
        "README.md": `# ${name}\n`,
        ...(name === "beta" ? { ".editorconfig": "root = true\n[*]\nindent_style = tab\n" } : {}),
    });
    await git(work, "push", "-q", dir, "main");
    await (0,promises_.rm)(work, { recursive: true, force: true });
}
/**
 * A digest of everything in the sandbox but the demo's own folder: each file's path and content,
 * and each repository's refs. A dry-run must leave it as it was.
 */
async function digestSandbox(sandbox) {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    const walk = async (dir) => {
        for (const entry of (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (path === sandbox.own)
                continue;
            // git rewrites its index when it merely refreshes file times: not a change of the sandbox.
            if (entry.name === "index" && dir.endsWith(".git"))
                continue;
            if (entry.isDirectory())
                await walk(path);
            else if (entry.isFile())
                hash
                    .update(`${(0,external_node_path_.relative)(sandbox.root, path)}\0`)
                    .update(await (0,promises_.readFile)(path))
                    .update("\0");
        }
    };
    await walk(sandbox.root);
    for (const dir of [sandbox.repo, sandbox.origin, ...Object.values(sandbox.targets)]) {
        hash.update(await git(dir, "for-each-ref", "--format=%(refname) %(objectname)"));
        hash.update(await git(dir, "rev-parse", "HEAD").catch(() => "no HEAD"));
    }
    return `sha256:${hash.digest("hex")}`;
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/demo/registry.ts





// Runs in its own process: Verdaccio's server factory, on a free port of 127.0.0.1.
const SERVER = `
const { runServer } = require(process.argv[1]);
runServer(process.argv[2]).then((app) => {
  const server = app.listen(0, "127.0.0.1", () => process.stdout.write("listening " + server.address().port + "\\n"));
}).catch((error) => { console.error(error); process.exit(1); });
`;
/** Where the verdaccio package is (a devDependency of release-cadence), or undefined when it cannot be found. */
function findVerdaccio(bases) {
    const name = "verdaccio";
    for (const base of bases) {
        try {
            return (0,external_node_module_.createRequire)((0,external_node_path_.join)(base, "noop.js")).resolve(name);
        }
        catch {
            // not from here; try the next place
        }
    }
    return undefined;
}
/** A registry given on the command line: its URL and a file with a token that may publish there. */
async function givenRegistry(url, tokenFile) {
    if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url.endsWith("/") ? url : `${url}/`)) {
        throw new Error(`--registry must be a registry on this machine (http://127.0.0.1:PORT/), not ${url}: ` +
            "the demo publishes nothing elsewhere");
    }
    if (!tokenFile)
        throw new Error("--registry needs --registry-token-file: a file holding a token that may publish there");
    const token = (await (0,promises_.readFile)(tokenFile, "utf8").catch(() => {
        throw new Error(`--registry-token-file ${tokenFile} cannot be read`);
    })).trim();
    return {
        kind: "running",
        url: url.endsWith("/") ? url : `${url}/`,
        token,
        about: `the registry at ${url}`,
        stop: async () => { },
    };
}
/** Starts Verdaccio for the sandbox: storage and config inside it, a free port on 127.0.0.1, one demo user. */
async function startRegistry(dir, verdaccio) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const config = (0,external_node_path_.join)(dir, "config.yaml");
    await (0,promises_.writeFile)(config, [
        `storage: ${JSON.stringify((0,external_node_path_.join)(dir, "storage"))}`,
        "auth:",
        "  htpasswd:",
        `    file: ${JSON.stringify((0,external_node_path_.join)(dir, "htpasswd"))}`,
        "    max_users: 1",
        "uplinks: {}",
        "packages:",
        "  '**':",
        "    access: $all",
        "    publish: $authenticated",
        "    unpublish: $authenticated",
        "web:",
        "  enable: false",
        "log: { type: stdout, format: json, level: fatal }",
        "",
    ].join("\n"));
    const child = (0,external_node_child_process_.spawn)(process.execPath, ["-e", SERVER, verdaccio, config], {
        cwd: dir,
        env: isolatedEnv(process.env),
        stdio: ["ignore", "pipe", "pipe"],
    });
    const stop = async () => {
        if (child.exitCode !== null)
            return;
        const exited = new Promise((done) => child.once("exit", done));
        child.kill("SIGTERM");
        await exited;
    };
    try {
        const port = await new Promise((resolve, reject) => {
            let seen = "";
            let errors = "";
            child.stderr.on("data", (chunk) => (errors += chunk.toString("utf8")));
            child.stdout.on("data", (chunk) => {
                seen += chunk.toString("utf8");
                const match = /listening (\d+)/.exec(seen);
                if (match)
                    resolve(Number(match[1]));
            });
            child.on("exit", (code) => reject(new Error(`Verdaccio stopped at its start (exit ${code}): ${errors.trim().split("\n").slice(-3).join(" ")}`)));
        });
        const url = `http://127.0.0.1:${port}/`;
        // The first sign-up makes the demo's user (max_users: 1 closes sign-ups after it) and gives its token.
        const response = await fetch(`${url}-/user/org.couchdb.user:demo`, {
            method: "PUT",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ name: "demo", password: "demo-password-in-the-sandbox" }),
        });
        const { token } = (await response.json());
        if (!token)
            throw new Error(`Verdaccio did not sign the demo user up (HTTP ${response.status})`);
        return { kind: "running", url, token, about: `Verdaccio at ${url} (storage in ${dir})`, stop };
    }
    catch (error) {
        await stop();
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/demo/run-cli.ts




/** A step could not do its part: the story stops there. */
class StepFailed extends Error {
}
/**
 * Runs this same CLI in a child process, with the sandbox as its only world: no token or
 * setting of this machine, the registry's token (the demo's own) when one runs, the scratch
 * folder as RUNNER_TEMP. Its raw output goes to the log file, never to the account.
 */
function cliRunner(sandbox, cliPath, npmToken) {
    const env = {
        ...isolatedEnv(process.env),
        RUNNER_TEMP: sandbox.scratch,
        npm_config_userconfig: (0,external_node_path_.join)(sandbox.own, "npmrc"),
        npm_config_cache: (0,external_node_path_.join)(sandbox.own, "npm-cache"),
        npm_config_update_notifier: "false",
        ...(npmToken ? { NODE_AUTH_TOKEN: npmToken } : {}),
    };
    return async (args, options = {}) => {
        const cwd = options.cwd ?? sandbox.repo;
        const started = Date.now();
        const child = (0,external_node_child_process_.spawn)(process.execPath, [cliPath, ...args, "--json"], {
            cwd,
            env,
            stdio: ["ignore", "pipe", "pipe"],
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk) => (stdout += chunk.toString("utf8")));
        child.stderr.on("data", (chunk) => (stderr += chunk.toString("utf8")));
        const code = await new Promise((done) => child.on("close", (exit) => done(exit ?? 1)));
        await (0,promises_.appendFile)(sandbox.log, `\n$ cadence ${args.join(" ")}   (in ${cwd}: exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s)\n${stderr}${stdout}`);
        let json;
        try {
            json = stdout.trim() ? JSON.parse(stdout) : undefined;
        }
        catch {
            json = undefined;
        }
        if (code !== 0 && !options.allowFailure)
            throw new StepFailed(`cadence ${args[0]} exited with ${code}: ${lastError(stderr)}`);
        return { code, json, stderr };
    };
}
/** The CLI's own message of why it failed: its last line. */
function lastError(stderr) {
    const lines = stderr.trim().split("\n").filter(Boolean);
    return (lines.at(-1) ?? "no message").replace(/^cadence [\w-]+: /, "");
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/demo/stage.ts



/**
 * changelog → version-bump (release commit) → gate-check → capsule-sign → publish, as
 * release-candidate.yml and hotfix.yml run them. In a dry-run each plans only, and the files the
 * earlier ones would write are kept in a planned folder of the scratch space for the later ones.
 */
async function releaseStage(ctx, plan) {
    const { cli, sandbox, dryRun, registry } = ctx;
    const planned = (0,external_node_path_.join)(sandbox.scratch, `planned-${plan.version}`);
    const dry = dryRun ? ["--dry-run", "--planned-dir", planned] : [];
    // A release is made from the decided commit, as the workflows check it out; a dry-run moves nothing.
    if (!dryRun && (await git(sandbox.repo, "rev-parse", "HEAD")) !== plan.commit)
        await git(sandbox.repo, "checkout", "-q", "--detach", plan.commit);
    const changelog = (await cli(["changelog", "--version", plan.version, "--branch", plan.branch, "--date", plan.date, ...dry])).json;
    const bump = (await cli([
        "version-bump",
        "--branch",
        plan.branch,
        ...(plan.prerelease ? ["--prerelease", plan.prerelease] : []),
        ...(plan.bump ? ["--bump", plan.bump] : []),
        "--release-commit",
        ...dry,
    ])).json;
    if (bump.next !== plan.version)
        throw new StepFailed(`version-bump decides ${bump.next ?? "no release"}, not ${plan.version}`);
    const gates = await cli([
        "gate-check",
        "--version",
        plan.version,
        "--commit",
        plan.commit,
        "--now",
        plan.now,
        ...(plan.profile ? ["--profile", plan.profile] : []),
        ...(plan.breakGlass ? ["--break-glass", plan.breakGlass] : []),
        ...dry,
    ], { allowFailure: true });
    const judged = gates.json;
    if (!judged || gates.code !== 0) {
        const failed = judged?.failed
            ?.map((check) => `${check.id} (${check.reason})`)
            .join(", ");
        throw new StepFailed(`the gates of ${plan.version} failed: ${failed ?? gates.stderr.trim().split("\n").at(-1)}`);
    }
    const capsule = (await cli([
        "capsule-sign",
        "--kind",
        plan.capsuleKind,
        "--key",
        sandbox.key,
        "--version",
        plan.version,
        "--out",
        `.git/cadence/capsules/${plan.version}`,
        "--plan-hash",
        `version-bump=${bump.planHash}`,
        "--plan-hash",
        `changelog=${changelog.planHash}`,
        ...(judged.evidencePath ? ["--evidence", judged.evidencePath] : []),
        ...(dryRun ? ["--dry-run"] : []),
    ])).json;
    const npm = registry.kind === "running" ? ["--npm", ".", "--registry", registry.url, "--no-provenance"] : [];
    const published = (await cli(["publish", "--version", plan.version, "--branch", plan.branch, ...npm, ...dry])).json;
    const counts = changelog.sections.map((section) => `${section.title.toLowerCase()} ${section.count}`);
    const checks = judged.checks;
    const passed = checks.filter((check) => check.status === "pass").length;
    const glass = plan.breakGlass
        ? `, break-glass "${plan.breakGlass}" ${dryRun ? "would be recorded" : "recorded"}`
        : "";
    const merged = plan.mergeInto ? `; ${await mergeBack(ctx, plan)}` : "";
    return [
        `${plan.version}: changelog ${counts.join(", ") || "with no listed changes"}; gates ${judged.profile} passed (${passed} pass, ` +
            `${checks.length - passed} n/a)${glass}; ${plan.capsuleKind} capsule ${dryRun ? "signed in memory" : "signed"}`,
        `${dryRun ? "would publish" : "published"}: ${publishedWhat(published, plan, registry, dryRun)}${merged}`,
    ];
}
function publishedWhat(published, plan, registry, dryRun) {
    const release = published.releaseDraft
        ? "a draft release"
        : published.makeLatest
            ? "the Latest release"
            : "a pre-release";
    const npm = published.published.map((entry) => `npm ${entry.distTag} → ${entry.version}`);
    const skipped = registry.kind === "none" ? ["npm skipped (no registry)"] : [];
    return [
        `tag ${published.tag} ${dryRun ? "on" : "pushed with"} ${plan.branch}`,
        `${release} in the local forge`,
        ...npm,
        ...skipped,
    ].join(", ");
}
/** The released line goes back into the base branch (a merge commit), so the next cut counts from it. */
async function mergeBack(ctx, plan) {
    const into = plan.mergeInto;
    if (ctx.dryRun)
        return `would merge it back into ${into}`;
    const repo = ctx.sandbox.repo;
    const released = await git(repo, "rev-parse", "HEAD");
    await git(repo, "fetch", "-q", "origin");
    await git(repo, "switch", "-q", into);
    await git(repo, "merge", "-q", "--ff-only", `origin/${into}`);
    await git(repo, "merge", "-q", "--no-ff", "-m", `chore(release): merge ${plan.branch} (${plan.version}) into ${into}`, released);
    await git(repo, "push", "-q", "origin", into);
    return `merged back into ${into}`;
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/demo/story.ts





// The calendar of the sample project (sandbox.ts), walked at fixed instants.
const RC_DAY = "2026-11-12T07:00:00Z";
const RC_EVENING = "2026-11-12T17:00:00Z";
const RELEASE_DAY = "2026-11-13T07:00:00Z";
const IN_BLACKOUT = "2026-12-24T10:00:00Z";
const UNCHANGED = "(dry-run: nothing earlier was done, so it plans against the sandbox as it was made)";
/** Before the story: 1.2.0 is out, published by publish itself (tag, release in the local forge, npm latest). */
async function releaseHistory(ctx) {
    const { cli, sandbox, registry } = ctx;
    await git(sandbox.repo, "checkout", "-q", "--detach", "v1.2.0");
    const npm = registry.kind === "running" ? ["--npm", ".", "--registry", registry.url, "--no-provenance"] : [];
    const published = (await cli(["publish", "--version", "1.2.0", "--branch", "main", ...npm])).json;
    await git(sandbox.repo, "switch", "-q", "main");
    const onNpm = published.published.length > 0 ? ", npm latest 1.2.0" : "";
    const since = await git(sandbox.repo, "rev-list", "--count", "v1.2.0..main");
    return `1.2.0 is out: tag v1.2.0, release in the local forge${onNpm}; ${since} commits on main since`;
}
/** main as origin has it, checked out: where the cadence tick and the rollback run. */
async function onMain(ctx) {
    if (ctx.dryRun)
        return;
    await git(ctx.sandbox.repo, "fetch", "-q", "origin");
    await git(ctx.sandbox.repo, "switch", "-q", "main");
    await git(ctx.sandbox.repo, "merge", "-q", "--ff-only", "origin/main");
}
/** What the calendar makes due at `now` (gate-check's calendar mode, as the tick asks it), and that stage released. */
async function tick(ctx, now, expected, before = "") {
    await onMain(ctx);
    const decision = (await ctx.cli(["calendar", "--due", "--now", now])).json;
    const due = decision.version
        ? `${decision.due} ${decision.version} from ${decision.branch} at ${account_short(decision.commit)}`
        : `${decision.due}: ${decision.reason}`;
    const lines = [`${before}calendar at ${now}: ${due}`];
    if (decision.due !== expected) {
        if (!ctx.dryRun)
            throw new StepFailed(`the calendar makes ${decision.due} due at ${now}, the story expects ${expected}`);
        lines[0] += ` ${UNCHANGED}`;
    }
    if (!["rc-cut", "rc", "promote", "release"].includes(decision.due))
        return lines;
    const plan = {
        // A plain release day names no version: the commits decide it, as the workflows' plan job asks version-bump.
        version: decision.version || (await nextVersion(ctx, decision.branch, decision.bump || undefined)),
        branch: decision.branch,
        commit: decision.commit,
        now,
        date: decision.date,
        capsuleKind: decision.capsuleKind,
        ...(decision.prerelease ? { prerelease: decision.prerelease } : {}),
        ...(decision.bump ? { bump: decision.bump } : {}),
        ...(decision.mergeInto ? { mergeInto: decision.mergeInto } : {}),
    };
    return [...lines, ...(await releaseStage(ctx, plan))];
}
/** The version the commits on a branch ask for (version-bump, planning only). */
async function nextVersion(ctx, branch, bump) {
    const decided = (await ctx.cli(["version-bump", "--dry-run", "--branch", branch, ...(bump ? ["--bump", bump] : [])]))
        .json;
    if (!decided.next)
        throw new StepFailed(`version-bump finds no release due on ${branch}`);
    return String(decided.next);
}
/** A commit lands and is pushed; a dry-run makes none. */
async function lands(ctx, branch, message, files) {
    const repo = ctx.sandbox.repo;
    if (ctx.dryRun)
        return `dry-run: "${message}" not committed`;
    await git(repo, "fetch", "-q", "origin");
    await git(repo, "switch", "-q", "-C", branch, `origin/${branch}`);
    const sha = await commit(repo, message, files);
    await git(repo, "push", "-q", "origin", branch);
    return `"${message}" pushed to ${branch} (${account_short(sha)})`;
}
const STORY = [
    {
        title: "feature work lands on main",
        run: async (ctx) => [
            await lands(ctx, "main", "feat: export the calendar as iCal", { "src/ical.js": "module.exports = 'ical';\n" }),
        ],
    },
    {
        title: "RC day: the cadence tick cuts release/v1.3 and releases v1.3.0-rc.1",
        run: (ctx) => tick(ctx, RC_DAY, "rc-cut"),
    },
    {
        title: "a fix lands on release/v1.3; the evening tick makes rc.2",
        plansOnEarlier: true,
        run: async (ctx) => {
            const landed = await lands(ctx, LINE, "fix: the iCal export's time zone", {
                "src/ical.js": "module.exports = 'ical, utc';\n",
            });
            return tick(ctx, RC_EVENING, "rc", `${landed}; `);
        },
    },
    {
        title: "release day: the tick promotes the candidate to v1.3.0",
        plansOnEarlier: true,
        run: (ctx) => tick(ctx, RELEASE_DAY, "promote"),
    },
    {
        title: "sync: the shared config goes to alpha, beta and gamma (dry-run, then apply)",
        run: sync,
    },
    {
        title: "v1.3.0 turns out bad: roll back to 1.2.x",
        plansOnEarlier: true,
        run: rollback,
    },
    {
        title: "hotfix v1.3.1 in the holidays blackout, through break-glass",
        plansOnEarlier: true,
        run: hotfix,
    },
    {
        title: "cadence metrics: does the project keep its rhythm?",
        run: metrics,
    },
];
async function sync(ctx) {
    await onMain(ctx);
    // A target in conflict makes the dry-run exit 1 and is named in its outputs; the others are applied.
    // A dry-run keeps even its report out of the sandbox: in the scratch folder (the run's RUNNER_TEMP).
    const out = ctx.dryRun ? ["--out", (0,external_node_path_.join)(ctx.sandbox.scratch, "sync")] : [];
    const dry = await ctx.cli(["sync", ...out], { allowFailure: true });
    if (!dry.json)
        throw new StepFailed(`the sync dry-run printed no plan: ${dry.stderr.trim().split("\n").at(-1)}`);
    const targets = dry.json.targets;
    const problems = targets.filter((target) => !["changes", "unchanged", "conflict"].includes(target.status));
    if (problems.length > 0) {
        const named = problems.map((target) => `${target.target} (${target.status}: ${target.message ?? ""})`);
        throw new StepFailed(`the sync dry-run cannot plan ${named.join(", ")}`);
    }
    const said = (target) => target.status === "changes"
        ? `${target.target} +${target.add} ~${target.modify}`
        : `${target.target} ${target.status}${target.conflicts ? ` (${target.conflicts.join(", ")})` : ""}`;
    const lines = [
        `dry-run, plan ${account_short(String(dry.json.planHash).replace("sha256:", ""))}: ${targets.map(said).join(", ")}`,
    ];
    const changed = targets.filter((target) => target.status === "changes");
    if (ctx.dryRun)
        return [
            ...lines,
            `no apply in a dry-run: it would push to ${changed.map((target) => target.target).join(" and ")}, each held to its plan hash`,
        ];
    const applied = [];
    for (const target of changed) {
        const result = (await ctx.cli([
            "sync",
            "--apply",
            "--sync-id",
            target.syncId,
            "--target",
            target.target,
            "--plan-hash",
            target.planHash,
        ])).json;
        const done = result.targets.find((entry) => entry.target === target.target);
        const head = await git(ctx.sandbox.targets[target.target], "rev-parse", "--short=12", "main");
        applied.push(`${target.target} ${done?.status ?? "?"} (main at ${head})`);
    }
    return [
        ...lines,
        `applied, each held to its plan hash: ${applied.join(", ")}`,
        `report: ${(0,external_node_path_.relative)(ctx.sandbox.root, String(dry.json.reportPath))}`,
    ];
}
async function rollback(ctx) {
    await onMain(ctx);
    const registry = ctx.registry.kind === "running" ? ["--registry", ctx.registry.url] : [];
    const args = [
        "rollback",
        "--severity",
        "critical",
        "--impact",
        "widespread",
        "--reason",
        "the iCal export drops events",
        "--issue",
        "#13",
    ];
    const result = (await ctx.cli([...args, ...registry, ...(ctx.dryRun ? ["--dry-run"] : [])])).json;
    const effects = result.effects.map((effect) => shortEffect(effect.summary).replace(/^(make|mark) the release /, "$1 "));
    return [
        `${result.from} → ${result.to} (${result.type}, approval ${result.approval}): ${effects.join("; ")}` +
            (ctx.registry.kind === "none" ? "; npm skipped (no registry)" : ""),
        result.evidencePath
            ? `rollback_evidence: ${(0,external_node_path_.relative)(ctx.sandbox.root, String(result.evidencePath))}`
            : "dry-run: no rollback_evidence written",
    ];
}
async function hotfix(ctx) {
    const landed = await lands(ctx, LINE, "fix: the iCal export keeps every event", {
        "src/ical.js": "module.exports = 'ical, utc, every event';\n",
        "README.md": "# sample\n\nA calendar library. The iCal export keeps every event of a calendar.\n",
    });
    const calendar = (await ctx.cli(["calendar", "--now", IN_BLACKOUT])).json;
    const blackout = calendar.blackout
        ? `${calendar.today} (${calendar.blackout.reason} until ${calendar.blackout.to})`
        : calendar.today;
    const branch = await git(ctx.sandbox.repo, "rev-parse", "--abbrev-ref", "HEAD");
    const plan = {
        version: await nextVersion(ctx, branch, "patch"),
        branch,
        commit: await git(ctx.sandbox.repo, "rev-parse", "HEAD"),
        now: IN_BLACKOUT,
        date: IN_BLACKOUT.slice(0, 10),
        capsuleKind: "RELEASE",
        bump: "patch",
        profile: "SEV-1",
        breakGlass: "INC-13: calendars lose events",
    };
    return [
        `${landed}; calendar at ${IN_BLACKOUT}: ${blackout}: SEV-1 hotfix ${plan.version}`,
        ...(await releaseStage(ctx, plan)),
    ];
}
async function metrics(ctx) {
    await onMain(ctx);
    const { metrics: m } = (await ctx.cli(["metrics"])).json;
    const reasons = m.rollbacks.reasons.map((r) => `${r.from} → ${r.to}: ${r.reason}`);
    const { rate: share } = m.deploymentSuccessRate;
    const rate = typeof share === "number" ? `${Math.round(share * 1000) / 10}%` : "n/a";
    return [
        `${m.releaseFrequency.released} release${m.releaseFrequency.released === 1 ? "" : "s"} in the window (${m.releaseFrequency.planned} planned by the calendar); deployment success ${rate}`,
        `rollbacks: ${m.rollbacks.count}${reasons.length > 0 ? ` (${reasons.join("; ")})` : ""}`,
    ];
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/demo.ts










const flags = {
    dir: { type: "string", value: "DIR", about: "where the sandbox is made (a new or empty folder)", defaultIs: "a new folder in the system's temporary folder" },
    "dry-run": { type: "boolean", about: "plan every step and change nothing in the sandbox after making it" },
    registry: { type: "string", value: "URL", about: "use this npm registry on 127.0.0.1 instead of starting Verdaccio", defaultIs: "Verdaccio in the sandbox" },
    "registry-token-file": { type: "string", value: "PATH", about: "with --registry, a file holding a token that may publish there", defaultIs: "none" },
    "no-registry": { type: "boolean", about: "run the story without npm", defaultIs: "npm when Verdaccio can start" },
};
const demoHelp = {
    usage: "cadence demo [flags]",
    summary: "run the whole cadence in a sandbox: RC, fix, release, sync, rollback, hotfix, metrics",
    about: `Makes a sandbox (a sample project released as 1.2.0 with a two-week release calendar, a bare
"origin", three repositories to sync a shared config to, a local forge for releases, a Verdaccio npm
registry when the verdaccio package can be found, a throwaway signing key) and runs the cadence in
it with this CLI, walking the calendar at fixed instants: feature work lands; RC day cuts
release/v1.3 and v1.3.0-rc.1; a fix makes rc.2; release day promotes v1.3.0; a sync carries the
shared config to the three repositories (one conflicts); v1.3.0 is rolled back to 1.2.0; a hotfix
v1.3.1 goes through the holidays blackout with break-glass; then the cadence metrics. Each step
prints a few lines; the commands' own output is in demo-run/demo.log in the sandbox. --dry-run
plans every step and changes nothing in the sandbox after making it. Nothing outside the sandbox
is touched; GitHub and npm tokens in the environment are not used.`,
    flags,
};
async function demoCommand(argv, out) {
    const { values } = (0,args/* parseFlags */.bQ)(argv, flags);
    if (values["registry-token-file"] && !values.registry)
        throw new errors/* ConfigurationError */.j1("--registry-token-file goes with --registry URL");
    if (values["no-registry"] && values.registry)
        throw new errors/* ConfigurationError */.j1("--no-registry and --registry cannot both be given");
    const dryRun = values["dry-run"] ?? false;
    const root = values.dir ? (0,external_node_path_.resolve)(values.dir) : await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "cadence-demo-"));
    const account = new Account(out);
    const sandbox = await createSandbox(root).catch((error) => {
        throw new errors/* ConfigurationError */.j1(`the sandbox could not be made: ${error.message}`);
    });
    await (0,promises_.writeFile)(sandbox.log, `cadence demo${dryRun ? " --dry-run" : ""}: the commands' own output, step by step\n`);
    account.line(`sandbox: ${root}`);
    account.line(`log:     ${sandbox.log}`);
    const registry = await chooseRegistry(values, sandbox);
    account.line(registry.kind === "running" ? `npm:     ${registry.about}` : `npm:     none, ${registry.why}: ${NPM_SKIPS}`);
    try {
        const cli = cliRunner(sandbox, process.argv[1], registry.kind === "running" ? registry.token : undefined);
        const ctx = { sandbox, cli, registry, dryRun };
        const history = await attempt(ctx, "1.2.0 is out", async () => [await releaseHistory(ctx)]);
        account.line(`before:  ${history.join(" ")}`);
        if (dryRun)
            account.line("dry-run: every step plans only; none builds on what an earlier one would have done");
        const before = dryRun ? await digestSandbox(sandbox) : "";
        await tell(ctx, account);
        if (dryRun) {
            const after = await digestSandbox(sandbox);
            if (after !== before)
                throw new errors/* ConfigurationError */.j1(`the dry-run changed the sandbox (digest ${before} before, ${after} after); the log is ${sandbox.log}`);
            account.line(`\nDry-run done: the sandbox is as it was made (digest ${before.slice(0, 19)}…, files and refs).`);
        }
        else {
            account.line(`\nDone. Look around: cd ${sandbox.repo} && git log --oneline --graph --all`);
        }
    }
    finally {
        if (registry.kind === "running")
            await registry.stop();
    }
}
const NPM_SKIPS = "the releases skip npm publishing and the rollback skips npm's dist-tags and deprecation";
async function chooseRegistry(values, sandbox) {
    if (values["no-registry"])
        return { kind: "none", why: "--no-registry" };
    if (values.registry)
        return givenRegistry(values.registry, values["registry-token-file"]).catch((error) => {
            throw new errors/* ConfigurationError */.j1(error.message);
        });
    const verdaccio = findVerdaccio([(0,external_node_path_.dirname)(process.argv[1]), process.cwd()]);
    if (!verdaccio)
        return { kind: "none", why: "the verdaccio package cannot be found (a devDependency of release-cadence: npm ci installs it)" };
    try {
        return await startRegistry((0,external_node_path_.join)(sandbox.root, "registry"), verdaccio);
    }
    catch (error) {
        return { kind: "none", why: `Verdaccio could not start (${error.message})` };
    }
}
/** Runs the story step by step; the first step that fails stops it, named with the log to read. */
async function tell(ctx, account) {
    for (const step of STORY) {
        account.step(step.title);
        try {
            account.detail(await attempt(ctx, step.title, () => step.run(ctx)));
        }
        catch (error) {
            if (!(error instanceof StepStopped))
                throw error;
            if (ctx.dryRun && step.plansOnEarlier) {
                account.detail([`cannot be planned against the sandbox as it was made: ${error.reason}`]);
                continue;
            }
            account.detail([`FAILED: ${error.reason}`, `see the log: ${ctx.sandbox.log}`]);
            throw error;
        }
    }
}
/** A step that throws stops the demo with a line naming the step and the log (exit 1, no stack trace). */
class StepStopped extends errors/* ConfigurationError */.j1 {
    step;
    reason;
    constructor(step, reason, log) {
        super(`the demo stopped at "${step}": ${reason}; the log is ${log}`);
        this.step = step;
        this.reason = reason;
    }
}
async function attempt(ctx, title, run) {
    try {
        return await run();
    }
    catch (error) {
        throw new StepStopped(title, error instanceof Error ? error.message : String(error), ctx.sandbox.log);
    }
}


/***/ })

};
