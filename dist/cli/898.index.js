export const id = 898;
export const ids = [898];
export const modules = {

/***/ 3898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand),
/* harmony export */   demoHelp: () => (/* binding */ demoHelp)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _release_cadence_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5341);
/* harmony import */ var _release_cadence_core__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5577);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7109);







const flags = {
    dir: { type: "string", value: "DIR", about: "where the sandbox is made", defaultIs: "a new folder in the system's temporary folder" },
    "dry-run": { type: "boolean", about: "plan every step and change nothing" },
};
const demoHelp = {
    usage: "cadence demo [flags]",
    summary: "run the whole release in a sandbox, step by step",
    about: `Creates a sandbox (a sample repository with a released v1.2.0 and conventional commits since, a
bare "origin" beside it, a throwaway signing key) and runs the whole release in it, step by step,
as the release workflow does: changelog, version-bump, gate-check, capsule-sign, publish (to the
local forge and the sandbox's remote), then verify. Nothing outside the sandbox is touched; GitHub
and npm tokens in the environment are not used.`,
    flags,
};
const SAMPLE_COMMITS = [
    ["src/parse.ts", "fix(parser): keep multi-byte characters intact across chunks"],
    ["docs/usage.md", "docs: explain the release line settings"],
    ["src/calendar.ts", "feat(calendar): blackout periods with time zones (#12)"],
    ["src/cache.ts", "perf: cache resolved tags between packages"],
    ["ci.yml", "ci: run the suite on Node 24"],
];
const AUTHOR = ["-c", "user.name=Cadence Demo", "-c", "user.email=demo@example.invalid", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"];
async function demoCommand(argv, out) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .bQ)(argv, flags);
    const sandbox = values.dir ? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(values.dir) : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), "cadence-demo-"));
    const repo = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(sandbox, "sample");
    const keys = await createSandbox(sandbox, repo);
    const dry = values["dry-run"] ? ["--dry-run"] : [];
    out.write(`sandbox: ${sandbox}\n`);
    const capsuleDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(sandbox, "capsule");
    // The order of the release workflow: the changelog and the manifests are written and committed,
    // the gates check them, the capsule is signed, and only then is anything pushed or published.
    const steps = [
        ["changelog", async () => ["changelog", ...dry]],
        ["version-bump", async () => ["version-bump", ...dry, ...(values["dry-run"] ? [] : ["--release-commit"])]],
        ["gate-check", async () => ["gate-check", ...dry]],
        ["capsule-sign", async () => ["capsule-sign", "--kind", "RELEASE", "--key", keys.privateKey, "--out", capsuleDir, ...dry]],
        ["publish", async () => ["publish", ...dry]],
    ];
    if (!values["dry-run"])
        steps.push(["verify", async () => ["verify", "--key", keys.publicKey, await envelopeIn(capsuleDir)]]);
    for (const [title, args] of steps) {
        out.write(`\n== ${title}\n`);
        const code = await runStep(await args(), repo, out);
        if (code !== 0 && values["dry-run"] && title === "gate-check") {
            // In a dry-run nothing was written, so the gates on the changelog, manifests and notes cannot pass yet.
            out.write("(dry-run: the changelog and manifests were not written, so their gates fail here; a real run writes them first)\n");
            continue;
        }
        if (code !== 0)
            throw new _release_cadence_core__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`the demo's ${title} step failed (exit ${code}); the sandbox is left at ${sandbox} for a look`);
    }
    out.write(`\nDone. Look around: cd ${repo} && git log --oneline --decorate -3\n`);
}
async function envelopeIn(dir) {
    const envelope = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir)).find((name) => name.endsWith(".dsse.json"));
    if (!envelope)
        throw new Error(`capsule-sign wrote no envelope into ${dir}`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, envelope);
}
/** Runs one step through this same CLI in a child process, with the sandbox as its only world. */
function runStep(args, cwd, out) {
    const env = { ...process.env };
    for (const name of ["GITHUB_TOKEN", "GH_TOKEN", "NPM_TOKEN", "NODE_AUTH_TOKEN", "GITHUB_ACTIONS", "GITHUB_REPOSITORY"])
        delete env[name];
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, [process.argv[1], ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk) => out.write(chunk));
    child.stderr.on("data", (chunk) => out.write(chunk));
    return new Promise((done) => child.on("close", (code) => done(code ?? 1)));
}
async function createSandbox(sandbox, repo) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(repo, { recursive: true });
    const origin = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(sandbox, "origin.git");
    await new _release_cadence_core__WEBPACK_IMPORTED_MODULE_7__/* .GitCli */ .T(sandbox).run(["init", "-q", "--bare", "-b", "main", origin]);
    const git = new _release_cadence_core__WEBPACK_IMPORTED_MODULE_7__/* .GitCli */ .T(repo);
    await git.run(["init", "-q", "-b", "main"]);
    await git.run(["remote", "add", "origin", origin]);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(repo, "package.json"), `${JSON.stringify({ name: "sample", version: "1.2.0", private: true }, null, 2)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(repo, "CHANGELOG.md"), "# Changelog\n\n## [1.2.0] - 2026-10-02\n\n### Features\n\n- the first public release\n");
    await git.run(["add", "package.json", "CHANGELOG.md"]);
    await git.run([...AUTHOR, "commit", "-q", "-m", "chore(release): 1.2.0"]);
    await git.run([...AUTHOR, "tag", "-a", "v1.2.0", "-m", "v1.2.0"]);
    for (const [file, message] of SAMPLE_COMMITS) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(repo, file);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(path, `${message}\n`);
        await git.run(["add", file]);
        await git.run([...AUTHOR, "commit", "-q", "-m", message]);
    }
    await git.run(["push", "-q", "origin", "main", "v1.2.0"]);
    await git.run(["branch", "-q", "--set-upstream-to=origin/main"]);
    // A key made for this sandbox only, kept outside the repository.
    const pair = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.generateKeyPairSync)("ed25519");
    const keys = { privateKey: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(sandbox, "demo-signing-key.pem"), publicKey: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(sandbox, "demo-signing-key.pub.pem") };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(keys.privateKey, pair.privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(keys.publicKey, pair.publicKey.export({ type: "spki", format: "pem" }));
    return keys;
}


/***/ }),

/***/ 5577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ GitCli)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5341);
/* harmony import */ var _git_ahead_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6644);
/* harmony import */ var _git_process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2554);



/** The Git port over the git command line: one GitProcess per command, or the one started ahead for it. */
class GitCli {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    async run(args, options = {}) {
        let result;
        const started = options.input === undefined && options.env === undefined ? (0,_git_ahead_js__WEBPACK_IMPORTED_MODULE_0__/* .takeGitAhead */ .Vd)(this.cwd, args) : undefined;
        try {
            const own = { pipe: true, ...(options.input !== undefined ? { input: options.input } : {}), ...(options.env ? { env: options.env } : {}) };
            result = await outputOf(started ?? new _git_process_js__WEBPACK_IMPORTED_MODULE_1__/* .GitProcess */ .WG(this.cwd, args, own));
        }
        catch (error) {
            throw missingGitOrDirectory(this.cwd, error);
        }
        if (result.exitCode !== 0 && !options.allowFailure) {
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`git ${args[0] ?? ""} failed with exit code ${result.exitCode}`, args, result.exitCode, result.stderr);
        }
        return result;
    }
    /**
     * git's output handed over as bytes, never decoded here (for `git log` over 100k commits, ~40 MB):
     * git writes into a temporary file read as it grows (see GitProcess); the bytes go to onChunk
     * in pieces of up to a megabyte.
     */
    async stream(args, onChunk) {
        let failure;
        let stopped = false;
        const git = (0,_git_ahead_js__WEBPACK_IMPORTED_MODULE_0__/* .takeGitAhead */ .Vd)(this.cwd, args) ?? new _git_process_js__WEBPACK_IMPORTED_MODULE_1__/* .GitProcess */ .WG(this.cwd, args);
        let exitCode;
        try {
            exitCode = await git.follow((chunk) => {
                if (failure !== undefined || stopped)
                    return;
                try {
                    if (onChunk(chunk) === false) {
                        // The reader has what it wants: git's exit by the signal is no failure.
                        stopped = true;
                        git.kill();
                    }
                }
                catch (error) {
                    // The reader gave up (bad output): stop git instead of reading the rest for nothing.
                    failure = error;
                    git.kill();
                }
            });
        }
        catch (error) {
            throw missingGitOrDirectory(this.cwd, error);
        }
        if (failure !== undefined)
            throw failure;
        if (exitCode !== 0 && !stopped)
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`git ${args[0] ?? ""} failed with exit code ${exitCode}`, args, exitCode, git.stderr);
    }
}
/** What run() returns: git's whole output. */
async function outputOf(git) {
    const chunks = [];
    const exitCode = await git.follow((chunk) => void chunks.push(Buffer.from(chunk)));
    return { stdout: Buffer.concat(chunks).toString("utf8"), stderr: git.stderr, exitCode };
}
function missingGitOrDirectory(cwd, error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/ENOENT/.test(message)) {
        return new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`could not run git in ${cwd}: ${message}. Is git installed and does the directory exist?`);
    }
    return error instanceof Error ? error : new Error(message);
}


/***/ })

};
