import { parseNow } from "../calendar/run.js";
import { InputFields } from "../inputs/fields.js";
import { STAGES } from "./due.js";
import type { CadenceDueInputs } from "./run.js";

export interface RawCadenceDueInputs {
  cwd: string;
  now?: string;
  configPath?: string;
  branch?: string;
  stage?: string;
}

/** The calendar mode's inputs, every problem reported at once. */
export function parseCadenceDueInputs(raw: RawCadenceDueInputs): CadenceDueInputs {
  const fields = new InputFields();
  const inputs: CadenceDueInputs = { cwd: raw.cwd };
  try {
    const now = parseNow(raw.now);
    if (now) inputs.now = now;
  } catch (error) {
    fields.problem((error as Error).message);
  }
  const configPath = fields.text(raw.configPath);
  if (configPath !== undefined) inputs.configPath = configPath;
  const branch = fields.text(raw.branch);
  if (branch !== undefined) inputs.branch = branch;
  const stage = fields.text(raw.stage) === "auto" ? undefined : fields.oneOf("stage", raw.stage, STAGES);
  if (stage !== undefined) inputs.stage = stage;
  fields.check();
  return inputs;
}

/** gate-check's modes: check the gates of a release, say what the calendar makes due, or report the cadence metrics. */
export const GATE_CHECK_MODES = ["check", "calendar", "metrics"] as const;
export type GateCheckMode = (typeof GATE_CHECK_MODES)[number];

export function parseGateCheckMode(value: string | undefined): GateCheckMode {
  const fields = new InputFields();
  const mode = fields.oneOf("mode", value, GATE_CHECK_MODES);
  fields.check();
  return mode ?? "check";
}
