/**
 * The seed's rollback decision matrix (001, "Rollback Decision Matrix" and the "Quick Guide"),
 * kept as data: severity × user impact → the type of rollback and who approves it.
 */

export const SEVERITIES = ["critical", "high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const IMPACTS = ["widespread", "significant", "limited", "minimal"] as const;
export type Impact = (typeof IMPACTS)[number];

export const ROLLBACK_TYPES = ["immediate", "planned", "partial", "config"] as const;
export type RollbackType = (typeof ROLLBACK_TYPES)[number];

/** What the matrix can recommend: a rollback type, or no rollback at all (fix forward). */
export type Recommendation = "immediate" | "planned" | "fix-forward";

/** Who approves, in the seed's words; `post-hoc` means the rollback runs first and is approved after. */
export type Approver = "post-hoc" | "director" | "orchestrator" | "qa-agent";

export interface MatrixRow {
  severity: Severity;
  /** The impacts the row covers. */
  impacts: readonly Impact[];
  recommended: Recommendation;
  approver: Approver;
}

const ANY: readonly Impact[] = IMPACTS;

/**
 * The rows, first match wins. The seed's matrix gives High/Significant "Immediate/Planned"; its
 * quick guide settles High by impact (widespread → immediate, limited → planned), which is what
 * these rows say, with significant counted as widespread and minimal as limited.
 */
export const DECISION_MATRIX: readonly MatrixRow[] = [
  { severity: "critical", impacts: ANY, recommended: "immediate", approver: "post-hoc" },
  { severity: "high", impacts: ["widespread", "significant"], recommended: "immediate", approver: "director" },
  { severity: "high", impacts: ["limited", "minimal"], recommended: "planned", approver: "director" },
  { severity: "medium", impacts: ANY, recommended: "planned", approver: "orchestrator" },
  { severity: "low", impacts: ANY, recommended: "fix-forward", approver: "qa-agent" },
];

export interface Decision {
  severity: Severity | null;
  impact: Impact | null;
  /** What the matrix recommends; null when severity or impact was not given. */
  recommended: Recommendation | null;
  approver: Approver | null;
  /** Whether someone must approve before the rollback runs (a GitHub Environment's reviewers). */
  approvalRequired: boolean;
  /** The type this run uses: the one asked for, else the recommendation, else planned. */
  type: RollbackType;
  /** One sentence for the summary and the record. */
  reason: string;
}

/**
 * Decides the type and the approval. Without a severity and an impact nothing is recommended:
 * the run is `planned` (or what was asked for) and needs approval, the careful default.
 */
export function decide(severity: Severity | undefined, impact: Impact | undefined, asked: RollbackType | undefined): Decision {
  const row = severity && impact ? DECISION_MATRIX.find((candidate) => candidate.severity === severity && candidate.impacts.includes(impact)) : undefined;
  const recommended = row?.recommended ?? null;
  const approver = row?.approver ?? null;
  const approvalRequired = approver === null || approver !== "post-hoc";
  const fromMatrix: RollbackType | undefined = recommended === "immediate" || recommended === "planned" ? recommended : undefined;
  const type = asked ?? fromMatrix ?? "planned";
  let reason: string;
  if (!row) reason = `no severity and impact given: ${type}, approved before it runs`;
  else if (recommended === "fix-forward") reason = `${severity} severity with ${impact} impact: the matrix recommends fixing forward, not a rollback (approver: ${approver})`;
  else reason = `${severity} severity with ${impact} impact: ${recommended} rollback, approval ${approver === "post-hoc" ? "after the fact" : `by the ${approver}`}`;
  if (asked && fromMatrix && asked !== fromMatrix) reason += `; ${asked} was asked for instead`;
  return { severity: severity ?? null, impact: impact ?? null, recommended, approver, approvalRequired, type, reason };
}
