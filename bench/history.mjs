// Builds a repository with a conventional history through `git fast-import`: a short past
// (tags v0.9.0 and v1.0.0), then N commits since v1.0.0, in one line or (merges) with every tenth
// commit merging a branch, as pull requests merged with merge commits leave it. Deterministic:
// the same N and shape give the same commits, byte for byte, so cached repositories stay
// comparable across runs.
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Bump when the generated history changes, so stale caches are rebuilt. */
export const HISTORY_VERSION = 1;
export const BASE_TAG = "v1.0.0";
/** The fields version-bump and the changelog read, for the `git log` floor the benchmarks compare with. */
export const LOG_FORMAT = "--format=%H%x00%P%x00%an%x00%ae%x00%aI%x00%B%x00";
const PAST_COMMITS = 60;

const TYPES = [
  ["feat", 22], ["fix", 28], ["docs", 9], ["chore", 12], ["refactor", 9], ["test", 7],
  ["perf", 3], ["build", 3], ["ci", 4], ["style", 2],
];
const SCOPES = ["api", "cli", "core", "parser", "config", "deps", "ui", "auth", "cache", "i18n", "release", "docs"];
const VERBS = ["add", "handle", "support", "remove", "rename", "guard against", "document", "speed up", "simplify", "validate", "retry", "log"];
const NOUNS = [
  "empty config files", "tag prefixes", "long commit bodies", "the lockfile update", "Windows paths", "rate limits",
  "pre-release counters", "the release notes template", "monorepo packages", "signed tags", "shallow clones",
  "duplicate footers", "the dry-run summary", "timeouts on slow runners", "unicode author names", "the schema cache",
];
// Multi-byte text people really write: accents, CJK, emoji, combining marks, RTL.
const UNICODE = [
  "naïve café names", "Zürich's größe check", "中文提交信息", "日本語のメッセージ", "한국어 설명",
  "emoji 🚀 in titles", "🐛 crash on start", "e\u0301tude with a combining accent", "עברית בכותרת", "Ελληνικά σχόλια",
];
const AUTHORS = [
  ["Ada Lovelace", "ada@example.com"], ["Linus Example", "linus@example.com"], ["José Müller", "jose@example.com"],
  ["李雷", "lilei@example.cn"], ["Zoë Ångström", "zoe@example.se"], ["Dependabot", "49699333+dependabot[bot]@users.noreply.github.com"],
  ["Ngọc Trâm", "tram@example.vn"], ["Oksana Ševčenko", "oksana@example.ua"],
];
const WORDS = ("the a of to in for with when while so that this it we now also only not more than before after each every " +
  "config parser release commit tag version file path cache value option error message test runner branch output input " +
  "keeps makes reads writes checks avoids returns passes moves splits joins stops starts").split(" ");

/** A small seeded generator (mulberry32): histories must not change between runs. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted(rand, table) {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let pick = rand() * total;
  for (const [value, weight] of table) if ((pick -= weight) < 0) return value;
  return table[table.length - 1][0];
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const person = (rand) => {
  const [name, email] = pick(rand, AUTHORS);
  return `${name} <${email}>`;
};

function sentence(rand, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(pick(rand, WORDS));
  if (rand() < 0.15) out.splice(Math.floor(rand() * out.length), 0, pick(rand, UNICODE));
  const text = out.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rand) {
  const lines = [];
  let line = "";
  const sentences = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < sentences; i++) {
    for (const word of sentence(rand, 5 + Math.floor(rand() * 10)).split(" ")) {
      if (line.length + word.length + 1 > 72) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

/** One conventional commit message and whether it breaks; `breaking` places the few breaking changes. */
function message(rand, breaking, revertable) {
  // About one commit in 400 reverts an earlier one, in GitHub's wording (without the sha, which
  // fast-import only knows afterwards; the tools pair reverts by header too).
  if (!breaking && revertable.length > 0 && rand() < 0.0025) {
    return `Revert "${pick(rand, revertable)}"\n\nThis reverts an earlier commit.\n`;
  }
  const type = weighted(rand, TYPES);
  const scope = rand() < 0.75 ? `(${pick(rand, SCOPES)})` : "";
  const subject = rand() < 0.1 ? `${pick(rand, VERBS)} ${pick(rand, UNICODE)}` : `${pick(rand, VERBS)} ${pick(rand, NOUNS)}`;
  const bang = breaking && rand() < 0.5 ? "!" : "";
  let text = `${type}${scope}${bang}: ${subject}${rand() < 0.3 ? ` (#${1000 + Math.floor(rand() * 9000)})` : ""}`;
  const paragraphs = rand() < 0.65 ? 1 + Math.floor(rand() * 3) : 0;
  for (let i = 0; i < paragraphs; i++) text += `\n\n${paragraph(rand)}`;
  const footers = [];
  if (breaking && !bang) footers.push(`BREAKING CHANGE: ${paragraph(rand)}`);
  if (rand() < 0.3) footers.push(`Refs: #${100 + Math.floor(rand() * 9000)}`);
  if (rand() < 0.2) footers.push(`Reviewed-by: ${person(rand)}`);
  if (rand() < 0.15) footers.push(`Co-authored-by: ${person(rand)}`);
  if (rand() < 0.1) footers.push(`Signed-off-by: ${person(rand)}`);
  if (footers.length > 0) text += `\n\n${footers.join("\n")}`;
  return `${text}\n`;
}

/**
 * The fast-import stream: commits on refs/heads/main, annotated tags v0.9.0 and v1.0.0 in the past.
 * With `merges`, in each ten commits of the range the sixth goes on a branch started from main's
 * fifth and the tenth merges it: all of them are still in the range.
 */
function* importStream(count, merges) {
  const rand = random(0xc0ffee ^ count);
  const start = Date.UTC(2020, 0, 1) / 1000;
  // Three breaking changes spread over the range (one when it is tiny): every tool must say 2.0.0 / major.
  const breaking = new Set([0.1, 0.5, 0.9].map((at) => PAST_COMMITS + 1 + Math.floor(count * at)));
  const revertable = [];
  const total = PAST_COMMITS + count;
  // The sixth of each ten, when the tenth that merges it is in the range too.
  const branchCommit = (inRange) => merges && inRange > 0 && inRange % 10 === 6 && inRange + 4 <= count;
  for (let n = 1; n <= total; n++) {
    const [name, email] = pick(rand, AUTHORS);
    const when = `${start + n * 97} +0000`;
    const inRange = n - PAST_COMMITS;
    const onBranch = branchCommit(inRange);
    const merging = merges && inRange > 0 && inRange % 10 === 0 && branchCommit(inRange - 4);
    const text = merging
      ? `Merge pull request #${inRange} from contributor/branch-${inRange}\n\n${paragraph(rand)}\n`
      : n > PAST_COMMITS ? message(rand, breaking.has(n), revertable) : `chore: early work ${n}\n`;
    if (n > PAST_COMMITS && !breaking.has(n) && !text.startsWith("Revert") && !merging) revertable.push(text.split("\n", 1)[0]);
    const body = Buffer.from(text);
    const file = `src/${pick(rand, SCOPES)}/module-${n % 50}.ts`;
    const content = `export const revision = ${n};\n`;
    yield `commit refs/heads/${onBranch ? "branch" : "main"}\nmark :${n}\nauthor ${name} <${email}> ${when}\ncommitter ${name} <${email}> ${when}\ndata ${body.length}\n`;
    yield body;
    yield "\n";
    if (merges && inRange > 0) {
      // Each commit names its parents: main's previous commit (skipping the branch's), and for a
      // merge the branch's commit as the second.
      const previous = branchCommit(inRange - 1) ? n - 2 : n - 1;
      yield `from :${previous}\n`;
      if (merging) yield `merge :${n - 4}\n`;
    }
    yield `M 100644 inline ${file}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
    if (n === 1) {
      const manifest = `${JSON.stringify({ name: "bench-project", version: "1.0.0", private: true }, null, 2)}\n`;
      yield `M 100644 inline package.json\ndata ${Buffer.byteLength(manifest)}\n${manifest}\n`;
    }
    if (n === 30 || n === PAST_COMMITS) {
      const tag = n === 30 ? "v0.9.0" : BASE_TAG;
      yield `tag ${tag}\nfrom :${n}\ntagger Release Bot <release@example.com> ${when}\ndata ${tag.length + 1}\n${tag}\n\n`;
    }
  }
}

async function fastImport(dir, count, merges) {
  const child = spawn("git", ["fast-import", "--quiet", "--done"], { cwd: dir, stdio: ["pipe", "inherit", "inherit"], env: gitEnv() });
  const exited = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited with ${code}`))));
  });
  const write = (data) => (child.stdin.write(data) ? undefined : new Promise((resolve) => child.stdin.once("drain", resolve)));
  for (const chunk of importStream(count, merges)) {
    const waiting = write(chunk);
    if (waiting) await waiting;
  }
  child.stdin.end("done\n");
  await exited;
}

export function gitEnv() {
  return { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", LC_ALL: "C" };
}

/**
 * The repository for `count` commits since BASE_TAG, built once and cached under `workDir`;
 * `merges`: every tenth commit merges a branch (see importStream).
 */
export async function historyRepository(workDir, count, log = () => {}, { merges = false } = {}) {
  const dir = join(workDir, `history-${count}${merges ? "-merges" : ""}-v${HISTORY_VERSION}`);
  const marker = join(dir, ".git", "bench-complete.json");
  if (existsSync(marker)) return { dir, ...JSON.parse(readFileSync(marker, "utf8")) };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (...args) => execFileSync("git", args, { cwd: dir, env: gitEnv(), encoding: "utf8" }).trim();
  log(`generating ${count} commits in ${dir} ...`);
  const started = performance.now();
  git("init", "-q", "-b", "main");
  await fastImport(dir, count, merges);
  git("checkout", "-q", "-f", "main");
  const inRange = Number(git("rev-list", "--count", `${BASE_TAG}..HEAD`));
  if (inRange !== count) throw new Error(`generated ${inRange} commits since ${BASE_TAG}, wanted ${count}`);
  const info = { count, baseTag: BASE_TAG, head: git("rev-parse", "HEAD"), seconds: Math.round((performance.now() - started) / 100) / 10 };
  writeFileSync(marker, JSON.stringify(info));
  log(`  done in ${info.seconds} s`);
  return { dir, ...info };
}
