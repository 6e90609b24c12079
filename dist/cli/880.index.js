export const id = 880;
export const ids = [880,353,503];
export const modules = {

/***/ 7880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollbackCommand: () => (/* binding */ rollbackCommand),
  rollbackHelp: () => (/* binding */ rollbackHelp)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/adapters/reporter-terminal.ts
var reporter_terminal = __webpack_require__(1206);
// EXTERNAL MODULE: ./packages/core/src/inputs/fields.ts
var inputs_fields = __webpack_require__(1874);
;// CONCATENATED MODULE: ./packages/core/src/rollback/decision.ts
/**
 * The seed's rollback decision matrix (001, "Rollback Decision Matrix" and the "Quick Guide"),
 * kept as data: severity × user impact → the type of rollback and who approves it.
 */
const SEVERITIES = ["critical", "high", "medium", "low"];
const IMPACTS = ["widespread", "significant", "limited", "minimal"];
const ROLLBACK_TYPES = ["immediate", "planned", "partial", "config"];
const ANY = IMPACTS;
/**
 * The rows, first match wins. The seed's matrix gives High/Significant "Immediate/Planned"; its
 * quick guide settles High by impact (widespread → immediate, limited → planned), which is what
 * these rows say, with significant counted as widespread and minimal as limited.
 */
const DECISION_MATRIX = [
    { severity: "critical", impacts: ANY, recommended: "immediate", approver: "post-hoc" },
    { severity: "high", impacts: ["widespread", "significant"], recommended: "immediate", approver: "director" },
    { severity: "high", impacts: ["limited", "minimal"], recommended: "planned", approver: "director" },
    { severity: "medium", impacts: ANY, recommended: "planned", approver: "orchestrator" },
    { severity: "low", impacts: ANY, recommended: "fix-forward", approver: "qa-agent" },
];
/**
 * Decides the type and the approval. Without a severity and an impact nothing is recommended:
 * the run is `planned` (or what was asked for) and needs approval, the careful default.
 */
function decide(severity, impact, asked) {
    const row = severity && impact ? DECISION_MATRIX.find((candidate) => candidate.severity === severity && candidate.impacts.includes(impact)) : undefined;
    const recommended = row?.recommended ?? null;
    const approver = row?.approver ?? null;
    const approvalRequired = approver === null || approver !== "post-hoc";
    const fromMatrix = recommended === "immediate" || recommended === "planned" ? recommended : undefined;
    const type = asked ?? fromMatrix ?? "planned";
    let reason;
    if (!row)
        reason = `no severity and impact given: ${type}, approved before it runs`;
    else if (recommended === "fix-forward")
        reason = `${severity} severity with ${impact} impact: the matrix recommends fixing forward, not a rollback (approver: ${approver})`;
    else
        reason = `${severity} severity with ${impact} impact: ${recommended} rollback, approval ${approver === "post-hoc" ? "after the fact" : `by the ${approver}`}`;
    if (asked && fromMatrix && asked !== fromMatrix)
        reason += `; ${asked} was asked for instead`;
    return { severity: severity ?? null, impact: impact ?? null, recommended, approver, approvalRequired, type, reason };
}

;// CONCATENATED MODULE: ./packages/core/src/rollback/inputs.ts


const CHANNELS = ["npm", "github-release", "floating-tags"];
/** Other names people use for a channel. */
const CHANNEL_ALIASES = {
    release: "github-release",
    releases: "github-release",
    github: "github-release",
    tags: "floating-tags",
    "floating-tag": "floating-tags",
};
/** Checks the inputs together and reports every problem at once. */
function parseRollbackInputs(raw) {
    const fields = new inputs_fields/* InputFields */.a({ root: raw.cwd, scratch: raw.scratch });
    const inputs = { cwd: raw.cwd, dryRun: fields.flag("dry-run", raw.dryRun) ?? false };
    const from = fields.version("from", raw.from);
    if (from !== undefined)
        inputs.from = from;
    const to = fields.version("to", raw.to);
    if (to !== undefined)
        inputs.to = to;
    const type = fields.oneOf("type", raw.type, ROLLBACK_TYPES);
    if (type !== undefined)
        inputs.type = type;
    const severity = fields.oneOf("severity", raw.severity?.toLowerCase(), SEVERITIES);
    if (severity !== undefined)
        inputs.severity = severity;
    const impact = fields.oneOf("impact", raw.impact?.toLowerCase(), IMPACTS);
    if (impact !== undefined)
        inputs.impact = impact;
    if ((fields.text(raw.severity) === undefined) !== (fields.text(raw.impact) === undefined)) {
        fields.problem("severity and impact go together: the decision matrix needs both (or neither)");
    }
    const channels = channelList(fields, raw.channels);
    if (channels.length > 0)
        inputs.channels = channels;
    const packages = fields.list(Array.isArray(raw.packages) ? raw.packages.join(",") : raw.packages, { commas: true });
    if (packages.length > 0)
        inputs.packages = packages;
    const configPath = fields.path("config", raw.configPath);
    if (configPath !== undefined)
        inputs.configPath = configPath;
    const evidencePath = fields.path("evidence-path", raw.evidencePath);
    if (evidencePath !== undefined)
        inputs.evidencePath = evidencePath;
    for (const key of ["reason", "issue", "package", "remote", "decidedBy"]) {
        const clean = fields.text(raw[key]);
        if (clean !== undefined)
            inputs[key] = clean;
    }
    const planHash = fields.planHash("plan-hash", raw.planHash);
    if (planHash !== undefined)
        inputs.planHash = planHash;
    const registry = fields.text(raw.registry);
    if (registry !== undefined) {
        if (/^https?:\/\/[^\s]+$/.test(registry))
            inputs.registry = registry;
        else
            fields.problem(`registry-url must be an http(s) URL, not '${registry}'`);
    }
    const rollForward = rollForwardMode(fields, raw.rollForward);
    if (rollForward !== undefined)
        inputs.rollForward = rollForward;
    const revertCommits = fields.list(raw.revertCommits, { commas: true });
    if (revertCommits.length > 0) {
        if (rollForward !== "revert")
            fields.problem("revert-commits is only for roll-forward: revert");
        for (const commit of revertCommits)
            if (!/^[0-9a-f]{7,64}$/i.test(commit))
                fields.problem(`revert-commits: '${commit}' is not a commit id (7 to 64 hex digits)`);
        inputs.revertCommits = revertCommits;
    }
    const smoke = smokeArguments(fields, raw.smokeCommand);
    if (smoke.length > 0)
        inputs.smokeCommand = smoke;
    for (const [key, name] of [["allowPrerelease", "allow-prerelease"], ["undo", "undo"], ["drill", "drill"]]) {
        const value = fields.flag(name, raw[key]);
        if (value !== undefined)
            inputs[key] = value;
    }
    const committer = fields.identity("committer", raw.committer);
    if (committer !== undefined)
        inputs.committer = committer;
    const detectedAt = fields.text(raw.detectedAt);
    if (detectedAt !== undefined) {
        if (Number.isNaN(Date.parse(detectedAt)))
            fields.problem(`detected-at must be an ISO 8601 date and time, not '${detectedAt}'`);
        else
            inputs.detectedAt = new Date(detectedAt).toISOString();
    }
    checkCombinations(fields, inputs);
    fields.check();
    return inputs;
}
function checkCombinations(fields, inputs) {
    if (inputs.type === "partial" && !inputs.channels && !inputs.packages)
        fields.problem("type partial needs the channels or the packages to roll back");
    if (inputs.type === "config" && (inputs.channels || inputs.packages))
        fields.problem("type config restores configuration files only: channels and packages do not apply");
    if (inputs.undo && inputs.rollForward && inputs.rollForward !== "never" && inputs.rollForward !== "auto")
        fields.problem("undo takes a rollback back; it cannot roll forward");
    if (inputs.drill && inputs.undo)
        fields.problem("a drill rehearses a rollback, not an undo");
    if (inputs.drill && inputs.planHash)
        fields.problem("a drill is a dry-run: plan-hash is for an apply");
    if (inputs.drill)
        inputs.dryRun = true;
    if (!inputs.dryRun && !inputs.reason)
        fields.problem("reason is required: it goes into the deprecation message, the release note and the record");
}
function channelList(fields, value) {
    const chosen = [];
    for (const item of fields.list(Array.isArray(value) ? value.join(",") : value, { commas: true })) {
        const name = CHANNELS.includes(item.toLowerCase()) ? item.toLowerCase() : CHANNEL_ALIASES[item.toLowerCase()];
        if (!name)
            fields.problem(`channels: '${item}' is not a channel; the channels are ${CHANNELS.join(", ")}`);
        else if (!chosen.includes(name))
            chosen.push(name);
    }
    return chosen;
}
function rollForwardMode(fields, value) {
    if (value === undefined || value === "")
        return undefined;
    if (typeof value === "boolean")
        return value ? "restore" : "never";
    const clean = value.trim().toLowerCase();
    if (/^(true|yes|1|restore)$/.test(clean))
        return "restore";
    if (/^(false|no|0|never)$/.test(clean))
        return "never";
    if (clean === "auto" || clean === "revert")
        return clean;
    fields.problem(`roll-forward must be auto, true (G's tree), revert (X with commits reverted) or false, not '${value}'`);
    return undefined;
}
/** A JSON array of strings, or one argument per line. */
function smokeArguments(fields, value) {
    if (value === undefined)
        return [];
    if (Array.isArray(value))
        return value.filter((item) => item !== "");
    const text = value.trim();
    if (text === "")
        return [];
    if (text.startsWith("[")) {
        try {
            const parsed = JSON.parse(text);
            if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((item) => typeof item === "string"))
                return parsed;
        }
        catch {
            // said below
        }
        fields.problem("smoke-command: a JSON list must be a non-empty array of strings, e.g. [\"npm\", \"run\", \"smoke\"]");
        return [];
    }
    return fields.list(text);
}

// EXTERNAL MODULE: ./packages/core/src/inputs/paths.ts
var paths = __webpack_require__(9563);
// EXTERNAL MODULE: ./packages/core/src/adapters/git-cli.ts
var git_cli = __webpack_require__(5577);
// EXTERNAL MODULE: ./packages/core/src/publish/forge-choice.ts + 2 modules
var forge_choice = __webpack_require__(5782);
// EXTERNAL MODULE: ./packages/core/src/capsule/config.ts
var capsule_config = __webpack_require__(8807);
// EXTERNAL MODULE: ./packages/core/src/config/load.ts + 6 modules
var load = __webpack_require__(1522);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/identity/committer.ts
var identity_committer = __webpack_require__(7296);
// EXTERNAL MODULE: ./packages/core/src/gates/commands.ts
var commands = __webpack_require__(6726);
// EXTERNAL MODULE: ./packages/core/src/plan/apply.ts + 1 modules
var apply = __webpack_require__(2184);
// EXTERNAL MODULE: ./packages/core/src/plan/plan.ts
var plan = __webpack_require__(1070);
// EXTERNAL MODULE: ./packages/core/src/version-bump/plan.ts
var version_bump_plan = __webpack_require__(2114);
// EXTERNAL MODULE: ./packages/core/src/version-bump/repository.ts
var version_bump_repository = __webpack_require__(8893);
// EXTERNAL MODULE: ./packages/core/src/publish/remote-refs.ts
var remote_refs = __webpack_require__(9994);
;// CONCATENATED MODULE: ./packages/core/src/rollback/identity.ts

/**
 * The Git port with the identity on every command (identityArgs: `git -c user.name=… -c
 * user.email=…`), for a temporary worktree where a roll-forward or a config rollback commits,
 * reverts and (through publish) tags: none of it may depend on the runner's git setup.
 */
function withIdentity(git, identity) {
    const prefix = (0,identity_committer/* identityArgs */.MU)(identity);
    return {
        cwd: git.cwd,
        run: (args, options) => git.run([...prefix, ...args], options),
        stream: (args, onChunk) => git.stream([...prefix, ...args], onChunk),
    };
}

// EXTERNAL MODULE: ./packages/core/src/forge/github.ts
var github = __webpack_require__(8366);
// EXTERNAL MODULE: ./packages/core/src/sync/github/github-pulls.ts
var github_pulls = __webpack_require__(2327);
;// CONCATENATED MODULE: ./packages/core/src/rollback/pulls.ts


/** Pull requests of the repository on GitHub: sync's adapter, for a config rollback's pull request. */
function githubPullRequests(options) {
    return new github_pulls/* GitHubPulls */.a((0,github/* createOctokit */.Qi)(options), options.repository);
}
function pullRequestEffect(repository, head, base, title, body) {
    const summary = `open a pull request from ${head} into ${base} on ${repository}: "${title}"`;
    return { kind: "config-pull-request", id: `config-pull-request:${head}`, summary, head, base, title, body };
}
/** Done when the branch already has an open pull request into the base (one per head and base, as GitHub allows). */
function pullRequestHandler(pulls) {
    return {
        async isDone(effect) {
            return (await pulls.findOpen(String(effect.head), String(effect.base))) !== undefined;
        },
        async run(effect) {
            await pulls.create({ head: String(effect.head), base: String(effect.base), title: String(effect.title), body: String(effect.body) });
        },
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/core/src/rollback/worktree.ts



/**
 * Runs `body` in a temporary worktree of the repository, detached at `commit`, and removes the
 * worktree afterwards, whatever happened: the user's own checkout is never touched. The worktree
 * lives in the runner's temporary folder (RUNNER_TEMP), not in the repository.
 */
async function inWorktree(git, gitFor, commit, body) {
    const parent = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), "cadence-rollback-"));
    const dir = (0,external_node_path_.join)(parent, "tree");
    try {
        await git.run(["worktree", "add", "--detach", dir, commit]);
        return await body(gitFor(dir), dir);
    }
    finally {
        await git.run(["worktree", "remove", "--force", dir], { allowFailure: true });
        await (0,promises_.rm)(parent, { recursive: true, force: true });
        // A worktree whose folder is gone (a crash before remove) is forgotten here.
        await git.run(["worktree", "prune"], { allowFailure: true });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/rollback/config-effects.ts






/**
 * A config rollback (type config): the listed files get their content at G back, in one commit
 * on top of the branch; delivered as a branch with a pull request, or pushed to the branch itself.
 */
function configCommitEffects(facts, rows, notes) {
    const config = facts.config;
    if (!config || config.files.length === 0)
        throw new errors/* ConfigurationError */.j1("type config restores the files listed under rollback.config.files, and none are listed");
    const changed = config.files.filter((file) => file.toBlob !== file.currentBlob);
    if (changed.length === 0) {
        notes.push(`config: ${config.files.map((file) => file.path).join(", ")} already have their content of ${facts.to.version}`);
        return [];
    }
    if (!facts.branch)
        throw new errors/* ConfigurationError */.j1("a config rollback commits on top of the branch, but HEAD is detached: name the branch (branch input, or check it out)");
    const short = (blob) => (blob ? `blob ${blob.slice(0, 12)}` : "absent");
    const target = config.delivery === "pull-request" ? config.branch : facts.branch;
    const listed = changed.map((file) => (file.toBlob ? file.path : `${file.path} (removed)`)).join(", ");
    const where = config.delivery === "pull-request" ? `the new branch ${target}` : target;
    const paths = changed.map((file) => file.path).join(", ");
    const trailers = `Rollback-Config-From: ${facts.from.version}\nRollback-Config-To: ${facts.to.version}`;
    const commit = {
        kind: "config-commit",
        id: `config-commit:${target}`,
        summary: `commit ${listed} as they were at ${facts.to.tag}, on ${where}, by ${facts.identity.name}`,
        delivery: config.delivery,
        branch: target,
        parent: facts.head,
        source: facts.to.commit,
        files: changed.map((file) => ({ path: file.path, blob: file.toBlob })),
        message: `fix(config): restore ${paths} of ${facts.to.version}\n\n${facts.reason}\n\n${trailers}\n`,
        identity: { name: facts.identity.name, email: facts.identity.email },
    };
    for (const file of changed)
        rows.push({ channel: "config", item: file.path, before: short(file.currentBlob), after: file.toBlob ? short(file.toBlob) : "removed", effect: commit.id });
    const effects = [commit];
    if (facts.remote) {
        effects.push({
            kind: "config-push",
            id: `config-push:${facts.remote}/${target}`,
            summary: `push the config rollback to ${facts.remote}/${target}${config.delivery === "commit" ? " (fast-forward only)" : ""}`,
            remote: facts.remote,
            branch: target,
        });
    }
    else {
        notes.push(`config: there is no remote, so the commit stays on the local branch ${target}`);
    }
    if (config.delivery === "pull-request") {
        if (facts.remote && config.pullRequests) {
            const body = `Restores ${paths} as ${facts.to.tag} had them (rolled back from ${facts.from.tag}): ${facts.reason}${facts.issue ? ` (${facts.issue})` : ""}.`;
            effects.push(pullRequestEffect(config.pullRequests, target, facts.branch, `fix(config): roll back ${paths} to ${facts.to.version}`, body));
        }
        else {
            notes.push(`config: open a pull request from ${target} into ${facts.branch} to review and merge the restored files`);
        }
    }
    return effects;
}
const ours = (message, effect) => String(effect.message)
    .split("\n")
    .filter((line) => line.startsWith("Rollback-Config-"))
    .every((line) => message.includes(line));
/** The commit `rev` names when it is this rollback's config commit (parent and trailers); undefined otherwise. */
async function configCommitOn(git, effect, rev = `refs/heads/${String(effect.branch)}`) {
    const found = await git.run(["log", "-1", "--format=%H%x00%P%x00%B", rev, "--"], { allowFailure: true });
    if (found.exitCode !== 0)
        return undefined;
    const [commit = "", parents = "", message = ""] = found.stdout.split("\0");
    return parents.trim() === String(effect.parent) && ours(message, effect) ? commit : undefined;
}
/**
 * The pull request's branch as an earlier run pushed it, when this checkout does not have it (a
 * re-run job checks out afresh): its commit is fetched and the local branch made at it, so the
 * push finds it done and no second commit is made (which the remote would refuse as diverged).
 */
async function adoptPushedBranch(git, remote, effect) {
    if (!remote || effect.delivery !== "pull-request")
        return false;
    const ref = `refs/heads/${String(effect.branch)}`;
    const pushed = (await (0,remote_refs/* readRemoteRefs */.Jg)(git, remote, [ref])).get(ref)?.commit;
    if (!pushed)
        return false;
    await git.run(["fetch", "-q", "--no-tags", remote, ref]);
    if ((await configCommitOn(git, effect, pushed)) !== pushed)
        return false;
    await git.run(["update-ref", ref, pushed, ""]);
    return true;
}
function configCommitHandler(git, gitFor, remote) {
    return {
        async isDone(effect) {
            return (await configCommitOn(git, effect)) !== undefined || (await adoptPushedBranch(git, remote, effect));
        },
        async run(effect) {
            const files = effect.files;
            const commit = await inWorktree(git, gitFor, String(effect.parent), async (plain) => {
                const worktree = withIdentity(plain, (0,identity_committer/* identityOf */.cu)(effect.identity));
                const restored = files.filter((file) => file.blob).map((file) => file.path);
                const removed = files.filter((file) => !file.blob).map((file) => file.path);
                if (restored.length > 0)
                    await worktree.run(["checkout", String(effect.source), "--", ...restored]);
                if (removed.length > 0)
                    await worktree.run(["rm", "-q", "--ignore-unmatch", "--", ...removed]);
                await worktree.run(["commit", "--no-verify", "-q", "-m", String(effect.message)]);
                return (await worktree.run(["rev-parse", "HEAD"])).stdout.trim();
            });
            if (effect.delivery === "pull-request") {
                // A new branch, created only if absent.
                await git.run(["update-ref", `refs/heads/${String(effect.branch)}`, commit, ""]);
                return;
            }
            // On the checked-out branch itself: a fast-forward, refused by git if local edits are in the way.
            try {
                await git.run(["merge", "--ff-only", "-q", commit]);
            }
            catch (error) {
                if (error instanceof errors/* GitError */.XS) {
                    const said = error.stderr.trim().split("\n").slice(-2).join(" ");
                    throw new errors/* ConfigurationError */.j1(`the restored files cannot be fast-forwarded into ${String(effect.branch)}: ${said}`);
                }
                throw error;
            }
        },
    };
}
function configPushHandler(git) {
    return {
        async isDone(effect) {
            const ref = `refs/heads/${String(effect.branch)}`;
            const local = (await git.run(["rev-parse", "--verify", "-q", ref], { allowFailure: true })).stdout.trim();
            const remote = (await (0,remote_refs/* readRemoteRefs */.Jg)(git, String(effect.remote), [ref])).get(ref);
            return local !== "" && remote?.commit === local;
        },
        async run(effect) {
            const ref = `refs/heads/${String(effect.branch)}`;
            try {
                await git.run(["push", String(effect.remote), `${ref}:${ref}`]);
            }
            catch (error) {
                if (error instanceof errors/* GitError */.XS && /rejected|non-fast-forward|fetch first/.test(error.stderr)) {
                    throw new errors/* ConfigurationError */.j1(`${String(effect.remote)}/${String(effect.branch)} has commits this checkout does not have: fetch, and plan the config rollback again`);
                }
                throw error;
            }
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/adapters/files.ts + 1 modules
var adapters_files = __webpack_require__(3848);
// EXTERNAL MODULE: ./packages/core/src/records/yaml-write.ts
var yaml_write = __webpack_require__(8907);
// EXTERNAL MODULE: ./packages/core/src/signing/signer.ts
var signer = __webpack_require__(8915);
;// CONCATENATED MODULE: ./packages/core/src/rollback/evidence.ts




const complete = (outcome) => outcome.status === "done" || outcome.status === "skipped";
/** The table's rows with what each channel shows now: after, once its effect is complete; before otherwise. */
function rowsAfter(rows, outcomes) {
    return rows.map((row) => {
        const outcome = row.effect ? outcomes.find((candidate) => candidate.id === row.effect) : undefined;
        const status = outcome?.status ?? "unchanged";
        return { ...row, after: outcome && complete(outcome) ? row.after : status === "planned" ? row.after : row.before, status };
    });
}
/** The seed's `rollback_evidence`, with the plan's effects, the channels before and after, and the compatibility check. */
function rollbackEvidenceRecord(context, result, smoke, signatureFile) {
    const { facts, planned } = context;
    const everything = !result.dryRun && result.outcomes.every(complete);
    const executedAt = everything ? context.clock.now() : null;
    const rf = planned.rollsForward ? facts.rollForward : null;
    return {
        rollback_evidence: {
            rollback_id: `rb-${facts.from.version}-${facts.to.version}-${context.hash.slice(7, 19)}`,
            type: facts.decision.type,
            mode: facts.mode,
            drill: context.drill,
            trigger: {
                issue_id: facts.issue,
                severity: facts.decision.severity,
                impact: facts.decision.impact,
                description: facts.reason,
                detected_at: context.detectedAt ?? context.decidedAt.toISOString(),
                detected_by: context.actor,
            },
            decision: {
                recommended: facts.decision.recommended,
                approver: facts.decision.approver,
                approval_required: facts.decision.approvalRequired,
                reason: facts.decision.reason,
            },
            versions: { rolled_back_from: facts.from.version, rolled_back_to: facts.to.version, rolled_forward_to: rf?.version ?? null },
            execution: {
                decided_at: context.decidedAt.toISOString(),
                decided_by: context.decidedBy,
                executed_at: executedAt?.toISOString() ?? null,
                executed_by: context.actor,
                duration_minutes: executedAt ? Math.round((executedAt.getTime() - context.decidedAt.getTime()) / 6_000) / 10 : null,
                dry_run: result.dryRun,
                plan_hash: context.hash,
                effects: result.outcomes.map(({ id, kind, summary, status, error }) => ({ id, kind, summary, status, ...(error ? { error } : {}) })),
            },
            channels: rowsAfter(planned.rows, result.outcomes).map((row) => ({ channel: row.channel, item: row.item, before: row.before, after: row.after, status: row.status })),
            compatibility: {
                from_state: facts.compatibility.fromState,
                to_state: facts.compatibility.toState,
                mode: facts.compatibility.mode,
                rule: facts.compatibility.rule,
                source: facts.compatibility.source,
            },
            verification: {
                smoke_tests: smoke.status,
                smoke_command: smoke.command.length > 0 ? smoke.command : null,
                issue_resolved: smoke.status === "pass" ? true : smoke.status === "fail" ? false : null,
                new_issues: [],
            },
            follow_up: { root_cause: null, prevention: [], post_mortem_ref: null },
            notes: planned.notes,
            ...(context.key && signatureFile ? { signature: { algorithm: context.key.algorithm, keyid: context.key.keyid, file: signatureFile } } : {}),
        },
    };
}
/**
 * Writes the record after every effect (a crash leaves the last true state), and with a key its
 * detached signature beside it (`<record>.sig`, over the record's bytes, as capsule-sign signs).
 */
function rollbackEvidenceWriter(path, context, smoke) {
    return async (result) => {
        await writeEvidence(path, context, result, smoke());
    };
}
async function writeEvidence(path, context, result, smoke) {
    const signatureFile = context.key ? `${(0,external_node_path_.basename)(path)}.sig` : undefined;
    const text = (0,yaml_write/* writeYaml */.V)(rollbackEvidenceRecord(context, result, smoke, signatureFile));
    await (0,adapters_files/* writeFileAtomic */.Z)(path, text);
    if (context.key)
        await (0,adapters_files/* writeFileAtomic */.Z)(`${path}.sig`, (0,signer/* keySigner */.Y)(context.key).sign(Buffer.from(text, "utf8")));
}

;// CONCATENATED MODULE: ./packages/core/src/rollback/npm-effects.ts

/** Moves a dist-tag from `lease` (the version it pointed at when planned) to `version`. */
function distTagEffect(pkg, tag, version, lease) {
    return { kind: "npm-dist-tag", id: `npm-dist-tag:${pkg}/${tag}`, summary: `move the npm dist-tag ${tag} of ${pkg} from ${lease} to ${version}`, package: pkg, tag, version, lease };
}
/** Sets X's deprecation message; an empty message takes the deprecation away (undo). */
function deprecateEffect(pkg, version, message) {
    const summary = message === "" ? `remove the deprecation of ${pkg}@${version}` : `deprecate ${pkg}@${version}: "${message}"`;
    return { kind: "npm-deprecate", id: `npm-deprecate:${pkg}@${version}`, summary, package: pkg, version, message };
}
function distTagHandler(registry) {
    return {
        async isDone(effect) {
            const tags = await registry.distTags(String(effect.package));
            return tags[String(effect.tag)] === effect.version;
        },
        async run(effect) {
            const pkg = String(effect.package);
            const tag = String(effect.tag);
            // npm has no compare-and-set for dist-tags: read right before the move, and refuse when
            // someone else moved the tag since the plan was made.
            const now = (await registry.distTags(pkg))[tag];
            if (now !== effect.lease) {
                throw new errors/* ConfigurationError */.j1(`the dist-tag ${tag} of ${pkg} now points at ${now ?? "nothing"}, not at ${String(effect.lease)} as when the rollback was planned: someone moved it. ` +
                    "Look at what changed, then plan the rollback again.");
            }
            await registry.setDistTag(pkg, String(effect.version), tag);
        },
    };
}
function deprecateHandler(registry) {
    return {
        async isDone(effect) {
            const state = await registry.packageState(String(effect.package));
            const current = state?.versions[String(effect.version)]?.deprecated ?? null;
            return effect.message === "" ? current === null : current === effect.message;
        },
        async run(effect) {
            await registry.deprecate(String(effect.package), String(effect.version), String(effect.message));
        },
    };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/publish/channel.ts
var publish_channel = __webpack_require__(6246);
// EXTERNAL MODULE: ./packages/core/src/version/tags.ts
var version_tags = __webpack_require__(7477);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/capsule/compatibility.ts
var compatibility = __webpack_require__(4241);
// EXTERNAL MODULE: ./packages/core/src/capsule/document.ts + 1 modules
var capsule_document = __webpack_require__(6935);
;// CONCATENATED MODULE: ./packages/core/src/rollback/compatibility.ts






async function fileAt(git, commit, path) {
    const shown = await git.run(["cat-file", "-p", `${commit}:${path}`], { allowFailure: true });
    return shown.exitCode === 0 ? shown.stdout : undefined;
}
/**
 * The release's state capsule as committed at its tag (`<out-dir>/capsule-release-<version>.yaml`),
 * else the capsule section of its configuration at the tag; undefined when it has neither (a
 * project without state capsules).
 */
async function stateOf(git, release, outDir) {
    const capsulePath = `${outDir}/capsule-release-${release.version}.yaml`;
    const capsuleText = await fileAt(git, release.commit, capsulePath);
    if (capsuleText !== undefined) {
        const capsule = (0,capsule_document/* parseCapsule */.XO)(`${release.tag}:${capsulePath}`, capsuleText);
        return { state: capsule.state_version, rules: capsule.compatibility, source: `${release.tag}:${capsulePath}` };
    }
    for (const path of load/* CONFIG_PATHS */.i) {
        const text = await fileAt(git, release.commit, path);
        if (text === undefined)
            continue;
        let section;
        try {
            section = (0,dist.parse)(text)?.capsule;
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`${release.tag}:${path} is not valid YAML, so the state version ${release.version} writes cannot be read from it`);
        }
        if (!section)
            return undefined;
        const state = typeof section["state-version"] === "string" ? section["state-version"] : capsule_config/* DEFAULT_STATE_VERSION */.Pe;
        const rules = Array.isArray(section.compatibility) ? section.compatibility : [];
        return { state, rules, source: `${release.tag}:${path}` };
    }
    return undefined;
}
/**
 * How G reads the state X wrote. The matrix comes from X (written later, it knows G's versions);
 * G's own matrix is the fallback when X's says nothing about G.
 */
async function observeCompatibility(git, from, to, outDir = capsule_config/* DEFAULT_OUT_DIR */.vx) {
    const [x, g] = [await stateOf(git, from, outDir), await stateOf(git, to, outDir)];
    if (!x)
        return { source: "no state capsule or capsule configuration at the bad release", fromState: null, toState: g?.state ?? null, mode: null, rule: null };
    const toState = g?.state ?? capsule_config/* DEFAULT_STATE_VERSION */.Pe;
    if (x.state === toState)
        return { source: x.source, fromState: x.state, toState, mode: "full", rule: null };
    for (const rules of [x.rules, g?.rules ?? []]) {
        const reading = (0,compatibility/* readerMode */.zD)(rules, to.version, x.state);
        if ("mode" in reading) {
            const rule = reading.rule;
            return {
                source: rules === x.rules ? x.source : g.source,
                fromState: x.state,
                toState,
                mode: reading.mode,
                rule: `{release: ${rule.release}, state: ${rule.state}, mode: ${rule.mode}}`,
            };
        }
    }
    return { source: x.source, fromState: x.state, toState, mode: null, rule: null };
}

// EXTERNAL MODULE: ./packages/core/src/publish/settings.ts
var settings = __webpack_require__(9816);
;// CONCATENATED MODULE: ./packages/core/src/rollback/settings.ts


const DEFAULT_DEPRECATION = "{version} was rolled back to {to}: {reason}{issue}";
const DEFAULT_RELEASE_NOTE = "> [!WARNING]\n> **Rolled back** to {to}: {reason}{issue}";
/** Merges the rollback and publish sections with the inputs; inputs win. */
function rollbackSettings(config, inputs) {
    const section = (config.raw.rollback ?? {});
    const publish = (config.raw.publish ?? {});
    const configured = section["roll-forward"];
    const rollForward = configured === true ? "restore" : configured === false ? "never" : (configured ?? "auto");
    const channels = section.channels?.filter((name) => CHANNELS.includes(name));
    return {
        remote: inputs.remote ?? publish.remote ?? "origin",
        remoteNamed: inputs.remote !== undefined || publish.remote !== undefined,
        channels: inputs.channels ?? (channels && channels.length > 0 ? channels : undefined),
        rollForward: inputs.rollForward ?? rollForward,
        deprecationMessage: section["deprecation-message"] ?? DEFAULT_DEPRECATION,
        releaseNote: section["release-note"] ?? DEFAULT_RELEASE_NOTE,
        smokeCommand: inputs.smokeCommand ?? section["smoke-command"] ?? [],
        evidenceDir: section["evidence-dir"],
        drillDir: section["drill-dir"] ?? ".github/rollback-drills",
        branchTemplate: section.branch ?? "rollback/{tag}",
        config: { files: section.config?.files ?? [], delivery: section.config?.delivery ?? "pull-request", branchTemplate: section.config?.branch ?? "rollback/config-{from}" },
        npm: {
            packages: publish.npm?.packages ?? "auto",
            registry: inputs.registry ?? publish.npm?.registry ?? settings/* DEFAULT_REGISTRY */.sx,
            distTags: publish.npm?.["dist-tags"] ?? {},
        },
        floatingTags: publish["floating-tags"] ?? "auto",
        releaseEnabled: publish.release?.enabled ?? true,
    };
}
/** Fills the message templates. */
function fillMessage(template, values) {
    return template
        .replace(/\{version\}/g, values.version)
        .replace(/\{to\}/g, values.to)
        .replace(/\{reason\}/g, values.reason)
        .replace(/\{issue\}/g, values.issue ? ` (${values.issue})` : "");
}

// EXTERNAL MODULE: ./packages/core/src/errors/mention.ts
var mention = __webpack_require__(1019);
;// CONCATENATED MODULE: ./packages/core/src/rollback/versions.ts



/** The line of a version: its major, or its minor below 1.0.0 (where a minor may break). */
function lineOf(version) {
    return version.major > 0 ? `${version.major}.x` : `0.${version.minor}.x`;
}
const plain = (version) => semver_default().parse(version)?.version ?? version;
function released(tag) {
    return { version: tag.version.version, tag: tag.name, commit: tag.sha, prerelease: tag.version.prerelease.length > 0 };
}
function newest(tags) {
    const names = tags.slice(0, 5).map((tag) => tag.name);
    return names.length === 0 ? "there are no version tags" : `the newest are ${names.join(", ")}`;
}
/**
 * Picks X and G from the version tags (newest first, as versionTags returns them). Defaults: X is
 * the newest stable release; G the newest release below X on X's line, pre-releases skipped
 * (unless X is one: then earlier pre-releases of X's channel count too). Given versions must be
 * tagged; G must be below X; G may be a pre-release when X is not only when that is allowed.
 */
function selectVersions(tags, given) {
    const find = (version, what) => {
        const found = tags.find((tag) => tag.version.version === plain(version));
        if (!found)
            throw new errors/* ConfigurationError */.j1(`${what} ${version} is not a released version: there is no tag ${given.prefix}${plain(version)} (${newest(tags)})`);
        return found;
    };
    let from;
    let fromSource;
    if (given.from) {
        from = find(given.from, "from");
        fromSource = "given";
    }
    else {
        const stable = tags.find((tag) => tag.version.prerelease.length === 0);
        if (!stable)
            throw new errors/* ConfigurationError */.j1(`there is no stable release to roll back (${newest(tags)}); name the version with ${(0,mention/* mention */.l)("from")}`);
        from = stable;
        fromSource = "the newest release";
    }
    const line = lineOf(from.version);
    const fromIsPre = from.version.prerelease.length > 0;
    let to;
    let toSource;
    if (given.to) {
        to = find(given.to, "to");
        toSource = "given";
        if (!semver_default().lt(to.version, from.version)) {
            throw new errors/* ConfigurationError */.j1(`to ${to.version.version} is not below from ${from.version.version}: a rollback goes back to an earlier release (to roll forward, release a new version)`);
        }
        if (to.version.prerelease.length > 0 && !fromIsPre && !given.allowPrerelease) {
            throw new errors/* ConfigurationError */.j1(`to ${to.version.version} is a pre-release, but from ${from.version.version} is not: users of a stable release would be moved to a pre-release. Choose a stable version, or allow it (allow-prerelease).`);
        }
    }
    else {
        const channel = fromIsPre ? from.version.prerelease[0] : undefined;
        const candidate = tags.find((tag) => semver_default().lt(tag.version, from.version) &&
            lineOf(tag.version) === line &&
            (tag.version.prerelease.length === 0 || (channel !== undefined && tag.version.prerelease[0] === channel)));
        if (!candidate) {
            throw new errors/* ConfigurationError */.j1(`there is no earlier release on the line ${line} below ${from.version.version} to roll back to: name the version with ${(0,mention/* mention */.l)("to")}`);
        }
        to = candidate;
        toSource = `the release before ${from.version.version} on the line ${line}`;
    }
    return { from: released(from), to: released(to), line, fromSource, toSource };
}
/**
 * The version a roll-forward releases: the next patch above every release on X's minor line, so
 * it supersedes X wherever X was the newest (`latest`, `v1`, `v1.5`).
 */
function rollForwardVersion(tags, from) {
    const x = semver_default().parse(from.version);
    const sameMinor = tags.filter((tag) => tag.version.major === x.major && tag.version.minor === x.minor).map((tag) => tag.version);
    const highest = sameMinor.reduce((best, version) => (semver_default().gt(version, best) ? version : best), x);
    // A pre-release X (1.6.0-rc.1) rolls forward to the next pre-release of its channel.
    if (x.prerelease.length > 0)
        return semver_default().inc(highest.version, "prerelease", String(x.prerelease[0]));
    // Above a pre-release (1.5.1-rc.1) the next patch is its release (1.5.1), still above X.
    return semver_default().inc(highest.version, "patch");
}

;// CONCATENATED MODULE: ./packages/core/src/rollback/observe.ts








/** Reads everything a rollback needs to plan: versions from local tags, then each channel in a constant number of requests. */
async function observeRollback(ports, inputs, context) {
    const { git } = ports;
    const { settings } = context;
    const prefix = tagPrefixOf(context.config, inputs.package);
    const tags = (0,version_tags/* versionTags */.OP)(await (0,version_tags/* listTags */.cB)(git), prefix).versions;
    const earlier = await earlierRollForward(git, tags, inputs);
    const fromVersion = inputs.from ?? earlier?.from;
    const toVersion = inputs.to ?? earlier?.to;
    const selection = selectVersions(tags, {
        prefix,
        ...(fromVersion ? { from: fromVersion } : {}),
        ...(toVersion ? { to: toVersion } : {}),
        ...(inputs.allowPrerelease ? { allowPrerelease: true } : {}),
    });
    const { from, to } = selection;
    // A roll-forward an earlier run of this rollback released is not part of the history it judges by.
    const own = await ownRollForward(git, tags, from, to);
    const history = own ? tags.filter((tag) => tag.name !== own.name) : tags;
    const skipped = [];
    const chosen = settings.channels ?? null;
    const wanted = (channel) => context.decision.type !== "config" && (chosen === null || chosen.includes(channel));
    const remote = await resolveRemote(git, settings.remote, settings.remoteNamed);
    const npm = wanted("npm") ? await observeNpm(ports, inputs, settings, history, from, to, skipped) : null;
    const release = wanted("github-release") ? await observeRelease(ports, settings, from, to, skipped, inputs.dryRun) : null;
    const floatingTags = wanted("floating-tags") ? await observeFloatingTags(ports, remote, prefix, from, to, skipped) : null;
    const rollForward = context.decision.type === "config" || inputs.undo ? null : await observeRollForward(git, history, own, inputs, settings, { from, to }, npm, remote);
    // A config rollback's own commit on the branch (delivery: commit) is planned from before it.
    const head = context.decision.type === "config" ? await beforeOwnConfigCommit(git, context.head, from.version, to.version) : context.head;
    const stableTags = history.filter((tag) => tag.version.prerelease.length === 0);
    const values = { version: from.version, to: to.version, reason: context.reason, ...(inputs.issue ? { issue: inputs.issue } : {}) };
    return {
        mode: inputs.undo ? "undo" : "rollback",
        decision: context.decision,
        from,
        to,
        line: selection.line,
        fromIsNewest: stableTags[0]?.name === from.tag,
        reason: context.reason,
        issue: inputs.issue ?? null,
        head,
        branch: context.branch ?? null,
        remote,
        chosen,
        npm,
        release,
        floatingTags,
        skipped,
        compatibility: await observeCompatibility(git, from, to, context.capsuleOutDir),
        rollForwardMode: settings.rollForward,
        rollForward,
        config: context.decision.type === "config" ? await observeConfigFiles(git, settings, { from, to }, head, ports.pulls?.repository ?? null) : null,
        messages: { deprecation: fillMessage(settings.deprecationMessage, values), releaseNote: fillMessage(settings.releaseNote, values) },
        identity: context.committer,
    };
}
/** A release this toolkit rolled forward to, found by its commit's trailers: a re-run then means the same X and G. */
async function earlierRollForward(git, tags, inputs) {
    if (inputs.from)
        return undefined;
    const newest = tags.find((tag) => tag.version.prerelease.length === 0);
    if (!newest)
        return undefined;
    const trailers = await rollbackTrailers(git, newest.sha);
    return trailers ?? undefined;
}
async function rollbackTrailers(git, commit) {
    const { stdout } = await git.run(["log", "-1", "--format=%B", commit]);
    const from = /^Rollback-From: (\S+)$/m.exec(stdout)?.[1];
    const to = /^Rollback-To: (\S+)$/m.exec(stdout)?.[1];
    return from && to ? { from, to } : null;
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
        throw new errors/* ConfigurationError */.j1("this repository has several packages: name the one whose release to roll back with the package input");
    return packages[0]?.tagPrefix ?? config.versioning.tagPrefix;
}
async function resolveRemote(git, name, named) {
    const { stdout } = await git.run(["remote"]);
    const remotes = stdout.split("\n").map((line) => line.trim()).filter(Boolean);
    if (remotes.includes(name))
        return name;
    if (named)
        throw new errors/* ConfigurationError */.j1(`there is no git remote '${name}' in this repository (remotes: ${remotes.join(", ") || "none"})`);
    return null;
}
async function npmNames(ports, inputs, settings) {
    const folders = settings.npm.packages === "auto" ? (ports.npmTokenGiven || inputs.packages ? ["."] : []) : settings.npm.packages;
    const known = [];
    for (const folder of folders) {
        const path = folder === "." ? "package.json" : `${folder.replace(/\/+$/, "")}/package.json`;
        const text = await ports.files.read(path);
        if (text === undefined)
            continue;
        try {
            const manifest = JSON.parse(text);
            if (typeof manifest.name === "string" && manifest.private !== true)
                known.push({ name: manifest.name, folder });
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`${path} is not valid JSON, so the npm package to roll back cannot be named from it`, { file: path });
        }
    }
    if (!inputs.packages)
        return known;
    return inputs.packages.map((name) => known.find((pkg) => pkg.name === name) ?? { name, folder: null });
}
async function observeNpm(ports, inputs, settings, tags, from, to, skipped) {
    const names = await npmNames(ports, inputs, settings);
    if (names.length === 0) {
        skipped.push({ channel: "npm", why: ports.npmTokenGiven ? "no public package is configured (publish.npm.packages)" : "no npm token and no packages named" });
        return null;
    }
    const registry = ports.registryFor(settings.npm.registry);
    const user = inputs.dryRun ? null : await registry.whoami();
    const channel = (0,publish_channel/* channelOf */.t)(from.version, tags.map((tag) => tag.version.version), settings.npm.distTags);
    const packages = [];
    for (const { name, folder } of names) {
        const state = await registry.packageState(name);
        if (!state)
            throw new errors/* ConfigurationError */.j1(`${name} is not on the registry ${registry.url}: leave the npm channel out, or name the packages that are published there`);
        packages.push({
            name,
            folder,
            distTags: state.distTags,
            hasFrom: from.version in state.versions,
            hasTo: to.version in state.versions,
            fromDeprecated: state.versions[from.version]?.deprecated ?? null,
            channelTags: [channel.distTag],
        });
    }
    const writeChecked = registry.canCheckWriteAccess && packages.every((pkg) => Object.keys(pkg.distTags).length > 0);
    if (user !== null && writeChecked)
        await checkWriteAccess(registry, user, packages, from.version);
    return { registry: registry.url, user, writeChecked, packages };
}
/**
 * A valid token may still be read-only, or its user no maintainer of the package: asked of the
 * registry for every package before the first change, not found at the first npm write.
 */
async function checkWriteAccess(registry, user, packages, from) {
    for (const pkg of packages.filter((candidate) => candidate.hasFrom)) {
        const tags = Object.entries(pkg.distTags);
        const [tag, version] = tags.find(([name]) => pkg.channelTags.includes(name)) ?? tags[0];
        const access = await registry.writeAccess(pkg.name, tag, version);
        if (access.granted)
            continue;
        throw new errors/* ConfigurationError */.j1(`the npm user ${user} may not change ${pkg.name}: moving its dist-tags and changing the deprecation of ${from} ` +
            `need publish rights on ${pkg.name}, and ${access.why}. ` +
            `Use a token that may publish ${pkg.name} (not read-only, of one of its maintainers); nothing was changed.`);
    }
}
function forgeRelease(release) {
    return { id: release.id, tag: release.tag, name: release.name, body: release.body, immutable: release.immutable, prerelease: release.prerelease, url: release.url };
}
async function observeRelease(ports, settings, from, to, skipped, dryRun) {
    const forge = ports.forge;
    if (!forge || !settings.releaseEnabled) {
        skipped.push({ channel: "github-release", why: forge ? "releases are off (publish.release.enabled: false)" : "no forge (no token)" });
        return null;
    }
    const [x, g, latest] = [await forge.findPublishedRelease(from.tag), await forge.findPublishedRelease(to.tag), await forge.latestRelease()];
    if (!x)
        skipped.push({ channel: "github-release", why: `${from.tag} has no published release on ${forge.description}` });
    // A dry-run needs no write access (a plan job may hold a read-only token); apply checks before any change. A job
    // token says nothing of its permissions when asked, so, where a forge can, a request that needs contents: write
    // and writes nothing asks instead (it answers for every kind of token).
    if (!dryRun)
        await (x && forge.checkReleaseWrite ? forge.checkReleaseWrite(from.tag) : forge.checkReleaseAccess());
    return { forge: forge.description, from: x ? forgeRelease(x) : null, to: g ? forgeRelease(g) : null, latest: latest?.tag ?? null };
}
/** v1 and v1.5 as the remote holds them, when X (a stable release) has them. */
async function observeFloatingTags(ports, remote, prefix, from, to, skipped) {
    if (!remote) {
        skipped.push({ channel: "floating-tags", why: "the repository has no remote" });
        return null;
    }
    const x = semver_default().parse(from.version);
    const g = semver_default().parse(to.version);
    if (x.prerelease.length > 0)
        return [];
    const candidates = [
        { name: `${prefix}${x.major}`, fitsTo: g.major === x.major && g.prerelease.length === 0 },
        { name: `${prefix}${x.major}.${x.minor}`, fitsTo: g.major === x.major && g.minor === x.minor && g.prerelease.length === 0 },
    ];
    const refs = await (0,remote_refs/* readRemoteRefs */.Jg)(ports.git, remote, candidates.map((candidate) => `refs/tags/${candidate.name}`));
    const found = [];
    for (const candidate of candidates) {
        const ref = refs.get(`refs/tags/${candidate.name}`);
        if (!ref)
            continue;
        // A floating tag that is itself the tag of an immutable release is locked in place.
        const own = ports.forge ? await ports.forge.findPublishedRelease(candidate.name) : undefined;
        found.push({ name: candidate.name, object: ref.object, commit: ref.commit, fitsTo: candidate.fitsTo, locked: own?.immutable === true });
    }
    return found;
}
/** The release an earlier run of this same rollback rolled forward to: above X on X's minor line, with our trailers. */
async function ownRollForward(git, tags, from, to) {
    const x = semver_default().parse(from.version);
    for (const tag of tags.filter((candidate) => candidate.version.major === x.major && candidate.version.minor === x.minor && semver_default().gt(candidate.version, x))) {
        const trailers = await rollbackTrailers(git, tag.sha);
        if (trailers && trailers.from === from.version && trailers.to === to.version)
            return tag;
    }
    return undefined;
}
async function observeRollForward(git, history, own, inputs, settings, versions, npm, remote) {
    const { from, to } = versions;
    // A roll-forward an earlier run already tagged keeps its version; otherwise the next patch above X's minor line.
    const version = own?.version.version ?? rollForwardVersion(history, from);
    const tag = `${from.tag.slice(0, from.tag.length - from.version.length)}${version}`;
    const branch = settings.branchTemplate.replace(/\{tag\}/g, tag).replace(/\{version\}/g, version);
    const mode = settings.rollForward === "revert" ? "revert" : "restore";
    const revertCommits = mode === "revert" ? (inputs.revertCommits ?? (await commitsBetween(git, to, from))) : [];
    const local = await git.run(["rev-parse", "--verify", "-q", `refs/heads/${branch}^{commit}`], { allowFailure: true });
    const remoteBranch = !local.stdout.trim() && remote ? (await (0,remote_refs/* readRemoteRefs */.Jg)(git, remote, [`refs/heads/${branch}`])).get(`refs/heads/${branch}`) : undefined;
    const existing = local.stdout.trim() || remoteBranch?.commit || null;
    const distTag = npm?.packages[0]?.channelTags[0] ?? "latest";
    return { version, tag, branch, mode, revertCommits, existing, distTag };
}
/** The commits from G to X, newest first, merges left out (reverting a merge needs to know its mainline). */
async function commitsBetween(git, to, from) {
    const { stdout } = await git.run(["rev-list", "--no-merges", `${to.commit}..${from.commit}`]);
    const commits = stdout.split("\n").filter(Boolean);
    if (commits.length === 0)
        throw new errors/* ConfigurationError */.j1(`there are no commits from ${to.tag} to ${from.tag} to revert`);
    return commits;
}
/**
 * Where a config rollback committed on the branch itself (delivery: commit) started: HEAD's
 * parent when HEAD is this rollback's own commit (one parent, its Rollback-Config-From/-To
 * trailers), else HEAD. A re-run after a crash between that commit and its push then plans what
 * the first run planned (the same plan hash), finds the commit done, and pushes it.
 */
async function beforeOwnConfigCommit(git, head, from, to) {
    const found = await git.run(["log", "-1", "--format=%P%x00%B", head, "--"], { allowFailure: true });
    if (found.exitCode !== 0)
        return head;
    const [parents = "", message = ""] = found.stdout.split("\0");
    const parent = parents.trim().split(" ");
    const lines = message.split("\n");
    const ours = lines.includes(`Rollback-Config-From: ${from}`) && lines.includes(`Rollback-Config-To: ${to}`);
    return parent.length === 1 && parent[0] && ours ? parent[0] : head;
}
async function observeConfigFiles(git, settings, versions, head, pullRequests) {
    const { from, to } = versions;
    const blob = async (commit, path) => {
        const found = await git.run(["rev-parse", "--verify", "-q", `${commit}:${path}`], { allowFailure: true });
        return found.exitCode === 0 ? found.stdout.trim() : null;
    };
    const files = [];
    for (const path of settings.config.files)
        files.push({ path, toBlob: await blob(to.commit, path), currentBlob: await blob(head, path) });
    const branch = settings.config.branchTemplate.replace(/\{from\}/g, from.version).replace(/\{to\}/g, to.version);
    return { files, delivery: settings.config.delivery, branch, pullRequests };
}

;// CONCATENATED MODULE: ./packages/core/src/rollback/release-effects.ts
/**
 * Makes a release Latest explicitly (`make_latest: true` on it): setting `false` on the bad one
 * would let GitHub pick the newest release again, which is the bad one.
 */
function releaseLatestEffect(tag, previous) {
    return { kind: "release-latest", id: `release-latest:${tag}`, summary: `make the release ${tag} Latest${previous ? ` (instead of ${previous})` : ""}`, tag };
}
/** Sets a release's title and notes (marks X as rolled back, or takes the mark away on undo). */
function releaseNoteEffect(tag, name, body, summary) {
    return { kind: "release-note", id: `release-note:${tag}`, summary, tag, name, body };
}
async function published(forge, tag) {
    const release = await forge.findPublishedRelease(tag);
    if (!release)
        throw new Error(`the release ${tag} is gone from ${forge.description} since the rollback was planned; plan it again`);
    return release;
}
function releaseLatestHandler(forge) {
    return {
        async isDone(effect) {
            return (await forge.latestRelease())?.tag === effect.tag;
        },
        async run(effect) {
            await forge.updateRelease(await published(forge, String(effect.tag)), { makeLatest: "true" });
        },
    };
}
function releaseNoteHandler(forge) {
    return {
        async isDone(effect) {
            const release = await forge.findPublishedRelease(String(effect.tag));
            return release !== undefined && release.name === effect.name && release.body === effect.body;
        },
        async run(effect) {
            // Title and notes are what GitHub still lets change on an immutable release.
            await forge.updateRelease(await published(forge, String(effect.tag)), { name: String(effect.name), body: String(effect.body) });
        },
    };
}
const MARK_START = "<!-- cadence:rollback -->";
const MARK_END = "<!-- /cadence:rollback -->";
const TITLE_SUFFIX = " (rolled back)";
/** The notes without a rollback note this toolkit put on top. */
function unmarkedBody(body) {
    const start = body.indexOf(MARK_START);
    const end = body.indexOf(MARK_END);
    if (start !== 0 || end < 0)
        return body;
    return body.slice(end + MARK_END.length).replace(/^\n+/, "");
}
function unmarkedTitle(name) {
    return name.endsWith(TITLE_SUFFIX) ? name.slice(0, -TITLE_SUFFIX.length) : name;
}
/** X's notes with the rollback note on top; marking twice gives the same text (re-runs compare equal). */
function markedBody(body, note) {
    const rest = unmarkedBody(body);
    return `${MARK_START}\n${note}\n${MARK_END}${rest ? `\n\n${rest}` : "\n"}`;
}
function markedTitle(name) {
    return `${unmarkedTitle(name)}${TITLE_SUFFIX}`;
}

;// CONCATENATED MODULE: ./packages/core/src/rollback/fold.ts

/**
 * The observations a rollback's plan hash covers, with every value this rollback's own effects
 * change folded back to what it was before: a run that crashed halfway and a run that never
 * started give the same hash, so an approved plan hash still applies on the re-run, while a
 * change made by anyone else (a tag moved elsewhere, a new release) makes the plan stale.
 */
function foldObservations(facts, rollsForward) {
    const { from, to } = facts;
    const undo = facts.mode === "undo";
    const rf = rollsForward ? facts.rollForward : null;
    // Before a rollback the channels show X; after it G (or the roll-forward). An undo goes the other way.
    const beforeVersion = undo ? to.version : from.version;
    const version = (value) => {
        if (value === undefined || value === null)
            return null;
        return value === from.version || value === to.version || value === rf?.version ? beforeVersion : value;
    };
    const beforeTag = undo ? to.tag : from.tag;
    const tag = (value) => (value === from.tag || value === to.tag || value === rf?.tag ? beforeTag : value);
    const ours = [from.commit, to.commit, facts.rollForward?.existing].filter((sha) => typeof sha === "string");
    const commit = (value) => (value !== null && ours.includes(value) ? (undo ? to.commit : from.commit) : value);
    const deprecation = (value) => (value === facts.messages.deprecation ? null : value);
    const observations = {
        mode: facts.mode,
        type: facts.decision.type,
        decision: { severity: facts.decision.severity, impact: facts.decision.impact, recommended: facts.decision.recommended, approver: facts.decision.approver },
        from,
        to,
        line: facts.line,
        reason: facts.reason,
        issue: facts.issue,
        remote: facts.remote,
        chosen: facts.chosen,
        npm: facts.npm && {
            registry: facts.npm.registry,
            packages: facts.npm.packages.map((pkg) => ({
                name: pkg.name,
                folder: pkg.folder,
                distTags: Object.fromEntries(Object.entries(pkg.distTags).map(([name, value]) => [name, version(value)])),
                hasFrom: pkg.hasFrom,
                hasTo: pkg.hasTo,
                fromDeprecated: undo ? null : deprecation(pkg.fromDeprecated),
                channelTags: pkg.channelTags,
            })),
        },
        release: facts.release && {
            forge: facts.release.forge,
            from: facts.release.from && {
                id: facts.release.from.id,
                tag: facts.release.from.tag,
                immutable: facts.release.from.immutable,
                name: unmarkedTitle(facts.release.from.name),
                body: unmarkedBody(facts.release.from.body),
            },
            to: facts.release.to && { id: facts.release.to.id, tag: facts.release.to.tag },
            latest: tag(facts.release.latest),
        },
        floatingTags: facts.floatingTags && facts.floatingTags.map(({ name, commit: at, fitsTo, locked }) => ({ name, commit: commit(at), fitsTo, locked })),
        skipped: facts.skipped,
        compatibility: facts.compatibility,
        rollForward: rf && { version: rf.version, tag: rf.tag, branch: rf.branch, mode: rf.mode, revertCommits: rf.revertCommits, distTag: rf.distTag },
        // A config rollback commits on top of the branch: a new commit there is a reason to plan again.
        config: facts.config && { head: facts.head, branch: facts.branch, files: facts.config.files, delivery: facts.config.delivery },
    };
    return JSON.parse(JSON.stringify(observations));
}

;// CONCATENATED MODULE: ./packages/core/src/rollback/roll-forward-effects.ts
/** The trailers that mark a roll-forward commit, so a re-run finds the commit an earlier run made. */
function rollForwardTrailers(from, to) {
    return [`Rollback-From: ${from.version}`, `Rollback-To: ${to.version}`];
}
/**
 * The roll-forward commit on its branch: parent X, tree G's (restore) or X's with commits
 * reverted (revert), the manifests at the new version and a CHANGELOG entry with the reason.
 */
function rollForwardCommitEffect(rf, from, to, reason, identity) {
    const how = rf.mode === "restore" ? `the tree of ${to.version}` : `${from.version} with ${rf.revertCommits.length} commit${rf.revertCommits.length === 1 ? "" : "s"} reverted`;
    return {
        kind: "roll-forward-commit",
        id: `roll-forward-commit:${rf.branch}`,
        summary: `commit ${how} as ${rf.version} on the branch ${rf.branch} (parent ${from.tag}), by ${identity.name}`,
        branch: rf.branch,
        version: rf.version,
        mode: rf.mode,
        parent: from.commit,
        base: to.commit,
        revertCommits: rf.revertCommits,
        message: rollForwardMessage(rf, from, to, reason),
        changelogEntry: changelogEntry(rf, from, to, reason),
        identity: { name: identity.name, email: identity.email },
    };
}
/** Releases the roll-forward commit through publish: tag, push, forge release, npm, floating tags. */
function rollForwardPublishEffect(rf, channels, identity) {
    const where = [`tag ${rf.tag}`, `push ${rf.branch}`];
    if (channels.release)
        where.push("the release as Latest");
    if (channels.npm.length > 0)
        where.push(`npm ${channels.npm.map((name) => `${name}@${rf.version}`).join(", ")} on ${rf.distTag}`);
    if (channels.floatingTags)
        where.push("the floating tags");
    return {
        kind: "roll-forward-publish",
        id: `roll-forward-publish:${rf.tag}`,
        summary: `release ${rf.version} through publish (${where.join(", ")})`,
        branch: rf.branch,
        version: rf.version,
        tag: rf.tag,
        distTag: rf.distTag,
        release: channels.release,
        npm: channels.npm,
        floatingTags: channels.floatingTags,
        identity: { name: identity.name, email: identity.email },
    };
}
function rollForwardMessage(rf, from, to, reason) {
    const subject = `fix: roll back ${from.version} to ${to.version} as ${rf.version}`;
    const reverted = rf.revertCommits.map((commit) => commit.slice(0, 12)).join(", ");
    const body = rf.mode === "restore" ? `The tree of ${to.tag}, released again as ${rf.version}: ${reason}` : `Reverts ${reverted} of ${from.tag}: ${reason}`;
    return `${subject}\n\n${body}\n\n${rollForwardTrailers(from, to).join("\n")}\n`;
}
function changelogEntry(rf, from, to, reason) {
    return `### Rolled back\n\n- ${from.version} is rolled back to ${to.version}${rf.mode === "revert" ? " (its offending commits reverted)" : ""}: ${reason}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/rollback/tag-effects.ts


/**
 * Moves a floating tag (v1, v1.5) on the remote to `commit`, with a lease on `lease`: the tag's
 * own object as it was when the rollback was planned. Someone who moved the tag since wins.
 */
function moveTagEffect(remote, tag, commit, lease, fromVersion, toVersion) {
    return {
        kind: "floating-tag-move",
        id: `floating-tag-move:${remote}/${tag}`,
        summary: `move the floating tag ${tag} on ${remote} from ${fromVersion} (${lease.slice(0, 12)}) to ${toVersion} (${commit.slice(0, 12)})`,
        remote,
        tag,
        commit,
        lease,
    };
}
function moved(tag, remote, now, lease) {
    return new errors/* ConfigurationError */.j1(`the floating tag ${tag} on ${remote} now points at ${now ? now.slice(0, 12) : "nothing"}, not at ${lease.slice(0, 12)} as when the rollback was planned: someone moved it. ` +
        "Nothing was forced; look at what changed, then plan the rollback again.");
}
function moveTagHandler(git) {
    return {
        async isDone(effect) {
            const ref = `refs/tags/${String(effect.tag)}`;
            return (await (0,remote_refs/* readRemoteRefs */.Jg)(git, String(effect.remote), [ref])).get(ref)?.commit === effect.commit;
        },
        async run(effect) {
            const tag = String(effect.tag);
            const remote = String(effect.remote);
            const lease = String(effect.lease);
            const ref = `refs/tags/${tag}`;
            const now = (await (0,remote_refs/* readRemoteRefs */.Jg)(git, remote, [ref])).get(ref);
            if (now?.object !== lease)
                throw moved(tag, remote, now?.object, lease);
            try {
                // The lease makes git refuse the push when the tag moved between the read above and now.
                await git.run(["push", `--force-with-lease=${ref}:${lease}`, remote, `${String(effect.commit)}:${ref}`]);
            }
            catch (error) {
                if (error instanceof errors/* GitError */.XS && /stale info|rejected/.test(error.stderr))
                    throw moved(tag, remote, undefined, lease);
                throw error;
            }
            // The local tag follows, so later runs here see what the remote has.
            await git.run(["tag", "-f", tag, String(effect.commit)]);
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/rollback/plan.ts







/**
 * Pure: the effects of a rollback (or of its undo). Permissions are checked while planning (the
 * forge's and the registry's); the GitHub edits come first, then the floating tags, then npm,
 * unless the registry could not be asked (npmFirstWhenUnchecked).
 */
function planRollback(facts) {
    checkCompatibility(facts);
    const notes = facts.skipped.map((skip) => `${skip.channel}: ${skip.why}`);
    const rows = [];
    const effects = [];
    let rollForwardReasons = [];
    let rollsForward = false;
    if (facts.decision.type === "config") {
        effects.push(...configCommitEffects(facts, rows, notes));
    }
    else if (facts.mode === "undo") {
        effects.push(...undoEffects(facts, rows, notes));
    }
    else {
        rollForwardReasons = reasonsToRollForward(facts);
        rollsForward = decideRollForward(facts, rollForwardReasons, notes);
        effects.push(...(rollsForward ? rollForwardEffects(facts, rows, notes) : rollbackEffects(facts, rows, notes)));
    }
    const plan = { action: "rollback", formatVersion: 1, observations: foldObservations(facts, rollsForward), effects };
    return { plan, rows, rollForwardReasons, rollsForward, notes };
}
/** G must read the state X wrote: otherwise rolling back strands the data X left behind. */
function checkCompatibility(facts) {
    const { compatibility: compat, from, to } = facts;
    if (facts.mode === "undo" || !compat.fromState || !compat.toState || compat.fromState === compat.toState)
        return;
    if (compat.mode === "full" || compat.mode === "read-only")
        return;
    const why = compat.mode === "migration"
        ? `the compatibility matrix says ${compat.rule} (a migration)`
        : `no rule of the compatibility matrix lets ${to.version} read ${compat.fromState}`;
    throw new errors/* ConfigurationError */.j1(`${to.version} cannot read the state ${compat.fromState} that ${from.version} wrote: ${why} (read from ${compat.source}). ` +
        `Migrate the state from ${compat.fromState} back to ${compat.toState} first, then roll back; or fix forward.`);
}
const deprecation = (message) => (message ? `deprecated: ${message}` : "not deprecated");
const active = (facts, channel) => facts.chosen === null || facts.chosen.includes(channel);
/** Floating tags on X's commit, or already moved (to G, or to the roll-forward) by an earlier run of this rollback. */
function plan_ours(facts, tag) {
    return tag.commit !== null && [facts.from.commit, facts.to.commit, facts.rollForward?.existing].includes(tag.commit);
}
/** Why a channel cannot simply go back to G; a roll-forward can still take it forward. */
function reasonsToRollForward(facts) {
    const reasons = [];
    if (facts.floatingTags && active(facts, "floating-tags")) {
        for (const tag of facts.floatingTags.filter((candidate) => plan_ours(facts, candidate))) {
            if (tag.locked)
                reasons.push(`the floating tag ${tag.name} is the tag of an immutable release and cannot move`);
            else if (!tag.fitsTo)
                reasons.push(`the floating tag ${tag.name} names a line ${facts.to.version} is not on, so it cannot move back to it`);
        }
    }
    const fromRelease = facts.release?.from;
    if (fromRelease?.immutable && active(facts, "github-release"))
        reasons.push(`the release ${fromRelease.tag} is immutable: its tag and assets stay as published`);
    return reasons;
}
function decideRollForward(facts, reasons, notes) {
    const mode = facts.rollForwardMode;
    if (mode === "restore" || mode === "revert") {
        if (facts.decision.type === "partial") {
            throw new errors/* ConfigurationError */.j1("a roll-forward releases a new version on every channel, so it cannot be partial: choose type planned or immediate");
        }
        return true;
    }
    const hard = reasons.filter((reason) => reason.includes("floating tag"));
    if (reasons.length === 0)
        return false;
    if (mode === "never") {
        if (hard.length > 0) {
            throw new errors/* ConfigurationError */.j1(`${hard.join("; ")}. Allow a roll-forward (roll-forward: auto or true), or leave the floating-tags channel out.`);
        }
        notes.push(`${reasons.join("; ")}: rolled back without a roll-forward, as asked`);
        return false;
    }
    if (facts.decision.type === "partial") {
        throw new errors/* ConfigurationError */.j1(`${reasons.join("; ")}, and a partial rollback cannot roll forward: leave those channels out, or choose type planned or immediate`);
    }
    if (!facts.rollForward)
        throw new errors/* ConfigurationError */.j1(`${reasons.join("; ")}, but there is nothing to roll forward from`);
    notes.push(`rolling forward to ${facts.rollForward.version}: ${reasons.join("; ")}`);
    return true;
}
function noteFor(facts, extra = "") {
    return `${facts.messages.releaseNote}${extra}`;
}
function rollbackEffects(facts, rows, notes) {
    const { from, to } = facts;
    const effects = [];
    const release = active(facts, "github-release") ? facts.release : null;
    if (release?.from) {
        if (!release.to) {
            throw new errors/* ConfigurationError */.j1(`${to.tag} has no published release on ${release.forge}, so it cannot become Latest there: publish it first, or leave the github-release channel out`);
        }
        if (!from.prerelease && !to.prerelease && (release.latest === from.tag || release.latest === to.tag)) {
            const effect = releaseLatestEffect(to.tag, from.tag);
            effects.push(effect);
            rows.push({ channel: "github-release", item: "Latest", before: release.latest ?? "none", after: to.tag, effect: effect.id });
        }
        else {
            notes.push(`github-release: Latest is ${release.latest ?? "none"}, not ${from.tag}: left as it is`);
        }
        effects.push(markEffect(facts, release.from.name, release.from.body, noteFor(facts), rows));
    }
    if (facts.floatingTags && facts.remote && active(facts, "floating-tags")) {
        for (const tag of facts.floatingTags) {
            if (!plan_ours(facts, tag)) {
                if (tag.commit)
                    notes.push(`floating-tags: ${tag.name} points at ${tag.commit.slice(0, 12)}, not at ${from.tag}: left as it is`);
                continue;
            }
            const lease = tag.commit === from.commit ? tag.object : from.commit;
            const effect = moveTagEffect(facts.remote, tag.name, to.commit, lease, from.version, to.version);
            effects.push(effect);
            const before = `${tag.commit === from.commit ? from.version : to.version} (${tag.commit.slice(0, 12)})`;
            rows.push({ channel: "floating-tags", item: tag.name, before, after: `${to.version} (${to.commit.slice(0, 12)})`, effect: effect.id });
        }
    }
    return npmFirstWhenUnchecked(facts, notes, effects, npmEffects(facts, rows, notes, to.version));
}
/**
 * The npm writes go last, once the registry has said while planning that the credentials may
 * make them. When it could not be asked (npm's own login), they go first: a refusal then comes
 * before any GitHub edit or tag move.
 */
function npmFirstWhenUnchecked(facts, notes, others, npm) {
    if (npm.length === 0 || facts.npm?.writeChecked !== false)
        return [...others, ...npm];
    notes.push(`npm: whether the npm credentials may change the packages cannot be asked before the changes (no npm token given: npm uses its own login), ` +
        `so the npm writes come first, before the GitHub edits and the tag moves`);
    return [...npm, ...others];
}
function markEffect(facts, name, body, note, rows) {
    const title = markedTitle(name);
    const summary = `mark the release ${facts.from.tag} as rolled back to ${facts.to.version} (title, and a note on top of its notes)`;
    const effect = releaseNoteEffect(facts.from.tag, title, markedBody(body, note), summary);
    rows.push({ channel: "github-release", item: `${facts.from.tag} title`, before: name, after: title, effect: effect.id });
    return effect;
}
/** dist-tags that point at X move to `target`; X is deprecated. Tags already at `target` stay in the plan (a re-run finds them done). */
function npmEffects(facts, rows, notes, target, skipTags = []) {
    const npm = active(facts, "npm") ? facts.npm : null;
    if (!npm)
        return [];
    const effects = [];
    for (const pkg of npm.packages) {
        if (!pkg.hasFrom) {
            notes.push(`npm: ${pkg.name}@${facts.from.version} is not on ${npm.registry}: nothing to take back there`);
            continue;
        }
        if (target === facts.to.version && !pkg.hasTo) {
            throw new errors/* ConfigurationError */.j1(`${pkg.name}@${facts.to.version} is not on ${npm.registry}, so no dist-tag can move back to it: roll back to a version published there, or leave the npm channel out`);
        }
        for (const [tag, version] of Object.entries(pkg.distTags).sort(([a], [b]) => a.localeCompare(b))) {
            if (skipTags.includes(tag) || (version !== facts.from.version && !(version === target && pkg.channelTags.includes(tag))))
                continue;
            const effect = distTagEffect(pkg.name, tag, target, facts.from.version);
            effects.push(effect);
            rows.push({ channel: "npm", item: `${pkg.name} ${tag}`, before: version, after: target, effect: effect.id });
        }
        const message = facts.messages.deprecation;
        const effect = deprecateEffect(pkg.name, facts.from.version, message);
        effects.push(effect);
        rows.push({ channel: "npm", item: `${pkg.name}@${facts.from.version}`, before: deprecation(pkg.fromDeprecated), after: `deprecated: ${message}`, effect: effect.id });
    }
    return effects;
}
function rollForwardEffects(facts, rows, notes) {
    const rf = facts.rollForward;
    const release = active(facts, "github-release") && facts.release !== null;
    const npmNames = (facts.npm?.packages ?? []).map((pkg) => pkg.name);
    const effects = [
        rollForwardCommitEffect(rf, facts.from, facts.to, facts.reason, facts.identity),
        rollForwardPublishEffect(rf, { release, npm: active(facts, "npm") ? npmNames : [], floatingTags: (facts.floatingTags?.length ?? 0) > 0 }, facts.identity),
    ];
    rows.push({ channel: "github-release", item: "new release", before: "none", after: rf.tag, effect: effects[1].id });
    const published = effects[1].id;
    for (const tag of facts.floatingTags ?? []) {
        rows.push({ channel: "floating-tags", item: tag.name, before: tag.commit ? tag.commit.slice(0, 12) : "none", after: rf.tag, effect: published });
    }
    if (release && facts.release?.from)
        effects.push(markEffect(facts, facts.release.from.name, facts.release.from.body, noteFor(facts, ` (released again as ${rf.version})`), rows));
    for (const pkg of active(facts, "npm") ? (facts.npm?.packages ?? []) : []) {
        rows.push({ channel: "npm", item: `${pkg.name} ${rf.distTag}`, before: pkg.distTags[rf.distTag] ?? "none", after: rf.version, effect: published });
    }
    effects.push(...npmEffects(facts, rows, notes, rf.version, [rf.distTag]));
    return effects;
}
/** Takes a rollback back: X again where the rollback put G, X's mark and deprecation removed. */
function undoEffects(facts, rows, notes) {
    const { from, to } = facts;
    const effects = [];
    const release = active(facts, "github-release") ? facts.release : null;
    if (release?.from) {
        if (!from.prerelease && facts.fromIsNewest && (release.latest === to.tag || release.latest === from.tag)) {
            const effect = releaseLatestEffect(from.tag, to.tag);
            effects.push(effect);
            rows.push({ channel: "github-release", item: "Latest", before: release.latest ?? "none", after: from.tag, effect: effect.id });
        }
        const title = unmarkedTitle(release.from.name);
        const effect = releaseNoteEffect(from.tag, title, unmarkedBody(release.from.body), `take the rollback note off the release ${from.tag}`);
        effects.push(effect);
        rows.push({ channel: "github-release", item: `${from.tag} title`, before: release.from.name, after: title, effect: effect.id });
    }
    if (facts.floatingTags && facts.remote && active(facts, "floating-tags")) {
        for (const tag of facts.floatingTags) {
            if (!plan_ours(facts, tag) || !tag.fitsTo)
                continue;
            const lease = tag.commit === to.commit ? tag.object : to.commit;
            const effect = moveTagEffect(facts.remote, tag.name, from.commit, lease, to.version, from.version);
            effects.push(effect);
            rows.push({ channel: "floating-tags", item: tag.name, before: tag.commit.slice(0, 12), after: `${from.version} (${from.commit.slice(0, 12)})`, effect: effect.id });
        }
    }
    const npm = active(facts, "npm") ? facts.npm : null;
    const npmWrites = [];
    for (const pkg of npm?.packages ?? []) {
        if (!pkg.hasFrom)
            continue;
        for (const tag of pkg.channelTags) {
            const version = pkg.distTags[tag];
            if (version !== to.version && version !== from.version)
                continue;
            const effect = distTagEffect(pkg.name, tag, from.version, to.version);
            npmWrites.push(effect);
            rows.push({ channel: "npm", item: `${pkg.name} ${tag}`, before: version, after: from.version, effect: effect.id });
        }
        const effect = deprecateEffect(pkg.name, from.version, "");
        npmWrites.push(effect);
        rows.push({ channel: "npm", item: `${pkg.name}@${from.version}`, before: deprecation(pkg.fromDeprecated), after: "not deprecated", effect: effect.id });
    }
    if (effects.length === 0 && npmWrites.length === 0)
        notes.push("nothing to undo: no channel shows the rollback");
    return npmFirstWhenUnchecked(facts, notes, effects, npmWrites);
}

// EXTERNAL MODULE: ./packages/core/src/changelog/changelog-file.ts
var changelog_file = __webpack_require__(7205);
// EXTERNAL MODULE: ./packages/core/src/manifests/update.ts + 1 modules
var update = __webpack_require__(6536);
// EXTERNAL MODULE: ./packages/core/src/publish/inputs.ts
var publish_inputs = __webpack_require__(5792);
// EXTERNAL MODULE: ./packages/core/src/publish/run.ts + 11 modules
var run = __webpack_require__(5946);
// EXTERNAL MODULE: ./packages/core/src/records/release-place.ts
var release_place = __webpack_require__(3171);
;// CONCATENATED MODULE: ./packages/core/src/rollback/roll-forward.ts










const trailersOf = (effect) => String(effect.message).split("\n").filter((line) => /^Rollback-(From|To): /.test(line));
/** The branch's commit, when it is this rollback's roll-forward (parent X, our trailers); throws when the branch is someone else's. */
async function ourCommit(git, effect, ref) {
    const found = await git.run(["rev-parse", "--verify", "-q", `${ref}^{commit}`], { allowFailure: true });
    if (found.exitCode !== 0)
        return undefined;
    const commit = found.stdout.trim();
    const { stdout } = await git.run(["log", "-1", "--format=%P%x00%B", commit]);
    const [parents = "", message = ""] = stdout.split("\0");
    const ours = parents.trim() === String(effect.parent) && trailersOf(effect).every((trailer) => message.includes(trailer));
    if (!ours) {
        throw new errors/* ConfigurationError */.j1(`the branch ${String(effect.branch)} already exists and is not this rollback's roll-forward (commit ${commit.slice(0, 12)}): delete it, or name another branch (rollback.branch)`);
    }
    return commit;
}
function rollForwardCommitHandler(context) {
    const { git } = context;
    return {
        async isDone(effect) {
            const ref = `refs/heads/${String(effect.branch)}`;
            if (await ourCommit(git, effect, ref))
                return true;
            if (!context.remote)
                return false;
            // A re-run in a fresh checkout: an earlier run pushed the branch. Bring it here for the next effect.
            const fetched = await git.run(["fetch", "--no-tags", context.remote, `+${ref}:${ref}`], { allowFailure: true });
            return fetched.exitCode === 0 && (await ourCommit(git, effect, ref)) !== undefined;
        },
        async run(effect) {
            const identity = (0,identity_committer/* identityOf */.cu)(effect.identity);
            const commit = await inWorktree(git, context.gitFor, String(effect.parent), async (plain, dir) => {
                const worktree = withIdentity(plain, identity);
                if (effect.mode === "revert")
                    await revertAll(worktree, effect.revertCommits);
                else
                    await restoreTree(worktree, String(effect.base), String(effect.parent), context.changelog);
                await writeVersionAndChangelog(new adapters_files/* LocalFiles */.h(dir), context, effect);
                await worktree.run(["add", "-A"]);
                await worktree.run(["commit", "--no-verify", "-q", "-m", String(effect.message)]);
                return (await worktree.run(["rev-parse", "HEAD"])).stdout.trim();
            });
            // Created only if absent: a branch someone else made in the meantime is never overwritten.
            await git.run(["update-ref", `refs/heads/${String(effect.branch)}`, commit, ""]);
        },
    };
}
/** G's tree, with X's CHANGELOG (its history of releases stays; the new entry goes on top). */
async function restoreTree(git, base, parent, changelog) {
    await git.run(["read-tree", "-u", "--reset", base]);
    const atParent = await git.run(["cat-file", "-e", `${parent}:${changelog}`], { allowFailure: true });
    if (atParent.exitCode === 0)
        await git.run(["checkout", parent, "--", changelog]);
}
async function revertAll(git, commits) {
    for (const commit of commits) {
        try {
            await git.run(["revert", "--no-edit", commit]);
        }
        catch (error) {
            if (error instanceof errors/* GitError */.XS) {
                const said = error.stderr.trim().split("\n").slice(-2).join(" ");
                throw new errors/* ConfigurationError */.j1(`reverting ${commit.slice(0, 12)} on top of the bad release conflicts: ${said}. Roll forward with G's tree instead (roll-forward: true), or revert by hand.`);
            }
            throw error;
        }
    }
}
async function writeVersionAndChangelog(files, context, effect) {
    const version = String(effect.version);
    await (0,update/* prepareManifestUpdates */.B8)(context.packages.flatMap((pkg) => pkg.manifests));
    for (const pkg of context.packages) {
        let touchedPackageJson = false;
        for (const manifest of pkg.manifests) {
            const text = await files.read(manifest.path);
            if (text === undefined)
                continue;
            await files.write(manifest.path, (0,update/* updateManifest */.xA)(manifest, text, version));
            touchedPackageJson ||= manifest.kind === "package-json";
        }
        if (!touchedPackageJson)
            continue;
        for (const lockfile of pkg.lockfiles) {
            const text = await files.read(lockfile);
            if (text !== undefined)
                await files.write(lockfile, (0,update/* updateLockfile */.Tl)(lockfile, text, version, pkg.path));
        }
    }
    const existing = await files.read(context.changelog);
    await files.write(context.changelog, withRollForwardEntry(existing, { version, package: context.releasePackage }, context.date, String(effect.changelogEntry)));
}
/** The CHANGELOG with the roll-forward release's entry on top, headed as the changelog action heads a release. */
function withRollForwardEntry(changelog, release, date, entry) {
    const section = `## [${(0,release_place/* releaseLabel */.wr)(release)}] - ${date}\n\n${entry}`;
    return (0,changelog_file/* upsertRelease */.LM)(changelog, { ...release, section, generatedTitles: ["Rolled back"], header: (0,changelog_file/* defaultHeader */.$K)("keep-a-changelog") });
}
/** publish's ports and inputs for the roll-forward commit, checked out in a temporary worktree. */
function publishSetup(context, effect, worktree, dir) {
    const files = new adapters_files/* LocalFiles */.h(dir);
    const ports = {
        git: worktree,
        files,
        clock: context.clock,
        reporter: context.reporter,
        ...(context.forge && effect.release === true ? { forge: context.forge } : {}),
        registryFor: (url) => context.registryFor(url, dir),
        npmTokenGiven: context.npmTokenGiven,
        env: context.env,
        // The worktree's own git folder goes with it: the roll-forward's release evidence stays with the repository's.
        evidenceDir: context.evidenceDir,
    };
    const npm = effect.npm;
    const inputs = (0,publish_inputs/* parsePublishInputs */.Q)({
        cwd: dir,
        version: String(effect.version),
        branch: String(effect.branch),
        distTag: String(effect.distTag),
        floatingTags: effect.floatingTags === true,
        release: effect.release === true,
        registry: context.registry,
        // The tag is by the same identity as the commit it names.
        committer: (0,identity_committer/* formatIdentity */.gZ)((0,identity_committer/* identityOf */.cu)(effect.identity)),
        ...(npm.length > 0 ? { npmPackages: context.npmFolders } : {}),
        ...(context.remote ? { remote: context.remote } : {}),
        ...(context.configPath ? { configPath: context.configPath } : {}),
    });
    return { ports: npm.length > 0 ? ports : { ...ports, npmTokenGiven: false }, inputs };
}
function rollForwardPublishHandler(context) {
    const { git } = context;
    const atBranch = async (effect, body) => {
        const commit = (await git.run(["rev-parse", "--verify", `refs/heads/${String(effect.branch)}^{commit}`])).stdout.trim();
        return inWorktree(git, context.gitFor, commit, body);
    };
    return {
        async isDone(effect) {
            return atBranch(effect, async (plain, dir) => {
                const { ports, inputs } = publishSetup(context, effect, withIdentity(plain, (0,identity_committer/* identityOf */.cu)(effect.identity)), dir);
                const prepared = await (0,run/* preparePublish */.d)(ports, inputs);
                for (const step of prepared.plan.effects)
                    if (!(await prepared.handlers[step.kind].isDone(step)))
                        return false;
                return true;
            });
        },
        async run(effect) {
            await atBranch(effect, async (plain, dir) => {
                const { ports, inputs } = publishSetup(context, effect, withIdentity(plain, (0,identity_committer/* identityOf */.cu)(effect.identity)), dir);
                await (0,run/* runPublish */.j)(ports, inputs);
            });
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/rollback/smoke.ts
/**
 * Runs the smoke test after the rollback: a program and its arguments, never a shell; `{from}`,
 * `{to}` and `{version}` (the version users now get) in an argument are filled in. Like gate
 * commands, it does not see the action's inputs or the GitHub token (gates/commands.ts).
 */
async function runSmokeTest(runner, command, values, cwd, reporter) {
    if (command.length === 0)
        return { status: "not-run", command: [] };
    const filled = command.map((arg) => arg.replace(/\{from\}/g, values.from).replace(/\{to\}/g, values.to).replace(/\{version\}/g, values.version));
    const [program, ...args] = filled;
    let result;
    try {
        result = await runner.run(program, args, { cwd });
    }
    catch (error) {
        const output = error instanceof Error ? error.message : String(error);
        reporter.annotate("error", `the smoke test could not start: ${output}`);
        return { status: "fail", command: filled, exitCode: -1, output };
    }
    const output = `${result.stdout}${result.stderr}`.trim().split("\n").slice(-20).join("\n");
    if (result.exitCode !== 0)
        reporter.annotate("error", `the smoke test ${filled.join(" ")} failed with exit code ${result.exitCode}`);
    else
        reporter.info(`smoke test passed: ${filled.join(" ")}`);
    return { status: result.exitCode === 0 ? "pass" : "fail", command: filled, exitCode: result.exitCode, output };
}

;// CONCATENATED MODULE: ./packages/core/src/rollback/run.ts























/** rollback from start to end: decide, observe, plan, and (unless dry-run) apply, then the smoke test. */
async function runRollback(ports, inputs) {
    const { git, files, reporter, clock } = ports;
    const decidedAt = clock.now();
    const repository = await (0,version_bump_repository/* inspectRepository */.Fl)(git, undefined);
    const config = await (0,load/* loadConfig */.Z)(files, inputs.configPath ? { configPath: inputs.configPath } : {});
    const settings = rollbackSettings(config, inputs);
    // Naming channels or packages is a partial rollback, whatever the matrix recommends.
    const asked = inputs.type ?? (inputs.channels || inputs.packages ? "partial" : undefined);
    const decision = decide(inputs.severity, inputs.impact, asked);
    if (decision.recommended === "fix-forward" && !asked) {
        throw new errors/* ConfigurationError */.j1(`${decision.reason}. To roll back anyway, give the type (planned, immediate, partial or config).`);
    }
    const reason = inputs.reason ?? (inputs.drill ? "rollback drill" : "dry-run (no reason given)");
    const capsuleOutDir = (config.raw.capsule ?? {})["out-dir"] ?? capsule_config/* DEFAULT_OUT_DIR */.vx;
    const committer = await (0,identity_committer/* resolveCommitter */.vt)(git, { ...(inputs.committer ? { input: inputs.committer } : {}), config });
    const facts = await observeRollback(ports, inputs, { head: repository.head, branch: repository.branch, config, settings, decision, reason, capsuleOutDir, committer });
    const planned = planRollback(facts);
    const hash = (0,plan/* planHash */.SH)(planned.plan);
    reporter.info(`${facts.mode === "undo" ? "undoing the rollback of" : "rolling back"} ${facts.from.version} to ${facts.to.version} (${decision.type}); plan ${hash}`);
    const evidenceDir = ports.evidenceDir ?? (settings.evidenceDir ? (0,external_node_path_.join)(files.root, settings.evidenceDir) : (0,external_node_path_.join)(repository.gitDir, "cadence", "evidence"));
    const handlers = makeHandlers(ports, facts, settings.npm.registry, {
        config,
        evidenceDir,
        date: decidedAt.toISOString().slice(0, 10),
        ...(inputs.package ? { packageName: inputs.package } : {}),
        ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
    });
    const wrapped = ports.wrapHandler ? Object.fromEntries(Object.entries(handlers).map(([kind, handler]) => [kind, ports.wrapHandler(kind, handler)])) : handlers;
    const evidencePath = recordPath(files.root, inputs, settings.drillDir, evidenceDir, facts, hash, decidedAt);
    let smoke = { status: "not-run", command: settings.smokeCommand };
    const actor = ports.env.GITHUB_ACTOR ?? ports.env.USER ?? "unknown";
    const context = {
        facts,
        planned,
        hash,
        clock,
        decidedAt,
        actor,
        decidedBy: inputs.decidedBy ?? actor,
        detectedAt: inputs.detectedAt,
        drill: inputs.drill === true,
        key: ports.signingKey,
    };
    const applied = await (0,apply/* applyPlan */.g)(planned.plan, wrapped, {
        dryRun: inputs.dryRun,
        ...(inputs.planHash ? { expectedPlanHash: inputs.planHash } : {}),
        reporter,
        evidence: rollbackEvidenceWriter(evidencePath ?? "", context, () => smoke),
    });
    if (!inputs.dryRun && settings.smokeCommand.length > 0) {
        const version = planned.rollsForward ? facts.rollForward.version : facts.mode === "undo" ? facts.from.version : facts.to.version;
        smoke = await runSmokeTest(ports.commands ?? new commands/* ExecCommandRunner */.L(), settings.smokeCommand, { from: facts.from.version, to: facts.to.version, version }, files.root, reporter);
        await writeEvidence(evidencePath, context, applied, smoke);
    }
    else if (inputs.dryRun && evidencePath) {
        await writeEvidence(evidencePath, context, applied, smoke);
    }
    return { facts, planned, planHash: hash, applied, smoke, evidencePath };
}
/** Apply's record; a dry-run writes one only as a drill or when given a path (its own report, nothing else). */
function recordPath(root, inputs, drillDir, evidenceDir, facts, hash, at) {
    const resolve = (path) => ((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(root, path));
    if (inputs.evidencePath)
        return resolve(inputs.evidencePath);
    const name = `${facts.from.version}-to-${facts.to.version}`;
    if (inputs.drill)
        return resolve((0,external_node_path_.join)(drillDir, `${at.toISOString().slice(0, 10)}-${name}.yaml`));
    if (inputs.dryRun)
        return null;
    return (0,external_node_path_.join)(evidenceDir, `rollback-${name}-${hash.slice(7, 19)}.yaml`);
}
function makeHandlers(ports, facts, registryUrl, context) {
    const { git, forge } = ports;
    const registry = facts.npm ? ports.registryFor(facts.npm.registry) : undefined;
    const configured = context.config.versioning.packages.filter((pkg) => !context.packageName || pkg.name === context.packageName);
    const packages = (configured.length > 0 ? configured : [{ name: ".", path: ".", tagPrefix: "", manifests: [] }]).map((pkg) => ({ path: pkg.path, ...(0,version_bump_plan/* manifestPaths */.Ud)(pkg) }));
    const rollForward = {
        git,
        gitFor: ports.gitFor,
        remote: facts.remote,
        packages,
        changelog: "CHANGELOG.md",
        ...((0,release_place/* releasePackageNamed */.v6)(context.config, context.packageName) !== undefined ? { releasePackage: context.packageName } : {}),
        date: context.date,
        forge,
        registryFor: (url, cwd) => ports.registryFor(url, cwd),
        registry: facts.npm?.registry ?? registryUrl,
        npmFolders: (facts.npm?.packages ?? []).map((pkg) => pkg.folder).filter((folder) => folder !== null),
        npmTokenGiven: ports.npmTokenGiven,
        reporter: ports.reporter,
        clock: ports.clock,
        env: ports.env,
        evidenceDir: context.evidenceDir,
        ...(context.configPath ? { configPath: context.configPath } : {}),
    };
    return {
        "floating-tag-move": moveTagHandler(git),
        "roll-forward-commit": rollForwardCommitHandler(rollForward),
        "roll-forward-publish": rollForwardPublishHandler(rollForward),
        "config-commit": configCommitHandler(git, ports.gitFor, facts.remote),
        "config-push": configPushHandler(git),
        ...(ports.pulls ? { "config-pull-request": pullRequestHandler(ports.pulls) } : {}),
        ...(forge ? { "release-latest": releaseLatestHandler(forge), "release-note": releaseNoteHandler(forge) } : {}),
        ...(registry ? { "npm-dist-tag": distTagHandler(registry), "npm-deprecate": deprecateHandler(registry) } : {}),
    };
}

// EXTERNAL MODULE: ./packages/core/src/adapters/clock.ts
var clock = __webpack_require__(3664);
// EXTERNAL MODULE: ./packages/core/src/registry/npm-cli.ts
var npm_cli = __webpack_require__(2687);
;// CONCATENATED MODULE: ./packages/core/src/rollback/outputs.ts


/** The action's outputs and the CLI's JSON share this one shape. */
function rollbackOutputs(result) {
    const { facts, planned, applied } = result;
    const decision = facts.decision;
    return {
        mode: facts.mode,
        from: facts.from.version,
        to: facts.to.version,
        fromTag: facts.from.tag,
        toTag: facts.to.tag,
        type: decision.type,
        recommendedType: decision.recommended,
        approval: decision.approver,
        approvalRequired: decision.approvalRequired,
        decision: decision.reason,
        rollForward: planned.rollsForward ? facts.rollForward.version : null,
        rollForwardReasons: planned.rollForwardReasons,
        compatibility: { fromState: facts.compatibility.fromState, toState: facts.compatibility.toState, mode: facts.compatibility.mode },
        planHash: result.planHash,
        dryRun: applied.dryRun,
        effects: applied.outcomes.map(({ id, kind, status, summary, error }) => ({ id, kind, status, summary, ...(error ? { error } : {}) })),
        /** Effects found already done: what an earlier (crashed) run had finished. */
        skipped: applied.outcomes.filter((outcome) => outcome.status === "skipped").map((outcome) => outcome.id),
        channels: rowsAfter(planned.rows, applied.outcomes).map(({ channel, item, before, after, status }) => ({ channel, item, before, after, status })),
        notes: planned.notes,
        smokeTests: result.smoke.status,
        evidencePath: result.evidencePath,
    };
}
const cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
/** Markdown for the step summary: the decision, the plan, and a before/after table per channel. */
function renderRollbackSummary(result) {
    const outputs = rollbackOutputs(result);
    const verb = outputs.mode === "undo" ? "undo the rollback of" : "rollback";
    const lines = [`### ${verb} ${outputs.fromTag} → ${outputs.toTag}${outputs.dryRun ? " (dry-run: nothing changed)" : ""}`, ""];
    lines.push(`- Type: **${outputs.type}**. ${outputs.decision}.`);
    lines.push(`- Approval: ${outputs.approvalRequired ? `required (${outputs.approval ?? "someone who may approve rollbacks"})` : "after the fact"}.`);
    const compat = outputs.compatibility;
    lines.push(`- State: ${compat.fromState ? `${outputs.to} reads ${compat.fromState} (${compat.mode ?? "no rule"}), the state ${outputs.from} wrote` : "no state capsule to check"}.`);
    if (outputs.rollForward)
        lines.push(`- Roll-forward to **${outputs.rollForward}**: ${outputs.rollForwardReasons.join("; ") || "asked for"}.`);
    for (const note of outputs.notes)
        lines.push(`- ${note}`);
    lines.push("", (0,plan/* renderPlan */.EG)(result.planned.plan, result.planHash), "");
    const channels = [...new Set(outputs.channels.map((row) => row.channel))];
    for (const channel of channels) {
        lines.push(`#### ${channel}`, "", "| | before | after | |", "|---|---|---|---|");
        for (const row of outputs.channels.filter((candidate) => candidate.channel === channel)) {
            const status = row.status === "skipped" ? "already done" : row.status;
            lines.push(`| ${cell(row.item)} | ${cell(row.before)} | ${cell(row.after)} | ${status} |`);
        }
        lines.push("");
    }
    if (!outputs.dryRun && outputs.smokeTests !== "not-run")
        lines.push(`Smoke test: **${outputs.smokeTests}**.`, "");
    if (outputs.evidencePath)
        lines.push(`Evidence: \`${outputs.evidencePath}\``);
    return lines.join("\n");
}

// EXTERNAL MODULE: ./packages/core/src/signing/keys.ts
var keys = __webpack_require__(5349);
// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
;// CONCATENATED MODULE: ./packages/cli/src/commands/rollback.ts




const flags = {
    from: { type: "string", value: "X", about: "the bad version", defaultIs: "the newest stable release" },
    to: { type: "string", value: "G", about: "the good version to go back to", defaultIs: "the release before X on its line" },
    type: { type: "string", value: "immediate|planned|partial|config", about: "the kind of rollback", defaultIs: "the decision matrix's for --severity and --impact, else planned" },
    channels: { type: "string", multiple: true, value: "LIST", about: "only these channels: npm, github-release, floating-tags", defaultIs: "every channel that applies" },
    packages: { type: "string", multiple: true, value: "NAME,…", about: "only these npm packages", defaultIs: "the packages publish publishes" },
    severity: { type: "string", value: "critical|high|medium|low", about: "with --impact, picks the type and the approval", defaultIs: "none" },
    impact: { type: "string", value: "widespread|significant|limited|minimal", about: "with --severity", defaultIs: "none" },
    reason: { type: "string", value: "TEXT", about: "why; needed to apply", defaultIs: "none" },
    issue: { type: "string", value: "REF", about: "the issue tracking the problem", defaultIs: "none" },
    "roll-forward": { type: "string", value: "auto|true|revert|false", about: "when to roll forward to a new patch", defaultIs: "auto: where a channel cannot go back" },
    "revert-commit": { type: "string", multiple: true, value: "SHA", about: "with --roll-forward revert, the commits to revert", defaultIs: "every commit from G to X" },
    "smoke-command": { type: "string", multiple: true, value: "ARG", about: "a program and its arguments run after the rollback", defaultIs: "none" },
    undo: { type: "boolean", about: "take an earlier rollback from X to G back" },
    drill: { type: "boolean", about: "a rehearsal: a dry-run whose record RL-07 reads" },
    "dry-run": { type: "boolean", about: "observe and print the whole plan, change nothing" },
    "plan-hash": { type: "string", value: "sha256:…", about: "apply only if the plan has this hash", defaultIs: "any plan" },
    json: { type: "boolean", about: "print the outputs as JSON" },
    summary: { type: "boolean", about: "print the markdown summary the action writes" },
    "allow-prerelease": { type: "boolean", about: "G may be a pre-release although X is not" },
    registry: { type: "string", value: "URL", about: "the npm registry", defaultIs: "publish.npm.registry, else https://registry.npmjs.org/" },
    key: { type: "string", value: "KEY.pem", about: "signs the record (a detached .sig beside it)", defaultIs: "unsigned" },
    "passphrase-env": { type: "string", value: "NAME", about: "the environment variable holding the key's passphrase", defaultIs: "none" },
    committer: { type: "string", value: '"NAME <EMAIL>"', about: "who a roll-forward or config rollback commits as", defaultIs: "the config's committer, git's identity, else github-actions[bot]" },
    evidence: { type: "string", value: "PATH", about: "where the rollback_evidence record goes", defaultIs: "rollback.evidence-dir, else .git/cadence/evidence" },
    package: { type: "string", value: "NAME", about: "in a monorepo, the package whose release to roll back", defaultIs: "the root package" },
    remote: { type: "string", value: "NAME", about: "the git remote of the floating tags and a roll-forward", defaultIs: "publish.remote, else origin" },
    config: { type: "string", value: "PATH", about: "the configuration file", defaultIs: ".github/cadence.yml" },
    repository: { type: "string", value: "OWNER/NAME", about: "the GitHub repository of the releases", defaultIs: "GITHUB_REPOSITORY" },
    "releases-dir": { type: "string", value: "DIR", about: "the local forge's folder, without a GitHub token", defaultIs: ".git/cadence/releases" },
    cwd: { type: "string", value: "DIR", about: "the repository", defaultIs: "the current folder" },
    verbose: { type: "boolean", about: "print every step" },
};
const rollbackHelp = {
    usage: "cadence rollback [flags]",
    summary: "take release X back to G on every channel, or roll forward",
    about: `Takes release X back to G on every channel: npm dist-tags move back and X is deprecated, G becomes
Latest and X's release is marked, floating tags move back with a lease; where a channel cannot go
back, it rolls forward to a new patch with G's tree through publish. --undo takes a rollback back;
--drill is a dry-run whose record goes where gate-check's RL-07 reads it. With GITHUB_TOKEN (or
GH_TOKEN) releases are GitHub's; without, the local folder publish uses (.git/cadence/releases).
npm reads NODE_AUTH_TOKEN or NPM_TOKEN. --dry-run prints the whole plan and changes nothing.`,
    flags,
};
async function rollbackCommand(argv, out) {
    const { values } = (0,args/* parseFlags */.bQ)(argv, flags);
    const cwd = (0,external_node_path_.resolve)(values.cwd ?? process.cwd());
    const reporter = new reporter_terminal/* TerminalReporter */.s(process.stderr, values.verbose ?? false);
    const optional = (key, value) => (value === undefined ? {} : { [key]: value });
    const inputs = parseRollbackInputs({
        cwd,
        scratch: (0,paths/* scratchFolder */.$B)(process.env),
        dryRun: values["dry-run"] ?? false,
        ...optional("planHash", values["plan-hash"]),
        ...optional("from", values.from),
        ...optional("to", values.to),
        ...optional("type", values.type),
        ...optional("channels", values.channels),
        ...optional("packages", values.packages),
        ...optional("severity", values.severity),
        ...optional("impact", values.impact),
        ...optional("reason", values.reason),
        ...optional("issue", values.issue),
        ...optional("rollForward", values["roll-forward"]),
        ...optional("revertCommits", values["revert-commit"]),
        ...optional("smokeCommand", values["smoke-command"]),
        ...optional("undo", values.undo),
        ...optional("drill", values.drill),
        ...optional("allowPrerelease", values["allow-prerelease"]),
        ...optional("registry", values.registry),
        ...optional("committer", values.committer),
        ...optional("evidencePath", values.evidence),
        ...optional("package", values.package),
        ...optional("remote", values.remote),
        ...optional("configPath", values.config),
    });
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
    const signingKey = values.key ? await readKey((0,external_node_path_.resolve)(cwd, values.key), values.key, values["passphrase-env"], reporter) : undefined;
    const result = await runRollback({
        git,
        gitFor: (dir) => new git_cli/* GitCli */.T(dir),
        files: new adapters_files/* LocalFiles */.h(cwd),
        clock: clock/* systemClock */.m,
        reporter,
        forge,
        registryFor: (url, dir) => new npm_cli/* NpmCli */.I({ registry: url, cwd: dir ?? cwd, ...(npmToken ? { token: npmToken } : {}) }),
        npmTokenGiven: npmToken !== "",
        env: process.env,
        ...(signingKey ? { signingKey } : {}),
        ...(token && repository ? { pulls: githubPullRequests({ token, repository, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}), log: (message) => reporter.debug(message) }) } : {}),
    }, inputs);
    const outputs = rollbackOutputs(result);
    if (values.json)
        out.write(`${JSON.stringify(outputs, null, 2)}\n`);
    else if (values.summary)
        out.write(`${renderRollbackSummary(result)}\n`);
    else {
        out.write(`${outputs.mode === "undo" ? "undo the rollback of" : "roll back"} ${outputs.from} → ${outputs.to} (${outputs.type}; ${outputs.decision})\n`);
        if (outputs.rollForward)
            out.write(`roll forward to ${outputs.rollForward}: ${outputs.rollForwardReasons.join("; ") || "asked for"}\n`);
        out.write(`plan ${outputs.planHash}${outputs.dryRun ? " (dry-run: nothing changed)" : ""}\n`);
        for (const effect of outputs.effects)
            out.write(`  ${effect.status === "skipped" ? "already done" : effect.status}: ${effect.summary}\n`);
        for (const note of outputs.notes)
            out.write(`  note: ${note}\n`);
        if (outputs.evidencePath)
            out.write(`evidence: ${outputs.evidencePath}\n`);
    }
    if (outputs.smokeTests === "fail")
        throw new errors/* ConfigurationError */.j1(`the rollback is done, but the smoke test failed: see the record ${outputs.evidencePath ?? ""}`);
}
async function readKey(path, given, passphraseEnv, reporter) {
    let pem;
    try {
        pem = await (0,promises_.readFile)(path, "utf8");
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the key file ${path} does not exist or cannot be read`);
    }
    for (const part of (0,keys/* secretParts */.Bm)(pem))
        reporter.secret(part);
    const passphrase = passphraseEnv === undefined ? undefined : process.env[passphraseEnv];
    if (passphraseEnv !== undefined && !passphrase)
        throw new errors/* ConfigurationError */.j1(`--passphrase-env names ${passphraseEnv}, but that environment variable is not set`);
    if (passphrase)
        reporter.secret(passphrase);
    return (0,keys/* parsePrivateKey */.QW)(pem, { source: `the key file ${given}`, ...(passphrase ? { passphrase } : {}) });
}


/***/ }),

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

/***/ 8807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ DEFAULT_STATE_VERSION),
/* harmony export */   sC: () => (/* binding */ loadCapsuleConfig),
/* harmony export */   vx: () => (/* binding */ DEFAULT_OUT_DIR)
/* harmony export */ });
/* unused harmony exports DEFAULT_CHANGELOG, resolveCapsuleConfig */
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1522);
/* harmony import */ var _config_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8503);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5341);
/* harmony import */ var _compatibility_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4241);
/* harmony import */ var _sbom_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9325);





const DEFAULT_STATE_VERSION = "state-v1";
const DEFAULT_OUT_DIR = "release-capsule";
const DEFAULT_CHANGELOG = "CHANGELOG.md";
/** The `capsule:` section, defaults filled in; the schema has checked its shape already. */
async function loadCapsuleConfig(files, configPath) {
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z)(files, configPath ? { configPath } : {});
    const raw = (config.raw.capsule ?? {});
    const file = config.source.kind === "cadence" ? config.source.files[0] : undefined;
    const text = file ? await files.read(file) : undefined;
    const source = file && text !== undefined ? (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__.parseYamlSource)(file, text) : undefined;
    const locate = (path) => source?.locate(["capsule", ...path]);
    return resolveCapsuleConfig(raw, locate);
}
function resolveCapsuleConfig(raw, locate = () => undefined) {
    const stateVersion = raw["state-version"] ?? DEFAULT_STATE_VERSION;
    const compatibility = raw.compatibility && raw.compatibility.length > 0 ? raw.compatibility.map((rule) => ({ ...rule })) : [{ release: "*", state: stateVersion, mode: "full" }];
    const bad = (0,_compatibility_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidRanges */ .ut)(compatibility);
    if (bad.length > 0) {
        const problems = bad.map((entry) => `capsule.compatibility[${entry.index}].release '${entry.release}' is not a SemVer range (write e.g. 1.2.x or >=2.0.0 <3.0.0)`);
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(problems[0], locate(["compatibility", bad[0].index, "release"]), problems);
    }
    const recipients = { ...(raw.recipients ?? {}) };
    const encrypt = { ...(raw.encrypt ?? {}) };
    // A section may only name recipients whose keys are configured: a missing key would leave the section readable to nobody meant.
    const missing = Object.entries(encrypt).flatMap(([section, names]) => (names ?? []).flatMap((name, index) => (name in recipients ? [] : [{ section, name, index }])));
    if (missing.length > 0) {
        const problems = missing.map((entry) => `capsule.encrypt.${entry.section}[${entry.index}]: no key for the recipient '${entry.name}'; add it under capsule.recipients (an age1… recipient or a file of them)`);
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(problems[0], locate(["encrypt", missing[0].section, missing[0].index]), problems);
    }
    return {
        stateVersion,
        compatibility,
        recipients,
        encrypt,
        outDir: raw["out-dir"] ?? DEFAULT_OUT_DIR,
        ...(raw.notes ? { notes: raw.notes } : {}),
        changelog: raw.changelog ?? DEFAULT_CHANGELOG,
        ...(raw.project ? { project: raw.project } : {}),
        sbom: resolveSbom(raw.sbom),
        locate,
    };
}
/** `capsule.sbom`: false turns SBOMs off; by default a CycloneDX SBOM of each published npm package. */
function resolveSbom(raw) {
    if (raw === false)
        return { enabled: false, formats: [], files: [] };
    const formats = raw?.formats && raw.formats.length > 0 ? [...new Set(raw.formats)].filter((format) => _sbom_document_js__WEBPACK_IMPORTED_MODULE_4__/* .SBOM_FORMATS */ .zu.includes(format)) : ["cyclonedx"];
    return { enabled: true, formats, ...(raw?.packages ? { packages: [...raw.packages] } : {}), files: [...(raw?.files ?? [])] };
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

/***/ 7205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ defaultHeader),
/* harmony export */   LM: () => (/* binding */ upsertRelease),
/* harmony export */   so: () => (/* binding */ extractReleaseLines),
/* harmony export */   vX: () => (/* binding */ releaseLineRange)
/* harmony export */ });
/* unused harmony export extractRelease */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

// `## [1.2.0](url) (date)`, `# [2.0.0]`, `## v1.2.0 - date`, `## 1.2.0`, `### [1.2.0]`, and a
// monorepo package's `## [core@1.2.0]`, `## @org/core@1.2.0` (records/release-place.ts).
const VERSION_HEADING = /^#{1,3}\s+\[?(?:(@?[^\s[\]()@]+)@)?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\]?(?:[\s(]|$)/;
const UNRELEASED_HEADING = /^#{1,3}\s+\[?unreleased\]?(?:[\s(]|$)/i;
const LINK_DEFINITION = /^\[[^\]]+\]:\s*\S+/;
function defaultHeader(format) {
    // release-please starts a CHANGELOG with its title alone.
    if (format === "release-please")
        return "# Changelog";
    if (format === "keep-a-changelog") {
        return [
            "# Changelog",
            "",
            "All notable changes to this project are documented in this file.",
            "",
            "The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),",
            "and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).",
            "",
            "## [Unreleased]",
        ].join("\n");
    }
    return ["# Changelog", "", "All notable changes to this project are documented in this file. See [Conventional Commits](https://conventionalcommits.org) for the commit guidelines."].join("\n");
}
function normalize(version) {
    return version.split("+")[0];
}
const HASH = 0x23;
const BACKTICK = 0x60;
const TILDE = 0x7e;
/**
 * Whether a line may open or close a code fence (`^\s*(```|~~~)`): it starts with a back-tick, a
 * tilde or a character that could be white space. Most lines are list items and fail this at
 * their first character, without a regex.
 */
function mayBeFence(line) {
    const first = line.charCodeAt(0);
    return first === BACKTICK || first === TILDE || first <= 0x20 || first >= 0xa0;
}
function findHeadings(lines) {
    const headings = [];
    let fenced = false;
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        if (mayBeFence(line) && /^\s*(```|~~~)/.test(line))
            fenced = !fenced;
        // Both heading patterns start with `#`.
        if (fenced || line.charCodeAt(0) !== HASH)
            continue;
        const version = VERSION_HEADING.exec(line);
        if (version && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(version[2]))
            headings.push({ line: index, version: normalize(version[2]), package: version[1] });
        else if (UNRELEASED_HEADING.test(line))
            headings.push({ line: index, version: "unreleased" });
    }
    return headings;
}
/** `into` with the lines from `start` on appended: a loop, as those are often most of the file (the older releases). */
function appendFrom(into, lines, start) {
    for (let index = start; index < lines.length; index++)
        into.push(lines[index]);
    return into;
}
/** The text without its trailing newlines (as `replace(/\n+$/, "")`, without the regex's scan from every newline). */
function trimTrailingNewlines(text) {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 0x0a)
        end--;
    return end === text.length ? text : text.slice(0, end);
}
/** Index of the first line of the trailing link-definition block (`[1.0.0]: https://…`), or lines.length. */
function footerStart(lines) {
    let start = lines.length;
    for (let index = lines.length - 1; index >= 0; index--) {
        const line = lines[index];
        if (LINK_DEFINITION.test(line))
            start = index;
        else if (line.trim() !== "")
            break;
    }
    return start;
}
/** The lines without blank ones at either end; the same array when there are none to drop. */
function trimBlank(lines) {
    let start = 0;
    let end = lines.length;
    while (start < end && lines[start].trim() === "")
        start++;
    while (end > start && lines[end - 1].trim() === "")
        end--;
    return start === 0 && end === lines.length ? lines : lines.slice(start, end);
}
/** `### Title` blocks of a section that the generator did not write (hand-written notes), kept on regeneration. */
function handWrittenBlocks(sectionLines, generatedTitles) {
    const kept = [];
    let keeping = false;
    for (const line of sectionLines.slice(1)) {
        const heading = /^###\s+(.*?)\s*$/.exec(line);
        if (heading)
            keeping = !generatedTitles.has(heading[1]);
        if (keeping)
            kept.push(line);
    }
    return trimBlank(kept);
}
/**
 * Puts the release's section into a CHANGELOG text: replaces the section of the same version if
 * there is one (so running twice gives one section), otherwise inserts it above the first older
 * release. Hand-written text in an `## [Unreleased]` section moves into the new release under
 * "Notes"; the empty Unreleased heading stays for the next cycle. Everything else is kept as it
 * was, including line endings (CRLF files stay CRLF).
 */
function upsertRelease(existing, options) {
    const eol = existing?.includes("\r\n") ? "\r\n" : "\n";
    const text = lf(existing ?? options.header);
    const lines = trimTrailingNewlines(text).split("\n");
    const footer = footerStart(lines);
    // Most files have no link definitions at the end: then the body is all the lines, not a copy of them.
    const body = footer === lines.length ? lines : lines.slice(0, footer);
    const tail = lines.slice(footer);
    const headings = findHeadings(body);
    const version = normalize(options.version);
    const endOf = (position) => (position + 1 < headings.length ? headings[position + 1].line : body.length);
    let section = typeof options.section === "string" ? options.section.replace(/\r\n/g, "\n").trim().split("\n") : sectionLines(options.section);
    const generated = new Set([...options.generatedTitles, "⚠ BREAKING CHANGES", "Migration"]);
    let result;
    const same = headings.findIndex((heading) => isRelease(heading, { version, package: options.package }));
    if (same !== -1) {
        const old = body.slice(headings[same].line, endOf(same));
        const kept = handWrittenBlocks(old, generated);
        if (kept.length > 0)
            section = [...section, "", ...kept];
        result = appendFrom([...body.slice(0, headings[same].line), ...section, ""], body, endOf(same));
    }
    else {
        const unreleased = headings.findIndex((heading) => heading.version === "unreleased");
        let prefix = [];
        // Where the rest starts: the releases below the Unreleased section, or the whole body.
        let restStart = 0;
        if (unreleased !== -1) {
            const start = headings[unreleased].line;
            const moved = trimBlank(body.slice(start + 1, endOf(unreleased)));
            if (moved.length > 0)
                section = [...section, "", "### Notes", "", ...moved.map((line) => line.replace(/^###\s/, "#### "))];
            prefix = [...body.slice(0, start + 1), ""];
            restStart = endOf(unreleased);
        }
        // Newest first: below the package's newer releases (a backport), above whatever comes next
        // (another package's release, in a monorepo's CHANGELOG, or an older one of the same package).
        const releases = headings.filter((heading) => heading.line >= restStart && heading.version !== "unreleased" && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(heading.version));
        const newer = options.package === undefined ? -1 : releases.findLastIndex((heading) => heading.package === options.package && semver__WEBPACK_IMPORTED_MODULE_0___default().gt(heading.version, version));
        const older = releases.find((heading, index) => index > newer && (heading.package !== options.package || semver__WEBPACK_IMPORTED_MODULE_0___default().lt(heading.version, version)));
        const at = older ? older.line : body.length;
        const before = trimBlank(body.slice(restStart, at));
        const beforeBlock = before.length > 0 ? [...before, ""] : [];
        result = appendFrom([...prefix, ...beforeBlock, ...section, ""], body, at);
        if (unreleased === -1 && before.length === 0 && at === 0 && existing === undefined)
            result = [...section, ""];
    }
    const kept = trimBlank(result);
    const tidy = options.keepBlankRuns ? (text) => text : singleBlankLines;
    let written;
    if (tail.length === 0 && kept.length > 0) {
        // The final line break comes from the join: `${text}\n` would be one more copy of a CHANGELOG
        // that can be megabytes. The last kept line is not blank, so it cannot lengthen a run.
        written = tidy([...kept, ""].join("\n"));
    }
    else {
        const joined = tidy(kept.join("\n"));
        written = tail.length > 0 ? `${joined}\n\n${tail.join("\n")}\n` : `${joined}\n`;
    }
    return eol === "\n" ? written : written.replace(/\n/g, eol);
}
/**
 * What `lines.join("\n").replace(/\r\n/g, "\n").trim().split("\n")` gives, without the joined
 * text: a line holding line breaks is split, and blank space at either end trimmed as trim() would.
 */
function sectionLines(given) {
    const lines = [];
    for (const line of given) {
        if (line.includes("\n"))
            for (const part of line.replace(/\r\n/g, "\n").split("\n"))
                lines.push(part);
        else
            lines.push(line);
    }
    // A CR that ends a line would meet the join's LF: the pair is one line break.
    for (let index = 0; index < lines.length - 1; index++)
        if (lines[index].endsWith("\r"))
            lines[index] = lines[index].slice(0, -1);
    let start = 0;
    let end = lines.length;
    while (start < end && lines[start].trim() === "")
        start++;
    while (end > start && lines[end - 1].trim() === "")
        end--;
    if (start === end)
        return [""];
    const kept = start === 0 && end === lines.length ? lines : lines.slice(start, end);
    kept[0] = kept[0].trimStart();
    kept[kept.length - 1] = kept[kept.length - 1].trimEnd();
    return kept;
}
/** Runs of blank lines made one; the text itself when there are none (replace would copy it). */
function singleBlankLines(text) {
    return text.includes("\n\n\n") ? text.replace(/\n{3,}/g, "\n\n") : text;
}
/** CRLF line ends as LF; a text without any is returned as it is, not copied. */
function lf(text) {
    return text.includes("\r\n") ? text.replace(/\r\n/g, "\n") : text;
}
/** Whether a heading opens the release's section: the same version, and the same package (or none for both). */
function isRelease(heading, place) {
    return heading.version === normalize(place.version) && heading.package === place.package;
}
/** A version, or a version with its package (a monorepo's release). */
function placeOf(release) {
    return typeof release === "string" ? { version: release } : release;
}
/** The text of one release's section in a CHANGELOG, or undefined. */
function extractRelease(text, release) {
    return extractReleaseLines(text, release)?.join("\n");
}
/** The lines of one release's section in a CHANGELOG, heading first, or undefined. */
function extractReleaseLines(text, release) {
    const lines = lf(text).split("\n");
    const range = releaseLineRange(lines, release);
    return range && lines.slice(range.from, range.to);
}
/**
 * Where one release's section is among a CHANGELOG's lines (split at LF): from its heading to the
 * next heading or the link definitions at the end, blank lines at either end left out.
 */
function releaseLineRange(lines, release) {
    const footer = footerStart(lines);
    const headings = findHeadings(footer === lines.length ? lines : lines.slice(0, footer));
    const place = placeOf(release);
    const index = headings.findIndex((heading) => isRelease(heading, place));
    if (index === -1)
        return undefined;
    let from = headings[index].line;
    let to = index + 1 < headings.length ? headings[index + 1].line : footer;
    while (from < to && lines[from].trim() === "")
        from++;
    while (to > from && lines[to - 1].trim() === "")
        to--;
    return { from, to };
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

/***/ 6726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ ExecCommandRunner)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1260);
/* harmony import */ var _secrets_known_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3412);


/**
 * Variables a gate command never sees: the action's inputs (the GitHub token among them), the
 * GitHub tokens and the runner's own. Registry tokens the workflow set on purpose
 * (NODE_AUTH_TOKEN for a private registry's `npm audit`) stay.
 */
function isPrivate(name) {
    return name.startsWith("INPUT_") || name === "GITHUB_TOKEN" || name === "GH_TOKEN" || (name.startsWith("ACTIONS_") && name.endsWith("TOKEN"));
}
/** The CommandRunner over @actions/exec (spawn with an argument array; no shell). */
class ExecCommandRunner {
    async run(command, args, options) {
        const env = {};
        for (const [name, value] of Object.entries(process.env))
            if (value !== undefined && !isPrivate(name))
                env[name] = value;
        const result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)(command, [...args], { cwd: options.cwd, silent: true, ignoreReturnCode: true, env });
        // The command sees registry tokens on purpose; what it prints goes into reasons, the summary and
        // the evidence, so every secret the run knows is masked here, at the source, under any name.
        const secrets = (0,_secrets_known_js__WEBPACK_IMPORTED_MODULE_1__/* .knownSecrets */ .x)(process.env);
        return { exitCode: result.exitCode, stdout: (0,_secrets_known_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecrets */ .Q)(result.stdout, secrets), stderr: (0,_secrets_known_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecrets */ .Q)(result.stderr, secrets) };
    }
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ releasePath),
/* harmony export */   ku: () => (/* binding */ recordDirFor),
/* harmony export */   q3: () => (/* binding */ releasePackage),
/* harmony export */   v6: () => (/* binding */ releasePackageNamed),
/* harmony export */   wr: () => (/* binding */ releaseLabel),
/* harmony export */   xi: () => (/* binding */ recordsRoot)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5341);

/** The package a release's headings and folders carry: its name in a monorepo, none otherwise. */
function releasePackage(config, pkg) {
    return pkg && config.versioning.packages.length > 1 ? pkg.name : undefined;
}
/** The package, by name, that a release of a monorepo is of; none in a single-package repository. A name not configured is refused. */
function releasePackageNamed(config, name) {
    if (name === undefined)
        return undefined;
    const configured = config.versioning.packages;
    if (configured.length > 0 && !configured.some((pkg) => pkg.name === name)) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`there is no package '${name}'; the configured packages are: ${configured.map((pkg) => pkg.name).join(", ")}`);
    }
    return configured.length > 1 ? name : undefined;
}
/** `1.5.0`, or `core@1.5.0` for a package of a monorepo: how CHANGELOG headings name a release. */
function releaseLabel(place) {
    return place.package === undefined ? place.version : `${place.package}@${place.version}`;
}
// A package name as a folder: npm's names (`core`, `@org/core`), nothing that climbs out.
const PACKAGE_FOLDER = /^(?:@[A-Za-z0-9._~-]+\/)?[A-Za-z0-9._~-]+$/;
function packageFolder(name) {
    if (!PACKAGE_FOLDER.test(name) || name.split("/").some((part) => part === "." || part === "..")) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`package name '${name}' cannot name a folder of release records (expected letters, digits, '.', '_', '~', '-', optionally '@scope/' in front)`);
    }
    return name;
}
/**
 * Fills `{version}` and `{package}` in a configured path (`docs/releases/{version}/release-notes.md`).
 * For a package of a monorepo a path without `{package}` gets the package as a folder in front of
 * the part that holds the version (`docs/releases/core/1.5.0/release-notes.md`,
 * `docs/releases/core/v1.5.0.md`); a path without `{version}` is shared and stays as it is.
 */
function releasePath(template, place) {
    let path = template;
    if (place.package !== undefined && !path.includes("{package}") && path.includes("{version}")) {
        const at = path.lastIndexOf("/", path.indexOf("{version}")) + 1;
        path = `${path.slice(0, at)}{package}/${path.slice(at)}`;
    }
    if (path.includes("{package}"))
        path = path.replaceAll("{package}", place.package === undefined ? "" : packageFolder(place.package)).replace(/\/{2,}/g, "/");
    return path.replaceAll("{version}", place.version);
}
/** The release record's folder: `docs/releases/{version}` → `docs/releases/1.4.0`; a folder without `{version}` gets it appended. */
function recordDirFor(template, place) {
    const clean = template.replace(/\/+$/, "");
    return releasePath(clean.includes("{version}") ? clean : `${clean}/{version}`, place);
}
/** The folder that holds every release record (`docs/releases` of `docs/releases/{version}`), for readers of all of them. */
function recordsRoot(template) {
    const first = [template.indexOf("{version}"), template.indexOf("{package}")].filter((at) => at >= 0);
    if (first.length === 0)
        return template.replace(/\/+$/, "") || ".";
    const before = template.slice(0, Math.min(...first));
    return before.slice(0, before.lastIndexOf("/") + 1).replace(/\/+$/, "") || ".";
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


/***/ }),

/***/ 2327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ GitHubPulls)
/* harmony export */ });
/* harmony import */ var _forge_github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8366);

/** Pull requests through GitHub's REST API (Octokit with the retry and throttling plugins, see forge/github.ts). */
class GitHubPulls {
    octokit;
    repository;
    owner;
    repo;
    constructor(octokit, repository) {
        this.octokit = octokit;
        this.repository = repository;
        const [owner, repo] = repository.split("/");
        this.owner = owner;
        this.repo = repo;
    }
    async call(operation, body) {
        try {
            return await body();
        }
        catch (error) {
            throw (0,_forge_github_js__WEBPACK_IMPORTED_MODULE_0__/* .toForgeError */ .Zf)(error, operation);
        }
    }
    async findOpen(head, base) {
        return this.call(`GET /repos/${this.repository}/pulls`, async () => {
            // One page: GitHub allows one open pull request per head and base.
            const { data } = await this.octokit.rest.pulls.list({ owner: this.owner, repo: this.repo, state: "open", head: `${this.owner}:${head}`, base, per_page: 10 });
            const pull = data.find((item) => item.head.ref === head && item.base.ref === base);
            return pull ? { number: pull.number, url: pull.html_url, title: pull.title, body: pull.body ?? "" } : undefined;
        });
    }
    async create(pull) {
        return this.call(`POST /repos/${this.repository}/pulls`, async () => {
            const { data } = await this.octokit.rest.pulls.create({ owner: this.owner, repo: this.repo, ...pull });
            return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? "" };
        });
    }
    async update(number, pull) {
        return this.call(`PATCH /repos/${this.repository}/pulls/${number}`, async () => {
            const { data } = await this.octokit.rest.pulls.update({ owner: this.owner, repo: this.repo, pull_number: number, ...pull });
            return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? "" };
        });
    }
    async close(number) {
        await this.call(`PATCH /repos/${this.repository}/pulls/${number}`, () => this.octokit.rest.pulls.update({ owner: this.owner, repo: this.repo, pull_number: number, state: "closed" }));
    }
}


/***/ })

};
