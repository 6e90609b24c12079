import * as core from "@actions/core";
import { relative } from "node:path";
import {
  ActionsReporter,
  CapsuleVerificationError,
  type AttestFunction,
  ConfigurationError,
  GitCli,
  LocalFiles,
  capsuleSignOutputs,
  runAsAction,
  loadActionKeys,
  parseCapsuleSignInputs,
  parseCapsuleVerifyInputs,
  parseIdentities,
  renderCapsuleSignSummary,
  renderVerifyReport,
  runCapsuleSign,
  systemClock,
  verifyCapsule,
  scratchFolder,
} from "@release-cadence/core";
import { runPostReleaseMode } from "./post-release-mode.js";

const cwd = core.getInput("working-directory") || process.env.GITHUB_WORKSPACE || process.cwd();

// Sigstore (@actions/attest and what it brings, most of this bundle) loads only when a run signs
// keyless: signing with a key, and verifying, start without it.
const attest: AttestFunction = async (options) => (await import("@actions/attest")).attest(options);
const reporter = new ActionsReporter();

async function sign(): Promise<void> {
  const keys = await loadActionKeys({ cwd, key: core.getInput("key"), passphrase: core.getInput("passphrase"), keyless: core.getInput("keyless") }, reporter);
  const inputs = parseCapsuleSignInputs({
    cwd,
    scratch: scratchFolder(process.env),
    kind: core.getInput("kind"),
    artifacts: core.getInput("artifacts"),
    outDir: core.getInput("out-dir"),
    notesPath: core.getInput("notes"),
    decisions: core.getInput("decisions"),
    openThreads: core.getInput("open-threads"),
    plans: core.getInput("plan-hashes"),
    evidence: core.getInput("evidence"),
    version: core.getInput("version"),
    package: core.getInput("package"),
    commit: core.getInput("commit") || process.env.GITHUB_SHA || undefined,
    dryRun: core.getInput("dry-run"),
    configPath: core.getInput("config"),
    sbom: core.getInput("sbom"),
    sbomPackages: core.getInput("sbom-packages"),
  });
  const signing = keys.signing ?? { mode: "keyless" as const, attest, token: core.getInput("github-token"), env: process.env };
  const result = await runCapsuleSign({ git: new GitCli(cwd), files: new LocalFiles(cwd), clock: systemClock, reporter }, inputs, signing);
  const outputs = capsuleSignOutputs(result);
  core.setOutput("capsule", outputs.capsule);
  core.setOutput("envelope", outputs.envelope ?? "");
  core.setOutput("bundle", outputs.bundle);
  core.setOutput("signatures", JSON.stringify(outputs.signatures));
  core.setOutput("sums", outputs.sums);
  core.setOutput("sums-signature", outputs.sumsSignature ?? "");
  core.setOutput("subjects", JSON.stringify(outputs.subjects));
  core.setOutput("sbom", JSON.stringify(outputs.sboms));
  core.setOutput("sbom-status", outputs.sbomStatus);
  core.setOutput("sbom-assets", outputs.sbomAssets.map((path) => relative(cwd, path)).join("\n"));
  core.setOutput("keyid", outputs.keyid ?? "");
  core.setOutput("version", outputs.version);
  core.setOutput("plan-hash", outputs.planHash);
  core.setOutput("evidence-path", outputs.evidencePath ?? "");
  await reporter.summary(renderCapsuleSignSummary(result));
}

async function verify(): Promise<void> {
  const keys = await loadActionKeys({ cwd, publicKey: core.getInput("public-key") }, reporter);
  const identityText = core.getInput("identity");
  for (const line of identityText.split(/\r?\n/)) if (line.trim()) reporter.secret(line.trim());
  const identities = identityText.trim() ? await parseIdentities(identityText, "the identity input") : [];
  const paths = parseCapsuleVerifyInputs({ cwd, scratch: scratchFolder(process.env), envelope: core.getInput("envelope"), artifactDirs: core.getInput("artifact-dirs"), readerVersion: core.getInput("reader-version") });
  const result = await verifyCapsule({
    envelopePath: paths.envelope,
    key: keys.verifying!,
    // Artifacts are signed by paths relative to the working directory: they are looked for there too.
    artifactDirs: [cwd, ...paths.artifactDirs.filter((dir) => dir !== cwd)],
    ...(paths.readerVersion ? { readerVersion: paths.readerVersion } : {}),
    ...(identities.length > 0 ? { identities } : {}),
  });
  core.info(renderVerifyReport(result));
  await reporter.summary(`## capsule-sign verify\n\n\`\`\`\n${renderVerifyReport(result)}\n\`\`\``);
  core.setOutput("verified", String(result.ok));
  if (!result.ok) throw new CapsuleVerificationError(result, core.getInput("envelope"));
}

async function postRelease(): Promise<void> {
  // A dry-run signs nothing, so it needs no key.
  const dryRun = /^true$/i.test(core.getInput("dry-run").trim());
  const given = Boolean(core.getInput("key").trim()) || /^true$/i.test(core.getInput("keyless").trim());
  const keys = dryRun && !given ? {} : await loadActionKeys({ cwd, key: core.getInput("key"), passphrase: core.getInput("passphrase"), keyless: core.getInput("keyless") }, reporter);
  const signing = keys.signing ?? (given ? { mode: "keyless" as const, attest, token: core.getInput("github-token"), env: process.env } : undefined);
  await runPostReleaseMode(cwd, signing, reporter);
}

await runAsAction(async () => {
  const mode = core.getInput("mode") || "sign";
  if (mode !== "sign" && mode !== "verify" && mode !== "post-release") throw new ConfigurationError(`mode must be sign, verify or post-release, not '${mode}'`);
  await (mode === "sign" ? sign() : mode === "verify" ? verify() : postRelease());
});
