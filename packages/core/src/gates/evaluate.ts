import { describeError } from "../errors/index.js";
import { PROFILES, type ProfileName } from "./profiles.js";
import { forgeRules } from "./rules-forge.js";
import { customRule, qualityRules } from "./rules-quality.js";
import { repositoryRules } from "./rules-repository.js";
import { licenseRules } from "./rules-licenses.js";
import { securityRules } from "./rules-security.js";
import type { CheckResult, GateContext, Rule } from "./types.js";

/** The rule table in report order: the seed's checklist, then coverage, custom commands and the calendar. */
export function ruleTable(context: Pick<GateContext, "config">): Rule[] {
  const byId = new Map([...forgeRules, ...repositoryRules, ...securityRules, ...licenseRules, ...qualityRules].map((rule) => [rule.id, rule]));
  const ordered = ["RL-01", "RL-02", "RL-03", "RL-04", "RL-05", "RL-06", "RL-07", "RL-08", "LIC-01", "COV"].map((id) => byId.get(id)!);
  return [...ordered, ...context.config.custom.map(customRule), byId.get("CAL")!];
}

/**
 * Evaluates every rule the profile requires, all of them (a failure never stops the others),
 * concurrently. A rule that throws is a failed check with the error's message.
 */
export async function evaluateGates(context: GateContext, profileName: ProfileName): Promise<CheckResult[]> {
  const profile = PROFILES[profileName];
  const customIds = new Set(context.config.custom.map((gate) => gate.id));
  return Promise.all(
    ruleTable(context).map(async (rule): Promise<CheckResult> => {
      const group = customIds.has(rule.id) ? "CUSTOM" : rule.id;
      const required = (profile.required as readonly string[]).includes(group) || context.config.require.includes(rule.id) || context.config.require.includes(group);
      const base = { id: rule.id, title: rule.title, required };
      if (context.config.skip.includes(rule.id) || context.config.skip.includes(group)) return { ...base, required: false, status: "na", reason: "skipped by gates.skip" };
      if (!required) return { ...base, status: "na", reason: `not required by profile ${profile.name}` };
      if (rule.needsForge && !context.forge) return { ...base, status: "na", reason: context.noForgeReason };
      try {
        const verdict = await rule.evaluate(context);
        return { ...base, ...verdict };
      } catch (error) {
        return { ...base, status: "fail", reason: describeError(error) };
      }
    }),
  );
}
