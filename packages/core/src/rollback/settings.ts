import type { CadenceConfig } from "../config/types.js";
import { DEFAULT_REGISTRY } from "../publish/settings.js";
import { CHANNELS, DEFAULT_IDENTITY, type ChannelName, type Identity, type RollbackInputs, type RollForwardMode } from "./inputs.js";

/** The rollback section of .github/cadence.yml, as written (kebab-case keys); the schema has checked its shape. */
interface RollbackSection {
  channels?: string[];
  "roll-forward"?: boolean | "auto" | "revert";
  "deprecation-message"?: string;
  "release-note"?: string;
  "smoke-command"?: string[];
  "evidence-dir"?: string;
  "drill-dir"?: string;
  "git-identity"?: string;
  branch?: string;
  config?: { files?: string[]; delivery?: "pull-request" | "commit"; branch?: string };
}

/** The parts of the publish section a rollback reads: the same remote, packages and registry. */
interface PublishSection {
  remote?: string;
  "floating-tags"?: boolean | "auto";
  release?: { enabled?: boolean };
  npm?: { packages?: string[]; registry?: string; "dist-tags"?: Record<string, string> };
}

export interface RollbackSettings {
  remote: string;
  /** Whether the remote was named (a missing named remote is an error; a missing default one means "local only"). */
  remoteNamed: boolean;
  channels: ChannelName[] | undefined;
  rollForward: RollForwardMode;
  /** {version}, {to}, {reason}, {issue} are filled in. */
  deprecationMessage: string;
  /** The note put at the top of X's release notes; the same placeholders. */
  releaseNote: string;
  smokeCommand: string[];
  /** Folder of apply records; undefined: .git/cadence/evidence. */
  evidenceDir: string | undefined;
  /** Folder of drill records, where gate-check's RL-07 reads them. */
  drillDir: string;
  identity: Identity;
  /** Branch of a roll-forward commit; {tag} and {version} are the new release's. */
  branchTemplate: string;
  config: { files: string[]; delivery: "pull-request" | "commit"; branchTemplate: string };
  npm: { packages: string[] | "auto"; registry: string; distTags: Record<string, string> };
  floatingTags: boolean | "auto";
  releaseEnabled: boolean;
}

export const DEFAULT_DEPRECATION = "{version} was rolled back to {to}: {reason}{issue}";
export const DEFAULT_RELEASE_NOTE = "> [!WARNING]\n> **Rolled back** to {to}: {reason}{issue}";

/** Merges the rollback and publish sections with the inputs; inputs win. */
export function rollbackSettings(config: CadenceConfig, inputs: RollbackInputs): RollbackSettings {
  const section = (config.raw.rollback ?? {}) as RollbackSection;
  const publish = (config.raw.publish ?? {}) as PublishSection;
  const configured = section["roll-forward"];
  const rollForward: RollForwardMode = configured === true ? "restore" : configured === false ? "never" : (configured ?? "auto");
  const channels = section.channels?.filter((name): name is ChannelName => (CHANNELS as readonly string[]).includes(name));
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
    identity: inputs.identity ?? parseIdentityText(section["git-identity"]) ?? DEFAULT_IDENTITY,
    branchTemplate: section.branch ?? "rollback/{tag}",
    config: { files: section.config?.files ?? [], delivery: section.config?.delivery ?? "pull-request", branchTemplate: section.config?.branch ?? "rollback/config-{from}" },
    npm: {
      packages: publish.npm?.packages ?? "auto",
      registry: inputs.registry ?? publish.npm?.registry ?? DEFAULT_REGISTRY,
      distTags: publish.npm?.["dist-tags"] ?? {},
    },
    floatingTags: publish["floating-tags"] ?? "auto",
    releaseEnabled: publish.release?.enabled ?? true,
  };
}

function parseIdentityText(text: string | undefined): Identity | undefined {
  const match = text ? /^([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text.trim()) : null;
  return match ? { name: match[1]!, email: match[2]! } : undefined;
}

/** Fills the message templates. */
export function fillMessage(template: string, values: { version: string; to: string; reason: string; issue?: string }): string {
  return template
    .replace(/\{version\}/g, values.version)
    .replace(/\{to\}/g, values.to)
    .replace(/\{reason\}/g, values.reason)
    .replace(/\{issue\}/g, values.issue ? ` (${values.issue})` : "");
}
