// Type-checks, then bundles every action and the CLI with ncc into dist/<name>/.
// Usage: node scripts/build.mjs [--out DIR] [--no-typecheck] [name ...]
// The output depends only on the sources and the locked dependencies: building twice gives the same bytes.
import { spawnSync } from "node:child_process";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ncc from "@vercel/ncc";
import { generateActionDocs } from "./action-docs.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export async function buildTargets() {
  const targets = [];
  for (const name of (await readdir(join(root, "actions"))).sort()) {
    const entry = join(root, "actions", name, "src", "main.ts");
    if (existsSync(entry)) targets.push({ name, entry });
  }
  targets.push({ name: "cli", entry: join(root, "packages", "cli", "src", "cli.ts") });
  return targets;
}

export async function bundle(target) {
  const { code, assets } = await ncc(target.entry, {
    cache: false,
    minify: false,
    sourceMap: false,
    quiet: true,
    target: "es2023",
    license: "licenses.txt",
  });
  const files = new Map([["index.js", code]]);
  for (const [name, asset] of Object.entries(assets)) files.set(name, asset.source);
  return files;
}

async function main() {
  const args = process.argv.slice(2);
  let out = join(root, "dist");
  let typecheck = true;
  let inProcess = false;
  const names = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--out") out = resolve(args[++i]);
    else if (args[i] === "--no-typecheck") typecheck = false;
    else if (args[i] === "--in-process") inProcess = true;
    else names.push(args[i]);
  }
  if (typecheck) {
    const tsc = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.json"), "--noEmit"], { stdio: "inherit" });
    if (tsc.status !== 0) {
      process.exitCode = 1;
      return;
    }
  }
  await generateActionDocs(root);
  const all = await buildTargets();
  const unknown = names.filter((name) => !all.some((target) => target.name === name));
  if (unknown.length > 0) throw new Error(`unknown build target(s): ${unknown.join(", ")}; known: ${all.map((t) => t.name).join(", ")}`);
  const targets = names.length > 0 ? all.filter((target) => names.includes(target.name)) : all;
  if (!inProcess && targets.length > 1) {
    // One process per bundle: ncc keeps what it compiled until its process ends, and seven
    // bundles in one process outgrow Node's default heap. The bytes written are the same.
    for (const target of targets) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--no-typecheck", "--in-process", "--out", out, target.name], { stdio: "inherit" });
      if (child.status !== 0) throw new Error(`bundling ${target.name} failed (exit ${child.status ?? child.signal})`);
    }
    return;
  }
  for (const target of targets) {
    const files = await bundle(target);
    const dir = join(out, target.name);
    await rm(dir, { recursive: true, force: true });
    for (const [name, content] of files) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), content);
    }
    console.log(`built ${target.name} → ${join(out, target.name)}/index.js`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`build failed: ${error?.stack ?? error}`);
    process.exitCode = 1;
  });
}
