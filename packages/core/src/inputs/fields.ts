import { ConfigurationError } from "../errors/index.js";
import { parseIdentity, type GitIdentity } from "../identity/committer.js";
import { normalizeVersionInput } from "../version/metadata.js";
import { confinePath, type PathPlaces, type PathRule } from "./paths.js";

const TRUE = /^(true|yes|1)$/i;
const FALSE = /^(false|no|0)$/i;
const PLAN_HASH = /^sha256:[0-9a-f]{64}$/;
const CHANNEL = /^[0-9A-Za-z-]+$/;

/**
 * Reads the raw inputs of an action or a CLI command the same way everywhere, collecting every
 * problem so they are all reported at once. An empty string means "not given", as in Actions.
 */
export class InputFields {
  readonly problems: string[] = [];

  /** `places`: the repository and the run's temporary folder, for the path inputs (inputs/paths.ts). */
  constructor(private readonly places?: PathPlaces) {}

  problem(message: string): void {
    this.problems.push(message);
  }

  text(value: string | undefined): string | undefined {
    return value === undefined || value.trim() === "" ? undefined : value.trim();
  }

  /** true/false (also yes/no, 1/0); `auto` is undefined when allowed. */
  flag(name: string, value: boolean | string | undefined, options: { auto?: boolean } = {}): boolean | undefined {
    if (value === undefined || value === "") return undefined;
    if (typeof value === "boolean") return value;
    const clean = value.trim();
    if (TRUE.test(clean)) return true;
    if (FALSE.test(clean)) return false;
    if (options.auto && /^auto$/i.test(clean)) return undefined;
    this.problem(`${name} must be true${options.auto ? ", false or auto" : " or false"}, not '${value}'`);
    return undefined;
  }

  /** A SemVer version, `v` prefix and the seed's `+a+b` build metadata accepted. */
  version(name: string, value: string | undefined): string | undefined {
    const clean = this.text(value);
    if (clean === undefined) return undefined;
    try {
      return normalizeVersionInput(clean, name);
    } catch (error) {
      this.problem((error as Error).message);
      return undefined;
    }
  }

  /** A pre-release channel id: alpha, beta, rc, or any identifier that is not a number. */
  channel(name: string, value: string | undefined): string | undefined {
    const clean = this.text(value);
    if (clean === undefined) return undefined;
    if (CHANNEL.test(clean) && !/^\d+$/.test(clean)) return clean;
    this.problem(`${name} must be an identifier such as alpha, beta or rc (letters, digits, hyphens), not '${clean}'`);
    return undefined;
  }

  /** A git identity written `Name <email>`. */
  identity(name: string, value: string | undefined): GitIdentity | undefined {
    const clean = this.text(value);
    if (clean === undefined) return undefined;
    try {
      return parseIdentity(clean, name);
    } catch (error) {
      this.problem((error as Error).message);
      return undefined;
    }
  }

  planHash(name: string, value: string | undefined): string | undefined {
    const clean = this.text(value);
    if (clean === undefined) return undefined;
    if (PLAN_HASH.test(clean)) return clean;
    this.problem(`${name} must look like sha256:<64 hex digits>, not '${clean}'`);
    return undefined;
  }

  oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
    const clean = this.text(value);
    if (clean === undefined) return undefined;
    if ((allowed as readonly string[]).includes(clean)) return clean as T;
    this.problem(`${name} must be one of ${allowed.join(", ")}, not '${clean}'`);
    return undefined;
  }

  /**
   * A path input, held to the one path rule (inputs/paths.ts): inside the repository, or the run's
   * temporary folder where `rule.scratch` allows it. Comes back relative to the repository.
   */
  path(name: string, value: string | undefined, rule: PathRule = {}): string | undefined {
    const clean = this.text(value);
    if (clean === undefined) return undefined;
    if (!this.places) throw new Error(`the path input ${name} was read without knowing the repository`);
    const judged = confinePath(name, clean, this.places, rule);
    if (judged.problem !== undefined) this.problem(judged.problem);
    return judged.path;
  }

  /** A list of path inputs (one per line, commas too when `commas`), each held to the path rule. */
  paths(name: string, value: string | readonly string[] | undefined, rule: PathRule & { commas?: boolean } = {}): string[] {
    const items = this.list(value, rule.commas ? { commas: true } : {});
    return items.map((item) => this.path(name, item, rule)).filter((item): item is string => item !== undefined);
  }

  /** One item per line (commas too, when `commas`), blanks dropped; a list is taken as it is. */
  list(value: string | readonly string[] | undefined, options: { commas?: boolean } = {}): string[] {
    if (value === undefined) return [];
    const items = typeof value === "string" ? value.split(options.commas ? /[\n,]/ : /\n/) : [...value];
    return items.map((item) => item.trim()).filter((item) => item !== "");
  }

  /** Throws one ConfigurationError listing every problem, when there is any. */
  check(): void {
    if (this.problems.length === 0) return;
    // The first line stands on its own; the others follow it, one per line.
    const count = this.problems.length - 1;
    const more = count > 0 ? ` (and ${count} more problem${count > 1 ? "s" : ""})` : "";
    throw new ConfigurationError(`${this.problems[0]!}${more}`, undefined, [...this.problems]);
  }
}
