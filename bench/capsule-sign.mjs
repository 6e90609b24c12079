// capsule-sign benchmarks: SHA-256 of one large file by the toolkit's streaming hash, `openssl dgst
// -sha256` and `sha256sum` side by side (each as its own process, page cache warm, same file),
// and the time of a capsule's sign + verify.
// Usage: node bench/capsule-sign.mjs [--size 1G|256M|<bytes>] [--runs 5] [--sign-runs 200] [--out FILE]
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, openSync, closeSync, statSync, writeSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const WORK = join(ROOT, "bench", ".work");

function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)([KMG]i?B?)?$/i.exec(text);
  if (!match) throw new Error(`--size: '${text}' is not a size such as 1G, 256M or 1048576`);
  const unit = { K: 2 ** 10, M: 2 ** 20, G: 2 ** 30 }[(match[2] ?? "").charAt(0).toUpperCase()] ?? 1;
  return Math.round(Number(match[1]) * unit);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The file, made once from repeated random blocks (hashing does not care that they repeat). */
function ensureFile(size) {
  mkdirSync(WORK, { recursive: true });
  const path = join(WORK, `capsule-hash-${size}.bin`);
  if (existsSync(path) && statSync(path).size === size) return path;
  const block = randomBytes(64 * 2 ** 20);
  const fd = openSync(path, "w");
  for (let written = 0; written < size; ) {
    const n = Math.min(block.length, size - written);
    writeSync(fd, block, 0, n);
    written += n;
  }
  closeSync(fd);
  return path;
}

async function warm(path) {
  for await (const _ of createReadStream(path, { highWaterMark: 8 * 2 ** 20 }));
}

/** Runs a command, returns seconds and its stdout. */
function timed(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 16 * 2 ** 20 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr}`);
  return { seconds, stdout: result.stdout };
}

// The toolkit's hash (packages/core/src/signing/hash.ts has no imports of its own; Node 24 runs it as TypeScript).
const NODE_HASH = `
const { hashFile } = await import(${JSON.stringify(join(ROOT, "packages", "core", "src", "signing", "hash.ts"))});
const digest = await hashFile(process.argv[1]);
console.log(JSON.stringify({ sha256: digest.sha256, maxRssKiB: process.resourceUsage().maxRSS }));
`;

async function benchHash(path, size, runs) {
  await warm(path);
  const tools = {
    "cadence (node streaming)": () => {
      const run = timed(process.execPath, ["--input-type=module", "--no-warnings", "-e", NODE_HASH, path]);
      const parsed = JSON.parse(run.stdout);
      return { seconds: run.seconds, sha256: parsed.sha256, maxRssMiB: parsed.maxRssKiB / 1024 };
    },
    "openssl dgst -sha256": () => {
      const run = timed("openssl", ["dgst", "-sha256", "-r", path]);
      return { seconds: run.seconds, sha256: run.stdout.split(" ")[0] };
    },
    sha256sum: () => {
      const run = timed("sha256sum", [path]);
      return { seconds: run.seconds, sha256: run.stdout.split(" ")[0] };
    },
  };
  const results = {};
  for (const [name, run] of Object.entries(tools)) {
    const samples = [];
    for (let index = 0; index < runs; index++) samples.push(run());
    const seconds = median(samples.map((sample) => sample.seconds));
    results[name] = { medianSeconds: seconds, mibPerSecond: size / 2 ** 20 / seconds, sha256: samples[0].sha256, ...(samples[0].maxRssMiB ? { maxRssMiB: Math.max(...samples.map((s) => s.maxRssMiB)) } : {}) };
  }
  const digests = new Set(Object.values(results).map((result) => result.sha256));
  if (digests.size !== 1) throw new Error(`the tools disagree on the digest: ${[...digests].join(", ")}`);
  return results;
}

/** Bundles the core once (ncc, as the actions are built) so the bench calls exactly the shipped code. */
async function loadCore() {
  const out = join(WORK, "core-bundle");
  const { bundle } = await import(join(ROOT, "scripts", "build.mjs"));
  const files = await bundle({ name: "core", entry: join(ROOT, "packages", "core", "src", "index.ts") });
  mkdirSync(out, { recursive: true });
  for (const [name, content] of files) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), content);
  }
  writeFileSync(join(out, "package.json"), '{"type":"module"}\n');
  return import(join(out, "index.js"));
}

/** Sign + verify of one capsule, in memory: build, render, sign the statement, then every verify step on the bytes. */
function benchSign(core, algorithm, runs) {
  const { generateKeyPairSync } = globalThis.__crypto;
  const pair = algorithm === "ed25519" ? generateKeyPairSync("ed25519") : generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const pem = pair.privateKey.export({ type: "pkcs8", format: "pem" });
  const key = core.parsePrivateKey(pem, { source: "bench key" });
  const verifying = core.parsePublicKey(pair.publicKey.export({ type: "spki", format: "pem" }), "bench public key");
  const artifacts = Array.from({ length: 5 }, (_, index) => ({ name: `artifact-${index}.tgz`, sha256: "ab".repeat(32), size: 1000 * index }));
  const once = () => {
    const capsule = core.buildCapsule({
      kind: "RELEASE", project: "bench", version: "1.2.3", commit: "c".repeat(40), createdAt: new Date("2026-01-24T00:00:00Z"),
      stateVersion: "state-v2", compatibility: [{ release: "1.2.x", state: "state-v2", mode: "full" }], artifacts, plans: [], evidence: [], changes: ["Added: a thing"],
      notes: { context: [], decisions: ["Keep v1"], open_threads: ["Watch adoption"], next_chat_bootstrap: [] },
    });
    const text = core.renderCapsule(capsule);
    const subjects = [...artifacts.map((a) => ({ name: a.name, digest: { sha256: a.sha256 } })), { name: "capsule.yaml", digest: { sha256: core.sha256(text) } }];
    const statement = core.makeStatement(subjects, core.CAPSULE_PREDICATE_TYPE, capsule);
    const envelopeText = core.serializeEnvelope(core.signEnvelope(core.statementPayload(statement), core.INTOTO_PAYLOAD_TYPE, core.keySigner(key)));
    // verify
    const envelope = core.parseEnvelope(envelopeText, "bench");
    if (!core.verifyEnvelope(envelope, verifying).ok) throw new Error("signature did not verify");
    const parsed = core.parseStatement(Buffer.from(envelope.payload, "base64"), "bench");
    if (core.schemaProblems(parsed.predicate).length > 0) throw new Error("schema");
    if (core.sha256(text) !== parsed.subject.at(-1).digest.sha256) throw new Error("digest");
    core.parseCapsule("capsule.yaml", text);
  };
  for (let index = 0; index < 1000; index++) once(); // warm-up: JIT, and the schema compiled once
  const samples = [];
  for (let index = 0; index < runs; index++) {
    const start = process.hrtime.bigint();
    once();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { medianMs: median(samples), p95Ms: [...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.95)] };
}

async function main() {
  const { values } = parseArgs({ options: { size: { type: "string", default: "1G" }, runs: { type: "string", default: "5" }, "sign-runs": { type: "string", default: "200" }, out: { type: "string", default: join(ROOT, "bench", "results", "capsule-sign.json") } } });
  const size = parseSize(values.size);
  const runs = Number(values.runs);
  globalThis.__crypto = await import("node:crypto");
  console.log(`hashing a ${(size / 2 ** 20).toFixed(0)} MiB file, ${runs} runs each (median), page cache warm`);
  const path = ensureFile(size);
  const hashing = await benchHash(path, size, runs);
  const openssl = hashing["openssl dgst -sha256"].mibPerSecond;
  console.log("\n| tool | median s | MiB/s | vs openssl | peak RSS |\n|---|---|---|---|---|");
  for (const [name, result] of Object.entries(hashing)) {
    console.log(`| ${name} | ${result.medianSeconds.toFixed(3)} | ${result.mibPerSecond.toFixed(0)} | ${((result.mibPerSecond / openssl) * 100).toFixed(0)}% | ${result.maxRssMiB ? `${result.maxRssMiB.toFixed(0)} MiB` : "—"} |`);
  }
  const core = await loadCore();
  const signing = {};
  for (const algorithm of ["ed25519", "ecdsa-p256"]) signing[algorithm] = benchSign(core, algorithm, Number(values["sign-runs"]));
  console.log("\n| capsule sign + verify | median ms | p95 ms | target |\n|---|---|---|---|");
  for (const [algorithm, result] of Object.entries(signing)) console.log(`| ${algorithm} | ${result.medianMs.toFixed(2)} | ${result.p95Ms.toFixed(2)} | < 5 ms |`);
  const ratio = hashing["cadence (node streaming)"].mibPerSecond / openssl;
  const report = {
    bench: "capsule-sign",
    node: process.version,
    openssl: spawnSync("openssl", ["version"], { encoding: "utf8" }).stdout.trim(),
    fileBytes: size,
    // Other work on the machine skews every tool alike; the ratio is what to read when this is high.
    loadAverage: loadavg(),
    runs,
    hashing,
    nodeVsOpenssl: ratio,
    hashingTargetMet: ratio >= 0.9,
    signVerify: signing,
    signVerifyTargetMet: Object.values(signing).every((result) => result.medianMs < 5),
  };
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nnode/openssl throughput: ${(ratio * 100).toFixed(0)}% (target ≥ 90%); results in ${values.out}`);
}

await main();
