import { renderPlan } from "../plan/plan.js";
import type { CapsuleSignResult } from "./sign.js";
import type { VerifyResult } from "./verify.js";

/** The outputs of capsule-sign: the action's outputs and the CLI's --json share this shape. */
export function capsuleSignOutputs(result: CapsuleSignResult) {
  return {
    capsule: result.files.capsule,
    envelope: result.files.envelope,
    bundle: result.files.bundle,
    signatures: result.files.signatures,
    sums: result.files.sums,
    sumsSignature: result.files.sumsSignature,
    sboms: result.files.sboms,
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

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** The step summary of a signing run: what was signed, by which key (its id, never the key), and the plan. */
export function renderCapsuleSignSummary(result: CapsuleSignResult): string {
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
    renderPlan(result.plan, result.planHash),
  ];
  if (result.applied.dryRun) lines.push("", "_Dry-run: nothing was written._");
  return lines.join("\n");
}

function sbomLine(result: CapsuleSignResult): string {
  const sbom = result.capsule.sbom;
  if (!sbom || sbom.status === "not-applicable") return `**SBOM:** not applicable — ${cell(sbom?.reason ?? "none made")}`;
  return `**SBOM:** ${sbom.documents.map((document) => `\`${document.name}\` (${document.format}, ${document.package}, ${document.components} components)`).join(", ")}`;
}

/** One line per check, for the terminal and the step summary. */
export function renderVerifyReport(result: VerifyResult): string {
  const lines = result.checks.map((check) => `${check.ok ? "ok  " : "FAIL"} ${check.check}: ${check.detail}`);
  lines.push(result.ok ? "verified: every check holds" : `not verified: ${result.checks.filter((check) => !check.ok).length} check(s) failed`);
  return lines.join("\n");
}
