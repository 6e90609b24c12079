export const id = 105;
export const ids = [105];
export const modules = {

/***/ 4105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  versionBumpCommand: () => (/* binding */ versionBumpCommand),
  versionBumpHelp: () => (/* binding */ versionBumpHelp)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/version-bump/inputs.ts
var version_bump_inputs = __webpack_require__(356);
// EXTERNAL MODULE: ./packages/core/src/adapters/reporter-terminal.ts
var reporter_terminal = __webpack_require__(1206);
// EXTERNAL MODULE: ./packages/core/src/version-bump/run.ts + 4 modules
var run = __webpack_require__(2789);
// EXTERNAL MODULE: ./packages/core/src/adapters/git-cli.ts
var git_cli = __webpack_require__(5577);
// EXTERNAL MODULE: ./packages/core/src/adapters/files.ts
var files = __webpack_require__(3845);
// EXTERNAL MODULE: ./packages/core/src/adapters/clock.ts
var clock = __webpack_require__(3664);
;// CONCATENATED MODULE: ./packages/core/src/version-bump/outputs.ts
const BUMP_ORDER = ["none", "prerelease", "patch", "minor", "major"];
/** The commits that decided a bump, as the JSON lists them: the first ones, and how many there are. */
const MAX_DECISIVE = 100;
/** Several packages: the largest of their bumps. */
function highestBump(bumps) {
    return bumps.reduce((highest, bump) => (BUMP_ORDER.indexOf(bump) > BUMP_ORDER.indexOf(highest) ? bump : highest), "none");
}
/**
 * The action's outputs and the CLI's JSON share this one shape. In a monorepo the top-level
 * fields describe the package asked for, or stay empty when several are released; `packages`
 * lists all of them.
 */
function versionBumpOutputs(result) {
    const single = result.packages.length === 1 ? result.packages[0] : undefined;
    const packages = result.packages.map((decision) => ({
        name: decision.name,
        path: decision.path,
        previous: decision.previous ?? null,
        next: decision.next ?? null,
        bump: decision.bump,
        tag: decision.tag ?? null,
        commitCount: decision.commitCount,
        /** Why: the commits that ask for the level released (a major's breaking changes), at most 100, and their number. */
        decisive: decision.decisive.slice(0, MAX_DECISIVE).map((verdict) => ({ commit: verdict.commit.raw.sha, header: verdict.commit.header, reason: verdict.reason })),
        decisiveCount: decision.decisive.length,
    }));
    return {
        previous: single?.previous ?? null,
        next: single?.next ?? null,
        bump: single?.bump ?? highestBump(result.packages.map((decision) => decision.bump)),
        tag: single?.tag ?? null,
        releaseNeeded: result.packages.some((decision) => decision.next !== undefined),
        commitCount: single?.commitCount ?? result.packages.reduce((sum, decision) => sum + decision.commitCount, 0),
        planHash: result.planHash,
        dryRun: result.applied.dryRun,
        branch: result.line.branch ?? null,
        channel: result.line.channel ?? null,
        evidencePath: result.evidencePath ?? null,
        effects: result.applied.outcomes.map((outcome) => ({ id: outcome.id, status: outcome.status, summary: outcome.summary })),
        packages,
    };
}

// EXTERNAL MODULE: ./packages/core/src/plan/plan.ts
var plan = __webpack_require__(1070);
;// CONCATENATED MODULE: ./packages/core/src/version-bump/summary.ts

const MAX_LISTED = 50;
function cell(text) {
    return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
/** The step summary: the decision per package, the commits that decided it and why, and the plan. */
function renderVersionBumpSummary(result) {
    const lines = ["## version-bump", ""];
    lines.push("| package | previous | next | bump | commits |", "|---|---|---|---|---|");
    for (const decision of result.packages) {
        lines.push(`| ${cell(decision.name)} | ${decision.previous ?? "—"} | ${decision.next ?? "no release"} | ${decision.bump} | ${decision.commitCount} |`);
    }
    for (const decision of result.packages) {
        lines.push("");
        const title = result.packages.length > 1 ? `### ${decision.name}` : "### Why";
        lines.push(title, "");
        if (decision.override)
            lines.push(`The version was set by the ${decision.override}.`, "");
        if (decision.decisive.length === 0) {
            lines.push(decision.commitCount === 0 ? "No commits since the last release." : "No commit in the range asks for a release.");
        }
        else {
            lines.push(`The ${decision.level} bump comes from ${decision.decisive.length} commit${decision.decisive.length > 1 ? "s" : ""}:`, "");
            lines.push("| commit | header | rule |", "|---|---|---|");
            for (const verdict of decision.decisive.slice(0, MAX_LISTED)) {
                lines.push(`| \`${verdict.commit.raw.sha.slice(0, 7)}\` | ${cell(verdict.commit.header)} | ${cell(verdict.reason)} |`);
            }
            if (decision.decisive.length > MAX_LISTED)
                lines.push(`| … | ${decision.decisive.length - MAX_LISTED} more | |`);
        }
        if (decision.cancelledReverts.length > 0) {
            lines.push("", "Reverted pairs that cancel out:", "");
            for (const pair of decision.cancelledReverts)
                lines.push(`- \`${pair.revert.raw.sha.slice(0, 7)}\` ${cell(pair.revert.header)} ↔ \`${pair.reverted.raw.sha.slice(0, 7)}\` ${cell(pair.reverted.header)}`);
        }
    }
    lines.push("", (0,plan/* renderPlan */.EG)(result.plan, result.planHash));
    if (result.applied.dryRun)
        lines.push("", "_Dry-run: nothing was changed._");
    return lines.join("\n");
}

// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
;// CONCATENATED MODULE: ./packages/cli/src/commands/version-bump.ts



const versionBumpHelp = `cadence version-bump [--dry-run] [--json] [--prerelease ID] [--release-as X.Y.Z]
    [--bump major|minor|patch] [--branch NAME] [--package NAME] [--plan-hash sha256:…]
    [--config PATH] [--release-commit | --no-release-commit] [--committer "NAME <EMAIL>"]
    [--planned-dir DIR] [--summary] [--cwd DIR]
  Decides the next version from the commits since the last release tag and writes it into the
  manifests (package.json, lockfile, configured files). --dry-run changes nothing.`;
async function versionBumpCommand(argv, out) {
    const { values } = (0,args/* parseFlags */.b)("version-bump", argv, {
        "dry-run": { type: "boolean" },
        json: { type: "boolean" },
        prerelease: { type: "string" },
        "release-as": { type: "string" },
        bump: { type: "string" },
        branch: { type: "string" },
        package: { type: "string" },
        "plan-hash": { type: "string" },
        config: { type: "string" },
        "release-commit": { type: "boolean" },
        "no-release-commit": { type: "boolean" },
        committer: { type: "string" },
        "planned-dir": { type: "string" },
        summary: { type: "boolean" },
        cwd: { type: "string" },
        verbose: { type: "boolean" },
    });
    const cwd = (0,external_node_path_.resolve)(values.cwd ?? process.cwd());
    const inputs = (0,version_bump_inputs/* parseVersionBumpInputs */.B)({
        cwd,
        dryRun: values["dry-run"] ?? false,
        ...(values.prerelease !== undefined ? { prerelease: values.prerelease } : {}),
        ...(values["release-as"] !== undefined ? { releaseAs: values["release-as"] } : {}),
        ...(values.bump !== undefined ? { bump: values.bump } : {}),
        ...(values.branch !== undefined ? { branch: values.branch } : {}),
        ...(values.package !== undefined ? { package: values.package } : {}),
        ...(values["plan-hash"] !== undefined ? { planHash: values["plan-hash"] } : {}),
        ...(values.config !== undefined ? { configPath: values.config } : {}),
        ...(values["release-commit"] ? { releaseCommit: true } : values["no-release-commit"] ? { releaseCommit: false } : {}),
        ...(values.committer !== undefined ? { committer: values.committer } : {}),
        ...(values["planned-dir"] !== undefined ? { plannedDir: values["planned-dir"] } : {}),
    });
    const reporter = new reporter_terminal/* TerminalReporter */.s(process.stderr, values.verbose ?? false);
    const result = await (0,run/* runVersionBump */.Sb)({ git: new git_cli/* GitCli */.T(cwd), files: new files/* LocalFiles */.h(cwd), clock: clock/* systemClock */.m, reporter }, inputs);
    const outputs = versionBumpOutputs(result);
    if (values.json) {
        out.write(`${JSON.stringify(outputs, null, 2)}\n`);
        return;
    }
    if (values.summary) {
        out.write(`${renderVersionBumpSummary(result)}\n`);
        return;
    }
    for (const pkg of outputs.packages) {
        const name = pkg.name === "." ? "" : `${pkg.name}: `;
        out.write(pkg.next ? `${name}${pkg.previous ?? "(none)"} → ${pkg.next} (${pkg.bump}, tag ${pkg.tag}, ${pkg.commitCount} commits)\n` : `${name}no release due (${pkg.commitCount} commits since ${pkg.previous ?? "the start"})\n`);
    }
    out.write(`plan ${outputs.planHash}${outputs.dryRun ? " (dry-run: nothing changed)" : ""}\n`);
    for (const effect of outputs.effects)
        out.write(`  ${effect.status}: ${effect.summary}\n`);
}


/***/ }),

/***/ 356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseVersionBumpInputs)
/* harmony export */ });
/* harmony import */ var _inputs_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1874);

const BUMPS = ["major", "minor", "patch"];
/** Checks the inputs together and reports every problem at once. */
function parseVersionBumpInputs(raw) {
    const fields = new _inputs_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .InputFields */ .a();
    const inputs = { cwd: raw.cwd, dryRun: fields.flag("dry-run", raw.dryRun) ?? false };
    const prerelease = fields.channel("prerelease", raw.prerelease);
    if (prerelease !== undefined)
        inputs.prerelease = prerelease;
    const releaseAs = fields.version("release-as", raw.releaseAs);
    if (releaseAs !== undefined)
        inputs.releaseAs = releaseAs;
    const bump = fields.oneOf("bump", raw.bump, BUMPS);
    if (bump !== undefined)
        inputs.bump = bump;
    const given = (value) => fields.text(value) !== undefined;
    if (given(raw.releaseAs) && given(raw.bump))
        fields.problem("release-as and bump both say what the next version is: give only one");
    if (given(raw.releaseAs) && given(raw.prerelease))
        fields.problem("release-as names the exact version; prerelease cannot be given with it (write the pre-release into release-as, e.g. 2.0.0-rc.1)");
    for (const [key, value] of [["branch", raw.branch], ["package", raw.package], ["configPath", raw.configPath], ["plannedDir", raw.plannedDir]]) {
        const clean = fields.text(value);
        if (clean !== undefined)
            inputs[key] = clean;
    }
    const planHash = fields.planHash("plan-hash", raw.planHash);
    if (planHash !== undefined)
        inputs.planHash = planHash;
    const releaseCommit = fields.flag("release-commit", raw.releaseCommit);
    if (releaseCommit !== undefined)
        inputs.releaseCommit = releaseCommit;
    const committer = fields.identity("committer", raw.committer);
    if (committer !== undefined)
        inputs.committer = committer;
    fields.check();
    return inputs;
}


/***/ })

};
