import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import type { StepResult } from "../results.js";
import { postExecution, postResult, type StepExecution, type StepOutcome } from "../step-execution.js";
import { git } from "./git.js";
import { githubInput, input, type StandIn } from "./index.js";

/**
 * actions/checkout (v4.2.2, the version our workflows pin) against the HTTP origin: the same git
 * commands in the same order as the real action (init, remote, the token as an `extraheader`
 * in the repository's local config, fetch with its refspecs, checkout, and the header removed
 * afterwards unless `persist-credentials` keeps it until the job's end).
 */

const UNSUPPORTED: Record<string, string> = { "ssh-key": "", "ssh-known-hosts": "", filter: "", "sparse-checkout": "", lfs: "false", submodules: "false", "github-server-url": "" };

interface Settings {
  owner: string;
  name: string;
  repositoryPath: string;
  ref: string;
  commit: string;
  fetchDepth: number;
  fetchTags: boolean;
  persistCredentials: boolean;
  clean: boolean;
  token: string;
}

function settingsOf(execution: StepExecution, inputs: Record<string, string>): Settings {
  const workspace = execution.frame.job.machine.workspace;
  for (const [name, neutral] of Object.entries(UNSUPPORTED)) {
    if ((inputs[name] ?? "") !== neutral && !(neutral === "false" && inputs[name] === "")) throw new Error(`actions/checkout: the input '${name}' is not supported by the local stand-in`);
  }
  const qualified = inputs.repository || String(execution.github.repository);
  const [owner, name, extra] = qualified.split("/");
  if (!owner || !name || extra !== undefined) throw new Error(`Invalid repository '${qualified}'. Expected format {owner}/{repo}.`);
  const repositoryPath = resolve(workspace, inputs.path || ".");
  if (!`${repositoryPath}${sep}`.startsWith(`${workspace}${sep}`)) throw new Error(`Repository path '${repositoryPath}' is not under '${workspace}'`);
  let ref = inputs.ref ?? "";
  let commit = "";
  if (!ref) {
    if (qualified.toUpperCase() === String(execution.github.repository).toUpperCase()) {
      ref = String(execution.github.ref);
      commit = String(execution.github.sha);
      if (commit && ref && !ref.startsWith("refs/")) ref = `refs/heads/${ref}`;
    }
  } else if (/^[0-9a-fA-F]{40}$/.test(ref)) {
    commit = ref;
    ref = "";
  }
  const depth = Math.floor(Number(inputs["fetch-depth"] || "1"));
  return {
    owner,
    name,
    repositoryPath,
    ref,
    commit,
    fetchDepth: Number.isNaN(depth) || depth < 0 ? 0 : depth,
    fetchTags: (inputs["fetch-tags"] || "false").toUpperCase() === "TRUE",
    persistCredentials: (inputs["persist-credentials"] || "false").toUpperCase() === "TRUE",
    clean: (inputs.clean || "true").toUpperCase() === "TRUE",
    token: inputs.token ?? "",
  };
}

function refSpec(ref: string, commit: string): string[] {
  const upper = ref.toUpperCase();
  if (commit) {
    if (upper.startsWith("REFS/HEADS/")) return [`+${commit}:refs/remotes/origin/${ref.slice("refs/heads/".length)}`];
    if (upper.startsWith("REFS/TAGS/")) return [`+${commit}:${ref}`];
    return [commit];
  }
  if (!upper.startsWith("REFS/")) return [`+refs/heads/${ref}*:refs/remotes/origin/${ref}*`, `+refs/tags/${ref}*:refs/tags/${ref}*`];
  if (upper.startsWith("REFS/HEADS/")) return [`+${ref}:refs/remotes/origin/${ref.slice("refs/heads/".length)}`];
  return [`+${ref}:${ref}`];
}

const TAGS = "+refs/tags/*:refs/tags/*";

async function run(execution: StepExecution, inputs: Record<string, string>): Promise<StepOutcome> {
  const settings = settingsOf(execution, inputs);
  const serverUrl = new URL(String(execution.github.server_url));
  const fetchUrl = `${serverUrl.origin}/${encodeURIComponent(settings.owner)}/${encodeURIComponent(settings.name)}`;
  const cwd = settings.repositoryPath;
  const headerKey = `http.${serverUrl.origin}/.extraheader`;
  const credential = Buffer.from(`x-access-token:${settings.token}`, "utf8").toString("base64");
  execution.frame.job.masker.add(credential);

  if (existsSync(join(cwd, ".git"))) {
    const url = await git(execution, cwd, ["config", "--get", "remote.origin.url"], { allowFailure: true });
    if (url.stdout.trim() !== fetchUrl) rmSync(cwd, { recursive: true, force: true });
    else if (settings.clean) {
      await git(execution, cwd, ["clean", "-ffdx"]);
      await git(execution, cwd, ["reset", "--hard", "HEAD"], { allowFailure: true });
    }
  }
  mkdirSync(cwd, { recursive: true });
  if (!existsSync(join(cwd, ".git"))) {
    await git(execution, cwd, ["init", cwd]);
    await git(execution, cwd, ["remote", "add", "origin", fetchUrl]);
  }
  await git(execution, cwd, ["config", "--local", "gc.auto", "0"]);
  await removeAuth(execution, cwd, headerKey);
  // The placeholder first, replaced in the file, so the token never appears on a command line.
  await git(execution, cwd, ["config", "--local", headerKey, "AUTHORIZATION: basic ***"]);
  const configPath = join(cwd, ".git", "config");
  writeFileSync(configPath, readFileSync(configPath, "utf8").replace("AUTHORIZATION: basic ***", `AUTHORIZATION: basic ${credential}`));

  try {
    if (!settings.ref && !settings.commit) settings.ref = `refs/heads/${await defaultBranch(execution, settings)}`;
    const fetch = (specs: string[], depth: number | undefined, tags: boolean) => {
      const args = ["-c", "protocol.version=2", "fetch"];
      if (!specs.includes(TAGS) && !tags) args.push("--no-tags");
      args.push("--prune", "--no-recurse-submodules");
      if (depth && depth > 0) args.push(`--depth=${depth}`);
      else if (existsSync(join(cwd, ".git", "shallow"))) args.push("--unshallow");
      return git(execution, cwd, [...args, "origin", ...specs]);
    };
    if (settings.fetchDepth <= 0) {
      await fetch(["+refs/heads/*:refs/remotes/origin/*", TAGS], undefined, true);
      // The ref may have moved since the run started: then fetch the run's commit itself.
      if (!(await refAt(execution, cwd, settings.ref, settings.commit))) await fetch(refSpec(settings.ref, settings.commit), undefined, true);
    } else {
      await fetch(refSpec(settings.ref, settings.commit), settings.fetchDepth, settings.fetchTags);
    }
    const upper = settings.ref.toUpperCase();
    if (!settings.ref) await git(execution, cwd, ["checkout", "--progress", "--force", settings.commit]);
    else if (upper.startsWith("REFS/HEADS/")) {
      const branch = settings.ref.slice("refs/heads/".length);
      await git(execution, cwd, ["checkout", "--progress", "--force", "-B", branch, `refs/remotes/origin/${branch}`]);
    } else if (upper.startsWith("REFS/TAGS/")) await git(execution, cwd, ["checkout", "--progress", "--force", settings.ref]);
    else if (upper.startsWith("REFS/")) await git(execution, cwd, ["checkout", "--progress", "--force", settings.commit || settings.ref]);
    else {
      const branch = await git(execution, cwd, ["rev-parse", "--verify", "--quiet", `refs/remotes/origin/${settings.ref}`], { allowFailure: true });
      if (branch.code === 0) await git(execution, cwd, ["checkout", "--progress", "--force", "-B", settings.ref, `refs/remotes/origin/${settings.ref}`]);
      else await git(execution, cwd, ["checkout", "--progress", "--force", `refs/tags/${settings.ref}`]);
    }
    const commit = (await git(execution, cwd, ["log", "-1", "--format=%H"])).stdout.trim();
    const outputs = { ref: settings.ref, commit };
    return { failed: false, outputs };
  } finally {
    if (!settings.persistCredentials) await removeAuth(execution, cwd, headerKey);
    else {
      // The real action's post step removes the header when the job ends.
      execution.frame.job.postSteps.push({
        name: `Post ${execution.name}`,
        run: async (): Promise<StepResult> => {
          const post = postExecution(execution);
          if (existsSync(join(cwd, ".git", "config"))) await removeAuth(post, cwd, headerKey);
          return postResult(post, "success");
        },
      });
    }
  }
}

async function refAt(execution: StepExecution, cwd: string, ref: string, commit: string): Promise<boolean> {
  if (!ref || !commit) return true;
  const upper = ref.toUpperCase();
  const local = upper.startsWith("REFS/HEADS/") ? `refs/remotes/origin/${ref.slice("refs/heads/".length)}` : upper.startsWith("REFS/TAGS/") ? ref : "";
  if (!local) return true;
  const found = await git(execution, cwd, ["rev-parse", local], { allowFailure: true });
  return found.stdout.trim() === commit;
}

async function removeAuth(execution: StepExecution, cwd: string, headerKey: string): Promise<void> {
  const present = await git(execution, cwd, ["config", "--local", "--name-only", "--get-regexp", headerKey.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")], { allowFailure: true });
  if (present.code === 0) await git(execution, cwd, ["config", "--local", "--unset-all", headerKey]);
}

/** What the real action asks the REST API when neither a ref nor a commit is known. */
async function defaultBranch(execution: StepExecution, settings: Settings): Promise<string> {
  const url = `${String(execution.github.api_url)}/repos/${settings.owner}/${settings.name}`;
  const response = await fetch(url, { headers: { authorization: `token ${settings.token}`, accept: "application/vnd.github+json" } });
  if (!response.ok) throw new Error(`Unable to determine the default branch of ${settings.owner}/${settings.name}: ${response.status}`);
  return ((await response.json()) as { default_branch: string }).default_branch;
}

export const checkout: StandIn = {
  name: "actions/checkout",
  inputs: {
    repository: githubInput("repository"),
    ref: input(""),
    token: githubInput("token"),
    "ssh-key": input(""),
    "ssh-known-hosts": input(""),
    "ssh-strict": input("true"),
    "ssh-user": input("git"),
    "persist-credentials": input("true"),
    path: input(""),
    clean: input("true"),
    filter: input(""),
    "sparse-checkout": input(""),
    "sparse-checkout-cone-mode": input("true"),
    "fetch-depth": input("1"),
    "fetch-tags": input("false"),
    "show-progress": input("true"),
    lfs: input("false"),
    submodules: input("false"),
    "set-safe-directory": input("true"),
    "github-server-url": input(""),
  },
  run,
};
